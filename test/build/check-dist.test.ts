// `npm run check-dist` (run by .ci/run) must fail when dist/ is stale and pass when it is fresh.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
let work: string;

beforeAll(() => {
  // A scratch copy of what the build reads, with node_modules linked (the build preserves symlinks).
  work = mkdtempSync(join(tmpdir(), 'mld-dist-'));
  for (const d of ['src', 'scripts']) cpSync(join(repo, d), join(work, d), { recursive: true });
  cpSync(join(repo, 'package.json'), join(work, 'package.json'));
  symlinkSync(join(repo, 'node_modules'), join(work, 'node_modules'));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: work });
}, 60000);

const checkDist = () => spawnSync(process.execPath, ['scripts/check-dist.mjs'], { cwd: work, encoding: 'utf8' });

describe('check-dist', () => {
  it('passes when dist/ matches a fresh build', () => {
    const r = checkDist();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails when a source changed and dist/ was not rebuilt', () => {
    const file = join(work, 'src/version.ts');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace(/VERSION = '[^']+'/, "VERSION = '9.9.9'"));
    try {
      const r = checkDist();
      expect(r.status).toBe(1);
      // The version is in the program (dist/cli-run.js), not in the small entry (decision 0022).
      expect(r.stderr).toMatch(/dist\/cli-run\.js is stale/);
    } finally {
      writeFileSync(file, before);
    }
  });
});

describe('version', () => {
  it('report.json carries the package.json version', async () => {
    const { VERSION } = await import('../../src/version.js');
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
