/**
 * Feature drift: does a feature's distribution differ between two samples, by how much, and
 * where? Numeric features get PSI on the baseline's deciles, the two-sample KS test and the
 * Wasserstein-1 distance scaled by the baseline IQR; categorical ones PSI, the chi-square test,
 * the Jensen-Shannon distance and the unseen / vanished values. Baseline-vs-current eval drift is
 * also measured inside every segment with enough support, so a drift confined to one slice is
 * located (counting passes over per-row bin codes: no re-sorting per segment).
 */
import { formatNumber, type Column, type NumberColumn, type StringColumn, type Table } from '../../artifacts/table.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import { binCountsSorted, jensenShannon, psi, psiNoiseFloor, quantileEdges, quantileSorted } from '../stats/distance.js';
import { chi2Homogeneity, ksAndWassersteinSorted, ksPValue, sortFloat64InPlace } from '../stats/two-sample.js';
import { alignCategories, capCategories, MAX_NUMERIC_CATEGORIES, profile, sortedFinite, sortedFiniteOfTwin, takeKeptSort, type Alignment, type SegmentSpec, type SortConsumer } from './columns.js';
import type { EvalView } from '../../artifacts/types.js';
import { sameCells } from '../same-cells.js';
import { FDR, mapStrength, NOT_SIGNIFICANT_FACTOR, PSI_ANCHORS, PSI_MAJOR, PSI_MINOR } from './strength.js';
import type { CategoryMove, CategoryShare, Comparison, DriftResult, SampleComparison, SegmentDrift } from './types.js';

/** PSI bins for numeric features: the baseline's deciles. */
export const PSI_BINS = 10;
/** Categories beyond this many (by combined share) are lumped into "(other)" for PSI and chi-square. */
export const MAX_CATEGORIES = 50;
/** Exact KS p-values cost ~max(n)·2·D·min(n) steps; above this the asymptotic one is used. */
const KS_EXACT_BUDGET = 2e7;
/** A segment's drift must be at least this many times the drift outside it to be called local. */
const CONCENTRATION = 3;

export type { SampleComparison } from './types.js';

/** Number of bins occupied on either side: empty bins add nothing to PSI, nor to its noise. */
function occupied(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let k = 0;
  for (let i = 0; i < a.length; i++) if (a[i]! + b[i]! > 0) k++;
  return k;
}

function psiParts(bc: ArrayLike<number>, cc: ArrayLike<number>, nb: number, nc: number): { psi: number; noise: number; excess: number } {
  const p = psi(bc, cc);
  const noise = psiNoiseFloor(occupied(bc, cc), nb, nc);
  return { psi: p, noise, excess: Math.max(0, p - noise) };
}

/**
 * Compares two ascending, finite samples. Both must be non-empty. `means` saves two passes when
 * the caller already has them (the column profiles do).
 */
export function compareNumeric(
  base: Float64Array,
  cur: Float64Array,
  means: readonly [number, number] | null = null,
): SampleComparison & { edges: Float64Array } {
  const edges = quantileEdges(base, PSI_BINS);
  const bc = binCountsSorted(base, edges);
  const cc = binCountsSorted(cur, edges);
  const pp = psiParts(bc, cc, base.length, cur.length);
  const { d, wasserstein: w } = ksAndWassersteinSorted(base, cur);
  const ks = ksPValue(d, base.length, cur.length, { exactBudget: KS_EXACT_BUDGET });
  const scale = spreadOfSorted(base);
  const valueMoves = discreteMoves(base, cur);
  // A numeric code (a few distinct values: sex = 1/2, pid = 0…6) is a category: one value losing
  // most of its share barely moves the CDF (KS spreads it over the order of the codes), so the
  // test is the chi-square test of the value counts, as for a categorical column.
  const pValue = valueMoves ? codeChi2P(valueMoves, base.length, cur.length) : ks.pValue;
  return {
    kind: 'number',
    nBase: base.length,
    nCur: cur.length,
    bins: edges.length + 1,
    psi: pp.psi,
    psiNoise: pp.noise,
    psiExcess: pp.excess,
    pValue,
    edges,
    numeric: {
      ks: ks.d,
      ksP: ks.pValue,
      ksMethod: ks.method,
      wasserstein: w,
      scale,
      wassersteinScaled: w / scale,
      meanBase: means ? means[0] : mean(base),
      meanCur: means ? means[1] : mean(cur),
      medianBase: quantileSorted(base, 0.5),
      medianCur: quantileSorted(cur, 0.5),
      valueMoves,
      reducedAt: mostReducedAt(base, bc, cc, cur.length),
    },
    categorical: null,
  };
}

