import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  analyzeData,
  buildClaimed,
  keepSortsForDrift,
  leakageParts,
  revivedView,
  runClaimedLeakage,
  segmentSourceOf,
  segmenterBuffers,
  segmenterNames,
  twinDriftFromSorts
} from "./chunks/chunk-QORMLHCF.js";
import "./chunks/chunk-4BJFTPP6.js";
import "./chunks/chunk-K4A6PM23.js";
import "./chunks/chunk-DDMSJOCD.js";

// src/analysis/data/data-worker.ts
import { parentPort } from "node:worker_threads";
var message = (e) => e instanceof Error ? e.message : String(e);
var port = parentPort;
if (port) {
  keepSortsForDrift(true);
  port.on("message", (job) => {
    const base = job.base ? revivedView(job.base) : null;
    const cur = revivedView(job.cur);
    if (job.segments) {
      let reply2;
      let moved = [];
      try {
        const src = segmentSourceOf(job.segments, base, cur);
        keepSortsForDrift(true, twinDriftFromSorts(base, cur));
        const segmenters = buildClaimed(src, segmenterNames(src), job.segments.claims, true);
        moved = segmenterBuffers(segmenters);
        reply2 = { id: job.id, kind: "segments", ok: true, segmenters };
      } catch (e) {
        reply2 = { id: job.id, kind: "segments", ok: false, error: message(e) };
      } finally {
        keepSortsForDrift(true);
      }
      port.postMessage(reply2, moved);
    }
    let reply;
    try {
      const input = { base, cur, refBase: job.refBase, refCur: job.refCur };
      let leakage = [];
      const data = analyzeData(input, job.options, () => {
        leakage = runClaimedLeakage(leakageParts(input, job.options.seed), job.leakage);
        return null;
      });
      reply = { id: job.id, kind: "data", ok: true, data, leakage };
    } catch (e) {
      reply = { id: job.id, kind: "data", ok: false, error: message(e) };
    }
    port.postMessage(reply);
  });
}
