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
 * one that does not costs one sequential read of both (a native memcmp, artifacts/twins.ts),
 * against the sorts and passes it saves. Twin columns usually share their arrays already from the
 * load (decision 0034), and then the answer is immediate.
 */
import type { Column } from '../artifacts/table.js';
import { sameBytes, sameColumnCells } from '../artifacts/twins.js';

export { sameBytes };

const known = new WeakMap<Column, WeakMap<Column, boolean>>();

/** Whether two columns have the same kind and the same cells in the same rows (cached per pair). */
export function sameCells(a: Column, b: Column): boolean {
  if (a === b) return true;
  let row = known.get(a);
  const hit = row?.get(b);
  if (hit !== undefined) return hit;
  const same = sameColumnCells(a, b);
  if (!row) known.set(a, (row = new WeakMap()));
  row.set(b, same);
  return same;
}
