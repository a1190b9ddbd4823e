import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/artifacts/parallel-rules.ts
var PARALLEL_MIN_BYTES = 16 * 2 ** 20;
var MIN_SPARE_CORES = 1;
function hasSpareCore(load, cores) {
  return cores - load >= MIN_SPARE_CORES;
}
function usesWorkers(flag, load, cores) {
  return flag === "on" || flag === "auto" && hasSpareCore(load, cores);
}

export {
  PARALLEL_MIN_BYTES,
  hasSpareCore,
  usesWorkers
};
