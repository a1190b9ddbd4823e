/**
 * Rank metrics (ROC AUC, average precision) over a score order computed once. A bootstrap
 * resample is a vector of row multiplicities, so each resample is one weighted pass over the
 * pre-sorted rows instead of a new sort (the hot path of the headline bootstrap).
 *
 * Ties follow scikit-learn: rows with equal scores form one threshold, so AUC counts a tied
 * positive/negative pair as 1/2 (trapezoid rule) and AP steps once per distinct score.
 */
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
 * Input already in order (common: runs put in score order earlier) costs one check.
 * Values must not be NaN.
 */
export function argsortDescending(values: Float64Array, rows?: Int32Array): Int32Array {
  const n = rows ? rows.length : values.length;
  const keys = new Float64Array(n);
  // -0 + 0 = +0: the two zeros must tie, as they do under a numeric comparison.
  for (let i = 0; i < n; i++) keys[i] = values[rows ? rows[i]! : i]! + 0;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (keys[i]! > keys[i - 1]!) sorted = false;
  if (sorted) return rows ? Int32Array.from(rows) : iota(n);
  const bits = new Uint32Array(keys.buffer);
  // Map each float to a uint64 (hi, lo) whose ascending order is the floats' descending order.
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = bits[2 * i + 1]!;
    let l = bits[2 * i]!;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[i] = ~h >>> 0;
    lo[i] = ~l >>> 0;
  }
  let idx: Int32Array = iota(n);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let idx2: Int32Array = new Int32Array(n);
  const count = new Int32Array(256);
  for (let pass = 0; pass < 8; pass++) {
    const word = pass < 4 ? lo : hi;
    const shift = (pass & 3) * 8;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(word[i]! >>> shift) & 255]!++;
    // A digit shared by every key leaves the order unchanged: skip the scatter.
    if (count[(word[0]! >>> shift) & 255] === n) continue;
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const dst = count[(word[i]! >>> shift) & 255]!++;
      hi2[dst] = hi[i]!;
      lo2[dst] = lo[i]!;
      idx2[dst] = idx[i]!;
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
  }
  if (!rows) return idx;
  return gatherI32(rows, idx);
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
  const order = argsortDescending(score, rows);
  const n = order.length;
  const groupEnd = new Uint8Array(n);
  const positive = new Uint8Array(n);
  const shareUnit = weight === null && unit !== undefined && unit.length === n;
  const w = shareUnit ? unit : new Float64Array(n);
  let identity = true;
  for (let j = 0; j < n; j++) {
    const r = order[j]!;
    if (r !== j) identity = false;
    groupEnd[j] = j === n - 1 || score[order[j + 1]!] !== score[r] ? 1 : 0;
    positive[j] = labels[r] === positiveClass ? 1 : 0;
    if (!shareUnit) w[j] = weight ? weight[r]! : 1;
  }
  return { order, groupEnd, positive, weight: w, identity };
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
