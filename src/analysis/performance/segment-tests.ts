/**
 * Tests of the primary metric inside a segment or slice, from sufficient statistics (weighted
 * moments of a per-row value x: correctness for classification, squared error for regression).
 * One pass over the rows fills the moments of every segment of a column at once, so scanning
 * hundreds of one- and two-feature slices stays linear in the rows.
 *
 * Why analytic tests here (the headline uses the bootstrap): a scan runs hundreds of tests and
 * corrects them with Benjamini–Hochberg, which needs p-values far below 1/resamples; and the
 * exact tests lose nothing:
 * - paired accuracy, unweighted: exact McNemar (binomial on the discordant pairs);
 * - unpaired accuracy, unweighted: Fisher's exact test on the 2×2 table run × correct;
 * - regression (RMSE): paired t-test on per-row differences of squared errors (paired) or
 *   Welch's t-test on squared errors (unpaired) — H0 "equal MSE" is H0 "equal RMSE";
 * - weighted rows: z-test on the weighted means with linearisation (sandwich) variances.
 * Intervals: accuracy deltas take values in {-1, 0, 1} per pair, so their bootstrap only needs
 * the cell counts (multinomial/binomial draws, exact, O(resamples)); RMSE deltas get a
 * delta-method interval; weighted ones a normal interval.
 */
import { binomialSample, multinomialSmall, percentileInterval, type Rng } from '../stats/bootstrap.js';
import { fisherExact, mcnemarExact } from '../stats/exact-tests.js';
import { normalQuantile, normalTwoSidedP, studentTwoSidedP } from './special.js';
import type { Interval, SegmentTest } from './types.js';
import type { CodeArray } from './segment-columns.js';

/** Moments per cell: stride and field offsets. */
export const M = 16;
/** Field offsets of a run's block (base block at 0, current block at CUR). */
export const N_ROWS = 0;
export const S0 = 1;
export const S1 = 2;
export const Q0 = 3;
export const Q1 = 4;
export const Q2 = 5;
export const CUR = 6;
/** Paired cross moments: Σ wb·wc, Σ wb·wc·xb, Σ wb·wc·xc, Σ wb·wc·xb·xc. */
export const P0 = 12;
export const PB = 13;
export const PC = 14;
export const P2 = 15;

/**
 * The values of an array that holds only 0 and 1 (correctness indicators) as bytes, or null when
 * it holds anything else; computed once per array. The counting loops read these: 1 byte a row
 * instead of 8, and an integer index with no float conversion (at 10^6 rows, each segmenter and
 * slice pair reads two runs' indicators).
 */
const indicatorCache = new WeakMap<Float64Array, Uint8Array | null>();

function indicatorBytes(x: Float64Array): Uint8Array | null {
  let known = indicatorCache.get(x);
  if (known === undefined) {
    known = new Uint8Array(x.length);
    for (let i = 0; i < x.length; i++) {
      const v = x[i]!;
      if (v !== 0 && v !== 1) {
        known = null;
        break;
      }
      known[i] = v;
    }
    indicatorCache.set(x, known);
  }
  return known;
}

/**
 * Integer counts of rows per cell and value combination (stride `ways`): the sufficient statistic
 * of unit-weight 0/1 values (issue 11). The float sums the general loops build from such values are
 * integers below 2^53, so adding these counts (to moments that hold integers, as fresh ones do)
 * gives them bit for bit, with one integer increment per row instead of six float additions.
 */
function countCombos(cells: number, cell: CodeArray, xb: Uint8Array, xc: Uint8Array | null): Float64Array {
  const ways = xc ? 4 : 2;
  const counts = new Int32Array(cells * ways);
  if (xc) {
    for (let i = 0; i < cell.length; i++) {
      const c = cell[i]!;
      if (c >= 0) counts[(c << 2) | (xb[i]! << 1) | xc[i]!]!++;
    }
  } else {
    for (let i = 0; i < cell.length; i++) {
      const c = cell[i]!;
      if (c >= 0) counts[(c << 1) | xb[i]!]!++;
    }
  }
  return Float64Array.from(counts);
}

