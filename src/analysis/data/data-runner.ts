/**
 * Runs the data checks of a large eval pair on another core, in a worker thread started from the
 * bundled dist/data-worker.js, while the performance stage runs in this one (decision 0020). The
 * two stages read the same loaded columns — shared memory, not copies — and write nothing the
 * other reads, so the review takes about the longer of the two instead of their sum. The worker
 * first claims segmenters of the performance stage, which read the same columns, while this thread
 * builds the runs and headline metrics (decisions 0021, 0023, 0024, 0031): the two threads' shares
 * even out.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { SHARED_MIN_ROWS } from '../../artifacts/shared.js';
import type { ClaimedSegmenter } from '../performance/segment-claims.js';
import { analyzeData, leakageParts, type LeakageParts } from './analyze.js';
import type { DataAnalysis, DataInput, DataOptions } from './types.js';
import type { FeatureCounts, SegmentName } from '../../report/visuals.js';
import { dataJob, mergeLeakage, newLeakageClaim, portExchange, runClaimedLeakage, segmentJob, SEGMENTS_LATER, type ClaimedLeakage, type DataReply, type HistogramAhead, type SegmentRequest } from './worker-protocol.js';

export type { SegmentRequest };
export { SEGMENTS_LATER };

/**
 * The work of one pair. Each result is asked for once, when it is needed: in this thread it is
 * computed then (in the order the review asks), in the worker it may be ready already.
 */
export interface PairJob {
  /**
   * The segmenters this runner claimed and built (segment-claims.ts): none in this thread, and
   * none from a worker that failed. The review's thread builds every other one.
   */
  segments(): Promise<ClaimedSegmenter[]>;
  /**
   * Called by the review's thread when it has nothing else to do before `data()`: runs here the
   * parts of the leakage checks the worker has not claimed (decisions 0025, 0028).
   */
  help(): void;
  data(): Promise<DataAnalysis>;
  /**
   * The segment request of a pair started with SEGMENTS_LATER (null: none), once the review's
   * thread has its analysis rows; ignored for any other. Every such pair must get it (the worker
   * waits for it before its data checks).
   */
  sendSegments(segments: SegmentRequest | null): void;
  /**
   * The histogram of `feature` (inside `segment`) the worker made ahead of the report, once it is
   * in (decision 0046); undefined when there is none, or not yet. Never waits.
   */
  histogram(feature: string, segment: SegmentName | undefined): FeatureCounts | null | undefined;
}

export interface DataRunner {
  /**
   * Starts the data checks of one pair and, when `segments` is given (rows of the pair's own views,
   * `segments.src.base.view === input.base`), the claiming of its segmenters first; with
   * SEGMENTS_LATER, the request follows by the job's `sendSegments`.
   */
  start(input: DataInput, options: DataOptions, segments?: SegmentRequest | typeof SEGMENTS_LATER | null): PairJob;
  /** Starts the worker, if this runner has one, ahead of the first pair (its load then overlaps the review's). */
  prepare(): void;
  close(): Promise<void>;
  /** Pairs checked in the worker and in this thread so far. */
  readonly done: { worker: number; here: number };
}

/** The data checks in this thread, when asked for; the segmenters are all left to the caller. */
function inThread(input: DataInput, options: DataOptions): PairJob {
  return {
    segments: () => Promise.resolve([]),
    help: () => undefined,
    data: () => Promise.resolve().then(() => analyzeData(input, options)),
    sendSegments: () => undefined,
    histogram: () => undefined,
  };
}

/** The data checks in this thread, when they are awaited (no worker). */
export const IN_THREAD_DATA: DataRunner = {
  start: (input, options) => inThread(input, options),
  prepare: () => undefined,
  close: () => Promise.resolve(),
  done: { worker: 0, here: 0 },
};

/** Whether a pair is large enough for the worker: its arrays are shared only from SHARED_MIN_ROWS rows. */
export function worthAWorker(input: DataInput): boolean {
  return input.cur.n >= SHARED_MIN_ROWS && (input.base === null || input.base.n >= SHARED_MIN_ROWS);
}

