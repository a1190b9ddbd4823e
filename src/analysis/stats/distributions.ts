/**
 * Special functions and tail probabilities for the data checks: log-gamma, the regularized
 * incomplete gamma (chi-square and normal tails), and the finite-n Kolmogorov distribution
 * `kstwo` that scipy 1.10 uses for the asymptotic two-sample KS p-value.
 *
 * The Kolmogorov code follows scipy/stats/_ksstats.py (Simard & L'Ecuyer's choice of method per
 * region) and scipy.special.smirnov step for step, in plain doubles where scipy uses
 * double-double; test/analysis/stats/two-sample.test.ts checks the result against scipy.
 */

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const EPS = 2.220446049250313e-16;
/** exp() of anything below this underflows to 0 (cephes MINLOG). */
const MIN_LOG = -708.3964185322641;

// Godfrey's Lanczos coefficients (g = 607/128): |relative error| < 1e-15 for x >= 0.5.
const LANCZOS_G = 607 / 128;
const LANCZOS_C = [
  0.9999999999999971, 57.15623566586292, -59.59796035547549, 14.136097974741746,
  -0.4919138160976202, 3.399464998481189e-05, 4.652362892704858e-05, -9.837447530487956e-05,
  0.0001580887032249125, -0.00021026444172410488, 0.00021743961811521265, -0.0001643181065367639,
  8.441822398385275e-05, -2.6190838401581408e-05, 3.6899182659531625e-06,
];

/** log Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) return x === 0 ? Infinity : NaN;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + stirlingCorrection(x);
  const y = x - 1;
  let a = LANCZOS_C[0]!;
  const t = y + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS_C.length; i++) a += LANCZOS_C[i]! / (y + i);
  return LOG_SQRT_2PI + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** log Γ(x) − [(x − ½) log x − x + log √(2π)]: the Stirling remainder, small and free of cancellation. */
function stirlingCorrection(x: number): number {
  if (x < 10) return logGamma(x) - ((x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI);
  const r = 1 / x;
  const r2 = r * r;
  // Bernoulli series B_2k / (2k(2k-1) x^(2k-1)); at x >= 10 seven terms reach double precision.
  return (
    r *
    (1 / 12 +
      r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156)))))))
  );
}

/** log(1 + t) − t, accurate for small t (a series) where the direct form cancels. */
function log1pmx(t: number): number {
  if (Math.abs(t) > 0.5) return Math.log1p(t) - t;
  // -t^2/2 + t^3/3 - ...
  let term = t;
  let sum = 0;
  for (let k = 2; k < 200; k++) {
    term *= -t;
    const add = term / k;
    sum += add;
    if (Math.abs(add) < Math.abs(sum) * EPS) break;
  }
  return sum;
}

/**
 * x^a e^(−x) / Γ(a), the common factor of both incomplete-gamma branches. Near x ≈ a the naive
 * a·log x − x − logΓ(a) cancels catastrophically for large a, so that case goes through
 * log1pmx and the Stirling remainder (the same idea as cephes' igam_fac).
 */
function gammaPrefactor(a: number, x: number): number {
  if (x === 0) return 0;
  let logf: number;
  if (a >= 10 && Math.abs(x - a) <= 0.4 * a) {
    logf = a * log1pmx((x - a) / a) + 0.5 * Math.log(a) - LOG_SQRT_2PI - stirlingCorrection(a);
  } else {
    logf = a * Math.log(x) - x - logGamma(a);
  }
  return logf < MIN_LOG ? 0 : Math.exp(logf);
}

/** Series for P(a, x) / prefactor: Σ x^n / (a (a+1) ... (a+n)). Converges fast for x < a + 1. */
function gammaSeries(a: number, x: number): number {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let i = 0; i < 100000; i++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum;
}

/** Continued fraction (modified Lentz) for Q(a, x) / prefactor, good for x >= a + 1. */
function gammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** Regularized lower incomplete gamma P(a, x) (scipy.special.gammainc). */
export function gammaP(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0) || Number.isNaN(x)) return NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  if (x < a + 1) return Math.min(1, gammaPrefactor(a, x) * gammaSeries(a, x));
  return Math.max(0, 1 - gammaPrefactor(a, x) * gammaContinuedFraction(a, x));
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x) (scipy.special.gammaincc), accurate in the far tail. */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0) || Number.isNaN(x)) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return Math.max(0, 1 - gammaPrefactor(a, x) * gammaSeries(a, x));
  return Math.min(1, gammaPrefactor(a, x) * gammaContinuedFraction(a, x));
}

/** Survival function of the chi-square distribution with `dof` degrees of freedom (scipy.stats.chi2.sf). */
export function chi2Sf(x: number, dof: number): number {
  if (Number.isNaN(x) || !(dof > 0)) return NaN;
  if (x <= 0) return 1;
  return gammaQ(dof / 2, x / 2);
}

/** erfc(x), via Q(½, x²) so the upper tail keeps its relative precision. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  return gammaQ(0.5, x * x);
}

/** Upper tail of the standard normal, P(Z > z). */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** Lower tail of the standard normal, P(Z <= z). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

