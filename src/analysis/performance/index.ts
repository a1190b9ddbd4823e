/**
 * Performance-evaluation analysis: baseline vs current eval tables → metric comparisons,
 * segments, slices, errors, calibration, bias (plain data) and the Signals they raise.
 */
export { analyzePerformance, DEFAULT_PERFORMANCE_OPTIONS } from './analyze.js';
export { performanceSignals } from './signals.js';
export { METRIC_INFO, isWorse, isBetter } from './metric-defs.js';
export * from './types.js';
