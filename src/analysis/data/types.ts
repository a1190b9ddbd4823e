/**
 * Plain-data results of the data checks (drift, shifts, quality, preprocessing skew, label
 * noise, leakage). Everything here is JSON-serialisable; `dataSignals` turns it into Signals.
 */
import type { EvalView, Table, Task } from '../../artifacts/types.js';

/**
 * Which two samples a comparison holds:
 * - `eval`: baseline eval table vs current eval table;
 * - `train_vs_eval`: the current run's reference (training) sample vs its eval table, judged
 *   against the same comparison in the baseline run (train/serve skew that is new);
 * - `reference`: baseline reference sample vs current reference sample (the training data changed).
 */
export type Comparison = 'eval' | 'train_vs_eval' | 'reference';

export interface CategoryShare {
  readonly value: string;
  /** Share of the sample (non-missing rows) holding this value. */
  readonly share: number;
}

export interface CategoryMove {
  readonly value: string;
  readonly base: number;
  readonly cur: number;
}

export interface NumericDriftStats {
  readonly ks: number;
  readonly ksP: number;
  readonly ksMethod: 'exact' | 'asymp';
  readonly wasserstein: number;
  /** Spread used to scale the Wasserstein distance: the baseline IQR, its std when the IQR is 0. */
  readonly scale: number;
  readonly wassersteinScaled: number;
  readonly meanBase: number;
  readonly meanCur: number;
  readonly medianBase: number;
  readonly medianCur: number;
  /**
   * For a numeric column with at most MAX_NUMERIC_CATEGORIES distinct values (a code such as
   * sex = 1/2), the values whose share moved most, as for a categorical column; null otherwise.
   */
  readonly valueMoves: CategoryMove[] | null;
  /** A baseline value inside the range that lost most of its share (see mostReducedAt); null when none did. */
  readonly reducedAt: number | null;
}

export interface CategoricalDriftStats {
  readonly chi2: number;
  readonly chi2P: number;
  readonly dof: number;
  /** Jensen-Shannon distance, base 2 (0 = same shares, 1 = disjoint). */
  readonly js: number;
  /** Values present now but never in the baseline, with their current share. */
  readonly unseen: CategoryShare[];
  readonly unseenShare: number;
  /** Values of the baseline that no longer occur, with their baseline share. */
  readonly vanished: CategoryShare[];
  readonly vanishedShare: number;
  /** The values whose share moved most. */
  readonly topMoves: CategoryMove[];
}

/** Drift of one feature inside one segment, against the same feature outside it. */
export interface SegmentDrift {
  readonly column: string;
  readonly value: string;
  readonly nBase: number;
  readonly nCur: number;
  /** Share of the current rows inside the segment. */
  readonly share: number;
  readonly psiIn: number;
  readonly psiInExcess: number;
  readonly psiOut: number;
  readonly psiOutExcess: number;
  readonly pValue: number;
  readonly qValue: number;
  /**
   * Numeric features: Wasserstein-1 distance inside the segment over the baseline's standard
   * deviation there (see drift.ts standardizedShift); null for categorical features.
   */
  readonly shiftIn: number | null;
}

/** The outcome of comparing two samples of one variable, before any decision. */
export interface SampleComparison {
  readonly kind: 'number' | 'string';
  readonly nBase: number;
  readonly nCur: number;
  readonly bins: number;
  readonly psi: number;
  /** PSI expected with no change at these sample sizes (see psiNoiseFloor). */
  readonly psiNoise: number;
  /** max(0, psi − psiNoise): the effect size the thresholds apply to. */
  readonly psiExcess: number;
  /** KS p-value (numeric) or chi-square p-value (categorical). */
  readonly pValue: number;
  readonly numeric: NumericDriftStats | null;
  readonly categorical: CategoricalDriftStats | null;
}