/**
 * Adds one run's rows to the moments of their cells: n, Σw, Σw·x, Σw², Σw²·x, Σw²·x².
 * `cell[i]` < 0 leaves row i out. `w` null means unit weights (fewer sums per row; the others
 * follow: Σw = Σw² = n, Σw²·x = Σw·x).
 */
export function accumulateRun(acc: Float64Array, block: 0 | typeof CUR, cell: CodeArray, x: Float64Array, w: Float64Array | null): void {
  const bytes = w === null ? indicatorBytes(x) : null;
  if (bytes) {
    const k = countCombos(acc.length / M, cell, bytes, null);
    for (let c = 0, o = block; o < acc.length; c++, o += M) {
      const n = k[2 * c]! + k[2 * c + 1]!;
      const ones = k[2 * c + 1]!;
      acc[o]! += n;
      acc[o + S1]! += ones;
      acc[o + Q2]! += ones;
    }
    completeUnit(acc, block);
    return;
  }
  if (w === null) {
    for (let i = 0; i < cell.length; i++) {
      const c = cell[i]!;
      if (c < 0) continue;
      const o = c * M + block;
      const xi = x[i]!;
      acc[o]! += 1;
      acc[o + S1]! += xi;
      acc[o + Q2]! += xi * xi;
    }
    completeUnit(acc, block);
    return;
  }
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c < 0) continue;
    const o = c * M + block;
    const wi = w[i]!;
    const xi = x[i]!;
    const ww = wi * wi;
    acc[o]! += 1;
    acc[o + S0]! += wi;
    acc[o + S1]! += wi * xi;
    acc[o + Q0]! += ww;
    acc[o + Q1]! += ww * xi;
    acc[o + Q2]! += ww * xi * xi;
  }
}

/** Unit weights: fill Σw, Σw², Σw²·x of a block from n and Σx. */
function completeUnit(acc: Float64Array, block: 0 | typeof CUR): void {
  for (let o = 0; o < acc.length; o += M) {
    acc[o + block + S0] = acc[o + block]!;
    acc[o + block + Q0] = acc[o + block]!;
    acc[o + block + Q1] = acc[o + block + S1]!;
  }
}

/** The unit-weight paired pass over general values: n, both runs' Σx and Σx², and Σ xb·xc. */
function accumulatePairedUnit(acc: Float64Array, cell: CodeArray, xb: Float64Array, xc: Float64Array): void {
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c < 0) continue;
    const o = c * M;
    const b = xb[i]!;
    const x = xc[i]!;
    acc[o]! += 1;
    acc[o + S1]! += b;
    acc[o + Q2]! += b * b;
    acc[o + CUR + S1]! += x;
    acc[o + CUR + Q2]! += x * x;
    acc[o + P2]! += b * x;
  }
}

/**
 * Adds paired rows (same cell for both runs): both runs' blocks and the cross moments.
 * Weights null = unit weights in both runs.
 */
/** Adds countCombos' four (base, current) value-pair counts per cell to paired unit-weight moments. */
function addPairedCounts(acc: Float64Array, k: Float64Array): void {
  for (let c = 0, o = 0; o < acc.length; c++, o += M) {
    const n01 = k[4 * c + 1]!;
    const n10 = k[4 * c + 2]!;
    const n11 = k[4 * c + 3]!;
    acc[o]! += k[4 * c]! + n01 + n10 + n11;
    acc[o + S1]! += n10 + n11;
    acc[o + Q2]! += n10 + n11;
    acc[o + CUR + S1]! += n01 + n11;
    acc[o + CUR + Q2]! += n01 + n11;
    acc[o + P2]! += n11;
  }
}

