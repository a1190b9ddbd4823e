/**
 * Training-process diagnostics from training logs (overfitting, underfitting, instability,
 * learning rate): `analyzeTraining` compares the current log with the baseline log and returns
 * plain data; `trainingSignals` turns that into Signals for the diagnosis stage.
 */
export { analyzeTraining } from './analyze.js';
export { trainingSignals } from './signals.js';
export { summarizeLog } from './summary.js';
export type { Assessment, Details, TrainingAnalysis, TrainingCategory, TrainingInput } from './types.js';
export type { GradSummary, LogSummary, LrSchedule, LrSummary, SeriesSummary } from './summary.js';
export type { ParamChangeInput, ParamContext, ParamDirection, ParamRole } from './params.js';