export interface DriftResult extends SampleComparison {
  readonly comparison: Comparison;
  readonly feature: string;
  /** Table(s) compared, e.g. `eval/predictions.csv` or `data/train_sample.csv vs eval/predictions.csv`. */
  readonly source: string;
  readonly qValue: number;
  /** Where the drift concentrates, when it does. */
  readonly segment: SegmentDrift | null;
  /** train_vs_eval only: the same comparison in the baseline run. */
  readonly baseline: { readonly psi: number; readonly psiExcess: number } | null;
  /** Set when another finding (preprocessing skew) explains this drift. */
  readonly explainedBy: string | null;
  readonly significant: boolean;
  readonly strength: number;
  readonly flagged: boolean;
}

/** Label shift and prediction shift share this shape. */
export interface ShiftResult {
  readonly what: 'label' | 'predicted_class' | 'score' | 'confidence' | 'prediction';
  readonly comparison: Comparison;
  readonly source: string;
  readonly column: string;
  readonly kind: 'number' | 'string';
  readonly nBase: number;
  readonly nCur: number;
  readonly psi: number;
  readonly psiExcess: number;
  readonly pValue: number;
  readonly numeric: NumericDriftStats | null;
  readonly categorical: CategoricalDriftStats | null;
  /** Per-class shares (classification) so the report can show what moved. */
  readonly shares: CategoryMove[];
  /** Rows matched by id whose value changed (labels / predicted classes), null without ids. */
  readonly changedRows: number | null;
  readonly matchedRows: number | null;
  readonly significant: boolean;
  readonly strength: number;
  readonly flagged: boolean;
}

export type QualityKind =
  | 'missing'
  | 'nan'
  | 'inf'
  | 'constant'
  | 'type_change'
  | 'column_added'
  | 'column_removed'
  | 'column_renamed'
  | 'duplicate_ids'
  | 'duplicate_rows'
  | 'out_of_range'
  /** Out of range, and one value: unknowns filled with a sentinel number (see quality.ts sentinelOf). */
  | 'sentinel'
  | 'row_count';

export interface QualityIssue {
  readonly kind: QualityKind;
  readonly comparison: Comparison;
  readonly source: string;
  /** The column at fault; null for table-level issues (row count, duplicate rows). */
  readonly column: string | null;
  /** The rate or count in the baseline / reference side (null when not applicable). */
  readonly base: number | null;
  readonly cur: number | null;
  readonly n: number;
  readonly pValue: number;
  readonly significant: boolean;
  readonly strength: number;
  readonly message: string;
  readonly details: Readonly<Record<string, number | string | boolean | null>>;
}

/** Per-column counts behind the quality checks. */
export interface ColumnProfile {
  readonly column: string;
  readonly kind: 'number' | 'string';
  readonly n: number;
  readonly missing: number;
  readonly nan: number;
  readonly inf: number;
  readonly distinct: number;
  /** Share of the most frequent value among non-missing rows. */
  readonly topShare: number;
  readonly min: number | null;
  readonly max: number | null;
}

export type SkewKind =
  | 'scale'
  | 'affine'
  | 'standardized'
  | 'partial_scale'
  | 'recoded'
  | 'disjoint_categories'
  | 'type_encoding'
  | 'swapped';

export interface SkewFinding {
  readonly feature: string;
  readonly comparison: Comparison;
  readonly source: string;
  readonly kind: SkewKind;
  /** Multiplicative factor current / baseline (scale, affine slope), null for categorical kinds. */
  readonly ratio: number | null;
  readonly offset: number | null;
  /** A unit factor the ratio matches within 2 % (12, 1000, 1.609…), null when none. */
  readonly knownFactor: number | null;
  /** `rows`: same rows matched by id; `quantiles`: distribution shapes only. */
  readonly evidence: 'rows' | 'quantiles' | 'values';
  readonly matchedRows: number | null;
  /** Share of matched rows that follow the map (rows evidence), or of quantiles (quantile evidence). */
  readonly fit: number;
  /** Categorical: share of current rows whose value occurs in the baseline. */
  readonly overlapRate: number | null;
  /** Categorical: the most common value pairs baseline → current. */
  readonly mapping: readonly (readonly [string, string])[];
  /** `swapped`: the other column of the pair (its drift is this finding's symptom too). */
  readonly partner?: string;
  readonly strength: number;
  readonly message: string;
}

