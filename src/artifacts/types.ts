/**
 * Plain-data shapes that leave the artifacts stage: what the analysis stages receive.
 */
import type { Column, Table } from './table.js';
import type { Summary } from './summary.js';
import type { RowIds } from './row-ids.js';

export type Task = 'binary' | 'multiclass' | 'regression';

/**
 * An eval table after column roles were detected (CONTRACT §2). Classification labels and
 * predictions are class indices into `classes` (NaN when missing); regression keeps raw values.
 */
export interface EvalView {
  /** Path of the table relative to its run directory, e.g. `eval/predictions.csv`. */
  readonly path: string;
  readonly table: Table;
  readonly task: Task;
  readonly n: number;
  /** Class names; for binary, `classes[1]` is the positive class. Empty for regression. */
  readonly classes: readonly string[];
  readonly labelColumn: string;
  /** Class index (classification) or target value (regression); NaN when missing. */
  readonly yTrue: Float64Array;
  readonly predColumn: string | null;
  /** Predicted class index / value; derived from scores (threshold 0.5 or argmax) when no pred column. */
  readonly yPred: Float64Array | null;
  readonly scoreColumn: string | null;
  /** Binary: probability of classes[1]. */
  readonly score: Float64Array | null;
  /** Multiclass: one probability column per class, aligned with `classes`. */
  readonly probs: readonly Float64Array[] | null;
  readonly idColumn: string | null;
  /** Row ids (hashes of their text, for matching baseline and current rows), null when no id column. */
  readonly ids: RowIds | null;
  readonly weight: Float64Array | null;
  /** Every column that is not label / pred / score / prob / id / weight. */
  readonly features: readonly Column[];
  /** Columns to slice by: configured, else string columns with 2-50 distinct values (numeric ones are binned by the analysis). */
  readonly segmentColumns: readonly string[];
  /** Protected attributes for disparity checks. */
  readonly protectedColumns: readonly string[];
}

/** A training log: one row per epoch/step. Series hold NaN / ±Infinity as logged. */
export interface TrainLog {
  readonly path: string;
  /** Name of the x axis column (`epoch` or `step`), or `row` when absent. */
  readonly xName: string;
  readonly x: Float64Array;
  readonly trainLoss: Float64Array | null;
  readonly valLoss: Float64Array | null;
  readonly lr: Float64Array | null;
  readonly gradNorm: Float64Array | null;
  /** Every other numeric column (train_acc, val_acc, ...). */
  readonly series: Readonly<Record<string, Float64Array>>;
}

/** A flattened metrics or params file: dot path → value. */
export interface FlatMetrics {
  readonly path: string;
  readonly values: Readonly<Record<string, number>>;
  /** Dot paths whose value was NaN / Infinity (Python's bare tokens). */
  readonly nonFinite: readonly string[];
}

export type Scalar = string | number | boolean | null;

export interface FlatParams {
  readonly path: string;
  readonly values: Readonly<Record<string, Scalar>>;
}

/** Everything loaded from one run directory. */
export interface RunArtifacts {
  readonly dir: string;
  readonly metrics: FlatMetrics[];
  readonly params: FlatParams[];
  readonly evals: EvalView[];
  /** Summaries standing in for eval tables (files named `*.summary.json` under eval/, docs/summary.md). */
  readonly summaries?: { readonly path: string; readonly summary: Summary }[];
  readonly trainLogs: TrainLog[];
  /** Reference feature samples (`data/**`), e.g. the training sample. */
  readonly reference: Table[];
  /** Problems met while loading that did not stop the review (become infrastructure / data_quality findings). */
  readonly problems: LoadProblem[];
}

export interface LoadProblem {
  readonly file: string;
  readonly message: string;
  /** A configured eval table this run does not have: an error only when the other run lacks it too (see review). */
  readonly missingConfigured?: true;
  /**
   * The file ended mid-row (cut off mid-write): the review used its complete rows. Not an input
   * error: the report's infrastructure finding says it, and the exit code follows the verdict.
   */
  readonly truncated?: { readonly line: number; readonly rowsKept: number };
}

export type { Column, Table };
