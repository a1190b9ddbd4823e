/**
 * How the data checks map an effect size onto a Signal's strength in [0, 1] (see Signal:
 * < 0.25 informational, >= 0.25 minor, >= 0.5 major, >= 0.8 critical), and the thresholds that
 * decide whether an effect is reported at all. Every mapping is piecewise linear between the
 * anchors listed next to it and rises slowly to 1 above the last anchor, so a bigger effect
 * always ranks higher.
 *
 * The rule for every distribution comparison: an effect is reported when it is at least the
 * minor anchor *and* significant after Benjamini-Hochberg across the family of tests (with huge
 * n a significant but negligible shift is not news), or when it reaches the major anchor even
 * without significance (with small n a big effect is still shown, at 0.7× strength and marked
 * not significant). PSI is read net of its no-change expectation (psiNoiseFloor), which is
 * what keeps small samples from crying wolf.
 */

export type Anchors = readonly (readonly [number, number])[];

/** Piecewise-linear map through `anchors` (x ascending), then 1 − (1 − y_last)·x_last/x beyond the last. */
export function mapStrength(x: number, anchors: Anchors): number {
  if (!(x > 0)) return 0;
  let px = 0;
  let py = 0;
  for (const [ax, ay] of anchors) {
    if (x <= ax) return py + ((ay - py) * (x - px)) / (ax - px);
    px = ax;
    py = ay;
  }
  return Math.min(1, 1 - ((1 - py) * px) / x);
}

/**
 * Drift and shift effect = PSI net of noise. Anchors: the industry PSI rules of thumb —
 * 0.1 "moderate shift" → 0.25 (minor), 0.25 "major shift" → 0.5 (major), 1.0 → 0.8 (critical);
 * PSI 5 (e.g. a ×12 unit change) → 0.96.
 */
export const PSI_ANCHORS: Anchors = [
  [0.1, 0.25],
  [0.25, 0.5],
  [1.0, 0.8],
];
export const PSI_MINOR = 0.1;
export const PSI_MAJOR = 0.25;

/**
 * Missing / NaN / inf rate change (absolute, in share of rows): +2 pts → minor, +10 pts → major,
 * +30 pts → critical. A fall in missingness (an upstream imputation appeared) counts at 0.7×.
 */
export const MISSING_ANCHORS: Anchors = [
  [0.02, 0.25],
  [0.1, 0.5],
  [0.3, 0.8],
];
export const MISSING_MIN_DELTA = 0.01;

/** Share of current values outside the baseline's [min, max]: 1 % → minor, 5 % → major, 20 % → critical. */
export const RANGE_ANCHORS: Anchors = [
  [0.01, 0.25],
  [0.05, 0.5],
  [0.2, 0.8],
];

/** Duplicate ids / rows, increase in share of rows: 0.5 % → minor, 2 % → major, 10 % → critical. */
export const DUPLICATE_ANCHORS: Anchors = [
  [0.005, 0.25],
  [0.02, 0.5],
  [0.1, 0.8],
];

/** Row-count change |n_cur − n_base| / n_base: 20 % → minor, 50 % → major, 90 % → critical. */
export const ROW_COUNT_ANCHORS: Anchors = [
  [0.2, 0.25],
  [0.5, 0.5],
  [0.9, 0.8],
];

/**
 * A column turned constant: strength grows with how varied it was, 1 − (baseline top share):
 * 1 % → minor, 5 % → major, 20 % → critical.
 */
export const CONSTANT_ANCHORS: Anchors = [
  [0.01, 0.25],
  [0.05, 0.5],
  [0.2, 0.8],
];

/** Fixed strengths of schema events: a removed feature is minor, an added one informational. */
export const STRENGTH_TYPE_CHANGE = 0.6;
export const STRENGTH_COLUMN_REMOVED = 0.4;
export const STRENGTH_COLUMN_RENAMED = 0.4;
export const STRENGTH_COLUMN_ADDED = 0.15;

/**
 * Preprocessing skew, by strength of evidence: the same rows (matched by id) follow one exact
 * map → 0.9; a map of a known unit factor seen on quantiles → 0.8; standardized on one side
 * only → 0.75; a categorical recoding confirmed row by row → 0.8; value sets that stopped
 * overlapping → 0.7; a large multiplicative map of unknown factor on quantiles → 0.6; a part of
 * the rows scaled → 0.5 + 0.4 × the part.
 */
export const SKEW_ROWS = 0.9;
export const SKEW_KNOWN_FACTOR = 0.8;
export const SKEW_STANDARDIZED = 0.75;
export const SKEW_RECODED = 0.8;
export const SKEW_DISJOINT = 0.7;
export const SKEW_UNKNOWN_FACTOR = 0.6;

/**
 * Label noise, increase in the share of suspect rows (confident learning) or of labels changed
 * against an unchanged model, within the segment where it concentrates (else overall):
 * 2 pts → minor, 5 pts → major, 15 pts → critical.
 */
export const NOISE_ANCHORS: Anchors = [
  [0.02, 0.25],
  [0.05, 0.5],
  [0.15, 0.8],
];

/**
 * Eval rows found in the training sample, increase in share of eval rows: 0.5 % → minor,
 * 2 % → major, 10 % → critical (every leaked row inflates the metric).
 */
export const OVERLAP_ANCHORS: Anchors = [
  [0.005, 0.25],
  [0.02, 0.5],
  [0.1, 0.8],
];

/** A single feature that gives the label away (AUC or |corr| >= 0.99) now but not before. */
export const STRENGTH_FEATURE_LEAK = 0.85;
export const LEAK_AUC = 0.99;
/**
 * A column the PR adds that alone predicts the label at least as well as the whole baseline model
 * did, or that arrives with a jump of the model closing at least LEAK_GAIN_SHARE of the baseline's
 * remaining error (1 − AUC, 1 − |corr|): what a post-outcome field looks like (refund_issued,
 * days_to_resolution). Minor: worth a reviewer's look, never an alarm on its own — a genuinely
 * strong new feature does the same, above all next to a weak baseline model (measured: `bmi` added
 * to a diabetes model that lacked it out-predicts that model alone).
 */
export const STRENGTH_NEW_FEATURE_SUSPECT = 0.35;
export const LEAK_GAIN_SHARE = 0.25;
/** Below these a single column is not predictive enough to be suspect, whatever the baseline model scored. */
export const NEW_FEATURE_MIN_AUC = 0.75;
export const NEW_FEATURE_MIN_CORR = 0.5;
/**
 * Multiclass: Goodman-Kruskal λ, the share of the errors of always guessing the majority class
 * that knowing the column removes (see leakage.ts, lookupLambda). 0.5 plays the part |corr| 0.5
 * plays for regression: one column alone halving the trivial baseline's errors.
 */
export const NEW_FEATURE_MIN_LAMBDA = 0.5;

/**
 * Label-noise segments covering within this much of the same share of the anomaly explain it
 * equally well; among them the strongest evidence (smallest p) decides. A subset nested in the
 * noisy segment covers only its part of the anomaly and loses to its parent even when its rate
 * is higher; a superset that merely contains the noisy segment covers no more of it and loses on
 * evidence (its rate is diluted). 10 points: about the noise of a coverage estimated from a few
 * dozen contradicted changes.
 */
export const NOISE_COVERAGE_TOLERANCE = 0.1;

/** Strength kept by an effect that is large but not significant (small samples). */
export const NOT_SIGNIFICANT_FACTOR = 0.7;
/** Family-wise false discovery rate for every multiple-test family here. */
export const FDR = 0.05;