export interface NoiseCounts {
  readonly n: number;
  readonly suspects: number;
  readonly rate: number;
}

export interface NoiseSegment {
  readonly column: string;
  readonly value: string;
  readonly nBase: number;
  readonly nCur: number;
  readonly rateBase: number;
  readonly rateCur: number;
  readonly rateOutBase: number;
  readonly rateOutCur: number;
  /** id-matched rows of the segment whose label changed while the prediction did not. */
  readonly changed: number;
  readonly changedOut: number;
  /**
   * Share of the anomaly the segment holds: of the contradicted label changes, or of the suspect
   * rows above what the baseline's rates predict (the larger of the two), in [0, 1].
   */
  readonly coverage: number;
  readonly pValue: number;
  readonly qValue: number;
}

export interface LabelNoiseResult {
  readonly source: string;
  /** Confident-learning suspects per run; null when the run has no probabilities. */
  readonly base: NoiseCounts | null;
  readonly cur: NoiseCounts | null;
  /** Per-class confidence thresholds of the current run (mean self-confidence). */
  readonly thresholds: number[];
  /** Rows matched by id between runs, and how their labels changed. */
  readonly matched: number;
  readonly labelsChanged: number;
  /** Label changed while the prediction stayed the same (the model did not move, the label did). */
  readonly changedPredSame: number;
  /** …and the model now contradicts the new label while it agreed with the old one. */
  readonly changedContradicted: number;
  readonly segment: NoiseSegment | null;
  readonly segments: NoiseSegment[];
  readonly conflicts: { readonly base: NoiseCounts | null; readonly cur: NoiseCounts };
  readonly conflictsFlagged: boolean;
  readonly conflictsStrength: number;
  readonly significant: boolean;
  readonly strength: number;
  readonly flagged: boolean;
}

export interface LeakageFinding {
  readonly kind: 'train_overlap' | 'feature_label';
  readonly source: string;
  /** The reference table (train_overlap) or null. */
  readonly reference: string | null;
  readonly feature: string | null;
  /** Overlap rate or single-feature AUC / |corr| in the baseline run. */
  readonly base: number | null;
  readonly cur: number;
  readonly n: number;
  readonly pValue: number;
  readonly significant: boolean;
  readonly strength: number;
  readonly message: string;
  readonly details: Readonly<Record<string, number | string | boolean | null>>;
}

export interface DataAnalysis {
  readonly source: string;
  readonly task: Task;
  readonly nBase: number | null;
  readonly nCur: number;
  /** Every drift comparison made (flagged or not), most severe first. */
  readonly drift: DriftResult[];
  readonly labelShift: ShiftResult[];
  readonly predictionShift: ShiftResult[];
  readonly columns: { readonly base: ColumnProfile[] | null; readonly cur: ColumnProfile[] };
  /** Quality problems found (only those). */
  readonly quality: QualityIssue[];
  readonly preprocessing: SkewFinding[];
  readonly labelNoise: LabelNoiseResult | null;
  readonly leakage: LeakageFinding[];
  /** Checks skipped and why (no baseline, no probabilities, …). */
  readonly notes: string[];
}

export interface DataInput {
  readonly base: EvalView | null;
  readonly cur: EvalView;
  readonly refBase: readonly Table[];
  readonly refCur: readonly Table[];
}

export interface DataOptions {
  /** Seed for the few subsampled computations (single-feature AUC on very large tables). */
  readonly seed: number;
  /** Minimum rows on each side for a segment to be tested. */
  readonly minSupport: number;
}
