/**
 * A large review restarts itself, once, with glibc's malloc asked for transparent huge pages
 * (decision 0022). Most of a 1M + 1M review's memory is fresh: about 1 GiB of columns and per-row
 * arrays touched once. On a VM, each first touch of a 4 KiB page costs a page fault of 8-11 µs
 * (measured here: a fresh 4 MB typed array costs 11.5 ms to fill, a reused one 0.45 ms), about
 * 320,000 faults and 2.5-3 s of CPU per review. glibc (2.35 on) madvises its mappings for huge
 * pages under `GLIBC_TUNABLES=glibc.malloc.hugetlb=1`, which the kernel honours when transparent
 * huge pages are in `madvise` mode (the default of Ubuntu runners). The tunable is read at process
 * start only, hence the restart: `process.execve` replaces this process (same pid, streams and
 * exit code; nothing of this one stays resident). The restart also asks for one malloc arena for
 * all threads and for arrays up to 32 MiB from the heap (ARENA_TUNABLE, MMAP_THRESHOLD_TUNABLE,
 * decision 0026), so that the worker threads' memory and freshly allocated arrays get huge pages too.
 *
 * The decision is pure (hugePagesRelaunch); the CLI entry (src/cli.ts) gathers the facts and
 * restarts before loading anything else.
 */

/** The tunable glibc reads at start. */
export const HUGE_PAGES_TUNABLE = 'glibc.malloc.hugetlb';

/**
 * One malloc arena for every thread (decision 0026). A worker thread's allocations otherwise come
 * from an arena of its own, a 64 MB mapping that glibc opens up page by page as it grows: the
 * kernel cannot back such a range with huge pages at the fault, so the data worker's per-row
 * arrays were faulted in 4 KiB at a time (65 MB of one arena without a huge page, on the 1M pair).
 * The review's threads allocate large arrays, a few hundred times in all: the shared arena's
 * lock is not contended.
 */
export const ARENA_TUNABLE = 'glibc.malloc.arena_max';

/**
 * Allocations up to 32 MiB (glibc's largest threshold) from the heap, not from a mapping of their
 * own (decision 0026). glibc maps a block above its threshold (dynamic, 128 KiB at first) afresh
 * and unmaps it when freed: a mapping of an arbitrary size is not aligned to 2 MB, so only about
 * 80 % of an 8 MB array got huge pages (840 faults for two of them), and every array allocated
 * after a free faulted again. The heap, which glibc grows in huge-page-aligned steps, keeps freed
 * memory for the next array: two fresh 8 MB arrays then cost 8-18 faults.
 */
export const MMAP_THRESHOLD_TUNABLE = 'glibc.malloc.mmap_threshold';
export const MMAP_THRESHOLD_BYTES = 32 * 2 ** 20;

/**
 * Table bytes (eval and reference tables of both runs) from which the restart pays. It costs one
 * more Node start, about 70 ms here. A review's memory is about 3× its CSV bytes, and huge pages
 * saved about 60 % of the faults at ~9 µs each: the restart breaks even near 18 MB of tables.
 * Twice that, so that it clearly pays; smaller reviews never restart.
 */
export const HUGE_PAGES_MIN_TABLE_BYTES = 32 * 2 ** 20;

/** glibc's first version with the hugetlb tunable. */
const MIN_GLIBC: readonly [number, number] = [2, 35];

export interface HugePagesFacts {
  readonly platform: string;
  /** process.execve exists (Node 23.11 on). */
  readonly canExec: boolean;
  /** The C library's glibc version (e.g. "2.36"), or null (musl, macOS, Windows). */
  readonly glibc: string | null;
  /** /sys/kernel/mm/transparent_hugepage/enabled, or null when it cannot be read. */
  readonly thp: string | null;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Bytes of table files under the run directories named on the command line, counted up to `limit`. */
  readonly tableBytes: (dirs: readonly string[], limit: number) => number;
}

function glibcAtLeast(v: string, min: readonly [number, number]): boolean {
  const m = /^(\d+)\.(\d+)/.exec(v);
  if (!m) return false;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  return major > min[0] || (major === min[0] && minor >= min[1]);
}

/** The selected mode of the kernel's THP setting: `always [madvise] never` → `madvise`. */
function thpMode(text: string): string | null {
  return /\[(\w+)\]/.exec(text)?.[1] ?? null;
}

/** The run directories of a `diagnose` command line (`--flag value` or `--flag=value`), or null for any other command. */
export function runDirs(argv: readonly string[]): string[] | null {
  if (argv[0] !== 'diagnose') return null;
  const out: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    for (const flag of ['--baseline', '--current']) {
      if (a === flag && i + 1 < argv.length) out.push(argv[i + 1]!);
      else if (a.startsWith(flag + '=')) out.push(a.slice(flag.length + 1));
    }
  }
  return out;
}

/**
 * The environment to restart with, or null to run here: a `diagnose` of at least
 * HUGE_PAGES_MIN_TABLE_BYTES of tables, on Linux with glibc 2.35+, THP in `madvise` mode (under
 * `always` every mapping gets huge pages already, under `never` none can), a Node that can exec,
 * and the tunable not set already (by the user, who may set it to 0 to opt out, or by the restart
 * itself: there is never a second one).
 */
export function hugePagesRelaunch(argv: readonly string[], f: HugePagesFacts): Record<string, string> | null {
  if (f.platform !== 'linux' || !f.canExec) return null;
  const tunables = f.env['GLIBC_TUNABLES'] ?? '';
  if (tunables.includes(HUGE_PAGES_TUNABLE)) return null;
  if (f.glibc === null || !glibcAtLeast(f.glibc, MIN_GLIBC)) return null;
  if (f.thp === null || thpMode(f.thp) !== 'madvise') return null;
  const dirs = runDirs(argv);
  if (!dirs || dirs.length === 0) return null;
  if (f.tableBytes(dirs, HUGE_PAGES_MIN_TABLE_BYTES) < HUGE_PAGES_MIN_TABLE_BYTES) return null;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(f.env)) if (v !== undefined) env[k] = v;
  // A user's own tunables come first and are kept, their arena_max and mmap_threshold included.
  const added = [`${HUGE_PAGES_TUNABLE}=1`];
  if (!tunables.includes(ARENA_TUNABLE)) added.push(`${ARENA_TUNABLE}=1`);
  if (!tunables.includes(MMAP_THRESHOLD_TUNABLE)) added.push(`${MMAP_THRESHOLD_TUNABLE}=${MMAP_THRESHOLD_BYTES}`);
  env['GLIBC_TUNABLES'] = [...(tunables ? [tunables] : []), ...added].join(':');
  return env;
}
