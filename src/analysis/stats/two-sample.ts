/**
 * Two-sample tests used by the data checks: Kolmogorov-Smirnov (scipy.stats.ks_2samp, two-sided,
 * methods auto / exact / asymp, scipy 1.10), Pearson's chi-square test of a contingency table
 * (scipy.stats.chi2_contingency, Yates' correction only when dof = 1, as scipy does by default),
 * a pooled two-proportion z-test, and the fast float sort the KS test runs on.
 */
import { gridScale, gridSpan } from './decimal-grid.js';
import { countDigits, digitWidth, DIGIT_BITS, startsOfDigits } from './radix.js';
import { chi2Sf, kstwoSf, normalSf } from './distributions.js';

// ---------------------------------------------------------------------------------------------
// Sorting
// ---------------------------------------------------------------------------------------------

/**
 * Sorts a Float64Array ascending into a new array (NaN last, like TypedArray#sort). See
 * sortFloat64InPlace for how.
 */
export function sortFloat64(values: Float64Array): Float64Array {
  // slice() is a memcpy; Float64Array.from would walk the iterator protocol element by element.
  return sortFloat64InPlace(values.slice());
}

// Scratch buffer reused across calls: at 10^6 rows each sort would otherwise allocate (and zero)
// 8 MB, and large allocations make V8 collect garbage sooner.
let scratch = new Float64Array(0);
const countsLo = new Uint32Array(65536);
const countsHi = new Uint32Array(65536);

/** Upper 32 bits of the IEEE order key of a double, from its high word: flipped so that unsigned order is numeric order. */
function orderKey(hiWord: number): number {
  return hiWord & 0x80000000 ? ~hiWord >>> 0 : (hiWord | 0x80000000) >>> 0;
}

/**
 * Sorts a Float64Array ascending in place and returns it (NaN last, −0 before +0, the order of
 * TypedArray#sort). At 10^6 rows the comparison sort costs ~125 ms, a budget killer when every
 * numeric feature of two runs is sorted. Instead: integers spanning fewer than 2^20 values go
 * through a counting sort (~5-11 ms); values on a decimal grid (all of them k-decimal numbers, as a
 * CSV writer with a fixed format gives them) through a counting sort over the grid steps (up to
 * 2^18 of them, ~5-12 ms) or a radix sort of the grid indices (up to 2^22, ~25 ms at 10^6
 * values), decision 0049; everything else through a two-pass LSD radix sort on the upper 32 bits
 * of the IEEE order key (recomputed from the values, no key arrays), followed by a fix-up of the
 * runs that share those bits (short, and usually already ordered), ~20-30 ms.
 */
export function sortFloat64InPlace(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 2048) return values.sort();
  if (countingSort(values) || decimalGridSort(values)) return values;
  if (values.byteOffset % 8 !== 0) return values.sort();
  if (scratch.length < n) scratch = new Float64Array(n);
  const tmp = scratch;
  const vw = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const tw = new Uint32Array(tmp.buffer, tmp.byteOffset, n * 2);
  // Each loop is a function of its own (decision 0045): a sort is one long call per column, and a
  // loop inside it was compiled on the stack, left at its exit, and compiled again for the next.
  const c0 = countsLo.fill(0);
  const c1 = countsHi.fill(0);
  countHalves(vw, n, c0, c1);
  prefix(c0);
  prefix(c1);
  scatterByLowHalf(values, vw, tmp, c0);
  scatterByHighHalf(tmp, tw, values, c1);
  orderRunsOfHighWord(values, vw);
  return values;
}

/** The counts of the low and high 16 bits of each value's order key (its high word's). */
function countHalves(vw: Uint32Array, n: number, c0: Uint32Array, c1: Uint32Array): void {
  for (let i = 0; i < n; i++) {
    const h = orderKey(vw[2 * i + 1]!);
    c0[h & 0xffff]!++;
    c1[h >>> 16]!++;
  }
}

function scatterByLowHalf(from: Float64Array, fw: Uint32Array, to: Float64Array, starts: Uint32Array): void {
  for (let i = 0; i < from.length; i++) to[starts[orderKey(fw[2 * i + 1]!) & 0xffff]!++] = from[i]!;
}

function scatterByHighHalf(from: Float64Array, fw: Uint32Array, to: Float64Array, starts: Uint32Array): void {
  for (let i = 0; i < to.length; i++) to[starts[orderKey(fw[2 * i + 1]!) >>> 16]!++] = from[i]!;
}