/** Chi-square homogeneity p-value of a numeric code's value counts (shares × sample sizes). */
function codeChi2P(moves: readonly CategoryMove[], nBase: number, nCur: number): number {
  const bc = Float64Array.from(moves, (m) => Math.round(m.base * nBase));
  const cc = Float64Array.from(moves, (m) => Math.round(m.cur * nCur));
  return chi2Homogeneity(bc, cc).pValue;
}

/**
 * The range of a continuous column that lost the largest part of its share, as a point inside it:
 * of the PSI bins (baseline deciles), the one whose current share over its baseline share is
 * smallest, represented by the median baseline value in it. For a changed training sample it is
 * the range the new model has seen least of (a filter that dropped the upper quartile names a
 * value in that quartile), chosen from the two samples alone, before any eval outcome. Null when
 * no bin lost share.
 */
export function mostReducedAt(base: Float64Array, bc: Float64Array, cc: Float64Array, nCur: number): number | null {
  if (base.length === 0 || nCur === 0) return null;
  let best = -1;
  let bestRatio = 1;
  let start = 0;
  let bestStart = 0;
  for (let b = 0; b < bc.length; b++) {
    const pb = bc[b]! / base.length;
    const pc = cc[b]! / nCur;
    if (pb > 0 && pc / pb < bestRatio) {
      bestRatio = pc / pb;
      best = b;
      bestStart = start;
    }
    start += bc[b]!;
  }
  if (best < 0) return null;
  return base[bestStart + Math.floor(bc[best]! / 2)]!;
}

/**
 * The share moves of a numeric column that holds a few distinct values (two ascending samples,
 * one merge pass), largest move first, the same order as categorical moves; null when the two
 * samples hold more than MAX_NUMERIC_CATEGORIES distinct values between them.
 */
export function discreteMoves(base: Float64Array, cur: Float64Array): CategoryMove[] | null {
  const moves: CategoryMove[] = [];
  let i = 0;
  let j = 0;
  while (i < base.length || j < cur.length) {
    const v = Math.min(i < base.length ? base[i]! : Infinity, j < cur.length ? cur[j]! : Infinity);
    let nb = 0;
    let nc = 0;
    for (; i < base.length && base[i] === v; i++) nb++;
    for (; j < cur.length && cur[j] === v; j++) nc++;
    if (moves.length === MAX_NUMERIC_CATEGORIES) return null;
    moves.push({ value: formatNumber(v), base: base.length ? nb / base.length : 0, cur: cur.length ? nc / cur.length : 0 });
  }
  return moves.sort((x, y) => Math.abs(y.cur - y.base) - Math.abs(x.cur - x.base) || (x.value < y.value ? -1 : 1));
}

/** Baseline spread for scaling: the IQR, the standard deviation when the IQR is 0, else 1. */
export function spreadOfSorted(s: Float64Array): number {
  if (s.length === 0) return 1;
  const iqr = quantileSorted(s, 0.75) - quantileSorted(s, 0.25);
  if (iqr > 0) return iqr;
  const m = mean(s);
  let ss = 0;
  for (let i = 0; i < s.length; i++) ss += (s[i]! - m) ** 2;
  const sd = s.length > 1 ? Math.sqrt(ss / (s.length - 1)) : 0;
  return sd > 0 ? sd : 1;
}

function mean(s: Float64Array): number {
  let t = 0;
  for (let i = 0; i < s.length; i++) t += s[i]!;
  return s.length ? t / s.length : NaN;
}

