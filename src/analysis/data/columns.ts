/**
 * Column-level building blocks shared by the data checks: one cached profile per column
 * (missing / NaN / inf counts, moments, quantiles, category counts), sorted finite values on
 * demand, category alignment between two dictionaries, segment codes, and 64-bit row hashes
 * with a compact hash index. Everything works on the typed arrays of the columnar Table;
 * nothing builds row objects.
 *
 * Memory is the cost that matters at 10^6 rows: on this kind of VM the first write to a fresh
 * 8 MB buffer costs ~30 ms of page faults, more than sorting it. So sorted copies live in a few
 * reusable scratch buffers and profiles keep summaries, not arrays.
 */
import type { Column, NumberColumn, StringCodes, StringColumn, Table } from '../../artifacts/table.js';
import { rowCodes } from '../../artifacts/shared.js';
import { hashString, sameIdSequence, type RowIds } from '../../artifacts/row-ids.js';
import { lerpQuantile, quantileSorted } from '../stats/distance.js';
import { sortFloat64InPlace } from '../stats/two-sample.js';
import { sameCells } from '../same-cells.js';
import { releaseNow } from '../../memory.js';

/**
 * Numeric columns with more distinct values than this are binned, fewer are categories (a code
 * like sex = 1/2 or a star rating): segments cut them by value, and drift names the value whose
 * share moved.
 */
export const MAX_NUMERIC_CATEGORIES = 10;

/** Levels of NumericProfile.quantiles: 0, 0.05, …, 1. */
export const QUANTILE_STEP = 0.05;
/** Levels of NumericProfile.quintiles. */
export const QUINTILES: readonly number[] = [0.2, 0.4, 0.6, 0.8];

export interface NumericProfile {
  readonly kind: 'number';
  readonly n: number;
  /** Finite values (not missing, NaN or ±inf). */
  readonly finite: number;
  readonly missing: number;
  readonly nan: number;
  readonly posInf: number;
  readonly negInf: number;
  readonly mean: number;
  readonly std: number;
  readonly distinct: number;
  /** Share of the most frequent finite value. */
  readonly topShare: number;
  /** NaN when there are no finite values. */
  readonly min: number;
  readonly max: number;
  /** numpy-default (linear) quantiles of the finite values at 0, 0.05, …, 1 (see quantileAt). */
  readonly quantiles: Float64Array;
  /**
   * Linear quantiles at exactly 0.2, 0.4, 0.6, 0.8 (NaN without finite values): the quintiles
   * the segment bins are cut at, so binning needs no sort of its own (see segment-columns.ts).
   */
  readonly quintiles: Float64Array;
  /** Observed values at ranks floor(k/10 · (finite − 1)), k = 1..9 (numpy method 'lower'). */
  readonly lowerDeciles: Float64Array;
  readonly zeros: number;
  /** Linear quantiles of the nonzero finite values at 0.1 … 0.9 (empty without nonzero values). */
  readonly nonzeroDeciles: Float64Array;
}

export interface CategoricalProfile {
  readonly kind: 'string';
  readonly n: number;
  /** Count per dictionary code. */
  readonly counts: Float64Array;
  readonly missing: number;
  readonly distinct: number;
  readonly topShare: number;
}

export type Profile = NumericProfile | CategoricalProfile;

/** Linear quantile at a multiple of QUANTILE_STEP. */
export function quantileAt(p: NumericProfile, q: number): number {
  return p.quantiles[Math.round(q / QUANTILE_STEP)]!;
}

// Profiles are pure functions of an immutable column; caching them lets drift, quality and
// preprocessing share one sort per column.
const profileCache = new WeakMap<Column, Profile>();

/**
 * In the data worker, the baseline sorts the drift check makes are made early, for the segmenters
 * (decision 0037). A segmenter of a numeric feature needs the baseline column's quintiles, which
 * finiteQuintiles finds by selection to save a sort; the drift check then sorts the same column.
 * With keepSorts on, finiteQuintiles sorts the column into an array of its own instead, profiles
 * it from that sort and keeps the sort for the drift check (takeKeptSort): one sort where there
 * were a selection and a sort, and the same numbers. On the 1M + 1M bench pair the worker's thread
 * CPU went from 355-432 to 486-532 ms for the segmenters and from 587-617 to 323-379 ms for the
 * drift check; the kept sorts (8 MB a column at 10^6 rows) raise the peak RSS by about 75 MiB.
 * Off in the review's own thread, which runs no drift check after building a segmenter.
 */
let keepSorts = false;
const keptSorts = new WeakMap<NumberColumn, Float64Array>();

/**
 * What may use a kept sort at once instead of keeping it: called with the column and its sorted
 * finite values when finiteQuintiles made them, it returns true when it has taken what it needs,
 * and the sort's memory is then given back at once (decision 0032); false keeps the sort for
 * takeKeptSort. The data worker's drift check of a column whose current cells are the same
 * (drift.ts, twinDriftFromSorts): kept, such sorts made most of the worker's peak memory (12 of
 * them, 91 MB on the 1M + 1M bench pair), all alive at once while the segmenters were built.
 */
export type SortConsumer = (col: NumberColumn, sorted: Float64Array) => boolean;
let consumeSort: SortConsumer | null = null;

export function keepSortsForDrift(on: boolean, consume: SortConsumer | null = null): void {
  keepSorts = on;
  consumeSort = on ? consume : null;
}

/** The sort finiteQuintiles kept for `col` (sortedFinite's values, in an array of its own), handed over once; null when there is none. */
export function takeKeptSort(col: NumberColumn): Float64Array | null {
  const sorted = keptSorts.get(col) ?? null;
  keptSorts.delete(col);
  return sorted;
}

export function profile(col: NumberColumn): NumericProfile;
export function profile(col: StringColumn): CategoricalProfile;
export function profile(col: Column): Profile;
export function profile(col: Column): Profile {
  const hit = profileCache.get(col);
  if (hit) return hit;
  if (col.kind === 'string') {
    const p = categoricalProfile(col);
    profileCache.set(col, p);
    return p;
  }
  sortedFinite(col, 2);
  return profileCache.get(col)!;
}

