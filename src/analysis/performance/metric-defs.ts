/**
 * The metric vocabulary of the performance analysis: names as written in metrics.json, which
 * way is better, and on which scale an effect is judged (points for bounded rates, relative
 * change for losses and errors).
 */
import type { Direction, MetricName } from './types.js';

export interface MetricInfo {
  /** How report text names it (`ROC AUC`, `R²`). */
  readonly label: string;
  readonly direction: Direction;
  /**
   * `points`: a rate on [0, 1] whose change reads naturally in points (accuracy -3 pts).
   * `relative`: a loss/error whose change reads relative to the baseline (RMSE +12%).
   */
  readonly scale: 'points' | 'relative';
}

export const METRIC_INFO: Readonly<Record<MetricName, MetricInfo>> = {
  accuracy: { label: 'Accuracy', direction: 'higher', scale: 'points' },
  precision: { label: 'Precision', direction: 'higher', scale: 'points' },
  recall: { label: 'Recall', direction: 'higher', scale: 'points' },
  f1: { label: 'F1 score', direction: 'higher', scale: 'points' },
  f1_macro: { label: 'Macro F1', direction: 'higher', scale: 'points' },
  f1_weighted: { label: 'Weighted F1', direction: 'higher', scale: 'points' },
  auc: { label: 'ROC AUC', direction: 'higher', scale: 'points' },
  auc_ovr_macro: { label: 'ROC AUC (one-vs-rest macro)', direction: 'higher', scale: 'points' },
  average_precision: { label: 'Average precision', direction: 'higher', scale: 'points' },
  log_loss: { label: 'Log loss', direction: 'lower', scale: 'relative' },
  brier: { label: 'Brier score', direction: 'lower', scale: 'relative' },
  ece: { label: 'ECE', direction: 'lower', scale: 'points' },
  rmse: { label: 'RMSE', direction: 'lower', scale: 'relative' },
  mae: { label: 'MAE', direction: 'lower', scale: 'relative' },
  r2: { label: 'R²', direction: 'higher', scale: 'relative' },
  mean_error: { label: 'Mean error (bias)', direction: 'zero', scale: 'relative' },
  mape: { label: 'MAPE', direction: 'lower', scale: 'relative' },
};

/** The label of a metric of this vocabulary; any other name (a metrics.json key) as written. */
export function metricLabel(name: string): string {
  return Object.hasOwn(METRIC_INFO, name) ? METRIC_INFO[name as MetricName].label : name;
}

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
