/**
 * Rank tests for regression errors, where heavy tails (prices, wages, counts) make tests on
 * squared errors blind: one huge error dominates the variance of a t-test, so a shift of the
 * bulk of the errors goes unseen. Ranks give every row one vote.
 * - Wilcoxon signed-rank test, as scipy.stats.wilcoxon(d) with its defaults (scipy 1.10):
 *   zero_method='wilcox' (zero differences dropped), no continuity correction, method 'auto' =
 *   the exact null distribution when there are at most 50 differences and none is zero, else
 *   the normal approximation with the tie correction of the variance. Like scipy, the exact
 *   branch truncates a tied (half-integer) rank sum to an integer.
 * - Mann–Whitney U test, as scipy.stats.mannwhitneyu(x, y, method='asymptotic',
 *   use_continuity=True): normal approximation with tie correction and continuity correction.
 * - Stouffer's weighted Z to combine independent tests of one directional hypothesis.
 * The "sums" forms take what a caller accumulated itself (e.g. per segment from one global
 * sort, see performance/rank-segments.ts); the array forms are the plain reference versions.
 */
import { normalSf } from './distributions.js';

function twoSided(z: number): number {
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}

/** Rank sums of the nonzero differences, ranks of |d| (midranks for ties). */
export interface SignedRankSums {
  /** Nonzero differences. */
  readonly n: number;
  /** Differences that were exactly zero (dropped, zero_method='wilcox'). */
  readonly zeros: number;
  readonly rPlus: number;
  readonly rMinus: number;
  /** Σ t(t² − 1) over groups of t tied |d| (0 without ties). */
  readonly tieTerm: number;
}

export interface RankTestResult {
  /** scipy's statistic: min(R+, R−) for Wilcoxon, U of the first sample for Mann–Whitney. */
  readonly statistic: number;
  readonly pValue: number;
  /** +1 when the second sample / the positive differences are larger, −1 the other way, 0 neither. */
  readonly direction: number;
  readonly method: 'exact' | 'approx';
}

/** Largest sample scipy's 'auto' method treats exactly (scipy 1.10). */
export const WILCOXON_EXACT_MAX = 50;

/** Counts of subsets of {1..n} by rank sum: the exact null distribution of R+ (×2ⁿ). Exact below 2⁵³ (n ≤ 50). */
function signedRankCounts(n: number): Float64Array {
  const max = (n * (n + 1)) / 2;
  const c = new Float64Array(max + 1);
  c[0] = 1;
  for (let k = 1; k <= n; k++) for (let s = (k * (k + 1)) / 2; s >= k; s--) c[s]! += c[s - k]!;
  return c;
}

/** Wilcoxon signed-rank test from its rank sums (see the module comment for the method choice). */
export function wilcoxonFromSums(s: SignedRankSums): RankTestResult | null {
  if (s.n === 0) return null;
  const n = s.n;
  const mean = (n * (n + 1)) / 4;
  const statistic = Math.min(s.rPlus, s.rMinus);
  if (s.zeros === 0 && n <= WILCOXON_EXACT_MAX) {
    const counts = signedRankCounts(n);
    const total = 2 ** n;
    const r = Math.trunc(s.rPlus);
    let p: number;
    if (r === (counts.length - 1) / 2) p = 1;
    else {
      let less = 0;
      let greater = 0;
      for (let k = 0; k <= r; k++) less += counts[k]!;
      for (let k = r; k < counts.length; k++) greater += counts[k]!;
      p = Math.min(1, (2 * Math.min(less, greater)) / total);
    }
    return { statistic, pValue: p, direction: Math.sign(s.rPlus - mean), method: 'exact' };
  }
  const variance = (n * (n + 1) * (2 * n + 1) - 0.5 * s.tieTerm) / 24;
  const se = Math.sqrt(variance);
  if (!(se > 0)) return { statistic, pValue: 1, direction: 0, method: 'approx' };
  return { statistic, pValue: twoSided((statistic - mean) / se), direction: Math.sign(s.rPlus - mean), method: 'approx' };
}

