import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { expectValidReport } from '../helpers/schema.js';

async function run(argv: string[], cwd = process.cwd(), env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd }, env);
  return { code, stdout, stderr };
}

const example = (side: string) => join('examples/churn', side);

/** A copy of the example run into a temp dir, with one file replaced. */
function brokenRun(file: string, text: string): { base: string; cur: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'mld-cli-'));
  cpSync(example('baseline'), join(root, 'base'), { recursive: true });
  cpSync(example('current'), join(root, 'cur'), { recursive: true });
  mkdirSync(join(root, 'cur', file, '..'), { recursive: true });
  writeFileSync(join(root, 'cur', file), text);
  return { base: join(root, 'base'), cur: join(root, 'cur'), out: join(root, 'out') };
}

describe('ml-doctor diagnose', () => {
  it('diagnoses the bundled example, prints markdown and writes a valid report.json', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mld-out-'));
    const r = await run(['diagnose', '--baseline', example('baseline'), '--current', example('current'), '--out', out]);
    expect(r.stderr).toMatch(/^ml-doctor: load \d+\.\d\d s\nml-doctor: performance [\d.]+ s\nml-doctor: data [\d.]+ s\nml-doctor: training [\d.]+ s\nml-doctor: diagnosis [\d.]+ s\nml-doctor: render [\d.]+ s\nml-doctor: done in [\d.]+ s\n$/);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toContain('## ml-doctor:');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { metrics: { name: string; baseline: number }[] };
    expectValidReport(report);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe(r.stdout);
    const acc = report.metrics.find((m) => m.name === 'test.accuracy');
    const baseMetrics = JSON.parse(readFileSync(join(example('baseline'), 'metrics.json'), 'utf8')) as { test: { accuracy: number } };
    expect(acc?.baseline).toBe(baseMetrics.test.accuracy);
  });

  it('prints JSON with --format json', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mld-out-'));
    const r = await run(['diagnose', '--baseline', example('baseline'), '--current', example('current'), '--out', out, '--format', 'json']);
    expectValidReport(JSON.parse(r.stdout));
  });

  it('gives byte-identical report.json for the same inputs', async () => {
    const a = mkdtempSync(join(tmpdir(), 'mld-a-'));
    const b = mkdtempSync(join(tmpdir(), 'mld-b-'));
    await run(['diagnose', '--baseline', example('baseline'), '--current', example('current'), '--out', a]);
    await run(['diagnose', '--baseline', example('baseline'), '--current', example('current'), '--out', b]);
    expect(readFileSync(join(a, 'report.json'), 'utf8')).toBe(readFileSync(join(b, 'report.json'), 'utf8'));
  });

  it('--quiet silences the progress line and changes neither stdout nor report.json', async () => {
    const a = mkdtempSync(join(tmpdir(), 'mld-a-'));
    const b = mkdtempSync(join(tmpdir(), 'mld-b-'));
    const loud = await run(['diagnose', '--baseline', example('baseline'), '--current', example('current'), '--out', a]);
    const quiet = await run(['diagnose', '--baseline', example('baseline'), '--current', example('current'), '--out', b, '--quiet']);
    expect(loud.stderr).toMatch(/^ml-doctor: done in [\d.]+ s$/m);
    expect(quiet.stderr).toBe('');
    expect(quiet.code).toBe(loud.code);
    expect(quiet.stdout).toBe(loud.stdout);
    expect(readFileSync(join(b, 'report.json'), 'utf8')).toBe(readFileSync(join(a, 'report.json'), 'utf8'));
  });

  it('prints each stage with its time on stderr with --timings and leaves report.json unchanged', async () => {
    const a = mkdtempSync(join(tmpdir(), 'mld-a-'));
    const b = mkdtempSync(join(tmpdir(), 'mld-b-'));
    const plain = await run(['diagnose', '--baseline', example('baseline'), '--current', example('current'), '--out', a]);
    const timed = await run(['diagnose', '--baseline', example('baseline'), '--current', example('current'), '--out', b, '--timings']);
    expect(timed.code).toBe(plain.code);
    for (const stage of ['load', 'performance', 'data', 'training', 'diagnosis', 'render']) expect(timed.stderr).toMatch(new RegExp(`^ml-doctor: ${stage} \\d+\\.\\d\\d s \\(rss \\d+ MiB\\)$`, 'm'));
    expect(timed.stderr).toMatch(/^ml-doctor timings: load [\d.]+ s, performance [\d.]+ s, data [\d.]+ s, training [\d.]+ s, diagnosis [\d.]+ s, render [\d.]+ s, total [\d.]+ s$/m);
    expect(readFileSync(join(b, 'report.json'), 'utf8')).toBe(readFileSync(join(a, 'report.json'), 'utf8'));
  });

  describe('bad input exits 2 with a one-line message naming the file and the place', () => {
    // The progress line is silenced: these tests are about the one error line.
    const runQuiet = (argv: string[]) => run([...argv, '--quiet']);
    const oneLine = (s: string) => {
      expect(s.trim().split('\n')).toHaveLength(1);
      expect(s).not.toMatch(/\n\s+at /);
    };

    it('a missing directory', async () => {
      const r = await runQuiet(['diagnose', '--baseline', 'no/such/dir', '--current', example('current')]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toBe('ml-doctor: no/such/dir: directory does not exist\n');
    });

    it('a corrupt Parquet eval table', async () => {
      const d = brokenRun('eval/extra.parquet', 'PAR1 this is not a Parquet file PAR1');
      const r = await runQuiet(['diagnose', '--baseline', d.base, '--current', d.cur, '--out', d.out]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/^ml-doctor: .*cur\/eval\/extra\.parquet: not a readable Parquet file \(.+\)\n$/);
      expect(readFileSync(join(d.out, 'report.json'), 'utf8')).toContain('extra.parquet');
    });

    it('malformed JSON (line and column)', async () => {
      const d = brokenRun('metrics.json', '{\n  "test": {"accuracy": 0.9,}\n}\n');
      const r = await runQuiet(['diagnose', '--baseline', d.base, '--current', d.cur, '--out', d.out]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/metrics\.json:line 2, column 28: expected a property name/);
    });

    it('malformed YAML', async () => {
      const d = brokenRun('params.yaml', 'seed: 1\noptimizer: {lr: 0.1\n');
      const r = await runQuiet(['diagnose', '--baseline', d.base, '--current', d.cur, '--out', d.out]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/params\.yaml:line \d+, column \d+: invalid YAML/);
    });

    it('a CSV with ragged rows', async () => {
      const d = brokenRun('eval/predictions.csv', 'id,label,pred,score\n1,1,1,0.9\n2,0,0\n');
      const r = await runQuiet(['diagnose', '--baseline', d.base, '--current', d.cur, '--out', d.out]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/eval\/predictions\.csv:line 3: row has 3 fields, header has 4/);
    });

    it('an empty CSV', async () => {
      const d = brokenRun('eval/predictions.csv', '');
      const r = await runQuiet(['diagnose', '--baseline', d.base, '--current', d.cur, '--out', d.out]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/eval\/predictions\.csv: empty CSV file/);
    });

    it('a config with an unknown key', async () => {
      const d = brokenRun('unused.txt', '');
      const cfg = join(d.out + '-cfg.yml');
      writeFileSync(cfg, 'gate: { fail-on: major }\nthresholds: 3\n');
      const r = await runQuiet(['diagnose', '--baseline', d.base, '--current', d.cur, '--config', cfg]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain(`${cfg}:key 'thresholds': unknown key`);
    });

    it('an eval table with no recognisable label column', async () => {
      const d = brokenRun('eval/predictions.csv', 'id,outcome,pred,score\n1,1,1,0.9\n2,0,0,0.1\n');
      const r = await runQuiet(['diagnose', '--baseline', d.base, '--current', d.cur, '--out', d.out]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/eval\/predictions\.csv:header: no label column; expected one of: label, y_true/);
    });

    it('still writes a valid report that names the unreadable artifact', async () => {
      const d = brokenRun('eval/predictions.csv', '');
      await runQuiet(['diagnose', '--baseline', d.base, '--current', d.cur, '--out', d.out]);
      const report = JSON.parse(readFileSync(join(d.out, 'report.json'), 'utf8')) as { findings: { category: string; title: string }[] };
      expectValidReport(report);
      expect(report.findings.some((f) => f.category === 'infrastructure' && f.title.includes('predictions.csv'))).toBe(true);
    });

    it('not a table cut off mid-write: its complete rows are reviewed and an infrastructure finding says where it ends', async () => {
      const full = readFileSync(join(example('current'), 'eval/predictions.csv'), 'utf8');
      const cut = full.slice(0, Math.floor(full.length * 0.8));
      const d = brokenRun('eval/predictions.csv', cut.endsWith('\n') ? cut.slice(0, -3) : cut);
      const r = await runQuiet(['diagnose', '--baseline', d.base, '--current', d.cur, '--out', d.out, '--fail-on', 'never']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const report = JSON.parse(readFileSync(join(d.out, 'report.json'), 'utf8')) as { verdict: string; findings: { category: string; severity: string; title: string }[] };
      expectValidReport(report);
      expect(report.verdict).not.toBe('pass');
      const infra = report.findings.find((f) => f.category === 'infrastructure');
      expect(infra?.severity).toBe('major');
      expect(infra?.title).toMatch(/cut off mid-write: .*cur\/eval\/predictions\.csv ends inside line \d+$/);
    });

    it('an unknown option', async () => {
      const r = await runQuiet(['diagnose', '--current', example('current'), '--colour', 'red']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('ml-doctor: command line:--colour: unknown option; expected one of: --baseline, --current, --config, --out, --format, --llm, --llm-model, --llm-base-url, --mode, --diff-base, --diff-head, --fail-on, --timings, --quiet, --workers\n');
    });
  });

  it('exits 1 when the verdict meets --fail-on and 0 with --fail-on never', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mld-out-'));
    const r1 = await run(['diagnose', '--current', example('current'), '--out', out, '--fail-on', 'major']);
    expect(r1.code).toBe(1);
    const r2 = await run(['diagnose', '--current', example('current'), '--out', out, '--fail-on', 'never']);
    expect(r2.code).toBe(0);
  });
});

describe('ml-doctor diagnose --llm', () => {
  it('without a key adds an agent section with a fallback and leaves the rest of report.json byte-identical', async () => {
    const a = mkdtempSync(join(tmpdir(), 'mld-llm-a-'));
    const b = mkdtempSync(join(tmpdir(), 'mld-llm-b-'));
    const plain = await run(['diagnose', '--baseline', example('baseline'), '--current', example('current'), '--out', a]);
    const withLlm = await run(['diagnose', '--baseline', example('baseline'), '--current', example('current'), '--out', b, '--llm', 'openai'], process.cwd(), {});
    expect(withLlm.code).toBe(plain.code);
    const ra = JSON.parse(readFileSync(join(a, 'report.json'), 'utf8')) as Record<string, unknown>;
    const rb = JSON.parse(readFileSync(join(b, 'report.json'), 'utf8')) as Record<string, unknown> & { agent: { fallback: string | null; causes: unknown[] } };
    expectValidReport(rb);
    expect(rb.agent.fallback).toMatch(/no API key/);
    expect(rb.agent.causes).toEqual([]);
    const rest: Record<string, unknown> = { ...rb };
    delete rest['agent'];
    expect(JSON.stringify(rest)).toBe(JSON.stringify(ra));
    expect(withLlm.stdout).toContain('LLM');
  });
});