/** Compares two vectors of category counts aligned on `names`. */
export function compareCategorical(names: readonly string[], baseCounts: Float64Array, curCounts: Float64Array): SampleComparison {
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < names.length; i++) {
    nb += baseCounts[i]!;
    nc += curCounts[i]!;
  }
  const unseen: CategoryShare[] = [];
  const vanished: CategoryShare[] = [];
  let unseenShare = 0;
  let vanishedShare = 0;
  const moves: { value: string; base: number; cur: number }[] = [];
  for (let i = 0; i < names.length; i++) {
    const b = nb > 0 ? baseCounts[i]! / nb : 0;
    const c = nc > 0 ? curCounts[i]! / nc : 0;
    if (baseCounts[i] === 0 && curCounts[i]! > 0) {
      unseen.push({ value: names[i]!, share: c });
      unseenShare += c;
    }
    if (curCounts[i] === 0 && baseCounts[i]! > 0) {
      vanished.push({ value: names[i]!, share: b });
      vanishedShare += b;
    }
    moves.push({ value: names[i]!, base: b, cur: c });
  }
  const byShare = (x: CategoryShare, y: CategoryShare): number => y.share - x.share || (x.value < y.value ? -1 : 1);
  unseen.sort(byShare);
  vanished.sort(byShare);
  moves.sort((x, y) => Math.abs(y.cur - y.base) - Math.abs(x.cur - x.base) || (x.value < y.value ? -1 : 1));
  const capped = capCategories(
    { names: names.slice(), baseMap: new Int32Array(0), curMap: new Int32Array(0), baseCounts, curCounts },
    MAX_CATEGORIES,
  );
  const pp = psiParts(capped.baseCounts, capped.curCounts, nb, nc);
  const chi = chi2Homogeneity(capped.baseCounts, capped.curCounts);
  return {
    kind: 'string',
    nBase: nb,
    nCur: nc,
    bins: capped.names.length,
    psi: pp.psi,
    psiNoise: pp.noise,
    psiExcess: pp.excess,
    pValue: chi.pValue,
    numeric: null,
    categorical: {
      chi2: chi.statistic,
      chi2P: chi.pValue,
      dof: chi.dof,
      js: nb > 0 && nc > 0 ? jensenShannon(baseCounts, curCounts, 2) : 0,
      unseen: unseen.slice(0, 10),
      unseenShare,
      vanished: vanished.slice(0, 10),
      vanishedShare,
      topMoves: moves.slice(0, 5),
    },
  };
}

/** Compares two columns of the same kind (null when a side has no usable values). */
export function compareColumns(base: Column, cur: Column): SampleComparison | null {
  if (base.kind === 'number' && cur.kind === 'number') {
    const b = sortedFinite(base, 0);
    const c = sortedFinite(cur, 1);
    if (b.length === 0 || c.length === 0) return null;
    return compareNumeric(b, c, [profile(base).mean, profile(cur).mean]);
  }
  if (base.kind === 'string' && cur.kind === 'string') {
    return compareAligned(alignCategories(base, cur));
  }
  return null;
}

function compareAligned(a: Alignment): SampleComparison | null {
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < a.names.length; i++) {
    nb += a.baseCounts[i]!;
    nc += a.curCounts[i]!;
  }
  if (nb === 0 || nc === 0) return null;
  return compareCategorical(a.names, a.baseCounts, a.curCounts);
}

/** Strength of a PSI effect, per strength.ts. */
export function psiStrength(excess: number, significant: boolean): number {
  return mapStrength(excess, PSI_ANCHORS) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR);
}

/** The reporting rule of strength.ts: minor and significant, or major regardless. */
export function isReported(excess: number, significant: boolean): boolean {
  return (excess >= PSI_MINOR && significant) || excess >= PSI_MAJOR;
}

// ---------------------------------------------------------------------------------------------
// Per-row codes for segment counting
// ---------------------------------------------------------------------------------------------

// Per-row bin codes, reused from feature to feature (a fresh 1 MB buffer per feature would cost
// more in page faults than the pass that fills it). A missing value's code is k, one past the bins.
let codeScratch = new Uint8Array(0);

function codeBuffer(n: number): Uint8Array {
  if (codeScratch.length < n) codeScratch = new Uint8Array(n);
  return codeScratch.subarray(0, n);
}

/**
 * Joint cells (segment values of a group of columns × bins) at most, per counting pass: a group's
 * keys times the bins (at most MAX_CATEGORIES + 2) stay within 256 KB of counters, in the L2 cache.
 */
const MAX_GROUP_KEYS = 1024;

/**
 * Segment columns counted together (issue 11): each row's segment values of the group's columns
 * in one key, so that one pass over the rows counts (key, bin) cells for every column of the
 * group, and each column's (value, bin) counts are sums over the keys. A missing segment value
 * (NO_SEGMENT) is one more digit, not read back. Counts are integers: the same as one pass per
 * column, which cost as many passes as there were segment columns, per feature and run.
 */
