/**
 * What each finding means for the engineer: root cause, fix, verification and prevention,
 * written from the signal's typed details by one text module per area (data.ts, training.ts,
 * model.ts) and, for a symptom a cause explains, from the cause (symptoms.ts). A cause's
 * verification lists the numbers its symptoms should come back to, so the advice is said once,
 * at the cause.
 */
import type { Category, Signal } from '../../analysis/signals.js';
import { bias, dataQuality, featureDrift, labelNoise, labelShift, leakage, preprocessing } from './data.js';
import { type Advice, type AdviceContext, type Linked, list, lowerFirst } from './facts.js';
import { calibration, infrastructure, metricRegression, predictionShift, segmentRegression } from './model.js';
import { originOf } from './origin.js';
import { targetOf } from './symptoms.js';
import { configChange, learningRate, overfitting, trainingInstability, underfitting } from './training.js';

export type { Advice, AdviceContext, CauseLink, Linked } from './facts.js';
export { originOf } from './origin.js';
export { causeClause, symptomAdvice } from './symptoms.js';

/** A cause's verification names at most this many of its symptoms' numbers (the first, most important ones). */
const MAX_TARGETS = 3;

type Builder = (s: Signal, ctx: AdviceContext, origin: string | null) => Advice;

const BUILDERS: Record<Category, Builder> = {
  feature_drift: (s, _c, o) => featureDrift(s, o),
  label_shift: (s, _c, o) => labelShift(s, o),
  data_quality: (s, _c, o) => dataQuality(s, o),
  label_noise: (s, _c, o) => labelNoise(s, o),
  leakage: (s, _c, o) => leakage(s, o),
  preprocessing: (s, _c, o) => preprocessing(s, o),
  bias: (s, _c, o) => bias(s, o),
  overfitting: (s, c) => overfitting(s, c),
  underfitting: (s, c) => underfitting(s, c),
  training_instability: (s, c) => trainingInstability(s, c),
  learning_rate: (s, c) => learningRate(s, c),
  config_change: (s, c) => configChange(s, c),
  metric_regression: (s, c) => metricRegression(s, c),
  segment_regression: (s) => segmentRegression(s),
  prediction_shift: (s) => predictionShift(s),
  calibration: (s, c) => calibration(s, c),
  infrastructure: (s) => infrastructure(s),
};

/**
 * Advice for a finding no other finding explains. `explains`: the symptoms it explains, most
 * important first; their numbers to come back join its verification.
 */
export function causeAdvice(s: Signal, ctx: AdviceContext, explains: readonly Linked[] = []): Advice {
  const a = BUILDERS[s.category](s, ctx, originOf(s.category, ctx.paramChanges));
  const targets = explains
    .map((l) => {
      const t = targetOf(l.signal);
      return t ? `${lowerFirst(t)} (${l.id})` : null;
    })
    .filter((t): t is string => t !== null)
    .slice(0, MAX_TARGETS);
  return { ...a, verification: `Re-run after the fix: ${lowerFirst(a.verification)}${targets.length > 0 ? `; then ${list(targets)}` : ''}.` };
}

/** Advice for a finding on its own (no links): what the tests of each area call. */
export function adviceFor(s: Signal, ctx: AdviceContext): Advice {
  return causeAdvice(s, ctx, []);
}
