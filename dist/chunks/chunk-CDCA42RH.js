import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/v8-flags.ts
import { setFlagsFromString } from "node:v8";
var YOUNG_GROWTH_FACTOR = 16;
var V8_FLAGS = ["--no-maglev-escape-analysis", `--semi-space-growth-factor=${YOUNG_GROWTH_FACTOR}`];
function applyV8Flags() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}

export {
  applyV8Flags
};
