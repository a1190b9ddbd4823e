// The whole-command benchmark (issue 11): `ml-doctor diagnose` run as a user runs it — a child
// process over `node dist/cli.js` — on a generated baseline/current pair of eval tables, as CSV
// and as Parquet (the same values), beside `bench/pandas_equivalent.py`, the pandas script a user
// would write instead, on the CSV files. Prints wall time, peak RSS and per-stage times of the CLI
// per format, the pandas script's wall time and the ratio. The data is generated into a temporary
// directory (deterministic, never committed).
//
// Flags: --rows N (default 1000000; a CI-sized run is --rows 100000), --format csv|parquet|both
// (default both), --repeat K (median of K runs of each, default 1), --python PATH (default
// /usr/bin/python3, else python3 on PATH), --no-pandas (also skipped, with a note, when python has
// no pandas), --keep (leave the data directory), --workers auto|on|off (passed to the CLI; default
// auto, as a user runs it: other cores only when other processes leave one free, src/machine-load.ts;
// on a shared machine `on` shows what an idle runner does). `npm run bench` builds dist/ first: this
// times dist/cli.js.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { machineLoad } from '../src/machine-load.js';
import { STAGES, type StageName } from '../src/timing.js';
import { writePair, type TableFormat } from './generate.js';

export interface CliRun {
  readonly wallMs: number;
  readonly rssKiB: number;
  /** CPU time of the CLI process, all its threads (getrusage), in ms. */
  readonly userMs: number;
  readonly sysMs: number;
  readonly stages: Partial<Record<StageName, number>>;
  readonly exitCode: number;
}

/** The value after `name` in argv, or null (the bench scripts' flags). */
export function flag(argv: readonly string[], name: string): string | null {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? null) : null;
}

/** Runs the built CLI (`cli`, default dist/cli.js) on a generated pair and reads its wall time, peak RSS and stage timings. */
export function runCli(dir: string, workers: 'auto' | 'on' | 'off' = 'auto', cli = 'dist/cli.js'): CliRun {
  const rssFile = join(dir, 'rss.txt');
  const args = ['--import', new URL('./rss-probe.mjs', import.meta.url).pathname, cli, 'diagnose'];
  args.push('--baseline', join(dir, 'base'), '--current', join(dir, 'current'), '--out', join(dir, 'report'), '--format', 'json', '--timings', '--workers', workers);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, MLD_RSS_FILE: rssFile }, maxBuffer: 1 << 28 });
  const wallMs = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`ml-doctor exited ${String(r.status)}: ${r.stderr}`);
  const stages: Partial<Record<StageName, number>> = {};
  const total = /^ml-doctor timings: (.*), total/m.exec(r.stderr);
  for (const part of total ? total[1]!.split(', ') : []) {
    const [name, secs] = part.split(' ');
    if ((STAGES as readonly string[]).includes(name!)) stages[name as StageName] = Number(secs) * 1000;
  }
  const [rssKiB, userUs, sysUs] = readFileSync(rssFile, 'utf8').trim().split(' ').map(Number);
  return { wallMs, rssKiB: rssKiB!, userMs: userUs! / 1000, sysMs: sysUs! / 1000, stages, exitCode: r.status };
}

/** Why the pandas script cannot run here (no python, no pandas/sklearn), or null when it can. */
export function pandasMissing(python: string): string | null {
  const r = spawnSync(python, ['-c', 'import pandas, sklearn'], { encoding: 'utf8' });
  if (r.error) return `${python} not found`;
  return r.status === 0 ? null : `${python} has no pandas/scikit-learn`;
}

/** Runs the pandas script on the same files; wall time of the whole process, imports included. */
export function runPandas(python: string, dir: string): number {
  const t0 = performance.now();
  const r = spawnSync(python, [new URL('./pandas_equivalent.py', import.meta.url).pathname, join(dir, 'base/eval/predictions.csv'), join(dir, 'current/eval/predictions.csv')], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`pandas script failed: ${r.stderr}`);
  return ms;
}

/** fsync(2) of one file: its data is on disk when this returns. */
function flushFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
export const secs = (ms: number): string => (ms / 1000).toFixed(2);

const FORMATS = { csv: ['csv'], parquet: ['parquet'], both: ['csv', 'parquet'] } as const satisfies Record<string, readonly TableFormat[]>;

