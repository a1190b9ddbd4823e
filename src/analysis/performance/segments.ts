/**
 * Per-segment comparison: for every segment column and value (and every quantile bin of a
 * numeric feature) with enough rows in both runs, the primary metric (accuracy or RMSE) and,
 * for binary runs with scores, the AUC; then Benjamini–Hochberg across all of these tests.
 * Works paired (same rows by id) and unpaired (a segment's baseline rows vs its current rows).
 * Regression segments without weights take their p-value from a rank test on absolute errors
 * (rank-segments.ts) and report the MAE change beside the RMSE one.
 */
import { releaseNow } from '../../memory.js';
import { createRng } from '../stats/rng.js';
import { deriveSeed } from '../stats/bootstrap.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import { dropMass, shareOf, type Comparison } from './context.js';
import { aucTest, pairedAucCov, placementSlots, segmentEntry, segmentPlacements, segmentPlacementValues, slotTotals, tieGroups, withSpread, type SegmentPlacements, type TieGroups } from './delong.js';
import { countOnes, iota, scatterF64 } from './arrays.js';
import { rankedRuns, releaseRuns, type Ranked } from './ranked.js';
import type { Segmenter } from './segment-columns.js';
import { accumulateJoint, accumulatePaired, accumulateRun, CUR, jointCounts, M, N_ROWS, pairedRowBytes, primaryTest, S0, type IntervalSetup } from './segment-tests.js';
import { jointCells, type RunsCells } from './segment-confusion.js';
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

