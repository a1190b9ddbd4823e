/**
 * Entry point of the performance-evaluation analysis: baseline eval table vs current eval
 * table → headline metric comparisons, segments, discovered slices, error analysis,
 * calibration, bias and trivial baselines, as plain data. Pure and deterministic: every
 * resampling draws from streams derived from `opts.seed`.
 */
import type { EvalView } from '../../artifacts/types.js';
import { compareBias, currentBias, protectedColumnNames } from './bias.js';
import { summarizeCalibration } from './calibration.js';
import { compareHeadline, currentOnly } from './compare.js';
import { makeComparison, type Comparison, type PartialPairs } from './context.js';
import { analyzeErrors, residualSummary } from './errors.js';
import { makeKernel, metricNames } from './kernels.js';
import { releaseRuns } from './ranked.js';
import {
  buildClassRun,
  buildRegRun,
  capabilities,
  pairRows,
  partialAnalysisPairs,
  permute,
  releaseLossTerms,
  scoreOrder,
  unifyClasses,
  usableRows,
  type Capabilities,
  type ClassRun,
  type ClassSpace,
  type Run,
} from './prepare.js';
import { segmenterNames } from './segment-claims.js';
import { buildSegmenter, type RowSource, type Segmenter } from './segment-columns.js';
import { scanInputs, scanSegments, type ScanInputs } from './segments.js';
import { tableConfusion, withConfusion } from './segment-confusion.js';
import { discoverSlices } from './slices.js';
import { trivialBaselines } from './trivial.js';
import type {
  BiasResult,
  CalibrationAnalysis,
  CalibrationSummary,
  MetricComparison,
  MetricName,
  PerformanceAnalysis,
  PerformanceOptions,
} from './types.js';

/** Defaults the config layer starts from. */
export const DEFAULT_PERFORMANCE_OPTIONS: Omit<PerformanceOptions, 'seed'> = { resamples: 1000, minSupport: 30, alpha: 0.05 };

interface Prepared {
  readonly base: Run | null;
  readonly cur: Run;
  readonly paired: boolean;
  /** Analysis-row pairs of a partial id match (unpaired comparison), or null. */
  readonly partial: PartialPairs | null;
  readonly space: ClassSpace | null;
  readonly caps: Capabilities;
  readonly droppedBase: number;
  readonly droppedCurrent: number;
  readonly notes: string[];
  readonly src: RowSource;
}

/** The baseline is set aside (with a note) when it cannot be compared with the current run. */
function comparableBaseline(base: EvalView | null, cur: EvalView, notes: string[]): EvalView | null {
  if (!base) return null;
  if (base.task !== cur.task) {
    notes.push(`The task changed from ${base.task} to ${cur.task}; the current run is reported alone.`);
    return null;
  }
  if (!base.yPred) {
    notes.push(`The baseline table ${base.path} has no predictions or scores; the current run is reported alone.`);
    return null;
  }
  if (cur.task === 'binary') {
    const names = new Set([...base.classes, ...cur.classes]);
    if (names.size > 2) {
      notes.push(`The binary runs have different classes (${[...names].join(', ')}); the current run is reported alone.`);
      return null;
    }
  }
  return base;
}

function pairingNote(reason: 'no_ids' | 'duplicate_ids' | 'ids_differ', share: number): string {
  if (reason === 'no_ids') return 'No id column in both runs: rows were compared as independent samples (unpaired).';
  if (reason === 'duplicate_ids') return 'Ids repeat within a run: rows were compared as independent samples (unpaired).';
  return `Only ${(100 * share).toFixed(1)}% of rows match by id: the eval set itself changed, so runs were compared as independent samples (unpaired) and deltas mix model and data changes.`;
}

/**
 * The first part of prepare: which rows are analysed, in which order, paired or not. What the
 * segmenters need (`src`), so that they can be built elsewhere while the runs are (a worker
 * thread, analysis/analyze.ts); the runs themselves are built by buildRuns.
 */
export interface PreparedRows {
  readonly base: EvalView | null;
  readonly cur: EvalView;
  readonly analysisB: Int32Array | null;
  readonly analysisC: Int32Array;
  readonly paired: boolean;
  readonly partialView: { readonly base: Int32Array; readonly cur: Int32Array } | null;
  readonly space: ClassSpace | null;
  readonly caps: Capabilities;
  readonly droppedBase: number;
  readonly droppedCurrent: number;
  readonly notes: string[];
  readonly src: RowSource;
}

