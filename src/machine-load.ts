/**
 * How busy the machine is with other work, for the rule on worker threads (MIN_SPARE_CORES and
 * otherLoad in artifacts/parallel-rules.ts): the only I/O of that rule. On Linux it reads
 * /proc/loadavg and the states of this process's threads; elsewhere otherLoad falls back to the
 * 1-minute load average.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { otherLoad, runnableNow } from './artifacts/parallel-rules.js';

/**
 * Readings taken for one answer, READING_GAP_MS apart; the lowest wins, so that a task runnable
 * for an instant does not count as load. Three readings at once saw a task runnable in all three
 * in 2 of 100 fresh processes on this repository's idle 2-core machine, and one of eleven
 * back-to-back reviews of the 10^6 + 10^6 bench pair then ran on one core (7.4 s against 4.5 s);
 * 10 ms apart, none of 100 did (2026-12-07). A steady load is runnable at every reading, wherever
 * they fall.
 */
const READINGS = 3;

/**
 * Milliseconds between readings: longer than a kernel worker's or an exiting process's burst,
 * short beside the second a large review's parallel load saves. Waited only while the readings
 * so far saw load (an idle machine answers at the first) and only where the count is read at an
 * instant (Linux): the 1-minute average of other systems does not change between readings.
 */
const READING_GAP_MS = 10;

/** Blocks this thread for `ms` milliseconds (the rule is read before anything else runs). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** One reading: the load, and whether it is of this instant (else an average, the same a moment later). */
export interface LoadReading {
  readonly load: number;
  readonly instant: boolean;
}

/**
 * The lowest of up to `readings` loads from `reading`, `gapMs` apart: it stops at a load of zero
 * (nothing lower) and after a reading that is not of an instant.
 */
export function lowestLoad(reading: () => LoadReading, readings = READINGS, gapMs = READING_GAP_MS, wait: (ms: number) => void = sleep): number {
  const first = reading();
  let load = first.load;
  for (let i = 1; i < readings && load > 0 && first.instant; i++) {
    wait(gapMs);
    load = Math.min(load, reading().load);
  }
  return load;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The stat lines of this process's threads (a thread that ended between listing and reading is left out), or null off Linux. */
function ownTasks(): string[] | null {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  const out: string[] = [];
  for (const tid of tids) {
    const stat = read(`/proc/self/task/${tid}/stat`);
    if (stat !== null) out.push(stat);
  }
  return out;
}

/** The load of other processes now (otherLoad, the lowest of READINGS readings) and this machine's cores. */
export function machineLoad(): { load: number; cores: number } {
  const load1 = loadavg()[0] ?? 0;
  const load = lowestLoad(() => {
    const text = read('/proc/loadavg');
    const tasks = ownTasks();
    // otherLoad counts this instant where both tell (Linux), else gives the 1-minute average.
    return { load: otherLoad(load1, text, tasks), instant: text !== null && tasks !== null && runnableNow(text) !== null };
  });
  return { load, cores: availableParallelism() };
}
