/**
 * How much of a metric's change a candidate cause accounts for, from the rows.
 *
 * Every decomposition here works on a per-row loss ℓ whose (weighted) mean is the metric, or
 * moves with it: the 0-1 error for accuracy, the log loss for score metrics, the absolute or
 * squared error for regression (see `attributionLoss`). The change of the mean,
 * D = mean(ℓ_cur) − mean(ℓ_base), is then split exactly into parts:
 *
 * - **shift-share** (demographers' and economists' decomposition) over the groups g of a column:
 *   D = Σ (p'_g − p_g)·m_g  [mix: the rows moved to groups that were already worse]
 *     + Σ p'_g·(m'_g − m_g) [within: the model got worse inside groups],
 *   with p the groups' shares of rows and m their mean loss, ' for the current run. Grouping by the
 *   true class gives the prior-reweighted baseline (the metric the baseline model would score under
 *   the new label prior) as M + mix; grouping by the bins of a feature gives the covariate-reweighted
 *   one (importance weights from the feature's histogram).
 * - **row shares** for id-matched runs: the change on the rows a cause touched (their feature value
 *   or label changed) over the change on all matched rows.
 *
 * A share comes with a normal-approximation interval from its linearization (delta method). The
 * checks against a pandas computation and a numpy bootstrap of the same quantities are in
 * test/reference/attribution_reference.py.
 */
import { UNIT_WEIGHT } from '../performance/arrays.js';
import { normalQuantile } from '../performance/special.js';

/** A value with its standard error. */
export interface Estimate {
  readonly value: number;
  readonly se: number;
}

/** The share of a change that one part accounts for, with its 95 % interval. */
export interface Share {
  readonly share: number;
  readonly lo: number;
  readonly hi: number;
  /** The change the share is of (current − baseline mean loss). */
  readonly total: Estimate;
  /** The part (same units as total). */
  readonly part: Estimate;
}

/** Two-sided 95 % normal quantile. */
const Z95 = normalQuantile(0.975);

/**
 * A share is only meaningful of a change that is there: the total must be this many standard
 * errors away from zero (2 ≈ the 95 % line), else a share of noise swings between ±∞.
 */
export const MIN_TOTAL_Z = 2;

/**
 * share = part / total with var ≈ [var(part)(1 − 2s) + s²·var(total)] / total², the delta method
 * for a ratio whose numerator is a component of its denominator (cov(part, total) = var(part):
 * the other components are independent of it). Null when the total is not a measurable change.
 */
export function shareOf(part: Estimate, total: Estimate, covPartTotal = part.se * part.se): Share | null {
  if (!(Math.abs(total.value) > 0) || !Number.isFinite(total.value)) return null;
  if (total.se > 0 && Math.abs(total.value) / total.se < MIN_TOTAL_Z) return null;
  const s = part.value / total.value;
  const v = (part.se ** 2 - 2 * s * covPartTotal + s * s * total.se ** 2) / total.value ** 2;
  const se = Math.sqrt(Math.max(0, v));
  return { share: s, lo: s - Z95 * se, hi: s + Z95 * se, total, part };
}

/** Per-group numbers of a shift-share decomposition. */
export interface GroupShare {
  readonly group: number;
  /** Rows (sum of weights) per run. */
  readonly nBase: number;
  readonly nCur: number;
  /** Share of the run's rows. */
  readonly pBase: number;
  readonly pCur: number;
  /** Mean loss; null when the run has no row in the group. */
  readonly mBase: number | null;
  readonly mCur: number | null;
  /** p'_g·(m'_g − m_g): the change inside the group, weighted by its current share. */
  readonly within: Estimate;
  /** (p'_g − p_g)·m_g. */
  readonly mix: number;
}

export interface ShiftShare {
  readonly total: Estimate;
  readonly mix: Estimate;
  readonly within: Estimate;
  readonly groups: GroupShare[];
  /** Mean loss of each run, and the baseline's under the current group mix (M + mix). */
  readonly base: number;
  readonly cur: number;
  readonly reweightedBase: Estimate;
}

