/**
 * report.json, schemaVersion 1 (CONTRACT §5). Fields beyond the contract are optional
 * extensions (characterization, hypotheses, explainedBy); nothing in the contract is renamed.
 */
import type { Area, Category, Evidence, SegmentRef } from '../analysis/signals.js';
import type { AgentSection } from '../llm/types.js';

export type Severity = 'critical' | 'major' | 'minor' | 'info';
export type Verdict = 'pass' | 'warn' | 'fail';

export interface Finding {
  id: string;
  category: Category;
  severity: Severity;
  area: Area;
  title: string;
  metric?: string;
  feature?: string;
  segment?: SegmentRef;
  evidence: Evidence[];
  rootCause: string;
  fix: string;
  verification: string;
  prevention: string;
  /** Extension: id of the finding that explains this one (a symptom points to its cause). */
  explainedBy?: string;
  /**
   * Extension (issue 12): what the diagnosis reads this finding as — a `cause` (why the model
   * got worse) or a `symptom` (what got worse: a regression, moved scores, a calibration change
   * that follows from the ranking), so readers need not infer it from the category.
   */
  role?: 'cause' | 'symptom';
  /** Extension (issue 10): the share of the headline regression this finding accounts for, measured from the rows. */
  attribution?: { share: number; lo: number; hi: number; metric: string | null };
}

export interface MetricRow {
  name: string;
  baseline: number | null;
  current: number | null;
  delta: number | null;
  direction: 'higher' | 'lower';
  status: 'regressed' | 'improved' | 'unchanged' | 'new' | 'removed';
  /** Interval of the change, computed from the eval rows (`rows`), not from the metrics file. */
  ci?: [number, number];
  significant?: boolean;
  /**
   * Extension (issue 12): the values the interval belongs to — the metric computed from the eval
   * table's rows. `baseline`/`current`/`delta` above stay the metrics file's (CONTRACT §5);
   * report.md shows these beside `ci`, and the file's numbers in their own column where they differ.
   */
  rows?: { table: string; baseline: number; current: number; delta: number };
}

export interface ParamRow {
  key: string;
  baseline: string | number | boolean | null;
  current: string | number | boolean | null;
}

export interface SegmentRow {
  table: string;
  column: string;
  value: string;
  n: number;
  metric: string;
  baseline: number;
  current: number;
  delta: number;
  ci: [number, number];
  significant: boolean;
}

export interface Hypothesis {
  category: Category;
  status: 'supported' | 'ruled_out' | 'untested';
  evidence: string;
}

export interface Characterization {
  symptom: string;
  phase: 'training' | 'validation' | 'eval' | 'none';
  kind: 'data' | 'model' | 'training' | 'evaluation' | 'infrastructure' | 'none';
  severity: Severity | 'none';
  hypotheses: Hypothesis[];
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'ml-doctor'; version: string };
  verdict: Verdict;
  summary: string;
  baseline: { source: 'path' | 'artifact' | 'git' | 'none'; ref: string };
  current: { source: 'path' | 'artifact' | 'git'; ref: string };
  metrics: MetricRow[];
  params: ParamRow[];
  segments: SegmentRow[];
  findings: Finding[];
  characterization?: Characterization;
  /** Extension: what the charts and the drift table of report.md show (issue 12). */
  visuals?: Visuals;
  /** Present only when an LLM was asked for (CONTRACT §8); never affects anything else. */
  agent?: AgentSection;
}

/**
 * Extension (issue 12): the numbers behind the charts and the per-feature drift table of
 * report.md, read from the analysis by report/visuals.ts. Rounded to 6 significant digits and
 * ordered deterministically like the rest of report.json. Every name in here comes from an
 * artifact and is untrusted: renderers pass it through the escaper or mermaidText.
 */
export interface Visuals {
  /** One training log pair (the first that has a loss), base vs current. */
  learningCurves?: LearningCurves;
  /** Reliability of the positive-class score (binary) or the top label (multiclass). */
  reliability?: Reliability;
  /** The headline metric in the segments that lost most of it. */
  segmentDeltas?: SegmentDeltas;
  /** The most important drifted feature, inside its segment when the drift is located in one. */
  histogram?: FeatureHistogram;
  /** Every feature compared, drifted ones first. */
  drift?: DriftRow[];
}

export interface CurveSeries {
  /** Log column, e.g. `val_loss`. */
  name: string;
  /** [x, y] points as logged (non-finite y kept as null), at most MAX_CURVE_POINTS of them. */
  base: [number, number | null][] | null;
  current: [number, number | null][];
}

export interface LearningCurves {
  path: string;
  /** `epoch`, `step` or `row`. */
  xName: string;
  series: CurveSeries[];
}

export interface ReliabilityBinRow {
  lo: number;
  hi: number;
  /** Mean predicted probability and observed positive rate per run; null when the bin is empty there. */
  basePredicted: number | null;
  baseObserved: number | null;
  baseN: number;
  currentPredicted: number | null;
  currentObserved: number | null;
  currentN: number;
}

export interface Reliability {
  table: string;
  kind: 'positive_class' | 'top_label';
  baseEce: number | null;
  currentEce: number;
  bins: ReliabilityBinRow[];
}

export interface SegmentDeltaRow {
  column: string;
  value: string;
  n: number;
  baseline: number;
  current: number;
  delta: number;
  /** How much worse, in the metric's own units (positive = worse whatever its direction). */
  loss: number;
  significant: boolean;
}

export interface SegmentDeltas {
  table: string;
  metric: string;
  direction: 'higher' | 'lower' | 'zero';
  rows: SegmentDeltaRow[];
}

export interface HistogramBin {
  label: string;
  /** Share of the (segment's) rows in this bin, per run; missing values are not counted. */
  base: number;
  current: number;
}

export interface FeatureHistogram {
  table: string;
  feature: string;
  kind: 'number' | 'string';
  segment?: { column: string; value: string };
  nBase: number;
  nCurrent: number;
  bins: HistogramBin[];
}

export interface DriftRow {
  feature: string;
  /** Which samples were compared (see analysis/data/types.ts Comparison). */
  comparison: 'eval' | 'train_vs_eval' | 'reference';
  source: string;
  kind: 'number' | 'string';
  /** null when not computable (JSON has no NaN). */
  psi: number | null;
  /** `ks` for numeric features, `chi2` for categorical ones. */
  test: 'ks' | 'chi2';
  pValue: number | null;
  /** Share of missing values per run (eval comparisons), null when unknown. */
  missingBase: number | null;
  missingCurrent: number | null;
  drifted: boolean;
  /** Where the drift concentrates, when it does. */
  segment?: { column: string; value: string };
}
