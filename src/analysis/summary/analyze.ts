/**
 * Baseline summary vs current summary → the same PerformanceAnalysis and DataAnalysis shapes the
 * row path produces, so `performanceSignals` / `dataSignals`, the diagnosis and the report are
 * shared. What the aggregates allow (docs/summary.md):
 * - headline metrics with analytic intervals: accuracy, precision, recall and F1 from the
 *   confusion cells (binomial / delta-method variances), AUC from the score histogram (DeLong
 *   placements of the bins; its discretization error is stated in the notes), RMSE, MAE and mean
 *   error from the error sums (delta method), R² as a point value;
 * - per-segment tests of the primary metric from the cells (Fisher's exact test on accuracy,
 *   Welch's t on squared errors: segment-tests.ts, fed with moments built from the sums);
 * - feature drift (PSI exact, KS bracketed: sketch.ts), label shift, prediction shift.
 * Summaries are always compared unpaired: the rows' ids are not in them.
 */
import type { Cell, BinaryCell, RegressionCell, Sketch, Summary } from '../../artifacts/summary.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import { createRng } from '../stats/rng.js';
import { deriveSeed } from '../stats/bootstrap.js';
import { METRIC_INFO } from '../performance/metric-defs.js';
import { statusOf } from '../performance/compare.js';
import { normalQuantile, normalTwoSidedP } from '../performance/special.js';
import { CUR, deltaStandardError, M, N_ROWS, primaryTest, Q0, Q1, Q2, S0, S1, type TestSetup } from '../performance/segment-tests.js';
import { MIN_MARGINAL_SHARE } from '../performance/slices.js';
import type { ConfusionCells, MetricComparison, MetricName, PerformanceAnalysis, PerformanceOptions, SegmentResult, SliceDiscovery, SliceResult, TrivialBaselines } from '../performance/types.js';
import type { CategoryMove, DataAnalysis, DriftResult, ShiftResult } from '../data/types.js';
import { compareCategorical, decide as decideDrift, type Pending as PendingDrift } from '../data/drift.js';
import { decide as decideShift, PREDICTION_CAP, PREDICTION_FACTOR, type PendingShift } from '../data/shift.js';
import { compareSketches, sameEdges } from './sketch.js';
import { MISSING_LABEL } from '../performance/segment-columns.js';

/** Point value and variance of one run's metric (variance null: no interval from aggregates). */
interface Estimate {
  readonly value: number;
  readonly variance: number | null;
}

const isBinary = (c: Cell): c is BinaryCell => 'tp' in c;

/** Accuracy, precision, recall, F1 with binomial / delta-method variances of a multinomial of the four cells. */
function confusionMetrics(c: BinaryCell): Partial<Record<MetricName, Estimate>> {
  const out: Partial<Record<MetricName, Estimate>> = {};
  const n = c.n;
  if (n === 0) return out;
  const acc = (c.tp + c.tn) / n;
  out.accuracy = { value: acc, variance: (acc * (1 - acc)) / n };
  if (c.tp + c.fp > 0) {
    const p = c.tp / (c.tp + c.fp);
    out.precision = { value: p, variance: (p * (1 - p)) / (c.tp + c.fp) };
  }
  if (c.tp + c.fn > 0) {
    const r = c.tp / (c.tp + c.fn);
    out.recall = { value: r, variance: (r * (1 - r)) / (c.tp + c.fn) };
  }
  const d = 2 * c.tp + c.fp + c.fn;
  if (d > 0) {
    // F1 = 2a / (2a + b + c) over cell shares; influence of a tp row 2(b+c)/D², of an fp/fn row −2a/D², of a tn row 0.
    const a = c.tp / n;
    const D = d / n;
    const lTp = (2 * (c.fp / n + c.fn / n)) / (D * D);
    const lErr = (-2 * a) / (D * D);
    const mean = a * lTp + ((c.fp + c.fn) / n) * lErr;
    const second = a * lTp * lTp + ((c.fp + c.fn) / n) * lErr * lErr;
    out.f1 = { value: (2 * c.tp) / d, variance: Math.max(0, second - mean * mean) / n };
  }
  return out;
}