/** Midranks of values (1-based), ascending, and the tie term Σ t(t² − 1). */
function midranks(values: Float64Array): { ranks: Float64Array; tieTerm: number } {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const ranks = new Float64Array(n);
  let tieTerm = 0;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && values[order[j]!] === values[order[i]!]) j++;
    const t = j - i;
    const r = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) ranks[order[k]!] = r;
    tieTerm += t * (t * t - 1);
    i = j;
  }
  return { ranks, tieTerm };
}

/** Rank sums of differences d (zeros dropped), ranking |d|. */
export function signedRankSums(d: ArrayLike<number>): SignedRankSums {
  const nonzero: number[] = [];
  let zeros = 0;
  for (let i = 0; i < d.length; i++) {
    if (d[i] === 0) zeros++;
    else nonzero.push(d[i]!);
  }
  const { ranks, tieTerm } = midranks(Float64Array.from(nonzero, Math.abs));
  let rPlus = 0;
  let rMinus = 0;
  nonzero.forEach((v, i) => {
    if (v > 0) rPlus += ranks[i]!;
    else rMinus += ranks[i]!;
  });
  return { n: nonzero.length, zeros, rPlus, rMinus, tieTerm };
}

/** scipy.stats.wilcoxon(d) with its defaults; null when every difference is zero (scipy raises). */
export function wilcoxonSignedRank(d: ArrayLike<number>): RankTestResult | null {
  return wilcoxonFromSums(signedRankSums(d));
}

/**
 * Mann–Whitney U from the rank sum of the first sample (ranks in the pooled sample, midranks for
 * ties) and the pooled tie term. The signed z is positive when the second sample is larger.
 */
export function mannWhitneyFromSums(n1: number, n2: number, rankSum1: number, tieTerm: number): RankTestResult | null {
  if (n1 === 0 || n2 === 0) return null;
  const n = n1 + n2;
  const u1 = rankSum1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const mu = (n1 * n2) / 2;
  const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  if (!(sd > 0)) return { statistic: u1, pValue: 1, direction: 0, method: 'approx' };
  // scipy: z = (max(U1, U2) − μ − ½) / σ, p = 2·sf(z) clipped to 1 (z < 0 only when U1 = U2).
  const z = (Math.max(u1, u2) - mu - 0.5) / sd;
  return { statistic: u1, pValue: z > 0 ? twoSided(z) : 1, direction: Math.sign(u2 - u1), method: 'approx' };
}

/** scipy.stats.mannwhitneyu(x, y, method='asymptotic', use_continuity=True), two-sided. */
export function mannWhitneyU(x: ArrayLike<number>, y: ArrayLike<number>): RankTestResult | null {
  const pooled = new Float64Array(x.length + y.length);
  for (let i = 0; i < x.length; i++) pooled[i] = x[i]!;
  for (let i = 0; i < y.length; i++) pooled[x.length + i] = y[i]!;
  const { ranks, tieTerm } = midranks(pooled);
  let r1 = 0;
  for (let i = 0; i < x.length; i++) r1 += ranks[i]!;
  return mannWhitneyFromSums(x.length, y.length, r1, tieTerm);
}

/** One independent test of a directional hypothesis: its signed z and its number of rows. */
export interface ZPart {
  readonly z: number;
  readonly n: number;
}

/**
 * Stouffer's weighted Z (Lipták): Σ wᵢzᵢ / √Σ wᵢ², wᵢ = √nᵢ, two-sided p. √n weights are the
 * optimal ones when the parts measure one common effect (each zᵢ grows like √nᵢ × effect), and
 * signed z's let parts that disagree in direction cancel (Fisher's method would add them up).
 */
export function stoufferWeighted(parts: readonly ZPart[]): { z: number; pValue: number } {
  let num = 0;
  let den = 0;
  for (const p of parts) {
    if (!(p.n > 0) || !Number.isFinite(p.z)) continue;
    num += Math.sqrt(p.n) * p.z;
    den += p.n;
  }
  if (!(den > 0)) return { z: 0, pValue: 1 };
  const z = num / Math.sqrt(den);
  return { z, pValue: twoSided(z) };
}
