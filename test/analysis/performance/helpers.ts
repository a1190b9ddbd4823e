// Test helpers: EvalViews built by hand, synthetic paired runs, and the reference JSON.
import { readFileSync } from 'node:fs';
import { makeTable, numberColumn, stringColumn, type Column } from '../../../src/artifacts/table.js';
import type { EvalView, Task } from '../../../src/artifacts/types.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import type { PerformanceOptions } from '../../../src/analysis/performance/index.js';
import { rowIdsFromText } from '../../../src/artifacts/row-ids.js';

export interface ViewSpec {
  task?: Task;
  classes?: string[];
  y: ArrayLike<number>;
  pred?: ArrayLike<number> | null;
  score?: ArrayLike<number> | null;
  probs?: ArrayLike<number>[] | null;
  ids?: string[] | null;
  weight?: ArrayLike<number> | null;
  /** String columns (segments unless `segmentColumns` says otherwise). */
  strings?: Record<string, string[]>;
  numbers?: Record<string, ArrayLike<number>>;
  segmentColumns?: string[];
  protectedColumns?: string[];
  path?: string;
}

/** An EvalView as the artifacts stage would build it (pred derived from score when absent). */
export function makeView(spec: ViewSpec): EvalView {
  const n = spec.y.length;
  const task: Task = spec.task ?? 'binary';
  const classes = spec.classes ?? (task === 'regression' ? [] : task === 'binary' ? ['0', '1'] : []);
  const yTrue = Float64Array.from(spec.y);
  const score = spec.score ? Float64Array.from(spec.score) : null;
  const probs = spec.probs ? spec.probs.map((p) => Float64Array.from(p)) : null;
  let yPred: Float64Array | null = spec.pred ? Float64Array.from(spec.pred) : null;
  if (!yPred && score) yPred = Float64Array.from(score, (s) => (s >= 0.5 ? 1 : 0));
  if (!yPred && probs) {
    yPred = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let top = 0;
      for (let c = 1; c < probs.length; c++) if (probs[c]![i]! > probs[top]![i]!) top = c;
      yPred[i] = top;
    }
  }
  const features: Column[] = [
    ...Object.entries(spec.strings ?? {}).map(([name, v]) => stringColumn(name, v)),
    ...Object.entries(spec.numbers ?? {}).map(([name, v]) => numberColumn(name, Array.from(v))),
  ];
  const ids = spec.ids === undefined ? Array.from({ length: n }, (_, i) => `id${i}`) : spec.ids;
  const columns: Column[] = [numberColumn('label', Array.from(yTrue)), ...features];
  if (ids) columns.push(stringColumn('id', ids));
  const path = spec.path ?? 'eval/predictions.csv';
  return {
    path,
    table: makeTable(path, columns),
    task,
    n,
    classes,
    labelColumn: 'label',
    yTrue,
    predColumn: spec.pred ? 'pred' : null,
    yPred,
    scoreColumn: score ? 'score' : null,
    score,
    probs,
    idColumn: ids ? 'id' : null,
    ids: ids ? rowIdsFromText(ids) : null,
    weight: spec.weight ? Float64Array.from(spec.weight) : null,
    features,
    segmentColumns: spec.segmentColumns ?? Object.keys(spec.strings ?? {}),
    protectedColumns: spec.protectedColumns ?? [],
  };
}

export const OPTS: PerformanceOptions = { seed: 20261125, resamples: 400, minSupport: 30, alpha: 0.05 };

export interface PairSpec {
  n: number;
  /** Per-row probability that the baseline / current prediction is right. */
  baseSkill: (i: number) => number;
  curSkill: (i: number) => number;
  strings?: Record<string, string[]>;
  numbers?: Record<string, ArrayLike<number>>;
  protectedColumns?: string[];
  seed?: number;
  /** Ids of the current run (default: same as the baseline). */
  curIds?: string[];
}

/**
 * Two binary runs on the same rows: shared labels, each run right with its own per-row
 * probability; the score agrees with the prediction (confident when right half the time).
 */
