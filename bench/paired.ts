// Paired rounds of the whole command (issue 11): two or more builds of ml-doctor — directories that
// hold a built `cli.js`, such as a copy of dist/ made before a change and dist/ after it — run one
// after another on the same generated pair, in turns whose order alternates (A B, then B A, ...), so
// that a host whose speed drifts over minutes (bench/RESULTS.md) weighs on every build alike. Per
// build: median wall time, CPU (user + system, all threads) and peak RSS; against the first build:
// the median and mean of the per-round ratios, the rounds where it was faster, and two paired tests
// on the rounds' log ratios (the sign test and Wilcoxon's signed-rank test, as scipy computes them).
// A change is judged on these, not on two `npm run bench` tables taken minutes apart.
//
// Usage: node --import tsx bench/paired.ts [flags] BUILD_A BUILD_B [BUILD_C ...]
// Flags: --rows N (default 1000000), --rounds R (default 12), --format csv|parquet (default csv),
// --workers auto|on|off (passed to the CLI; default on: the builds are compared, not the machine's
// load), --data DIR (a pair written before: DIR/base and DIR/current, e.g. the csv directory that
// `npm run bench -- --keep` leaves), --keep (leave the generated pair).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { binomTestTwoSided } from '../src/analysis/stats/exact-tests.js';
import { wilcoxonSignedRank } from '../src/analysis/stats/rank-tests.js';
import { median } from '../src/analysis/training/series.js';
import { writePair, type TableFormat } from './generate.js';
import { flag, runCli, secs, type CliRun } from './whole.js';

export interface PairedSummary {
  readonly rounds: number;
  /** Median and mean of b/a per round. */
  readonly medianRatio: number;
  readonly meanRatio: number;
  /** Rounds where b took less than a. */
  readonly faster: number;
  /** Two-sided sign test of the rounds faster against the rounds slower (ties left out). */
  readonly signP: number;
  /** Two-sided Wilcoxon signed-rank test of log(b/a); null when every ratio is 1. */
  readonly wilcoxonP: number | null;
}

/** The paired comparison of b's measurements against a's, round by round (same length, all > 0). */
export function pairedSummary(a: readonly number[], b: readonly number[]): PairedSummary {
  if (a.length !== b.length || a.length === 0) throw new Error(`paired rounds: ${a.length} against ${b.length} measurements`);
  const ratios = a.map((x, i) => b[i]! / x);
  const faster = ratios.filter((r) => r < 1).length;
  const slower = ratios.filter((r) => r > 1).length;
  return {
    rounds: a.length,
    medianRatio: median(ratios),
    meanRatio: ratios.reduce((s, r) => s + r, 0) / ratios.length,
    faster,
    signP: binomTestTwoSided(faster, faster + slower),
    wilcoxonP: wilcoxonSignedRank(ratios.map(Math.log))?.pValue ?? null,
  };
}

/** The arguments that are not flags or flag values: the build directories. */
function builds(argv: readonly string[]): string[] {
  const valued = new Set(['--rows', '--rounds', '--format', '--workers', '--data']);
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (valued.has(argv[i]!)) i++;
    else if (!argv[i]!.startsWith('--')) out.push(argv[i]!);
  }
  return out;
}

const cpuOf = (r: CliRun): number => r.userMs + r.sysMs;

function line(name: string, s: PairedSummary): string {
  const p = (x: number | null) => (x === null ? '-' : x < 0.001 ? x.toExponential(1) : x.toFixed(3));
  return `${name}: ×${s.medianRatio.toFixed(3)} median, ×${s.meanRatio.toFixed(3)} mean, faster in ${s.faster} of ${s.rounds} (sign test p ${p(s.signP)}, signed-rank p ${p(s.wilcoxonP)})`;
}

export function main(argv: readonly string[]): void {
  const rows = Number(flag(argv, '--rows') ?? 1_000_000);
  const rounds = Number(flag(argv, '--rounds') ?? 12);
  const format = (flag(argv, '--format') ?? 'csv') as TableFormat;
  const workers = flag(argv, '--workers') ?? 'on';
  const data = flag(argv, '--data');
  const dirs = builds(argv).map((d) => resolve(d));
  if (dirs.length < 2) throw new Error('give at least two build directories (each with a cli.js)');
  for (const d of dirs) if (!existsSync(join(d, 'cli.js'))) throw new Error(`${d}: no cli.js (a build directory such as dist/)`);
  if (!Number.isInteger(rows) || rows < 100) throw new Error(`--rows: expected an integer >= 100, got ${String(flag(argv, '--rows'))}`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: expected a positive integer, got ${String(flag(argv, '--rounds'))}`);
  if (format !== 'csv' && format !== 'parquet') throw new Error(`--format: expected csv or parquet, got ${String(flag(argv, '--format'))}`);
  if (workers !== 'auto' && workers !== 'on' && workers !== 'off') throw new Error(`--workers: expected auto, on or off, got ${String(flag(argv, '--workers'))}`);
  const root = data ? null : mkdtempSync(join(tmpdir(), 'mld-paired-'));
  const dir = data ?? join(root!, format);
  try {
    if (!data) writePair(dir, rows, format);
    console.log(`paired rounds: ${rounds} of ${dirs.length} builds on ${data ?? `${rows} + ${rows} rows (${format})`}, --workers ${workers}, ${new Date().toISOString().slice(0, 16)}Z`);
    const runs = dirs.map((): CliRun[] => []);
    for (let r = 0; r < rounds; r++) {
      const order = dirs.map((_, i) => i);
      if (r % 2 === 1) order.reverse();
      for (const i of order) runs[i]!.push(runCli(dir, workers, join(dirs[i]!, 'cli.js')));
    }
    dirs.forEach((d, i) => {
      const rs = runs[i]!;
      console.log(`${d}: wall ${secs(median(rs.map((x) => x.wallMs)))} s, cpu ${secs(median(rs.map(cpuOf)))} s, peak RSS ${(median(rs.map((x) => x.rssKiB)) / 1024).toFixed(0)} MiB (medians)`);
    });
    for (let i = 1; i < dirs.length; i++) {
      console.log(`${dirs[i]} against ${dirs[0]}:`);
      console.log(`  ${line('wall', pairedSummary(runs[0]!.map((x) => x.wallMs), runs[i]!.map((x) => x.wallMs)))}`);
      console.log(`  ${line('cpu', pairedSummary(runs[0]!.map(cpuOf), runs[i]!.map(cpuOf)))}`);
    }
  } finally {
    if (root && !argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
    else if (root) console.log(`data kept in ${dir}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(`bench/paired.ts: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
}