export interface SegmentGroup {
  /** Indices into the segment list, with each one's digit weight and radix (values + 1). */
  readonly cols: readonly { readonly t: number; readonly weight: number; readonly radix: number; readonly size: number }[];
  readonly keys: number;
  readonly base: Uint16Array;
  readonly cur: Uint16Array;
}

export function segmentGroups(segments: readonly SegmentSpec[], nBase: number, nCur: number): SegmentGroup[] {
  const out: SegmentGroup[] = [];
  let t = 0;
  while (t < segments.length) {
    const cols: { t: number; weight: number; radix: number; size: number }[] = [];
    let keys = 1;
    while (t < segments.length && (cols.length === 0 || keys * (segments[t]!.values.length + 1) <= MAX_GROUP_KEYS)) {
      const size = segments[t]!.values.length;
      cols.push({ t, weight: keys, radix: size + 1, size });
      keys *= size + 1;
      t++;
    }
    const keyOf = (side: 'baseCodes' | 'curCodes', n: number): Uint16Array => {
      const key = new Uint16Array(n);
      for (const c of cols) {
        const lut = new Uint16Array(256);
        for (let v = 0; v < 256; v++) lut[v] = (v < c.size ? v : c.size) * c.weight;
        const codes = segments[c.t]![side];
        for (let i = 0; i < n; i++) key[i]! += lut[codes[i]!]!;
      }
      return key;
    };
    const base = keyOf('baseCodes', nBase);
    // Every column of the group has the same codes in both runs (decision 0027): the same keys.
    const twins = nBase === nCur && cols.every((c) => segments[c.t]!.curCodes === segments[c.t]!.baseCodes);
    out.push({ cols, keys, base, cur: twins ? base : keyOf('curCodes', nCur) });
  }
  return out;
}

/** Whether every group keys the current run's rows as the baseline's (segmentGroups shares the array then). */
function sameKeys(groups: readonly SegmentGroup[]): boolean {
  return groups.every((g) => g.cur === g.base);
}

/**
 * Bin counts per segment value for every segment column (by segment index) and in all: one pass
 * writes each row's bin code, then one counting pass per group of segment columns. The bin is the
 * count of edges below x, summed from comparisons: no data-dependent branch to mispredict. At most
 * 9 edges; unused ones are +∞.
 */
function countNumeric(col: NumberColumn, edges: Float64Array, groups: readonly SegmentGroup[], side: 'base' | 'cur', nSegs: number, k: number): SegmentCounts {
  const v = col.values;
  const e = new Float64Array(9).fill(Infinity);
  e.set(edges.subarray(0, 9));
  const e0 = e[0]!, e1 = e[1]!, e2 = e[2]!, e3 = e[3]!, e4 = e[4]!, e5 = e[5]!, e6 = e[6]!, e7 = e[7]!, e8 = e[8]!;
  const codes = codeBuffer(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    codes[i] =
      x - x !== 0
        ? k
        : +(x > e0) + +(x > e1) + +(x > e2) + +(x > e3) + +(x > e4) + +(x > e5) + +(x > e6) + +(x > e7) + +(x > e8);
  }
  return countCodes(codes, groups, side, nSegs, k);
}

/** The same for a categorical feature: category → (capped) bucket through a lookup table. */
function countCategorical(
  col: StringColumn,
  map: Int32Array,
  bucketOf: Int32Array,
  groups: readonly SegmentGroup[],
  side: 'base' | 'cur',
  nSegs: number,
  k: number,
): SegmentCounts {
  const lut = new Uint8Array(map.length);
  for (let c = 0; c < map.length; c++) lut[c] = map[c]! < 0 ? k : bucketOf[map[c]!]!;
  const src = col.codes;
  const codes = codeBuffer(src.length);
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    codes[i] = c < 0 ? k : lut[c]!;
  }
  return countCodes(codes, groups, side, nSegs, k);
}

/** (key, bin) counters, cleared and reused for every group of every feature. */
let jointScratch = new Uint32Array(0);

