/**
 * `ml-doctor summarize` and `ml-doctor sql`: file I/O around the pure summary code
 * (analysis/summary/). Errors are InputErrors naming the file and place; runCli prints them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseTable } from '../artifacts/load.js';
import { buildEvalView } from '../artifacts/roles.js';
import { parseSummary, type Summary } from '../artifacts/summary.js';
import { cellText, type Table } from '../artifacts/table.js';
import { InputError } from '../errors.js';
import { summarizeView } from '../analysis/summary/from-rows.js';
import {
  aggregateSql,
  edgesFromRows,
  edgesFromSummary,
  edgesSql,
  planFromSummary,
  summaryFromSqlRows,
  type AggregateRow,
  type ColumnEdges,
  type EdgesRow,
  type SqlPlan,
} from '../analysis/summary/sql.js';
import type { ColumnFlags, SqlArgs, SummarizeArgs } from './summary-args.js';

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InputError(path, null, 'file not found or not readable');
  }
}

function readSummary(path: string): Summary {
  return parseSummary(path, read(path));
}

/** A query result saved as CSV / JSONL → a table; the named columns must be there. */
function resultTable(path: string, columns: readonly string[]): Table {
  const t = parseTable(path, read(path));
  const lower = new Map(t.columns.map((c) => [c.name.toLowerCase(), c]));
  for (const c of columns) if (!lower.has(c)) throw new InputError(path, 'header', `no column '${c}'; expected the columns ${columns.join(', ')} of the ml-doctor sql query`);
  return t;
}

function textAt(t: Table, name: string, i: number): string {
  return cellText(t.columns.find((c) => c.name.toLowerCase() === name)!, i);
}

function numAt(t: Table, name: string, i: number, path: string): number {
  const col = t.columns.find((c) => c.name.toLowerCase() === name)!;
  const v = col.kind === 'number' ? col.values[i]! : Number(cellText(col, i));
  if (col.kind === 'number' && col.missing[i]) return NaN;
  if (!Number.isFinite(v) && !(col.kind === 'number' && Number.isNaN(v))) throw new InputError(path, `row ${i + 2}, column '${name}'`, `not a number: '${cellText(col, i)}'`);
  return v;
}

function edgesRows(path: string): EdgesRow[] {
  const cols = ['section', 'name', 'role', 'k', 'v', 'n', 'd'];
  const t = resultTable(path, cols);
  return Array.from({ length: t.nRows }, (_, i) => ({
    section: textAt(t, 'section', i),
    name: textAt(t, 'name', i),
    role: textAt(t, 'role', i),
    k: numAt(t, 'k', i, path),
    v: numAt(t, 'v', i, path),
    n: numAt(t, 'n', i, path),
    d: numAt(t, 'd', i, path),
  }));
}

function aggregateRows(path: string): AggregateRow[] {
  const cols = ['section', 'name', 'value', 'bin', 'n', 's1', 's2', 's3', 's4', 's5', 's6'];
  const t = resultTable(path, cols);
  return Array.from({ length: t.nRows }, (_, i) => ({
    section: textAt(t, 'section', i),
    name: textAt(t, 'name', i),
    value: textAt(t, 'value', i),
    bin: numAt(t, 'bin', i, path),
    n: numAt(t, 'n', i, path),
    s: [numAt(t, 's1', i, path), numAt(t, 's2', i, path), numAt(t, 's3', i, path), numAt(t, 's4', i, path), numAt(t, 's5', i, path), numAt(t, 's6', i, path)],
  }));
}

/** The plan from column flags (a baseline summarized in the warehouse). */
function planFromFlags(table: string, f: ColumnFlags): SqlPlan {
  if (!f.label) throw new InputError('command line', '--label', 'is required without --baseline (the label column)');
  if (!f.pred && !f.score) throw new InputError('command line', '--pred', 'a prediction (--pred) or score (--score) column is required without --baseline');
  const task = f.task ?? (f.score ? 'binary' : null);
  if (!task) throw new InputError('command line', '--task', 'is required without --baseline and --score: binary or regression');
  if (task === 'regression' && !f.pred) throw new InputError('command line', '--pred', 'a regression summary needs the prediction column');
  return { table, task, classes: task === 'binary' ? (f.classes ?? ['0', '1']) : [], label: f.label, pred: f.pred, score: f.score, numeric: f.numeric, categorical: f.categorical };
}

function planAndEdges(table: string, a: { baseline: string | null; edges: string | null; columns: ColumnFlags }): { plan: SqlPlan; edges: ColumnEdges[] | null } {
  if (a.baseline) {
    const base = readSummary(a.baseline);
    const plan = planFromSummary(table, base);
    return { plan, edges: edgesFromSummary(plan, base, a.baseline) };
  }
  const plan = planFromFlags(table, a.columns);
  return { plan, edges: a.edges ? edgesFromRows(plan, edgesRows(a.edges), a.edges) : null };
}

/** `ml-doctor sql`: the query text. */
export function sqlCommand(a: SqlArgs): string {
  const { plan, edges } = planAndEdges(a.table, a);
  if (a.stage === 'edges') return edgesSql(plan, a.dialect);
  return aggregateSql(plan, edges!, a.dialect);
}

/** `ml-doctor summarize`: the summary JSON (written to --out, or returned for stdout). */
export function summarizeCommand(a: SummarizeArgs): { json: string; out: string | null } {
  let summary: Summary;
  if (a.fromSqlResult) {
    const { plan, edges } = planAndEdges(a.source ?? a.fromSqlResult, a);
    summary = summaryFromSqlRows(plan, edges!, aggregateRows(a.fromSqlResult), a.fromSqlResult);
  } else {
    const path = a.table!;
    const table = parseTable(path, read(path));
    const f = a.columns;
    const view = buildEvalView(table, {
      path,
      ...(f.label ? { label: f.label } : {}),
      ...(f.pred ? { pred: f.pred } : {}),
      ...(f.score ? { score: f.score } : {}),
      ...(f.task ? { task: f.task === 'binary' ? 'classification' : 'regression' } : {}),
      ...(f.classes ? { positive: f.classes[1]! } : {}),
      ...(f.segments ? { segments: f.segments } : {}),
    });
    summary = summarizeView(view, a.baseline ? readSummary(a.baseline) : null, path);
  }
  const json = JSON.stringify(summary, null, 1) + '\n';
  if (a.out) writeFileSync(a.out, json);
  return { json, out: a.out };
}
