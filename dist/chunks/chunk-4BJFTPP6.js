import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/memory.ts
function releaseNow(view) {
  const buffer = view.buffer;
  if (buffer instanceof ArrayBuffer && typeof buffer.transfer === "function" && buffer.byteLength > 0) buffer.transfer(0);
}
var THRESHOLD_BLOCK_BYTES = 32 * 2 ** 20 - 64 * 2 ** 10;
function keepFreedMemory() {
  releaseNow(new Uint8Array(THRESHOLD_BLOCK_BYTES));
}

export {
  releaseNow,
  keepFreedMemory
};
