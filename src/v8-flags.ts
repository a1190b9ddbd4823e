/**
 * V8 flags the review runs with (decision 0029), set by the command's and the Action's entries
 * before any of the program runs hot (V8 flags are per process: the worker threads have them too),
 * and given to the test runner's processes (vitest.config.ts), so that the tests run the code as
 * users do.
 *
 * `--no-maglev-escape-analysis` (decision 0030, narrowing decision 0029's `--no-maglev`): Node
 * 24's V8 (13.6) gave, about once in 8-15 loaded runs of the data-runner tests, one object's double
 * fields the values of the object created right after it (a column profile's `topShare`, `min` and
 * `max`; before that, a label-noise rate), so that two computations of the same checks in one
 * process differed. Without Maglev's escape analysis, which keeps objects virtual and materializes
 * them with their doubles' boxes, it never happened in 102 stressed runs; Maglev itself stays on.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS: readonly string[] = ['--no-maglev-escape-analysis'];

export function applyV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