/** AUC from the score histogram with its DeLong variance (placements per bin, ties within a bin at ½) and discretization bound. */
export function histogramAuc(pos: readonly number[], neg: readonly number[]): { auc: number; variance: number; bound: number } | null {
  let P = 0;
  let N = 0;
  for (let b = 0; b < pos.length; b++) {
    P += pos[b]!;
    N += neg[b]!;
  }
  if (P === 0 || N === 0) return null;
  let negBelow = 0;
  let s = 0;
  let tied = 0;
  const v10 = new Float64Array(pos.length);
  for (let b = 0; b < pos.length; b++) {
    v10[b] = (negBelow + 0.5 * neg[b]!) / N;
    s += pos[b]! * v10[b]!;
    tied += pos[b]! * neg[b]!;
    negBelow += neg[b]!;
  }
  const auc = s / P;
  let posAbove = 0;
  let s10 = 0;
  let s01 = 0;
  for (let b = pos.length - 1; b >= 0; b--) {
    const v01 = (posAbove + 0.5 * pos[b]!) / P;
    s01 += neg[b]! * (v01 - auc) ** 2;
    s10 += pos[b]! * (v10[b]! - auc) ** 2;
    posAbove += pos[b]!;
  }
  const variance = (P > 1 ? s10 / (P - 1) / P : 0) + (N > 1 ? s01 / (N - 1) / N : 0);
  return { auc, variance, bound: (0.5 * tied) / (P * N) };
}

/** RMSE, MAE, mean error (delta method from Σe, Σe², Σ|e|, Σe⁴) and R² (point value). */
function regressionMetrics(c: RegressionCell): Partial<Record<MetricName, Estimate>> {
  const n = c.n;
  if (n === 0) return {};
  const mse = c.sum_sq_err / n;
  const mae = c.sum_abs_err / n;
  const me = c.sum_err / n;
  const varMse = Math.max(0, c.sum_err4 / n - mse * mse) / n;
  const rmse = Math.sqrt(mse);
  const out: Partial<Record<MetricName, Estimate>> = {
    rmse: { value: rmse, variance: rmse > 0 ? varMse / (4 * mse) : 0 },
    mae: { value: mae, variance: Math.max(0, mse - mae * mae) / n },
    mean_error: { value: me, variance: Math.max(0, mse - me * me) / n },
  };
  const sst = c.sum_y2 - (c.sum_y * c.sum_y) / n;
  if (sst > 0) out.r2 = { value: 1 - c.sum_sq_err / sst, variance: null };
  return out;
}

function estimates(s: Summary): { values: Partial<Record<MetricName, Estimate>>; aucBound: number | null } {
  if (isBinary(s.overall)) {
    const values = confusionMetrics(s.overall);
    const h = s.score_hist ? histogramAuc(s.score_hist.pos, s.score_hist.neg) : null;
    if (h) values.auc = { value: h.auc, variance: h.variance };
    return { values, aucBound: h ? h.bound : null };
  }
  return { values: regressionMetrics(s.overall), aucBound: null };
}

function headline(base: Summary, cur: Summary, opts: PerformanceOptions, notes: string[]): MetricComparison[] {
  const b = estimates(base);
  const c = estimates(cur);
  if (b.aucBound !== null && c.aucBound !== null) {
    notes.push(`AUC from ${1000}-bin score histograms: within ${fmtBound(b.aucBound)} (baseline) and ${fmtBound(c.aucBound)} (current) of the rows' AUC (pairs sharing a bin counted ½).`);
  }
  const names = (Object.keys(c.values) as MetricName[]).filter((k) => b.values[k] !== undefined);
  const z = normalQuantile(1 - opts.alpha / 2);
  const rows = names.map((name) => {
    const eb = b.values[name]!;
    const ec = c.values[name]!;
    const delta = ec.value - eb.value;
    const se = eb.variance !== null && ec.variance !== null ? Math.sqrt(eb.variance + ec.variance) : null;
    const p = se === null ? null : se > 0 ? normalTwoSidedP(delta / se) : delta === 0 ? 1 : 0;
    const ci: [number, number] | null = se === null ? null : [delta - z * se, delta + z * se];
    return { name, eb, ec, delta, p, ci };
  });
  const tested = rows.filter((r) => r.p !== null);
  const q = benjaminiHochberg(tested.map((r) => r.p!));
  return rows.map((r) => {
    const significant = r.ci !== null && (r.ci[0] > 0 || r.ci[1] < 0);
    const qi = tested.indexOf(r);
    return {
      name: r.name,
      direction: METRIC_INFO[r.name].direction,
      baseline: r.eb.value,
      current: r.ec.value,
      delta: r.delta,
      ci: r.ci,
      pValue: r.p,
      mcnemarP: null,
      qValue: qi >= 0 ? q[qi]! : null,
      test: r.ci ? 'unpaired_delta_method' : 'none',
      significant,
      status: statusOf(r.name, r.eb.value, r.ec.value, significant),
    };
  });
}

