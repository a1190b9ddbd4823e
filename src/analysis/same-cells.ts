/**
 * Whether two columns hold the same cells, bit for bit (decision 0027). A pull request usually
 * changes the model and scores the same eval set again: the baseline's and the current run's
 * feature and segment columns are then the same cells in the same rows, and everything computed
 * from one column alone (its sort, profile, segment codes, bin counts) is the same for both runs.
 * The analyses ask here and reuse the baseline's result for the current run instead of computing
 * it again; the result is the same value, so no finding depends on whether they asked.
 *
 * The comparison is of the bytes: a number column's values and missing flags (so −0 and 0, or two
 * NaN payloads, count as different and the column is simply computed again), a string column's
 * dictionary and codes. A column that differs does so within its first few cells as a rule, and
 * one that does not costs one sequential read of both (about 1 ms per 10^6 rows), against the
 * sorts and passes it saves.
 */
import type { Column } from '../artifacts/table.js';

/** Whether two views hold the same bytes. */
export function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a === b) return true;
  const n = a.byteLength;
  if (n !== b.byteLength) return false;
  let i = 0;
  // Four bytes at a time where both views are aligned for it, then the rest byte by byte.
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = n >>> 2;
    const x = new Int32Array(a.buffer, a.byteOffset, words);
    const y = new Int32Array(b.buffer, b.byteOffset, words);
    for (let k = 0; k < words; k++) if (x[k] !== y[k]) return false;
    i = words << 2;
  }
  const x = new Uint8Array(a.buffer, a.byteOffset, n);
  const y = new Uint8Array(b.buffer, b.byteOffset, n);
  for (; i < n; i++) if (x[i] !== y[i]) return false;
  return true;
}

const known = new WeakMap<Column, WeakMap<Column, boolean>>();

/** Whether two columns have the same kind and the same cells in the same rows (cached per pair). */
export function sameCells(a: Column, b: Column): boolean {
  if (a === b) return true;
  let row = known.get(a);
  const hit = row?.get(b);
  if (hit !== undefined) return hit;
  const same = compare(a, b);
  if (!row) known.set(a, (row = new WeakMap()));
  row.set(b, same);
  return same;
}

function compare(a: Column, b: Column): boolean {
  if (a.kind === 'number' && b.kind === 'number') return sameBytes(a.values, b.values) && sameBytes(a.missing, b.missing);
  if (a.kind === 'string' && b.kind === 'string') {
    if (a.dict.length !== b.dict.length || !sameBytes(a.codes, b.codes)) return false;
    for (let i = 0; i < a.dict.length; i++) if (a.dict[i] !== b.dict[i]) return false;
    return true;
  }
  return false;
}
