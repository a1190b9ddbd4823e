/**
 * Where table files are parsed: in this thread, or on the runner's other cores. A review loads
 * two runs; with a 1M-row eval table in each, parsing both in worker threads at once takes the
 * time of the larger one instead of their sum. The workers run parse-worker.ts (bundled as
 * dist/parse-worker.js next to the entry points) and send the columns back by transferring their
 * typed-array buffers, so nothing is copied on the way back.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { parseTableBytes, parseTableFrom, readTableInPieces } from './parse-bytes.js';
import { ownBuffer } from './own-buffer.js';
import { loadParquet } from './parquet-load.js';
import type { Column, Table } from './table.js';

/**
 * Parses one table file; `read` returns its bytes (called again if a worker died with them).
 * `readTransient`, when given, returns them in memory reused from file to file (ReadBuffer),
 * valid only until the next file is read: for a parse in this thread that is over, and keeps
 * nothing of them, before it returns.
 */
export interface TableParser {
  /**
   * `localFile`, when given, is the file's path on this machine: a worker then reads it itself,
   * on its own core, instead of this thread reading it (into fresh memory) to hand it over.
   */
  parse(path: string, read: () => Uint8Array, readTransient?: () => Uint8Array, localFile?: string): Promise<Table>;
  /** Stops any worker threads (the process can then exit); the parser is not used afterwards. */
  close(): Promise<void>;
}

/**
 * Whether a file's parse consumes its bytes synchronously and keeps no view of them, so it may
 * read them from reused memory: CSV (columns and dictionary strings are copies) and JSONL (decoded
 * to text first). Parquet only when its direct reader covers every column (parseParquetDirect):
 * hyparquet's decode awaits, and another file's read could overwrite the bytes meanwhile.
 */
function parsesBytesAtOnce(path: string): boolean {
  return /\.(csv|jsonl)$/i.test(path);
}

/**
 * Parses in this thread, from the reused memory when the format allows (above); a Parquet file
 * that needs hyparquet for a column is read again into memory of its own.
 */
async function parseHere(path: string, read: () => Uint8Array, readTransient?: () => Uint8Array, localFile?: string): Promise<Table> {
  // A local CSV or Parquet file is read in pieces when that applies (readTableInPieces), not whole.
  const inPieces = localFile !== undefined ? await readTableInPieces(path, localFile) : null;
  if (inPieces) return inPieces;
  if (readTransient && /\.parquet$/i.test(path)) return (await loadParquet()).parseParquetDirect(path, readTransient()) ?? parseTableFrom(path, read);
  return parseTableFrom(path, readTransient && parsesBytesAtOnce(path) ? readTransient : read);
}

/** Parses in this thread. */
export const IN_PROCESS_PARSER: TableParser = {
  // async: a read that throws becomes a rejected promise, like a parse error.
  parse: (path, read, readTransient, localFile) => parseHere(path, read, readTransient, localFile),
  close: () => Promise.resolve(),
};

export { hasSpareCore, MIN_SPARE_CORES, PARALLEL_MIN_BYTES } from './parallel-rules.js';
import { PARALLEL_MIN_BYTES } from './parallel-rules.js';

/**
 * A file to parse, as sent to a worker: its bytes (moved with the message), or its local path to
 * read there; `then`, the URL of the module the worker becomes once it has replied (WorkerHandOver).
 */
export interface ParseJob {
  readonly id: number;
  readonly path: string;
  bytes: Uint8Array | null;
  readonly file: string | null;
  readonly then: string | null;
}

/**
 * A worker wanted after its parse (decision 0053): the first worker given a file loads `url` once
 * its file is back, and is handed to `take` instead of stopped — the data checks' worker then needs
 * no thread of its own started (a thread's start-up, 60-150 ms of a core here).
 */
export interface WorkerHandOver {
  readonly url: URL;
  /** Takes the worker over; from here it owns it (and stops it). */
  take(worker: Worker): void;
}

/** What a worker sends back: a table, or the error to rethrow here. */
export type WorkerReply =
  | { readonly id: number; readonly table: Table }
  | { readonly id: number; readonly error: { readonly input: boolean; readonly place: string | null; readonly detail: string } };

/** The buffers behind a table's typed arrays (each once), to move instead of copy. */
export function tableBuffers(table: Table): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (a: ArrayBufferView) => {
    if (a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  };
  for (const c of table.columns as Column[]) {
    if (c.kind === 'number') {
      add(c.values);
      add(c.missing);
    } else add(c.codes);
  }
  return [...out];
}