/**
 * Runs sharing the high word differ only in the low mantissa bits: short (dense data gives runs
 * of 2-3), so an inline insertion sort; a subarray + sort call per run would allocate. NaNs (high
 * word 0x7ff8…) share a run at the end and stay there; ±0 have distinct high words.
 */
function orderRunsOfHighWord(values: Float64Array, vw: Uint32Array): void {
  const n = values.length;
  let i = 0;
  while (i < n) {
    const j = runOfHighWord(values, vw, i);
    if (j < 0) {
      const end = -j;
      if (end - i > 32 || values[i] !== values[i]) values.subarray(i, end).sort();
      else insertionSortRange(values, i, end);
      i = end;
    } else i = j;
  }
}

/** The end of the run of values[i]'s high word from i: as it is when the run is in order, negated when not. */
function runOfHighWord(values: Float64Array, vw: Uint32Array, i: number): number {
  const h = vw[2 * i + 1]!;
  let j = i + 1;
  let sorted = true;
  while (j < values.length && vw[2 * j + 1] === h) {
    if (!(values[j - 1]! <= values[j]!)) sorted = false;
    j++;
  }
  return sorted ? j : -j;
}

/** Sorts values[lo, hi) ascending by insertion, in place: for short ranges (no NaN). */
export function insertionSortRange(values: Float64Array, lo: number, hi: number): void {
  for (let a = lo + 1; a < hi; a++) {
    const x = values[a]!;
    let b = a - 1;
    while (b >= lo && values[b]! > x) {
      values[b + 1] = values[b]!;
      b--;
    }
    values[b + 1] = x;
  }
}

/**
 * Most grid steps a counting sort walks: 2^18 counts are 1 MB, about a runner core's L2 cache;
 * past it each count is a cache miss and the radix sort is as fast (10^6 steps: 25 against 22
 * ms at 10^6 values). At most 16 steps a value keeps the walk over the steps below two passes
 * over the values; wider grids take the radix sort.
 */
const COUNTING_MAX_STEPS = 1 << 18;
const COUNTING_STEPS_PER_VALUE = 16;
/**
 * Most grid steps sorted by a radix sort of their indices (wider than the counting sort walks):
 * indices of at most 22 bits, two LSD passes of 11 bits over 4-byte keys with 2,048 counts each
 * (in L1 cache), where the radix sort of the doubles scatters over 65,536 buckets. The bench's
 * 6-decimal scores span 10^6 steps.
 */
const GRID_RADIX_MAX_STEPS = 1 << (2 * DIGIT_BITS);
let gridCounts = new Uint32Array(0);
let gridKeys = new Uint32Array(0);
let gridKeys2 = new Uint32Array(0);

/**
 * Sort of values on a decimal grid: every non-NaN x equals m / 10^k for its grid index
 * m = round(x·10^k), one scale 10^k for all, and the indices span at most GRID_RADIX_MAX_STEPS.
 * Every x is checked against its index before anything is written, so the values written back
 * (m / 10^k) are the values read, bit for bit; and m ↦ m / 10^k is monotone (a correctly rounded
 * division): the result is the builtin's order, −0s before the +0s of index 0, NaNs last. A span
 * of at most COUNTING_MAX_STEPS (and 16 a value) is counted, a wider one sorted by a radix sort of
 * the indices. False, with the values untouched, when the values are not on such a grid.
 */
