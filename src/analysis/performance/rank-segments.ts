/**
 * Rank tests of regression segments on absolute errors (beside the RMSE the segment reports).
 * The t-tests on squared errors (segment-tests.ts) are blind under heavy tails: one huge error
 * carries the variance, so a shift of the bulk of the errors is never significant. Ranks give
 * every row one vote:
 * - paired rows: Wilcoxon signed-rank on d = |e_cur| − |e_base| per row (zeros dropped, the
 *   rows the model did not change);
 * - unpaired rows: Mann–Whitney U of |e_base| vs |e_cur|;
 * - both (a partial id match, see prepare.ts): each part on its own, combined by Stouffer's
 *   weighted Z (stats/rank-tests.ts).
 * One sort per comparison: the rows are ranked once globally; within a segment the ranks come
 * from walking that order and counting the segment's rows only (midranks for ties), O(n) per
 * segment column instead of a sort per segment.
 *
 * Also the MAE of each run in the segment and a normal interval of its change (variance of the
 * per-pair difference when paired, the two runs' variances added when not): the effect size the
 * segment's strength is read from (signals.ts).
 *
 * Weighted rows keep the weighted z-test on squared errors: rank tests have no standard
 * weighted form.
 */
import { argsortDescending } from './ranked.js';
import { mannWhitneyFromSums, stoufferWeighted, wilcoxonFromSums, type RankTestResult } from '../stats/rank-tests.js';
import type { Comparison } from './context.js';
import { normalQuantile } from './special.js';
import type { SegmentCodes, Segmenter } from './segment-columns.js';
import type { MaeChange, SegmentTest } from './types.js';

export interface RankSegmentTest {
  readonly p: number;
  /** Signed z, positive when the current run's absolute errors are larger. */
  readonly z: number;
  readonly test: SegmentTest;
  readonly mae: MaeChange;
}

/** Rows of one comparison prepared for ranking, built once. */
export interface RankRows {
  /** Paired part: base analysis row and current analysis row of each pair. */
  readonly pairs: { readonly base: Int32Array; readonly cur: Int32Array } | null;
  /** d = |e_cur| − |e_base| per pair, and the pairs with d ≠ 0 in ascending |d|. */
  readonly d: Float64Array | null;
  readonly dOrder: Int32Array | null;
  /** Unpaired part: the base rows and current rows outside the pairs. */
  readonly loneBase: Int32Array | null;
  readonly loneCur: Int32Array | null;
  /** Pooled |e| of the lone rows (base first) in ascending order, as indices into the pooled array. */
  readonly pooled: Float64Array | null;
  readonly pooledOrder: Int32Array | null;
  readonly absBase: Float64Array;
  readonly absCur: Float64Array;
}

function absErrors(se: Float64Array): Float64Array {
  return Float64Array.from(se, Math.sqrt);
}

/** Ascending order of |values| (ties in any order: the walks group equal values). */
function ascendingAbs(values: Float64Array, rows?: Int32Array): Int32Array {
  const neg = Float64Array.from(values, (v) => -Math.abs(v));
  return argsortDescending(neg, rows);
}

/**
 * The comparison's rows for the rank tests: null unless a regression run without weights.
 * `pairs` are the paired rows (all of them when the comparison is paired, the id-matched part of
 * a partial match); `lone` the unpaired rows of each run.
 */
export function rankRows(
  c: Comparison,
  pairs: { base: Int32Array; cur: Int32Array } | null,
  lone: { base: Int32Array; cur: Int32Array } | null,
): RankRows | null {
  if (c.base.kind !== 'reg' || c.cur.kind !== 'reg' || c.setup.weighted) return null;
  const absBase = absErrors(c.base.se);
  const absCur = absErrors(c.cur.se);
  let d: Float64Array | null = null;
  let dOrder: Int32Array | null = null;
  if (pairs) {
    d = new Float64Array(pairs.base.length);
    const nonzero: number[] = [];
    for (let k = 0; k < d.length; k++) {
      d[k] = absCur[pairs.cur[k]!]! - absBase[pairs.base[k]!]!;
      if (d[k] !== 0) nonzero.push(k);
    }
    dOrder = ascendingAbs(d, Int32Array.from(nonzero));
  }
  let pooled: Float64Array | null = null;
  let pooledOrder: Int32Array | null = null;
  if (lone) {
    pooled = new Float64Array(lone.base.length + lone.cur.length);
    lone.base.forEach((r, k) => (pooled![k] = absBase[r]!));
    lone.cur.forEach((r, k) => (pooled![lone.base.length + k] = absCur[r]!));
    pooledOrder = ascendingAbs(pooled);
  }
  return { pairs, d, dOrder, loneBase: lone?.base ?? null, loneCur: lone?.cur ?? null, pooled, pooledOrder, absBase, absCur };
}

