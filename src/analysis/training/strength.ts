/**
 * How training-process effects become a strength in [0, 1] (signals.ts: ≥ 0.25 minor, ≥ 0.5
 * major, ≥ 0.8 critical), and the factors every check shares. Each check names the effect size
 * it measures and two anchor points: the size that is just worth a minor finding and the size
 * that is major. Between and beyond them the strength grows with the logarithm of the effect,
 * because training effects are multiplicative (a loss 10× its best is not "10× as bad" as 2×,
 * but clearly worse), so critical is reached at majorAt × (majorAt / minorAt)^1.2.
 */

export function logRamp(effect: number, minorAt: number, majorAt: number): number {
  if (!(effect > 0)) return 0;
  const s = 0.25 + (0.25 * Math.log(effect / minorAt)) / Math.log(majorAt / minorAt);
  return clamp01(s);
}

export function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}

/**
 * Without a baseline log nothing tells this run's normal noise apart from a regression, so
 * the absolute rules run alone and their strength is scaled down by this factor.
 */
export const NO_BASELINE_FACTOR = 0.7;

/**
 * When a finding is the visible symptom of another finding that names its cause (divergence
 * after a learning-rate increase; slow convergence after a decrease), the symptom keeps its
 * evidence but is scaled by this factor so that the cause ranks first.
 */
export const SYMPTOM_FACTOR = 0.9;

/**
 * How much a pattern seen on few logged rows can be trusted: 0 with 3 rows or fewer, rising
 * linearly to 1 at 10 rows. A random forest logged every 50 trees (6 rows) has a "tail" of 3
 * points; a slope or a rise on that is weak evidence, whatever its size. Pattern checks
 * (overfitting, underfitting, spikes, oscillation) use it; NaN losses, divergence by orders of
 * magnitude and exploding gradients do not need many rows to be real.
 */
export function rowReliability(rows: number): number {
  return clamp01((rows - 3) / 7);
}

/** config_change strength relative to the finding it explains: the lr key behind a learning_rate or instability finding… */
export const CONFIG_CHANGE_PRIMARY_FACTOR = 0.8;
/** …and a context key (weight_decay, epochs, early stopping, batch size) behind an overfitting/underfitting/instability finding. */
export const CONFIG_CHANGE_CONTEXT_FACTOR = 0.6;

/** Numbers in details/evidence: 6 significant digits, so report.json stays readable and stable. */
export function round6(v: number | null): number | null {
  if (v === null || !Number.isFinite(v)) return null;
  return Number(v.toPrecision(6));
}

/** Compact number for titles and evidence text (no locale). */
export function fmt(v: number | null): string {
  if (v === null || Number.isNaN(v)) return 'n/a';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e5 || a < 1e-3)) return v.toExponential(2).replace(/\.?0+e/, 'e');
  return Number(v.toPrecision(3)).toString();
}

export function pct(v: number): string {
  return `${v >= 0 ? '+' : ''}${fmt(v * 100)}%`;
}
