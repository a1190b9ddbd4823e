#!/usr/bin/env node
import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  hugePagesRelaunch,
  loadFacts,
  startEarlyWorker,
  wantsEarlyWorker
} from "./chunks/chunk-MZZGW6VA.js";
import {
  applyV8Flags
} from "./chunks/chunk-TIS7YD5G.js";
import "./chunks/chunk-HA6IRED4.js";
import "./chunks/chunk-DDMSJOCD.js";

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