/** Buckets of the histogram `finiteQuintiles` selects its order statistics through. */
const SELECT_BUCKETS = 4096;
/**
 * Share of the values the buckets holding the wanted ranks may hold at most before a full sort
 * is cheaper: a few such buckets of a skewed column (most values in one bucket) are sorted then.
 */
const SELECT_MAX_SHARE = 1 / 8;

/**
 * The count, range and QUINTILES of a numeric column's finite values: the profile's own numbers,
 * from its cache when the column has been profiled, else by selection (issue 11). A histogram of
 * SELECT_BUCKETS equal-width buckets over [min, max] (the bucket is monotone in the value) finds
 * the buckets holding the order statistics the quintiles interpolate between; only their values
 * are copied and sorted, against a sort of the whole column (about 20 ms at 10^6 rows for the
 * segmenters, which need nothing else of the profile). The values are the same: the same order
 * statistics through quantileSorted's interpolation.
 */
export function finiteQuintiles(col: NumberColumn): { finite: number; min: number; max: number; quintiles: Float64Array } {
  const hit = profileCache.get(col);
  if (hit && hit.kind === 'number') return { finite: hit.finite, min: hit.min, max: hit.max, quintiles: hit.quintiles };
  if (keepSorts) {
    // The profile's numbers, as a profiled column gives them above.
    const { sorted, counts } = fillSorted(col.values, col.missing, 'own');
    const p = summarize(col.values.length, sorted, counts);
    profileCache.set(col, p);
    if (consumeSort?.(col, sorted)) releaseNow(sorted);
    else keptSorts.set(col, sorted);
    return { finite: p.finite, min: p.min, max: p.max, quintiles: p.quintiles };
  }
  const v = col.values;
  let k = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (x - x !== 0) continue;
    k++;
    // The sorted order's ends: -0 before +0.
    if (x < min || (x === 0 && x === min && 1 / x < 0)) min = x;
    if (x > max || (x === 0 && x === max && 1 / x > 0)) max = x;
  }
  if (k === 0) return { finite: 0, min: NaN, max: NaN, quintiles: Float64Array.from(QUINTILES, () => NaN) };
  // The ranks each quintile interpolates between, as quantileSorted reads them.
  const ranks: number[] = [];
  for (const q of QUINTILES) {
    const lo = Math.floor(q * (k - 1));
    ranks.push(lo, Math.min(lo + 1, k - 1));
  }
  const at = new Map<number, number>();
  if (min === max) for (const r of ranks) at.set(r, min);
  else {
    const scale = SELECT_BUCKETS / (max - min);
    const bucketOf = (x: number): number => Math.min(SELECT_BUCKETS - 1, Math.floor((x - min) * scale));
    const counts = new Int32Array(SELECT_BUCKETS);
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!;
      if (x - x === 0) counts[bucketOf(x)]!++;
    }
    const start = new Int32Array(SELECT_BUCKETS);
    for (let b = 1; b < SELECT_BUCKETS; b++) start[b] = start[b - 1]! + counts[b - 1]!;
    const wanted = new Uint8Array(SELECT_BUCKETS);
    let inWanted = 0;
    const bucketOfRank = (r: number): number => {
      let lo = 0;
      let hi = SELECT_BUCKETS - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (start[mid]! <= r) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    for (const r of ranks) {
      const b = bucketOfRank(r);
      if (!wanted[b]) inWanted += counts[b]!;
      wanted[b] = 1;
    }
    if (inWanted > SELECT_MAX_SHARE * k) {
      const p = profile(col);
      return { finite: p.finite, min: p.min, max: p.max, quintiles: p.quintiles };
    }
    // Each wanted bucket's values, sorted, side by side in bucket order.
    const offset = new Int32Array(SELECT_BUCKETS);
    let total = 0;
    for (let b = 0; b < SELECT_BUCKETS; b++) {
      offset[b] = total;
      if (wanted[b]) total += counts[b]!;
    }
    const held = new Float64Array(total);
    const fill = Int32Array.from(offset);
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!;
      if (x - x !== 0) continue;
      const b = bucketOf(x);
      if (wanted[b]) held[fill[b]!++] = x;
    }
    sortFloat64InPlace(held);
    for (const r of ranks) {
      const b = bucketOfRank(r);
      at.set(r, held[offset[b]! + (r - start[b]!)]!);
    }
  }
  const quintiles = Float64Array.from(QUINTILES, (q) => {
    const pos = q * (k - 1);
    const lo = Math.floor(pos);
    return lerpQuantile(at.get(lo)!, at.get(Math.min(lo + 1, k - 1))!, pos - lo);
  });
  return { finite: k, min, max, quintiles };
}

/**
 * Profiles every column of a list (no-op for those already profiled). A column with the same
 * cells as the same-named column of `twins` (the other run's table, profiled first) takes that
 * column's profile instead of a sort of its own (decision 0027).
 */
export function profileColumns(columns: readonly Column[], twins: readonly Column[] = []): void {
  for (const c of columns) {
    const t = profileCache.has(c) ? undefined : twins.find((x) => x.name === c.name);
    if (t && sameCells(t, c)) profileCache.set(c, profile(t));
    else profile(c);
  }
}

// Scratch buffers for sorted copies, by slot: 0 and 1 hold the two sides of a comparison, 2 the
// column being profiled. A view into a slot is valid until the next sortedFinite on that slot.
const scratch: Float64Array[] = [new Float64Array(0), new Float64Array(0), new Float64Array(0)];

/**
 * The finite values of a numeric column, sorted ascending, in scratch slot `slot` (the view is
 * overwritten by the next call on the same slot). Fills the column's profile on the way.
 */
export function sortedFinite(col: NumberColumn, slot: 0 | 1 | 2): Float64Array {
  const { sorted, counts } = fillSorted(col.values, col.missing, slot);
  if (!profileCache.has(col)) profileCache.set(col, summarize(col.values.length, sorted, counts));
  return sorted;
}