function prepareRows(baseIn: EvalView | null, cur: EvalView): PreparedRows {
  const notes: string[] = [];
  const base = comparableBaseline(baseIn, cur, notes);
  const space = cur.task === 'regression' ? null : unifyClasses(base, cur);
  const caps = capabilities(base, cur);
  if (caps.scores && !caps.probabilistic) notes.push('Scores fall outside [0, 1]: log loss, Brier and calibration were skipped.');
  const rowsC = usableRows(cur, caps);
  const rowsB = base ? usableRows(base, caps) : null;
  const droppedCurrent = cur.n - rowsC.length;
  const droppedBase = base && rowsB ? base.n - rowsB.length : 0;
  if (droppedCurrent > 0 || droppedBase > 0) {
    notes.push(`Rows without a usable label, prediction, score or weight were left out: ${droppedBase} baseline, ${droppedCurrent} current.`);
  }
  let analysisB = rowsB;
  let analysisC = rowsC;
  let paired = false;
  let partialView: { readonly base: Int32Array; readonly cur: Int32Array } | null = null;
  if (base && rowsB) {
    const p = pairRows(base, rowsB, cur, rowsC);
    if (p.paired) {
      paired = true;
      analysisB = p.base;
      analysisC = p.cur;
      if (p.unmatched > 0) notes.push(`${p.unmatched} rows without a partner id in the other run were left out of the paired comparison.`);
    } else {
      notes.push(pairingNote(p.reason, p.matchShare));
      partialView = p.partial;
      if (p.partial) {
        notes.push(`Segment and group tests compare the ${p.partial.base.length} id-matched rows paired and the other rows unpaired, the two p-values combined (Stouffer's weighted Z).`);
      }
    }
  }
  // Binary runs with scores: analysis rows in score order (see scoreOrder).
  if (space && base && analysisB && paired) {
    const perm = scoreOrder(base, analysisB, space, space.baseMap!);
    analysisB = permute(analysisB, perm);
    analysisC = permute(analysisC, perm);
  } else if (space) {
    if (base && analysisB) analysisB = permute(analysisB, scoreOrder(base, analysisB, space, space.baseMap!));
    analysisC = permute(analysisC, scoreOrder(cur, analysisC, space, space.curMap));
  }
  return {
    base,
    cur,
    analysisB,
    analysisC,
    paired,
    partialView,
    space,
    caps,
    droppedBase,
    droppedCurrent,
    notes,
    src: { base: base && analysisB ? { view: base, rows: analysisB } : null, cur: { view: cur, rows: analysisC }, paired },
  };
}

/** The second part of prepare: each run's labels, predictions, scores and score order. */
function buildRuns(r: PreparedRows): Prepared {
  const { base, cur, analysisB, analysisC, space, caps, partialView } = r;
  const build = (v: EvalView, rows: Int32Array, map: Int32Array | null, other: Run | null): Run =>
    space && map ? buildClassRun(v, rows, space, map, caps, other?.kind === 'class' ? other : null) : buildRegRun(v, rows);
  const runB = base && analysisB ? build(base, analysisB, space ? space.baseMap : null, null) : null;
  const runC = build(cur, analysisC, space ? space.curMap : null, runB);
  const partial = partialView && base && analysisB ? partialAnalysisPairs(partialView, analysisB, analysisC, base.n, cur.n) : null;
  return {
    base: runB,
    cur: runC,
    paired: r.paired,
    partial,
    space,
    caps,
    droppedBase: r.droppedBase,
    droppedCurrent: r.droppedCurrent,
    notes: r.notes,
    src: r.src,
  };
}

function calibrationRows(run: ClassRun): { conf: Float64Array; hit: Uint8Array; weight: Float64Array | null } | null {
  return run.conf && run.hit ? { conf: run.conf, hit: run.hit, weight: run.weighted ? run.w : null } : null;
}

function calibrationSummary(run: Run, brier: number): CalibrationSummary | null {
  if (run.kind !== 'class') return null;
  const rows = calibrationRows(run);
  if (!rows) return null;
  // Binary: confidence is the score, already sorted once for the rank metrics, its ties marked.
  const ranked = run.binary && run.ranked ? run.ranked[0]! : null;
  const known = ranked && run.bin ? { bin: run.bin, order: ranked.order, groupEnd: ranked.groupEnd } : null;
  return summarizeCalibration(rows, brier, known);
}

function calibration(p: Prepared, metrics: readonly MetricComparison[]): CalibrationAnalysis | null {
  const ece = metrics.find((m) => m.name === 'ece') ?? null;
  const brier = metrics.find((m) => m.name === 'brier') ?? null;
  if (!ece || !brier || brier.current === null) return null;
  const current = calibrationSummary(p.cur, brier.current);
  if (!current) return null;
  const baseline = p.base && brier.baseline !== null ? calibrationSummary(p.base, brier.baseline) : null;
  return {
    kind: p.cur.kind === 'class' && p.cur.binary ? 'positive_class' : 'top_label',
    baseline,
    current,
    ece: p.base ? ece : null,
    brier: p.base ? brier : null,
  };
}