function fmtBound(x: number): string {
  return x === 0 ? '0' : x.toExponential(1);
}

/** Moments of one cell for segment-tests.ts: x = correctness (classification) or squared error (regression). */
function putMoments(m: Float64Array, block: 0 | typeof CUR, c: Cell): void {
  const n = c.n;
  const s1 = isBinary(c) ? c.tp + c.tn : c.sum_sq_err;
  const s2 = isBinary(c) ? s1 : c.sum_err4;
  m[block + N_ROWS] = n;
  m[block + S0] = n;
  m[block + S1] = s1;
  m[block + Q0] = n;
  m[block + Q1] = s1;
  m[block + Q2] = s2;
}

/** The mean of the primary value (accuracy or MSE) of a cell. */
function primaryMean(c: Cell): number {
  return isBinary(c) ? (c.tp + c.tn) / c.n : c.sum_sq_err / c.n;
}

interface Group {
  readonly column: string;
  readonly value: string;
  readonly kind: 'category' | 'bin';
  readonly base: Cell;
  readonly cur: Cell;
}

function sumCells(cells: readonly Cell[], from: number, to: number, task: Summary['task']): Cell {
  if (task === 'binary') {
    const o = { n: 0, tp: 0, fp: 0, fn: 0, tn: 0 };
    for (let b = from; b < to; b++) {
      const c = cells[b] as BinaryCell;
      o.n += c.n;
      o.tp += c.tp;
      o.fp += c.fp;
      o.fn += c.fn;
      o.tn += c.tn;
    }
    return o;
  }
  const o = { n: 0, sum_err: 0, sum_sq_err: 0, sum_abs_err: 0, sum_err4: 0, sum_y: 0, sum_y2: 0 };
  for (let b = from; b < to; b++) {
    const c = cells[b] as RegressionCell;
    o.n += c.n;
    o.sum_err += c.sum_err;
    o.sum_sq_err += c.sum_sq_err;
    o.sum_abs_err += c.sum_abs_err;
    o.sum_err4 += c.sum_err4;
    o.sum_y += c.sum_y;
    o.sum_y2 += c.sum_y2;
  }
  return o;
}

const QUINTILE_LEVELS = [0.2, 0.4, 0.6, 0.8];

function short(x: number): string {
  return String(Number(x.toPrecision(4)));
}

/**
 * Numeric segments: the baseline's quintiles, taken at sketch edges (the first edge whose
 * baseline CDF reaches 0.2, 0.4, …), each a union of sketch bins `(lo, hi]` — the row path cuts
 * at interpolated quintiles instead, so bins and labels differ by less than one sketch bin.
 */
function numericGroups(b: Sketch, c: Sketch, task: Summary['task']): Group[] {
  if (!b.cells || !c.cells) return [];
  const n = b.counts.reduce((x, y) => x + y, 0);
  if (n === 0) return [];
  const cuts: number[] = [];
  let cum = 0;
  let level = 0;
  for (let k = 0; k < b.edges.length && level < QUINTILE_LEVELS.length; k++) {
    cum += b.counts[k]!;
    if (cum / n >= QUINTILE_LEVELS[level]!) {
      cuts.push(k + 1);
      while (level < QUINTILE_LEVELS.length && cum / n >= QUINTILE_LEVELS[level]!) level++;
    }
  }
  const bounds = [0, ...cuts.filter((k) => k < b.counts.length), b.counts.length];
  const lo = Math.min(b.min ?? Infinity, c.min ?? Infinity);
  const hi = Math.max(b.max ?? -Infinity, c.max ?? -Infinity);
  const out: Group[] = [];
  for (let g = 0; g + 1 < bounds.length; g++) {
    const from = bounds[g]!;
    const to = bounds[g + 1]!;
    const left = from === 0 ? `[${short(lo)}` : `(${short(b.edges[from - 1]!)}`;
    const right = to === b.counts.length ? `${short(hi)}]` : `${short(b.edges[to - 1]!)}]`;
    out.push({ column: b.column, value: `${left}, ${right}`, kind: 'bin', base: sumCells(b.cells, from, to, task), cur: sumCells(c.cells, from, to, task) });
  }
  return out.length >= 2 ? out : [];
}