export function countCodes(codes: Uint8Array, groups: readonly SegmentGroup[], side: 'base' | 'cur', nSegs: number, k: number): SegmentCounts {
  // Integer counters (faster to bump than doubles); k + 1 bins so that missing values land in a spare one.
  const stride = k + 1;
  const counts: Float64Array[] = new Array<Float64Array>(nSegs);
  const totals = new Float64Array(k);
  groups.forEach((g, gi) => {
    const cells = g.keys * stride;
    if (jointScratch.length < cells) jointScratch = new Uint32Array(cells);
    const joint = jointScratch.subarray(0, cells).fill(0);
    const key = g[side];
    for (let i = 0; i < codes.length; i++) joint[key[i]! * stride + codes[i]!]!++;
    if (gi === 0) for (let q = 0; q < g.keys; q++) for (let b = 0; b < k; b++) totals[b] += joint[q * stride + b]!;
    for (const c of g.cols) {
      const out = new Float64Array(c.size * k);
      for (let q = 0; q < g.keys; q++) {
        const value = Math.floor(q / c.weight) % c.radix;
        if (value >= c.size) continue;
        for (let b = 0; b < k; b++) out[value * k + b] += joint[q * stride + b]!;
      }
      counts[c.t] = out;
    }
  });
  return { counts, totals };
}

export interface SegmentCounts {
  readonly counts: Float64Array[];
  readonly totals: Float64Array;
}

interface SegmentCandidate extends Omit<SegmentDrift, 'qValue' | 'shiftIn'> {
  readonly featureIndex: number;
}

// ---------------------------------------------------------------------------------------------
// Families of comparisons
// ---------------------------------------------------------------------------------------------

export interface Pending {
  readonly feature: string;
  readonly cmp: SampleComparison;
  readonly baseline: { psi: number; psiExcess: number } | null;
}

/** Comparisons made by twinDriftFromSorts, for driftEval to take once. */
const earlyComparisons = new WeakMap<NumberColumn, ReturnType<typeof compareNumeric>>();

/**
 * The data worker's SortConsumer (columns.ts) for one eval pair: when a segmenter sorts a baseline
 * feature whose current column has the same cells (decision 0027), the drift check's comparison of
 * the two is made from that sort at once: the same sorted values in and the same numbers out as
 * driftEval makes later from the kept sort (the sample against itself: no merge, and every other
 * statistic of compareNumeric reads a handful of positions), so the sort need not be kept. A
 * feature that differs keeps its sort for driftEval, which sorts the current column beside it.
 */
export function twinDriftFromSorts(base: EvalView | null, cur: EvalView): SortConsumer | null {
  if (!base) return null;
  const features = new Set<Column>(base.features);
  return (col, sorted) => {
    if (sorted.length === 0 || !features.has(col)) return false;
    const cc = cur.features.find((c) => c.name === col.name);
    if (!cc || cc.kind !== 'number' || !sameCells(col, cc)) return false;
    const sortedC = sortedFiniteOfTwin(cc, col, sorted);
    earlyComparisons.set(col, compareNumeric(sorted, sortedC, [profile(col).mean, profile(cc).mean]));
    return true;
  };
}

/**
 * Baseline eval vs current eval, every feature present on both sides with the same type, with
 * per-segment localisation over `segments`.
 */