/** The segmenters of every segment column and binned feature (segment-columns.ts). */
export function buildSegmenters(src: RowSource): Segmenter[] {
  const out: Segmenter[] = [];
  for (const name of segmenterNames(src)) {
    const seg = buildSegmenter(name, src);
    if (seg) out.push(seg);
  }
  return out;
}

function emptyAnalysis(cur: EvalView, opts: PerformanceOptions, note: string): PerformanceAnalysis {
  return {
    table: cur.path,
    task: cur.task,
    classes: cur.classes,
    hasBaseline: false,
    paired: false,
    nBase: null,
    nCurrent: 0,
    droppedBase: 0,
    droppedCurrent: cur.n,
    notes: [note],
    options: opts,
    metrics: [],
    regressed: [],
    improved: [],
    segments: [],
    slices: null,
    errors: null,
    regressionErrors: null,
    calibration: null,
    bias: [],
    trivialBaseline: null,
    trivialCurrent: { majorityAccuracy: null, majorityClass: null, priorLogLoss: null, meanRmse: null },
  };
}

function namesWith(metrics: readonly MetricComparison[], status: MetricComparison['status']): MetricName[] {
  return metrics.filter((m) => m.status === status).map((m) => m.name);
}

/**
 * The headline metrics, compared or current-only. The kernels (tens of MB per run at 10^6 rows)
 * are released before the segment analyses allocate theirs.
 */
function headlineMetrics(p: Prepared, hasBase: boolean, opts: PerformanceOptions): MetricComparison[] {
  const names = metricNames(hasBase ? [p.base!, p.cur] : [p.cur]);
  const curKernel = makeKernel(p.cur, names);
  if (!hasBase) {
    const metrics = currentOnly(curKernel);
    curKernel.release();
    releaseLossTerms(p.cur);
    return metrics;
  }
  const baseKernel = makeKernel(p.base!, names);
  const metrics = compareHeadline({ base: p.base!, cur: p.cur, baseKernel, curKernel, paired: p.paired }, opts);
  // Their memory now, not at the collector's next turn: the segment analyses allocate next (decision 0032).
  baseKernel.release();
  curKernel.release();
  releaseLossTerms(p.base!);
  releaseLossTerms(p.cur);
  return metrics;
}

/**
 * The performance stage in three steps, so that the segmenters can be built on another core while
 * the runs and headline metrics are computed here (analysis/analyze.ts, decision 0021):
 * startPerformance (rows) → headlinePerformance (runs, headline metrics) → finishPerformance
 * (given the segmenters of `segmentSource`). analyzePerformance runs them in turn.
 */
export type PerformanceStart =
  | { readonly done: PerformanceAnalysis }
  | { readonly done: null; readonly rows: PreparedRows; readonly opts: PerformanceOptions };

export interface PerformanceHeadline {
  readonly p: Prepared;
  readonly metrics: MetricComparison[];
  readonly opts: PerformanceOptions;
}

export function startPerformance(base: EvalView | null, cur: EvalView, opts: PerformanceOptions): PerformanceStart {
  if (!cur.yPred) return { done: emptyAnalysis(cur, opts, `${cur.path} has no prediction or score column: no performance metric can be computed.`) };
  const rows = prepareRows(base, cur);
  if (rows.analysisC.length === 0) return { done: emptyAnalysis(cur, opts, `${cur.path} has no row with a usable label and prediction.`) };
  return { done: null, rows, opts };
}

/** The rows the segmenters label, or null when there is no baseline to compare segments with. */
export function segmentSource(rows: PreparedRows): RowSource | null {
  return rows.base && rows.analysisB && rows.analysisB.length > 0 ? rows.src : null;
}

/** The runs and headline metrics. */
export function headlinePerformance(start: { readonly rows: PreparedRows; readonly opts: PerformanceOptions }): PerformanceHeadline {
  const p = buildRuns(start.rows);
  const hasBase = p.base !== null && p.base.n > 0;
  if (p.base && p.base.n === 0) p.notes.push('The baseline has no usable row; the current run is reported alone.');
  return { p, metrics: headlineMetrics(p, hasBase, start.opts), opts: start.opts };
}

/**
 * Compares the current run's eval table with the baseline's (or describes the current run alone
 * when `base` is null or not comparable).
 */
