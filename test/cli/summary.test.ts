// `ml-doctor summarize` and `ml-doctor sql` as a user runs them: files in, files or SQL out, and
// one-line errors with exit code 2.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseSummary } from '../../src/artifacts/summary.js';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: process.cwd() }, {});
  return { code, stdout, stderr };
}

/** Two small eval CSVs: the current run's EU rows are mispredicted. */
function tables(): { root: string; base: string; cur: string } {
  const root = mkdtempSync(join(tmpdir(), 'mld-sum-'));
  const rows = (broken: boolean) => {
    const out = ['label,score,region,x'];
    for (let i = 0; i < 800; i++) {
      const y = i % 2;
      const region = ['EU', 'US', 'APAC', 'LATAM'][i % 4]!;
      const right = broken && region === 'EU' ? i % 10 < 3 : i % 10 < 9;
      const s = right === (y === 1) ? 0.6 + (i % 37) / 100 : 0.05 + (i % 31) / 100;
      out.push(`${y},${s.toFixed(3)},${region},${((i * 7919) % (broken ? 991 : 997)) / 10}`);
    }
    return out.join('\n') + '\n';
  };
  writeFileSync(join(root, 'base.csv'), rows(false));
  writeFileSync(join(root, 'cur.csv'), rows(true));
  return { root, base: join(root, 'base.csv'), cur: join(root, 'cur.csv') };
}

describe('ml-doctor summarize', () => {
  it('summarizes both runs and diagnoses the summaries like eval tables', async () => {
    const t = tables();
    mkdirSync(join(t.root, 'b/eval'), { recursive: true });
    mkdirSync(join(t.root, 'c/eval'), { recursive: true });
    const b = await run(['summarize', t.base, '--out', join(t.root, 'b/eval/p.summary.json')]);
    expect(b).toMatchObject({ code: 0, stdout: '' });
    const c = await run(['summarize', t.cur, '--baseline', join(t.root, 'b/eval/p.summary.json'), '--out', join(t.root, 'c/eval/p.summary.json')]);
    expect(c.code).toBe(0);
    const cur = parseSummary('c', readFileSync(join(t.root, 'c/eval/p.summary.json'), 'utf8'));
    const base = parseSummary('b', readFileSync(join(t.root, 'b/eval/p.summary.json'), 'utf8'));
    expect(cur.sketches.find((s) => s.column === 'x')!.edges).toEqual(base.sketches.find((s) => s.column === 'x')!.edges);
    const d = await run(['diagnose', '--baseline', join(t.root, 'b'), '--current', join(t.root, 'c'), '--out', join(t.root, 'out'), '--format', 'json']);
    expect(d.code).toBe(1);
    const report = JSON.parse(d.stdout) as { findings: { category: string; segment?: { column: string; value: string } }[] };
    expect(report.findings.some((f) => f.category === 'segment_regression' && f.segment?.column === 'region' && f.segment.value === 'EU')).toBe(true);
  });

  it('compares a current summary with a baseline eval table, summarizing the table on the fly', async () => {
    const t = tables();
    mkdirSync(join(t.root, 'b/eval'), { recursive: true });
    mkdirSync(join(t.root, 'c/eval'), { recursive: true });
    writeFileSync(join(t.root, 'b/eval/p.csv'), readFileSync(t.base));
    await run(['summarize', t.base, '--out', join(t.root, 'base.summary.json')]);
    await run(['summarize', t.cur, '--baseline', join(t.root, 'base.summary.json'), '--out', join(t.root, 'c/eval/p.summary.json')]);
    const d = await run(['diagnose', '--baseline', join(t.root, 'b'), '--current', join(t.root, 'c'), '--out', join(t.root, 'out'), '--format', 'json']);
    const report = JSON.parse(d.stdout) as { findings: { category: string; title: string; segment?: { column: string; value: string } }[] };
    expect(report.findings.some((f) => f.category === 'segment_regression' && f.segment?.value === 'EU')).toBe(true);
    expect(report.findings.filter((f) => f.category === 'infrastructure')).toEqual([]);
  });

  it('reports a current summary not made on the baseline edges instead of comparing its sketches', async () => {
    const t = tables();
    mkdirSync(join(t.root, 'b/eval'), { recursive: true });
    mkdirSync(join(t.root, 'c/eval'), { recursive: true });
    await run(['summarize', t.base, '--out', join(t.root, 'b/eval/p.summary.json')]);
    await run(['summarize', t.cur, '--out', join(t.root, 'c/eval/p.summary.json')]);
    const d = await run(['diagnose', '--baseline', join(t.root, 'b'), '--current', join(t.root, 'c'), '--out', join(t.root, 'out'), '--format', 'json']);
    const text = d.stdout;
    expect(text).toContain("not counted on the baseline's edges");
    const report = JSON.parse(text) as { findings: { category: string; feature?: string }[] };
    expect(report.findings.some((f) => f.category === 'feature_drift')).toBe(false);
  });

  it('prints the summary JSON without --out', async () => {
    const t = tables();
    const r = await run(['summarize', t.base]);
    expect(r.code).toBe(0);
    expect(parseSummary('stdout', r.stdout).overall.n).toBe(800);
  });

  it.each([
    [['summarize'], /needs an eval table/],
    [['summarize', 'nope.csv'], /nope\.csv: file not found/],
    [['summarize', '--from-sql-result', 'r.csv'], /needs --baseline BASE\.summary\.json/],
    [['sql', '--table', 't'], /--dialect: is required/],
    [['sql', '--dialect', 'oracle', '--table', 't'], /--dialect: invalid value 'oracle'; expected one of: duckdb, spark, bigquery/],
    [['sql', '--dialect', 'spark', '--table', 't', '--label', 'y', '--score', 's'], /--stage: the aggregate query needs --baseline/],
    [['sql', '--dialect', 'spark', '--table', 't', '--stage', 'edges'], /--label: is required without --baseline/],
  ])('refuses %j with one line and exit code 2', async (argv, pattern) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('ml-doctor sql', () => {
  it('prints the edges query of a baseline table and the aggregate query on the baseline summary', async () => {
    const t = tables();
    const e = await run(['sql', '--dialect', 'bigquery', '--table', 'proj.ds.evals', '--stage', 'edges', '--label', 'label', '--score', 'score', '--numeric', 'x']);
    expect(e.code).toBe(0);
    expect(e.stdout).toContain('FROM `proj`.`ds`.`evals`');
    const out = join(t.root, 'b.summary.json');
    await run(['summarize', t.base, '--out', out]);
    const a = await run(['sql', '--dialect', 'duckdb', '--table', 'evals', '--baseline', out]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain("'sketch' AS section, 'x' AS name");
  });
});
