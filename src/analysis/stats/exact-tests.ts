/**
 * Exact tests on counts: the two-sided binomial test (scipy.stats.binomtest), the exact McNemar
 * test for paired accuracy (a binomial test on the discordant pairs) and Fisher's exact test for
 * a 2x2 table (independent samples). Also the log-gamma and binomial/hypergeometric densities
 * they rest on.
 *
 * Densities use Loader's saddle-point algorithm ("Fast and accurate computation of binomial
 * probabilities", 2000; the one in R's dbinom): it keeps full relative precision for n in the
 * millions, where lgamma differences would lose ~10 digits to cancellation.
 */

const LN_2PI = Math.log(2 * Math.PI);

/** Lanczos coefficients (g = 7, n = 9); relative error ~1e-15 on the positive axis. */
// log Γ is shared with the drift tests (stats/distributions.ts); re-exported for callers here.
export { logGamma } from './distributions.js';

/** Stirling's series, accurate to double precision for x > 15. */
function stirlingLogGamma(x: number): number {
  return (x - 0.5) * Math.log(x) - x + 0.5 * LN_2PI + stirlingError(x);
}

/** log(n!) for integer n >= 0 below this bound comes from an exact running sum. */
const LOG_FACT_TABLE_SIZE = 16;
const LOG_FACT: Float64Array = (() => {
  const t = new Float64Array(LOG_FACT_TABLE_SIZE);
  for (let i = 2; i < LOG_FACT_TABLE_SIZE; i++) t[i] = t[i - 1]! + Math.log(i);
  return t;
})();

/** log(n!) for integer n >= 0. */
export function logFactorial(n: number): number {
  return n < LOG_FACT_TABLE_SIZE ? LOG_FACT[n]! : stirlingLogGamma(n + 1);
}

/**
 * stirlerr(n) = log(n!) - log(sqrt(2πn) (n/e)^n): the remainder of Stirling's formula (Loader 2000).
 * Integers <= 15 use the exact table; larger n the asymptotic series.
 */
function stirlingError(n: number): number {
  if (n <= 15 && Number.isInteger(n)) {
    return LOG_FACT[n]! - (n + 0.5) * Math.log(n) + n - 0.5 * LN_2PI;
  }
  const nn = n * n;
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/** Deviance term bd0(x, np) = x log(x/np) + np - x, computed without cancellation near x = np. */
function bd0(x: number, np: number): number {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / np) + np - x;
}

/** Binomial probability P(X = x), X ~ Bin(n, p), q = 1 - p passed separately to keep precision. */
function binomRaw(x: number, n: number, p: number, q: number): number {
  if (p === 0) return x === 0 ? 1 : 0;
  if (q === 0) return x === n ? 1 : 0;
  if (x === 0) {
    if (n === 0) return 1;
    return Math.exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q));
  }
  if (x === n) return Math.exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p));
  if (x < 0 || x > n) return 0;
  const lc = stirlingError(n) - stirlingError(x) - stirlingError(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = LN_2PI + Math.log(x) + Math.log1p(-x / n);
  return Math.exp(lc - 0.5 * lf);
}

/** P(X = k) for X ~ Binomial(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  return binomRaw(k, n, p, 1 - p);
}

/** P(X = x) for the hypergeometric law: x successes in `draws` draws from `good` + `bad` items. */
export function hypergeometricPmf(x: number, good: number, bad: number, draws: number): number {
  if (x < 0 || x > good || draws - x < 0 || draws - x > bad) return 0;
  if (draws === 0) return x === 0 ? 1 : 0;
  const total = good + bad;
  const p = draws / total;
  const q = (total - draws) / total;
  return (binomRaw(x, good, p, q) * binomRaw(draws - x, bad, p, q)) / binomRaw(draws, total, p, q);
}

/** Relative tolerance under which two densities count as equal, as in scipy's binomtest. */
const TIE_TOLERANCE = 1 + 1e-7;

/** A unimodal discrete law on [lo, hi]: its density, its mode, and the ratios of neighbours. */
interface Law {
  readonly lo: number;
  readonly hi: number;
  readonly mode: number;
  pmf(x: number): number;
  /** pmf(x + 1) / pmf(x). */
  up(x: number): number;
  /** pmf(x - 1) / pmf(x). */
  down(x: number): number;
}