/** One run's rows: group per row (−1: none), loss per row and optional weights. */
export interface GroupedLoss {
  readonly group: Int32Array | Int16Array;
  readonly loss: Float64Array;
  readonly weight?: Float64Array | null;
}

interface Sums {
  w: Float64Array;
  w2: Float64Array;
  s: Float64Array;
  s2: Float64Array;
  W: number;
}

function sums(r: GroupedLoss, k: number): Sums {
  const out: Sums = { w: new Float64Array(k), w2: new Float64Array(k), s: new Float64Array(k), s2: new Float64Array(k), W: 0 };
  // Weights read at i·step, all ones by a step of 0 when there are none (arrays.ts).
  const ws = r.weight ?? UNIT_WEIGHT;
  const step = r.weight ? 1 : 0;
  for (let i = 0; i < r.loss.length; i++) {
    const g = r.group[i]!;
    const l = r.loss[i]!;
    if (g < 0 || g >= k || !Number.isFinite(l)) continue;
    const w = ws[i * step]!;
    if (!(w > 0)) continue;
    out.w[g]! += w;
    out.w2[g]! += w * w;
    out.s[g]! += w * l;
    out.s2[g]! += w * l * l;
    out.W += w;
  }
  return out;
}

/**
 * Variance of a weighted group mean: the weighted variance of ℓ over the effective number of
 * rows (Kish: (Σw)² / Σw²), with the n−1 correction of the unweighted case.
 */
function meanVariance(x: Sums, g: number): number {
  const w = x.w[g]!;
  if (w <= 0) return 0;
  const m = x.s[g]! / w;
  const nEff = (w * w) / x.w2[g]!;
  if (nEff <= 1) return 0;
  const v = Math.max(0, x.s2[g]! / w - m * m) * (nEff / (nEff - 1));
  return v / nEff;
}

/**
 * Shift-share decomposition of two independent samples over `k` groups. A group the baseline
 * lacks takes the baseline's overall mean as its m_g (the model's average), so its rows count as
 * mix at that mean and the rest of their loss as within; the two still sum to D.
 *
 * Standard errors treat the two runs as independent samples: var(within_g) = p'_g²·(var m'_g + var m_g);
 * var(mix) adds the multinomial variance of the current and baseline mixes at the baseline's
 * group means and the variance of those means.
 */
export function shiftShare(base: GroupedLoss, cur: GroupedLoss, k: number): ShiftShare | null {
  const b = sums(base, k);
  const c = sums(cur, k);
  if (b.W <= 0 || c.W <= 0) return null;
  let M = 0;
  for (let g = 0; g < k; g++) M += b.s[g]!;
  M /= b.W;
  let Mc = 0;
  for (let g = 0; g < k; g++) Mc += c.s[g]!;
  Mc /= c.W;
  const groups: GroupShare[] = [];
  let mix = 0;
  let within = 0;
  let vWithin = 0;
  let vMixMeans = 0;
  // Multinomial variance of Σ p_g·m_g at fixed m: (Σ p m² − (Σ p m)²) / n_eff.
  let curPm = 0;
  let curPm2 = 0;
  let basePm2 = 0;
  let vBase = 0;
  let vCur = 0;
  for (let g = 0; g < k; g++) {
    const pB = b.w[g]! / b.W;
    const pC = c.w[g]! / c.W;
    if (pB === 0 && pC === 0) continue;
    const mB = b.w[g]! > 0 ? b.s[g]! / b.w[g]! : null;
    const mC = c.w[g]! > 0 ? c.s[g]! / c.w[g]! : null;
    const ref = mB ?? M;
    const vB = mB === null ? 0 : meanVariance(b, g);
    const vC = mC === null ? 0 : meanVariance(c, g);
    const w = mC === null ? 0 : pC * (mC - ref);
    const vw = pC * pC * (vC + vB);
    const mx = (pC - pB) * ref;
    groups.push({
      group: g,
      nBase: b.w[g]!,
      nCur: c.w[g]!,
      pBase: pB,
      pCur: pC,
      mBase: mB,
      mCur: mC,
      within: { value: w, se: Math.sqrt(vw) },
      mix: mx,
    });
    within += w;
    vWithin += vw;
    mix += mx;
    vMixMeans += (pC - pB) ** 2 * vB;
    curPm += pC * ref;
    curPm2 += pC * ref * ref;
    basePm2 += pB * (mB ?? 0) ** 2;
    vBase += pB * pB * vB;
    vCur += pC * pC * vC;
  }
  const nEffB = (b.W * b.W) / sumAll(b.w2);
  const nEffC = (c.W * c.W) / sumAll(c.w2);
  const vMix = Math.max(0, curPm2 - curPm * curPm) / nEffC + Math.max(0, basePm2 - M * M) / nEffB + vMixMeans;
  // The total's variance: each run's mean, from the group means and the group mix.
  const vTotal = vBase + vCur + Math.max(0, basePm2 - M * M) / nEffB + mixVar(c, k) / nEffC;
  return {
    total: { value: Mc - M, se: Math.sqrt(vTotal) },
    mix: { value: mix, se: Math.sqrt(vMix) },
    within: { value: within, se: Math.sqrt(vWithin) },
    groups,
    base: M,
    cur: Mc,
    reweightedBase: { value: M + mix, se: Math.sqrt(vBase + vMix) },
  };
}

