/**
 * Per-segment comparison: for every segment column and value (and every quantile bin of a
 * numeric feature) with enough rows in both runs, the primary metric (accuracy or RMSE) and,
 * for binary runs with scores, the AUC; then Benjamini–Hochberg across all of these tests.
 * Works paired (same rows by id) and unpaired (a segment's baseline rows vs its current rows).
 * Regression segments without weights take their p-value from a rank test on absolute errors
 * (rank-segments.ts) and report the MAE change beside the RMSE one.
 */
import { createRng } from '../stats/rng.js';
import { deriveSeed } from '../stats/bootstrap.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import { dropMass, shareOf, type Comparison } from './context.js';
import { compareAucs, placements, type Placements } from './delong.js';
import type { Segmenter } from './segment-columns.js';
import { accumulatePaired, accumulateRun, CUR, M, N_ROWS, primaryTest, S0, type IntervalSetup } from './segment-tests.js';
import { partialMoments, partialTest } from './partial.js';
import { rankRows, rankSegmentTests, type RankRows, type RankSegmentTest } from './rank-segments.js';
import type { SegmentResult } from './types.js';

/** Moments of the primary value per label of one segmenter (see segment-tests.ts). */
export function labelMoments(c: Comparison, seg: Segmenter): Float64Array {
  const acc = new Float64Array(seg.labels.length * M);
  if (c.paired) accumulatePaired(acc, seg.cur, c.xBase, c.momentWeightsBase, c.xCur, c.momentWeightsCur);
  else {
    accumulateRun(acc, 0, seg.base!, c.xBase, c.momentWeightsBase);
    accumulateRun(acc, CUR, seg.cur, c.xCur, c.momentWeightsCur);
  }
  return acc;
}

export function supported(acc: Float64Array, label: number, minSupport: number): boolean {
  return Math.min(acc[label * M + N_ROWS]!, acc[label * M + CUR + N_ROWS]!) >= Math.max(1, minSupport);
}

export function intervalSetup(c: Comparison, key: string): IntervalSetup {
  return { rng: createRng(deriveSeed(c.opts.seed, key)), resamples: c.opts.resamples, level: 1 - c.opts.alpha };
}

type Pending = Omit<SegmentResult, 'qValue' | 'significant'>;

function iota(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}

/** Rows outside the pairs, per run. */
function loneRows(n: number, paired: Int32Array): Int32Array {
  const inPair = new Uint8Array(n);
  for (const r of paired) inPair[r] = 1;
  const out: number[] = [];
  for (let r = 0; r < n; r++) if (!inPair[r]) out.push(r);
  return Int32Array.from(out);
}

/** The comparison's rows for the rank tests: all paired, all unpaired, or a partial id match's two parts. */
export function rankInputs(c: Comparison): RankRows | null {
  if (c.setup.kind !== 'reg' || c.setup.weighted) return null;
  if (c.paired) {
    const rows = iota(c.base.n);
    return rankRows(c, { base: rows, cur: rows }, null);
  }
  if (c.partial) return rankRows(c, c.partial, { base: loneRows(c.base.n, c.partial.base), cur: loneRows(c.cur.n, c.partial.cur) });
  return rankRows(c, null, { base: iota(c.base.n), cur: iota(c.cur.n) });
}

function primaryResults(c: Comparison, seg: Segmenter, acc: Float64Array, ranks: RankRows | null): Pending[] {
  const out: Pending[] = [];
  const rank: (RankSegmentTest | null)[] | null = ranks ? rankSegmentTests(ranks, seg, 1 - c.opts.alpha) : null;
  // A partial id match without a rank test (classification, weighted rows): paired + unpaired parts.
  const parts = !rank && c.partial ? partialMoments(c, c.partial, seg) : null;
  for (let l = 0; l < seg.labels.length; l++) {
    if (!supported(acc, l, c.opts.minSupport)) continue;
    const value = seg.labels[l]!;
    const t = primaryTest(acc, l * M, c.setup, intervalSetup(c, `segment:${seg.column}=${value}:${c.primary}`));
    if (!t) continue;
    const mass = dropMass(c, acc[l * M + CUR + S0]!, t.meanBase, t.meanCur);
    const r = rank ? rank[l] : null;
    const combined = parts ? partialTest(c, parts, l * M) : null;
    out.push({
      column: seg.column,
      value,
      kind: seg.kind,
      metric: c.primary,
      nBase: acc[l * M + N_ROWS]!,
      nCurrent: acc[l * M + CUR + N_ROWS]!,
      baseline: t.base,
      current: t.cur,
      delta: t.delta,
      ci: t.ci,
      // A rank-tested segment is worse when its absolute errors moved up and its MAE rose.
      pValue: r ? r.p : combined ? combined.p : t.p,
      worse: r ? r.z > 0 && r.mae.delta > 0 : c.setup.kind === 'class' ? t.delta < 0 : t.delta > 0,
      test: r ? r.test : combined ? 'partial_paired' : t.test,
      dropMass: mass,
      shareOfDrop: shareOf(c, mass),
      ...(r ? { mae: r.mae } : {}),
    });
  }
  return out;
}