/** Per-label Wilcoxon sums from the global |d| order: ranks within each label by counting. */
function signedRankByLabel(rr: RankRows, codes: SegmentCodes, labels: number): RankTestResult[] {
  const d = rr.d!;
  const order = rr.dOrder!;
  const pairsCur = rr.pairs!.cur;
  const n = new Float64Array(labels);
  const zeros = new Float64Array(labels);
  const rPlus = new Float64Array(labels);
  const rMinus = new Float64Array(labels);
  const tie = new Float64Array(labels);
  const inBlock = new Float64Array(labels);
  const posInBlock = new Float64Array(labels);
  const touched: number[] = [];
  for (let k = 0; k < d.length; k++) {
    const l = codes[pairsCur[k]!]!;
    if (l >= 0 && d[k] === 0) zeros[l]!++;
  }
  for (let i = 0; i < order.length; ) {
    const v = Math.abs(d[order[i]!]!);
    let j = i;
    for (; j < order.length && Math.abs(d[order[j]!]!) === v; j++) {
      const k = order[j]!;
      const l = codes[pairsCur[k]!]!;
      if (l < 0) continue;
      if (inBlock[l] === 0) touched.push(l);
      inBlock[l]!++;
      if (d[k]! > 0) posInBlock[l]!++;
    }
    for (const l of touched) {
      const t = inBlock[l]!;
      const mid = n[l]! + (t + 1) / 2;
      rPlus[l]! += mid * posInBlock[l]!;
      rMinus[l]! += mid * (t - posInBlock[l]!);
      tie[l]! += t * (t * t - 1);
      n[l]! += t;
      inBlock[l] = 0;
      posInBlock[l] = 0;
    }
    touched.length = 0;
    i = j;
  }
  const out: RankTestResult[] = [];
  for (let l = 0; l < labels; l++) {
    const r = wilcoxonFromSums({ n: n[l]!, zeros: zeros[l]!, rPlus: rPlus[l]!, rMinus: rMinus[l]!, tieTerm: tie[l]! });
    out.push(r ?? { statistic: 0, pValue: 1, direction: 0, method: 'approx' });
  }
  return out;
}

/** Per-label Mann–Whitney sums from the global pooled order (rank sum of the baseline rows). */
function rankSumByLabel(rr: RankRows, codesBase: SegmentCodes, codesCur: SegmentCodes, labels: number): (RankTestResult | null)[] {
  const pooled = rr.pooled!;
  const order = rr.pooledOrder!;
  const nb = rr.loneBase!.length;
  const code = (k: number) => (k < nb ? codesBase[rr.loneBase![k]!]! : codesCur[rr.loneCur![k - nb]!]!);
  const n1 = new Float64Array(labels);
  const n2 = new Float64Array(labels);
  const r1 = new Float64Array(labels);
  const tie = new Float64Array(labels);
  const inBlock = new Float64Array(labels);
  const baseInBlock = new Float64Array(labels);
  const touched: number[] = [];
  for (let i = 0; i < order.length; ) {
    const v = pooled[order[i]!]!;
    let j = i;
    for (; j < order.length && pooled[order[j]!] === v; j++) {
      const k = order[j]!;
      const l = code(k);
      if (l < 0) continue;
      if (inBlock[l] === 0) touched.push(l);
      inBlock[l]!++;
      if (k < nb) baseInBlock[l]!++;
    }
    for (const l of touched) {
      const t = inBlock[l]!;
      const mid = n1[l]! + n2[l]! + (t + 1) / 2;
      r1[l]! += mid * baseInBlock[l]!;
      tie[l]! += t * (t * t - 1);
      n1[l]! += baseInBlock[l]!;
      n2[l]! += t - baseInBlock[l]!;
      inBlock[l] = 0;
      baseInBlock[l] = 0;
    }
    touched.length = 0;
    i = j;
  }
  const out: (RankTestResult | null)[] = [];
  for (let l = 0; l < labels; l++) out.push(mannWhitneyFromSums(n1[l]!, n2[l]!, r1[l]!, tie[l]!));
  return out;
}

/** Signed z of a two-sided p-value with the direction of the shift (exact p-values have no z of their own). */
export function signedZ(p: number, direction: number): number {
  if (!(p < 1) || direction === 0) return 0;
  return Math.sign(direction) * -normalQuantile(Math.max(p, Number.MIN_VALUE) / 2);
}

/** Sums per label for the MAE and its interval. */
interface MaeSums {
  nb: Float64Array;
  sb: Float64Array;
  qb: Float64Array;
  nc: Float64Array;
  sc: Float64Array;
  qc: Float64Array;
  /** Paired part: n, Σd, Σd². */
  np: Float64Array;
  sd: Float64Array;
  qd: Float64Array;
}

