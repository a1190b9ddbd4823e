/**
 * Worker-thread entry (bundled as dist/data-worker.js): for one eval pair, builds the performance
 * stage's segmenters it claims until the review's thread takes over (decisions 0021, 0023), then
 * runs the data checks (analyzeData; of the leakage checks, the parts it claims, decisions 0025 and
 * 0028), beside the performance stage in the review's thread
 * (data-runner.ts). Each result, plain data, goes back as soon as it is ready (the segmenters'
 * label arrays moved, not copied); an error goes back as its message.
 */
import { parentPort } from 'node:worker_threads';
import { buildClaimed, segmenterNames } from '../performance/segment-claims.js';
import { analyzeData, leakageParts } from './analyze.js';
import { twinDriftFromSorts } from './drift.js';
import { keepSortsForDrift } from './columns.js';
import { revivedView, runClaimedLeakage, segmenterBuffers, segmentSourceOf, type ClaimedLeakage, type DataJob, type DataReply } from './worker-protocol.js';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const port = parentPort;
if (port) {
  // The segmenters this worker builds keep their sorts for its drift check (columns.ts).
  keepSortsForDrift(true);
  port.on('message', (job: DataJob) => {
    const base = job.base ? revivedView(job.base) : null;
    const cur = revivedView(job.cur);
    if (job.segments) {
      let reply: DataReply;
      let moved: ArrayBuffer[] = [];
      try {
        const src = segmentSourceOf(job.segments, base, cur);
        // While the segmenters sort: a twin feature's drift comparison is made from its sort at
        // once (drift.ts). Only then, so that the consumer does not hold this pair's views.
        keepSortsForDrift(true, twinDriftFromSorts(base, cur));
        const segmenters = buildClaimed(src, segmenterNames(src), job.segments.claims, true);
        moved = segmenterBuffers(segmenters);
        reply = { id: job.id, kind: 'segments', ok: true, segmenters };
      } catch (e) {
        reply = { id: job.id, kind: 'segments', ok: false, error: message(e) };
      } finally {
        keepSortsForDrift(true);
      }
      port.postMessage(reply, moved);
    }
    let reply: DataReply;
    try {
      const input = { base, cur, refBase: job.refBase, refCur: job.refCur };
      let leakage: ClaimedLeakage[] = [];
      const data = analyzeData(input, job.options, () => {
        leakage = runClaimedLeakage(leakageParts(input, job.options.seed), job.leakage);
        return null;
      });
      reply = { id: job.id, kind: 'data', ok: true, data, leakage };
    } catch (e) {
      reply = { id: job.id, kind: 'data', ok: false, error: message(e) };
    }
    port.postMessage(reply);
  });
}