/**
 * sortedFinite of a column with the same cells as `twin` (sameCells), given twin's sorted finite
 * values: twin's sorted array itself (the same values; read only), and the column's profile is
 * twin's (decision 0027). Twin must have been through sortedFinite, so that its profile is known.
 * The drift check then compares the one array with itself, which ksAndWassersteinSorted answers
 * without a merge; a copy into a scratch slot of its own cost 8 MB of memory and 2-3 ms a column
 * at 10^6 rows.
 */
export function sortedFiniteOfTwin(col: NumberColumn, twin: NumberColumn, twinSorted: Float64Array): Float64Array {
  if (!profileCache.has(col)) profileCache.set(col, profile(twin));
  return twinSorted;
}

/** The finite values of any numeric array (scores, labels), sorted, in scratch slot `slot`. */
export function sortedFiniteOf(values: ArrayLike<number>, slot: 0 | 1 | 2): Float64Array {
  return fillSorted(values, null, slot).sorted;
}

/**
 * Lets the scratch slots go (the next sortedFinite allocates again). Called when the data checks
 * end: at 10^6 rows the three slots hold 24 MB that the rest of the review would otherwise carry.
 */
export function releaseScratch(): void {
  for (let s = 0; s < scratch.length; s++) scratch[s] = new Float64Array(0);
}

/** A scratch buffer of at least `size` values for slot `slot` (contents undefined). */
export function scratchBuffer(slot: 0 | 1 | 2, size: number): Float64Array {
  if (scratch[slot]!.length < size) scratch[slot] = new Float64Array(Math.max(size, Math.ceil(scratch[slot]!.length * 1.5)));
  return scratch[slot]!;
}

function fillSorted(
  v: ArrayLike<number>,
  missingMask: Uint8Array | null,
  slot: 0 | 1 | 2 | 'own',
): { sorted: Float64Array; counts: { missing: number; nan: number; posInf: number; negInf: number; sum: number } } {
  const n = v.length;
  let missing = 0;
  let nan = 0;
  let posInf = 0;
  let negInf = 0;
  let sum = 0;
  let other = 0;
  // Branch-free (decision 0039): a finite value is added, any other adds +0, which leaves the
  // sum as it was (it starts at +0, so it is never -0); the rare non-finite values are told apart
  // in a second pass.
  for (let i = 0; i < n; i++) {
    const x = v[i]!;
    const finite = x - x === 0;
    sum += finite ? x : 0;
    other += finite ? 0 : 1;
  }
  if (other > 0) {
    for (let i = 0; i < n; i++) {
      const x = v[i]!;
      if (x - x === 0) continue;
      if (missingMask?.[i]) missing++;
      else if (x === Infinity) posInf++;
      else if (x === -Infinity) negInf++;
      else nan++;
    }
  }
  const k = n - missing - nan - posInf - negInf;
  const buf = slot === 'own' ? new Float64Array(n) : scratchBuffer(slot, n);
  // A column without gaps is one memcpy; otherwise copy the finite values.
  if (k === n && v instanceof Float64Array) buf.set(v);
  else {
    let j = 0;
    for (let i = 0; i < n; i++) {
      const x = v[i]!;
      if (x - x === 0) buf[j++] = x;
    }
  }
  const sorted = buf.subarray(0, k);
  sortFloat64InPlace(sorted);
  return { sorted, counts: { missing, nan, posInf, negInf, sum } };
}

function summarize(
  n: number,
  sorted: Float64Array,
  c: { missing: number; nan: number; posInf: number; negInf: number; sum: number },
): NumericProfile {
  const k = sorted.length;
  const mean = k > 0 ? c.sum / k : NaN;
  let ss = 0;
  let distinct = 0;
  let run = 0;
  let topRun = 0;
  let zeros = 0;
  let zeroStart = -1;
  // The squared deviations in a loop of their own: beside the branches below, the sum was a
  // boxed double, a heap number per value (decision 0039).
  for (let i = 0; i < k; i++) {
    const d = sorted[i]! - mean;
    ss += d * d;
  }
  for (let i = 0; i < k; i++) {
    const x = sorted[i]!;
    if (i === 0 || x !== sorted[i - 1]) {
      distinct++;
      run = 1;
    } else run++;
    if (run > topRun) topRun = run;
    if (x === 0) {
      if (zeroStart < 0) zeroStart = i;
      zeros++;
    }
  }
  const steps = Math.round(1 / QUANTILE_STEP);
  const quantiles = new Float64Array(steps + 1);
  for (let j = 0; j <= steps; j++) quantiles[j] = k > 0 ? quantileSorted(sorted, j * QUANTILE_STEP) : NaN;
  const quintiles = Float64Array.from(QUINTILES, (q) => (k > 0 ? quantileSorted(sorted, q) : NaN));
  const lowerDeciles = new Float64Array(9);
  for (let j = 1; j <= 9; j++) lowerDeciles[j - 1] = k > 0 ? sorted[Math.floor((j / 10) * (k - 1))]! : NaN;
  // Deciles of the nonzero values: the zeros sit in one run [zeroStart, zeroStart + zeros).
  const m = k - zeros;
  const nonzeroDeciles = new Float64Array(m > 0 ? 9 : 0);
  const at = (i: number): number => sorted[zeros > 0 && i >= zeroStart ? i + zeros : i]!;
  for (let j = 1; j <= 9 && m > 0; j++) {
    const pos = (j / 10) * (m - 1);
    const lo = Math.floor(pos);
    const a = at(lo);
    const b = at(Math.min(lo + 1, m - 1));
    nonzeroDeciles[j - 1] = a + (b - a) * (pos - lo);
  }
  return {
    kind: 'number',
    n,
    finite: k,
    missing: c.missing,
    nan: c.nan,
    posInf: c.posInf,
    negInf: c.negInf,
    mean,
    std: k > 1 ? Math.sqrt(ss / (k - 1)) : 0,
    distinct,
    topShare: k > 0 ? topRun / k : 0,
    min: k > 0 ? sorted[0]! : NaN,
    max: k > 0 ? sorted[k - 1]! : NaN,
    quantiles,
    quintiles,
    lowerDeciles,
    zeros,
    nonzeroDeciles,
  };
}

