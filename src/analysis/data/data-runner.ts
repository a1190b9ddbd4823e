/**
 * Runs the data checks of a large eval pair on another core, in a worker thread started from the
 * bundled dist/data-worker.js, while the performance stage runs in this one (decision 0020). The
 * two stages read the same loaded columns — shared memory, not copies — and write nothing the
 * other reads, so the review takes about the longer of the two instead of their sum.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SHARED_MIN_ROWS } from '../../artifacts/shared.js';
import { analyzeData } from './analyze.js';
import type { DataAnalysis, DataInput, DataOptions } from './types.js';
import { dataJob, type DataReply } from './worker-protocol.js';

export interface DataRunner {
  /** Starts the data checks of one pair; the promise settles with their result. */
  start(input: DataInput, options: DataOptions): Promise<DataAnalysis>;
  close(): Promise<void>;
  /** Pairs checked in the worker and in this thread so far. */
  readonly done: { worker: number; here: number };
}

/** The data checks in this thread, when they are awaited (no worker). */
export const IN_THREAD_DATA: DataRunner = {
  start: (input, options) => Promise.resolve().then(() => analyzeData(input, options)),
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

/**
 * A runner that sends large pairs to one worker thread and checks smaller pairs here. The worker
 * starts with the first large pair (a small review never pays for it); it loads while the
 * performance stage runs. A worker that fails or dies leaves the checks to this thread: the result
 * is the same either way.
 */
export function workerDataRunner(url: URL): DataRunner {
  let worker: Worker | null = null;
  let closed = false;
  let broken = false;
  const started = (): Worker => {
    if (worker) return worker;
    const w = new Worker(url);
    // An idle worker never keeps the process up; while a reply is awaited, its 'message' listener
    // does (Node refs a port that has one).
    w.unref();
    w.on('error', () => {
      broken = true;
    });
    return (worker = w);
  };
  const done = { worker: 0, here: 0 };
  const here = (input: DataInput, options: DataOptions) => {
    done.here++;
    return IN_THREAD_DATA.start(input, options);
  };
  return {
    done,
    start(input, options) {
      if (closed || broken || !worthAWorker(input)) return here(input, options);
      const w = started();
      return new Promise<DataAnalysis>((resolve) => {
        const fallback = () => resolve(here(input, options));
        const onExit = () => {
          broken = true;
          fallback();
        };
        w.once('exit', onExit);
        w.once('message', (reply: DataReply) => {
          w.off('exit', onExit);
          if (reply.ok) {
            done.worker++;
            resolve(reply.data);
          } else fallback();
        });
        try {
          w.postMessage(dataJob(input, options));
        } catch {
          w.off('exit', onExit);
          fallback();
        }
      });
    },
    async close() {
      closed = true;
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
