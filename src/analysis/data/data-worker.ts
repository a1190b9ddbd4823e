/**
 * Worker-thread entry (bundled as dist/data-worker.js): runs the data checks of one eval pair
 * (analyzeData) beside the performance stage, which runs in the review's thread (data-runner.ts).
 * The result, plain data, goes back; an error goes back as its message.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeData } from './analyze.js';
import { revivedView, type DataJob, type DataReply } from './worker-protocol.js';

const port = parentPort;
if (port) {
  port.on('message', (job: DataJob) => {
    let reply: DataReply;
    try {
      const data = analyzeData({ base: job.base ? revivedView(job.base) : null, cur: revivedView(job.cur), refBase: job.refBase, refCur: job.refCur }, job.options);
      reply = { ok: true, data };
    } catch (e) {
      reply = { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
