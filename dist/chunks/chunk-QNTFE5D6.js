import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/v8-flags.ts
import { setFlagsFromString } from "node:v8";
var YOUNG_GROWTH_FACTOR = 16;
var V8_FLAGS = ["--no-maglev-escape-analysis", `--semi-space-growth-factor=${YOUNG_GROWTH_FACTOR}`];
var SINCE_V8 = { "--no-maglev-escape-analysis": 12 };
function v8FlagsFor(version) {
  const major = Number.parseInt(version, 10);
  return V8_FLAGS.filter((flag) => !(major < (SINCE_V8[flag] ?? 0)));
}
function applyV8Flags() {
  for (const flag of v8FlagsFor(process.versions.v8)) setFlagsFromString(flag);
}
var STARTUP_WAIT_MS = 50;
function startupCell() {
  return new Int32Array(new SharedArrayBuffer(4));
}
function startedUp(workerData) {
  const cell = workerData?.startup;
  if (!(cell instanceof Int32Array)) return;
  Atomics.store(cell, 0, 1);
  Atomics.notify(cell, 0);
}
function applyV8FlagsAfter(cell, waitMs) {
  if (cell !== null) Atomics.wait(cell, 0, 0, waitMs);
  applyV8Flags();
}

// src/artifacts/parallel-rules.ts
var PARALLEL_MIN_BYTES = 16 * 2 ** 20;
var MIN_SPARE_CORES = 1;
function runnableNow(text) {
  const m = /^\S+ \S+ \S+ (\d+)\/\d+ /.exec(text);
  return m ? Number(m[1]) : null;
}
function taskRunnable(stat) {
  const end = stat.lastIndexOf(")");
  return end >= 0 && stat.charAt(end + 2) === "R";
}
function otherLoad(load1, loadavgText, ownTasks) {
  const all = loadavgText === null ? null : runnableNow(loadavgText);
  if (all === null || ownTasks === null) return load1;
  return Math.max(0, all - ownTasks.filter(taskRunnable).length);
}
function hasSpareCore(load, cores) {
  return cores - load >= MIN_SPARE_CORES;
}
function usesWorkers(flag, load, cores) {
  return flag === "on" || flag === "auto" && hasSpareCore(load, cores);
}

export {
  PARALLEL_MIN_BYTES,
  runnableNow,
  otherLoad,
  hasSpareCore,
  usesWorkers,
  applyV8Flags,
  STARTUP_WAIT_MS,
  startupCell,
  startedUp,
  applyV8FlagsAfter
};
