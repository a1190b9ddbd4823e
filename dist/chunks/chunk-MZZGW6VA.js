import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  PARALLEL_MIN_BYTES,
  usesWorkers
} from "./chunk-HA6IRED4.js";

// src/cli/huge-pages.ts
var HUGE_PAGES_TUNABLE = "glibc.malloc.hugetlb";
var ARENA_TUNABLE = "glibc.malloc.arena_max";
var MMAP_THRESHOLD_TUNABLE = "glibc.malloc.mmap_threshold";
var MMAP_THRESHOLD_BYTES = 32 * 2 ** 20;
var HUGE_PAGES_MIN_TABLE_BYTES = 32 * 2 ** 20;
var MIN_GLIBC = [2, 35];
function glibcAtLeast(v, min) {
  const m = /^(\d+)\.(\d+)/.exec(v);
  if (!m) return false;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  return major > min[0] || major === min[0] && minor >= min[1];
}
function thpMode(text) {
  return /\[(\w+)\]/.exec(text)?.[1] ?? null;
}
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
function hugePagesRelaunch(argv, f) {
  if (f.platform !== "linux" || !f.canExec) return null;
  const tunables = f.env["GLIBC_TUNABLES"] ?? "";
  if (tunables.includes(HUGE_PAGES_TUNABLE)) return null;
  if (f.glibc === null || !glibcAtLeast(f.glibc, MIN_GLIBC)) return null;
  if (f.thp === null || thpMode(f.thp) !== "madvise") return null;
  const dirs = runDirs(argv);
  if (!dirs || dirs.length === 0) return null;
  if (f.tableBytes(dirs, HUGE_PAGES_MIN_TABLE_BYTES) < HUGE_PAGES_MIN_TABLE_BYTES) return null;
  const env = {};
  for (const [k, v] of Object.entries(f.env)) if (v !== void 0) env[k] = v;
  const added = [`${HUGE_PAGES_TUNABLE}=1`];
  if (!tunables.includes(ARENA_TUNABLE)) added.push(`${ARENA_TUNABLE}=1`);
  if (!tunables.includes(MMAP_THRESHOLD_TUNABLE)) added.push(`${MMAP_THRESHOLD_TUNABLE}=${MMAP_THRESHOLD_BYTES}`);
  env["GLIBC_TUNABLES"] = [...tunables ? [tunables] : [], ...added].join(":");
  return env;
}

// src/cli/early-worker.ts
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var KEY = /* @__PURE__ */ Symbol.for("ml-doctor.early-parse-worker");
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
  if (workers === null || !usesWorkers(workers, facts.load, facts.cores)) return false;
  return facts.tableBytes(dirs, PARALLEL_MIN_BYTES) >= PARALLEL_MIN_BYTES;
}
function startEarlyWorker(url) {
  if (url.protocol !== "file:" || !existsSync(fileURLToPath(url))) return;
  let worker;
  try {
    worker = new Worker(url);
  } catch {
    return;
  }
  worker.unref();
  worker.on("error", () => void 0);
  globalThis[KEY] = worker;
}
function takeEarlyWorker() {
  const g = globalThis;
  const worker = g[KEY];
  delete g[KEY];
  if (!worker || worker.threadId === -1) return null;
  worker.ref();
  return worker;
}
function loadFacts() {
  return { load: loadavg()[0] ?? 0, cores: availableParallelism() };
}

export {
  hugePagesRelaunch,
  wantsEarlyWorker,
  startEarlyWorker,
  takeEarlyWorker,
  loadFacts
};
