import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  PARALLEL_MIN_BYTES,
  startupCell,
  usesWorkers
} from "./chunk-QNTFE5D6.js";

// src/cli/early-worker.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var KEY = /* @__PURE__ */ Symbol.for("ml-doctor.early-parse-worker");
var STARTUP_KEY = /* @__PURE__ */ Symbol.for("ml-doctor.early-parse-worker.startup");
function runDirs(argv) {
  if (argv[0] !== "diagnose") return null;
  const out = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    for (const flag of ["--baseline", "--current"]) {
      if (a === flag && i + 1 < argv.length) out.push(argv[i + 1]);
      else if (a.startsWith(flag + "=")) out.push(a.slice(flag.length + 1));
    }
  }
  return out;
}
function workersFlag(argv) {
  let value = "auto";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--workers") value = argv[i + 1] ?? "";
    else if (a.startsWith("--workers=")) value = a.slice("--workers=".length);
  }
  return value === "auto" || value === "on" || value === "off" ? value : null;
}
function wantsEarlyWorker(argv, facts) {
  const dirs = runDirs(argv);
  if (!dirs || dirs.length === 0) return false;
  const workers = workersFlag(argv);
  if (workers === null || workers === "off") return false;
  if (facts.tableBytes(dirs, PARALLEL_MIN_BYTES) < PARALLEL_MIN_BYTES) return false;
  if (workers === "on") return true;
  const { load, cores } = facts.machine();
  return usesWorkers(workers, load, cores);
}
function startEarlyWorker(url) {
  if (url.protocol !== "file:" || !existsSync(fileURLToPath(url))) return;
  let worker;
  const startup = startupCell();
  try {
    worker = new Worker(url, { workerData: { startup } });
  } catch {
    return;
  }
  worker.unref();
  worker.on("error", () => void 0);
  globalThis[KEY] = worker;
  globalThis[STARTUP_KEY] = startup;
}
function earlyWorkerStartup() {
  const g = globalThis;
  const worker = g[KEY];
  if (!worker || worker.threadId === -1) return null;
  return g[STARTUP_KEY] ?? null;
}
function takeEarlyWorker() {
  const g = globalThis;
  const worker = g[KEY];
  delete g[KEY];
  delete g[STARTUP_KEY];
  if (!worker || worker.threadId === -1) return null;
  worker.ref();
  return worker;
}

export {
  wantsEarlyWorker,
  startEarlyWorker,
  earlyWorkerStartup,
  takeEarlyWorker
};
