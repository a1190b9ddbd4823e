import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  parseTableFile,
  parseTableFrom,
  tableBuffers
} from "./chunks/chunk-ARMWRKK4.js";
import {
  startedUp
} from "./chunks/chunk-QNTFE5D6.js";
import {
  InputError
} from "./chunks/chunk-62MQGLQZ.js";
import "./chunks/chunk-QVIMXX4N.js";
import "./chunks/chunk-DDMSJOCD.js";

// src/artifacts/parse-worker.ts
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
startedUp(workerData);
var port = parentPort;
if (port) {
  const onJob = (m) => {
    let held = m.bytes;
    m.bytes = null;
    const take = () => {
      const b = held ?? readFileSync(m.file);
      held = null;
      return b;
    };
    const reply = (r, transfer = []) => {
      port.postMessage(r, transfer);
      if (m.then === null) return;
      port.off("message", onJob);
      import(m.then).catch(() => process.exit(1));
    };
    (m.file !== null ? parseTableFile(m.path, m.file, take) : parseTableFrom(m.path, take)).then(
      (table) => reply({ id: m.id, table }, tableBuffers(table)),
      (e) => {
        const error = e instanceof InputError ? { input: true, place: e.place, detail: e.detail } : { input: false, place: null, detail: e instanceof Error ? e.message : String(e) };
        reply({ id: m.id, error });
      }
    );
  };
  port.on("message", onJob);
}
