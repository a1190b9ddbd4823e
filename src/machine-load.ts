/**
 * How busy the machine is with other work, for the rule on worker threads (MIN_SPARE_CORES and
 * otherLoad in artifacts/parallel-rules.ts): the only I/O of that rule. On Linux it reads
 * /proc/loadavg and the states of this process's threads; elsewhere otherLoad falls back to the
 * 1-minute load average.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { otherLoad } from './artifacts/parallel-rules.js';

/** Readings taken for one answer; the lowest wins, so that a task runnable for an instant does not count as load. */
const READINGS = 3;

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
  let load = Infinity;
  for (let i = 0; i < READINGS; i++) load = Math.min(load, otherLoad(load1, read('/proc/loadavg'), ownTasks()));
  return { load, cores: availableParallelism() };
}