function decimalGridSort(values: Float64Array): boolean {
  const n = values.length;
  const p = gridScale(values, GRID_RADIX_MAX_STEPS);
  if (p === 0) return false;
  const grid = gridSpan(values, p);
  if (grid === undefined) return false;
  const steps = grid.hi - grid.lo + 1;
  if (steps <= Math.min(COUNTING_MAX_STEPS, COUNTING_STEPS_PER_VALUE * n)) {
    if (gridCounts.length < steps) gridCounts = new Uint32Array(Math.max(steps, 2 * gridCounts.length));
    const counts = gridCounts.fill(0, 0, steps);
    countGridSteps(values, p, grid.lo, counts);
    const written = writeGridSteps(values, p, grid.lo, steps, counts, grid.negativeZeros);
    values.fill(NaN, written);
    return true;
  }
  if (!(steps <= GRID_RADIX_MAX_STEPS)) return false;
  if (gridKeys.length < n) {
    gridKeys = new Uint32Array(n);
    gridKeys2 = new Uint32Array(n);
  }
  const k = gridIndices(values, p, grid.lo, gridKeys);
  const keys = gridKeys.subarray(0, k);
  const keys2 = gridKeys2.subarray(0, k);
  const bits = 32 - Math.clz32(steps - 1);
  const width = digitWidth(bits);
  const mask = (1 << width) - 1;
  const count = new Int32Array(1 << DIGIT_BITS);
  let from = keys;
  let to = keys2;
  for (let shift = 0; shift < bits; shift += width) {
    countDigits(count, from, shift, mask);
    startsOfDigits(count, mask);
    scatterKeys(count, from, to, shift, mask);
    [from, to] = [to, from];
  }
  writeGridIndices(values, from, p, grid.lo);
  if (grid.negativeZeros > 0) signZeros(values, k, grid.negativeZeros);
  values.fill(NaN, k);
  return true;
}

/** The grid index less lo of each non-NaN value, in order, into keys; returns how many. */
function gridIndices(values: Float64Array, p: number, lo: number, keys: Uint32Array): number {
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x === x) keys[k++] = Math.round(x * p) - lo;
  }
  return k;
}

function scatterKeys(count: Int32Array, from: Uint32Array, to: Uint32Array, shift: number, mask: number): void {
  for (let i = 0; i < from.length; i++) {
    const key = from[i]!;
    to[count[(key >>> shift) & mask]!++] = key;
  }
}

/** Each sorted index's value, (key + lo) / p, into values[0, keys.length). */
function writeGridIndices(values: Float64Array, keys: Uint32Array, p: number, lo: number): void {
  for (let j = 0; j < keys.length; j++) values[j] = (keys[j]! + lo) / p;
}

/** The first `count` zeros of sorted values[0, k) made −0 (they were written as +0). */
function signZeros(values: Float64Array, k: number, count: number): void {
  let j = 0;
  while (j < k && values[j] !== 0) j++;
  values.fill(-0, j, j + count);
}

function countGridSteps(values: Float64Array, p: number, lo: number, counts: Uint32Array): void {
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x === x) counts[Math.round(x * p) - lo]!++;
  }
}

/**
 * Writes each grid step's value as often as it was counted, returns how many were written. A step
 * seen once is written directly; only repeats go through fill, a builtin call too dear per value
 * for a column of distinct values (10^6 calls, about 25 ms).
 */
function writeGridSteps(values: Float64Array, p: number, lo: number, steps: number, counts: Uint32Array, negativeZeros: number): number {
  let w = 0;
  for (let s = 0; s < steps; s++) {
    const c = counts[s]!;
    if (c === 0) continue;
    const x = (s + lo) / p;
    if (x === 0 && negativeZeros > 0) {
      values.fill(-0, w, w + negativeZeros);
      values.fill(0, w + negativeZeros, w + c);
      w += c;
    } else if (c === 1) values[w++] = x;
    else {
      values.fill(x, w, w + c);
      w += c;
    }
  }
  return w;
}

/** Counting sort when every value is an integer (not −0) and the range is below 2^20. */
function countingSort(values: Float64Array): boolean {
  const span = integerSpan(values);
  if (span === undefined) return false;
  const range = span.hi - span.lo + 1;
  // The counts in the grid sorts' scratch: at 10^6 distinct ids a fresh array of 4 MB a sort, each
  // page touched first here.
  if (gridCounts.length < range) gridCounts = new Uint32Array(Math.max(range, 2 * gridCounts.length));
  const counts = gridCounts.subarray(0, range).fill(0);
  countIntegers(values, span.lo, counts);
  writeIntegers(values, span.lo, counts);
  return true;
}

/** The lowest and highest value when every value is an integer (not −0) and they span less than 2^20; else undefined. */
function integerSpan(values: Float64Array): { lo: number; hi: number } | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x !== Math.floor(x) || (x === 0 && 1 / x < 0)) return undefined;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    if (hi - lo >= 1 << 20) return undefined;
  }
  return { lo, hi };
}

function countIntegers(values: Float64Array, lo: number, counts: Uint32Array): void {
  for (let i = 0; i < values.length; i++) counts[values[i]! - lo]!++;
}

/**
 * Each integer written as often as counted. A value seen once is written here; only repeats go
 * through fill, a builtin call too dear per value for a column of distinct integers (an id
 * column: 10^6 calls, about 25 ms).
 */
