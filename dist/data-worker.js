import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  analyzeData,
  buildClaimed,
  featureHistogram,
  keepSortsForDrift,
  leakageParts,
  portExchange,
  presortSegmentColumns,
  revivedView,
  runClaimedLeakage,
  segmentSourceOf,
  segmenterBuffers,
  segmenterNames,
  twinDriftFromSorts
} from "./chunks/chunk-CVA4GC6L.js";
import "./chunks/chunk-4BJFTPP6.js";
import "./chunks/chunk-QVIMXX4N.js";
import "./chunks/chunk-DDMSJOCD.js";

// src/analysis/data/data-worker.ts
import { parentPort, receiveMessageOnPort } from "node:worker_threads";
var message = (e) => e instanceof Error ? e.message : String(e);
async function laterSegments(port2, base, cur) {
  let got;
  const arrived = () => (got ??= receiveMessageOnPort(port2)) !== void 0;
  presortSegmentColumns(base, cur, () => !arrived());
  if (arrived()) return got.message;
  return new Promise((resolve) => {
    port2.once("message", (m) => resolve(m));
    port2.once("close", () => resolve(null));
  });
}
async function run(port2, job) {
  const base = job.base ? revivedView(job.base) : null;
  const cur = revivedView(job.cur);
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
      let reply2;
      let moved = [];
      try {
        const src = segmentSourceOf(segments, base, cur);
        const segmenters = buildClaimed(src, segmenterNames(src), segments.claims, true);
        moved = segmenterBuffers(segmenters);
        reply2 = { id: job.id, kind: "segments", ok: true, segmenters };
      } catch (e) {
        reply2 = { id: job.id, kind: "segments", ok: false, error: message(e) };
      }
      port2.postMessage(reply2, moved);
    }
  } finally {
    keepSortsForDrift(true);
  }
  let reply;
  try {
    const input = { base, cur, refBase: job.refBase, refCur: job.refCur };
    let leakage = [];
    const data = analyzeData(input, job.options, () => {
      const exchange = job.contextPort ? portExchange(job.contextPort) : void 0;
      leakage = runClaimedLeakage(leakageParts(input, job.options.seed, exchange), job.leakage);
      job.contextPort?.close();
      return null;
    });
    reply = { id: job.id, kind: "data", ok: true, data, leakage };
  } catch (e) {
    reply = { id: job.id, kind: "data", ok: false, error: message(e) };
  }
  port2.postMessage(reply);
  const later = job.histogramPort;
  if (later) {
    try {
      if (reply.kind === "data" && reply.ok) {
        const ahead = histogramAhead(base, cur, reply.data);
        if (ahead) later.postMessage(ahead);
      }
    } catch {
    } finally {
      later.close();
    }
  }
}
function histogramAhead(base, cur, data) {
  if (!base) return null;
  let top = null;
  for (const d of data.drift) if (d.comparison === "eval" && d.flagged && (top === null || d.strength > top.strength)) top = d;
  if (!top) return null;
  const segment = top.segment ? { column: top.segment.column, value: String(top.segment.value) } : null;
  return { feature: top.feature, segment, counts: featureHistogram(base, cur, top.feature, segment ?? void 0) };
}
var port = parentPort;
if (port) {
  keepSortsForDrift(true);
  let queue = Promise.resolve();
  port.on("message", (job) => {
    queue = queue.then(() => run(port, job));
  });
}
