#!/usr/bin/env node
import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  startEarlyWorker,
  wantsEarlyWorker
} from "./chunks/chunk-4CJQ5GRQ.js";
import {
  machineLoad
} from "./chunks/chunk-CE2VJCMJ.js";
import "./chunks/chunk-QNTFE5D6.js";
import {
  keepFreedMemory
} from "./chunks/chunk-4BJFTPP6.js";
import "./chunks/chunk-DDMSJOCD.js";

// src/cli/table-bytes.ts
import { readdirSync, statSync } from "node:fs";
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

// src/cli.ts
keepFreedMemory();
var argv = process.argv.slice(2);
if (wantsEarlyWorker(argv, { tableBytes, machine: machineLoad })) startEarlyWorker(new URL("./parse-worker.js", import.meta.url));
await import("./cli-run.js");