/** The sums paired unit-weight moments take from the ones accumulated (both runs' n, the cross terms). */
function completePairedUnit(acc: Float64Array): void {
  for (let o = 0; o < acc.length; o += M) {
    const n = acc[o]!;
    acc[o + CUR] = n;
    acc[o + P0] = n;
    acc[o + PB] = acc[o + S1]!;
    acc[o + PC] = acc[o + CUR + S1]!;
  }
  completeUnit(acc, 0);
  completeUnit(acc, CUR);
}

/**
 * The counts of a slice pair of segmenters, for paired unit-weight 0/1 values: rows per [b label]
 * [a label][value pair] (the value pair's two bits from `a`'s WithBits), rows where either label
 * is negative left out, straight from the two label arrays (a pass over 10^6 rows, no cells
 * written out first). addPairCounts makes the pair's moments of them, the ones accumulatePaired
 * gives over the pair's cells (pairCells).
 */
export function pairCounts(a: WithBits, la: number, b: CodeArray, lb: number): Int32Array {
  const stride = la * 4;
  const byB = new Int32Array(lb * stride);
  const { bits } = a;
  for (let i = 0; i < b.length; i++) {
    const x = bits[i]!;
    const cb = b[i]!;
    // Both non-negative: the sign bit of their OR is clear.
    if ((x | cb) >= 0) byB[cb * stride + x]!++;
  }
  return byB;
}

/**
 * Adds a slice pair's counts (pairCounts' layout) to its moments, cell a·lb + b: integer counts
 * put in the moments' order [a label][b label][value pair], so the same either way.
 */
export function addPairCounts(acc: Float64Array, byB: Int32Array, la: number, lb: number): void {
  const stride = la * 4;
  const counts = new Float64Array(byB.length);
  for (let ca = 0; ca < la; ca++) for (let cb = 0; cb < lb; cb++) for (let v = 0; v < 4; v++) counts[((ca * lb + cb) << 2) | v] = byB[cb * stride + ca * 4 + v]!;
  addPairedCounts(acc, counts);
  completePairedUnit(acc);
}

/**
 * Second segmenters of slice pairs counted together (decision 0050): their labels packed into one
 * code per row (packLabels), one pass over the rows counts the first segmenter against all of
 * them, and each pair's counts are summed out of that pass's (packedPairCounts). A pass costs
 * what a single pair's does (its time is the rows' loads and increments, not the counts' size
 * while they stay in cache): on the bench's 10^6 rows (its labels, in a lone loop), 3.0-3.8 ms
 * for the three pairs of a packed triple against 2.9-3.2 ms for each alone, and 5.3 ms to pack
 * the triple, once for every first segmenter before it. With 12 paired columns that is 30 passes
 * instead of 66. Four second segmenters counted side by side in one loop, each into counts of its
 * own, were no faster than one at a time on the bench's labels (25 against 25 ms for eight pairs).
 */
export const PACK_COLUMNS = 3;

/**
 * The most counts a packed pass keeps (codes × first segmenter's labels × 4 value pairs): 256 KiB
 * of them, within a core's L2 cache (512 KiB to 1 MiB on current x86 servers), so that the
 * increments hit the cache as a single pair's do. Wider combinations are counted pair by pair.
 */
export const PACK_MAX_COUNTS = 1 << 16;

/**
 * The labels of several segmenters as one code per row, in base (l + 1) digits, the first
 * segmenter's most significant: each label + 1, so that a row in no segment of one of them (−1)
 * has a digit of its own, 0. Null when the codes would not fit two bytes.
 */
export function packLabels(codes: readonly CodeArray[], labels: readonly number[]): Int16Array | null {
  const size = labels.reduce((p, l) => p * (l + 1), 1);
  if (codes.length === 0 || size > 1 << 15) return null;
  const first = codes[0]!;
  const out = new Int16Array(first.length);
  for (let i = 0; i < out.length; i++) out[i] = first[i]! + 1;
  for (let k = 1; k < codes.length; k++) packDigit(out, codes[k]!, labels[k]! + 1);
  return out;
}

