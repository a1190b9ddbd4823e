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
import type { ClaimedSegmenter, SegmentClaims } from '../performance/segment-claims.js';
import type { RowSource } from '../performance/segment-columns.js';
import type { DataAnalysis, DataInput, DataOptions } from './types.js';

type PostedIds = Omit<RowIds, 'text'>;
export type PostedView = Omit<EvalView, 'ids'> & { readonly ids: PostedIds | null };

/**
 * The performance stage's segmenters of the pair, claimed first (decisions 0021, 0023): the
 * analysis rows of each run, over the job's own views (the segmenters read the same columns the
 * data checks do), and the shared claim counter.
 */
export interface SegmentJob {
  readonly base: Int32Array | null;
  readonly cur: Int32Array;
  readonly paired: boolean;
  readonly claims: SegmentClaims;
}

/** What a runner is asked to build besides the data checks: segmenters of `src`, by claim. */
export interface SegmentRequest {
  readonly src: RowSource;
  readonly claims: SegmentClaims;
}

/**
 * Who runs the pair's leakage checks (decision 0025), claimed once through shared memory: 0 while
 * unclaimed, then WORKER or HERE. The worker claims them when its other checks are done, the
 * review's thread when its performance stage is: whichever comes first.
 */
export type LeakageClaim = Int32Array;
export const WORKER = 1;
export const HERE = 2;

export function newLeakageClaim(): LeakageClaim {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** Claims the leakage checks for `who`; false when the other thread has them. */
export function claimLeakage(claim: LeakageClaim, who: typeof WORKER | typeof HERE): boolean {
  return Atomics.compareExchange(claim, 0, 0, who) === 0;
}

export interface DataJob {
  /** Echoed by the replies, so that each reaches the job it answers. */
  readonly id: number;
  readonly base: PostedView | null;
  readonly cur: PostedView;
  readonly refBase: readonly Table[];
  readonly refCur: readonly Table[];
  readonly options: DataOptions;
  readonly segments: SegmentJob | null;
  readonly leakage: LeakageClaim;
}

/** The worker answers a job with a `segments` reply (when asked) and then a `data` reply. */
export type DataReply = { readonly id: number } & (
  /** `leakageLeft`: the review's thread claimed the leakage checks, and `data` has none. */
  | { readonly kind: 'data'; readonly ok: true; readonly data: DataAnalysis; readonly leakageLeft: boolean }
  | { readonly kind: 'segments'; readonly ok: true; readonly segmenters: ClaimedSegmenter[] }
  | { readonly kind: 'data' | 'segments'; readonly ok: false; readonly error: string }
);

export function postedView(v: EvalView): PostedView {
  return { ...v, ids: v.ids ? { length: v.ids.length, h1: v.ids.h1, h2: v.ids.h2, empty: v.ids.empty } : null };
}

/** The view as the data checks take it: its ids' text read from the id column again. */
export function revivedView(v: PostedView): EvalView {
  if (!v.ids) return { ...v, ids: null };
  const col = v.table.columns.find((c) => c.name === v.idColumn);
  return { ...v, ids: { ...v.ids, text: (i: number) => (col ? cellText(col, i) : '') } };
}

/**
 * The job of one pair. `segments`, when given, must label rows of the pair's own views (its
 * baseline view is `input.base`): the worker rebuilds the source over the views it received.
 */
export function dataJob(id: number, input: DataInput, options: DataOptions, segments: SegmentRequest | null = null, leakage: LeakageClaim = newLeakageClaim()): DataJob {
  return {
    id,
    leakage,
    base: input.base ? postedView(input.base) : null,
    cur: postedView(input.cur),
    refBase: input.refBase,
    refCur: input.refCur,
    options,
    segments: segments
      ? { base: segments.src.base ? segments.src.base.rows : null, cur: segments.src.cur.rows, paired: segments.src.paired, claims: segments.claims }
      : null,
  };
}

/** The segment source of a job over the views the worker revived from it. */
export function segmentSourceOf(job: SegmentJob, base: EvalView | null, cur: EvalView): RowSource {
  return { base: base && job.base ? { view: base, rows: job.base } : null, cur: { view: cur, rows: job.cur }, paired: job.paired };
}

/** The buffers of the segmenters' label arrays, each once (paired runs share one array): moved back, not copied. */
export function segmenterBuffers(segs: readonly ClaimedSegmenter[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const { segmenter: s } of segs) {
    if (!s) continue;
    for (const a of [s.base, s.cur]) if (a && a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  }
  return [...out];
}