function writeIntegers(values: Float64Array, lo: number, counts: Uint32Array): void {
  let k = 0;
  for (let v = 0; v < counts.length; v++) {
    const c = counts[v]!;
    if (c === 1) values[k++] = v + lo;
    else if (c > 1) {
      values.fill(v + lo, k, k + c);
      k += c;
    }
  }
}

function prefix(counts: Uint32Array): void {
  let s = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k]!;
    counts[k] = s;
    s += c;
  }
}

// ---------------------------------------------------------------------------------------------
// Kolmogorov-Smirnov, two samples
// ---------------------------------------------------------------------------------------------

export type KsMethod = 'auto' | 'exact' | 'asymp';

export interface KsResult {
  /** sup |F1 − F2| (after the exact method rounds it to h / lcm(n1, n2), as scipy does). */
  readonly statistic: number;
  readonly pValue: number;
  /** The method that produced the p-value ('auto' resolved; exact falls back to asymp on overflow). */
  readonly method: 'exact' | 'asymp';
  /** The observation where the ECDFs are furthest apart (scipy's statistic_location). */
  readonly location: number;
  /** +1 when sample 1's ECDF is above sample 2's there, −1 otherwise. */
  readonly sign: 1 | -1;
  readonly n1: number;
  readonly n2: number;
}

export interface KsOptions {
  readonly method?: KsMethod;
  /** Both inputs are already sorted ascending and free of NaN (skips two sorts). */
  readonly presorted?: boolean;
  /**
   * Cap on the exact method's work for unequal sizes (about max(n1,n2)·2·D·min(n1,n2) steps);
   * above it the asymptotic p-value is used. Not a scipy option: analysis callers set it so a
   * large, obvious drift does not cost 10^8 steps for a p-value that is ~0 either way.
   */
  readonly exactBudget?: number;
}

/** The statistic part of ks_2samp on sorted samples, with scipy's choice of location on ties. */
export function ksStatisticSorted(
  a: Float64Array,
  b: Float64Array,
): { dPlus: number; dMinus: number; locPlus: number; locMinus: number } {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxS = -Infinity;
  let maxIdx = Infinity;
  let locMax = NaN;
  let minS = Infinity;
  let minIdx = Infinity;
  let locMin = NaN;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    // Index of v's first appearance in scipy's data_all = concat(a, b), for its argmax tie-break.
    const firstIdx = i < n1 && a[i] === v ? i : n1 + j;
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS || (diff === maxS && firstIdx < maxIdx)) {
      maxS = diff;
      maxIdx = firstIdx;
      locMax = v;
    }
    if (diff < minS || (diff === minS && firstIdx < minIdx)) {
      minS = diff;
      minIdx = firstIdx;
      locMin = v;
    }
  }
  return { dPlus: maxS, dMinus: Math.min(Math.max(-minS, 0), 1), locPlus: locMax, locMinus: locMin };
}

/**
 * One merge of two sorted, NaN-free samples giving both the KS statistic and the Wasserstein-1
 * distance (the area between the ECDFs), for callers that need both: the drift checks at 10^6
 * rows. Both inputs non-empty.
 */
export function ksAndWassersteinSorted(a: Float64Array, b: Float64Array): { d: number; wasserstein: number } {
  // One sample against itself (the drift check of a column whose cells are the same in both runs,
  // decision 0027): the ECDFs agree at every value, and either merge ends with 0 and 0 exactly
  // after 2n steps (10-13 ms at 10^6 values).
  if (a === b) return { d: 0, wasserstein: 0 };
  return tieHeavy(a) || tieHeavy(b) ? mergeByValue(a, b) : mergeByElement(a, b);
}

/** True when most neighbours in a sorted sample are equal (few distinct values). */
function tieHeavy(a: Float64Array): boolean {
  const n = a.length;
  if (n < 2) return false;
  const step = Math.max(1, Math.floor(n / 1000));
  let ties = 0;
  let seen = 0;
  for (let i = 0; i + 1 < n; i += step) {
    seen++;
    if (a[i] === a[i + 1]) ties++;
  }
  return ties * 2 > seen;
}

/**
 * One element per step, written so the JIT can avoid the unpredictable branch of a classic
 * merge (which side is next is a coin flip for continuous data): ~2× faster there. ECDF
 * differences are kept as integers i·n2 − j·n1 (exact below 2^53) and D is only read once all
 * copies of a value are consumed.
 */