function categoricalProfile(col: StringColumn): CategoricalProfile {
  const counts = new Float64Array(col.dict.length);
  let missing = 0;
  const codes = col.codes;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (c < 0) missing++;
    else counts[c]!++;
  }
  let distinct = 0;
  let top = 0;
  for (let c = 0; c < counts.length; c++) {
    if (counts[c]! > 0) distinct++;
    if (counts[c]! > top) top = counts[c]!;
  }
  const nonMissing = codes.length - missing;
  return { kind: 'string', n: codes.length, counts, missing, distinct, topShare: nonMissing > 0 ? top / nonMissing : 0 };
}

/** Row-by-row comparisons look at up to this many id-matched rows (every k-th): plenty to see one map. */
const MAX_ROW_SAMPLE = 100000;

export function sampleStep(n: number): number {
  return Math.max(1, Math.ceil(n / MAX_ROW_SAMPLE));
}

// ---------------------------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------------------------

export interface Alignment {
  /** Union of the values that occur (count > 0) on either side, baseline order first. */
  readonly names: string[];
  /** Dictionary code → union index (−1 when the value never occurs). */
  readonly baseMap: Int32Array;
  readonly curMap: Int32Array;
  readonly baseCounts: Float64Array;
  readonly curCounts: Float64Array;
}

export function alignCategories(base: StringColumn, cur: StringColumn): Alignment {
  const pb = profile(base);
  const pc = profile(cur);
  const index = new Map<string, number>();
  const names: string[] = [];
  const baseMap = new Int32Array(base.dict.length).fill(-1);
  const curMap = new Int32Array(cur.dict.length).fill(-1);
  for (let c = 0; c < base.dict.length; c++) {
    if (pb.counts[c]! === 0) continue;
    const name = base.dict[c]!;
    let u = index.get(name);
    if (u === undefined) {
      u = names.length;
      names.push(name);
      index.set(name, u);
    }
    baseMap[c] = u;
  }
  for (let c = 0; c < cur.dict.length; c++) {
    if (pc.counts[c]! === 0) continue;
    const name = cur.dict[c]!;
    let u = index.get(name);
    if (u === undefined) {
      u = names.length;
      names.push(name);
      index.set(name, u);
    }
    curMap[c] = u;
  }
  const baseCounts = new Float64Array(names.length);
  const curCounts = new Float64Array(names.length);
  for (let c = 0; c < baseMap.length; c++) if (baseMap[c]! >= 0) baseCounts[baseMap[c]!]! += pb.counts[c]!;
  for (let c = 0; c < curMap.length; c++) if (curMap[c]! >= 0) curCounts[curMap[c]!]! += pc.counts[c]!;
  return { names, baseMap, curMap, baseCounts, curCounts };
}

/**
 * Keeps the `max − 1` most frequent categories (by combined share) and lumps the rest into one
 * "(other)" bucket, so chi-square and per-segment tables stay small for high-cardinality columns.
 * Returns a map union index → bucket and the bucket names.
 */
export function capCategories(
  a: Alignment,
  max: number,
): { bucketOf: Int32Array; names: string[]; baseCounts: Float64Array; curCounts: Float64Array } {
  const k = a.names.length;
  const bucketOf = new Int32Array(k);
  let nb = 0;
  let nc = 0;
  for (let u = 0; u < k; u++) {
    nb += a.baseCounts[u]!;
    nc += a.curCounts[u]!;
  }
  if (k <= max) {
    for (let u = 0; u < k; u++) bucketOf[u] = u;
    return { bucketOf, names: a.names.slice(), baseCounts: a.baseCounts, curCounts: a.curCounts };
  }
  const weight = (u: number): number => (nb > 0 ? a.baseCounts[u]! / nb : 0) + (nc > 0 ? a.curCounts[u]! / nc : 0);
  const order = Array.from({ length: k }, (_, u) => u).sort((x, y) => weight(y) - weight(x) || x - y);
  const names: string[] = [];
  bucketOf.fill(max - 1);
  for (let r = 0; r < max - 1; r++) {
    bucketOf[order[r]!] = r;
    names.push(a.names[order[r]!]!);
  }
  names.push('(other)');
  const baseCounts = new Float64Array(max);
  const curCounts = new Float64Array(max);
  for (let u = 0; u < k; u++) {
    baseCounts[bucketOf[u]!]! += a.baseCounts[u]!;
    curCounts[bucketOf[u]!]! += a.curCounts[u]!;
  }
  return { bucketOf, names, baseCounts, curCounts };
}

/**
 * The baseline table matching a current reference table: same path (case-insensitive), else
 * the only one when each side has exactly one.
 */
export function pairReference(ref: Table, others: readonly Table[]): Table | null {
  const same = others.find((t) => t.path.toLowerCase() === ref.path.toLowerCase());
  return same ?? (others.length === 1 ? others[0]! : null);
}

// ---------------------------------------------------------------------------------------------
// Segments
// ---------------------------------------------------------------------------------------------

/** Segment code of a row with no segment value (missing). Segment columns have at most 200 values. */
export const NO_SEGMENT = 255;
const MAX_SEGMENT_VALUES = 200;

export interface SegmentSpec {
  readonly column: string;
  readonly values: string[];
  /** Per row: index into `values`, NO_SEGMENT when missing (bytes: counting passes read these). */
  readonly baseCodes: Uint8Array;
  readonly curCodes: Uint8Array;
}

/**
 * Segment codes for one column on both sides. String columns keep their values; numeric ones
 * are cut at the baseline's quintiles into bins labelled `[lo, hi)` (the last one `[lo, max]`).
 * Returns null when the column is missing on a side or has fewer than two values.
 */
