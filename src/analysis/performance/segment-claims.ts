/**
 * The segmenters of a pair shared out between two threads (decisions 0023, 0024, 0031). The data
 * worker starts on them while this thread builds the runs and the headline metrics; then this
 * thread says so, the worker finishes the segmenter in hand and turns to the data checks, and this
 * thread builds the rest. Each segmenter is claimed by exactly one thread through an atomic
 * counter in shared memory, so the split adapts to how fast each side really is, and the list is
 * the one buildSegmenters gives, in its order.
 */
import { buildSegmenter, segmentColumnNames, type RowSource, type Segmenter } from './segment-columns.js';

/** [next unclaimed index, 1 once this thread took over]: an Int32Array over a SharedArrayBuffer. */
export type SegmentClaims = Int32Array;

const NEXT = 0;
const TAKEN_OVER = 1;

export function newClaims(): SegmentClaims {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** A built segmenter (null: the column gives none) and its place in segmenterNames. */
export interface ClaimedSegmenter {
  readonly index: number;
  readonly segmenter: Segmenter | null;
}

/** The columns to segment by, in buildSegmenters' order; both threads compute the same list. */
export function segmenterNames(src: RowSource): string[] {
  return segmentColumnNames(src.base?.view ?? null, src.cur.view).map((c) => c.name);
}

/**
 * Builds segmenters one claim at a time until every one is claimed or, with `untilTakenOver`
 * (the worker), until this thread has taken over.
 */
export function buildClaimed(src: RowSource, names: readonly string[], claims: SegmentClaims, untilTakenOver: boolean): ClaimedSegmenter[] {
  const out: ClaimedSegmenter[] = [];
  while (!(untilTakenOver && Atomics.load(claims, TAKEN_OVER) === 1)) {
    const index = Atomics.add(claims, NEXT, 1);
    if (index >= names.length) break;
    out.push({ index, segmenter: buildSegmenter(names[index]!, src) });
  }
  return out;
}

/** This thread takes over: the worker stops claiming after the segmenter in hand. */
export function takeOver(claims: SegmentClaims): void {
  Atomics.store(claims, TAKEN_OVER, 1);
}

/**
 * The segmenters in buildSegmenters' order from the parts built by each thread; any index that
 * neither built (a worker that died holding a claim) is built here.
 */
export function mergeClaimed(src: RowSource, names: readonly string[], parts: readonly (readonly ClaimedSegmenter[])[]): Segmenter[] {
  const slots: (Segmenter | null | undefined)[] = new Array<Segmenter | null | undefined>(names.length).fill(undefined);
  for (const part of parts) for (const c of part) if (c.index >= 0 && c.index < names.length) slots[c.index] = c.segmenter;
  const out: Segmenter[] = [];
  for (let i = 0; i < names.length; i++) {
    const s = slots[i] === undefined ? buildSegmenter(names[i]!, src) : slots[i];
    if (s) out.push(s);
  }
  return out;
}