function packDigit(out: Int16Array, codes: CodeArray, base: number): void {
  for (let i = 0; i < out.length; i++) out[i] = out[i]! * base + codes[i]! + 1;
}

/**
 * pairCounts of `a` against each segmenter packed in `packed` (packLabels of `labels`), from one
 * pass over the rows; null when that pass would keep more than PACK_MAX_COUNTS counts. Integer
 * counts summed out of the pass's, so each pair's are the ones pairCounts gives.
 */
export function packedPairCounts(a: WithBits, la: number, packed: Int16Array, labels: readonly number[]): Int32Array[] | null {
  const stride = la * 4;
  const codes = labels.reduce((p, l) => p * (l + 1), 1);
  if (codes * stride > PACK_MAX_COUNTS) return null;
  const all = new Int32Array(codes * stride);
  countPacked(a.bits, packed, all, stride);
  const out: Int32Array[] = [];
  let after = codes;
  for (const l of labels) {
    // This segmenter's digit of a code: (code / after) mod (l + 1), `after` the codes its
    // lower digits span; digit 0 is a row in none of its segments.
    const base = l + 1;
    after /= base;
    const byB = new Int32Array(l * stride);
    for (let code = 0; code < codes; code++) {
      const digit = Math.floor(code / after) % base;
      if (digit === 0) continue;
      const from = code * stride;
      const to = (digit - 1) * stride;
      for (let x = 0; x < stride; x++) byB[to + x]! += all[from + x]!;
    }
    out.push(byB);
  }
  return out;
}

/** The packed pass: rows per [packed code][a label][value pair], rows in none of `a`'s segments left out. */
function countPacked(bits: Int16Array, packed: Int16Array, all: Int32Array, stride: number): void {
  for (let i = 0; i < packed.length; i++) {
    const x = bits[i]!;
    if (x >= 0) all[packed[i]! * stride + x]!++;
  }
}

/**
 * Paired binary runs with unit weights and 0/1 values: per row one byte of both runs' values and
 * confusion cells, 32·xb + 16·xc + 4·cellB + cellC (a cell is 2·label + prediction), made once per
 * comparison. A segmenter's moments and both runs' confusion cells per label then come from one
 * pass over its labels and these bytes (jointCounts), instead of one pass for the moments and one
 * per run for the cells: 3 bytes read a row instead of 16 (issue 11). Null when the rows do not
 * qualify (other values, other cells); the callers then take the separate passes.
 */
export function pairedRowBytes(xb: Float64Array, xc: Float64Array, cellB: Int32Array, cellC: Int32Array): Uint8Array | null {
  const bb = indicatorBytes(xb);
  const bc = bb ? indicatorBytes(xc) : null;
  if (!bb || !bc || cellB.length !== bb.length || cellC.length !== bb.length) return null;
  const out = new Uint8Array(bb.length);
  let outside = 0;
  for (let i = 0; i < out.length; i++) {
    const b = cellB[i]!;
    const c = cellC[i]!;
    // Any cell outside 0-3 sets a bit above the low two.
    outside |= b | c;
    out[i] = (bb[i]! << 5) | (bc[i]! << 4) | ((b & 3) << 2) | (c & 3);
  }
  return (outside & ~3) === 0 ? out : null;
}

/** Rows per label and row byte (pairedRowBytes): counts[64·label + byte]; rows with a negative label are left out. */
export function jointCounts(codes: CodeArray, bytes: Uint8Array, labels: number): Int32Array {
  const counts = new Int32Array(labels * 64);
  for (let i = 0; i < codes.length; i++) {
    const l = codes[i]!;
    if (l >= 0) counts[(l << 6) | bytes[i]!]!++;
  }
  return counts;
}

/**
 * accumulatePaired of unit weights and 0/1 values, from jointCounts: the counts of each label's
 * four value pairs are sums of its joint counts, integers, so the moments are the same bit for bit.
 */
