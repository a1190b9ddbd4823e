/**
 * Typed-array helpers for the row-scaling paths. Plain loops on purpose: TypedArray.from with a
 * mapping function (or an array-like source) runs through V8's generic iteration path and was
 * ~10x slower than these on 100k rows.
 */

/**
 * The weight of every row of an unweighted run, for per-row loops that read their weights as
 * `ws[i * step]` (`ws` the weights and step 1, or this and step 0). A per-row `w ? w[i] : 1` kept
 * such a loop at 11-12 ms a pass per 10^6 rows against 6 (decision 0040). Never written.
 */
export const UNIT_WEIGHT: Float64Array = Float64Array.of(1);

/** 0, 1, ..., n-1. */
export function iota(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** out[k] = src[idx[k]]. */
export function gatherF64(src: ArrayLike<number>, idx: Int32Array): Float64Array {
  const out = new Float64Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = src[idx[k]!]!;
  return out;
}

export function gatherI32(src: ArrayLike<number>, idx: Int32Array): Int32Array {
  const out = new Int32Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = src[idx[k]!]!;
  return out;
}

/** into[pos[k]] = src[k]: a scatter (its reads sequential), into memory the caller reuses. */
export function scatterF64(into: Float64Array, src: Float64Array, pos: Int32Array): void {
  for (let k = 0; k < pos.length; k++) into[pos[k]!] = src[k]!;
}

/** The sum of 0/1 flags: how many are set. */
export function countOnes(flags: Uint8Array): number {
  let n = 0;
  for (let j = 0; j < flags.length; j++) n += flags[j]!;
  return n;
}
