/**
 * Worker-thread entry (bundled as dist/parse-worker.js): parses the table files it is sent and
 * moves the columns' buffers back to the review (parse-pool.ts). Errors go back as data, so the
 * review reports them as it does for a file parsed in its own thread.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { parseTableFile, parseTableFrom } from './parse-bytes.js';
import { tableBuffers, type ParseJob, type WorkerReply } from './parse-pool.js';

const port = parentPort;
if (port) {
  port.on('message', (m: ParseJob) => {
    // Only `take` holds the bytes: once decoded they can be collected while the text is parsed.
    // A job with a local path reads the file here, on this worker's core.
    let held = m.bytes;
    m.bytes = null;
    const take = (): Uint8Array => {
      const b = held ?? readFileSync(m.file!);
      held = null;
      return b;
    };
    // A local CSV or Parquet file is read in pieces when that applies (parseTableFile), not whole.
    (m.file !== null ? parseTableFile(m.path, m.file, take) : parseTableFrom(m.path, take)).then(
      (table) => port.postMessage({ id: m.id, table } satisfies WorkerReply, tableBuffers(table)),
      (e: unknown) => {
        const error = e instanceof InputError ? { input: true, place: e.place, detail: e.detail } : { input: false, place: null, detail: e instanceof Error ? e.message : String(e) };
        port.postMessage({ id: m.id, error } satisfies WorkerReply);
      },
    );
  });
}
