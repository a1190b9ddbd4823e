/**
 * Bootstrap building blocks: multinomial resample counts, an exact binomial sampler (for
 * bootstraps that only need counts), percentile intervals with numpy's interpolation, the
 * two-sided bootstrap p-value, and seed derivation so every test draws from its own stream.
 *
 * Resamples are represented as multiplicities (how often each row was drawn), not index lists:
 * a statistic that is a weighted sum then costs one pass, and a rank statistic can reuse one
 * sort of the data for every resample.
 */
import { logFactorial } from './exact-tests.js';

export type Rng = () => number;

/**
 * Fills `counts` with the multiplicities of n draws with replacement from [0, n). Int32 on
 * purpose: incrementing random slots of a Float64Array measured twice as slow.
 *
 * The draws come from a mulberry32 stream seeded by one value of `rng`, kept in a local int32:
 * the shared generator's closure holds its state as a uint32 above the small-integer range, so
 * each call allocates a heap number, which made this loop (1e8 draws per headline bootstrap)
 * three times slower. Same algorithm, same determinism.
 */
export function multinomialCounts(rng: Rng, counts: Int32Array, n: number = counts.length): Int32Array {
  counts.fill(0, 0, n);
  let a = (rng() * 4294967296) | 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    counts[((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0]!++;
  }
  return counts;
}

/**
 * One draw from Binomial(n, p), exactly distributed (no normal approximation): inversion when
 * the mean is small, Hörmann's BTRS transformed rejection otherwise (W. Hörmann, "The generation
 * of binomial random variates", 1993).
 */
export function binomialSample(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomialSample(rng, n, 1 - p);
  return n * p < 10 ? binomialInversion(rng, n, p) : binomialBtrs(rng, n, p);
}

function binomialInversion(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  for (;;) {
    let r = Math.pow(q, n);
    let u = rng();
    let x = 0;
    while (u > r) {
      u -= r;
      x++;
      if (x > n) break;
      r *= a / x - s;
    }
    // Rounding can leave a sliver of mass past n; redraw rather than clip (keeps it exact).
    if (x <= n) return x;
  }
}

function binomialBtrs(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const alpha = (2.83 + 5.1 / b) * spq;
  const vr = 0.92 - 4.2 / b;
  const m = Math.floor((n + 1) * p);
  const lpq = Math.log(p / q);
  const h = logFactorial(m) + logFactorial(n - m);
  for (;;) {
    const u = rng() - 0.5;
    let v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
}

/**
 * Multinomial draw over a few cells by conditional binomials: cell j gets
 * Bin(remaining n, p_j / remaining mass). Exact, and O(cells) per draw instead of O(n).
 */
export function multinomialSmall(rng: Rng, n: number, probs: ArrayLike<number>, out: Int32Array): Int32Array {
  let left = n;
  let mass = 1;
  const last = probs.length - 1;
  for (let j = 0; j < last; j++) {
    const pj = probs[j]!;
    const k = left > 0 && mass > 0 ? binomialSample(rng, left, Math.min(1, pj / mass)) : 0;
    out[j] = k;
    left -= k;
    mass -= pj;
  }
  out[last] = left;
  return out;
}

/** Quantile of sorted finite values with numpy's default (linear) interpolation. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  // numpy's _lerp form: exact at both ends and monotone.
  const t = h - lo;
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

/** The finite values of `samples`, sorted ascending (bootstrap statistics can be NaN when undefined). */
export function sortedFinite(samples: ArrayLike<number>): Float64Array {
  let m = 0;
  for (let i = 0; i < samples.length; i++) if (Number.isFinite(samples[i]!)) m++;
  const out = new Float64Array(m);
  let j = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i]!;
    if (Number.isFinite(v)) out[j++] = v;
  }
  return out.sort();
}

/** Percentile interval [lo, hi] at `level` (e.g. 0.95), or null when no resample gave a value. */
export function percentileInterval(samples: ArrayLike<number>, level = 0.95): [number, number] | null {
  const s = sortedFinite(samples);
  if (s.length === 0) return null;
  const tail = (1 - level) / 2;
  return [quantileSorted(s, tail), quantileSorted(s, 1 - tail)];
}

/**
 * Two-sided bootstrap p-value for H0: statistic = `nullValue`: twice the smaller share of
 * resamples on either side of the null (ties count on both sides, so a degenerate distribution
 * at the null gives 1), with the +1 correction so that it is never exactly 0.
 * It rejects at alpha about when the percentile interval at 1 - alpha excludes the null.
 */
export function bootstrapPValue(samples: ArrayLike<number>, nullValue = 0): number {
  let below = 0;
  let above = 0;
  let m = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i]!;
    if (!Number.isFinite(v)) continue;
    m++;
    if (v <= nullValue) below++;
    if (v >= nullValue) above++;
  }
  if (m === 0) return NaN;
  return Math.min(1, (2 * (Math.min(below, above) + 1)) / (m + 1));
}

/** FNV-1a hash of a label, mixed into the seed so that each test's stream is independent of the others. */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
