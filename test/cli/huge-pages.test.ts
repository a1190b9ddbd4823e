// Decision 0022: a large `diagnose` restarts once with glibc's malloc on transparent huge pages.
// The decision is pure; these pin every condition, the environment it restarts with, and the
// table-byte count it reads from the run directories.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePair } from '../../bench/generate.js';
import { hostFacts, tableBytes } from '../../src/cli/host-facts.js';
import { HUGE_PAGES_MIN_TABLE_BYTES, hugePagesRelaunch, runDirs, type HugePagesFacts } from '../../src/cli/huge-pages.js';

const big = HUGE_PAGES_MIN_TABLE_BYTES;
const facts = (over: Partial<HugePagesFacts> = {}): HugePagesFacts => ({
  platform: 'linux',
  canExec: true,
  glibc: '2.36',
  thp: 'always [madvise] never\n',
  env: { PATH: '/usr/bin', HOME: '/root' },
  tableBytes: () => big,
  ...over,
});
const argv = ['diagnose', '--baseline', 'b', '--current', 'c'];
/** The tunables a restart adds to an environment without any. */
const ALL = 'glibc.malloc.hugetlb=1:glibc.malloc.arena_max=1:glibc.malloc.mmap_threshold=33554432';

describe('hugePagesRelaunch', () => {
  it('restarts a large diagnose with the tunable added and the rest of the environment kept', () => {
    const env = hugePagesRelaunch(argv, facts());
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/root', GLIBC_TUNABLES: ALL });
    // A user's own tunables are kept in front, their arena_max and mmap_threshold included.
    const more = hugePagesRelaunch(argv, facts({ env: { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' } }));
    expect(more!['GLIBC_TUNABLES']).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432');
    const threshold = hugePagesRelaunch(argv, facts({ env: { GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=65536' } }));
    expect(threshold!['GLIBC_TUNABLES']).toBe('glibc.malloc.mmap_threshold=65536:glibc.malloc.hugetlb=1:glibc.malloc.arena_max=1');
    const other = hugePagesRelaunch(argv, facts({ env: { GLIBC_TUNABLES: 'glibc.malloc.tcache_count=0' } }));
    expect(other!['GLIBC_TUNABLES']).toBe(`glibc.malloc.tcache_count=0:${ALL}`);
  });

  it('never restarts twice, nor against a tunable the user set (0 opts out)', () => {
    expect(hugePagesRelaunch(argv, facts({ env: { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' } }))).toBeNull();
    expect(hugePagesRelaunch(argv, facts({ env: { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' } }))).toBeNull();
  });

  it('runs here when huge pages cannot help or the restart cannot happen', () => {
    expect(hugePagesRelaunch(argv, facts({ platform: 'darwin' }))).toBeNull();
    expect(hugePagesRelaunch(argv, facts({ canExec: false }))).toBeNull();
    expect(hugePagesRelaunch(argv, facts({ glibc: null }))).toBeNull();
    expect(hugePagesRelaunch(argv, facts({ glibc: '2.34' }))).toBeNull();
    expect(hugePagesRelaunch(argv, facts({ glibc: '2.35' }))).not.toBeNull();
    expect(hugePagesRelaunch(argv, facts({ glibc: '3.0' }))).not.toBeNull();
    // THP `always` gives every mapping huge pages already; `never` gives none.
    expect(hugePagesRelaunch(argv, facts({ thp: '[always] madvise never' }))).toBeNull();
    expect(hugePagesRelaunch(argv, facts({ thp: 'always madvise [never]' }))).toBeNull();
    expect(hugePagesRelaunch(argv, facts({ thp: null }))).toBeNull();
  });

  it('restarts only a diagnose of at least the table-byte threshold, counted over both run directories', () => {
    let asked: { dirs: readonly string[]; limit: number } | null = null;
    expect(hugePagesRelaunch(argv, facts({ tableBytes: (dirs, limit) => ((asked = { dirs, limit }), limit - 1) }))).toBeNull();
    expect(asked).toEqual({ dirs: ['b', 'c'], limit: big });
    expect(hugePagesRelaunch(['summarize', 'x.csv'], facts())).toBeNull();
    expect(hugePagesRelaunch(['--help'], facts())).toBeNull();
    expect(hugePagesRelaunch(['diagnose'], facts())).toBeNull();
  });

  it('reads the run directories in both flag forms', () => {
    expect(runDirs(['diagnose', '--current=c', '--baseline', 'b', '--quiet'])).toEqual(['c', 'b']);
    expect(runDirs(['diagnose', '--current'])).toEqual([]);
    expect(runDirs(['sql', '--current', 'c'])).toBeNull();
  });
});

describe('tableBytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mld-huge-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts table files below the directories, skipping .git and node_modules, up to the limit', () => {
    const sparse = (p: string, size: number) => {
      mkdirSync(join(p, '..'), { recursive: true });
      const fd = openSync(p, 'w');
      ftruncateSync(fd, size);
      closeSync(fd);
    };
    sparse(join(dir, 'run/eval/predictions.csv'), 3000);
    sparse(join(dir, 'run/data/train.parquet'), 500);
    sparse(join(dir, 'run/model.bin'), 10_000);
    sparse(join(dir, 'run/node_modules/x.csv'), 10_000);
    sparse(join(dir, 'run/.git/y.jsonl'), 10_000);
    writeFileSync(join(dir, 'run/eval/more.JSONL'), 'abc');
    expect(tableBytes([join(dir, 'run')], 1e9)).toBe(3503);
    expect(tableBytes([join(dir, 'run'), join(dir, 'missing')], 1e9)).toBe(3503);
    // Stops counting once the limit is reached.
    expect(tableBytes([join(dir, 'run'), join(dir, 'run')], 3503)).toBeLessThan(2 * 3503);
  });
});

describe('the bundled CLI on a pair above the threshold', () => {
  const work = mkdtempSync(join(tmpdir(), 'mld-huge-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('restarts with the tunable exactly when the decision says so, and reports the same', () => {
    const repo = join(import.meta.dirname, '../..');
    const bundle = join(work, 'dist');
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', bundle], { cwd: repo, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const rows = Math.ceil((HUGE_PAGES_MIN_TABLE_BYTES * 0.55) / 150);
    const { bytes } = writePair(join(work, 'pair'), rows);
    expect(2 * bytes).toBeGreaterThan(HUGE_PAGES_MIN_TABLE_BYTES);
    // Preloaded (and, through execArgv, preloaded again after a restart): writes the tunables the
    // process that ran the review saw.
    const probe = join(work, 'probe.mjs');
    writeFileSync(probe, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.PROBE_FILE, process.env.GLIBC_TUNABLES ?? ''));\n");
    const argv = ['diagnose', '--baseline', join(work, 'pair/base'), '--current', join(work, 'pair/current'), '--format', 'json', '--quiet', '--workers', 'off'];
    const env: Record<string, string | undefined> = { ...process.env };
    delete env['GLIBC_TUNABLES'];
    const expected = hugePagesRelaunch(argv, { ...hostFacts(), env, canExec: typeof (process as { execve?: unknown }).execve === 'function' }) !== null;
    const run = (out: string, tunables: string | null) => {
      const r = spawnSync(process.execPath, ['--import', probe, join(bundle, 'cli.js'), ...argv, '--out', join(work, out)], {
        encoding: 'utf8',
        env: { ...env, PROBE_FILE: join(work, `${out}.tunables`), ...(tunables !== null ? { GLIBC_TUNABLES: tunables } : {}) },
      });
      expect(r.status, r.stderr).toBe(1);
      return { report: readFileSync(join(work, out, 'report.json'), 'utf8'), tunables: readFileSync(join(work, `${out}.tunables`), 'utf8') };
    };
    const restarted = run('restart', null);
    expect(restarted.tunables).toBe(expected ? ALL : '');
    const here = run('here', 'glibc.malloc.hugetlb=0');
    expect(here.tunables).toBe('glibc.malloc.hugetlb=0');
    expect(restarted.report).toBe(here.report);
  }, 120000);
});
