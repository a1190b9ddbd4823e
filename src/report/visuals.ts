/**
 * The numbers behind report.md's charts and drift table (report.json `visuals`), read from the
 * analysis and the diagnosis without changing either: learning curves from the training logs,
 * the reliability bins of the calibration analysis, the headline metric in the segments that
 * lost most, the histogram of the drifted feature (inside its segment when the drift is located
 * in one) and one drift row per compared feature. Pure and deterministic: no clock, stable sorts,
 * values rounded like the rest of report.json.
 */
import type { RunAnalysis, EvalPair } from '../analysis/analyze.js';
import type { Column, EvalView, TrainLog } from '../artifacts/types.js';
import type { Diagnosis } from '../diagnosis/diagnose.js';
import { featureSegmentSpec, segmentSpec } from '../analysis/data/columns.js';
import { selectInPlace } from '../analysis/stats/select.js';
import { METRIC_INFO } from '../analysis/performance/metric-defs.js';
import { round6 } from './format.js';
import { METRIC_NAMES, type MetricName, type ReliabilityBin } from '../analysis/performance/types.js';
import type {
  CurveSeries,
  DriftRow,
  FeatureHistogram,
  HistogramBin,
  LearningCurves,
  Reliability,
  ReliabilityBinRow,
  SegmentDeltas,
  Visuals,
} from './types.js';

/** Points kept per learning curve: enough for the shape, small enough for a comment. */
export const MAX_CURVE_POINTS = 60;
/** Segments in the segment-delta chart. */
export const MAX_SEGMENT_BARS = 8;
/** Bins of a numeric histogram; categories of a categorical one (the rest are pooled). */
export const HISTOGRAM_BINS = 12;
export const HISTOGRAM_CATEGORIES = 10;

const r6 = round6;
function r6OrNull(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : r6(v);
}

export function buildVisuals(analysis: RunAnalysis, diagnosis: Diagnosis, ahead?: HistogramsAhead): Visuals | undefined {
  const v: Visuals = {};
  const curves = learningCurves(analysis.logPairs);
  if (curves) v.learningCurves = curves;
  const rel = reliability(analysis.evalPairs);
  if (rel) v.reliability = rel;
  const seg = segmentDeltas(analysis.evalPairs, diagnosis);
  if (seg) v.segmentDeltas = seg;
  const hist = driftedHistogram(analysis.evalPairs, diagnosis, ahead);
  if (hist) v.histogram = hist;
  const drift = driftRows(analysis.evalPairs);
  if (drift.length > 0) v.drift = drift;
  return Object.keys(v).length > 0 ? v : undefined;
}

// ---- learning curves -------------------------------------------------------------------------

const CURVE_COLUMNS: readonly { name: string; get: (l: TrainLog) => Float64Array | null }[] = [
  { name: 'train_loss', get: (l) => l.trainLoss },
  { name: 'val_loss', get: (l) => l.valLoss },
];

/** The first log pair with a loss: train and validation loss, base and current, on one x grid. */
export function learningCurves(pairs: RunAnalysis['logPairs']): LearningCurves | undefined {
  for (const p of pairs) {
    const cols = CURVE_COLUMNS.filter((c) => c.get(p.cur) !== null || (p.base !== null && c.get(p.base) !== null));
    if (cols.length === 0) continue;
    // One grid for every series, so base and current points fall on the same x values.
    const xs = new Set<number>();
    for (const l of [p.base, p.cur]) if (l) for (const x of l.x) if (Number.isFinite(x)) xs.add(x);
    const grid = evenly([...xs].sort((a, b) => a - b), MAX_CURVE_POINTS);
    const keep = new Set(grid);
    const points = (l: TrainLog | null, ys: Float64Array | null): [number, number | null][] | null => {
      if (!l || !ys) return null;
      const out: [number, number | null][] = [];
      const seen = new Set<number>();
      for (let i = 0; i < l.x.length; i++) {
        const x = l.x[i]!;
        // The first row of a repeated x wins (a resumed run logs its restart step twice).
        if (!keep.has(x) || seen.has(x)) continue;
        seen.add(x);
        out.push([r6(x), r6OrNull(ys[i]!)]);
      }
      return out.sort((a, b) => a[0] - b[0]);
    };
    const series: CurveSeries[] = cols.map((c) => ({ name: c.name, base: points(p.base, p.base ? c.get(p.base) : null), current: points(p.cur, c.get(p.cur)) ?? [] }));
    return { path: p.cur.path, xName: p.cur.xName, series };
  }
  return undefined;
}

