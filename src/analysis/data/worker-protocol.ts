/**
 * What crosses to the data-checks worker (data-worker.ts) and back. Eval views go as they are
 * but for their ids' `text` (a function): the worker reads it back from the id column. Their
 * per-row arrays are SharedArrayBuffer-backed when large (artifacts/shared.ts), so posting them
 * shares the memory instead of copying it.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { RowIds } from '../../artifacts/row-ids.js';
import type { Table } from '../../artifacts/table.js';
import { cellText } from '../../artifacts/table.js';
import type { EvalView } from '../../artifacts/types.js';
import type { ClaimedSegmenter, SegmentClaims } from '../performance/segment-claims.js';
import type { RowSource } from '../performance/segment-columns.js';
import type { DataAnalysis, DataInput, DataOptions, LeakageFinding } from './types.js';
import type { ContextExchange, LeakContext } from './leakage.js';
import { sortedLeakage, type LeakageParts } from './analyze.js';
import type { FeatureCounts, SegmentName } from '../../report/visuals.js';

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

/**
 * A runner's segment request when the analysis rows are not prepared yet: the job goes at once and
 * the request follows (PairJob.sendSegments). The worker then begins with the sorts the segmenters
 * take, instead of waiting for the review's thread to prepare the rows (decision 0044).
 */
export const SEGMENTS_LATER = 'later';

/** What a runner is asked to build besides the data checks: segmenters of `src`, by claim. */
export interface SegmentRequest {
  readonly src: RowSource;
  readonly claims: SegmentClaims;
}

/**
 * The pair's leakage checks shared out by part (decisions 0025, 0028): the next unclaimed part,
 * an atomic counter in shared memory. The worker claims parts when its other checks are done, the
 * review's thread when its performance stage is; each part is run by exactly one of them, so the
 * two finish within about one part of each other.
 */
export type LeakageClaim = Int32Array;

export function newLeakageClaim(): LeakageClaim {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** A part of the leakage checks and its findings. */
export interface ClaimedLeakage {
  readonly part: number;
  readonly findings: LeakageFinding[];
}

/** Runs parts, one claim at a time, until every part is claimed. */
export function runClaimedLeakage(parts: LeakageParts, claim: LeakageClaim): ClaimedLeakage[] {
  const out: ClaimedLeakage[] = [];
  for (;;) {
    const part = Atomics.add(claim, 0, 1);
    if (part >= parts.count) return out;
    out.push({ part, findings: parts.run(part) });
  }
}

/**
 * The findings of every part from what each thread ran, sorted as leakageChecks sorts them; a part
 * that neither ran (a worker that died holding its claim) is run here.
 */
export function mergeLeakage(parts: LeakageParts, claimed: readonly (readonly ClaimedLeakage[])[]): LeakageFinding[] {
  const slots: (readonly LeakageFinding[] | undefined)[] = new Array<readonly LeakageFinding[] | undefined>(parts.count).fill(undefined);
  for (const list of claimed) for (const c of list) if (c.part >= 0 && c.part < parts.count) slots[c.part] = c.findings;
  return sortedLeakage(slots.map((f, i) => f ?? parts.run(i)));
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
  /**
   * The segment request comes later, on this port (one message: a SegmentJob, or null for none),
   * when the job was posted before the review's thread had its analysis rows (data-runner.ts,
   * SEGMENTS_LATER). Null when `segments` is all there is.
   */
  readonly segmentPort?: MessagePort | null;
  /**
   * Where the worker posts, after its data reply, the histogram the report most likely draws
   * (HistogramAhead; data-worker.ts), and then closes. Null when none is wanted.
   */
  readonly histogramPort?: MessagePort | null;
  readonly leakage: LeakageClaim;
  /**
   * The worker's end of the leakage parts' context exchange (portExchange): whichever thread makes
   * the context first sends it on, and the other takes it instead of making its own. Null: none.
   */
  readonly contextPort?: MessagePort | null;
}

/**
 * A pair's leakage context exchange over a port (featureLeakParts): `take` reads what the other
 * end has sent by now without waiting, `give` posts. A port already closed takes nothing and
 * sends nothing: the parts then make the context themselves.
 */
export function portExchange(port: MessagePort): ContextExchange {
  return {
    take() {
      try {
        const m = receiveMessageOnPort(port) as { message: LeakContext } | undefined;
        return m ? m.message : null;
      } catch {
        return null;
      }
    },
    give(context) {
      try {
        port.postMessage(context);
      } catch {
        // Closed: the other end has no parts left to run.
      }
    },
  };
}

/** A histogram the worker made ahead of the report: of `feature` in the pair's eval views, inside `segment` when given. */
export interface HistogramAhead {
  readonly feature: string;
  readonly segment: SegmentName | null;
  readonly counts: FeatureCounts | null;
}

/** The worker answers a job with a `segments` reply (when asked) and then a `data` reply. */
export type DataReply = { readonly id: number } & (
  /** `data` has no leakage findings: they are the parts in `leakage`, and those the review's thread ran. */
  | { readonly kind: 'data'; readonly ok: true; readonly data: DataAnalysis; readonly leakage: readonly ClaimedLeakage[] }
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
export function dataJob(
  id: number,
  input: DataInput,
  options: DataOptions,
  segments: SegmentRequest | null = null,
  leakage: LeakageClaim = newLeakageClaim(),
  segmentPort: MessagePort | null = null,
  histogramPort: MessagePort | null = null,
  contextPort: MessagePort | null = null,
): DataJob {
  return {
    id,
    leakage,
    base: input.base ? postedView(input.base) : null,
    cur: postedView(input.cur),
    refBase: input.refBase,
    refCur: input.refCur,
    options,
    segments: segments ? segmentJob(segments) : null,
    segmentPort,
    histogramPort,
    contextPort,
  };
}

/** What crosses for a segment request: the analysis rows and the claim counter. */
export function segmentJob(segments: SegmentRequest): SegmentJob {
  return { base: segments.src.base ? segments.src.base.rows : null, cur: segments.src.cur.rows, paired: segments.src.paired, claims: segments.claims };
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