function sumAll(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
}

/** Between-group variance of one run's group means (the mix part of its mean's variance). */
function mixVar(x: Sums, k: number): number {
  let m = 0;
  let m2 = 0;
  for (let g = 0; g < k; g++) {
    if (x.w[g]! <= 0) continue;
    const p = x.w[g]! / x.W;
    const mg = x.s[g]! / x.w[g]!;
    m += p * mg;
    m2 += p * mg * mg;
  }
  return Math.max(0, m2 - m * m);
}

/** Σw, Σw·d and Σw·d² over the usable pairs, the same for every part of one change (unit weights: computed once per array). */
const unitTotals = new WeakMap<Float64Array, { W: number; T: number; T2: number }>();

function pairedTotals(dLoss: Float64Array, weight: Float64Array | null): { W: number; T: number; T2: number } {
  const hit = weight === null ? unitTotals.get(dLoss) : undefined;
  if (hit) return hit;
  let W = 0;
  let T = 0;
  let T2 = 0;
  const ws = weight ?? UNIT_WEIGHT;
  const step = weight ? 1 : 0;
  for (let i = 0; i < dLoss.length; i++) {
    const d = dLoss[i]!;
    if (!Number.isFinite(d)) continue;
    const w = ws[i * step]!;
    if (!(w > 0)) continue;
    W += w;
    T += w * d;
    T2 += w * d * d;
  }
  const totals = { W, T, T2 };
  if (weight === null) unitTotals.set(dLoss, totals);
  return totals;
}

/** First-pass sums of a paired share: Σw, Σw·d, Σw·d² over the usable pairs and Σw·d over the part. */
interface PairedSums {
  readonly W: number;
  readonly T: number;
  readonly T2: number;
  readonly A: number;
}

/**
 * The share from the first pass's sums, and from `spread`, the second pass (Σw·((a − s)·d)² and
 * Σw·(a·d − meanA)², a the pair's part flag) given s and meanA; null when the change is not there.
 */
function pairedShare(sums: PairedSums, spread: (s: number, meanA: number) => { readonly v: number; readonly vA: number }): Share | null {
  const { W, T, T2, A } = sums;
  if (W <= 0) return null;
  const total = T / W;
  // Standard error of the mean difference (the paired test's).
  const varTotal = Math.max(0, T2 / W - total * total) / Math.max(1, W - 1);
  if (!(Math.abs(total) > 0) || Math.abs(total) / Math.sqrt(varTotal) < MIN_TOTAL_Z) return null;
  const s = A / T;
  const meanA = A / W;
  const { v, vA } = spread(s, meanA);
  const se = Math.sqrt(v) / Math.abs(T);
  return {
    share: s,
    lo: s - Z95 * se,
    hi: s + Z95 * se,
    total: { value: total, se: Math.sqrt(varTotal) },
    part: { value: meanA, se: Math.sqrt(vA / Math.max(1, W - 1) / W) },
  };
}