/** At most `max` items, evenly spaced, always with the first and the last. */
export function evenly<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const out: T[] = [];
  for (let k = 0; k < max; k++) out.push(items[Math.round((k * (items.length - 1)) / (max - 1))]!);
  return out;
}

// ---- reliability -----------------------------------------------------------------------------

export function reliability(pairs: readonly EvalPair[]): Reliability | undefined {
  for (const p of pairs) {
    const c = p.performance.calibration;
    if (!c || c.current.bins.length === 0) continue;
    const key = (b: ReliabilityBin): string => `${b.lo}`;
    const base = new Map((c.baseline?.bins ?? []).map((b) => [key(b), b]));
    const cur = new Map(c.current.bins.map((b) => [key(b), b]));
    const all = [...(c.baseline?.bins ?? []), ...c.current.bins].filter((b, i, a) => a.findIndex((o) => key(o) === key(b)) === i).sort((a, b) => a.lo - b.lo);
    const bins: ReliabilityBinRow[] = all.map((b) => {
      const x = base.get(key(b));
      const y = cur.get(key(b));
      return {
        lo: r6(b.lo),
        hi: r6(b.hi),
        basePredicted: r6OrNull(x?.meanScore),
        baseObserved: r6OrNull(x?.fracPositive),
        baseN: r6(x?.weight ?? 0),
        currentPredicted: r6OrNull(y?.meanScore),
        currentObserved: r6OrNull(y?.fracPositive),
        currentN: r6(y?.weight ?? 0),
      };
    });
    return { table: p.path, kind: c.kind, baseEce: r6OrNull(c.baseline?.ece), currentEce: r6(c.current.ece), bins };
  }
  return undefined;
}

// ---- segment deltas --------------------------------------------------------------------------

function asMetric(name: string | undefined): MetricName | null {
  if (!name) return null;
  const leaf = name.split(/[.:]/).pop()!.toLowerCase();
  return (METRIC_NAMES as readonly string[]).includes(leaf) ? (leaf as MetricName) : null;
}

/**
 * The headline metric (the metric of the first segment finding, else the one the slice search
 * ranked by, else the first regressed one) in the significant segments that got worse, the ones
 * holding most of the overall drop first.
 */
export function segmentDeltas(pairs: readonly EvalPair[], diagnosis: Diagnosis): SegmentDeltas | undefined {
  const fromFinding = asMetric(diagnosis.findings.find((f) => f.category === 'segment_regression' && f.metric)?.metric);
  for (const p of pairs) {
    const perf = p.performance;
    const candidates = [fromFinding, perf.slices?.metric ?? null, ...perf.regressed].filter((m): m is MetricName => m !== null);
    for (const metric of candidates) {
      const direction = METRIC_INFO[metric].direction;
      const rows = perf.segments
        .filter((s) => s.metric === metric && s.significant && s.worse)
        .map((s) => ({ s, loss: lossOf(direction, s.baseline, s.current) }))
        .filter((r) => Number.isFinite(r.loss) && r.loss > 0)
        .sort((a, b) => b.s.dropMass - a.s.dropMass || b.loss - a.loss || cmp(a.s.column, b.s.column) || cmp(a.s.value, b.s.value))
        .slice(0, MAX_SEGMENT_BARS);
      if (rows.length === 0) continue;
      return {
        table: p.path,
        metric,
        direction,
        rows: rows.map(({ s, loss }) => ({
          column: s.column,
          value: s.value,
          n: s.nCurrent,
          baseline: r6(s.baseline),
          current: r6(s.current),
          delta: r6(s.delta),
          loss: r6(loss),
          significant: s.significant,
        })),
      };
    }
  }
  return undefined;
}

