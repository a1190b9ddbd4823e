/**
 * Per-row arrays of large tables live in SharedArrayBuffers, so that the data checks can run on
 * another core (analysis/data-worker.ts) over the very same memory: a table posted to a worker
 * thread is then shared, not copied (a 1M + 1M pair holds ~400 MiB of columns). Smaller tables
 * keep plain buffers; they are analysed in the review's own thread.
 */

import { maxCode, type StringCodes } from './table.js';

/** Rows from which a table's per-row arrays are shared (and the data checks may run in a worker). */
export const SHARED_MIN_ROWS = 65_536;

function shared(n: number, bytes: number): ArrayBuffer | SharedArrayBuffer {
  return n >= SHARED_MIN_ROWS ? new SharedArrayBuffer(n * bytes) : new ArrayBuffer(n * bytes);
}

export const rowF64 = (n: number): Float64Array => new Float64Array(shared(n, 8));
export const rowI32 = (n: number): Int32Array => new Int32Array(shared(n, 4));
export const rowI16 = (n: number): Int16Array => new Int16Array(shared(n, 2));
export const rowI8 = (n: number): Int8Array => new Int8Array(shared(n, 1));

/**
 * Codes for `n` rows of a dictionary of `entries` entries, in the narrowest array that holds its
 * codes (StringCodes: one byte up to 128 entries, two up to 32,768).
 */
export function rowCodes(n: number, entries: number): StringCodes {
  return entries <= 0x80 ? rowI8(n) : entries <= 0x8000 ? rowI16(n) : rowI32(n);
}

/**
 * `codes`' first `n` values in an array of `size` rows (at least n), as wide as `codes` or wider
 * when a code up to `top` needs it: a grown or widened copy of a reader's codes.
 */
export function copyCodes(codes: StringCodes, n: number, size: number, top = 0): StringCodes {
  const out = rowCodes(size, Math.max(top, maxCode(codes)) + 1);
  out.set(codes.subarray(0, n));
  return out;
}
export const rowU32 = (n: number): Uint32Array => new Uint32Array(shared(n, 4));
export const rowU8 = (n: number): Uint8Array => new Uint8Array(shared(n, 1));

/**
 * One all-zero `missing` mask of `rows` for a table's numeric columns without a missing cell, made
 * when a column first asks for it: nothing writes to a column's arrays after the load.
 */
export function sharedZeros(rows: number): () => Uint8Array {
  let zeros: Uint8Array | null = null;
  return () => (zeros ??= rowU8(rows));
}