export function driftEval(
  source: string,
  baseFeatures: readonly Column[],
  curFeatures: readonly Column[],
  segments: readonly SegmentSpec[],
  minSupport: number,
): DriftResult[] {
  const pending: Pending[] = [];
  const candidates: SegmentCandidate[] = [];
  // Keyed once per call, shared by every feature (a feature's own column is counted and not read).
  let groups: SegmentGroup[] | null = null;
  const grouped = (): SegmentGroup[] => (groups ??= segmentGroups(segments, segments[0]!.baseCodes.length, segments[0]!.curCodes.length));
  // Tests of the BH family whose p-value is 1 without their counts (see the twin case below).
  let certainOnes = 0;
  const sizes = new Map<number, Int32Array>();
  const sizesOf = (t: number): Int32Array => {
    let out = sizes.get(t);
    if (!out) {
      const spec = segments[t]!;
      out = new Int32Array(spec.values.length + 1);
      const codes = spec.baseCodes;
      const none = spec.values.length;
      for (let i = 0; i < codes.length; i++) out[Math.min(codes[i]!, none)]!++;
      sizes.set(t, out);
    }
    return out;
  };
  for (const cb of baseFeatures) {
    const cc = curFeatures.find((c) => c.name === cb.name);
    if (!cc || cc.kind !== cb.kind) continue;
    // A feature is not tested within its own segments.
    const use = segments.map((sp, t) => (sp.column === cb.name ? -1 : t)).filter((t) => t >= 0);
    let cmp: SampleComparison | null;
    let b: SegmentCounts;
    let c: SegmentCounts;
    let k: number;
    // The same cells in both runs (decision 0027): the current run's sort and, where the segment
    // keys are the same too, its counts are the baseline's.
    const twin = sameCells(cb, cc);
    if (cb.kind === 'number' && cc.kind === 'number') {
      // The comparison the segmenters' sort gave at once (twinDriftFromSorts), else from their
      // sort of the baseline column when they kept one (keepSortsForDrift).
      let num = twin ? (earlyComparisons.get(cb) ?? null) : null;
      earlyComparisons.delete(cb);
      if (!num) {
        const sortedB = takeKeptSort(cb) ?? sortedFinite(cb, 0);
        const sortedC = twin ? sortedFiniteOfTwin(cc, cb, sortedB) : sortedFinite(cc, 1);
        if (sortedB.length === 0 || sortedC.length === 0) continue;
        num = compareNumeric(sortedB, sortedC, [profile(cb).mean, profile(cc).mean]);
      }
      cmp = num;
      k = num.edges.length + 1;
      if (use.length === 0) {
        pending.push({ feature: cb.name, cmp, baseline: null });
        continue;
      }
      if (twin && sameKeys(grouped()) && profile(cb).finite === cb.values.length) {
        // The same cells under the same segment keys, none missing: both runs' counts would be one
        // array, every segment's PSI 0 and its p-value 1 (collectSegmentCandidates), and no segment
        // reported. What counts is how many segments have the support, for the size of the BH
        // family: a segment's rows are then its size, the rest the other rows.
        pending.push({ feature: cb.name, cmp, baseline: null });
        const n = cb.values.length;
        for (const t of use) {
          const size = sizesOf(t);
          for (let v = 0; v < segments[t]!.values.length; v++) if (size[v]! >= minSupport && n - size[v]! >= minSupport) certainOnes++;
        }
        continue;
      }
      b = countNumeric(cb, num.edges, grouped(), 'base', segments.length, k);
      c = twin && sameKeys(grouped()) ? b : countNumeric(cc, num.edges, grouped(), 'cur', segments.length, k);
    } else if (cb.kind === 'string' && cc.kind === 'string') {
      const a = alignCategories(cb, cc);
      cmp = compareAligned(a);
      if (!cmp) continue;
      if (use.length === 0) {
        pending.push({ feature: cb.name, cmp, baseline: null });
        continue;
      }
      const capped = capCategories(a, MAX_CATEGORIES);
      k = capped.names.length;
      b = countCategorical(cb, a.baseMap, capped.bucketOf, grouped(), 'base', segments.length, k);
      c = twin && sameKeys(grouped()) ? b : countCategorical(cc, a.curMap, capped.bucketOf, grouped(), 'cur', segments.length, k);
    } else continue;
    const featureIndex = pending.length;
    pending.push({ feature: cb.name, cmp, baseline: null });
    for (const t of use) collectSegmentCandidates(segments[t]!, b.counts[t]!, b.totals, c.counts[t]!, c.totals, k, minSupport, featureIndex, candidates);
  }
  // The certain ones come last in the family: BH gives the others the same q-values wherever they stand.
  const segQ = benjaminiHochberg([...candidates.map((c) => c.pValue), ...new Array<number>(certainOnes).fill(1)]);
  const bestSegment = new Map<number, SegmentDrift>();
  candidates.forEach((c, i) => {
    const q = segQ[i]!;
    if (!(q <= FDR) || c.psiInExcess < PSI_MINOR) return;
    if (c.psiInExcess < CONCENTRATION * c.psiOutExcess + 0.05) return;
    const prev = bestSegment.get(c.featureIndex);
    const gain = c.psiInExcess - c.psiOutExcess;
    if (!prev || gain > prev.psiInExcess - prev.psiOutExcess) {
      bestSegment.set(c.featureIndex, {
        column: c.column,
        value: c.value,
        nBase: c.nBase,
        nCur: c.nCur,
        share: c.share,
        psiIn: c.psiIn,
        psiInExcess: c.psiInExcess,
        psiOut: c.psiOut,
        psiOutExcess: c.psiOutExcess,
        pValue: c.pValue,
        qValue: q,
        shiftIn: null,
      });
    }
  });
  // How far each located numeric feature moved inside its segment, in its own spread there.
  for (const [i, seg] of bestSegment) {
    const name = pending[i]!.feature;
    const cb = baseFeatures.find((c): c is NumberColumn => c.name === name && c.kind === 'number');
    const cc = curFeatures.find((c): c is NumberColumn => c.name === name && c.kind === 'number');
    const spec = segments.find((sp) => sp.column === seg.column);
    const code = spec ? spec.values.indexOf(seg.value) : -1;
    if (cb && cc && spec && code >= 0) bestSegment.set(i, { ...seg, shiftIn: standardizedShift(cb, spec.baseCodes, cc, spec.curCodes, code) });
  }
  return decide('eval', source, pending, bestSegment);
}

