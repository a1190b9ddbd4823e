/**
 * Trivial predictors as context for the headline numbers: always the majority class (accuracy),
 * the class prior for every row (log loss), the mean target (RMSE). A model near these learned
 * little; a current run that fell to them is broken rather than slightly worse.
 */
import type { Run } from './prepare.js';
import type { TrivialBaselines } from './types.js';

export function trivialBaselines(run: Run, classes: readonly string[]): TrivialBaselines {
  if (run.kind === 'reg') {
    let sw = 0;
    let sy = 0;
    for (let i = 0; i < run.n; i++) {
      sw += run.w[i]!;
      sy += run.w[i]! * run.y[i]!;
    }
    const mean = sy / sw;
    let ss = 0;
    for (let i = 0; i < run.n; i++) ss += run.w[i]! * (run.y[i]! - mean) ** 2;
    return { majorityAccuracy: null, majorityClass: null, priorLogLoss: null, meanRmse: Math.sqrt(ss / sw) };
  }
  const freq = new Float64Array(run.k);
  let tot = 0;
  for (let i = 0; i < run.n; i++) {
    freq[run.y[i]!]! += run.w[i]!;
    tot += run.w[i]!;
  }
  let top = 0;
  let entropy = 0;
  for (let c = 0; c < run.k; c++) {
    if (freq[c]! > freq[top]!) top = c;
    const p = freq[c]! / tot;
    // Predicting p_c for class c gives a log loss equal to the label entropy.
    if (p > 0) entropy -= p * Math.log(p);
  }
  return {
    majorityAccuracy: tot > 0 ? freq[top]! / tot : null,
    majorityClass: tot > 0 ? classes[top]! : null,
    priorLogLoss: tot > 0 ? entropy : null,
    meanRmse: null,
  };
}