/** Rows outside the pairs, per run. */
function loneRows(n: number, paired: Int32Array): Int32Array {
  const inPair = new Uint8Array(n);
  for (let i = 0; i < paired.length; i++) inPair[paired[i]!] = 1;
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

/**
 * What the segment AUC tests share across segmenters, per run: the score order's Ranked
 * (positives and tie-group ends by score position) and a placement buffer by position; paired,
 * the current run's score position of each baseline score position and whether the row's label
 * is the same in both runs. Everything per segmenter is then one gather of its labels into score
 * order and sequential passes (docs/decisions/0011-one-pass-review.md).
 */
interface AucWork {
  readonly rankedBase: Ranked;
  readonly rankedCur: Ranked;
  /** Each ranking's tie groups by size (tieGroups of its runs, which it shares with its score kernel). */
  readonly tiesBase: TieGroups;
  readonly tiesCur: TieGroups;
  /** Positives of each run (for the placement slot of the rows in no segment). */
  readonly positivesBase: number;
  readonly positivesCur: number;
  readonly bufBase: Float64Array;
  readonly bufCur: Float64Array;
  /** Paired: the baseline's score position of the row at each current score position. */
  readonly basePos: Int32Array | null;
  /** Paired: 1 at baseline score positions whose row is positive in one run and not the other. */
  readonly labelDiffers: Uint8Array | null;
  /** Paired: whether labelDiffers has a 1 at all (one eval set scored twice: as a rule not). */
  readonly anyLabelDiffers: boolean;
  /** Paired: the current run's placements put into baseline score order (scratch). */
  readonly curAtBase: Float64Array | null;
  /** Each score position's placement slot (2·label + positive) for the segmenter at hand (scratch). */
  readonly slotsBase: Int32Array;
  readonly slotsCur: Int32Array;
}

function aucWork(c: Comparison): AucWork | null {
  const { base, cur } = c;
  // DeLong has no weighted form here: weighted runs keep the primary metric only.
  if (base.kind !== 'class' || cur.kind !== 'class' || !base.binary || !base.score || !cur.score || c.setup.weighted) return null;
  const rankedBase = base.ranked![0]!;
  const rankedCur = cur.ranked![0]!;
  let basePos: Int32Array | null = null;
  let labelDiffers: Uint8Array | null = null;
  let differing = 0;
  if (c.paired) {
    const inv = new Int32Array(base.n);
    const ob = rankedBase.order;
    for (let j = 0; j < ob.length; j++) inv[ob[j]!] = j;
    const oc = rankedCur.order;
    basePos = new Int32Array(oc.length);
    labelDiffers = new Uint8Array(ob.length);
    for (let q = 0; q < oc.length; q++) {
      const j = inv[oc[q]!]!;
      basePos[q] = j;
      const d = +(rankedBase.positive[j] !== rankedCur.positive[q]);
      labelDiffers[j] = d;
      differing += d;
    }
  }
  return {
    rankedBase,
    rankedCur,
    tiesBase: tieGroups(rankedRuns(rankedBase)),
    tiesCur: tieGroups(rankedRuns(rankedCur)),
    positivesBase: countOnes(rankedBase.positive),
    positivesCur: countOnes(rankedCur.positive),
    bufBase: new Float64Array(base.n),
    bufCur: new Float64Array(cur.n),
    basePos,
    labelDiffers,
    anyLabelDiffers: differing > 0,
    curAtBase: c.paired ? new Float64Array(base.n) : null,
    slotsBase: new Int32Array(base.n),
    slotsCur: new Int32Array(cur.n),
  };
}

/**
 * Frees the arrays aucWork made (about 37 bytes a row, paired) before the slices allocate theirs
 * (decision 0032); the rankings are the runs' and stay.
 */
function releaseAucWork(work: AucWork): void {
  releaseRuns(work.rankedBase);
  releaseRuns(work.rankedCur);
  for (const a of [work.bufBase, work.bufCur, work.basePos, work.labelDiffers, work.curAtBase, work.slotsBase, work.slotsCur]) if (a) releaseNow(a);
}

/**
 * Rows per placement slot (2·label + positive) from a run's confusion cells per label (binary:
 * cells y·2 + pred, so a label's positives are its cells 2 and 3), the rows in no segment being the
 * rest of the run: the counts slotTotals would make, without a pass over the rows.
 */
function totalsFromCells(cells: Float64Array, labels: number, n: number, positives: number): Int32Array {
  const total = new Int32Array(2 * (labels + 1));
  let pos = 0;
  let neg = 0;
  for (let l = 0; l < labels; l++) {
    total[2 * l] = cells[4 * l]! + cells[4 * l + 1]!;
    total[2 * l + 1] = cells[4 * l + 2]! + cells[4 * l + 3]!;
    neg += total[2 * l]!;
    pos += total[2 * l + 1]!;
  }
  total[2 * labels] = n - positives - neg;
  total[2 * labels + 1] = positives - pos;
  return total;
}

/**
 * The segment AUC tests of one segmenter. `cells`: both runs' confusion cells per label over the
 * segmenter's labels (the joint pass's, for binary runs), which give the rows per placement slot.
 */
function aucResults(c: Comparison, seg: Segmenter, acc: Float64Array, work: AucWork, cells: RunsCells | null): Pending[] {
  const out: Pending[] = [];
  const { base, cur } = c;
  if (base.kind !== 'class' || cur.kind !== 'class') return out;
  const level = 1 - c.opts.alpha;
  const labels = seg.labels.length;
  const slotsB = placementSlots(seg.base!, work.rankedBase, labels, work.slotsBase);
  const slotsC = placementSlots(seg.cur, work.rankedCur, labels, work.slotsCur);
  // The joint pass's cells are of the current run's labels for both runs: paired runs share one
  // label array (segment-columns.ts), and only paired runs have that pass.
  const joint = cells !== null && seg.base === seg.cur;
  const totalB = joint ? totalsFromCells(cells.b.cells, labels, base.n, work.positivesBase) : slotTotals(slotsB, labels);
  const totalC = joint ? totalsFromCells(cells.c.cells, labels, cur.n, work.positivesCur) : slotTotals(slotsC, labels);
  const pc = segmentPlacements(slotsC, work.tiesCur, labels, work.bufCur, totalC);
  // Paired: per label, whether its rows have the same positives in both runs, and the sums of
  // placement products, over its rows in baseline score order (as DeLong's paired form sums them).
  let pb: SegmentPlacements;
  let differs: Uint8Array | null = null;
  let c10: Float64Array | null = null;
  let c01: Float64Array | null = null;
  if (c.paired) {
    differs = new Uint8Array(labels);
    c10 = new Float64Array(labels);
    c01 = new Float64Array(labels);
    const basePos = work.basePos!;
    const labelDiffers = work.labelDiffers!;
    // The current placements in baseline score order first, in a loop with nothing else in it:
    // written to each one's baseline position (a scatter: sequential reads, and stores that do
    // not wait for their cache lines, 1.3-1.6x faster at 10^6 rows than reading each placement at
    // its current position, a gather). Read in place by the sums below instead, the same reads made
    // the segment scan 0.2-0.45 s slower in thread CPU on the 1M + 1M bench pair (n = 6), though
    // faster in a lone loop over warm arrays. Then one sequential pass over the baseline score
    // order, into each row's placement slot ([c01, c10] per label, and one more pair for rows in no
    // segment, whose sums are not read) instead of a branch, with the baseline's squared deviations
    // (the last pass of segmentPlacements) fused in. Each slot adds the same terms in the same order
    // as separate passes did, so the values are the same bit for bit.
    const vals = segmentPlacementValues(slotsB, work.tiesBase, totalB, labels, work.bufBase);
    const vb = vals.v;
    const vc = pc.v;
    const vcAtBase = work.curAtBase!;
    const len = slotsB.length;
    scatterF64(vcAtBase, vc, basePos);
    const aucB = vals.auc;
    const aucC = new Float64Array(labels + 1);
    aucC.set(pc.auc);
    const differsAll = new Uint8Array(labels + 1);
    const sums = new Float64Array(2 * (labels + 1));
    const ss = new Float64Array(2 * (labels + 1));
    // Which labels hold a row whose label differs between the runs: none when no row's does (the
    // same eval labels scored twice), else a pass of its own, off the sums' loop.
    if (work.anyLabelDiffers) for (let j = 0; j < len; j++) differsAll[slotsB[j]! >> 1] |= labelDiffers[j]!;
    pairedPlacementSums(slotsB, vb, aucB, vcAtBase, aucC, sums, ss);
    pb = withSpread(vals, ss);
    differs.set(differsAll.subarray(0, labels));
    for (let l = 0; l < labels; l++) {
      c01[l] = sums[2 * l]!;
      c10[l] = sums[2 * l + 1]!;
    }
  } else pb = segmentPlacements(slotsB, work.tiesBase, labels, work.bufBase, totalB);
  for (let l = 0; l < labels; l++) {
    if (!supported(acc, l, c.opts.minSupport)) continue;
    const eb = segmentEntry(pb, l);
    const ec = segmentEntry(pc, l);
    if (!eb || !ec) continue;
    // The paired form needs the same positives in both runs (labels can differ between runs).
    const paired = c.paired && differs![l] === 0;
    const cmp = aucTest(eb, ec, paired ? pairedAucCov(eb, c10![l]!, c01![l]!) : null, level);
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

/**
 * The paired sums over the baseline score order, into each position's placement slot s (label
 * s >> 1): sums[s] += (vb - aucB[label]) · (vc - aucC[label]) and ss[s] += (vb - aucB[label])².
 * A function of its own, so that the loop is all V8 compiles when it optimizes it while it runs
 * (decision 0039): inline, the compiled loop was left at the next statement after it, for lack of
 * type feedback there, on every segmenter.
 */
function pairedPlacementSums(slots: Int32Array, vb: Float64Array, aucB: Float64Array, vc: Float64Array, aucC: Float64Array, sums: Float64Array, ss: Float64Array): void {
  for (let j = 0; j < slots.length; j++) {
    const s = slots[j]!;
    const l = s >> 1;
    const db = vb[j]! - aucB[l]!;
    sums[s] += db * (vc[j]! - aucC[l]!);
    ss[s] += db * db;
  }
}

export interface SegmentScan {
  readonly results: SegmentResult[];
  /** Label moments per segmenter, reused by slice discovery. */
  readonly moments: Float64Array[];
  /** Both runs' confusion cells per label of the segmenters counted with their moments (withConfusion). */
  readonly cells: ReadonlyMap<Segmenter, RunsCells>;
}

/**
 * The row bytes of pairedRowBytes when the comparison qualifies: paired binary classification
 * runs, unit weights, 0/1 primary values. Each segmenter's moments and confusion cells then come
 * from one pass (jointCounts).
 */
function jointBytes(c: Comparison): Uint8Array | null {
  const { base, cur } = c;
  if (!c.paired || base.kind !== 'class' || cur.kind !== 'class' || base.k !== 2 || cur.k !== 2) return null;
  if (c.momentWeightsBase !== null || c.momentWeightsCur !== null) return null;
  return pairedRowBytes(c.xBase, c.xCur, base.cell, cur.cell);
}

/** Runs every segment test and applies Benjamini–Hochberg across all of them. */
/**
 * What the segment scan of a comparison reads besides its segmenters: the AUC tests' rankings and
 * buffers, the rank tests' inputs and the joint pass's row bytes. Made before the segmenters are
 * all built when the review's thread would otherwise wait for them (analysis/analyze.ts); handed to
 * one scanSegments, which gives its buffers back.
 */
export interface ScanInputs {
  readonly work: AucWork | null;
  readonly ranks: RankRows | null;
  readonly bytes: Uint8Array | null;
}

export function scanInputs(c: Comparison): ScanInputs {
  return { work: aucWork(c), ranks: rankInputs(c), bytes: jointBytes(c) };
}

export function scanSegments(c: Comparison, segmenters: readonly Segmenter[], inputs: ScanInputs = scanInputs(c)): SegmentScan {
  const pending: Pending[] = [];
  const moments: Float64Array[] = [];
  const cells = new Map<Segmenter, RunsCells>();
  const { work, ranks, bytes } = inputs;
  for (const seg of segmenters) {
    let acc: Float64Array;
    let segCells: RunsCells | null = null;
    if (bytes) {
      // The moments and both runs' cells from one pass over the labels (the same numbers as
      // labelMoments and labelCells).
      const joint = jointCounts(seg.cur, bytes, seg.labels.length);
      acc = new Float64Array(seg.labels.length * M);
      accumulateJoint(acc, joint);
      segCells = jointCells(joint);
      cells.set(seg, segCells);
    } else acc = labelMoments(c, seg);
    moments.push(acc);
    pending.push(...primaryResults(c, seg, acc, ranks));
    if (work) pending.push(...aucResults(c, seg, acc, work, segCells));
  }
  if (work) releaseAucWork(work);
  const q = benjaminiHochberg(pending.map((r) => r.pValue));
  const results: SegmentResult[] = pending.map((r, i) => ({ ...r, qValue: q[i]!, significant: q[i]! <= c.opts.alpha }));
  results.sort(segmentOrder);
  return { results, moments, cells };
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
