import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  otherLoad,
  runnableNow
} from "./chunk-QNTFE5D6.js";

// src/machine-load.ts
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
var READINGS = 3;
var READING_GAP_MS = 10;
function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function lowestLoad(reading, readings = READINGS, gapMs = READING_GAP_MS, wait = sleep) {
  const first = reading();
  let load = first.load;
  for (let i = 1; i < readings && load > 0 && first.instant; i++) {
    wait(gapMs);
    load = Math.min(load, reading().load);
  }
  return load;
}
function read(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
function ownTasks() {
  let tids;
  try {
    tids = readdirSync("/proc/self/task");
  } catch {
    return null;
  }
  const out = [];
  for (const tid of tids) {
    const stat = read(`/proc/self/task/${tid}/stat`);
    if (stat !== null) out.push(stat);
  }
  return out;
}
function machineLoad() {
  const load1 = loadavg()[0] ?? 0;
  const load = lowestLoad(() => {
    const text = read("/proc/loadavg");
    const tasks = ownTasks();
    return { load: otherLoad(load1, text, tasks), instant: text !== null && tasks !== null && runnableNow(text) !== null };
  });
  return { load, cores: availableParallelism() };
}

export {
  machineLoad
};