/** The bundled worker entry beside the running bundle, or null when there is none (running from sources). */
export function bundledDataWorkerUrl(base: string | URL): URL | null {
  const url = new URL('./data-worker.js', base);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** Whether a segment source labels rows of the pair's own views (what the worker can rebuild). */
function overPair({ src }: SegmentRequest, input: DataInput): boolean {
  return src.cur.view === input.cur && (src.base === null || src.base.view === input.base);
}

/** A runner with a worker thread of `url`'s module (workerDataRunner). */
export interface WorkerDataRunner extends DataRunner {
  /**
   * Takes as its worker a thread that is loading this runner's module already (a parse worker
   * handed over, parse-pool.ts, decision 0053), unless it has one: then the thread is stopped.
   */
  adopt(worker: Worker): void;
}

/**
 * A runner that sends large pairs to one worker thread and checks smaller pairs here. The worker
 * starts with the first large pair (a small review never pays for it), or is a parse worker
 * adopted when its file is back; it loads while the performance stage runs. A worker that fails,
 * dies or stops leaves the work to this thread: the result is the same either way.
 */
export function workerDataRunner(url: URL): WorkerDataRunner {
  let worker: Worker | null = null;
  let closed = false;
  let broken = false;
  const own = (w: Worker): Worker => {
    // An idle worker never keeps the process up; while a reply is awaited, its 'message' listener
    // does (Node refs a port that has one).
    w.unref();
    w.on('error', () => {
      broken = true;
    });
    // A thread that stops on its own (an adopted one whose module did not load) takes no job.
    w.once('exit', () => {
      broken = true;
    });
    return (worker = w);
  };
  const started = (): Worker => worker ?? own(new Worker(url));
  const done = { worker: 0, here: 0 };
  let jobs = 0;
  // The histogram ports' ends on this side, closed with the runner.
  const ports: MessagePort[] = [];
  const here = (input: DataInput, options: DataOptions): PairJob => {
    done.here++;
    return inThread(input, options);
  };
  return {
    done,
    start(input, options, request = null) {
      const later = request === SEGMENTS_LATER;
      const segments = later ? null : request;
      if (closed || broken || !worthAWorker(input) || (segments && !overPair(segments, input))) return here(input, options);
      const w = started();
      const id = ++jobs;
      let settleSegments!: (s: ClaimedSegmenter[]) => void;
      let settleData!: (d: DataAnalysis | Promise<DataAnalysis>) => void;
      const segmentsP = new Promise<ClaimedSegmenter[]>((r) => (settleSegments = r));
      const dataP = new Promise<DataAnalysis>((r) => (settleData = r));
      // The port the segment request follows on (SEGMENTS_LATER): this end posts it once.
      const channel = later ? new MessageChannel() : null;
      let sent = !later;
      // The port the worker's histogram comes back on, read when the report asks (never awaited).
      const histograms = new MessageChannel();
      ports.push(histograms.port1);
      const made: HistogramAhead[] = [];
      // The leakage parts' shared context goes to whichever thread needs it second (portExchange).
      const contexts = new MessageChannel();
      // The pair is done: segmenters the worker never sent back are left to the caller, which
      // builds every index it did not get (mergeClaimed); a later settle of a promise is a no-op.
      const finish = (here: boolean, data: DataAnalysis | Promise<DataAnalysis>) => {
        w.off('exit', onExit);
        w.off('message', onMessage);
        channel?.port1.close();
        contexts.port1.close();
        settleSegments([]);
        if (here) done.here++;
        else done.worker++;
        settleData(data);
      };
      const checkHere = () => inThread(input, options).data();
      // The leakage checks by part (decision 0028): this thread runs the parts it claims when it
      // helps; the worker's reply lists its own, and any part neither ran is run at the merge.
      const leakage = newLeakageClaim();
      let parts: LeakageParts | null = null;
      const partsOf = (): LeakageParts => (parts ??= leakageParts(input, options.seed, portExchange(contexts.port1)));
      let leaksHere: ClaimedLeakage[] = [];
      const help = () => {
        leaksHere = [...leaksHere, ...runClaimedLeakage(partsOf(), leakage)];
      };
      const onExit = () => {
        broken = true;
        finish(true, checkHere());
      };
      const onMessage = (reply: DataReply) => {
        if (reply.id !== id) return;
        if (reply.kind === 'segments') settleSegments(reply.ok ? reply.segmenters : []);
        else if (!reply.ok) finish(true, checkHere());
        // help() runs its parts before this thread can take a message: leaksHere is complete.
        else finish(false, { ...reply.data, leakage: mergeLeakage(partsOf(), [leaksHere, reply.leakage]) });
      };
      w.on('exit', onExit);
      w.on('message', onMessage);
      try {
        if (channel) w.postMessage(dataJob(id, input, options, null, leakage, channel.port2, histograms.port2, contexts.port2), [channel.port2, histograms.port2, contexts.port2]);
        else w.postMessage(dataJob(id, input, options, segments, leakage, null, histograms.port2, contexts.port2), [histograms.port2, contexts.port2]);
      } catch {
        finish(true, checkHere());
      }
      const sendSegments = (req: SegmentRequest | null): void => {
        if (sent) return;
        sent = true;
        const asked = req !== null && overPair(req, input);
        // None asked: the caller builds every segmenter, and the worker goes on to the data checks.
        if (!asked) settleSegments([]);
        try {
          channel!.port1.postMessage(asked ? segmentJob(req) : null);
        } catch {
          settleSegments([]);
          channel!.port1.close();
        }
      };
      const histogram = (feature: string, segment: SegmentName | undefined): FeatureCounts | null | undefined => {
        for (let m = receiveMessageOnPort(histograms.port1); m !== undefined; m = receiveMessageOnPort(histograms.port1)) made.push(m.message as HistogramAhead);
        const want = segment ? `${segment.column}\u0000${segment.value}` : null;
        const hit = made.find((h) => h.feature === feature && (h.segment ? `${h.segment.column}\u0000${h.segment.value}` : null) === want);
        return hit ? hit.counts : undefined;
      };
      return { segments: () => segmentsP, help, data: () => dataP, sendSegments, histogram };
    },
    prepare() {
      if (!closed && !broken) started();
    },
    adopt(w) {
      // threadId is -1 once the thread has stopped: such a thread would never answer a job.
      if (worker !== null || closed || broken || w.threadId === -1) void w.terminate();
      else own(w);
    },
    async close() {
      closed = true;
      for (const p of ports.splice(0)) p.close();
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
