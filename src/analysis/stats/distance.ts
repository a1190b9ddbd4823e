/**
 * Distances between two distributions for the drift checks: the population stability index on
 * baseline-quantile bins, the Jensen-Shannon distance (scipy.spatial.distance.jensenshannon) and
 * the Wasserstein-1 distance (scipy.stats.wasserstein_distance).
 */

/**
 * Smoothing of PSI shares: ε = 1e-4 is added to every bin's share and the shares renormalized,
 * so a bin that is empty in one sample counts as 0.01 % and PSI stays finite (such a bin holding
 * share p on the other side contributes about p·ln(p / 1e-4), i.e. 0.69 for p = 0.1).
 */
export const PSI_EPSILON = 1e-4;

/**
 * Population stability index Σ (c_i − b_i)·ln(c_i / b_i) between two vectors of bin counts,
 * on ε-smoothed shares (see PSI_EPSILON). 0 when either sample is empty.
 */
export function psi(baseCounts: ArrayLike<number>, curCounts: ArrayLike<number>, epsilon = PSI_EPSILON): number {
  const k = baseCounts.length;
  if (curCounts.length !== k) throw new Error('psi: count vectors differ in length');
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < k; i++) {
    nb += baseCounts[i]!;
    nc += curCounts[i]!;
  }
  if (nb === 0 || nc === 0) return 0;
  const norm = 1 + k * epsilon;
  let s = 0;
  for (let i = 0; i < k; i++) {
    const b = (baseCounts[i]! / nb + epsilon) / norm;
    const c = (curCounts[i]! / nc + epsilon) / norm;
    s += (c - b) * Math.log(c / b);
  }
  return s;
}

/**
 * Expected PSI of two samples from the same distribution: PSI is a symmetrised chi-square
 * divergence, so under no change E[PSI] ≈ (k − 1)(1/n_base + 1/n_cur). With 10 bins and 50 rows a
 * side that is 0.36, above the usual 0.25 alarm, so raw PSI must be read against this floor.
 */
export function psiNoiseFloor(bins: number, nBase: number, nCur: number): number {
  if (bins < 2 || nBase <= 0 || nCur <= 0) return 0;
  return (bins - 1) * (1 / nBase + 1 / nCur);
}

/**
 * Inner bin edges at the baseline's quantiles k/nBins, taken as observed values (numpy's
 * method='lower': sorted[floor(q·(n − 1))]) so that a feature with few distinct values gets
 * edges on its values, not empty bins between them; duplicate edges are removed.
 * `sorted` must be ascending and NaN-free.
 */
export function quantileEdges(sorted: Float64Array, nBins = 10): Float64Array {
  const n = sorted.length;
  const edges: number[] = [];
  if (n === 0) return new Float64Array(0);
  for (let k = 1; k < nBins; k++) {
    const q = sorted[Math.floor((k / nBins) * (n - 1))]!;
    if (edges.length === 0 || q > edges[edges.length - 1]!) edges.push(q);
  }
  // An edge at the maximum would leave the top bin empty for the baseline by construction.
  while (edges.length > 0 && edges[edges.length - 1]! >= sorted[n - 1]!) edges.pop();
  return Float64Array.from(edges);
}

/** numpy.quantile(sorted, q) with the default 'linear' method; `sorted` ascending, NaN-free. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = q * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const frac = pos - lo;
  return lerpQuantile(sorted[lo]!, sorted[hi]!, frac);
}

/** The value `frac` of the way from order statistic a to the next one, b: numpy's _lerp, exact at both ends. */
export function lerpQuantile(a: number, b: number, frac: number): number {
  return frac >= 0.5 ? b - (b - a) * (1 - frac) : a + (b - a) * frac;
}

/**
 * Counts of a sorted sample in the bins (−∞, e1], (e1, e2], …, (e_last, ∞): a value equal to an
 * edge belongs to the lower bin, so tied values always share a bin. O(k log n).
 */
export function binCountsSorted(sorted: Float64Array, edges: Float64Array): Float64Array {
  const k = edges.length + 1;
  const out = new Float64Array(k);
  let prev = 0;
  for (let e = 0; e < edges.length; e++) {
    const upto = upperBound(sorted, edges[e]!);
    out[e] = upto - prev;
    prev = upto;
  }
  out[k - 1] = sorted.length - prev;
  return out;
}

/** Bin index of one value under binCountsSorted's convention (number of edges strictly below v). */
export function binIndex(edges: Float64Array, v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of elements <= v in an ascending array (numpy searchsorted side='right'). */
export function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Jensen-Shannon distance between two (unnormalized) probability vectors, as
 * scipy.spatial.distance.jensenshannon(p, q, base): sqrt of the JS divergence. `base`
 * undefined means natural log (range [0, sqrt(ln 2)]); base 2 gives a distance in [0, 1], which
 * is what the drift checks report.
 */
export function jensenShannon(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  const k = p.length;
  if (q.length !== k) throw new Error('jensenShannon: vectors differ in length');
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < k; i++) {
    sp += p[i]!;
    sq += q[i]!;
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < k; i++) {
    const pi = p[i]! / sp;
    const qi = q[i]! / sq;
    const m = (pi + qi) / 2;
    left += relEntr(pi, m);
    right += relEntr(qi, m);
  }
  let js = left + right;
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(js / 2);
}

/** scipy.special.rel_entr. */
function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/**
 * First Wasserstein distance between two samples, as scipy.stats.wasserstein_distance(u, v)
 * (unweighted): the area between the two empirical CDFs. Pass `presorted` when both inputs are
 * ascending and NaN-free.
 */
export function wassersteinDistance(u: Float64Array, v: Float64Array, presorted = false): number {
  const a = presorted ? u : Float64Array.from(u).sort();
  const b = presorted ? v : Float64Array.from(v).sort();
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new Error('wassersteinDistance: both samples must be non-empty');
  let i = 0;
  let j = 0;
  let sum = 0;
  let prev = Math.min(a[0]!, b[0]!);
  while (i < n1 || j < n2) {
    const x = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    // The CDFs are constant on [prev, x): they count the values strictly below x.
    sum += Math.abs(i / n1 - j / n2) * (x - prev);
    while (i < n1 && a[i] === x) i++;
    while (j < n2 && b[j] === x) j++;
    prev = x;
  }
  return sum;
}
