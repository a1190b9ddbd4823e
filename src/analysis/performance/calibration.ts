/**
 * Calibration measures: expected calibration error on 15 equal-width bins (the bin edges and
 * bin assignment of sklearn's calibration_curve(strategy='uniform')), equal-mass ("adaptive")
 * ECE, maximum calibration error, and the reliability bins a report can plot.
 *
 * Binary runs are judged on the positive-class score; multiclass runs on the top label
 * (confidence = max probability, hit = that class is the true one).
 */
import { UNIT_WEIGHT } from './arrays.js';
import { argsortDescending } from './ranked.js';
import type { CalibrationSummary, ReliabilityBin } from './types.js';

export const ECE_BINS = 15;

/** np.linspace(0, 1, 16): i * (1 / 15), last edge exactly 1. */
export const ECE_EDGES: Float64Array = (() => {
  const e = new Float64Array(ECE_BINS + 1);
  const step = 1 / ECE_BINS;
  for (let i = 0; i <= ECE_BINS; i++) e[i] = i * step;
  e[ECE_BINS] = 1;
  return e;
})();

/**
 * Bin of a probability: np.searchsorted(edges[1:-1], p) (side='left'), so a value on an inner
 * edge falls in the lower bin; values outside [0, 1] land in the first / last bin.
 */
export function eceBin(p: number): number {
  let b = Math.floor(p * ECE_BINS);
  if (b < 0) b = 0;
  if (b > ECE_BINS - 1) b = ECE_BINS - 1;
  while (b > 0 && p <= ECE_EDGES[b]!) b--;
  while (b < ECE_BINS - 1 && p > ECE_EDGES[b + 1]!) b++;
  return b;
}

/** Per-bin sums: weight, Σ w·conf, Σ w·hit (each of length bins). */
export interface BinSums {
  readonly weight: ArrayLike<number>;
  readonly conf: ArrayLike<number>;
  readonly hit: ArrayLike<number>;
}

/** ECE = Σ_b (W_b / W) |mean hit_b - mean conf_b| over non-empty bins. */
export function eceFromBins(s: BinSums, offset = 0, bins = ECE_BINS): number {
  let tot = 0;
  let e = 0;
  for (let b = 0; b < bins; b++) {
    const wb = s.weight[offset + b]!;
    if (wb <= 0) continue;
    tot += wb;
    e += Math.abs(s.hit[offset + b]! - s.conf[offset + b]!);
  }
  // |Σ hit - Σ conf| / W_b × W_b / W: the bin weight cancels.
  return tot > 0 ? e / tot : NaN;
}

/** Confidence and hit per row for the calibration view of a run. */
export interface CalibrationRows {
  readonly conf: Float64Array;
  readonly hit: Uint8Array;
  readonly weight: Float64Array | null;
}

function sumsOverBins(rows: CalibrationRows, binOf: ArrayLike<number>, bins: number): { weight: Float64Array; conf: Float64Array; hit: Float64Array } {
  const weight = new Float64Array(bins);
  const conf = new Float64Array(bins);
  const hit = new Float64Array(bins);
  const ws = rows.weight ?? UNIT_WEIGHT;
  const step = rows.weight ? 1 : 0;
  for (let i = 0; i < rows.conf.length; i++) {
    const b = binOf[i]!;
    const w = ws[i * step]!;
    weight[b]! += w;
    conf[b]! += w * rows.conf[i]!;
    hit[b]! += w * rows.hit[i]!;
  }
  return { weight, conf, hit };
}

/** Expected calibration error on the 15 equal-width bins. */
export function expectedCalibrationError(rows: CalibrationRows): number {
  const binOf = binsOf(rows.conf);
  return eceFromBins(sumsOverBins(rows, binOf, ECE_BINS));
}

/**
 * Equal-mass bins: rows sorted by confidence and split into 15 runs of (nearly) equal row count
 * (np.array_split sizes: the first n mod 15 runs get one extra row).
 */
export function equalMassBins(conf: Float64Array, bins: number): { binOf: Int32Array; count: number } {
  const n = conf.length;
  const order = ascendingOrder(conf);
  const count = Math.min(bins, n);
  const binOf = new Int32Array(n);
  const base = Math.floor(n / count);
  const extra = n % count;
  let j = 0;
  for (let b = 0; b < count; b++) {
    const size = base + (b < extra ? 1 : 0);
    for (let k = 0; k < size; k++) binOf[order[j++]!] = b;
  }
  return { binOf, count };
}

