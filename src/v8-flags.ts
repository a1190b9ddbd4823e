/**
 * V8 flags the review runs with (decision 0029), set before any of the program runs hot (V8 flags
 * are per process: the worker threads have them too) — by the Action's entry first thing, by the
 * command's once its program is loaded and its early parse worker has started up (decision 0053) —
 * and given to the test runner's processes (vitest.config.ts), so that the tests run the code as
 * users do.
 *
 * `--no-maglev-escape-analysis` (decision 0030, narrowing decision 0029's `--no-maglev`): Node
 * 24's V8 (13.6) gave, about once in 8-15 loaded runs of the data-runner tests, one object's double
 * fields the values of the object created right after it (a column profile's `topShare`, `min` and
 * `max`; before that, a label-noise rate), so that two computations of the same checks in one
 * process differed. Without Maglev's escape analysis, which keeps objects virtual and materializes
 * them with their doubles' boxes, it never happened in 102 stressed runs; Maglev itself stays on.
 *
 * `--semi-space-growth-factor=16` (decision 0047): when V8 grows a thread's young generation (it
 * does after collections that saw enough of it survive), it grows it to its maximum in one step
 * instead of doubling it. A large review allocates short-lived heap objects at a high rate (the heap
 * numbers of loops V8 has not optimized yet); at the default V8 left the review's thread at about
 * 4 MiB of young generation through a 1M + 1M review, for about 35 collections, and the data worker
 * ran 55-110, each with helper threads that take the core the other analysis thread needs. V8 reads
 * this flag when it grows the space, so set at run time it applies to the thread that sets it too (a
 * `--min-semi-space-size` set then would reach the worker threads only). Its cost is memory: at most
 * V8's largest young generation (64 MiB) per thread, about 80 MiB of peak RSS on that review.
 */
import { setFlagsFromString } from 'node:v8';

/** The young generation's growth at a step (V8's default 2): see above, decision 0047. */
export const YOUNG_GROWTH_FACTOR = 16;

export const V8_FLAGS: readonly string[] = ['--no-maglev-escape-analysis', `--semi-space-growth-factor=${YOUNG_GROWTH_FACTOR}`];

/**
 * The first V8 major version that knows a flag, where it is not older than any Node the program
 * runs on (engines: Node ≥ 20): Maglev's escape analysis flag came with V8 12 (Node 22's 12.4 has
 * it, Node 20's 11.3 has not, and prints "Error: unrecognized flag" for it at every run). Maglev
 * itself is not in Node 20's V8 default tiers, so the fault the flag avoids is not there either.
 */
const SINCE_V8: Readonly<Record<string, number>> = { '--no-maglev-escape-analysis': 12 };

/** The flags of V8_FLAGS that V8 `version` (process.versions.v8) knows. */
export function v8FlagsFor(version: string): string[] {
  const major = Number.parseInt(version, 10);
  return V8_FLAGS.filter((flag) => !(major < (SINCE_V8[flag] ?? 0)));
}

export function applyV8Flags(): void {
  for (const flag of v8FlagsFor(process.versions.v8)) setFlagsFromString(flag);
}

/**
 * The longest the command waits for its early parse worker's start-up before it sets the flags
 * (applyV8FlagsAfter, decision 0053): the least the flags were measured to cost that start-up when
 * set before it ends (50-100 ms on the review's 2-core runner). A longer wait could idle this
 * thread for more than it saves the other.
 */
export const STARTUP_WAIT_MS = 50;

/**
 * A cell a worker thread raises when it has started up (startedUp); the thread that started it
 * waits on it (applyV8FlagsAfter). Shared memory, so the wait needs no event loop.
 */
export function startupCell(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

/** Raises the start-up cell a worker was given as `workerData.startup`, if any (see startupCell). */
export function startedUp(workerData: unknown): void {
  const cell = (workerData as { startup?: unknown } | null | undefined)?.startup;
  if (!(cell instanceof Int32Array)) return;
  Atomics.store(cell, 0, 1);
  Atomics.notify(cell, 0);
}

/**
 * Sets the flags once the worker behind `cell` has started up, waiting for it at most `waitMs`
 * (decision 0053). V8 flags set at run time change the flag hash that V8 checks before it uses a
 * code cache, so a thread that starts up after them compiles Node's own modules from source instead
 * of from the cache built into Node: the review's parse worker took 130-210 ms to start instead of
 * 60-100. Nothing of the program runs hot before its work starts, so the flags still come first.
 */
export function applyV8FlagsAfter(cell: Int32Array | null, waitMs: number): void {
  if (cell !== null) Atomics.wait(cell, 0, 0, waitMs);
  applyV8Flags();
}