export function accumulateJoint(acc: Float64Array, joint: Int32Array): void {
  const labels = joint.length >> 6;
  const pairs = new Float64Array(labels * 4);
  for (let l = 0; l < labels; l++) {
    for (let v = 0; v < 4; v++) {
      let n = 0;
      for (let low = 0; low < 16; low++) n += joint[(l << 6) | (v << 4) | low]!;
      pairs[(l << 2) | v] = n;
    }
  }
  addPairedCounts(acc, pairs);
  completePairedUnit(acc);
}

/** A segmenter's labels with the rows' paired 0/1 values: 4·label + 2·base + current per row, -1 in no segment. */
export interface WithBits {
  readonly bits: Int16Array;
}

/**
 * The labels `a` (at most MAX_CATEGORY_LABELS of them: 4·label + 3 fits two bytes) combined with
 * both runs' 0/1 values, for the slice pairs that `a` is the first segmenter of: each pair then
 * reads two arrays a row instead of four (pairCounts). Null unless both runs' values are 0/1.
 */
export function labelsWithBits(a: CodeArray, xb: Float64Array, xc: Float64Array): WithBits | null {
  const bb = indicatorBytes(xb);
  const bc = bb ? indicatorBytes(xc) : null;
  if (!bb || !bc) return null;
  const bits = new Int16Array(a.length);
  let top = 0;
  for (let i = 0; i < a.length; i++) {
    const ca = a[i]!;
    top |= ca;
    bits[i] = ca < 0 ? -1 : (ca << 2) | (bb[i]! << 1) | bc[i]!;
  }
  // A label past 2^13 - 1 would not fit (none has: segmenters stop at MAX_CATEGORY_LABELS).
  return top < 8192 ? { bits } : null;
}

export function accumulatePaired(
  acc: Float64Array,
  cell: CodeArray,
  xb: Float64Array,
  wb: Float64Array | null,
  xc: Float64Array,
  wc: Float64Array | null,
): void {
  if (wb === null && wc === null) {
    const bb = indicatorBytes(xb);
    const bc = bb ? indicatorBytes(xc) : null;
    // Counts of the four (base, current) value pairs per cell give every sum exactly.
    if (bb && bc) addPairedCounts(acc, countCombos(acc.length / M, cell, bb, bc));
    // One pass for both runs and the cross term.
    else accumulatePairedUnit(acc, cell, xb, xc);
    completePairedUnit(acc);
    return;
  }
  const ones = new Float64Array(cell.length).fill(1);
  const wB = wb ?? ones;
  const wC = wc ?? ones;
  accumulateRun(acc, 0, cell, xb, wB);
  accumulateRun(acc, CUR, cell, xc, wC);
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c < 0) continue;
    const o = c * M;
    const ww = wB[i]! * wC[i]!;
    acc[o + P0]! += ww;
    acc[o + PB]! += ww * xb[i]!;
    acc[o + PC]! += ww * xc[i]!;
    acc[o + P2]! += ww * xb[i]! * xc[i]!;
  }
}

export interface TestSetup {
  readonly kind: 'class' | 'reg';
  readonly paired: boolean;
  readonly weighted: boolean;
}

export interface IntervalSetup {
  readonly rng: Rng;
  readonly resamples: number;
  readonly level: number;
}

export interface PrimaryTest {
  /** Accuracy or RMSE of each run in the cell. */
  readonly base: number;
  readonly cur: number;
  readonly delta: number;
  readonly p: number;
  readonly ci: Interval | null;
  readonly test: SegmentTest;
  /** Mean of x per run (accuracy or MSE): the scale of the drop mass. */
  readonly meanBase: number;
  readonly meanCur: number;
}

/** Variance of each run's weighted mean and their covariance, from the moments. */
interface MeanVariances {
  readonly vb: number;
  readonly vc: number;
  readonly cov: number;
}

