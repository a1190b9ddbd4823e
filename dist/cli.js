#!/usr/bin/env node
import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/cli/host-facts.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
var TABLE = /\.(csv|jsonl|parquet)$/i;
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
function tableBytes(dirs, limit) {
  let total = 0;
  const walk = (d, depth) => {
    if (total >= limit || depth > 8) return;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (total >= limit) return;
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(p, depth + 1);
      } else if (TABLE.test(e.name)) {
        try {
          total += statSync(p).size;
        } catch {
        }
      }
    }
  };
  for (const d of dirs) walk(d, 0);
  return total;
}
function readText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
function hostFacts() {
  const header = process.platform === "linux" ? process.report.getReport().header : void 0;
  return {
    platform: process.platform,
    canExec: typeof process.execve === "function",
    glibc: header?.glibcVersionRuntime ?? null,
    thp: process.platform === "linux" ? readText("/sys/kernel/mm/transparent_hugepage/enabled") : null,
    env: process.env,
    tableBytes
  };
}

// src/cli/early-worker.ts
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/artifacts/parallel-rules.ts
var PARALLEL_MIN_BYTES = 16 * 2 ** 20;
var MIN_SPARE_CORES = 1;
function hasSpareCore(load, cores) {
  return cores - load >= MIN_SPARE_CORES;
}
function usesWorkers(flag, load, cores) {
  return flag === "on" || flag === "auto" && hasSpareCore(load, cores);
}

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
function runDirs(argv2) {
  if (argv2[0] !== "diagnose") return null;
  const out = [];
  for (let i = 1; i < argv2.length; i++) {
    const a = argv2[i];
    for (const flag of ["--baseline", "--current"]) {
      if (a === flag && i + 1 < argv2.length) out.push(argv2[i + 1]);
      else if (a.startsWith(flag + "=")) out.push(a.slice(flag.length + 1));
    }
  }
  return out;
}
function hugePagesRelaunch(argv2, f) {
  if (f.platform !== "linux" || !f.canExec) return null;
  const tunables = f.env["GLIBC_TUNABLES"] ?? "";
  if (tunables.includes(HUGE_PAGES_TUNABLE)) return null;
  if (f.glibc === null || !glibcAtLeast(f.glibc, MIN_GLIBC)) return null;
  if (f.thp === null || thpMode(f.thp) !== "madvise") return null;
  const dirs = runDirs(argv2);
  if (!dirs || dirs.length === 0) return null;
  if (f.tableBytes(dirs, HUGE_PAGES_MIN_TABLE_BYTES) < HUGE_PAGES_MIN_TABLE_BYTES) return null;
  const env2 = {};
  for (const [k, v] of Object.entries(f.env)) if (v !== void 0) env2[k] = v;
  const added = [`${HUGE_PAGES_TUNABLE}=1`];
  if (!tunables.includes(ARENA_TUNABLE)) added.push(`${ARENA_TUNABLE}=1`);
  if (!tunables.includes(MMAP_THRESHOLD_TUNABLE)) added.push(`${MMAP_THRESHOLD_TUNABLE}=${MMAP_THRESHOLD_BYTES}`);
  env2["GLIBC_TUNABLES"] = [...tunables ? [tunables] : [], ...added].join(":");
  return env2;
}

// src/cli/early-worker.ts
var KEY = /* @__PURE__ */ Symbol.for("ml-doctor.early-parse-worker");
function workersFlag(argv2) {
  let value = "auto";
  for (let i = 0; i < argv2.length; i++) {
    const a = argv2[i];
    if (a === "--workers") value = argv2[i + 1] ?? "";
    else if (a.startsWith("--workers=")) value = a.slice("--workers=".length);
  }
  return value === "auto" || value === "on" || value === "off" ? value : null;
}
function wantsEarlyWorker(argv2, facts) {
  const dirs = runDirs(argv2);
  if (!dirs || dirs.length === 0) return false;
  const workers = workersFlag(argv2);
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
function loadFacts() {
  return { load: loadavg()[0] ?? 0, cores: availableParallelism() };
}

// src/v8-flags.ts
import { setFlagsFromString } from "node:v8";
var V8_FLAGS = ["--no-maglev-escape-analysis"];
function applyV8Flags() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}

// src/cli.ts
applyV8Flags();
var argv = process.argv.slice(2);
var env = process.platform === "linux" ? hugePagesRelaunch(argv, hostFacts()) : null;
if (env) {
  const execve = process.execve;
  try {
    execve(process.execPath, [process.execPath, ...process.execArgv, process.argv[1], ...argv], env);
  } catch {
  }
}
if (wantsEarlyWorker(argv, { tableBytes, ...loadFacts() })) startEarlyWorker(new URL("./parse-worker.js", import.meta.url));
await import("./cli-run.js");
