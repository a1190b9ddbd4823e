import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/errors.ts
var InputError = class extends Error {
  constructor(file, place, detail) {
    const head = oneLine(place ? `${file}:${place}: ` : `${file}: `);
    const flat = oneLine(detail);
    const room = Math.max(MIN_DETAIL, MAX_MESSAGE - head.length);
    const cut = flat.length > room ? `${Array.from(flat.slice(0, room)).slice(0, -1).join("")}\u2026` : flat;
    super(head + cut);
    this.file = file;
    this.place = place;
    this.detail = cut;
    this.name = "InputError";
  }
  file;
  place;
  /** What is wrong, on one line and short: it may quote the file (a column name, a YAML token). */
  detail;
};
function oneLine(s) {
  return s.replace(/\r\n|[\r\n\u2028\u2029]/g, " \u23CE ");
}
var MAX_MESSAGE = 300;
var MIN_DETAIL = 80;
function lineColumn(text, offset) {
  let line = 1;
  let lastBreak = -1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: end - lastBreak };
}

// src/artifacts/read-at.ts
function readFully(readAt, out, position) {
  let got = 0;
  for (let n = 1; got < out.length && n > 0; got += n) n = readAt(out, got, out.length - got, position + got);
  return got;
}

// src/artifacts/own-buffer.ts
function ownBuffer(bytes) {
  const b = bytes.buffer;
  if (b instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === b.byteLength) return b;
  return b.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

// src/artifacts/wasm.ts
import { Buffer } from "node:buffer";
var WASM = globalThis.WebAssembly;
function reserve(mem, bytes) {
  if (mem.buffer.byteLength < bytes) mem.grow(Math.ceil((bytes - mem.buffer.byteLength) / 65536));
}
function instantiate(base64) {
  if (!WASM) return null;
  try {
    return new WASM.Instance(new WASM.Module(Buffer.from(base64, "base64")), {}).exports;
  } catch {
    return null;
  }
}

export {
  InputError,
  lineColumn,
  readFully,
  reserve,
  instantiate,
  ownBuffer
};