function binsOf(conf: Float64Array): Int32Array {
  const out = new Int32Array(conf.length);
  for (let i = 0; i < conf.length; i++) out[i] = eceBin(conf[i]!);
  return out;
}

/** Rows by confidence ascending, ties in row order (np.argsort(kind='stable')): -conf descending. */
function ascendingOrder(conf: Float64Array): Int32Array {
  const neg = new Float64Array(conf.length);
  for (let i = 0; i < conf.length; i++) neg[i] = -conf[i]!;
  return argsortDescending(neg);
}

/**
 * equalMassBins from a descending stable score order whose tie groups are marked (Ranked's
 * groupEnd: 1 at the last position of each run of equal values), without the ascending order: that
 * order copies each group, in row order, to the mirrored place, so a row's ascending position is
 * known where the group is walked, and with it its bin. Sequential reads of the order; the same
 * bin per row as equalMassBins over the values (ties in row order, np.argsort(kind='stable')).
 */
export function equalMassBinsFromGroups(desc: Int32Array, groupEnd: Uint8Array, bins: number): { binOf: Int32Array; count: number } {
  const n = desc.length;
  const count = Math.min(bins, n);
  const binOf = new Int32Array(n);
  const base = Math.floor(n / count);
  const extra = n % count;
  // np.array_split sizes: the first `extra` bins hold base + 1 rows, the rest base.
  const big = extra * (base + 1);
  let start = 0;
  for (let j = 0; j < n; j++) {
    if (!groupEnd[j]) continue;
    let o = n - j - 1;
    for (let q = start; q <= j; q++, o++) binOf[desc[q]!] = o < big ? Math.floor(o / (base + 1)) : extra + Math.floor((o - big) / base);
    start = j + 1;
  }
  return { binOf, count };
}

/**
 * Expected ECE of a perfectly calibrated model on these confidences: in each bin the observed
 * hit rate is a mean of Bernoulli(p_i), whose mean absolute deviation from the mean confidence is
 * ≈ sqrt(2/π)·sd (normal approximation). The floor is the weight-averaged sum over bins.
 */
export function eceFloor(rows: CalibrationRows, binOf: ArrayLike<number>): number {
  const varSum = new Float64Array(ECE_BINS);
  let total = 0;
  const ws = rows.weight ?? UNIT_WEIGHT;
  const step = rows.weight ? 1 : 0;
  // A row without a positive weight adds +0, which leaves a sum as it is (decision 0039).
  for (let i = 0; i < rows.conf.length; i++) {
    const w = ws[i * step]!;
    const on = w > 0;
    const p = Math.min(1, Math.max(0, rows.conf[i]!));
    varSum[binOf[i]!]! += on ? w * w * p * (1 - p) : 0;
    total += on ? w : 0;
  }
  if (total === 0) return 0;
  let s = 0;
  for (let b = 0; b < ECE_BINS; b++) s += Math.sqrt(varSum[b]!);
  return (Math.sqrt(2 / Math.PI) * s) / total;
}

/**
 * Calibration summary of a run. `known` passes what the run already has: the 15-bin index per
 * row and the rows in ascending confidence order (saves a sort on large tables).
 */
export function summarizeCalibration(
  rows: CalibrationRows,
  brier: number,
  known: { bin: ArrayLike<number>; order: Int32Array; groupEnd: Uint8Array } | null = null,
): CalibrationSummary {
  const binOf = known ? known.bin : binsOf(rows.conf);
  const s = sumsOverBins(rows, binOf, ECE_BINS);
  const bins: ReliabilityBin[] = [];
  let mce = 0;
  for (let b = 0; b < ECE_BINS; b++) {
    const w = s.weight[b]!;
    if (w <= 0) continue;
    const meanScore = s.conf[b]! / w;
    const fracPositive = s.hit[b]! / w;
    mce = Math.max(mce, Math.abs(fracPositive - meanScore));
    bins.push({ lo: ECE_EDGES[b]!, hi: ECE_EDGES[b + 1]!, weight: w, meanScore, fracPositive });
  }
  let eceAdaptive = NaN;
  if (rows.conf.length > 0) {
    const em = known ? equalMassBinsFromGroups(known.order, known.groupEnd, ECE_BINS) : equalMassBins(rows.conf, ECE_BINS);
    eceAdaptive = eceFromBins(sumsOverBins(rows, em.binOf, em.count), 0, em.count);
  }
  return { ece: eceFromBins(s), eceAdaptive, mce, brier, eceFloor: eceFloor(rows, binOf), bins };
}
