/**
 * Plain-data results of the performance-evaluation analysis (baseline run vs current run on
 * their eval tables). Everything here is JSON-safe: undefined numbers are null, never NaN.
 */
import type { Task } from '../../artifacts/types.js';

export const METRIC_NAMES = [
  'accuracy',
  'precision',
  'recall',
  'f1',
  'f1_macro',
  'f1_weighted',
  'auc',
  'auc_ovr_macro',
  'average_precision',
  'log_loss',
  'brier',
  'ece',
  'rmse',
  'mae',
  'r2',
  'mean_error',
  'mape',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** Which way is better: `zero` means closer to 0 is better (mean_error, the bias of a regressor). */
export type Direction = 'higher' | 'lower' | 'zero';

export type Interval = [number, number];

export type ComparisonStatus = 'regressed' | 'improved' | 'unchanged' | 'new';

/** Options of `analyzePerformance`. */
export interface PerformanceOptions {
  /** Seed of every resampling (same seed, same inputs → identical output). */
  readonly seed: number;
  /** Bootstrap resamples (1000 by default in the config). */
  readonly resamples: number;
  /** Rows a segment needs in both runs before it is tested (30 by default). */
  readonly minSupport: number;
  /** Significance level: CIs are at 1 - alpha, BH runs at q = alpha. */
  readonly alpha: number;
}

/** One headline metric, baseline vs current. */
export interface MetricComparison {
  readonly name: MetricName;
  readonly direction: Direction;
  readonly baseline: number | null;
  readonly current: number | null;
  /** current - baseline. */
  readonly delta: number | null;
  /** Interval of the delta at 1 - alpha: percentile bootstrap, or normal from the delta-method standard error (see `test`). */
  readonly ci: Interval | null;
  /** Two-sided p-value of delta = 0 (bootstrap, or normal for the delta method). */
  readonly pValue: number | null;
  /** Exact McNemar p-value (accuracy on paired rows only). */
  readonly mcnemarP: number | null;
  /**
   * Benjamini–Hochberg q-value across the headline metrics of this table (for paired accuracy
   * from the larger of the bootstrap and McNemar p-values). Signals require q <= alpha.
   */
  readonly qValue: number | null;
  /** Delta-method intervals for large runs (see ANALYTIC_MIN_ROWS in compare.ts), else the row bootstrap. */
  readonly test: 'paired_bootstrap' | 'unpaired_bootstrap' | 'paired_delta_method' | 'unpaired_delta_method' | 'none';
  /** CI excludes 0 (and, for paired accuracy, McNemar p < alpha). */
  readonly significant: boolean;
  readonly status: ComparisonStatus;
}

/** How a segment or slice test was done; analytic where it loses no exactness (see segment-tests.ts). */
export type SegmentTest =
  | 'mcnemar_exact'
  | 'fisher_exact'
  | 'delong_paired'
  | 'delong_unpaired'
  | 'paired_t'
  | 'welch_t'
  | 'weighted_z'
  | 'wilcoxon_signed_rank'
  | 'mann_whitney_u'
  | 'partial_paired';

/** One slice condition: column = value (value is a category or a bin label `[lo, hi)`). */
export interface Condition {
  readonly column: string;
  readonly value: string;
}

/** MAE of a regression segment in each run and its change (rank-segments.ts). */
export interface MaeChange {
  readonly base: number;
  readonly cur: number;
  /** cur - base: positive = worse. */
  readonly delta: number;
  /** Normal interval of the change at 1 - alpha. */
  readonly ci: Interval | null;
}

/** A metric compared inside one segment (BH across all segment tests). */
export interface SegmentResult {
  readonly column: string;
  readonly value: string;
  /** `category` for string columns, `bin` for numeric features cut into baseline quantiles. */
  readonly kind: 'category' | 'bin';
  readonly metric: MetricName;
  readonly nBase: number;
  readonly nCurrent: number;
  readonly baseline: number;
  readonly current: number;
  readonly delta: number;
  readonly ci: Interval | null;
  readonly pValue: number;
  readonly qValue: number;
  /** BH-adjusted: qValue <= alpha. */
  readonly significant: boolean;
  readonly worse: boolean;
  readonly test: SegmentTest;
  /**
   * This segment's part of the overall change of the primary metric (n_seg × delta_seg / N,
   * on the accuracy scale for classification and the MSE scale for regression), positive = worse.
   */
  readonly dropMass: number;
  /** dropMass / overall drop, when the primary metric dropped overall; else null. */
  readonly shareOfDrop: number | null;
  /**
   * Regression segments tested by rank (unweighted rows): the MAE change beside the RMSE one.
   * `pValue`, `test` and `worse` then come from the rank test on absolute errors, not RMSE.
   */
  readonly mae?: MaeChange;
  /** Classification: the confusion cells of this segment's rows in each run (segment-confusion.ts); set on the segments that can become signals. */
  readonly confusion?: ConfusionCells;
}

/** A discovered slice (one or two conditions) in the set that explains the regression. */
export interface SliceResult {
  readonly conditions: readonly Condition[];
  readonly metric: MetricName;
  readonly nBase: number;
  readonly nCurrent: number;
  readonly baseline: number;
  readonly current: number;
  readonly delta: number;
  readonly ci: Interval | null;
  readonly pValue: number;
  /** BH across all one- and two-condition slice candidates. */
  readonly qValue: number;
  readonly test: SegmentTest;
  readonly dropMass: number;
  readonly shareOfDrop: number | null;
  /** The part of the drop this slice adds beyond the slices ranked before it. */
  readonly marginalShare: number | null;
  /** Classification: the confusion cells of the slice's rows in each run (segment-confusion.ts). */
  readonly confusion?: ConfusionCells;
}

export interface SliceDiscovery {
  readonly metric: MetricName;
  /** Overall drop of the primary metric (positive = worse), on the scale of dropMass. */
  readonly overallDrop: number;
  readonly slices: readonly SliceResult[];
  /** Share of the overall drop explained by the union of the slices (null without an overall drop). */
  readonly explainedShare: number | null;
  readonly candidatesTested: number;
}

export interface ConfusionChange {
  readonly trueClass: string;
  readonly predictedClass: string;
  readonly baseCount: number;
  readonly currentCount: number;
  /** Share of all rows, current - baseline. */
  readonly deltaShare: number;
  /** Share of the true class's rows predicted as `predictedClass`, baseline and current. */
  readonly baseRate: number | null;
  readonly currentRate: number | null;
}

export interface ClassErrorRate {
  readonly cls: string;
  readonly nBase: number;
  readonly nCurrent: number;
  /** 1 - recall of the class. */
  readonly baseline: number | null;
  readonly current: number | null;
  readonly delta: number | null;
}

export interface ErrorAnalysis {
  readonly classes: readonly string[];
  /** Weighted confusion matrices, rows = true class, columns = predicted class. */
  readonly baseConfusion: readonly (readonly number[])[] | null;
  readonly currentConfusion: readonly (readonly number[])[];
  /** Off-diagonal cells whose share of rows grew most, largest first. */
  readonly confusedMore: readonly ConfusionChange[];
  readonly errorRateByClass: readonly ClassErrorRate[];
}

/**
 * Weighted confusion counts of one set of rows (the whole table, a segment or a slice) in each
 * run: k × k, row-major, rows = true class, columns = predicted class, over the analysis's class
 * list (binary: index 1 is the positive class). With the sums of squared weights, which give the
 * Kish effective sample size (Σw)² / Σw² of weighted rows (equal to the row count when unweighted).
 */
export interface ConfusionCells {
  readonly k: number;
  readonly base: readonly number[];
  readonly current: readonly number[];
  readonly baseWeightSquares: number;
  readonly currentWeightSquares: number;
}

export interface ResidualSummary {
  readonly meanError: number;
  readonly absErrorP50: number;
  readonly absErrorP90: number;
  readonly absErrorP99: number;
}

export interface RegressionErrors {
  readonly baseline: ResidualSummary | null;
  readonly current: ResidualSummary;
}

export interface ReliabilityBin {
  readonly lo: number;
  readonly hi: number;
  readonly weight: number;
  readonly meanScore: number;
  readonly fracPositive: number;
}

export interface CalibrationSummary {
  /** 15 equal-width bins, sklearn calibration_curve edges. */
  readonly ece: number;
  /** 15 equal-mass bins. */
  readonly eceAdaptive: number;
  readonly mce: number;
  readonly brier: number;
  /**
   * ECE a perfectly calibrated model would still show on these rows (finite-sample bias of the
   * binned estimator): sqrt(2/π) · Σ_bins sqrt(Σ w²·p(1−p)) / Σw. Small eval sets have a larger
   * floor, so ECEs of runs of different sizes are compared net of it.
   */
  readonly eceFloor: number;
  readonly bins: readonly ReliabilityBin[];
}

export interface CalibrationAnalysis {
  /** `positive_class` for binary (score of classes[1]), `top_label` for multiclass. */
  readonly kind: 'positive_class' | 'top_label';
  readonly baseline: CalibrationSummary | null;
  readonly current: CalibrationSummary;
  readonly ece: MetricComparison | null;
  readonly brier: MetricComparison | null;
}

export interface GroupMetrics {
  readonly group: string;
  readonly n: number;
  readonly accuracy: number;
  /** Binary only. */
  readonly tpr: number | null;
  readonly fpr: number | null;
  readonly positiveRate: number | null;
}

export interface FairnessSnapshot {
  readonly groups: readonly GroupMetrics[];
  readonly maxAccuracyGap: number;
  readonly demographicParityDiff: number | null;
  readonly equalizedOddsDiff: number | null;
  /** Group with the lowest accuracy. */
  readonly worstGroup: string;
  readonly bestGroup: string;
}

/**
 * One group of a protected attribute tested on its own (see bias.ts): its accuracy change
 * against its own baseline, and that change against the change of every other row (the gap to
 * the rest). q-values are Benjamini–Hochberg across the groups of the attribute, per test.
 */
export interface GroupChangeTest {
  readonly group: string;
  readonly nBase: number;
  readonly nCurrent: number;
  readonly baseline: number;
  readonly current: number;
  /** current - baseline accuracy of the group. */
  readonly delta: number;
  readonly ci: Interval | null;
  readonly pValue: number;
  readonly qValue: number;
  readonly test: SegmentTest;
  /** Accuracy of every row outside the group, per run, and its change. */
  readonly restBaseline: number;
  readonly restCurrent: number;
  readonly restDelta: number;
  /** delta - restDelta: negative when the group lost more than the rest of the data. */
  readonly gapToRest: number;
  readonly gapCi: Interval | null;
  /** Two-sided z-test of gapToRest = 0 (the group and the rest are disjoint rows). */
  readonly gapPValue: number;
  readonly gapQValue: number;
  /** Worse against its own baseline and against the rest, both BH-significant. */
  readonly worsened: boolean;
}

export interface BiasResult {
  readonly column: string;
  readonly baseline: FairnessSnapshot | null;
  readonly current: FairnessSnapshot;
  /** Change of the max accuracy gap, current - baseline, with its bootstrap interval. */
  readonly gapDelta: number | null;
  readonly gapCi: Interval | null;
  readonly gapPValue: number | null;
  readonly demographicParityDelta: number | null;
  readonly equalizedOddsDelta: number | null;
  /** The accuracy gap grew and its interval excludes 0. */
  readonly gapGrewSignificantly: boolean;
  /** Per-group tests (empty without a baseline), in the attribute's group order. */
  readonly groupTests: readonly GroupChangeTest[];
  /** The worsened group with the largest loss against the rest, or null when none worsened. */
  readonly worstChange: GroupChangeTest | null;
}

export interface TrivialBaselines {
  /** Accuracy of always predicting the most frequent class. */
  readonly majorityAccuracy: number | null;
  readonly majorityClass: string | null;
  /** Log loss of predicting the class prior for every row. */
  readonly priorLogLoss: number | null;
  /** RMSE of predicting the mean target. */
  readonly meanRmse: number | null;
}

export interface PerformanceAnalysis {
  /** Eval table the analysis ran on (the current run's path). */
  readonly table: string;
  readonly task: Task;
  readonly classes: readonly string[];
  readonly hasBaseline: boolean;
  /** Rows matched by id and compared pairwise. */
  readonly paired: boolean;
  readonly nBase: number | null;
  readonly nCurrent: number;
  /** Rows dropped for a missing label / prediction / score or a bad weight, per run. */
  readonly droppedBase: number;
  readonly droppedCurrent: number;
  readonly notes: readonly string[];
  readonly options: PerformanceOptions;
  readonly metrics: readonly MetricComparison[];
  readonly regressed: readonly MetricName[];
  readonly improved: readonly MetricName[];
  readonly segments: readonly SegmentResult[];
  readonly slices: SliceDiscovery | null;
  readonly errors: ErrorAnalysis | null;
  /** Classification with a baseline: the whole table's confusion cells per run (from `errors`, or the summaries' cells). */
  readonly confusion?: ConfusionCells | null;
  readonly regressionErrors: RegressionErrors | null;
  readonly calibration: CalibrationAnalysis | null;
  readonly bias: readonly BiasResult[];
  readonly trivialBaseline: TrivialBaselines | null;
  readonly trivialCurrent: TrivialBaselines;
}