// ---------------------------------------------------------------------------------------------
// Smirnov (one-sided, exact) — scipy.special.smirnov
// ---------------------------------------------------------------------------------------------

/** Error-free product a·b = p + e (Dekker), for the exact floor(n·x) below. */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const split = 134217729; // 2^27 + 1
  let t = split * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = split * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  return [p, e];
}

/** floor(n·x) and the fractional remainder, computed exactly (scipy's modNX). */
function modNX(n: number, x: number): { floor: number; alpha: number } {
  const [p, e] = twoProduct(n, x);
  let fl = Math.floor(p);
  let alpha = p - fl + e;
  if (alpha < 0) {
    fl -= 1;
    alpha += 1;
  }
  if (alpha >= 1) {
    fl += 1;
    alpha = 0;
  }
  return { floor: fl, alpha };
}

/**
 * One-sided Smirnov survival function Pr(D+_n >= x) (scipy.special.smirnov), by the Smirnov /
 * Birnbaum-Tingey sum. scipy evaluates the terms in double-double; here the lower sum runs in log
 * space, which keeps the relative error near 1e-12 for n up to 10^6.
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const { floor: nxfl, alpha } = modNX(n, x);
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  let n1mxceil = n - nxfl;
  if (alpha === 0) {
    n1mxfl -= 1;
    n1mxceil += 1;
  }
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    const cdf = x * Math.pow(1 + x, n - 1);
    return clip01(1 - cdf);
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxfl >= n - 1) return clip01(Math.pow(1 - x, n));
  if (n > 1000000) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    if (logp < -Math.LN2) return clip01(Math.exp(logp));
    return clip01(1 + Math.expm1(logp));
  }
  const nUpperTerms = n - n1mxceil + 1;
  const useUpper = (nUpperTerms <= 1 && x < 0.5) || (n >= 10 && nUpperTerms <= 3 && x <= 0.5 / Math.sqrt(n));
  if (useUpper) {
    // A few alternating terms from the top: cdf = x · Σ_{v=n..n1mxceil} A_v.
    let sum = 0;
    let logC = 0;
    for (let j = 0; j < nUpperTerms; j++) {
      const v = n - j;
      const a1 = Math.pow(x + v / n, v - 1);
      const a2 = Math.pow((n - v) / n - x, n - v);
      sum += Math.exp(logC) * a1 * a2;
      logC += Math.log((n - j) / (j + 1));
    }
    return clip01(1 - x * sum);
  }
  // Lower sum, all terms positive: sf = x · Σ_{v=0..n1mxfl} C(n,v) (x+v/n)^(v-1) (1-x-v/n)^(n-v).
  // log C(n, v) is carried as a compensated (Kahan) running sum of log(n − j) − log(j + 1): the
  // plain running sum drifts by ~1e-9 over the 10^5 terms a large n needs.
  const nTerms = n1mxfl + 1;
  let sum = Math.pow(1 - x, n) / x;
  let logC = Math.log(n);
  let comp = 0;
  const vmid = Math.floor(n / 2);
  for (let j = 1; j < nTerms; j++) {
    const v = j;
    const a = x + v / n;
    const term = Math.exp(logC + (v - 1) * Math.log(a) + (n - v) * Math.log1p(-a));
    sum += term;
    if (term !== 0) {
      if (4 * (nTerms - j) * term < EPS * sum && j !== nTerms - 1) break;
    } else if (j > vmid) break;
    const y = Math.log(n - j) - Math.log(j + 1) - comp;
    const t = logC + y;
    comp = t - logC - y;
    logC = t;
  }
  return clip01(x * sum);
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

// ---------------------------------------------------------------------------------------------
// Kolmogorov two-sided, finite n — scipy.stats.kstwo (scipy/stats/_ksstats.py)
// ---------------------------------------------------------------------------------------------

const E128 = 128;
const EP128 = Math.pow(2, 128);
const EM128 = Math.pow(2, -128);
const PI2 = Math.PI * Math.PI;
const PI4 = PI2 * PI2;
const PI6 = PI4 * PI2;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const STIRLING_COEFFS = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

function logNFactorialDivNPowN(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!;
      if (aik === 0) continue;
      const bo = k * m;
      const oo = i * m;
      for (let j = 0; j < m; j++) out[oo + j]! += aik * b[bo + j]!;
    }
  }
  return out;
}

/** Pr(D_n <= d) by Durbin's matrix, as organised by Marsaglia, Tsang & Wang. */
function kolmognDMTW(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H: Float64Array = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - Math.pow(h, j);
    w[j - 1] = fac;
    fac /= j;
    v[j - 1]! *= fac;
  }
  const tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)]!;
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;

  let Hpwr: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      Hpwr = matmul(Hpwr, H, m);
      expnt += Hexpnt;
    }
    H = matmul(H, H, m);
    Hexpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]!) > EP128) {
      for (let i = 0; i < H.length; i++) H[i]! /= EP128;
      Hexpnt += E128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = Hpwr[(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      expnt -= E128;
    }
  }
  if (expnt !== 0) p = p * Math.pow(2, expnt);
  return clip01(p);
}

