import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  parseTableFile,
  parseTableFrom,
  tableBuffers
} from "./chunks/chunk-UBWKPDRS.js";
import "./chunks/chunk-4NHE4WDI.js";
import {
  InputError
} from "./chunks/chunk-GLPZWZU2.js";
import "./chunks/chunk-QVIMXX4N.js";
import "./chunks/chunk-DDMSJOCD.js";

// src/artifacts/parse-worker.ts
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (port) {
  port.on("message", (m) => {
    let held = m.bytes;
    m.bytes = null;
    const take = () => {
      const b = held ?? readFileSync(m.file);
      held = null;
      return b;
    };
    (m.file !== null ? parseTableFile(m.path, m.file, take) : parseTableFrom(m.path, take)).then(
      (table) => port.postMessage({ id: m.id, table }, tableBuffers(table)),
      (e) => {
        const error = e instanceof InputError ? { input: true, place: e.place, detail: e.detail } : { input: false, place: null, detail: e instanceof Error ? e.message : String(e) };
        port.postMessage({ id: m.id, error });
      }
    );
  });
}
