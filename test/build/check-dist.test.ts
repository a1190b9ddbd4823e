// `npm run check-dist` (run by .ci/run) must fail when dist/ is stale and pass when it is fresh.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

  it('fails when dist/ holds a chunk no build makes (one left from an earlier build)', () => {
    const extra = join(work, 'dist/chunks/chunk-LEFTOVER.js');
    writeFileSync(extra, 'export {};\n');
    try {
      const r = checkDist();
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/files differ/);
    } finally {
      rmSync(extra);
    }
  });
});

describe('the bundles load only what they use', () => {
  /** The files an entry of dist/ loads when it starts: its static imports, followed through the chunks. */
  function staticClosure(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      // `import ... from "./x.js"` and `import "./x.js"`; a dynamic import( ) is not followed.
      for (const m of text.matchAll(/^import\s+(?:[^'"();]*?\sfrom\s+)?["'](\.{1,2}\/[^"']+)["'];?$/gms)) visit(join(dirname(file), m[1]!));
    };
    visit(join(repo, 'dist', entry));
    return seen;
  }

  // `dangerouslyAllowBrowser` is an option of the OpenAI SDK's client: a file holding it holds the SDK.
  it('a review without the LLM does not load the agent or the OpenAI client', () => {
    for (const entry of ['cli.js', 'cli-run.js', 'index.js', 'parse-worker.js', 'data-worker.js']) {
      const files = [...staticClosure(entry)];
      expect(files.length, entry).toBeGreaterThan(0);
      for (const f of files) expect(readFileSync(f, 'utf8'), `${entry} loads ${f}`).not.toMatch(/dangerouslyAllowBrowser/);
    }
    // The agent is still bundled, behind a dynamic import.
    const agent = readdirSync(join(repo, 'dist/chunks')).filter((f) => readFileSync(join(repo, 'dist/chunks', f), 'utf8').includes('dangerouslyAllowBrowser'));
    expect(agent.length).toBe(1);
    expect(readFileSync(join(repo, 'dist/cli-run.js'), 'utf8') + [...staticClosure('cli-run.js')].map((f) => readFileSync(f, 'utf8')).join('')).toMatch(new RegExp(`import\\(["']\\./(chunks/)?${agent[0]!.replace('.', '\\.')}["']\\)`));
  });

  // hyparquet's footer check: a file holding the message holds the Parquet library.
  const PARQUET = 'parquet file invalid (footer != PAR1)';

  it('a review of CSV tables does not load the Parquet readers; a Parquet parse loads them on demand', () => {
    for (const entry of ['cli.js', 'cli-run.js', 'index.js', 'parse-worker.js', 'data-worker.js']) {
      for (const f of staticClosure(entry)) expect(readFileSync(f, 'utf8').includes(PARQUET), `${entry} loads ${f}`).toBe(false);
    }
    const reader = readdirSync(join(repo, 'dist/chunks')).filter((f) => readFileSync(join(repo, 'dist/chunks', f), 'utf8').includes(PARQUET));
    expect(reader.length).toBe(1);
    const loaders = [...staticClosure('parse-worker.js')].filter((f) => readFileSync(f, 'utf8').includes(`import("./${reader[0]!}")`));
    expect(loaders.length).toBe(1);
  });
});

describe('version', () => {
  it('report.json carries the package.json version', async () => {
    const { VERSION } = await import('../../src/version.js');
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