export function segmentSpec(column: string, base: Table, cur: Table): SegmentSpec | null {
  const cb = base.columns.find((c) => c.name === column);
  const cc = cur.columns.find((c) => c.name === column);
  if (!cb || !cc || cb.kind !== cc.kind) return null;
  if (cb.kind === 'string' && cc.kind === 'string') {
    const a = alignCategories(cb, cc);
    if (a.names.length < 2 || a.names.length > MAX_SEGMENT_VALUES) return null;
    const baseCodes = remap(cb.codes, a.baseMap);
    // The same cells in both runs (decision 0027): the same codes.
    return { column, values: a.names, baseCodes, curCodes: sameCells(cb, cc) ? baseCodes : remap(cc.codes, a.curMap) };
  }
  if (cb.kind === 'number' && cc.kind === 'number') {
    const p = profile(cb);
    if (p.finite === 0) return null;
    // Quintile edges: the 2nd, 4th, 6th and 8th lower deciles.
    const edges: number[] = [];
    for (const j of [1, 3, 5, 7]) {
      const q = p.lowerDeciles[j]!;
      if (q > p.min && (edges.length === 0 || q > edges[edges.length - 1]!)) edges.push(q);
    }
    if (edges.length === 0) return null;
    const lows = [p.min, ...edges];
    const values = lows.map((lo, i) => (i < edges.length ? `[${fmtEdge(lo)}, ${fmtEdge(edges[i]!)})` : `[${fmtEdge(lo)}, ${fmtEdge(p.max)}]`));
    // Half-open [lo, hi): the bin is the number of edges at or below x, counted from four
    // comparisons with the unused edges at +∞ (the same count as walking the sorted edges, with
    // no branch that depends on the data: on unsorted values that walk mispredicted every row;
    // `+(x >= e)`, not `x >= e ? 1 : 0`, which V8 compiles to a branch: 6 ms against 16-19 ms
    // for the walk over 1M values).
    const [e0, e1, e2, e3] = [0, 1, 2, 3].map((j) => edges[j] ?? Infinity) as [number, number, number, number];
    const code = (col: NumberColumn): Uint8Array => {
      const out = new Uint8Array(col.values.length);
      const v = col.values;
      for (let i = 0; i < out.length; i++) {
        const x = v[i]!;
        out[i] = x - x !== 0 ? NO_SEGMENT : +(x >= e0) + +(x >= e1) + +(x >= e2) + +(x >= e3);
      }
      return out;
    };
    const baseCodes = code(cb);
    return { column, values, baseCodes, curCodes: sameCells(cb, cc) ? baseCodes : code(cc) };
  }
  return null;
}

/**
 * Distinct non-missing finite values of a numeric column, over `rows` (all rows when null),
 * counted until one past `limit`: a continuous column stops within a few rows, where a profile
 * would sort all of it.
 */
export function distinctFinite(col: NumberColumn, limit: number, rows: Int32Array | null = null): number {
  const seen = new Set<number>();
  const m = rows ? rows.length : col.values.length;
  for (let k = 0; k < m; k++) {
    const r = rows ? rows[k]! : k;
    const x = col.values[r]!;
    if (col.missing[r] || x - x !== 0) continue;
    seen.add(x);
    if (seen.size > limit) break;
  }
  return seen.size;
}

/** Whether a numeric column has between 1 and MAX_NUMERIC_CATEGORIES distinct finite values (its profile's count when it has one). */
function fewFiniteLevels(col: NumberColumn): boolean {
  const p = profileCache.get(col);
  if (p && p.kind === 'number') return p.finite > 0 && p.distinct <= MAX_NUMERIC_CATEGORIES;
  const d = distinctFinite(col, MAX_NUMERIC_CATEGORIES);
  return d > 0 && d <= MAX_NUMERIC_CATEGORIES;
}

/**
 * Whether featureSegmentSpec of a column cuts it into ranges (a numeric column with more than
 * MAX_NUMERIC_CATEGORIES values): those need the baseline's profile, hence a sort, which the drift
 * checks make anyway; the data checks ask for them after drift.
 */
export function isRangeFeature(column: string, base: Table, cur: Table): boolean {
  const cb = base.columns.find((c) => c.name === column);
  const cc = cur.columns.find((c) => c.name === column);
  return cb !== undefined && cb.kind === 'number' && cc !== undefined && cc.kind === 'number' && !fewFiniteLevels(cb);
}

/**
 * Segment codes of a feature read the way the performance side segments it (segment-columns.ts):
 * a numeric code column (at most MAX_NUMERIC_CATEGORIES distinct baseline values: `pid` = 0…6,
 * `sex` = 1/2) by value, labelled with the value itself, any other column as segmentSpec cuts it.
 * A label-noise or drift segment named on such a column then names the same rows as the
 * performance segment of that value.
 */
export function featureSegmentSpec(column: string, base: Table, cur: Table): SegmentSpec | null {
  const cb = base.columns.find((c) => c.name === column);
  const cc = cur.columns.find((c) => c.name === column);
  if (!cb || !cc || cb.kind !== cc.kind) return null;
  if (cb.kind !== 'number' || cc.kind !== 'number') return segmentSpec(column, base, cur);
  if (!fewFiniteLevels(cb)) return segmentSpec(column, base, cur);
  // At most MAX_NUMERIC_CATEGORIES finite values: one scan finds them.
  const seen = new Set<number>();
  for (let i = 0; i < cb.values.length; i++) {
    const x = cb.values[i]!;
    if (x - x === 0) seen.add(x);
  }
  const levels = [...seen].sort((a, b) => a - b);
  if (levels.length < 2) return null;
  const code = (col: NumberColumn): Uint8Array => {
    const out = new Uint8Array(col.values.length);
    for (let i = 0; i < out.length; i++) {
      const x = col.values[i]!;
      if (x - x !== 0) {
        out[i] = NO_SEGMENT;
        continue;
      }
      // Levels are few (≤ MAX_NUMERIC_CATEGORIES): a scan beats a Map; values the baseline
      // never had are in no segment.
      let b = 0;
      while (b < levels.length && levels[b]! !== x) b++;
      out[i] = b < levels.length ? b : NO_SEGMENT;
    }
    return out;
  };
  const baseCodes = code(cb);
  return { column, values: levels.map((v) => String(v)), baseCodes, curCodes: sameCells(cb, cc) ? baseCodes : code(cc) };
}

function fmtEdge(v: number): string {
  return String(Number(v.toPrecision(6)));
}