function mergeByElement(a: Float64Array, b: Float64Array): { d: number; wasserstein: number } {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let dMax = 0;
  let w = 0;
  let x = n1 > 0 ? a[0]! : Infinity;
  let y = n2 > 0 ? b[0]! : Infinity;
  let prev = Math.min(x, y);
  const total = n1 + n2;
  for (let s = 0; s < total; s++) {
    const t = +(x <= y);
    const v = Math.min(x, y);
    w += Math.abs(i * n2 - j * n1) * (v - prev);
    i += t;
    j += 1 - t;
    x = i < n1 ? a[i]! : Infinity;
    y = j < n2 ? b[j]! : Infinity;
    prev = v;
    if (Math.min(x, y) !== v) {
      const diff = Math.abs(i * n2 - j * n1);
      if (diff > dMax) dMax = diff;
    }
  }
  const nn = n1 * n2;
  return { d: dMax / nn, wasserstein: w / nn };
}

/** One distinct value per step: fast when there are many ties. */
function mergeByValue(a: Float64Array, b: Float64Array): { d: number; wasserstein: number } {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let dMax = 0;
  let w = 0;
  let prev = n1 && n2 ? Math.min(a[0]!, b[0]!) : 0;
  while (i < n1 || j < n2) {
    const x = i < n1 ? a[i]! : Infinity;
    const y = j < n2 ? b[j]! : Infinity;
    const v = x <= y ? x : y;
    w += Math.abs(i * n2 - j * n1) * (v - prev);
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    const diff = Math.abs(i * n2 - j * n1);
    if (diff > dMax) dMax = diff;
    prev = v;
  }
  const nn = n1 * n2;
  return { d: dMax / nn, wasserstein: w / nn };
}

/**
 * p-value of a two-sided two-sample KS statistic `d` for sample sizes n1, n2, as ks_2samp
 * computes it after the statistic (the exact method rounds d to h / lcm first).
 */
export function ksPValue(
  d0: number,
  n1: number,
  n2: number,
  opts: Omit<KsOptions, 'presorted'> = {},
): { d: number; pValue: number; method: 'exact' | 'asymp' } {
  let d = d0;
  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  let mode = opts.method ?? 'auto';
  if (mode === 'auto') mode = Math.max(n1, n2) <= 10000 ? 'exact' : 'asymp';
  else if (mode === 'exact' && n1g >= 2147483647 / n2g) mode = 'asymp';
  if (mode === 'exact' && opts.exactBudget !== undefined && n1 !== n2) {
    const work = Math.max(n1, n2) * (2 * d * Math.min(n1, n2) + 2);
    if (work > opts.exactBudget) mode = 'asymp';
  }
  let p = NaN;
  if (mode === 'exact') {
    const lcm = n1g * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) p = 1;
    else if (n1 === n2) p = probOutsideSquare(n1, h);
    else p = outerProbInsideMethod(n1, n2, g, h);
    if (!(p >= 0 && p <= 1)) mode = 'asymp';
  }
  if (mode === 'asymp') {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    p = kstwoSf(d, roundHalfEven(en));
  }
  return { d, pValue: Math.min(Math.max(p, 0), 1), method: mode === 'exact' ? 'exact' : 'asymp' };
}

/** Two-sided two-sample Kolmogorov-Smirnov test, as scipy.stats.ks_2samp(a, b, method=...) in scipy 1.10. */
export function ks2Samp(a: Float64Array, b: Float64Array, opts: KsOptions = {}): KsResult {
  const s1 = opts.presorted ? a : sortFloat64(a);
  const s2 = opts.presorted ? b : sortFloat64(b);
  const n1 = s1.length;
  const n2 = s2.length;
  if (n1 === 0 || n2 === 0) throw new Error('ks2Samp: both samples must be non-empty');
  const { dPlus, dMinus, locPlus, locMinus } = ksStatisticSorted(s1, s2);
  let d: number;
  let location: number;
  let sign: 1 | -1;
  if (dMinus > dPlus) {
    d = dMinus;
    location = locMinus;
    sign = -1;
  } else {
    d = dPlus;
    location = locPlus;
    sign = 1;
  }
  const r = ksPValue(d, n1, n2, opts);
  return { statistic: r.d, pValue: r.pValue, method: r.method, location, sign, n1, n2 };
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const r = x - f;
  if (r > 0.5) return f + 1;
  if (r < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** Pr(D_{n,n} >= h/n) for equal sample sizes (scipy's _compute_prob_outside_square). */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k -= 1;
  }
  return 2 * P;
}

/**
 * Proportion of lattice paths that leave the band |x/m − y/n| < h/lcm (scipy's pythran
 * _compute_outer_prob_inside_method, Viehmann's recursion for 1 − p).
 */
function outerProbInsideMethod(m0: number, n0: number, g: number, h: number): number {
  let m = m0;
  let n = n0;
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let t = minj; t < maxj; t++) A[t] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) {
      for (let t = maxj - minj; t < maxj - minj + (lastlen - curlen); t++) A[t] = 1;
    }
  }
  return A[maxj - minj - 1]!;
}