/** Linearisation (sandwich) variances of weighted means: Σw²(x - m)² / (Σw)². */
function weightedVariances(m: Float64Array, o: number, paired: boolean): MeanVariances {
  const sb = m[o + S0]!;
  const sc = m[o + CUR + S0]!;
  const mb = m[o + S1]! / sb;
  const mc = m[o + CUR + S1]! / sc;
  const vb = (m[o + Q2]! - 2 * mb * m[o + Q1]! + mb * mb * m[o + Q0]!) / (sb * sb);
  const vc = (m[o + CUR + Q2]! - 2 * mc * m[o + CUR + Q1]! + mc * mc * m[o + CUR + Q0]!) / (sc * sc);
  const cov = paired ? (m[o + P2]! - mc * m[o + PB]! - mb * m[o + PC]! + mb * mc * m[o + P0]!) / (sb * sc) : 0;
  return { vb: Math.max(0, vb), vc: Math.max(0, vc), cov };
}

/** Standard error of the difference of the runs' weighted means in a cell (linearisation). */
export function deltaStandardError(m: Float64Array, o: number, paired: boolean): number {
  const v = weightedVariances(m, o, paired);
  return Math.sqrt(Math.max(0, v.vb + v.vc - 2 * v.cov));
}

/** Unweighted: s²/n per run (ddof 1), and the paired covariance of the means. */
function sampleVariances(m: Float64Array, o: number, paired: boolean): MeanVariances {
  const nb = m[o + N_ROWS]!;
  const nc = m[o + CUR + N_ROWS]!;
  const mb = m[o + S1]! / nb;
  const mc = m[o + CUR + S1]! / nc;
  const vb = nb > 1 ? Math.max(0, (m[o + Q2]! - nb * mb * mb) / (nb - 1)) / nb : 0;
  const vc = nc > 1 ? Math.max(0, (m[o + CUR + Q2]! - nc * mc * mc) / (nc - 1)) / nc : 0;
  const cov = paired && nb > 1 ? (m[o + P2]! - nb * mb * mc) / (nb - 1) / nb : 0;
  return { vb, vc, cov };
}

/** p-value of a z or t statistic whose standard error may be 0 (a degenerate but certain result). */
function pOfStatistic(diff: number, se: number, df: number | null): number {
  if (!(se > 0)) return diff === 0 ? 1 : 0;
  const t = diff / se;
  return df === null ? normalTwoSidedP(t) : studentTwoSidedP(t, df);
}

function normalInterval(delta: number, sd: number, level: number): Interval | null {
  if (!Number.isFinite(sd)) return null;
  const z = normalQuantile(1 - (1 - level) / 2);
  return [delta - z * sd, delta + z * sd];
}

/** Primary test of one cell (`o` = cell offset in the moments array); null when a run has no rows. */
export function primaryTest(m: Float64Array, o: number, setup: TestSetup, interval: IntervalSetup | null): PrimaryTest | null {
  const nb = m[o + N_ROWS]!;
  const nc = m[o + CUR + N_ROWS]!;
  if (nb === 0 || nc === 0) return null;
  const meanBase = m[o + S1]! / m[o + S0]!;
  const meanCur = m[o + CUR + S1]! / m[o + CUR + S0]!;
  return setup.kind === 'class'
    ? accuracyTest(m, o, setup, interval, meanBase, meanCur)
    : rmseTest(m, o, setup, interval, meanBase, meanCur);
}