function lossOf(direction: 'higher' | 'lower' | 'zero', base: number, cur: number): number {
  if (direction === 'higher') return base - cur;
  if (direction === 'lower') return cur - base;
  return Math.abs(cur) - Math.abs(base);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- histogram of the drifted feature --------------------------------------------------------

/**
 * Histograms made ahead of the report, by eval table, feature and segment: the data worker's
 * guess at the one the report draws, made while this thread diagnoses (review.ts, decision 0046).
 * Undefined when none was made for these; the report then counts it itself, with the same result.
 */
export type HistogramsAhead = (table: string, feature: string, segment: SegmentName | undefined) => FeatureCounts | null | undefined;

/** A segment by column and value, as a finding names it. */
export interface SegmentName {
  readonly column: string;
  readonly value: string;
}

/**
 * The feature of the first feature-drift finding, base vs current eval rows (inside the
 * finding's segment when it names one). Drift found only against a reference sample has no
 * histogram: the analysis keeps the reference tables out of RunAnalysis.
 */
export function driftedHistogram(pairs: readonly EvalPair[], diagnosis: Diagnosis, ahead?: HistogramsAhead): FeatureHistogram | undefined {
  const f = diagnosis.findings.find((x) => x.category === 'feature_drift' && x.feature);
  if (!f?.feature) return undefined;
  for (const p of pairs) {
    if (!p.base) continue;
    if (!p.data.drift.some((d) => d.comparison === 'eval' && d.feature === f.feature)) continue;
    const seg = f.segment && f.segment.value !== undefined ? { column: f.segment.column, value: String(f.segment.value) } : undefined;
    const made = ahead?.(p.path, f.feature, seg);
    const bins = made !== undefined ? made : featureHistogram(p.base, p.cur, f.feature, seg);
    if (!bins) continue;
    return {
      table: p.path,
      feature: f.feature,
      kind: bins.kind,
      ...(seg ? { segment: seg } : {}),
      nBase: bins.nBase,
      nCurrent: bins.nCur,
      bins: bins.bins,
    };
  }
  return undefined;
}

/**
 * The shares per bin of `feature` in two runs' eval views, inside `segment` when given; null when
 * a view lacks the feature (or has it of another kind), the segment is not one of the pair's, or a
 * side has no counted value.
 */
export function featureHistogram(base: EvalView, cur: EvalView, feature: string, segment: SegmentName | undefined): FeatureCounts | null {
  const cb = base.features.find((c) => c.name === feature);
  const cc = cur.features.find((c) => c.name === feature);
  if (!cb || !cc || cb.kind !== cc.kind) return null;
  let inBase: SegmentRows | null = null;
  let inCur: SegmentRows | null = null;
  if (segment) {
    const rows = segmentRows(base, cur, segment.column, segment.value);
    if (!rows) return null;
    [inBase, inCur] = rows;
  }
  const counted = histogram(cb, cc, inBase, inCur);
  return counted && { ...counted, kind: cb.kind };
}

/** The rows of one segment of a run: those whose code is `code`. */
export interface SegmentRows {
  readonly codes: ArrayLike<number>;
  readonly code: number;
}

/**
 * Rows of `column = value` on each side, cut the way the analysis cut that column: its codes, read
 * where the rows are counted, not a mask of each run's rows made first (a pass and 1 MB of fresh
 * memory per run at 10^6 rows, in the review's serial tail).
 */
function segmentRows(base: EvalView, cur: EvalView, column: string, value: string): [SegmentRows, SegmentRows] | null {
  for (const spec of [segmentSpec(column, base.table, cur.table), featureSegmentSpec(column, base.table, cur.table)]) {
    const code = spec?.values.indexOf(value) ?? -1;
    if (!spec || code < 0) continue;
    return [
      { codes: spec.baseCodes, code },
      { codes: spec.curCodes, code },
    ];
  }
  return null;
}

/** How many of `n` rows are in `rows` (all of them without one). */
function rowsIn(rows: SegmentRows | null, n: number): number {
  if (rows === null) return n;
  const { codes, code } = rows;
  let k = 0;
  for (let i = 0; i < n; i++) k += +(codes[i] === code);
  return k;
}

interface Counted {
  readonly bins: HistogramBin[];
  readonly nBase: number;
  readonly nCur: number;
}

/** A feature's histogram: its shares per bin, the rows counted on each side, and its kind. */
export interface FeatureCounts extends Counted {
  readonly kind: Column['kind'];
}

/** Shares per bin (numeric: equal-width between the 1st and 99th percentile, open end bins). */
export function histogram(cb: Column, cc: Column, inBase: SegmentRows | null, inCur: SegmentRows | null): Counted | null {
  if (cb.kind === 'number' && cc.kind === 'number') {
    // The counted values of a run: finite, in the segment (all rows without one).
    const counted = (rows: SegmentRows | null, i: number, x: number): boolean => (rows === null || rows.codes[i] === rows.code) && Number.isFinite(x);
    // Both runs' counted values side by side in one array of at most the segment's rows, sorted in
    // place: not a copy of each run's values into arrays of all its rows and a third for the
    // pool (at 10^6 rows 21 MB of fresh memory in the review's serial tail, against 5).
    const pool = new Float64Array(rowsIn(inBase, cb.values.length) + rowsIn(inCur, cc.values.length));
    let nb = 0;
    for (let i = 0; i < cb.values.length; i++) if (counted(inBase, i, cb.values[i]!)) pool[nb++] = cb.values[i]!;
    let m = nb;
    for (let i = 0; i < cc.values.length; i++) if (counted(inCur, i, cc.values[i]!)) pool[m++] = cc.values[i]!;
    const nc = m - nb;
    if (nb === 0 || nc === 0) return null;
    // The 1st and 99th percentiles are two order statistics of both runs' values: selected, not
    // sorted for (a sort of the pool was 17 ms of the review's serial tail at 10^6 rows).
    const all = pool.subarray(0, m);
    const rank = (p: number): number => Math.min(m - 1, Math.floor(p * (m - 1)));
    const r1 = rank(0.01);
    let lo = selectInPlace(all, r1);
    // The values from r1 on are those of rank r1 and above.
    let hi = selectInPlace(all, rank(0.99), r1, m);
    if (!(hi > lo)) {
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < m; i++) {
        min = Math.min(min, all[i]!);
        max = Math.max(max, all[i]!);
      }
      [lo, hi] = [min, max];
    }
    if (!(hi > lo)) return { bins: [{ label: fmtEdge(lo), base: 1, current: 1 }], nBase: nb, nCur: nc };
    const k = HISTOGRAM_BINS;
    const width = (hi - lo) / k;
    const edges = Array.from({ length: k + 1 }, (_, i) => lo + i * width);
    // An indexed loop into integer counters: for-of (the iterator protocol) into a number[] took
    // twice as long, 10-11 against 5-6 ms for two 200,000-value runs in a fresh process.
    const count = (col: typeof cb, rows: SegmentRows | null): Int32Array => {
      const n = new Int32Array(k);
      const vals = col.values;
      for (let i = 0; i < vals.length; i++) if (counted(rows, i, vals[i]!)) n[Math.max(0, Math.min(k - 1, Math.floor((vals[i]! - lo) / width)))]!++;
      return n;
    };
    const nbBins = count(cb, inBase);
    const ncBins = count(cc, inCur);
    // The end bins hold everything beyond the 1st/99th percentile: their labels say so.
    const label = (i: number): string => (i === 0 ? `below ${fmtEdge(edges[1]!)}` : i === k - 1 ? `${fmtEdge(edges[k - 1]!)} or more` : `${fmtEdge(edges[i]!)}–${fmtEdge(edges[i + 1]!)}`);
    return {
      bins: Array.from(nbBins, (_, i) => ({ label: label(i), base: r6(nbBins[i]! / nb), current: r6(ncBins[i]! / nc) })),
      nBase: nb,
      nCur: nc,
    };
  }
  if (cb.kind === 'string' && cc.kind === 'string') {
    const tally = (col: typeof cb, rows: SegmentRows | null): { m: Map<string, number>; n: number } => {
      const byCode = new Float64Array(col.dict.length);
      let n = 0;
      for (let i = 0; i < col.codes.length; i++) {
        const code = col.codes[i]!;
        if (code < 0 || (rows !== null && rows.codes[i] !== rows.code)) continue;
        byCode[code]!++;
        n++;
      }
      const m = new Map<string, number>();
      col.dict.forEach((v, i) => m.set(v, (m.get(v) ?? 0) + byCode[i]!));
      return { m, n };
    };
    const b = tally(cb, inBase);
    const c = tally(cc, inCur);
    if (b.n === 0 || c.n === 0) return null;
    const names = [...new Set([...b.m.keys(), ...c.m.keys()])];
    const share = (t: { m: Map<string, number>; n: number }, v: string): number => (t.m.get(v) ?? 0) / t.n;
    names.sort((x, y) => Math.max(share(b, y), share(c, y)) - Math.max(share(b, x), share(c, x)) || cmp(x, y));
    const top = names.slice(0, HISTOGRAM_CATEGORIES - (names.length > HISTOGRAM_CATEGORIES ? 1 : 0));
    const bins: HistogramBin[] = top.map((v) => ({ label: v, base: r6(share(b, v)), current: r6(share(c, v)) }));
    if (top.length < names.length) {
      const rest = names.slice(top.length);
      bins.push({ label: `other (${rest.length} values)`, base: r6(rest.reduce((s, v) => s + share(b, v), 0)), current: r6(rest.reduce((s, v) => s + share(c, v), 0)) });
    }
    return { bins, nBase: b.n, nCur: c.n };
  }
  return null;
}

