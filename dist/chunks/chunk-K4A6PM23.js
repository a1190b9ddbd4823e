import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/artifacts/shared.ts
var SHARED_MIN_ROWS = 65536;
function shared(n, bytes) {
  return n >= SHARED_MIN_ROWS ? new SharedArrayBuffer(n * bytes) : new ArrayBuffer(n * bytes);
}
var rowF64 = (n) => new Float64Array(shared(n, 8));
var rowI32 = (n) => new Int32Array(shared(n, 4));
var rowU32 = (n) => new Uint32Array(shared(n, 4));
var rowU8 = (n) => new Uint8Array(shared(n, 1));
function sharedZeros(rows) {
  let zeros = null;
  return () => zeros ??= rowU8(rows);
}

export {
  SHARED_MIN_ROWS,
  rowF64,
  rowI32,
  rowU32,
  rowU8,
  sharedZeros
};