/** The file's size, or null when it cannot be read (the parse then reports why, as it would here). */
function fileSize(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

/** The bundled worker entry beside the running bundle, or null when there is none (running from sources). */
export function bundledWorkerUrl(base: string | URL): URL | null {
  const url = new URL('./parse-worker.js', base);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * A parser that sends files of at least `minBytes` to worker threads (at most `maxWorkers`,
 * default: the runner's cores but one) and parses smaller ones here. When every worker is busy
 * the file is parsed here, on this thread's own core, instead of waiting: with two runs of one
 * large table each, one worker and this thread parse them side by side, and the second worker's
 * start-up and heap are saved. A worker that cannot start (no worker file, a crash) makes that
 * file parse here instead: slower, never a failed review. `onWorkerDone` is told when a worker has
 * given back its file and stopped: a core is free again. `started` is a worker of `workerUrl`
 * started ahead (cli/early-worker.ts), used for the first file; the pool owns it from here.
 */
export function workerTableParser(
  workerUrl: URL,
  options: { minBytes?: number; maxWorkers?: number; onWorkerDone?: () => void; started?: Worker | null; handOver?: WorkerHandOver } = {},
): TableParser {
  const minBytes = options.minBytes ?? PARALLEL_MIN_BYTES;
  const maxWorkers = Math.max(1, options.maxWorkers ?? availableParallelism() - 1);
  const all = new Set<Worker>();
  let nextId = 0;
  // A worker of `workerUrl` started already (cli/early-worker.ts): the first one used, unless it
  // stopped before its first file (a job posted to it then would never be answered).
  let started = options.started ?? null;

  const busy = new Set<Worker>();
  // A free worker, the one started already, a fresh one while under maxWorkers, or null (parse
  // here) when none can start or all are busy.
  const acquire = (): Worker | null => {
    for (const w of all) if (!busy.has(w)) return w;
    if (started !== null && all.size < maxWorkers) {
      const w = started;
      started = null;
      // threadId is -1 once the thread has stopped, before or after its 'exit' event.
      if (w.threadId !== -1) {
        all.add(w);
        return w;
      }
    }
    if (all.size < maxWorkers) {
      try {
        const fresh = new Worker(workerUrl);
        all.add(fresh);
        return fresh;
      } catch {
        return null;
      }
    }
    return null;
  };
  // A worker is stopped as soon as its file is back: its heap (the bytes it scanned, not yet
  // collected) would otherwise stay resident through the analyses that follow the load. Files
  // that came while it was busy were parsed here. The first worker given a file is handed over
  // after it instead (options.handOver), its heap collected as the new module's work needs.
  const handOver = options.handOver ?? null;
  let handOverLeft = handOver !== null;
  let handed: Worker | null = null;
  const release = (w: Worker): void => {
    busy.delete(w);
    all.delete(w);
    if (w === handed) handOver!.take(w);
    else void w.terminate();
    options.onWorkerDone?.();
  };
  // A worker that died is stopped, whatever it was meant for.
  const drop = (w: Worker): void => {
    if (w === handed) handed = null;
    release(w);
  };

  const inWorker = (w: Worker, path: string, from: Uint8Array | string): Promise<Table | null> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const cleanup = () => {
        w.off('message', onMessage);
        w.off('error', onFailure);
        w.off('exit', onFailure);
      };
      const onMessage = (m: WorkerReply) => {
        if (m.id !== id) return;
        cleanup();
        release(w);
        if ('table' in m) resolve(m.table);
        else reject(m.error.input ? new InputError(path, m.error.place, m.error.detail) : new Error(m.error.detail));
      };
      // The worker died (out of memory, a bug): parse this file here instead.
      const onFailure = () => {
        cleanup();
        drop(w);
        resolve(null);
      };
      w.on('message', onMessage);
      w.once('error', onFailure);
      w.once('exit', onFailure);
      let then: string | null = null;
      if (handOverLeft) {
        then = handOver!.url.href;
        handed = w;
        handOverLeft = false;
      }
      if (typeof from === 'string') {
        w.postMessage({ id, path, bytes: null, file: from, then } satisfies ParseJob);
        return;
      }
      // The buffer moves to the worker (copied first only when the bytes are a view into a shared pool).
      const own = ownBuffer(from);
      w.postMessage({ id, path, bytes: new Uint8Array(own), file: null, then } satisfies ParseJob, [own]);
    });

  return {
    async parse(path, read, readTransient, localFile) {
      // A file parsed here reads into the reused buffer when its parse allows (see IN_PROCESS_PARSER).
      const here = (): Promise<Table> => parseHere(path, read, readTransient, localFile);
      const size = localFile !== undefined ? fileSize(localFile) : null;
      // Without a local path the bytes are read here first (the worker is sent them).
      const bytes = size === null ? read() : null;
      if ((size ?? bytes!.byteLength) < minBytes) return bytes ? parseTableBytes(path, bytes) : here();
      const w = acquire();
      if (w === null) {
        // Let the files already given to workers be posted first (their posts wait on this
        // thread), then parse this one here while they run.
        await new Promise<void>((resolve) => setImmediate(resolve));
        return bytes ? parseTableBytes(path, bytes) : here();
      }
      busy.add(w);
      // Moved bytes are gone if the worker dies, so then the file is read again.
      return (await inWorker(w, path, bytes ?? localFile!)) ?? parseTableBytes(path, read());
    },
    async close() {
      const workers = [...all, ...(started ? [started] : [])];
      started = null;
      all.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