/** A bin edge with 3 significant digits, no exponent for ordinary magnitudes. */
export function fmtEdge(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-3) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}

// ---- drift table -----------------------------------------------------------------------------

/** One row per compared feature and comparison, drifted first (strongest first), then by PSI. */
export function driftRows(pairs: readonly EvalPair[]): DriftRow[] {
  const rows: { row: DriftRow; strength: number }[] = [];
  for (const p of pairs) {
    const missing = (side: 'base' | 'cur', feature: string): number | null => {
      const prof = p.data.columns[side]?.find((c) => c.column === feature);
      return prof && prof.n > 0 ? r6(prof.missing / prof.n) : null;
    };
    for (const d of p.data.drift) {
      const row: DriftRow = {
        feature: d.feature,
        comparison: d.comparison,
        source: d.source,
        kind: d.kind,
        psi: r6OrNull(d.psi),
        test: d.kind === 'number' ? 'ks' : 'chi2',
        pValue: r6OrNull(d.pValue),
        missingBase: d.comparison === 'eval' ? missing('base', d.feature) : null,
        missingCurrent: d.comparison === 'eval' ? missing('cur', d.feature) : null,
        drifted: d.flagged,
        ...(d.flagged && d.segment ? { segment: { column: d.segment.column, value: d.segment.value } } : {}),
      };
      rows.push({ row, strength: d.strength });
    }
  }
  rows.sort(
    (a, b) =>
      Number(b.row.drifted) - Number(a.row.drifted) ||
      (a.row.drifted ? b.strength - a.strength : 0) ||
      (b.row.psi ?? -1) - (a.row.psi ?? -1) ||
      cmp(a.row.feature, b.row.feature) ||
      cmp(a.row.comparison, b.row.comparison) ||
      cmp(a.row.source, b.row.source),
  );
  return rows.map((r) => r.row);
}
