/**
 * Worker-thread entry (bundled as dist/parse-worker.js): parses the table files it is sent and
 * moves the columns' buffers back to the review (parse-pool.ts). Errors go back as data, so the
 * review reports them as it does for a file parsed in its own thread. A job with `then` is its
 * last: once its reply is posted, the thread loads that module and becomes its worker (the data
 * checks' worker, decision 0053), without a thread of its own to start.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { parseTableFile, parseTableFrom } from './parse-bytes.js';
import { tableBuffers, type ParseJob, type WorkerReply } from './parse-pool.js';
import { startedUp } from '../v8-flags.js';

// Its modules are loaded: this thread has started up, and the command may set V8's flags
// (v8-flags.ts; a worker the command started early, cli/early-worker.ts).
startedUp(workerData);
const port = parentPort;
if (port) {
  const onJob = (m: ParseJob) => {
    // Only `take` holds the bytes: once decoded they can be collected while the text is parsed.
    // A job with a local path reads the file here, on this worker's core.
    let held = m.bytes;
    m.bytes = null;
    const take = (): Uint8Array => {
      const b = held ?? readFileSync(m.file!);
      held = null;
      return b;
    };
    const reply = (r: WorkerReply, transfer: ArrayBuffer[] = []): void => {
      port.postMessage(r, transfer);
      if (m.then === null) return;
      // At once after the reply, before any message is taken: the next ones are the new module's
      // (a port without a listener holds its messages until the module adds one). A module that
      // does not load stops the thread, which the review sees as a worker gone.
      port.off('message', onJob);
      import(m.then).catch(() => process.exit(1));
    };
    // A local CSV or Parquet file is read in pieces when that applies (parseTableFile), not whole.
    (m.file !== null ? parseTableFile(m.path, m.file, take) : parseTableFrom(m.path, take)).then(
      (table) => reply({ id: m.id, table }, tableBuffers(table)),
      (e: unknown) => {
        const error = e instanceof InputError ? { input: true, place: e.place, detail: e.detail } : { input: false, place: null, detail: e instanceof Error ? e.message : String(e) };
        reply({ id: m.id, error });
      },
    );
  };
  port.on('message', onJob);
}