/** The finite values of the rows of segment `code`, sorted. */
function segmentValues(col: NumberColumn, codes: Uint8Array, code: number): Float64Array {
  // Counted first, then copied into a typed array of that size and radix-sorted: a number[] grown
  // by push and a comparison sort cost about 25 ms per segment at 10^6 rows.
  const v = col.values;
  let m = 0;
  for (let i = 0; i < v.length; i++) m += +(codes[i] === code) & +(v[i]! - v[i]! === 0);
  const out = new Float64Array(m);
  let k = 0;
  for (let i = 0; i < v.length; i++) if (codes[i] === code && v[i]! - v[i]! === 0) out[k++] = v[i]!;
  return sortFloat64InPlace(out);
}

/**
 * Wasserstein-1 distance between a segment's baseline and current values, in units of the
 * baseline's standard deviation inside the segment (ddof 1): how far the feature moved there in
 * its own spread. Rows selected on one feature move it furthest; a feature correlated with it by
 * r moves about r times as far. PSI cannot tell them apart once both samples stop overlapping
 * (it saturates). Null when a side has fewer than two values or the baseline does not vary.
 */
export function standardizedShift(cb: NumberColumn, baseCodes: Uint8Array, cc: NumberColumn, curCodes: Uint8Array, code: number): number | null {
  const b = segmentValues(cb, baseCodes, code);
  const c = segmentValues(cc, curCodes, code);
  if (b.length < 2 || c.length < 2) return null;
  // Index loops: for-of over a typed array made an iterator result per value (decision 0039).
  let mean = 0;
  for (let i = 0; i < b.length; i++) mean += b[i]!;
  mean /= b.length;
  let ss = 0;
  for (let i = 0; i < b.length; i++) ss += (b[i]! - mean) ** 2;
  const sd = Math.sqrt(ss / (b.length - 1));
  if (!(sd > 0)) return null;
  return ksAndWassersteinSorted(b, c).wasserstein / sd;
}

function collectSegmentCandidates(
  spec: SegmentSpec,
  bCounts: Float64Array,
  bTotals: Float64Array,
  cCounts: Float64Array,
  cTotals: Float64Array,
  k: number,
  minSupport: number,
  featureIndex: number,
  out: SegmentCandidate[],
): void {
  const nSeg = spec.values.length;
  let totB = 0;
  let totC = 0;
  for (let j = 0; j < k; j++) {
    totB += bTotals[j]!;
    totC += cTotals[j]!;
  }
  const inB = new Float64Array(k);
  const inC = new Float64Array(k);
  const outB = new Float64Array(k);
  const outC = new Float64Array(k);
  for (let s = 0; s < nSeg; s++) {
    let nb = 0;
    let nc = 0;
    for (let j = 0; j < k; j++) {
      inB[j] = bCounts[s * k + j]!;
      inC[j] = cCounts[s * k + j]!;
      outB[j] = bTotals[j]! - inB[j]!;
      outC[j] = cTotals[j]! - inC[j]!;
      nb += inB[j]!;
      nc += inC[j]!;
    }
    if (nb < minSupport || nc < minSupport || totB - nb < minSupport || totC - nc < minSupport) continue;
    const pin = psiParts(inB, inC, nb, nc);
    const pout = psiParts(outB, outC, totB - nb, totC - nc);
    // Only segments that could be reported need a test; the rest still count in the BH family.
    const pValue = pin.excess >= PSI_MINOR ? chi2Homogeneity(inB, inC).pValue : 1;
    out.push({
      featureIndex,
      column: spec.column,
      value: spec.values[s]!,
      nBase: nb,
      nCur: nc,
      share: totC > 0 ? nc / totC : 0,
      psiIn: pin.psi,
      psiInExcess: pin.excess,
      psiOut: pout.psi,
      psiOutExcess: pout.excess,
      pValue,
    });
  }
}

