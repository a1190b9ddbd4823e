/**
 * Data validation between a baseline and a current run: `analyzeData` measures (drift, label and
 * prediction shift, quality, preprocessing skew, label noise, leakage) and `dataSignals` turns
 * the measurements into Signals for the diagnosis.
 */
export { analyzeData } from './analyze.js';
export { dataSignals } from './signals.js';
export type * from './types.js';
