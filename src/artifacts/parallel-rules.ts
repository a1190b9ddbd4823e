/**
 * When parsing on other cores pays (parse-pool.ts), in a module of its own without the parsers:
 * the CLI's small entry (cli.ts) reads these rules to start a parse worker before the program
 * loads (cli/early-worker.ts).
 */

/**
 * Files smaller than this are parsed in this thread. Starting a worker that loads the bundle and
 * answering one message took 100-280 ms here (2 cores, load average 13), and the
 * CSV reader parses about 40 MB/s (a 152 MB file in ~3.5 s). Two files of S bytes take 2·S/rate
 * in turn and start + S/rate side by side: a worker pays from ~6 MB on; at 16 MiB (≈ 110k rows ×
 * 24 columns) it saves about 0.4 s against a start of 0.1-0.3 s.
 */
export const PARALLEL_MIN_BYTES = 16 * 2 ** 20;

/**
 * Workers are used only when the runner has at least this many cores' worth of idle capacity
 * (cores minus the load of other processes, machine-load.ts). On this repository's shared 2-core
 * machine at load average 7-13, parsing the two 1M-row CSVs in workers shortened the load stage by
 * ~30 % but made the whole run 1.25× slower in wall time and 1.11× in CPU (paired runs,
 * bench/RESULTS.md): with no free core, a second parse thread only adds its start-up and heap. A CI
 * runner is a VM of its own, usually idle apart from the job. Windows reports a load of 0 (always
 * "free").
 */
export const MIN_SPARE_CORES = 1;

/**
 * The number of runnable tasks in Linux's /proc/loadavg ("0.61 0.80 0.43 3/90 4154": the 3), the
 * tasks on a CPU or waiting for one at this instant, the reader included; null when `text` does not
 * read so.
 */
export function runnableNow(text: string): number | null {
  const m = /^\S+ \S+ \S+ (\d+)\/\d+ /.exec(text);
  return m ? Number(m[1]) : null;
}

/** Whether a Linux /proc/<pid>/task/<tid>/stat line shows its thread running or runnable (state R). */
export function taskRunnable(stat: string): boolean {
  // "tid (comm) S ...": comm may hold spaces and parentheses; the state follows the last ')'.
  const end = stat.lastIndexOf(')');
  return end >= 0 && stat.charAt(end + 2) === 'R';
}

/**
 * The load of other processes, in cores: where the system tells (Linux: `loadavgText` is
 * /proc/loadavg, `ownTasks` the stat lines of this process's threads), the tasks runnable at this
 * instant outside this process; else the 1-minute load average `load1`. The average trails the
 * machine by about a minute: in the common CI job that trains or scores a model and then runs the
 * review, it still counts the finished job (1.1-1.6 on an idle 2-core runner, measured here after
 * the benchmark's data generation), and `auto` then kept a review of 10^6 + 10^6 rows on one core
 * (6.0 s against 4.4 s). A count at one instant sees what runs now; a steady load is runnable
 * whenever it is looked at.
 */
export function otherLoad(load1: number, loadavgText: string | null, ownTasks: readonly string[] | null): number {
  const all = loadavgText === null ? null : runnableNow(loadavgText);
  if (all === null || ownTasks === null) return load1;
  return Math.max(0, all - ownTasks.filter(taskRunnable).length);
}

/** Whether parsing on another core can pay now: `cores` minus the others' `load` (otherLoad) leaves a core free. */
export function hasSpareCore(load: number, cores: number): boolean {
  return cores - load >= MIN_SPARE_CORES;
}


/** Whether a review uses other cores under `--workers` `flag` at this `load` on `cores` cores. */
export function usesWorkers(flag: 'auto' | 'on' | 'off', load: number, cores: number): boolean {
  return flag === 'on' || (flag === 'auto' && hasSpareCore(load, cores));
}
