// The summary path end to end: the generated DuckDB SQL runs over the Parquet fixture
// (scripts/make-summary-fixture.mjs), its result becomes summary JSON, and `diagnose` of the two
// summaries finds what `diagnose` of the same rows (read as CSV) finds.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { review } from '../../../src/review.js';
import type { Report } from '../../../src/report/types.js';
import { parseSummary, type Summary } from '../../../src/artifacts/summary.js';
import {
  aggregateSql,
  edgesFromRows,
  edgesFromSummary,
  edgesSql,
  planFromSummary,
  summaryFromSqlRows,
  type AggregateRow,
  type EdgesRow,
  type SqlPlan,
} from '../../../src/analysis/summary/sql.js';
import { memorySource } from '../../helpers/memory-source.js';
import { comparableFindings } from './identity.js';
import { loadRun } from '../../../src/artifacts/load.js';
import { analyzePerformance } from '../../../src/analysis/performance/index.js';
import { histogramAuc, summaryPerformance } from '../../../src/analysis/summary/analyze.js';
import { compareSketches } from '../../../src/analysis/summary/sketch.js';
import { compareNumeric } from '../../../src/analysis/data/drift.js';
import { sortFloat64 } from '../../../src/analysis/stats/two-sample.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/summary/${name}`, import.meta.url));

const PLAN: SqlPlan = {
  table: fixture('base.parquet'),
  task: 'binary',
  classes: ['0', '1'],
  label: 'label',
  pred: null,
  score: 'score',
  numeric: ['x1', 'x2'],
  categorical: ['region'],
};

async function rows(c: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await c.runAndReadAll(sql)).getRowObjects() as Record<string, unknown>[];
}

const toNum = (v: unknown) => (typeof v === 'bigint' ? Number(v) : (v as number));

function edgeRows(raw: Record<string, unknown>[]): EdgesRow[] {
  return raw.map((r) => ({ section: String(r['section']), name: String(r['name']), role: String(r['role']), k: toNum(r['k']), v: toNum(r['v']), n: toNum(r['n']), d: toNum(r['d']) }));
}

function aggRows(raw: Record<string, unknown>[]): AggregateRow[] {
  return raw.map((r) => ({
    section: String(r['section']),
    name: String(r['name']),
    value: String(r['value']),
    bin: toNum(r['bin']),
    n: toNum(r['n']),
    s: [toNum(r['s1']), toNum(r['s2']), toNum(r['s3']), toNum(r['s4']), toNum(r['s5']), toNum(r['s6'])],
  }));
}

async function csvOf(c: DuckDBConnection, parquet: string): Promise<string> {
  const out = await rows(c, `SELECT * FROM '${parquet}'`);
  const cols = Object.keys(out[0]!);
  return [cols.join(','), ...out.map((r) => cols.map((k) => String(toNum(r[k]))).join(','))].join('\n') + '\n';
}

const SUMMARY_CATEGORIES = new Set(['metric_regression', 'segment_regression', 'feature_drift', 'label_shift', 'prediction_shift']);

/** `[a, b)` / `(a, b]` → [a, b]. */
function bounds(label: string): [number, number] {
  const m = /^[[(]\s*([-\d.e+]+)\s*,\s*([-\d.e+]+)\s*[\])]$/.exec(label);
  if (!m) throw new Error(`not a bin label: ${label}`);
  return [Number(m[1]), Number(m[2])];
}

/** A summary with its sums at 12 significant digits: DuckDB adds doubles in parallel, in no fixed order. */
function rounded(s: Summary): unknown {
  return JSON.parse(JSON.stringify(s, (_, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v)));
}


