/**
 * Performance-evaluation analysis: baseline vs current eval tables → metric comparisons,
 * segments, slices, errors, calibration, bias (plain data) and the Signals they raise.
 */
export {
  analyzePerformance,
  buildSegmenters,
  DEFAULT_PERFORMANCE_OPTIONS,
  finishPerformance,
  headlinePerformance,
  middlePerformance,
  segmentSource,
  startPerformance,
  type PerformanceHeadline,
  type PerformanceStart,
  type PreparedRows,
} from './analyze.js';
export { prepareAhead } from './prepare.js';
export { performanceSignals } from './signals.js';
export { METRIC_INFO, isWorse, isBetter } from './metric-defs.js';
export * from './types.js';
