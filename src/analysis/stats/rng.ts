/**
 * Seeded pseudo-random numbers. Every resampling in the analysis draws from here so that the
 * same inputs give a byte-identical report.json (no Math.random, no clock).
 */

/** mulberry32: small, fast, good enough for bootstrap index draws. Returns floats in [0, 1). */
export function createRng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0; // int32 state: same sequence as >>> 0, without a heap number per call
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills `out` with n indices drawn uniformly with replacement from [0, n). */
export function resampleIndices(rng: () => number, n: number, out: Int32Array = new Int32Array(n)): Int32Array {
  for (let i = 0; i < n; i++) out[i] = Math.floor(rng() * n);
  return out;
}

/** Default seed for the analysis; config can override it. */
export const DEFAULT_SEED = 20261125;
