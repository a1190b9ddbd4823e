/**
 * A parse worker started by the command's small entry (cli.ts) before the program is loaded, so
 * that its start-up (a thread, Node's bootstrap, the worker bundle) runs on the second core while
 * this thread loads and compiles the program, instead of after it (issue 11). The program
 * (cli/main.ts) adopts it into its parse pool, or stops it when it parses in this thread only.
 *
 * The worker is handed over on a global under a registered symbol, not through this module's state:
 * the entry and the program are separate bundles (dist/cli.js, dist/cli-run.js), which need not
 * share one instance of it (today they share the chunk that holds it).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PARALLEL_MIN_BYTES, usesWorkers } from '../artifacts/parallel-rules.js';
import { startupCell } from '../v8-flags.js';

const KEY = Symbol.for('ml-doctor.early-parse-worker');
const STARTUP_KEY = Symbol.for('ml-doctor.early-parse-worker.startup');

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

/** The `--workers` value of a command line (`auto` when absent); null for a value the program will refuse. */
function workersFlag(argv: readonly string[]): 'auto' | 'on' | 'off' | null {
  let value = 'auto';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--workers') value = argv[i + 1] ?? '';
    else if (a.startsWith('--workers=')) value = a.slice('--workers='.length);
  }
  return value === 'auto' || value === 'on' || value === 'off' ? value : null;
}

/**
 * Whether the program will want a parse worker for this command line, by the rules it applies
 * itself (parse-pool.ts, cli/main.ts): a `diagnose` whose run directories hold at least
 * PARALLEL_MIN_BYTES of tables, with `--workers on`, or `auto` and a core to spare.
 */
export function wantsEarlyWorker(
  argv: readonly string[],
  facts: { readonly tableBytes: (dirs: readonly string[], limit: number) => number; readonly machine: () => { readonly load: number; readonly cores: number } },
): boolean {
  const dirs = runDirs(argv);
  if (!dirs || dirs.length === 0) return false;
  const workers = workersFlag(argv);
  if (workers === null || workers === 'off') return false;
  if (facts.tableBytes(dirs, PARALLEL_MIN_BYTES) < PARALLEL_MIN_BYTES) return false;
  // The machine's load last: on a busy machine its readings wait between them (machine-load.ts).
  if (workers === 'on') return true;
  const { load, cores } = facts.machine();
  return usesWorkers(workers, load, cores);
}

/**
 * Starts the parse worker at `url` and leaves it for the program. It holds no reference on the
 * process (a program that never adopts it exits as if it did not exist), and a worker that fails
 * to start is not handed over: the program then starts its own or parses here.
 */
export function startEarlyWorker(url: URL): void {
  // Run from the sources there is no bundled worker beside the entry.
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return;
  let worker: Worker;
  // The worker raises `startup` once it has started up (parse-worker.ts): the program sets V8's
  // flags after that (earlyWorkerStartup, v8-flags.ts).
  const startup = startupCell();
  try {
    worker = new Worker(url, { workerData: { startup } });
  } catch {
    return;
  }
  worker.unref();
  // A worker that fails to start emits 'error'; unheard, that would end the process.
  worker.on('error', () => undefined);
  (globalThis as Record<symbol, unknown>)[KEY] = worker;
  (globalThis as Record<symbol, unknown>)[STARTUP_KEY] = startup;
}

/**
 * The start-up cell of the worker cli.ts started (v8-flags.ts), while that worker runs; null when
 * there is none, it stopped, or the program took it already (it is then past its start-up).
 */
export function earlyWorkerStartup(): Int32Array | null {
  const g = globalThis as Record<symbol, unknown>;
  const worker = g[KEY] as Worker | undefined;
  if (!worker || worker.threadId === -1) return null;
  return (g[STARTUP_KEY] as Int32Array | undefined) ?? null;
}

/** The worker cli.ts started, once (null when there is none or it stopped); the caller owns it from here. */
export function takeEarlyWorker(): Worker | null {
  const g = globalThis as Record<symbol, unknown>;
  const worker = g[KEY] as Worker | undefined;
  delete g[KEY];
  delete g[STARTUP_KEY];
  // threadId is -1 once the thread has stopped.
  if (!worker || worker.threadId === -1) return null;
  worker.ref();
  return worker;
}
