/**
 * Order statistics without a full sort: the k-th smallest of an array's values, in place
 * (quickselect with a three-way partition, so runs of equal values, common in rounded data, cost
 * one pass). O(n) expected; a range that keeps shrinking slowly (an adversarial order) is sorted
 * instead after a bounded number of rounds, so the worst case stays O(n log n).
 */
import { insertionSortRange, sortFloat64InPlace } from './two-sample.js';

/**
 * The value of rank `k` (0-based, ascending) among `values[from, to)`, which are finite (no NaN).
 * Reorders that range: afterwards every value before position k is at most the returned value and
 * every value after it at least. -0 and +0 count as equal: either may be returned for a rank they
 * share.
 */
export function selectInPlace(values: Float64Array, k: number, from = 0, to = values.length): number {
  if (!(k >= from && k < to)) throw new RangeError(`rank ${k} outside [${from}, ${to})`);
  let lo = from;
  let hi = to;
  // Each round at least halves the range on average; this many without finishing means a bad
  // order of values for the pivots: sort the rest.
  let rounds = 2 * Math.ceil(Math.log2(to - from + 1)) + 8;
  while (hi - lo > 16) {
    if (rounds-- === 0) {
      sortFloat64InPlace(values.subarray(lo, hi));
      return values[k]!;
    }
    const pivot = medianOfThree(values[lo]!, values[(lo + hi) >>> 1]!, values[hi - 1]!);
    // [lo, lt) < pivot, [lt, i) == pivot, (gt, hi) > pivot; [i, gt] still to see.
    let lt = lo;
    let i = lo;
    let gt = hi - 1;
    while (i <= gt) {
      const x = values[i]!;
      if (x < pivot) {
        values[i] = values[lt]!;
        values[lt] = x;
        lt++;
        i++;
      } else if (x > pivot) {
        values[i] = values[gt]!;
        values[gt] = x;
        gt--;
      } else i++;
    }
    if (k < lt) hi = lt;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
  // A short range: insertion sort.
  insertionSortRange(values, lo, hi);
  return values[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