export function main(argv: readonly string[]): void {
  const rows = Number(flag(argv, '--rows') ?? 1_000_000);
  const repeat = Number(flag(argv, '--repeat') ?? 1);
  const formatFlag = flag(argv, '--format') ?? 'both';
  const workers = flag(argv, '--workers') ?? 'auto';
  if (workers !== 'auto' && workers !== 'on' && workers !== 'off') throw new Error(`--workers: expected auto, on or off, got ${workers}`);
  const python = flag(argv, '--python') ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
  if (!Number.isInteger(rows) || rows < 100) throw new Error(`--rows: expected an integer >= 100, got ${String(flag(argv, '--rows'))}`);
  if (!(formatFlag in FORMATS)) throw new Error(`--format: expected one of csv, parquet, both, got ${formatFlag}`);
  const formats: readonly TableFormat[] = FORMATS[formatFlag as keyof typeof FORMATS];
  if (!existsSync('dist/cli.js')) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const root = mkdtempSync(join(tmpdir(), 'mld-bench-'));
  try {
    // The pandas script reads CSV (pandas reads Parquet only with pyarrow or fastparquet installed):
    // it is the yardstick for both formats, timed on the CSV pair.
    const skip = argv.includes('--no-pandas') ? 'skipped (--no-pandas)' : pandasMissing(python);
    const needCsv = formats.includes('csv') || !skip;
    const gen = new Map<TableFormat, number>();
    for (const f of needCsv ? (['csv', ...formats.filter((x) => x !== 'csv')] as TableFormat[]) : formats) {
      const pair = writePair(join(root, f), rows, f);
      gen.set(f, pair.bytes);
      // On disk before any run is timed: the kernel writes dirty pages back about 30 s after they
      // were written, and flushing the generated pairs (~440 MB at 10^6 rows) took a core from
      // whichever runs it met (the first CSV runs, as a rule).
      for (const run of [pair.base, pair.current]) flushFile(join(run, 'eval', `predictions.${f}`));
    }
    const sizes = [...gen].map(([f, b]) => `${f} ${(b / 1e6).toFixed(0)} MB`).join(', ');
    console.log(`whole diagnose: ${rows} + ${rows} rows, 24 columns (${sizes} each), node ${process.version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, --workers ${workers}, load average ${loadavg()[0]!.toFixed(1)}, others' load now ${machineLoad().load}, ${new Date().toISOString().slice(0, 16)}Z`);
    const cli = new Map<TableFormat, CliRun[]>(formats.map((f) => [f, []]));
    const pandas: number[] = [];
    for (let k = 0; k < repeat; k++) {
      for (const f of formats) cli.get(f)!.push(runCli(join(root, f), workers));
      if (!skip) pandas.push(runPandas(python, join(root, 'csv')));
    }
    const p = pandas.length > 0 ? median(pandas) : null;
    const rowsOut: string[] = [];
    for (const f of formats) {
      const runs = cli.get(f)!;
      const wall = median(runs.map((r) => r.wallMs));
      const rss = median(runs.map((r) => r.rssKiB));
      const stage = (s: StageName): string => secs(median(runs.map((r) => r.stages[s] ?? 0)));
      // Each run's wall too, in run order: the first run of a format follows the data generation (or
      // the other format's run) and the rest follow the pandas script, so its memory is the coldest
      // (bench/RESULTS.md, twelfth part); the median hides how far apart they were.
      const each = repeat > 1 ? `; runs ${runs.map((r) => secs(r.wallMs)).join(', ')} s` : '';
      console.log(`ml-doctor (${f}): wall ${secs(wall)} s, peak RSS ${(rss / 1024).toFixed(0)} MiB (median of ${repeat}${each})`);
      console.log(`  stages (s): ${STAGES.map((s) => `${s} ${stage(s)}`).join(' | ')}`);
      // User and system CPU per run: a system time far above the warm one (about 0.25 s at 10^6
      // rows here) is memory the host had taken back, faulted in again (bench/RESULTS.md, twenty-third part).
      console.log(`  cpu (s): user ${runs.map((r) => secs(r.userMs)).join(', ')}; system ${runs.map((r) => secs(r.sysMs)).join(', ')}`);
      rowsOut.push(`| ${rows} | ${f} | ${secs(wall)} | ${(rss / 1024).toFixed(0)} | ${STAGES.map(stage).join(' | ')} | ${p !== null ? secs(p) : '-'} | ${p !== null ? (wall / p).toFixed(2) : '-'} |`);
    }
    if (p !== null) console.log(`pandas script (csv): wall ${secs(p)} s`);
    else console.log(`pandas script: ${skip ?? 'skipped'}`);
    console.log(`| rows per run | format | wall s | peak RSS MiB | ${STAGES.join(' s | ')} s | pandas s | ml-doctor / pandas |`);
    console.log(`|${' ---: |'.repeat(STAGES.length + 6)}`);
    for (const r of rowsOut) console.log(r);
  } finally {
    if (!argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
    else console.log(`data kept in ${root}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
