/**
 * Baseline vs current for the numbers in metrics files: direction inferred from the name
 * (or configured), tolerance, status. Significance is attached later from the eval rows.
 */
import type { Direction, MetricRule } from '../../config/config.js';
import type { FlatMetrics } from '../../artifacts/types.js';

export type MetricStatus = 'regressed' | 'improved' | 'unchanged' | 'new' | 'removed';

export interface MetricDiff {
  readonly name: string;
  readonly baseline: number | null;
  readonly current: number | null;
  readonly delta: number | null;
  readonly direction: Direction;
  readonly status: MetricStatus;
  /** True when the direction came from config or a known name, false when it was a guess. */
  readonly directionKnown: boolean;
  readonly nonFinite: boolean;
}

const LOWER = ['loss', 'error', 'err', 'rmse', 'mse', 'mae', 'mape', 'latency', 'perplexity', 'ppl', 'ece', 'mce', 'brier', 'wer', 'cer', 'time', 'duration', 'memory', 'fpr', 'fnr'];
const HIGHER = ['accuracy', 'acc', 'f1', 'auc', 'roc_auc', 'precision', 'recall', 'r2', 'map', 'ndcg', 'bleu', 'rouge', 'iou', 'dice', 'average_precision', 'ap', 'tpr', 'specificity', 'sensitivity', 'mcc', 'kappa', 'top1', 'top5', 'hit', 'mrr', 'exact_match', 'em', 'throughput'];

/** Infers whether higher or lower is better from a metric's dot path; null when unknown. */
export function inferDirection(name: string): Direction | null {
  const tokens = name.toLowerCase().split(/[._\-/\s@]+/).filter(Boolean);
  const leaf = name.toLowerCase().split('.').pop() ?? '';
  // Whole leaf first (average_precision, roc_auc, mean_error), then any token, lower-is-better winning ties
  // because "error"-like words qualify ("auc_error" is an error).
  if (HIGHER.includes(leaf)) return 'higher';
  if (LOWER.includes(leaf) || leaf === 'mean_error') return 'lower';
  if (tokens.some((t) => LOWER.includes(t))) return 'lower';
  if (tokens.some((t) => HIGHER.includes(t))) return 'higher';
  return null;
}

function ruleFor(name: string, rules: Readonly<Record<string, MetricRule>>): MetricRule | undefined {
  if (rules[name]) return rules[name];
  const leaf = name.split('.').pop()!;
  return rules[leaf];
}

/** Diffs the metrics files of two runs (files matched by path; values by dot path). */
export function diffMetrics(base: readonly FlatMetrics[], cur: readonly FlatMetrics[], rules: Readonly<Record<string, MetricRule>>): MetricDiff[] {
  const flat = (files: readonly FlatMetrics[]) => {
    const out = new Map<string, number>();
    const nonFinite = new Set<string>();
    // A single metrics file keeps bare dot paths; several are prefixed by their file name to stay unique.
    for (const f of files) {
      const prefix = files.length > 1 ? `${f.path.replace(/\.(json|ya?ml)$/i, '')}:` : '';
      for (const [k, v] of Object.entries(f.values)) out.set(prefix + k, v);
      for (const k of f.nonFinite) nonFinite.add(prefix + k);
    }
    return { out, nonFinite };
  };
  const b = flat(base);
  const c = flat(cur);
  const names = [...new Set([...b.out.keys(), ...c.out.keys()])];
  return names.map((name) => {
    const rule = ruleFor(name, rules);
    const inferred = inferDirection(name);
    const direction: Direction = rule?.direction ?? inferred ?? 'higher';
    const bv = b.out.get(name);
    const cv = c.out.get(name);
    const nonFinite = b.nonFinite.has(name) || c.nonFinite.has(name);
    let status: MetricStatus;
    let delta: number | null = null;
    if (bv === undefined) status = 'new';
    else if (cv === undefined) status = 'removed';
    else {
      delta = cv - bv;
      const tol = rule?.tolerance ?? 0;
      const limit = rule?.relative ? tol * Math.abs(bv) : tol;
      if (!Number.isFinite(delta)) status = Number.isNaN(cv) || (direction === 'higher' ? cv === -Infinity : cv === Infinity) ? 'regressed' : delta === 0 || Number.isNaN(delta) ? 'unchanged' : 'improved';
      else if (Math.abs(delta) <= limit) status = 'unchanged';
      else status = (direction === 'higher') === delta > 0 ? 'improved' : 'regressed';
    }
    return {
      name,
      baseline: bv ?? null,
      current: cv ?? null,
      delta,
      direction,
      status,
      directionKnown: rule?.direction !== undefined || inferred !== null,
      nonFinite,
    };
  });
}
