/**
 * The metric vocabulary of the performance analysis: names as written in metrics.json, which
 * way is better, and on which scale an effect is judged (points for bounded rates, relative
 * change for losses and errors).
 */
import type { Direction, MetricName } from './types.js';

export interface MetricInfo {
  readonly direction: Direction;
  /**
   * `points`: a rate on [0, 1] whose change reads naturally in points (accuracy -3 pts).
   * `relative`: a loss/error whose change reads relative to the baseline (RMSE +12%).
   */
  readonly scale: 'points' | 'relative';
}

export const METRIC_INFO: Readonly<Record<MetricName, MetricInfo>> = {
  accuracy: { direction: 'higher', scale: 'points' },
  precision: { direction: 'higher', scale: 'points' },
  recall: { direction: 'higher', scale: 'points' },
  f1: { direction: 'higher', scale: 'points' },
  f1_macro: { direction: 'higher', scale: 'points' },
  f1_weighted: { direction: 'higher', scale: 'points' },
  auc: { direction: 'higher', scale: 'points' },
  auc_ovr_macro: { direction: 'higher', scale: 'points' },
  average_precision: { direction: 'higher', scale: 'points' },
  log_loss: { direction: 'lower', scale: 'relative' },
  brier: { direction: 'lower', scale: 'relative' },
  ece: { direction: 'lower', scale: 'points' },
  rmse: { direction: 'lower', scale: 'relative' },
  mae: { direction: 'lower', scale: 'relative' },
  r2: { direction: 'higher', scale: 'relative' },
  mean_error: { direction: 'zero', scale: 'relative' },
  mape: { direction: 'lower', scale: 'relative' },
};

/** True when going from `base` to `cur` is a change for the worse under the metric's direction. */
export function isWorse(name: MetricName, base: number, cur: number): boolean {
  const d = METRIC_INFO[name].direction;
  if (d === 'higher') return cur < base;
  if (d === 'lower') return cur > base;
  return Math.abs(cur) > Math.abs(base);
}

/** True when the change is for the better. */
export function isBetter(name: MetricName, base: number, cur: number): boolean {
  const d = METRIC_INFO[name].direction;
  if (d === 'higher') return cur > base;
  if (d === 'lower') return cur < base;
  return Math.abs(cur) < Math.abs(base);
}

/** NaN / ±Infinity → null, for JSON-safe results. */
export function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}