describe('summary path over DuckDB', () => {
  let baseSummary: Summary;
  let curSummary: Summary;
  let baseCsv: string;
  let curCsv: string;

  beforeAll(async () => {
    const inst = await DuckDBInstance.create(':memory:');
    const c = await inst.connect();
    const edges = edgesFromRows(PLAN, edgeRows(await rows(c, edgesSql(PLAN, 'duckdb'))), 'edges');
    baseSummary = summaryFromSqlRows(PLAN, edges, aggRows(await rows(c, aggregateSql(PLAN, edges, 'duckdb'))), 'base');
    const curPlan = planFromSummary(fixture('current.parquet'), baseSummary);
    const curEdges = edgesFromSummary(curPlan, baseSummary, 'base.summary.json');
    curSummary = summaryFromSqlRows(curPlan, curEdges, aggRows(await rows(c, aggregateSql(curPlan, curEdges, 'duckdb'))), 'current');
    baseCsv = await csvOf(c, fixture('base.parquet'));
    curCsv = await csvOf(c, fixture('current.parquet'));
  }, 60_000);

  const run = (base: Record<string, string>, cur: Record<string, string>) =>
    review({ config: DEFAULT_CONFIG, baseline: memorySource(base, 'base'), current: memorySource(cur, 'current') });

  it('converts the query results saved as CSV with summarize --from-sql-result, as a user does', async () => {
    const inst = await DuckDBInstance.create(':memory:');
    const c = await inst.connect();
    const dir = mkdtempSync(join(tmpdir(), 'mld-sql-'));
    const file = (n: string) => join(dir, n);
    const flags = ['--label', 'label', '--score', 'score', '--numeric', 'x1,x2', '--categorical', 'region'];
    const cli = async (argv: string[]) => {
      let out = '';
      let err = '';
      const code = await runCli(argv, { stdout: (x) => (out += x), stderr: (x) => (err += x), cwd: dir }, {});
      expect(err.replace(/^ml-doctor: wrote .*\n/gm, '')).toBe('');
      expect(code).toBe(0);
      return out;
    };
    const edgesQuery = await cli(['sql', '--dialect', 'duckdb', '--table', PLAN.table, '--stage', 'edges', ...flags]);
    await c.run(`COPY (${edgesQuery}) TO '${file('edges.csv')}' (HEADER)`);
    const baseQuery = await cli(['sql', '--dialect', 'duckdb', '--table', PLAN.table, '--edges', file('edges.csv'), ...flags]);
    await c.run(`COPY (${baseQuery}) TO '${file('base.csv')}' (HEADER)`);
    await cli(['summarize', '--from-sql-result', file('base.csv'), '--edges', file('edges.csv'), '--table', PLAN.table, ...flags, '--out', file('base.summary.json')]);
    expect(rounded(parseSummary('base', readFileSync(file('base.summary.json'), 'utf8')))).toEqual(rounded(baseSummary));
    const curQuery = await cli(['sql', '--dialect', 'duckdb', '--table', fixture('current.parquet'), '--baseline', file('base.summary.json')]);
    await c.run(`COPY (${curQuery}) TO '${file('cur.csv')}' (HEADER)`);
    await cli(['summarize', '--from-sql-result', file('cur.csv'), '--baseline', file('base.summary.json'), '--table', fixture('current.parquet'), '--out', file('cur.summary.json')]);
    expect(rounded(parseSummary('cur', readFileSync(file('cur.summary.json'), 'utf8')))).toEqual(rounded(curSummary));
  }, 60_000);

  it('writes summaries that parse back unchanged', () => {
    expect(parseSummary('base.summary.json', JSON.stringify(baseSummary))).toEqual(baseSummary);
    expect(parseSummary('current.summary.json', JSON.stringify(curSummary))).toEqual(curSummary);
  });

  it('finds from the warehouse summaries what the rows show', async () => {
    const rowsReport = (await run({ 'eval/predictions.csv': baseCsv }, { 'eval/predictions.csv': curCsv })).report;
    const sumReport = (await run({ 'eval/predictions.summary.json': JSON.stringify(baseSummary) }, { 'eval/predictions.summary.json': JSON.stringify(curSummary) })).report;
    expect(rowsReport.verdict).not.toBe('pass');
    expect(sumReport.verdict).toBe(rowsReport.verdict);
    // Calibration, label noise, leakage, quality and preprocessing checks need rows (docs/summary.md).
    const cmp = comparableFindings(rowsReport, sumReport, SUMMARY_CATEGORIES);
    expect(cmp.summary).toEqual(cmp.rows);
    const segs = (r: Report) => r.findings.filter((f) => f.segment).map((f) => f.segment!);
    const [fromRows, fromSummary] = [segs(rowsReport), segs(sumReport)];
    expect(fromSummary.length).toBe(fromRows.length);
    fromSummary.forEach((s, i) => {
      const r = fromRows[i]!;
      expect(s.column).toBe(r.column);
      if (s.column === 'region') {
        expect(s.value).toBe(r.value);
        // The same slice, with the same share of the drop, in the same words.
        const title = (rep: Report) => rep.findings.find((f) => f.segment?.column === 'region')!.title;
        expect(title(sumReport)).toBe(title(rowsReport));
      }
      // Numeric bins: the summary cuts at a sketch edge next to the row path's interpolated quintile.
      else {
        const [a, b] = [bounds(s.value), bounds(r.value)];
        expect(Math.abs(a[0] - b[0])).toBeLessThan(0.02);
        expect(Math.abs(a[1] - b[1])).toBeLessThan(0.02);
      }
    });
  });

  it('computes the headline metrics of the rows: confusion metrics exactly, AUC within its stated bound', async () => {
    const load = async (files: Record<string, string>) => (await loadRun(memorySource(files), DEFAULT_CONFIG)).evals[0]!;
    const [b, c] = [await load({ 'eval/p.csv': baseCsv }), await load({ 'eval/p.csv': curCsv })];
    const opts = { seed: 1, resamples: 200, minSupport: 30, alpha: 0.05 };
    const rowsPerf = analyzePerformance(b, c, opts);
    const sumPerf = summaryPerformance(baseSummary, curSummary, opts);
    for (const name of ['accuracy', 'precision', 'recall', 'f1'] as const) {
      const r = rowsPerf.metrics.find((m) => m.name === name)!;
      const s = sumPerf.metrics.find((m) => m.name === name)!;
      expect(s.baseline).toBeCloseTo(r.baseline!, 12);
      expect(s.current).toBeCloseTo(r.current!, 12);
    }
    const aucRows = rowsPerf.metrics.find((m) => m.name === 'auc')!;
    const aucSum = sumPerf.metrics.find((m) => m.name === 'auc')!;
    const hb = histogramAuc(baseSummary.score_hist!.pos, baseSummary.score_hist!.neg)!;
    const hc = histogramAuc(curSummary.score_hist!.pos, curSummary.score_hist!.neg)!;
    expect(Math.abs(aucSum.baseline! - aucRows.baseline!)).toBeLessThanOrEqual(hb.bound);
    expect(Math.abs(aucSum.current! - aucRows.current!)).toBeLessThanOrEqual(hc.bound);
    expect(hb.bound).toBeLessThan(2e-3);
  });

  it('measures the drift of the rows: PSI exactly, KS inside its bracket', async () => {
    const col = async (csv: string) => {
      const t = (await loadRun(memorySource({ 'eval/p.csv': csv }), DEFAULT_CONFIG)).evals[0]!.features.find((f) => f.name === 'x1')!;
      return sortFloat64(Float64Array.from(t.kind === 'number' ? t.values : []));
    };
    const rows = compareNumeric(await col(baseCsv), await col(curCsv));
    const sketch = compareSketches(baseSummary.sketches.find((s) => s.column === 'x1')!, curSummary.sketches.find((s) => s.column === 'x1')!)!;
    expect(sketch.psi).toBeCloseTo(rows.psi, 12);
    expect(sketch.numeric!.ks).toBeLessThanOrEqual(rows.numeric!.ks + 1e-12);
    expect(sketch.ksUpper).toBeGreaterThanOrEqual(rows.numeric!.ks - 1e-12);
    expect(sketch.numeric!.meanCur).toBeCloseTo(rows.numeric!.meanCur, 9);
  });
});
