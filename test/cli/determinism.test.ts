// The same inputs give byte-identical report.json and report.md: no clock, time zone or locale
// reaches the analysis or the text, and the order of eval rows does not change what is found.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { localDirSource } from '../../src/artifacts/source.js';
import { review } from '../../src/review.js';

const run = promisify(execFile);
const example = (side: string) => join('examples/churn', side);

/** The CLI in a fresh process (the time zone and the ICU locale are fixed at start-up). */
async function diagnoseIn(env: Record<string, string>): Promise<{ json: string; md: string }> {
  const out = mkdtempSync(join(tmpdir(), 'mld-det-'));
  const args = ['--import', 'tsx', 'src/cli.ts', 'diagnose', '--baseline', example('baseline'), '--current', example('current'), '--out', out];
  await run(process.execPath, args, { env: { PATH: process.env['PATH'] ?? '', ...env } }).catch((e: { code?: number }) => {
    // Exit 1 is the demo's fail verdict, not an error.
    if (e.code !== 1) throw e;
  });
  return { json: readFileSync(join(out, 'report.json'), 'utf8'), md: readFileSync(join(out, 'report.md'), 'utf8') };
}

/** A deterministic permutation (a fixed LCG), so a failure reproduces. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const a = [...items];
  let s = seed >>> 0;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

describe('determinism', () => {
  it('writes byte-identical report.json and report.md under another time zone and locale', { timeout: 60_000 }, async () => {
    const [plain, elsewhere] = await Promise.all([
      diagnoseIn({ TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }),
      diagnoseIn({ TZ: 'Asia/Kathmandu', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', LANGUAGE: 'tr' }),
    ]);
    expect(elsewhere.json).toBe(plain.json);
    expect(elsewhere.md).toBe(plain.md);
  });

  it('finds the same findings when the eval rows come in another order', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mld-shuffle-'));
    cpSync(example('baseline'), join(root, 'base'), { recursive: true });
    cpSync(example('current'), join(root, 'cur'), { recursive: true });
    for (const [side, seed] of [['base', 7], ['cur', 11]] as const) {
      const file = join(root, side, 'eval/predictions.csv');
      const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
      writeFileSync(file, [header, ...shuffled(rows, seed)].join('\n') + '\n');
    }
    const reviewOf = async (base: string, cur: string) =>
      (await review({ config: DEFAULT_CONFIG, baseline: localDirSource(base, 'path', 'base'), current: localDirSource(cur, 'path', 'cur') })).report;
    const original = await reviewOf(example('baseline'), example('current'));
    const reordered = await reviewOf(join(root, 'base'), join(root, 'cur'));
    const gist = (r: typeof original) => ({ verdict: r.verdict, findings: r.findings.map((f) => [f.id, f.category, f.severity, f.feature, f.segment, f.title, f.explainedBy]) });
    expect(gist(reordered)).toEqual(gist(original));
  });
});
