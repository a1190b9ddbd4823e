import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

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
  usesWorkers
};