/**
 * Applies BH across the family, then the reporting rule. A drift located in a segment is
 * reported at the strength of the segment's PSI, scaled by how much of the data the segment
 * holds (a fifth or more: full strength; 2 %: 0.55×), or at the global strength if higher.
 */
export function decide(
  comparison: Comparison,
  source: string,
  pending: readonly Pending[],
  segments: ReadonlyMap<number, SegmentDrift>,
): DriftResult[] {
  const q = benjaminiHochberg(pending.map((p) => p.cmp.pValue));
  return pending.map((p, i) => {
    const significant = q[i]! <= FDR;
    let effect = p.cmp.psiExcess;
    if (comparison === 'train_vs_eval' && p.baseline) effect = Math.max(0, effect - p.baseline.psiExcess);
    let strength = psiStrength(effect, significant);
    let flagged = isReported(effect, significant);
    if (comparison === 'reference') strength *= REFERENCE_FACTOR;
    const segment = segments.get(i) ?? null;
    if (segment) {
      const segStrength = mapStrength(segment.psiInExcess, PSI_ANCHORS) * Math.min(1, 0.5 + 2.5 * segment.share);
      strength = Math.max(strength, segStrength);
      flagged = true;
    }
    return {
      comparison,
      feature: p.feature,
      kind: p.cmp.kind,
      source,
      nBase: p.cmp.nBase,
      nCur: p.cmp.nCur,
      bins: p.cmp.bins,
      psi: p.cmp.psi,
      psiNoise: p.cmp.psiNoise,
      psiExcess: p.cmp.psiExcess,
      pValue: p.cmp.pValue,
      qValue: q[i]!,
      numeric: p.cmp.numeric,
      categorical: p.cmp.categorical,
      segment,
      baseline: p.baseline,
      explainedBy: null,
      significant: significant || segment !== null,
      strength,
      flagged,
    };
  });
}

/**
 * The training sample moving is a cause to check rather than a failure of the evaluated data
 * itself (its effect on the model is indirect), so reference-vs-reference drift counts at 0.8×.
 */
const REFERENCE_FACTOR = 0.8;

/** Columns a reference table shares with the eval features, by name and type. */
function sharedColumns(features: readonly Column[], ref: Table): [Column, Column][] {
  const out: [Column, Column][] = [];
  for (const f of features) {
    const r = ref.columns.find((c) => c.name === f.name);
    if (r && r.kind === f.kind) out.push([r, f]);
  }
  return out;
}

/**
 * Current reference (training) sample vs current eval, judged against the same comparison in
 * the baseline run: train/serve differences that were already there are not news.
 */
export function driftTrainVsEval(
  refCur: Table,
  curFeatures: readonly Column[],
  refBase: Table | null,
  baseFeatures: readonly Column[] | null,
  evalPath: string,
): DriftResult[] {
  const pending: Pending[] = [];
  for (const [r, f] of sharedColumns(curFeatures, refCur)) {
    const cmp = compareColumns(r, f);
    if (!cmp) continue;
    let baseline: Pending['baseline'] = null;
    if (refBase && baseFeatures) {
      const rb = refBase.columns.find((c) => c.name === f.name);
      const fb = baseFeatures.find((c) => c.name === f.name);
      if (rb && fb && rb.kind === fb.kind) {
        const b = compareColumns(rb, fb);
        if (b) baseline = { psi: b.psi, psiExcess: b.psiExcess };
      }
    }
    pending.push({ feature: f.name, cmp, baseline });
  }
  return decide('train_vs_eval', `${refCur.path} vs ${evalPath}`, pending, new Map());
}

/** Baseline reference sample vs current reference sample (the training data changed). */
export function driftReference(refBase: Table, refCur: Table, exclude: ReadonlySet<string>): DriftResult[] {
  const pending: Pending[] = [];
  for (const cb of refBase.columns) {
    if (exclude.has(cb.name.toLowerCase())) continue;
    const cc = refCur.columns.find((c) => c.name === cb.name);
    if (!cc || cc.kind !== cb.kind) continue;
    const cmp = compareColumns(cb, cc);
    if (cmp) pending.push({ feature: cb.name, cmp, baseline: null });
  }
  return decide('reference', refCur.path, pending, new Map());
}
