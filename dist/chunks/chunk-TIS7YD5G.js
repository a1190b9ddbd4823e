import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/v8-flags.ts
import { setFlagsFromString } from "node:v8";
var V8_FLAGS = ["--no-maglev-escape-analysis"];
function applyV8Flags() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}

export {
  applyV8Flags
};
