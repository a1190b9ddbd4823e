/**
 * The common currency between the analysis stages and the diagnosis: a Signal is one observed
 * fact with its numbers (effect size, significance, n), not yet a verdict. The diagnosis stage
 * turns signals into ranked findings with root cause, fix, verification and prevention.
 */

import type { ErrorFacts } from './performance/error-facts.js';

/** Finding categories, fixed words of CONTRACT §6. */
export const CATEGORIES = [
  'metric_regression',
  'segment_regression',
  'feature_drift',
  'label_shift',
  'prediction_shift',
  'data_quality',
  'label_noise',
  'leakage',
  'overfitting',
  'underfitting',
  'training_instability',
  'learning_rate',
  'calibration',
  'bias',
  'config_change',
  'preprocessing',
  'infrastructure',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Area = 'data' | 'model' | 'training' | 'evaluation' | 'infrastructure';

export interface Evidence {
  readonly text: string;
  readonly value?: number;
}

export interface SegmentRef {
  readonly column: string;
  /** Category, or the bin label `[lo, hi)` of a numeric feature. */
  readonly value: string;
}

export interface Signal {
  readonly category: Category;
  readonly area: Area;
  /**
   * Effect size mapped onto [0, 1] by the stage that measured it:
   * < 0.25 informational, >= 0.25 worth a minor finding, >= 0.5 major, >= 0.8 critical.
   * Each stage documents its mapping next to the code that computes it.
   */
  readonly strength: number;
  /** True when the effect passed the stage's significance test (after multiple-testing correction where several were run). */
  readonly significant: boolean;
  /** One line with the key number, e.g. "PSI 0.42 for carat within cut=Premium (n=1490)". */
  readonly title: string;
  readonly metric?: string;
  readonly feature?: string;
  readonly segment?: SegmentRef;
  /** Eval table or log file the signal came from. */
  readonly source?: string;
  readonly evidence: readonly Evidence[];
  /** Raw numbers for the diagnosis rules (psi, ks_p, ratio, n, delta, ...). */
  readonly details: Readonly<Record<string, number | string | boolean | null>>;
  /**
   * Classification and headline regressions: the confusion cells that moved in the signal's rows
   * and the trivial predictors the current run does no better than (performance/error-facts.ts);
   * written as evidence by diagnosis/text/errors.ts. Context only: no rule reads it.
   */
  readonly errors?: ErrorFacts;
}
