import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/memory.ts
function releaseNow(view) {
  const buffer = view.buffer;
  if (buffer instanceof ArrayBuffer && typeof buffer.transfer === "function" && buffer.byteLength > 0) buffer.transfer(0);
}

export {
  releaseNow
};
