// The command's entry (src/cli.ts): what it reads before the program loads (the run directories
// and their table bytes, for the early parse worker), and that a large review runs in the process
// it was started in, with the C library's malloc untouched (decision 0041, which withdrew the
// huge-pages restart of decision 0022).
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePair } from '../../bench/generate.js';
import { PARALLEL_MIN_BYTES } from '../../src/artifacts/parallel-rules.js';
import { runDirs } from '../../src/cli/early-worker.js';
import { tableBytes } from '../../src/cli/table-bytes.js';

describe('runDirs', () => {
  it('reads the run directories of a diagnose in both flag forms, and no others', () => {
    expect(runDirs(['diagnose', '--current=c', '--baseline', 'b', '--quiet'])).toEqual(['c', 'b']);
    expect(runDirs(['diagnose', '--current'])).toEqual([]);
    expect(runDirs(['sql', '--current', 'c'])).toBeNull();
    expect(runDirs(['--help'])).toBeNull();
  });
});

describe('tableBytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mld-entry-'));
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

describe('the bundled CLI on a large pair', () => {
  const work = mkdtempSync(join(tmpdir(), 'mld-entry-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('runs the review in the process it was started in, its malloc tunables as the caller set them', () => {
    const repo = join(import.meta.dirname, '../..');
    const bundle = join(work, 'dist');
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', bundle], { cwd: repo, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    // Above the early worker's threshold (and the 32 MiB the withdrawn restart started at).
    const rows = Math.ceil((Math.max(PARALLEL_MIN_BYTES, 32 * 2 ** 20) * 0.55) / 150);
    const { bytes } = writePair(join(work, 'pair'), rows);
    expect(2 * bytes).toBeGreaterThan(32 * 2 ** 20);
    // Preloaded (in worker threads too, which it skips): appends one line per process start that
    // loads it (a restart by exec would load it again, with the same pid), with the tunables that
    // process saw.
    const probe = join(work, 'probe.mjs');
    writeFileSync(
      probe,
      "import { appendFileSync } from 'node:fs';\nimport { isMainThread } from 'node:worker_threads';\nif (isMainThread) appendFileSync(process.env.PROBE_FILE, `${process.pid} ${process.env.GLIBC_TUNABLES ?? '-'}\\n`);\n",
    );
    const argv = ['diagnose', '--baseline', join(work, 'pair/base'), '--current', join(work, 'pair/current'), '--format', 'json', '--quiet'];
    const env: Record<string, string | undefined> = { ...process.env };
    delete env['GLIBC_TUNABLES'];
    const run = (out: string, workers: string, tunables: string | null) => {
      const file = join(work, `${out}.starts`);
      const r = spawnSync(process.execPath, ['--import', probe, join(bundle, 'cli.js'), ...argv, '--workers', workers, '--out', join(work, out)], {
        encoding: 'utf8',
        env: { ...env, PROBE_FILE: file, ...(tunables !== null ? { GLIBC_TUNABLES: tunables } : {}) },
      });
      expect(r.status, r.stderr).toBe(1);
      return { report: readFileSync(join(work, out, 'report.json'), 'utf8'), starts: readFileSync(file, 'utf8').trim().split('\n') };
    };
    const plain = run('plain', 'on', null);
    expect(plain.starts).toHaveLength(1);
    expect(plain.starts[0]).toMatch(/ -$/);
    const own = run('own', 'off', 'glibc.malloc.arena_max=2');
    expect(own.starts).toEqual([expect.stringMatching(/ glibc\.malloc\.arena_max=2$/)]);
    expect(own.report).toBe(plain.report);
  }, 120000);
});
