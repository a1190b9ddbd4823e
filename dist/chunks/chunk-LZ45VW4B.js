import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  otherLoad
} from "./chunk-2DAGEPSM.js";

// src/machine-load.ts
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
var READINGS = 3;
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
  let load = Infinity;
  for (let i = 0; i < READINGS; i++) load = Math.min(load, otherLoad(load1, read("/proc/loadavg"), ownTasks()));
  return { load, cores: availableParallelism() };
}

export {
  machineLoad
};