function remap(codes: StringCodes, map: Int32Array): Uint8Array {
  const lut = new Uint8Array(map.length);
  for (let c = 0; c < map.length; c++) lut[c] = map[c]! < 0 ? NO_SEGMENT : map[c]!;
  const out = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    out[i] = c < 0 ? NO_SEGMENT : lut[c]!;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Row hashing
// ---------------------------------------------------------------------------------------------

/** Two independent 32-bit hashes per row (a 64-bit fingerprint; collisions ~n²/2^65). */
export interface RowHashes {
  readonly h1: Uint32Array;
  readonly h2: Uint32Array;
}

export { hashString };

/** murmur3's finalizer: spreads every input bit over the word. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Row fingerprints over `columns` (in the given order). Numbers hash by value (−0 as 0), strings
 * by content, so the same row in two tables with different dictionaries hashes the same. Each
 * cell costs a multiply and a rotate per word; the finalizer runs once per row.
 */
export function hashRows(columns: readonly Column[], n: number, rows: Int32Array | null = null): RowHashes {
  if (rows) return hashRows(columns.map((c) => pickRows(c, rows)), rows.length);
  const h1 = new Int32Array(n).fill(0x12345678);
  const h2 = new Int32Array(n).fill(0x9abcdef0 | 0);
  const dicts = columns.map((col) => {
    if (col.kind !== 'string') return null;
    const d1 = new Int32Array(col.dict.length);
    const d2 = new Int32Array(col.dict.length);
    col.dict.forEach((s, c) => {
      const [a, b] = hashString(s);
      d1[c] = a;
      d2[c] = b;
    });
    return { d1, d2 };
  });
  // Row blocks keep the block's running hashes in cache while every column streams past.
  const BLOCK = 4096;
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    columns.forEach((col, ci) => {
      if (col.kind === 'number') {
        const v = col.values;
        const w = new Uint32Array(v.buffer, v.byteOffset, v.length * 2);
        const miss = col.missing;
        for (let i = start; i < end; i++) {
          let lo: number;
          let hi: number;
          if (miss[i]) {
            lo = 0x6d697373;
            hi = 0x696e6721;
          } else if (v[i] === 0) {
            lo = 0;
            hi = 0;
          } else {
            lo = w[2 * i]!;
            hi = w[2 * i + 1]!;
          }
          let a = (Math.imul(h1[i]! ^ lo, 0x9e3779b1) + hi) | 0;
          h1[i] = (a << 5) | (a >>> 27);
          a = (Math.imul(h2[i]! ^ hi, 0x85ebca6b) + lo) | 0;
          h2[i] = (a << 7) | (a >>> 25);
        }
      } else {
        const { d1, d2 } = dicts[ci]!;
        const codes = col.codes;
        for (let i = start; i < end; i++) {
          const c = codes[i]!;
          const lo = c < 0 ? 0x6e756c6c : d1[c]!;
          const hi = c < 0 ? 0x4e554c4c : d2[c]!;
          // A different constant than numbers: the string "1" and the number 1 stay apart.
          let a = (Math.imul(h1[i]! ^ lo, 0x27d4eb2f) + hi) | 0;
          h1[i] = (a << 5) | (a >>> 27);
          a = (Math.imul(h2[i]! ^ hi, 0x165667b1) + lo) | 0;
          h2[i] = (a << 7) | (a >>> 25);
        }
      }
    });
  }
  // Finalize in place, read back as unsigned (no second pair of arrays to fault in).
  const o1 = new Uint32Array(h1.buffer, h1.byteOffset, n);
  const o2 = new Uint32Array(h2.buffer, h2.byteOffset, n);
  for (let i = 0; i < n; i++) {
    o1[i] = fmix(h1[i]! ^ columns.length);
    o2[i] = fmix(h2[i]! + 0x7f4a7c15);
  }
  return { h1: o1, h2: o2 };
}

/** The column restricted to `rows` (same dictionary for strings). */
function pickRows(c: Column, rows: Int32Array): Column {
  if (c.kind === 'string') {
    const codes = rowCodes(rows.length, c.dict.length);
    for (let k = 0; k < rows.length; k++) codes[k] = c.codes[rows[k]!]!;
    return { ...c, codes };
  }
  return { ...c, values: Float64Array.from(rows, (r) => c.values[r]!), missing: Uint8Array.from(rows, (r) => c.missing[r]!) };
}

/**
 * Number of rows equal (on `columns`) to an earlier row. Hashing every column of 10^6 rows is
 * the expensive part, so the rows that can equal another one are narrowed down first
 * (rowsSharingLead), and only those are hashed in full. The narrowing may read a part of the
 * columns, `leadColumns` (rows equal on all columns are equal on any part of them): the data
 * checks pass the features without the label, whose narrowing the conflicting-labels check reads
 * again (label-noise.ts).
 */
export function countDuplicateRows(columns: readonly Column[], n: number, leadColumns: readonly Column[] = columns): number {
  if (columns.length === 0) return n > 0 ? n - 1 : 0;
  const rows = rowsSharingLead(leadColumns, n);
  if (rows === null) return countDuplicates(hashRows(columns, n));
  return rows.length === 0 ? 0 : countDuplicates(hashRows(columns, n, rows));
}

/**
 * A key of columns with m possible values (the product of their distinct counts) leaves, when
 * the columns are independent, about 1 − e^(−n/m) of n rows sharing their key with another row.
 * From m ≥ 2n that is under 40 %: the key is long enough to narrow the rows down.
 */
const KEY_VALUES_PER_ROW = 2;

/**
 * A refinement step is taken only while the previous one at least halved the candidates: each
 * step hashes its key over the survivors, so with the candidates halving, all the steps together
 * cost no more than about two passes of the first key (a geometric sum).
 */
const REFINE_MIN_SHRINK = 0.5;

/**
 * A superset, in row order, of the rows that equal another row on all of `columns`: those whose
 * values on the most varied columns also occur together in another row. The key is the shortest
 * run of the most varied columns with at least KEY_VALUES_PER_ROW possible values per row (one
 * continuous column of 10^6 rows at 3 decimals still shares its values with other rows; two rarely
 * do), and takes the next column while that halves the survivors. Null when all the columns
 * together have too few possible values for a shortcut to pay.
 */
