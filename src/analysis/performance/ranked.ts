/**
 * Rank metrics (ROC AUC, average precision) over a score order computed once. A bootstrap
 * resample is a vector of row multiplicities, so each resample is one weighted pass over the
 * pre-sorted rows instead of a new sort (the hot path of the headline bootstrap).
 *
 * Ties follow scikit-learn: rows with equal scores form one threshold, so AUC counts a tied
 * positive/negative pair as 1/2 (trapezoid rule) and AP steps once per distinct score.
 */
import { releaseNow } from '../../memory.js';
import { gridScale, gridSpan } from '../stats/decimal-grid.js';
import { countDigits, digitWidth, DIGIT_BITS, startsOfDigits } from '../stats/radix.js';
import { gatherI32, iota } from './arrays.js';

/** Rows sorted by score, descending, with tie-group ends marked. */
export interface Ranked {
  /** Row indices in descending score order (stable: equal scores keep row order). */
  readonly order: Int32Array;
  /** 1 at positions whose next position holds a different score (or that are last). */
  readonly groupEnd: Uint8Array;
  /** 1 at positions holding a positive row. */
  readonly positive: Uint8Array;
  /** Row weight at each position. */
  readonly weight: Float64Array;
  /** order[j] === j for every j: the rows are already in score order. */
  readonly identity: boolean;
}

/**
 * Indices of `rows` (default 0..n-1) ordered by `values` descending; equal values keep their
 * input order. LSD radix sort on the float64 bit patterns (keys travel with the indices so every
 * pass reads sequentially): stable and O(n), ~10x faster than a comparator sort on 100k rows.
 * The low words only order runs that share a high word (see below).
 * Input already in order (common: runs put in score order earlier) costs one check.
 * Values must not be NaN.
 */
export function argsortDescending(values: Float64Array, rows?: Int32Array): Int32Array {
  return orderOf(values, rows, null).order;
}

/**
 * argsortDescending, and when `ends` is given (of the order's length) and the sort had the keys
 * in order at hand (already in order, or on a decimal grid), the tie-group ends marked in it from
 * them, sequentially (`endsMarked`); otherwise `ends` is left as it was.
 */
function orderOf(values: Float64Array, rows: Int32Array | undefined, ends: Uint8Array | null): { order: Int32Array; endsMarked: boolean } {
  // Each loop is a function of its own (decision 0045): called once per sort on 10^6 keys, a loop
  // inside this function was compiled on the stack, left at its exit and compiled again for the
  // next loop, call after call.
  const n = rows ? rows.length : values.length;
  const keys = new Float64Array(n);
  if (rows) gatherKeys(keys, values, rows);
  else copyKeys(keys, values);
  if (isDescending(keys)) {
    if (ends) markEnds(ends, keys);
    releaseNow(keys);
    return { order: rows ? Int32Array.from(rows) : iota(n), endsMarked: ends !== null };
  }
  // Scores on a decimal grid sort by their grid indices (decision 0049).
  const onGrid = gridOrder(keys, ends);
  if (onGrid) {
    releaseNow(keys);
    if (!rows) return { order: onGrid, endsMarked: ends !== null };
    const out = gatherI32(rows, onGrid);
    releaseNow(onGrid);
    return { order: out, endsMarked: ends !== null };
  }
  // Map each float to a uint64 (hi, lo) whose ascending order is the floats' descending order.
  let hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  descendingWords(new Uint32Array(keys.buffer), hi, lo);
  // LSD passes over the high words only (11, 11 and 10 bits), then the runs that share a high
  // word put in order of their low words: distinct scores almost never share a high word (sign,
  // exponent and 20 bits of the mantissa), so those runs are ties, already in input order. Half
  // the passes of a sort on all 64 bits, and the same order.
  let idx: Int32Array = iota(n);
  let hi2 = new Uint32Array(n);
  let idx2: Int32Array = new Int32Array(n);
  const count = new Int32Array(2048);
  for (const [shift, width] of [
    [0, 11],
    [11, 11],
    [22, 10],
  ] as const) {
    const mask = (1 << width) - 1;
    countDigits(count, hi, shift, mask);
    // A digit shared by every key leaves the order unchanged: skip the scatter.
    if (count[(hi[0]! >>> shift) & mask] === n) continue;
    startsOfDigits(count, mask);
    scatterByDigit(count, hi, idx, hi2, idx2, shift, mask);
    [hi, hi2] = [hi2, hi];
    [idx, idx2] = [idx2, idx];
  }
  orderTiesByLowWord(hi, lo, idx);
  // The scratch goes back now (about 7 bytes a row beside the 4 of the order): a review sorts a
  // few 10^6-row runs one after another (decision 0032).
  for (const a of [keys, hi, hi2, lo, idx2]) releaseNow(a);
  if (!rows) return { order: idx, endsMarked: false };
  const out = gatherI32(rows, idx);
  releaseNow(idx);
  return { order: out, endsMarked: false };
}