export function pairedRuns(spec: PairSpec): { base: EvalView; cur: EvalView } {
  const rng = createRng(spec.seed ?? 1);
  const y = Array.from({ length: spec.n }, () => (rng() < 0.4 ? 1 : 0));
  const runOf = (skill: (i: number) => number, ids: string[] | undefined): EvalView => {
    const score = y.map((t, i) => {
      const right = rng() < skill(i);
      const p = right === (t === 1) ? 0.5 + 0.49 * rng() : 0.49 * rng();
      return Math.round(p * 1e4) / 1e4;
    });
    return makeView({ y, score, strings: spec.strings, numbers: spec.numbers, protectedColumns: spec.protectedColumns, ids });
  };
  return { base: runOf(spec.baseSkill, undefined), cur: runOf(spec.curSkill, spec.curIds) };
}

/** Categorical column of n rows cycling through the given values (deterministic balance). */
export function cycle(n: number, values: string[]): string[] {
  return Array.from({ length: n }, (_, i) => values[i % values.length]!);
}

export interface Reference {
  binary: BinaryRef;
  multiclass: MulticlassRef;
  regression: RegressionRef;
  exact: ExactRef;
  distributions: DistributionsRef;
  ttests: { paired: TTestRef; welch: TTestRef };
  delong: DeLongRef;
  calibration: CalibrationRef;
  bh: { p: number[]; q: number[]; reject: boolean[] }[];
  percentile: { samples: number[]; levels: number[]; values: number[]; quintiles_of: number[]; quintiles: number[] };
}

export interface BinaryMetricsRef {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  auc: number;
  average_precision: number;
  log_loss: number;
  brier: number;
  confusion: number[][];
}

export interface BinaryRef {
  y: number[];
  score: number[];
  pred: number[];
  weight: number[];
  unweighted: BinaryMetricsRef;
  weighted: BinaryMetricsRef;
}

export interface MulticlassMetricsRef {
  accuracy: number;
  f1_macro: number;
  f1_weighted: number;
  auc_ovr_macro: number;
  log_loss: number;
  brier: number;
  confusion: number[][];
}

export interface MulticlassRef {
  k: number;
  y: number[];
  pred: number[];
  probs: number[][];
  weight: number[];
  unweighted: MulticlassMetricsRef;
  weighted: MulticlassMetricsRef;
  pred_only_class: { k: number; y: number[]; pred: number[]; f1_macro: number; f1_weighted: number };
}

export interface RegressionMetricsRef {
  rmse: number;
  mae: number;
  r2: number;
  mape: number;
  mean_error: number;
}

export interface RegressionRef {
  y: number[];
  pred: number[];
  weight: number[];
  unweighted: RegressionMetricsRef;
  weighted: RegressionMetricsRef;
}

export interface ExactRef {
  binomtest: { k: number; n: number; p: number; pvalue: number }[];
  mcnemar: { b: number; c: number; pvalue: number }[];
  fisher: { table: number[][]; pvalue: number }[];
  binom_pmf: { k: number; n: number; p: number; pmf: number }[];
  hypergeom_pmf: { x: number; good: number; bad: number; draws: number; pmf: number }[];
  lgamma: { x: number; value: number }[];
}

export interface DistributionsRef {
  normal_two_sided: { z: number; p: number }[];
  normal_cdf: { z: number; cdf: number }[];
  student_two_sided: { t: number; df: number; p: number }[];
  normal_quantile: { p: number; z: number }[];
}

export interface TTestRef {
  xb: number[];
  xc: number[];
  pvalue: number;
}

export interface DeLongRef {
  y: number[];
  score_base: number[];
  score_cur: number[];
  auc_base: number;
  auc_cur: number;
  auc_sklearn_base: number;
  var_base: number;
  var_cur: number;
  paired_p: number;
  unpaired_same_rows_p: number;
  other: { y: number[]; score: number[]; auc: number; unpaired_p: number };
}

export interface CalibrationRef {
  score: number[];
  y: number[];
  ece: number;
  mce: number;
  ece_adaptive: number;
  bin_counts: number[];
  brier: number;
}

export const ref = JSON.parse(readFileSync(new URL('../../reference/performance.json', import.meta.url), 'utf8')) as Reference;

/** |a - b| <= tol × max(1, |b|): relative for large values, absolute near 0. */
export function close(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}
