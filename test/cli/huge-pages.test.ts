// Decision 0022: a large `diagnose` restarts once with glibc's malloc on transparent huge pages.
// The decision is pure; these pin every condition, the environment it restarts with, and the
// table-byte count it reads from the run directories.
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tableBytes } from '../../src/cli/host-facts.js';
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

describe('hugePagesRelaunch', () => {
  it('restarts a large diagnose with the tunable added and the rest of the environment kept', () => {
    const env = hugePagesRelaunch(argv, facts());
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/root', GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' });
    const more = hugePagesRelaunch(argv, facts({ env: { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' } }));
    expect(more!['GLIBC_TUNABLES']).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1');
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
