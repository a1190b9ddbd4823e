/**
 * What crosses to the data-checks worker (data-worker.ts) and back. Eval views go as they are
 * but for their ids' `text` (a function): the worker reads it back from the id column. Their
 * per-row arrays are SharedArrayBuffer-backed when large (artifacts/shared.ts), so posting them
 * shares the memory instead of copying it.
 */
import type { RowIds } from '../../artifacts/row-ids.js';
import type { Table } from '../../artifacts/table.js';
import { cellText } from '../../artifacts/table.js';
import type { EvalView } from '../../artifacts/types.js';
import type { DataAnalysis, DataInput, DataOptions } from './types.js';

type PostedIds = Omit<RowIds, 'text'>;
export type PostedView = Omit<EvalView, 'ids'> & { readonly ids: PostedIds | null };

export interface DataJob {
  readonly base: PostedView | null;
  readonly cur: PostedView;
  readonly refBase: readonly Table[];
  readonly refCur: readonly Table[];
  readonly options: DataOptions;
}

export type DataReply = { readonly ok: true; readonly data: DataAnalysis } | { readonly ok: false; readonly error: string };

export function postedView(v: EvalView): PostedView {
  return { ...v, ids: v.ids ? { length: v.ids.length, h1: v.ids.h1, h2: v.ids.h2, empty: v.ids.empty } : null };
}

/** The view as the data checks take it: its ids' text read from the id column again. */
export function revivedView(v: PostedView): EvalView {
  if (!v.ids) return { ...v, ids: null };
  const col = v.table.columns.find((c) => c.name === v.idColumn);
  return { ...v, ids: { ...v.ids, text: (i: number) => (col ? cellText(col, i) : '') } };
}

export function dataJob(input: DataInput, options: DataOptions): DataJob {
  return { base: input.base ? postedView(input.base) : null, cur: postedView(input.cur), refBase: input.refBase, refCur: input.refCur, options };
}