// ---------------------------------------------------------------------------------------------
// Chi-square test of a contingency table
// ---------------------------------------------------------------------------------------------

export interface Chi2Result {
  readonly statistic: number;
  readonly pValue: number;
  readonly dof: number;
  readonly expected: number[][];
}

/**
 * Pearson's chi-square test of independence for an r×c table of counts, as
 * scipy.stats.chi2_contingency(observed, correction) (lambda_ = Pearson). With `correction`
 * (scipy's default) Yates' continuity correction is applied when the table has 1 degree of
 * freedom, and never otherwise. Throws, as scipy does, when an expected count is zero.
 */
export function chi2Contingency(observed: readonly (readonly number[])[], correction = true): Chi2Result {
  const r = observed.length;
  const c = r === 0 ? 0 : observed[0]!.length;
  if (r === 0 || c === 0) throw new Error('chi2Contingency: empty table');
  const rowSums = new Array<number>(r).fill(0);
  const colSums = new Array<number>(c).fill(0);
  let total = 0;
  for (let i = 0; i < r; i++) {
    if (observed[i]!.length !== c) throw new Error('chi2Contingency: ragged table');
    for (let j = 0; j < c; j++) {
      const v = observed[i]![j]!;
      if (v < 0) throw new Error('chi2Contingency: negative count');
      rowSums[i]! += v;
      colSums[j]! += v;
      total += v;
    }
  }
  const expected: number[][] = [];
  for (let i = 0; i < r; i++) {
    const row: number[] = [];
    for (let j = 0; j < c; j++) {
      const e = (rowSums[i]! * colSums[j]!) / total;
      if (e === 0) throw new Error('chi2Contingency: a row or column sums to zero (zero expected count)');
      row.push(e);
    }
    expected.push(row);
  }
  const dof = r * c - (r + c) + 2 - 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof, expected };
  let stat = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const e = expected[i]![j]!;
      let o = observed[i]![j]!;
      if (dof === 1 && correction) {
        const diff = e - o;
        o += Math.min(0.5, Math.abs(diff)) * Math.sign(diff);
      }
      stat += ((o - e) * (o - e)) / e;
    }
  }
  return { statistic: stat, pValue: chi2Sf(stat, dof), dof, expected };
}

/**
 * Chi-square test that two count vectors (bins or categories) come from the same distribution:
 * a 2×k table with the categories empty in both samples dropped. Returns p = 1 and dof = 0 when
 * fewer than two categories are occupied.
 */
export function chi2Homogeneity(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  correction = true,
): { statistic: number; pValue: number; dof: number } {
  const ra: number[] = [];
  const rb: number[] = [];
  let sa = 0;
  let sb = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    const y = b[k]!;
    if (x + y > 0) {
      ra.push(x);
      rb.push(y);
      sa += x;
      sb += y;
    }
  }
  if (ra.length < 2 || sa === 0 || sb === 0) return { statistic: 0, pValue: 1, dof: 0 };
  const res = chi2Contingency([ra, rb], correction);
  return { statistic: res.statistic, pValue: res.pValue, dof: res.dof };
}

/** Pooled two-proportion z-test of x1/n1 vs x2/n2, two-sided. z > 0 when the second rate is higher. */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): { z: number; pValue: number } {
  if (n1 <= 0 || n2 <= 0) return { z: 0, pValue: 1 };
  const p = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  const diff = x2 / n2 - x1 / n1;
  if (se === 0) return { z: 0, pValue: diff === 0 ? 1 : 0 };
  const z = diff / se;
  return { z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