function segmentResults(base: Summary, cur: Summary, opts: PerformanceOptions, overallDrop: number): (SegmentResult & { moments: Float64Array })[] {
  const task = cur.task;
  const groups: Group[] = [];
  for (const cc of cur.categories) {
    const bc = base.categories.find((x) => x.column === cc.column);
    if (!bc || !cc.segment) continue;
    const values = [...new Set([...bc.values.map((v) => v.value), ...cc.values.map((v) => v.value)])];
    if (values.length < 2) continue;
    for (const value of values) {
      const b = bc.values.find((v) => v.value === value)?.cell;
      const c = cc.values.find((v) => v.value === value)?.cell;
      if (b && c) groups.push({ column: cc.column, value, kind: 'category', base: b, cur: c });
    }
  }
  const categorical = new Set(cur.categories.filter((c) => c.segment).map((c) => c.column));
  for (const cs of cur.sketches) {
    if (cs.role !== 'feature' || categorical.has(cs.column)) continue;
    const bs = base.sketches.find((x) => x.column === cs.column && x.role === 'feature');
    if (bs && sameEdges(bs, cs)) groups.push(...numericGroups(bs, cs, task));
  }
  const setup: TestSetup = { kind: task === 'binary' ? 'class' : 'reg', paired: false, weighted: false };
  const nCur = cur.overall.n;
  const pending: (Omit<SegmentResult, 'qValue' | 'significant'> & { moments: Float64Array })[] = [];
  for (const g of groups) {
    if (Math.min(g.base.n, g.cur.n) < Math.max(1, opts.minSupport) || g.value === MISSING_LABEL) continue;
    const m = new Float64Array(M);
    putMoments(m, 0, g.base);
    putMoments(m, CUR, g.cur);
    const interval = { rng: createRng(deriveSeed(opts.seed, `segment:${g.column}=${g.value}:${setup.kind === 'class' ? 'accuracy' : 'rmse'}`)), resamples: opts.resamples, level: 1 - opts.alpha };
    const t = primaryTest(m, 0, setup, interval);
    if (!t) continue;
    const worsening = setup.kind === 'class' ? t.meanBase - t.meanCur : t.meanCur - t.meanBase;
    const mass = (g.cur.n / nCur) * worsening;
    pending.push({
      column: g.column,
      value: g.value,
      kind: g.kind,
      metric: setup.kind === 'class' ? 'accuracy' : 'rmse',
      nBase: g.base.n,
      nCurrent: g.cur.n,
      baseline: t.base,
      current: t.cur,
      delta: t.delta,
      ci: t.ci,
      pValue: t.p,
      worse: setup.kind === 'class' ? t.delta < 0 : t.delta > 0,
      test: t.test,
      dropMass: mass,
      shareOfDrop: overallDrop > 0 ? mass / overallDrop : null,
      ...(isBinary(g.base) && isBinary(g.cur) ? { confusion: summaryCells(g.base, g.cur) } : {}),
      moments: m,
    });
  }
  const q = benjaminiHochberg(pending.map((p) => p.pValue));
  return pending.map((p, i) => ({ ...p, qValue: q[i]!, significant: q[i]! <= opts.alpha }));
}

/**
 * The first step of the row path's slice discovery (performance/slices.ts), which aggregates
 * allow: among the significant, worsened one-condition slices carrying more than
 * MIN_MARGINAL_SHARE of the drop, those whose drop mass is within one standard error of the
 * largest, and of these the one whose change is most concentrated (between-group sum of squares
 * against the rest of the rows). Further steps measure what a slice adds beyond the rows already
 * explained, which needs the joint distribution of two columns: a summary does not hold it, so
 * the other segments are reported as segments.
 */