export function rowsSharingLead(columns: readonly Column[], n: number): Int32Array | null {
  if (columns.length < 2) return null;
  const known = leadMemo.get(columns[0]!);
  if (known && known.n === n && known.columns.length === columns.length && known.columns.every((c, i) => c === columns[i])) return known.rows;
  const rows = narrowedRows(columns, n);
  leadMemo.set(columns[0]!, { columns: [...columns], n, rows });
  return rows;
}

/**
 * The last rowsSharingLead of a list of columns, by its first column: the duplicate-rows count
 * and the conflicting-labels check narrow the same features of a run (10^6 rows: 50-130 ms each
 * time). Read only by its callers; it goes with the columns.
 */
const leadMemo = new WeakMap<Column, { readonly columns: readonly Column[]; readonly n: number; readonly rows: Int32Array | null }>();

function narrowedRows(columns: readonly Column[], n: number): Int32Array | null {
  // Most varied first; equal counts keep the given order (a stable sort).
  const ranked = columns.map((c, i) => ({ c, i, d: profile(c).distinct })).sort((a, b) => b.d - a.d || a.i - b.i);
  const order = ranked.map((x) => x.c);
  let first = 0;
  let values = 1;
  while (first < ranked.length && values < KEY_VALUES_PER_ROW * n) values *= Math.max(1, ranked[first++]!.d);
  if (values < KEY_VALUES_PER_ROW * n || first >= ranked.length) return null;
  let rows: Int32Array | null = null;
  for (let k = first; ; k++) {
    const m = rows ? rows.length : n;
    const h = hashRows(order.slice(0, k), n, rows);
    const kept = sharedKeyRows(h, m);
    // 8 bytes a row, garbage now: given back before the next step allocates (decision 0032).
    releaseNow(h.h1);
    releaseNow(h.h2);
    const from: Int32Array | null = rows;
    const survivors: Int32Array = from ? Int32Array.from(kept, (j) => from[j]!) : kept;
    if (survivors.length === 0 || k >= order.length || survivors.length > REFINE_MIN_SHRINK * m) return survivors;
    rows = survivors;
  }
}

/**
 * Bits of the prefilter per fingerprint (sharedKeyRows, countDuplicates). A fingerprint unique
 * among m rows shares its bit with another row with probability about 1 − e^(−1/16) ≈ 6 %, so
 * about 6 % of the unique rows go on to the exact index. At 10^6 rows the two bitmaps take 2 MB
 * each and stay in cache, where the exact index over every row (8 MB, a cache miss per row)
 * took 100-150 ms and the filter with the index over its candidates about 13 ms.
 */
const FILTER_BITS_PER_ROW = 16;

/** A fingerprint's slot hash, taken to a power-of-two table's size by its caller (HashIndex, filterCandidates). */
function fingerprintSlot(a: number, b: number): number {
  return a ^ Math.imul(b, 0x9e3779b1);
}

let seenScratch = new Int32Array(0);
let againScratch = new Int32Array(0);
let candidateScratch = new Int32Array(0);

/**
 * The positions (ascending) of the first m whose fingerprint's bit in a bitmap of
 * FILTER_BITS_PER_ROW × m bits is another position's bit too: a superset of the positions whose
 * fingerprint occurs more than once (equal fingerprints have the same bit). Two passes over the
 * hashes; the bit is the exact index's own slot hash, taken to the bitmap's size.
 */
export function filterCandidates(h: RowHashes, m: number): Int32Array {
  let bits = 1024;
  while (bits < FILTER_BITS_PER_ROW * m) bits *= 2;
  const words = bits >>> 5;
  if (seenScratch.length < words) {
    seenScratch = new Int32Array(words);
    againScratch = new Int32Array(words);
  }
  const seen = seenScratch.subarray(0, words).fill(0);
  const again = againScratch.subarray(0, words).fill(0);
  const mask = bits - 1;
  const { h1, h2 } = h;
  // Without a branch: a bit already seen is set in `again` too.
  for (let i = 0; i < m; i++) {
    const x = fingerprintSlot(h1[i]!, h2[i]!) & mask;
    const w = x >>> 5;
    const b = 1 << (x & 31);
    again[w]! |= seen[w]! & b;
    seen[w]! |= b;
  }
  // The candidates written into scratch as they are found (a row's slot hashed twice, not three
  // times with a counting pass first), then copied out at their number.
  if (candidateScratch.length < m) candidateScratch = new Int32Array(m);
  const found = candidateScratch;
  let k = 0;
  for (let i = 0; i < m; i++) {
    const x = fingerprintSlot(h1[i]!, h2[i]!) & mask;
    found[k] = i;
    k += (again[x >>> 5]! >>> (x & 31)) & 1;
  }
  return found.slice(0, k);
}

/** The fingerprints at `positions`, in their order. */
function hashesAt(h: RowHashes, positions: Int32Array): RowHashes {
  const h1 = new Uint32Array(positions.length);
  const h2 = new Uint32Array(positions.length);
  for (let k = 0; k < positions.length; k++) {
    h1[k] = h.h1[positions[k]!]!;
    h2[k] = h.h2[positions[k]!]!;
  }
  return { h1, h2 };
}

/**
 * Positions (ascending) whose fingerprint occurs at another position too: the exact index over
 * the prefilter's candidates only (every such position is one).
 */
export function sharedKeyRows(h: RowHashes, m: number): Int32Array {
  const cand = filterCandidates(h, m);
  const local = sharedKeyRowsExact(hashesAt(h, cand), cand.length);
  for (let k = 0; k < local.length; k++) local[k] = cand[local[k]!]!;
  return local;
}

/** sharedKeyRows by the exact index over all m positions (the reference the prefilter is tested against). */
export function sharedKeyRowsExact(h: RowHashes, m: number): Int32Array {
  const index = new HashIndex(h, m, true);
  const shared = new Uint8Array(m);
  let count = 0;
  for (let i = 0; i < m; i++) {
    const first = index.add(i);
    if (first >= 0) {
      if (!shared[first]) count++;
      shared[first] = 1;
      shared[i] = 1;
      count++;
    }
  }
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < m; i++) if (shared[i]) out[k++] = i;
  return out;
}