function accuracyTest(m: Float64Array, o: number, setup: TestSetup, interval: IntervalSetup | null, mb: number, mc: number): PrimaryTest {
  const delta = mc - mb;
  const common = { base: mb, cur: mc, delta, meanBase: mb, meanCur: mc };
  if (setup.weighted) {
    const v = weightedVariances(m, o, setup.paired);
    const sd = Math.sqrt(Math.max(0, v.vb + v.vc - 2 * v.cov));
    return { ...common, p: pOfStatistic(delta, sd, null), ci: interval ? normalInterval(delta, sd, interval.level) : null, test: 'weighted_z' };
  }
  const nb = m[o + N_ROWS]!;
  const nc = m[o + CUR + N_ROWS]!;
  const kb = m[o + S1]!;
  const kc = m[o + CUR + S1]!;
  if (setup.paired) {
    const both = m[o + P2]!;
    const baseOnly = kb - both;
    const curOnly = kc - both;
    const ci = interval ? pairedCountInterval(nb, baseOnly, curOnly, interval) : null;
    return { ...common, p: mcnemarExact(baseOnly, curOnly), ci, test: 'mcnemar_exact' };
  }
  const ci = interval ? twoBinomialInterval(nb, kb, nc, kc, interval) : null;
  return { ...common, p: fisherExact(kb, nb - kb, kc, nc - kc), ci, test: 'fisher_exact' };
}

/** Bootstrap of a paired accuracy delta from its discordant counts: n pairs resampled as a multinomial. */
function pairedCountInterval(n: number, baseOnly: number, curOnly: number, s: IntervalSetup): Interval | null {
  const d = new Float64Array(s.resamples);
  const probs = [baseOnly / n, curOnly / n, (n - baseOnly - curOnly) / n];
  const cells = new Int32Array(3);
  for (let r = 0; r < s.resamples; r++) {
    multinomialSmall(s.rng, n, probs, cells);
    d[r] = (cells[1]! - cells[0]!) / n;
  }
  return percentileInterval(d, s.level);
}

/** Bootstrap of a difference of two independent proportions: two binomial draws per resample. */
function twoBinomialInterval(nb: number, kb: number, nc: number, kc: number, s: IntervalSetup): Interval | null {
  const d = new Float64Array(s.resamples);
  for (let r = 0; r < s.resamples; r++) d[r] = binomialSample(s.rng, nc, kc / nc) / nc - binomialSample(s.rng, nb, kb / nb) / nb;
  return percentileInterval(d, s.level);
}

function rmseTest(m: Float64Array, o: number, setup: TestSetup, interval: IntervalSetup | null, mseB: number, mseC: number): PrimaryTest {
  const base = Math.sqrt(mseB);
  const cur = Math.sqrt(mseC);
  const delta = cur - base;
  const v = setup.weighted ? weightedVariances(m, o, setup.paired) : sampleVariances(m, o, setup.paired);
  const diff = mseC - mseB;
  let p: number;
  let test: SegmentTest;
  if (setup.weighted) {
    p = pOfStatistic(diff, Math.sqrt(Math.max(0, v.vb + v.vc - 2 * v.cov)), null);
    test = 'weighted_z';
  } else if (setup.paired) {
    // Paired t on d = e_cur² - e_base²: var(mean d) = vb + vc - 2 cov.
    const n = m[o + N_ROWS]!;
    p = pOfStatistic(diff, Math.sqrt(Math.max(0, v.vb + v.vc - 2 * v.cov)), n - 1);
    test = 'paired_t';
  } else {
    const nb = m[o + N_ROWS]!;
    const nc = m[o + CUR + N_ROWS]!;
    const df = (v.vb + v.vc) ** 2 / (v.vb ** 2 / (nb - 1) + v.vc ** 2 / (nc - 1));
    p = pOfStatistic(diff, Math.sqrt(v.vb + v.vc), df);
    test = 'welch_t';
  }
  let ci: Interval | null = null;
  if (interval && base > 0 && cur > 0) {
    // Delta method: d sqrt(M) = dM / (2 sqrt(M)).
    const sd = Math.sqrt(Math.max(0, v.vc / (4 * mseC) + v.vb / (4 * mseB) - (2 * v.cov) / (4 * base * cur)));
    ci = normalInterval(delta, sd, interval.level);
  }
  return { base, cur, delta, p, ci, test, meanBase: mseB, meanCur: mseC };
}