function firstSlice(segments: readonly (SegmentResult & { moments: Float64Array })[], base: Cell, cur: Cell, overallDrop: number, kind: 'class' | 'reg'): SliceDiscovery {
  const nCur = cur.n;
  const minMass = overallDrop > 0 ? MIN_MARGINAL_SHARE * overallDrop : 0;
  const worsening = (mb: number, mc: number) => (kind === 'class' ? mb - mc : mc - mb);
  const steps = segments
    .filter((r) => r.worse && r.significant && r.dropMass > minMass)
    .map((r) => {
      const m = r.moments;
      const se = (r.nCurrent / nCur) * deltaStandardError(m, 0, false);
      // The rest of the rows: the whole table less the segment.
      const restB = { n: base.n - m[N_ROWS]!, s: primarySum(base) - m[S1]! };
      const restC = { n: cur.n - m[CUR + N_ROWS]!, s: primarySum(cur) - m[CUR + S1]! };
      const dIn = worsening(m[S1]! / m[N_ROWS]!, m[CUR + S1]! / m[CUR + N_ROWS]!);
      const dOut = restB.n > 0 && restC.n > 0 ? worsening(restB.s / restB.n, restC.s / restC.n) : NaN;
      const nIn = m[CUR + N_ROWS]!;
      const score = Number.isFinite(dOut) && dIn > dOut ? ((nIn * restC.n) / (nIn + restC.n)) * (dIn - dOut) ** 2 : 0;
      return { r, se, score };
    });
  const slices: SliceResult[] = [];
  if (steps.length > 0) {
    const top = steps.reduce((a, b) => (b.r.dropMass > a.r.dropMass ? b : a));
    const pick = steps.filter((x) => x.r.dropMass >= top.r.dropMass - top.se).reduce((a, b) => (b.score > a.score || (b.score === a.score && b.r.dropMass > a.r.dropMass) ? b : a));
    const r = pick.r;
    slices.push({
      conditions: [{ column: r.column, value: r.value }],
      metric: r.metric,
      nBase: r.nBase,
      nCurrent: r.nCurrent,
      baseline: r.baseline,
      current: r.current,
      delta: r.delta,
      ci: r.ci,
      pValue: r.pValue,
      qValue: r.qValue,
      test: r.test,
      dropMass: r.dropMass,
      shareOfDrop: r.shareOfDrop,
      marginalShare: r.shareOfDrop,
      ...(r.confusion ? { confusion: r.confusion } : {}),
    });
  }
  return {
    metric: kind === 'class' ? 'accuracy' : 'rmse',
    overallDrop,
    slices,
    explainedShare: slices.length > 0 && overallDrop > 0 ? slices[0]!.dropMass / overallDrop : overallDrop > 0 ? 0 : null,
    candidatesTested: segments.length,
  };
}

/** Σ of the primary value over a cell: correct rows, or squared errors. */
function primarySum(c: Cell): number {
  return isBinary(c) ? c.tp + c.tn : c.sum_sq_err;
}

/** The confusion cells of a binary cell in each run, in the row path's layout (performance/types.ts ConfusionCells). */
function summaryCells(b: BinaryCell, c: BinaryCell): ConfusionCells {
  return { k: 2, base: [b.tn, b.fp, b.fn, b.tp], current: [c.tn, c.fp, c.fn, c.tp], baseWeightSquares: b.n, currentWeightSquares: c.n };
}

function trivial(s: Summary): TrivialBaselines {
  const c = s.overall;
  if (isBinary(c)) {
    const pos = c.tp + c.fn;
    const neg = c.n - pos;
    return { majorityAccuracy: c.n ? Math.max(pos, neg) / c.n : null, majorityClass: pos > neg ? s.classes[1]! : s.classes[0]!, priorLogLoss: null, meanRmse: null };
  }
  const sst = c.sum_y2 - (c.sum_y * c.sum_y) / c.n;
  return { majorityAccuracy: null, majorityClass: null, priorLogLoss: null, meanRmse: c.n ? Math.sqrt(Math.max(0, sst) / c.n) : null };
}

export function summaryPerformance(base: Summary, cur: Summary, opts: PerformanceOptions): PerformanceAnalysis {
  const notes = ['Compared from summaries (docs/summary.md): unpaired, with analytic intervals; paired tests, slices of two conditions, calibration and bias checks need rows.'];
  const metrics = headline(base, cur, opts, notes);
  const kind = cur.task === 'binary' ? 'class' : 'reg';
  const overallDrop = cur.overall.n && base.overall.n
    ? cur.task === 'binary'
      ? primaryMean(base.overall) - primaryMean(cur.overall)
      : primaryMean(cur.overall) - primaryMean(base.overall)
    : 0;
  const segments = segmentResults(base, cur, opts, overallDrop);
  return {
    table: cur.source,
    task: cur.task,
    classes: cur.classes,
    hasBaseline: true,
    paired: false,
    nBase: base.overall.n,
    nCurrent: cur.overall.n,
    droppedBase: 0,
    droppedCurrent: 0,
    notes,
    options: opts,
    metrics,
    regressed: metrics.filter((m) => m.status === 'regressed').map((m) => m.name),
    improved: metrics.filter((m) => m.status === 'improved').map((m) => m.name),
    segments: segments.map(({ moments: _, ...r }) => r),
    slices: firstSlice(segments, base.overall, cur.overall, overallDrop, kind),
    errors: null,
    confusion: isBinary(base.overall) && isBinary(cur.overall) ? summaryCells(base.overall, cur.overall) : null,
    regressionErrors: null,
    calibration: null,
    bias: [],
    trivialBaseline: trivial(base),
    trivialCurrent: trivial(cur),
  };
}