/**
 * Most grid steps sorted by their indices: keys of at most 22 bits, two LSD passes of 11 (or one
 * of up to 11 bits), against the three passes over the high words and the low-word fix-up of the
 * general path.
 */
const GRID_MAX_STEPS = 1 << (2 * DIGIT_BITS);

/**
 * The stable descending order of `keys` (no NaN, -0 already +0) when they lie on a decimal grid
 * of at most GRID_MAX_STEPS steps (stats/decimal-grid.ts): an LSD radix sort of hi − m, the grid
 * index m counted down from the highest, in one or two passes. Every key was checked to be
 * m / 10^k, so equal indices are equal keys and the other way round (ties stay ties), and a
 * higher index is a higher key. Null when they do not lie on such a grid. `ends`, when given, gets
 * the tie-group ends of the order (markEnds over the sorted indices).
 */
function gridOrder(keys: Float64Array, ends: Uint8Array | null): Int32Array | null {
  const n = keys.length;
  const p = gridScale(keys, GRID_MAX_STEPS);
  if (p === 0) return null;
  const span = gridSpan(keys, p);
  if (span === undefined || !(span.hi - span.lo < GRID_MAX_STEPS)) return null;
  let key = new Uint32Array(n);
  // gridSpan passes NaNs by; here a NaN (against the contract) sends the keys to the general path.
  if (!gridKeysDown(keys, p, span.hi, key)) {
    releaseNow(key);
    return null;
  }
  const bits = 32 - Math.clz32(span.hi - span.lo);
  const width = digitWidth(bits);
  const mask = (1 << width) - 1;
  let idx: Int32Array = iota(n);
  let key2 = new Uint32Array(n);
  let idx2: Int32Array = new Int32Array(n);
  const count = new Int32Array(1 << DIGIT_BITS);
  for (let shift = 0; shift < bits; shift += width) {
    countDigits(count, key, shift, mask);
    if (count[(key[0]! >>> shift) & mask] === n) continue;
    startsOfDigits(count, mask);
    scatterByDigit(count, key, idx, key2, idx2, shift, mask);
    [key, key2] = [key2, key];
    [idx, idx2] = [idx2, idx];
  }
  if (ends) markEnds(ends, key);
  for (const a of [key, key2, idx2]) releaseNow(a);
  return idx;
}

/** 1 where the next key differs from this one, and at the last: over keys in order. */
function markEnds(ends: Uint8Array, keys: Float64Array | Uint32Array): void {
  const last = keys.length - 1;
  for (let j = 0; j < last; j++) ends[j] = +(keys[j + 1] !== keys[j]);
  if (last >= 0) ends[last] = 1;
}

/** hi − round(x·p) for each key into `out`; false at a NaN. */
function gridKeysDown(keys: Float64Array, p: number, hi: number, out: Uint32Array): boolean {
  for (let i = 0; i < keys.length; i++) {
    const d = hi - Math.round(keys[i]! * p);
    if (!(d >= 0)) return false;
    out[i] = d;
  }
  return true;
}

// The loops of argsortDescending. -0 + 0 = +0: the two zeros must tie, as they do under a
// numeric comparison.

function copyKeys(keys: Float64Array, values: Float64Array): void {
  for (let i = 0; i < keys.length; i++) keys[i] = values[i]! + 0;
}

function gatherKeys(keys: Float64Array, values: Float64Array, rows: Int32Array): void {
  for (let i = 0; i < keys.length; i++) keys[i] = values[rows[i]!]! + 0;
}

function isDescending(keys: Float64Array): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i]! > keys[i - 1]!) return false;
  return true;
}

/** Each key's bits (two words per key) as a (hi, lo) pair in ascending order of the descending keys. */
function descendingWords(bits: Uint32Array, hi: Uint32Array, lo: Uint32Array): void {
  for (let i = 0; i < hi.length; i++) {
    let h = bits[2 * i + 1]!;
    let l = bits[2 * i]!;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[i] = ~h >>> 0;
    lo[i] = ~l >>> 0;
  }
}

function scatterByDigit(count: Int32Array, hi: Uint32Array, idx: Int32Array, hi2: Uint32Array, idx2: Int32Array, shift: number, mask: number): void {
  for (let i = 0; i < hi.length; i++) {
    const dst = count[(hi[i]! >>> shift) & mask]!++;
    hi2[dst] = hi[i]!;
    idx2[dst] = idx[i]!;
  }
}