function pomeranzJ1J2(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Pr(D_n <= x) by the Pomeranz recursion (used by scipy for n <= 140). */
function kolmognPomeranz(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = (gpower[m - 1]! * gOverN) / m;
    twogpower[m] = (twogpower[m - 1]! * twoGOverN) / m;
    onem2gpower[m] = (onem2gpower[m - 1]! * oneMinusTwoGOverN) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let j1 = pomeranzJ1J2(0, n, ll, ceilf, roundf)[0];
  let j2: number;
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    const tmp = V0;
    V0 = V1;
    V1 = tmp;
    const ts = V0s;
    V0s = V1s;
    V1s = ts;
    V1.fill(0);
    [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      // conv = convolve(V0[k1-V0s : k1-V0s+ln2], pwrs[:ln2]); keep conv[j1-k1 : j1-k1+len]
      const off = k1 - V0s;
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let maxV = 0;
      for (let c = 0; c < convLen; c++) {
        const idx = convStart + c;
        let s = 0;
        const lo = Math.max(0, idx - (ln2 - 1));
        const hi = Math.min(idx, ln2 - 1);
        for (let a = lo; a <= hi; a++) {
          const va = off + a < V0.length ? V0[off + a]! : 0;
          s += va * pwrs[idx - a]!;
        }
        V1[c] = s;
        if (s > maxV) maxV = s;
      }
      if (maxV > 0 && maxV < EM128) {
        for (let c = 0; c < V1.length; c++) V1[c]! *= EP128;
        expnt -= E128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128;
      expnt += E128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = ans * Math.pow(2, expnt);
  return clip01(ans);
}

/** Pelz-Good approximation of Pr(D_n <= x), for large n. */
function kolmognPelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * Math.pow(z, 8);
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = Math.pow(q, 8 * k);
    const c0 = 1;
    const c1 = k1a + k1b * m2;
    const c2 = k2a + k2b * m2 + k2c * m4;
    const c3 = k3a + k3b * m2 + k3c * m4 + k3d * m6;
    K[0] = K[0]! * qpower + c0;
    K[1] = K[1]! * qpower + c1;
    K[2] = K[2]! * qpower + c2;
    K[3] = K[3]! * qpower + c3;
  }
  const div = [z, 6 * z4, 72 * Math.pow(z, 7), 6480 * Math.pow(z, 10)];
  for (let i = 0; i < 4; i++) K[i] = (K[i]! * q * SQRT2PI) / div[i]!;
  q = Math.exp(-PI2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = Math.pow(q, k2);
    const kspi = Math.PI * k;
    k2extra += k2 * qp;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
  }
  K[2] = K[2]! + (k2extra * PI2 * SQRT2PI) / (-36 * z3);
  K[3] = K[3]! + (k3extra * PI2 * SQRT2PI) / (216 * z6);
  for (let i = 0; i < 4; i++) K[i] = K[i]! / Math.pow(n, i / 2);
  return K[0]! + K[1]! + K[2]! + K[3]!;
}

/**
 * Survival function Pr(D_n >= x) of the two-sided one-sample Kolmogorov-Smirnov statistic
 * (scipy.stats.kstwo.sf(x, n)), choosing the method per region as scipy 1.10 does.
 */
export function kstwoSf(x: number, n: number): number {
  if (!(n > 0) || Math.floor(n) !== n) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - prob);
  }
  if (t >= n - 1) return clip01(2 * Math.pow(1 - x, n));
  if (x >= 0.5) return clip01(2 * smirnovSf(n, x));
  const nxsquared = t * x;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip01(1 - kolmognDMTW(n, x));
    if (nxsquared <= 4) return clip01(1 - kolmognPomeranz(n, x));
    return clip01(2 * smirnovSf(n, x));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip01(2 * smirnovSf(n, x));
  let cdf: number;
  if (nxsquared >= 18) cdf = 1;
  else if (n <= 100000 && n * Math.pow(x, 1.5) <= 1.4) cdf = kolmognDMTW(n, x);
  else cdf = kolmognPelzGood(n, x);
  return clip01(1 - cdf);
}

/** Limiting Kolmogorov survival function Pr(sqrt(n)·D_n >= x) as n → ∞ (scipy.special.kolmogorov). */
export function kolmogorovSf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  if (x <= Math.PI / Math.sqrt(746 * 8)) return 1;
  if (x <= 0.82) {
    const w = SQRT2PI / x;
    const logu8 = -PI2 / (x * x);
    const u = Math.exp(logu8 / 8);
    if (u === 0) return clip01(1 - Math.exp(logu8 / 8 + Math.log(w)));
    const u8 = Math.exp(logu8);
    const u8cub = Math.pow(u8, 3);
    let P = 1;
    P = 1 + u8cub * P;
    P = 1 + u8 * u8 * P;
    P = 1 + u8 * P;
    return clip01(1 - w * u * P);
  }
  const v = Math.exp(-2 * x * x);
  const vsq = v * v;
  const v3 = Math.pow(v, 3);
  let P = 1;
  P = 1 - v3 * v3 * v * P;
  P = 1 - v3 * vsq * P;
  P = 1 - v3 * P;
  return clip01(2 * v * P);
}