/** Scratch buffers for AUC placements, one per run, reused across segments. */
interface AucWork {
  readonly posBase: Uint8Array;
  readonly posCur: Uint8Array;
  readonly bufBase: Float64Array;
  readonly bufCur: Float64Array;
}

function aucWork(c: Comparison): AucWork | null {
  const { base, cur } = c;
  // DeLong has no weighted form here: weighted runs keep the primary metric only.
  if (base.kind !== 'class' || cur.kind !== 'class' || !base.binary || !base.score || !cur.score || c.setup.weighted) return null;
  return {
    posBase: positives(base.y),
    posCur: positives(cur.y),
    bufBase: new Float64Array(base.n),
    bufCur: new Float64Array(cur.n),
  };
}

function positives(y: Int32Array): Uint8Array {
  const out = new Uint8Array(y.length);
  for (let i = 0; i < y.length; i++) out[i] = y[i] === 1 ? 1 : 0;
  return out;
}

/** The score order split by label: each label's rows, still in score order (one pass). */
function splitByLabel(order: Int32Array, codes: Int32Array, labels: number): Int32Array[] {
  const size = new Int32Array(labels);
  for (let j = 0; j < order.length; j++) {
    const l = codes[order[j]!]!;
    if (l >= 0) size[l]!++;
  }
  const out = Array.from(size, (k) => new Int32Array(k));
  const fill = new Int32Array(labels);
  for (let j = 0; j < order.length; j++) {
    const r = order[j]!;
    const l = codes[r]!;
    if (l >= 0) out[l]![fill[l]!++] = r;
  }
  return out;
}

function sameLabels(rows: Int32Array, a: Uint8Array, b: Uint8Array): boolean {
  for (let q = 0; q < rows.length; q++) if (a[rows[q]!] !== b[rows[q]!]) return false;
  return true;
}

function aucResults(c: Comparison, seg: Segmenter, acc: Float64Array, work: AucWork): Pending[] {
  const out: Pending[] = [];
  const { base, cur } = c;
  if (base.kind !== 'class' || cur.kind !== 'class') return out;
  const level = 1 - c.opts.alpha;
  const byLabelB = splitByLabel(base.ranked![0]!.order, seg.base!, seg.labels.length);
  const byLabelC = splitByLabel(cur.ranked![0]!.order, seg.cur, seg.labels.length);
  for (let l = 0; l < seg.labels.length; l++) {
    if (!supported(acc, l, c.opts.minSupport)) continue;
    const pb: Placements | null = placements(byLabelB[l]!, base.score!, work.posBase, work.bufBase);
    const pc: Placements | null = placements(byLabelC[l]!, cur.score!, work.posCur, work.bufCur);
    if (!pb || !pc) continue;
    // The paired form needs the same positives in both runs (labels can differ between runs).
    const paired = c.paired && sameLabels(byLabelB[l]!, work.posBase, work.posCur);
    const cmp = compareAucs(pb, pc, paired ? { rows: byLabelB[l]!, positive: work.posBase } : null, level);
    const mass = dropMass(c, acc[l * M + CUR + S0]!, cmp.base, cmp.cur);
    out.push({
      column: seg.column,
      value: seg.labels[l]!,
      kind: seg.kind,
      metric: 'auc',
      nBase: acc[l * M + N_ROWS]!,
      nCurrent: acc[l * M + CUR + N_ROWS]!,
      baseline: cmp.base,
      current: cmp.cur,
      delta: cmp.delta,
      ci: cmp.ci,
      pValue: cmp.p,
      worse: cmp.delta < 0,
      test: cmp.paired ? 'delong_paired' : 'delong_unpaired',
      dropMass: mass,
      // AUC is not additive over segments: no share of the overall drop.
      shareOfDrop: null,
    });
  }
  return out;
}

export interface SegmentScan {
  readonly results: SegmentResult[];
  /** Label moments per segmenter, reused by slice discovery. */
  readonly moments: Float64Array[];
}

/** Runs every segment test and applies Benjamini–Hochberg across all of them. */
export function scanSegments(c: Comparison, segmenters: readonly Segmenter[]): SegmentScan {
  const pending: Pending[] = [];
  const moments: Float64Array[] = [];
  const work = aucWork(c);
  const ranks = rankInputs(c);
  for (const seg of segmenters) {
    const acc = labelMoments(c, seg);
    moments.push(acc);
    pending.push(...primaryResults(c, seg, acc, ranks));
    if (work) pending.push(...aucResults(c, seg, acc, work));
  }
  const q = benjaminiHochberg(pending.map((r) => r.pValue));
  const results: SegmentResult[] = pending.map((r, i) => ({ ...r, qValue: q[i]!, significant: q[i]! <= c.opts.alpha }));
  results.sort(segmentOrder);
  return { results, moments };
}

/** Significant regressions first, then by drop mass; column/value/metric keep the order total. */
function segmentOrder(a: SegmentResult, b: SegmentResult): number {
  const ra = a.significant && a.worse ? 0 : 1;
  const rb = b.significant && b.worse ? 0 : 1;
  return (
    ra - rb ||
    b.dropMass - a.dropMass ||
    a.pValue - b.pValue ||
    compareText(a.column, b.column) ||
    compareText(a.value, b.value) ||
    compareText(a.metric, b.metric)
  );
}

/** Code-unit order: deterministic, independent of the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