/** Runs of one high word, by low word; equal keys keep their input order (a stable sort). */
function orderTiesByLowWord(hi: Uint32Array, lo: Uint32Array, idx: Int32Array): void {
  const n = hi.length;
  let i = 0;
  while (i < n) {
    const j = runOfWord(hi, lo, idx, i);
    if (j < 0) {
      const end = -j;
      if (end - i > 32) {
        const run = Array.from(idx.subarray(i, end)).sort((a, b) => lo[a]! - lo[b]! || a - b);
        idx.set(run, i);
      } else insertByLowWord(lo, idx, i, end);
      i = end;
    } else i = j;
  }
}

/** The end of the run of hi[i]'s word from i: as it is when its low words are in order, negated when not. */
function runOfWord(hi: Uint32Array, lo: Uint32Array, idx: Int32Array, i: number): number {
  const h = hi[i]!;
  let j = i + 1;
  let inOrder = true;
  while (j < hi.length && hi[j] === h) {
    if (lo[idx[j - 1]!]! > lo[idx[j]!]!) inOrder = false;
    j++;
  }
  return inOrder ? j : -j;
}

function insertByLowWord(lo: Uint32Array, idx: Int32Array, i: number, j: number): void {
  for (let a = i + 1; a < j; a++) {
    const x = idx[a]!;
    const key = lo[x]!;
    let b = a - 1;
    while (b >= i && lo[idx[b]!]! > key) {
      idx[b + 1] = idx[b]!;
      b--;
    }
    idx[b + 1] = x;
  }
}

/**
 * Sorts `rows` (indices into `score`, default all) by score descending and marks tie groups;
 * a row is positive when labels[row] === positiveClass.
 */
export function rankRows(
  score: Float64Array,
  labels: ArrayLike<number>,
  positiveClass: number,
  weight: Float64Array | null,
  rows?: Int32Array,
  /**
   * An all-ones array of the order's length to share as the weights of an unweighted ranking
   * (a score order does not change all-ones weights; saves 8 MB per ranking at 10^6 rows).
   */
  unit?: Float64Array,
): Ranked {
  const n = rows ? rows.length : score.length;
  const groupEnd = new Uint8Array(n);
  const { order, endsMarked } = orderOf(score, rows, groupEnd);
  const positive = new Uint8Array(n);
  const shareUnit = weight === null && unit !== undefined && unit.length === n;
  const w = shareUnit ? unit : new Float64Array(n);
  // The order is as good as random over the rows: the positives are flagged as bytes in row order
  // first (a sequential read), then gathered from an eighth of the memory of 4-byte labels; the
  // tie-group ends come from the sort's keys in order when it had them (a sequential read, not two
  // scores gathered a position).
  const isPositive = positiveBytes(labels, positiveClass);
  if (!endsMarked) markEndsOfOrder(groupEnd, score, order);
  gatherBytesInOrder(positive, isPositive, order);
  releaseNow(isPositive);
  if (!shareUnit) gatherWeights(w, weight, order);
  return { order, groupEnd, positive, weight: w, identity: isIdentity(order) };
}

/** 1 for each row whose label is the positive class, in row order. */
function positiveBytes(labels: ArrayLike<number>, positiveClass: number): Uint8Array {
  const out = new Uint8Array(labels.length);
  for (let r = 0; r < labels.length; r++) out[r] = +(labels[r] === positiveClass);
  return out;
}

// The flags as `+(a !== b)`, not `a !== b ? 1 : 0`, which V8 compiles to a branch: on scores in
// an order as good as random, it mispredicted about one row in three (decision 0045).
function markEndsOfOrder(groupEnd: Uint8Array, score: Float64Array, order: Int32Array): void {
  const last = order.length - 1;
  for (let j = 0; j < last; j++) groupEnd[j] = +(score[order[j + 1]!] !== score[order[j]!]);
  if (last >= 0) groupEnd[last] = 1;
}

function gatherBytesInOrder(out: Uint8Array, bytes: Uint8Array, order: Int32Array): void {
  for (let j = 0; j < order.length; j++) out[j] = bytes[order[j]!]!;
}

function gatherWeights(w: Float64Array, weight: Float64Array | null, order: Int32Array): void {
  for (let j = 0; j < order.length; j++) w[j] = weight ? weight[order[j]!]! : 1;
}

function isIdentity(order: Int32Array): boolean {
  for (let j = 0; j < order.length; j++) if (order[j] !== j) return false;
  return true;
}

export interface RankStats {
  /** ROC AUC; NaN when one class is absent. */
  auc: number;
  /** Average precision (sklearn's step-wise sum); NaN without positives. */
  ap: number;
}

/**
 * AUC and AP in one pass. `counts` (indexed by row) are resample multiplicities; null means
 * every row once. AUC = Σ_groups negW_g (posW_above + posW_g / 2) / (P N), the trapezoid area
 * of sklearn's ROC curve; AP = Σ_groups posW_g · precision_g / P.
 */