function maeSums(rr: RankRows, seg: Segmenter, labels: number): MaeSums {
  const z = () => new Float64Array(labels);
  const s: MaeSums = { nb: z(), sb: z(), qb: z(), nc: z(), sc: z(), qc: z(), np: z(), sd: z(), qd: z() };
  const addB = (l: number, x: number) => {
    s.nb[l]!++;
    s.sb[l]! += x;
    s.qb[l]! += x * x;
  };
  const addC = (l: number, x: number) => {
    s.nc[l]!++;
    s.sc[l]! += x;
    s.qc[l]! += x * x;
  };
  if (rr.pairs) {
    const { base, cur } = rr.pairs;
    for (let k = 0; k < base.length; k++) {
      const l = seg.cur[cur[k]!]!;
      if (l < 0) continue;
      addB(l, rr.absBase[base[k]!]!);
      addC(l, rr.absCur[cur[k]!]!);
      const d = rr.d![k]!;
      s.np[l]!++;
      s.sd[l]! += d;
      s.qd[l]! += d * d;
    }
  }
  if (rr.loneBase) for (const r of rr.loneBase) if (seg.base![r]! >= 0) addB(seg.base![r]!, rr.absBase[r]!);
  if (rr.loneCur) for (const r of rr.loneCur) if (seg.cur[r]! >= 0) addC(seg.cur[r]!, rr.absCur[r]!);
  return s;
}

function varianceOfMean(n: number, s: number, q: number): number {
  return n > 1 ? Math.max(0, (q - (s * s) / n) / (n - 1)) / n : 0;
}

/**
 * Variance of the MAE change: the paired part through the per-pair differences, the lone rows
 * through each run's own variance; the parts are weighted by their share of each run's rows.
 */
function maeChange(s: MaeSums, l: number, level: number): MaeChange | null {
  const nb = s.nb[l]!;
  const nc = s.nc[l]!;
  if (nb === 0 || nc === 0) return null;
  const base = s.sb[l]! / nb;
  const cur = s.sc[l]! / nc;
  const np = s.np[l]!;
  // All rows paired: the variance of the per-pair difference. Otherwise (unpaired, or a partial
  // match) the two runs' variances added: exact for independent rows, conservative for pairs,
  // whose absolute errors correlate positively.
  const v =
    np === nb && np === nc
      ? varianceOfMean(np, s.sd[l]!, s.qd[l]!)
      : varianceOfMean(nb, s.sb[l]!, s.qb[l]!) + varianceOfMean(nc, s.sc[l]!, s.qc[l]!);
  const half = normalQuantile(1 - (1 - level) / 2) * Math.sqrt(v);
  const delta = cur - base;
  return { base, cur, delta, ci: Number.isFinite(half) && v > 0 ? [delta - half, delta + half] : null };
}

/**
 * Size of a two-sample comparison for Stouffer's weights: n_b·n_c / (n_b + n_c), what the
 * test's z grows with (√ of it) for a given effect. m pairs count m/2, like m rows against m
 * rows: in a balanced design each part weighs by its share of the rows.
 */
export function effectiveSize(nb: number, nc: number): number {
  return nb + nc > 0 ? (nb * nc) / (nb + nc) : 0;
}

/** Rank tests and MAE changes of every label of one segment column (null where a label has no test). */
export function rankSegmentTests(rr: RankRows, seg: Segmenter, level: number): (RankSegmentTest | null)[] {
  const labels = seg.labels.length;
  const paired = rr.pairs ? signedRankByLabel(rr, seg.cur, labels) : null;
  const lone = rr.pooled ? rankSumByLabel(rr, seg.base!, seg.cur, labels) : null;
  const sums = maeSums(rr, seg, labels);
  const out: (RankSegmentTest | null)[] = [];
  for (let l = 0; l < labels; l++) {
    const mae = maeChange(sums, l, level);
    if (!mae) {
      out.push(null);
      continue;
    }
    const w = paired ? paired[l]! : null;
    const u = lone ? lone[l]! : null;
    const np = sums.np[l]!;
    const loneB = sums.nb[l]! - np;
    const loneC = sums.nc[l]! - np;
    if (w && u && np > 0 && loneB > 0 && loneC > 0) {
      // Partial id match: the paired and the unpaired part are disjoint rows, so independent.
      const s = stoufferWeighted([
        { z: signedZ(w.pValue, w.direction), n: effectiveSize(np, np) },
        { z: signedZ(u.pValue, u.direction), n: effectiveSize(loneB, loneC) },
      ]);
      out.push({ p: s.pValue, z: s.z, test: 'partial_paired', mae });
    } else if (w && np > 0) out.push({ p: w.pValue, z: signedZ(w.pValue, w.direction), test: 'wilcoxon_signed_rank', mae });
    else if (u) out.push({ p: u.pValue, z: signedZ(u.pValue, u.direction), test: 'mann_whitney_u', mae });
    else out.push(null);
  }
  return out;
}
