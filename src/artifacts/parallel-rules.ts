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
 * (cores minus the 1-minute load average). On this repository's shared 2-core machine at load
 * average 7-13, parsing the two 1M-row CSVs in workers shortened the load stage by ~30 % but made
 * the whole run 1.25× slower in wall time and 1.11× in CPU (paired runs, bench/RESULTS.md): with no
 * free core, a second parse thread only adds its start-up and heap. A CI runner is a VM of its
 * own, usually idle apart from the job. Windows reports a load of 0 (always "free").
 */
export const MIN_SPARE_CORES = 1;

/** Whether parsing on another core can pay now: `cores` minus the `load` average leaves a core free. */
export function hasSpareCore(load: number, cores: number): boolean {
  return cores - load >= MIN_SPARE_CORES;
}


/** Whether a review uses other cores under `--workers` `flag` at this `load` on `cores` cores. */
export function usesWorkers(flag: 'auto' | 'on' | 'off', load: number, cores: number): boolean {
  return flag === 'on' || (flag === 'auto' && hasSpareCore(load, cores));
}