export function rankStats(r: Ranked, counts: Int32Array | null, out: RankStats = { auc: NaN, ap: NaN }): RankStats {
  const { order, groupEnd, positive, weight } = r;
  const n = order.length;
  let tp = 0;
  let fp = 0;
  let gtp = 0;
  let gfp = 0;
  let area = 0;
  let ap = 0;
  for (let j = 0; j < n; j++) {
    const c = counts === null ? 1 : counts[order[j]!]!;
    if (c !== 0) {
      const wc = c * weight[j]!;
      if (positive[j]) gtp += wc;
      else gfp += wc;
    }
    if (groupEnd[j]) {
      if (gtp + gfp > 0) {
        area += gfp * (tp + gtp / 2);
        tp += gtp;
        fp += gfp;
        if (gtp > 0) ap += (gtp * tp) / (tp + fp);
        gtp = 0;
        gfp = 0;
      }
    }
  }
  out.auc = tp > 0 && fp > 0 ? area / (tp * fp) : NaN;
  out.ap = tp > 0 ? ap / tp : NaN;
  return out;
}

// ---- runs of a score order ---------------------------------------------------------------------

/** Flags of a run of scoreRuns: a tie group; a calibration bin ends with the run. */
export const RUN_TIES = 1;
export const RUN_BIN_END = 2;

/**
 * Cuts the score order into runs for the rank pass: maximal stretches of distinct scores, and
 * tie groups (size >= 2); a run also ends where a calibration bin ends (bins never split a tie
 * group: equal scores share a bin). Flat [start, end, flags] triples. 
 *
 * A run ends after position j when j ends its group (groupEnd, which is 1 at the last position) and
 * that group or the next one is a tie group, or a bin ends at j, or j is last: one flat pass counts
 * the runs, a second writes them into a buffer of that size (a growing number[] cost more than the
 * scan at 10^6 rows, a buffer for the most runs there can be was 12 MB a run). Walked with a
 * callback per run and nested scans, the two passes took about 12 ms at 10^6 rows.
 */
export function scoreRuns(groupEnd: Uint8Array, binEnd: Uint8Array | null): Int32Array {
  const n = groupEnd.length;
  let runs = 0;
  for (let j = 0; j < n; j++) runs += runEndsAt(groupEnd, binEnd, j);
  const out = new Int32Array(3 * runs);
  let len = 0;
  let start = 0;
  for (let j = 0; j < n; j++) {
    if (!runEndsAt(groupEnd, binEnd, j)) continue;
    out[len++] = start;
    out[len++] = j + 1;
    out[len++] = (inTieGroup(groupEnd, j) ? RUN_TIES : 0) | (binEnd !== null && binEnd[j] === 1 ? RUN_BIN_END : 0);
    start = j + 1;
  }
  return out;
}

/** Position j is in a tie group (two or more positions): it does not end its group, or the one before does not. */
function inTieGroup(groupEnd: Uint8Array, j: number): boolean {
  return groupEnd[j] === 0 || (j > 0 && groupEnd[j - 1] === 0);
}

/** 1 when a run of scoreRuns ends at position j, else 0. */
function runEndsAt(groupEnd: Uint8Array, binEnd: Uint8Array | null, j: number): number {
  if (groupEnd[j] === 0) return 0;
  const last = j === groupEnd.length - 1;
  return last || inTieGroup(groupEnd, j) || groupEnd[j + 1] === 0 || (binEnd !== null && binEnd[j] === 1) ? 1 : 0;
}

/**
 * Runs of a ranking cut already, by its score kernel (with calibration-bin cuts, which the other
 * readers of tie runs may take as they are): the segment AUC tests read the same runs, a cut
 * costs about 11 ms at 10^6 rows and 3.4 MB.
 */
const keptRuns = new WeakMap<Ranked, Int32Array>();

/** Keeps `runs` (scoreRuns of the ranking's groupEnd, bin ends or not) for rankedRuns. */
export function keepRuns(ranked: Ranked, runs: Int32Array): void {
  keptRuns.set(ranked, runs);
}

/** The ranking's runs: those kept, or cut now (no bin ends) and kept. */
export function rankedRuns(ranked: Ranked): Int32Array {
  let runs = keptRuns.get(ranked);
  if (runs === undefined || runs.length === 0) keptRuns.set(ranked, (runs = scoreRuns(ranked.groupEnd, null)));
  return runs;
}

/** Gives the ranking's kept runs back (decision 0032): their last reader is done. */
export function releaseRuns(ranked: Ranked): void {
  const runs = keptRuns.get(ranked);
  keptRuns.delete(ranked);
  if (runs) releaseNow(runs);
}