let tableScratch = new Int32Array(0);

/**
 * Open-addressing index of rows by fingerprint. The table holds row numbers only (the keys are
 * read back from the hash arrays), 8 bytes a row at load ≤ 0.5: a Map<string, number> of 10^6
 * keys costs ~10× more, and every large allocation makes V8 collect garbage sooner.
 */
export class HashIndex {
  private readonly table: Int32Array;
  private readonly mask: number;

  /**
   * `transient`: the index is dropped before the next transient one is built, so its table can
   * live in a shared scratch buffer (cleared, not freshly allocated).
   */
  constructor(
    private readonly h: RowHashes,
    expected: number = h.h1.length,
    transient = false,
  ) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    if (transient) {
      if (tableScratch.length < cap) tableScratch = new Int32Array(cap);
      this.table = tableScratch.subarray(0, cap).fill(0);
    } else this.table = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Adds row i; returns the first earlier row with the same fingerprint, or −1 when i is the first. */
  add(i: number): number {
    const a = this.h.h1[i]!;
    const b = this.h.h2[i]!;
    let s = fingerprintSlot(a, b) & this.mask;
    for (;;) {
      const r = this.table[s]!;
      if (r === 0) {
        this.table[s] = i + 1;
        return -1;
      }
      if (this.h.h1[r - 1] === a && this.h.h2[r - 1] === b) return r - 1;
      s = (s + 1) & this.mask;
    }
  }

  /** A row with fingerprint (a, b), or −1. */
  find(a: number, b: number): number {
    let s = fingerprintSlot(a, b) & this.mask;
    for (;;) {
      const r = this.table[s]!;
      if (r === 0) return -1;
      if (this.h.h1[r - 1] === a && this.h.h2[r - 1] === b) return r - 1;
      s = (s + 1) & this.mask;
    }
  }
}

/** Number of rows whose fingerprint already occurred earlier (n − distinct): counted among the prefilter's candidates, since every other row is unique. */
export function countDuplicates(h: RowHashes): number {
  const cand = filterCandidates(h, h.h1.length);
  return countDuplicatesExact(hashesAt(h, cand));
}

/** countDuplicates by the exact index over every row (the reference the prefilter is tested against). */
export function countDuplicatesExact(h: RowHashes): number {
  const n = h.h1.length;
  const index = new HashIndex(h, n, true);
  let dup = 0;
  for (let i = 0; i < n; i++) if (index.add(i) >= 0) dup++;
  return dup;
}

/** Ids indexed once per id array. */
export interface IdIndex {
  readonly hashes: RowHashes;
  /** The rows with an id, by fingerprint (built when first asked for: matchIds of two id orders). */
  readonly index: HashIndex;
  /** 1 for rows whose id occurs more than once (all of them, the first included). */
  readonly repeated: Uint8Array;
  /** Rows whose id already occurred earlier (n − distinct), empty ids not counted. */
  readonly duplicates: number;
}

const idIndexCache = new WeakMap<RowIds, IdIndex>();

/**
 * The repeated ids and their count come from the prefilter and an exact index over its candidates
 * only (sharedKeyRows, decision 0033), not from an index of every row: a review of two runs with
 * the same ids in the same order needs no more (about 60 against 15 ms at 10^6 rows). The index
 * of every row is built if another order of ids is matched against these.
 */
export function idIndex(ids: RowIds): IdIndex {
  const hit = idIndexCache.get(ids);
  if (hit) return hit;
  const hashes = { h1: ids.h1, h2: ids.h2 };
  let withId = 0;
  for (let i = 0; i < ids.length; i++) withId += ids.empty[i]! ^ 1;
  // Rows with an id: all of them, or their positions when some are empty.
  let positions: Int32Array | null = null;
  if (withId < ids.length) {
    positions = new Int32Array(withId);
    let k = 0;
    for (let i = 0; i < ids.length; i++) if (!ids.empty[i]) positions[k++] = i;
  }
  const h = positions ? hashesAt(hashes, positions) : hashes;
  const shared = sharedKeyRows(h, withId);
  const repeated = new Uint8Array(ids.length);
  for (let k = 0; k < shared.length; k++) repeated[positions ? positions[shared[k]!]! : shared[k]!] = 1;
  // Every other row's id is unique: the repeats are among the shared rows.
  const duplicates = shared.length === 0 ? 0 : countDuplicatesExact(hashesAt(h, shared));
  let index: HashIndex | null = null;
  const idx: IdIndex = {
    hashes,
    get index(): HashIndex {
      if (index === null) {
        index = new HashIndex(hashes, ids.length);
        for (let i = 0; i < ids.length; i++) if (!ids.empty[i]) index.add(i);
      }
      return index;
    },
    repeated,
    duplicates,
  };
  idIndexCache.set(ids, idx);
  return idx;
}

/** Index pairs (base row, current row) of ids present exactly once on each side. */
export function matchIds(baseIds: RowIds, curIds: RowIds): { base: Int32Array; cur: Int32Array } {
  const ib = idIndex(baseIds);
  if (sameIdSequence(baseIds, curIds)) {
    // The usual case: the same eval rows in the same order. One index serves both sides.
    idIndexCache.set(curIds, ib);
    const rows = new Int32Array(curIds.length);
    let k = 0;
    for (let i = 0; i < curIds.length; i++) if (!ib.repeated[i] && !curIds.empty[i]) rows[k++] = i;
    const r = rows.subarray(0, k);
    return { base: r, cur: r };
  }
  const ic = idIndex(curIds);
  const bi = new Int32Array(curIds.length);
  const ci = new Int32Array(curIds.length);
  let k = 0;
  for (let i = 0; i < curIds.length; i++) {
    if (ic.repeated[i] || curIds.empty[i]) continue;
    const r = ib.index.find(ic.hashes.h1[i]!, ic.hashes.h2[i]!);
    if (r < 0 || ib.repeated[r]) continue;
    bi[k] = r;
    ci[k] = i;
    k++;
  }
  return { base: bi.slice(0, k), cur: ci.slice(0, k) };
}