function classShares(s: Summary, pred: boolean): Float64Array {
  const c = s.overall as BinaryCell;
  const pos = pred ? c.tp + c.fp : c.tp + c.fn;
  return Float64Array.from([c.n - pos, pos]);
}

function moves(names: readonly string[], bc: Float64Array, cc: Float64Array): CategoryMove[] {
  const nb = bc[0]! + bc[1]!;
  const nc = cc[0]! + cc[1]!;
  return names.map((value, i) => ({ value, base: nb ? bc[i]! / nb : 0, cur: nc ? cc[i]! / nc : 0 }));
}

export function summaryData(base: Summary, cur: Summary, notes: string[]): DataAnalysis {
  const pendingDrift: PendingDrift[] = [];
  for (const cs of cur.sketches) {
    if (cs.role !== 'feature') continue;
    const bs = base.sketches.find((x) => x.column === cs.column && x.role === 'feature');
    if (!bs) continue;
    if (!sameEdges(bs, cs)) {
      notes.push(`${cs.column}: the current summary was not made on the baseline's edges (summarize it with --baseline); drift not measured.`);
      continue;
    }
    const cmp = compareSketches(bs, cs);
    if (cmp) pendingDrift.push({ feature: cs.column, cmp, baseline: null });
  }
  for (const cc of cur.categories) {
    if (!cc.feature) continue;
    const bc = base.categories.find((x) => x.column === cc.column && x.feature);
    if (!bc) continue;
    const names = [...new Set([...bc.values.map((v) => v.value), ...cc.values.map((v) => v.value)])].filter((v) => v !== MISSING_LABEL);
    const count = (vals: typeof cc.values) => Float64Array.from(names, (n) => vals.find((v) => v.value === n)?.cell.n ?? 0);
    const cmp = compareCategorical(names, count(bc.values), count(cc.values));
    if (cmp.nBase > 0 && cmp.nCur > 0) pendingDrift.push({ feature: cc.column, cmp, baseline: null });
  }
  const drift: DriftResult[] = decideDrift('eval', cur.source, pendingDrift, new Map());
  drift.sort((a, b) => b.strength - a.strength || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));

  const labelPending: PendingShift[] = [];
  const predPending: PendingShift[] = [];
  const sketchPair = (role: Sketch['role']) => {
    const c = cur.sketches.find((s) => s.role === role);
    const b = c ? base.sketches.find((s) => s.role === role) : undefined;
    return b && c && sameEdges(b, c) ? compareSketches(b, c) : null;
  };
  if (cur.task === 'binary') {
    const names = [...cur.classes];
    const lb = classShares(base, false);
    const lc = classShares(cur, false);
    labelPending.push({ what: 'label', column: cur.columns.label, cmp: compareCategorical(names, lb, lc), shares: moves(names, lb, lc), changed: null });
    const pb = classShares(base, true);
    const pc = classShares(cur, true);
    predPending.push({ what: 'predicted_class', column: cur.columns.pred ?? cur.columns.score ?? 'prediction', cmp: compareCategorical(names, pb, pc), shares: moves(names, pb, pc), changed: null });
    const score = sketchPair('score');
    if (score) predPending.push({ what: 'score', column: cur.columns.score ?? 'score', cmp: score, shares: [], changed: null });
  } else {
    const label = sketchPair('label');
    if (label) labelPending.push({ what: 'label', column: cur.columns.label, cmp: label, shares: [], changed: null });
    const pred = sketchPair('pred');
    if (pred) predPending.push({ what: 'prediction', column: cur.columns.pred ?? 'prediction', cmp: pred, shares: [], changed: null });
  }
  const labelShift: ShiftResult[] = decideShift('eval', cur.source, labelPending);
  const predictionShift: ShiftResult[] = decideShift('eval', cur.source, predPending, PREDICTION_FACTOR, PREDICTION_CAP);
  return {
    source: cur.source,
    task: cur.task,
    nBase: base.overall.n,
    nCur: cur.overall.n,
    drift,
    labelShift,
    predictionShift,
    columns: { base: null, cur: [] },
    quality: [],
    preprocessing: [],
    labelNoise: null,
    leakage: [],
    notes: [...notes, 'From summaries: data quality (missing values beyond counts, duplicates, schema), preprocessing skew, label noise and leakage need rows and were not checked.'],
  };
}