export function analyzePerformance(base: EvalView | null, cur: EvalView, opts: PerformanceOptions): PerformanceAnalysis {
  const start = startPerformance(base, cur, opts);
  if (start.done) return start.done;
  const src = segmentSource(start.rows);
  const headline = headlinePerformance(start);
  return finishPerformance(headline, src ? buildSegmenters(src) : []);
}

/**
 * What finishPerformance computes that no segmenter enters: the comparison and the segment scan's
 * inputs, the error analysis, calibration and trivial baselines. The review's thread makes it
 * before it takes the segmenters over from the data worker (analysis/analyze.ts, decision 0044),
 * so that the worker builds more of them meanwhile. The same values either way: nothing here
 * reads what the scan writes, or the other way round.
 */
export interface PerformanceMiddle {
  readonly h: PerformanceHeadline;
  readonly comparison: Comparison | null;
  readonly scan: ScanInputs | null;
  readonly errors: PerformanceAnalysis['errors'];
  readonly calibration: PerformanceAnalysis['calibration'];
  readonly trivialBaseline: PerformanceAnalysis['trivialBaseline'];
  readonly trivialCurrent: PerformanceAnalysis['trivialCurrent'];
}

export function middlePerformance(h: PerformanceHeadline): PerformanceMiddle {
  const { p, metrics, opts } = h;
  const hasBase = p.base !== null && p.base.n > 0;
  const classes = runClasses(p);
  const comparison: Comparison | null = hasBase ? makeComparison(p.base!, p.cur, p.paired, opts, p.partial) : null;
  return {
    h,
    comparison,
    scan: comparison ? scanInputs(comparison) : null,
    errors: p.cur.kind === 'class' ? analyzeErrors(hasBase && p.base!.kind === 'class' ? p.base : null, p.cur, classes) : null,
    calibration: calibration(p, metrics),
    trivialBaseline: hasBase ? trivialBaselines(p.base!, classes) : null,
    trivialCurrent: trivialBaselines(p.cur, classes),
  };
}

function runClasses(p: Prepared): string[] {
  return p.space ? p.space.classes.slice(0, p.cur.kind === 'class' ? p.cur.k : 0) : [];
}

/**
 * The rest of the stage, given buildSegmenters(segmentSource(rows)) (empty when that is null),
 * after the headline metrics or after middlePerformance.
 */
export function finishPerformance(from: PerformanceHeadline | PerformanceMiddle, segs: Segmenter[]): PerformanceAnalysis {
  const mid = 'scan' in from ? from : middlePerformance(from);
  const { p, metrics, opts } = mid.h;
  const { comparison, errors } = mid;
  const hasBase = p.base !== null && p.base.n > 0;
  const cur = p.src.cur.view;
  const classes = runClasses(p);
  const scan = comparison ? scanSegments(comparison, segs, mid.scan ?? undefined) : null;
  // The rankings' runs the score kernels kept for the scan (keepRuns): given back here when the
  // scan had no use for them (no baseline, weighted runs).
  for (const run of [p.base, p.cur]) if (run?.kind === 'class') for (const r of run.ranked ?? []) releaseRuns(r);
  const slices = comparison && scan ? discoverSlices(comparison, segs, scan.moments) : null;
  // The confusion cells behind the segments and slices that can become findings.
  const cells = comparison && scan ? withConfusion(comparison, segs, scan.results, slices, scan.cells) : null;

  let bias: BiasResult[] = [];
  if (p.cur.kind === 'class') {
    const columns = protectedColumnNames(cur);
    bias = comparison ? compareBias(comparison, p.src, columns) : currentBias(p.cur, p.src, columns, opts);
  }
  return {
    table: cur.path,
    task: cur.task,
    classes,
    hasBaseline: hasBase,
    paired: hasBase && p.paired,
    nBase: hasBase ? p.base!.n : null,
    nCurrent: p.cur.n,
    droppedBase: p.droppedBase,
    droppedCurrent: p.droppedCurrent,
    notes: p.notes,
    options: opts,
    metrics,
    regressed: namesWith(metrics, 'regressed'),
    improved: namesWith(metrics, 'improved'),
    segments: cells ? cells.results : [],
    slices: cells ? cells.slices : slices,
    errors,
    confusion: errors && hasBase && p.base!.kind === 'class' && p.cur.kind === 'class' ? tableConfusion(errors, p.base, p.cur) : null,
    regressionErrors:
      p.cur.kind === 'reg' ? { baseline: hasBase && p.base!.kind === 'reg' ? residualSummary(p.base) : null, current: residualSummary(p.cur) } : null,
    calibration: mid.calibration,
    bias,
    trivialBaseline: mid.trivialBaseline,
    trivialCurrent: mid.trivialCurrent,
  };
}