/**
 * Sum of pmf over [from, to] walking away from the mode (from `start` in direction `dir`) with
 * the ratio recurrence, stopping once the terms no longer change the sum. Starting at the inner
 * end means the largest term comes first, so the cut-off is safe and the walk is short
 * (a few standard deviations) even for n in the millions.
 */
function tailSum(law: Law, start: number, end: number, dir: 1 | -1): number {
  let term = law.pmf(start);
  let sum = 0;
  for (let x = start; dir > 0 ? x <= end : x >= end; x += dir) {
    sum += term;
    if (term < sum * 1e-17 || term === 0) break;
    term *= dir > 0 ? law.up(x) : law.down(x);
  }
  return sum;
}

/** First x in [a, b] (pmf decreasing there when dir = 1, increasing when dir = -1) with pmf <= threshold. */
function boundary(law: Law, a: number, b: number, threshold: number, dir: 1 | -1): number {
  // Binary search for the crossing; pmf is monotone on each side of the mode.
  let lo = a;
  let hi = b;
  if (dir > 0) {
    if (law.pmf(b) > threshold) return b + 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (law.pmf(mid) <= threshold) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  if (law.pmf(a) > threshold) return a - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (law.pmf(mid) <= threshold) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Two-sided "minimum likelihood" p-value (scipy's convention for binomtest and fisher_exact):
 * the summed probability of every outcome no more likely than the observed one.
 */
function twoSidedExact(observed: number, law: Law): number {
  const threshold = law.pmf(observed) * TIE_TOLERANCE;
  let left: number;
  let right: number;
  if (observed <= law.mode) {
    left = boundary(law, law.lo, law.mode, threshold, -1);
    right = boundary(law, law.mode, law.hi, threshold, 1);
  } else {
    right = boundary(law, law.mode, law.hi, threshold, 1);
    left = boundary(law, law.lo, law.mode, threshold, -1);
  }
  // A flat top (two modes) can make the boundaries cross: then every outcome qualifies.
  if (left >= right) return 1;
  let total = 0;
  if (left >= law.lo) total += tailSum(law, left, law.lo, -1);
  if (right <= law.hi) total += tailSum(law, right, law.hi, 1);
  return Math.min(1, total);
}

function binomialLaw(n: number, p: number): Law {
  const q = 1 - p;
  return {
    lo: 0,
    hi: n,
    mode: Math.min(n, Math.floor((n + 1) * p)),
    pmf: (x) => binomRaw(x, n, p, q),
    up: (x) => ((n - x) / (x + 1)) * (p / q),
    down: (x) => (x / (n - x + 1)) * (q / p),
  };
}

function hypergeometricLaw(good: number, bad: number, draws: number): Law {
  const lo = Math.max(0, draws - bad);
  const hi = Math.min(good, draws);
  const mode = Math.min(hi, Math.max(lo, Math.floor(((draws + 1) * (good + 1)) / (good + bad + 2))));
  return {
    lo,
    hi,
    mode,
    pmf: (x) => hypergeometricPmf(x, good, bad, draws),
    up: (x) => ((good - x) * (draws - x)) / ((x + 1) * (bad - draws + x + 1)),
    down: (x) => (x * (bad - draws + x)) / ((good - x + 1) * (draws - x + 1)),
  };
}

/** Two-sided exact binomial test of H0: success probability = p (scipy.stats.binomtest). */
export function binomTestTwoSided(k: number, n: number, p = 0.5): number {
  if (n === 0) return 1;
  if (k === p * n) return 1;
  if (p <= 0 || p >= 1) return (p <= 0 && k === 0) || (p >= 1 && k === n) ? 1 : 0;
  return twoSidedExact(k, binomialLaw(n, p));
}

/**
 * Exact McNemar test for paired binary outcomes: under H0 the discordant pairs split 50/50, so
 * the p-value is the two-sided binomial test of `b` successes in `b + c` trials.
 * b = baseline right and current wrong, c = baseline wrong and current right.
 */
export function mcnemarExact(b: number, c: number): number {
  return binomTestTwoSided(b, b + c, 0.5);
}

/**
 * Fisher's exact test, two-sided, for the table [[a, b], [c, d]] (scipy.stats.fisher_exact).
 * Conditions on the margins; the statistic is the top-left cell.
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  if (row1 === 0 || row2 === 0 || col1 === 0 || b + d === 0) return 1;
  return twoSidedExact(a, hypergeometricLaw(row1, row2, col1));
}