/**
 * Paired rows (row k of both runs is one example): the change of the mean loss over all pairs
 * and the part of it on the pairs `touched` marks. The share's variance comes from the
 * linearization z_k = w_k·(a_k − s)·d_k / Σw (rows drawn with replacement).
 */
export function pairedRowShare(dLoss: Float64Array, touched: Uint8Array, weight: Float64Array | null = null): Share | null {
  const n = dLoss.length;
  const { W, T, T2 } = pairedTotals(dLoss, weight);
  const ws = weight ?? UNIT_WEIGHT;
  const step = weight ? 1 : 0;
  let A = 0;
  for (let i = 0; i < n; i++) {
    const d = dLoss[i]!;
    if (!Number.isFinite(d)) continue;
    const w = ws[i * step]!;
    if (!(w > 0)) continue;
    if (touched[i]) A += w * d;
  }
  return pairedShare({ W, T, T2, A }, (s, meanA) => {
    let v = 0;
    let vA = 0;
    for (let i = 0; i < n; i++) {
      const d = dLoss[i]!;
      if (!Number.isFinite(d)) continue;
      const w = ws[i * step]!;
      if (!(w > 0)) continue;
      const a = touched[i] ? 1 : 0;
      v += w * ((a - s) * d) ** 2;
      vA += w * (a * d - meanA) ** 2;
    }
    return { v, vA };
  });
}

/**
 * pairedRowShare of the pairs in one segment (codes[k] === code), read from the two runs' losses
 * (d = cur − base) in two passes: no array of differences and no mask of the segment, each a pass
 * of its own and fresh memory (8 and 1 MB at 10^6 pairs), and the totals summed in the pass that
 * sums the part. The same terms added in the same order as pairedRowShare(cur − base, mask): the
 * same numbers, bit for bit (a +0 added where the pair is outside the segment leaves a sum as it
 * is). `rows`: the pairs in the segment, usable or not.
 */
export function pairedSegmentShare(
  base: Float64Array,
  cur: Float64Array,
  codes: ArrayLike<number>,
  code: number,
  weight: Float64Array | null = null,
): { readonly share: Share | null; readonly rows: number } {
  const n = cur.length;
  // The weights read at i·step, all ones by a step of 0 when there are none (arrays.ts).
  const ws = weight ?? UNIT_WEIGHT;
  const step = weight ? 1 : 0;
  let rows = 0;
  let W = 0;
  let T = 0;
  let T2 = 0;
  let A = 0;
  // Branch-free: an unusable pair (a difference that is not finite, a weight that is not > 0)
  // adds +0 to every sum, which leaves it as it is; a sum skipped by a branch was boxed per pair
  // (decision 0039).
  for (let i = 0; i < n; i++) {
    const inPart = codes[i] === code;
    rows += inPart ? 1 : 0;
    const d = cur[i]! - base[i]!;
    const w = ws[i * step]!;
    const ok = Number.isFinite(d) && w > 0;
    const wu = ok ? w : 0;
    const du = ok ? d : 0;
    W += wu;
    T += wu * du;
    T2 += wu * du * du;
    A += inPart ? wu * du : 0;
  }
  if (rows === 0) return { share: null, rows };
  const share = pairedShare({ W, T, T2, A }, (s, meanA) => {
    let v = 0;
    let vA = 0;
    for (let i = 0; i < n; i++) {
      const d = cur[i]! - base[i]!;
      const w = ws[i * step]!;
      const ok = Number.isFinite(d) && w > 0;
      const wu = ok ? w : 0;
      const du = ok ? d : 0;
      const a = codes[i] === code ? 1 : 0;
      v += wu * ((a - s) * du) ** 2;
      vA += wu * (a * du - meanA) ** 2;
    }
    return { v, vA };
  });
  return { share, rows };
}
