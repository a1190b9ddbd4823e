import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/v8-flags.ts
import { setFlagsFromString } from "node:v8";
var YOUNG_GROWTH_FACTOR = 16;
var V8_FLAGS = ["--no-maglev-escape-analysis", `--semi-space-growth-factor=${YOUNG_GROWTH_FACTOR}`];
var SINCE_V8 = { "--no-maglev-escape-analysis": 12 };
function v8FlagsFor(version) {
  const major = Number.parseInt(version, 10);
  return V8_FLAGS.filter((flag) => !(major < (SINCE_V8[flag] ?? 0)));
}
function applyV8Flags() {
  for (const flag of v8FlagsFor(process.versions.v8)) setFlagsFromString(flag);
}

export {
  applyV8Flags
};
