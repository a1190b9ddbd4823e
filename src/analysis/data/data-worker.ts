/**
 * Worker-thread entry (bundled as dist/data-worker.js): for one eval pair, builds the performance
 * stage's segmenters it claims until the review's thread takes over (decisions 0021, 0023), then
 * runs the data checks (analyzeData; of the leakage checks, the parts it claims, decisions 0025 and
 * 0028), beside the performance stage in the review's thread
 * (data-runner.ts). Each result, plain data, goes back as soon as it is ready (the segmenters'
 * label arrays moved, not copied); an error goes back as its message.
 *
 * A job whose segment request comes later (its `segmentPort`: posted before the review's thread
 * had prepared its analysis rows) first sorts the numeric segment columns, as the segmenters will,
 * until the request is there (decision 0044). Jobs run one after another, in the order they came.
 */
import { parentPort, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { buildClaimed, segmenterNames } from '../performance/segment-claims.js';
import { presortSegmentColumns } from '../performance/segment-columns.js';
import type { EvalView } from '../../artifacts/types.js';
import { analyzeData, leakageParts } from './analyze.js';
import { twinDriftFromSorts } from './drift.js';
import { keepSortsForDrift } from './columns.js';
import { featureHistogram } from '../../report/visuals.js';
import type { DataAnalysis } from './types.js';
import { portExchange, revivedView, runClaimedLeakage, segmenterBuffers, segmentSourceOf, type ClaimedLeakage, type DataJob, type DataReply, type HistogramAhead, type SegmentJob } from './worker-protocol.js';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The segment request of a job that sent it later: the columns' sorts made while it is not there,
 * then taken from the port at once or awaited. A port closed without a message is no request.
 */
async function laterSegments(port: MessagePort, base: EvalView | null, cur: EvalView): Promise<SegmentJob | null> {
  let got: { message: SegmentJob | null } | undefined;
  const arrived = (): boolean => (got ??= receiveMessageOnPort(port) as { message: SegmentJob | null } | undefined) !== undefined;
  presortSegmentColumns(base, cur, () => !arrived());
  if (arrived()) return got!.message;
  return new Promise<SegmentJob | null>((resolve) => {
    port.once('message', (m: SegmentJob | null) => resolve(m));
    port.once('close', () => resolve(null));
  });
}

async function run(port: NonNullable<typeof parentPort>, job: DataJob): Promise<void> {
  const base = job.base ? revivedView(job.base) : null;
  const cur = revivedView(job.cur);
  // While the segmenters' columns sort (ahead of a later request, or by claim): a twin feature's
  // drift comparison is made from its sort at once (drift.ts). Only then, so that the consumer
  // does not hold this pair's views.
  keepSortsForDrift(true, twinDriftFromSorts(base, cur));
  try {
    let segments = job.segments;
    if (job.segmentPort) {
      try {
        segments = await laterSegments(job.segmentPort, base, cur);
      } catch {
        segments = null;
      } finally {
        job.segmentPort.close();
      }
    }
    if (segments) {
      let reply: DataReply;
      let moved: ArrayBuffer[] = [];
      try {
        const src = segmentSourceOf(segments, base, cur);
        const segmenters = buildClaimed(src, segmenterNames(src), segments.claims, true);
        moved = segmenterBuffers(segmenters);
        reply = { id: job.id, kind: 'segments', ok: true, segmenters };
      } catch (e) {
        reply = { id: job.id, kind: 'segments', ok: false, error: message(e) };
      }
      port.postMessage(reply, moved);
    }
  } finally {
    keepSortsForDrift(true);
  }
  let reply: DataReply;
  try {
    const input = { base, cur, refBase: job.refBase, refCur: job.refCur };
    let leakage: ClaimedLeakage[] = [];
    const data = analyzeData(input, job.options, () => {
      const exchange = job.contextPort ? portExchange(job.contextPort) : undefined;
      leakage = runClaimedLeakage(leakageParts(input, job.options.seed, exchange), job.leakage);
      job.contextPort?.close();
      return null;
    });
    reply = { id: job.id, kind: 'data', ok: true, data, leakage };
  } catch (e) {
    reply = { id: job.id, kind: 'data', ok: false, error: message(e) };
  }
  port.postMessage(reply);
  // While the review's thread diagnoses: the histogram its report most likely draws.
  const later = job.histogramPort;
  if (later) {
    try {
      if (reply.kind === 'data' && reply.ok) {
        const ahead = histogramAhead(base, cur, reply.data);
        if (ahead) later.postMessage(ahead);
      }
    } catch {
      // The report counts it itself.
    } finally {
      later.close();
    }
  }
}

/**
 * The histogram of the strongest flagged drift of the pair's eval rows, inside its segment when
 * it has one: the report draws the feature of the first feature-drift finding (report/visuals.ts,
 * driftedHistogram), which is that drift's unless the diagnosis ranks another one first. A wrong
 * guess costs this thread the count and the report nothing.
 */
function histogramAhead(base: EvalView | null, cur: EvalView, data: DataAnalysis): HistogramAhead | null {
  if (!base) return null;
  let top: DataAnalysis['drift'][number] | null = null;
  for (const d of data.drift) if (d.comparison === 'eval' && d.flagged && (top === null || d.strength > top.strength)) top = d;
  if (!top) return null;
  const segment = top.segment ? { column: top.segment.column, value: String(top.segment.value) } : null;
  return { feature: top.feature, segment, counts: featureHistogram(base, cur, top.feature, segment ?? undefined) };
}

const port = parentPort;
if (port) {
  // The segmenters this worker builds keep their sorts for its drift check (columns.ts).
  keepSortsForDrift(true);
  let queue = Promise.resolve();
  port.on('message', (job: DataJob) => {
    queue = queue.then(() => run(port, job));
  });
}
