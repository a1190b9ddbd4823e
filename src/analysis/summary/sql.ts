/**
 * `ml-doctor sql`: the aggregation queries that compute a summary inside the user's warehouse
 * (DuckDB, Spark SQL, BigQuery), and the conversion of their result rows into a Summary.
 *
 * Two queries, both plain SELECTs over the table, portable across the three dialects except for
 * identifier quoting, type names and the list of ranks:
 * 1. `edges` (baseline only): per numeric column the values at ranks ⌊(k/100)·(n − 1)⌋,
 *    k = 1…99, of its finite values, and its count, distinct count and maximum — exactly what
 *    quantileEdges reads from a sorted column, so the sketch edges equal the row path's.
 * 2. `aggregate`: one UNION ALL of GROUP BYs in a long format (section, name, value, bin, n,
 *    s1…s6) holding the overall cell, one cell per category value, one per sketch bin, the sketch
 *    stats and the score histogram. The edges are written into the query as literals.
 * The result rows convert to the summary JSON with `ml-doctor summarize --from-sql-result`
 * (summaryFromSqlRows here): producing nested JSON in SQL differs too much between the dialects.
 */
import { InputError } from '../../errors.js';
import {
  SCORE_BINS,
  SKETCH_BINS,
  SUMMARY_VERSION,
  type Categories,
  type Cell,
  type Sketch,
  type Summary,
} from '../../artifacts/summary.js';
import { PSI_BINS } from '../data/drift.js';
import { MAX_NUMERIC_CATEGORIES, MISSING_LABEL } from '../performance/segment-columns.js';

export type Dialect = 'duckdb' | 'spark' | 'bigquery';
export const DIALECTS: readonly Dialect[] = ['duckdb', 'spark', 'bigquery'];

/** What the queries need to know about the table. */
export interface SqlPlan {
  readonly table: string;
  readonly task: 'binary' | 'regression';
  /** Binary: [negative, positive] as the label's text. */
  readonly classes: readonly string[];
  readonly label: string;
  readonly pred: string | null;
  readonly score: string | null;
  /** Numeric feature columns (sketched; those with ≤ 10 distinct values are also segments by value). */
  readonly numeric: readonly string[];
  /** String / boolean feature columns (counted by value, segments when they hold 2-50 values). */
  readonly categorical: readonly string[];
}

/** Sketch edges of one numeric column, from the `edges` query or the baseline summary. */
export interface ColumnEdges {
  readonly column: string;
  readonly role: Sketch['role'];
  readonly edges: readonly number[];
  readonly psiEdges: readonly number[];
  /** Numeric column with ≤ 10 distinct values: a segment by value. */
  readonly asCategory: boolean;
}

/** Most distinct values a string column may hold and still be a segment column (CONTRACT §2). */
const MAX_SEGMENT_VALUES = 50;

interface Syntax {
  readonly id: (name: string) => string;
  readonly str: string;
  readonly int: string;
  readonly dbl: string;
  readonly ranks: (alias: string) => string;
}

const SYNTAX: Record<Dialect, Syntax> = {
  duckdb: {
    id: (n) => `"${n.replace(/"/g, '""')}"`,
    str: 'VARCHAR',
    int: 'BIGINT',
    dbl: 'DOUBLE',
    ranks: (a) => `(SELECT range AS k FROM range(1, ${SKETCH_BINS})) AS ${a}`,
  },
  spark: {
    id: (n) => `\`${n.replace(/`/g, '``')}\``,
    str: 'STRING',
    int: 'BIGINT',
    dbl: 'DOUBLE',
    ranks: (a) => `(SELECT explode(sequence(1, ${SKETCH_BINS - 1})) AS k) AS ${a}`,
  },
  bigquery: {
    id: (n) => `\`${n.replace(/`/g, '\\`')}\``,
    str: 'STRING',
    int: 'INT64',
    dbl: 'FLOAT64',
    ranks: (a) => `UNNEST(GENERATE_ARRAY(1, ${SKETCH_BINS - 1})) AS ${a}_k`,
  },
};

/** A string literal: DuckDB doubles the quote (a backslash is a plain character); Spark and BigQuery escape with backslashes. */
function literal(d: Dialect, s: string): string {
  return d === 'duckdb' ? `'${s.replace(/'/g, "''")}'` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A double literal that every dialect reads as a double and that round-trips exactly. */
function num(x: number): string {
  return x.toExponential();
}

function table(d: Dialect, name: string): string {
  // A dotted name (project.dataset.table) is quoted part by part; DuckDB also takes a file path in quotes.
  if (d === 'duckdb' && /[/\\]|\.parquet$|\.csv$/i.test(name)) return literal(d, name);
  return name.split('.').map(SYNTAX[d].id).join('.');
}

const finite = (x: string) => `${x} IS NOT NULL AND ABS(${x}) <= 1.7976931348623157e308`;

/** The rows the row path keeps: a label and a prediction (a finite score when there is one). */
function keptFilter(p: SqlPlan, s: Syntax): string {
  if (!p.pred && !p.score) throw new InputError('command line', '--pred', 'a summary needs a prediction or a score column');
  if (p.task === 'regression') return `${finite(s.id(p.label))} AND ${finite(s.id(p.pred!))}`;
  const parts = [`${s.id(p.label)} IS NOT NULL`];
  if (p.pred) parts.push(`${s.id(p.pred)} IS NOT NULL`);
  if (p.score) parts.push(finite(s.id(p.score)));
  return parts.join(' AND ');
}

function sketchColumns(p: SqlPlan): { column: string; role: Sketch['role'] }[] {
  const out: { column: string; role: Sketch['role'] }[] = [];
  if (p.task === 'binary' && p.score) out.push({ column: p.score, role: 'score' });
  if (p.task === 'regression') out.push({ column: p.label, role: 'label' }, { column: p.pred!, role: 'pred' });
  for (const c of p.numeric) out.push({ column: c, role: 'feature' });
  return out;
}

/** The `edges` query (run on the baseline table). */
export function edgesSql(p: SqlPlan, d: Dialect): string {
  const s = SYNTAX[d];
  const lit = (x: string) => literal(d, x);
  const blocks = sketchColumns(p).map(({ column, role }, i) => {
    const x = s.id(column);
    const a = `r${i}`;
    const ranks = s.ranks(`k${i}`);
    const k = d === 'bigquery' ? `k${i}_k` : `k${i}.k`;
    return [
      `SELECT 'q' AS section, ${lit(column)} AS name, ${lit(role)} AS role, CAST(${k} AS ${s.int}) AS k, CAST(${a}.v AS ${s.dbl}) AS v, CAST(0 AS ${s.int}) AS n, CAST(0 AS ${s.int}) AS d`,
      `FROM (SELECT ${x} AS v, ROW_NUMBER() OVER (ORDER BY ${x}) - 1 AS r, COUNT(*) OVER () AS cnt FROM base WHERE ${finite(x)}) AS ${a}`,
      `CROSS JOIN ${ranks}`,
      `WHERE ${a}.r = CAST(FLOOR((CAST(${k} AS ${s.dbl}) / CAST(${SKETCH_BINS} AS ${s.dbl})) * CAST(${a}.cnt - 1 AS ${s.dbl})) AS ${s.int})`,
      'UNION ALL',
      `SELECT 'stats', ${lit(column)}, ${lit(role)}, CAST(0 AS ${s.int}), CAST(MAX(${x}) AS ${s.dbl}), COUNT(*), COUNT(DISTINCT ${x}) FROM base WHERE ${finite(x)}`,
    ].join('\n');
  });
  return `-- ml-doctor summary v${SUMMARY_VERSION}: sketch edges of ${p.table} (${d})\nWITH base AS (SELECT * FROM ${table(d, p.table)} WHERE ${keptFilter(p, s)})\n${blocks.join('\nUNION ALL\n')}\nORDER BY name, role, section, k\n`;
}

/** A row of the `edges` query's result. */
export interface EdgesRow {
  readonly section: string;
  readonly name: string;
  readonly role: string;
  readonly k: number;
  readonly v: number;
  readonly n: number;
  readonly d: number;
}

function dedupEdges(raw: readonly number[], max: number): number[] {
  const out: number[] = [];
  for (const q of raw) if (out.length === 0 || q > out[out.length - 1]!) out.push(q);
  while (out.length > 0 && out[out.length - 1]! >= max) out.pop();
  return out;
}

/** The edges query's rows → sketch edges per column (quantileEdges' rule: dedupe, drop edges at the maximum). */
export function edgesFromRows(p: SqlPlan, rows: readonly EdgesRow[], file: string): ColumnEdges[] {
  return sketchColumns(p).map(({ column, role }) => {
    const mine = rows.filter((r) => r.name === column && r.role === role);
    const stats = mine.find((r) => r.section === 'stats');
    if (!stats) throw new InputError(file, `column '${column}'`, 'no stats row in the edges result');
    const byK = new Map<number, number>();
    for (const r of mine) if (r.section === 'q') byK.set(r.k, r.v);
    const at = (k: number): number => {
      const v = byK.get(k);
      if (v === undefined) throw new InputError(file, `column '${column}' rank ${k}`, 'missing from the edges result');
      return v;
    };
    if (stats.n === 0) return { column, role, edges: [], psiEdges: [], asCategory: role === 'feature' };
    const fine = Array.from({ length: SKETCH_BINS - 1 }, (_, i) => at(i + 1));
    const step = SKETCH_BINS / PSI_BINS;
    const deciles = Array.from({ length: PSI_BINS - 1 }, (_, i) => at((i + 1) * step));
    return { column, role, edges: dedupEdges(fine, stats.v), psiEdges: dedupEdges(deciles, stats.v), asCategory: role === 'feature' && stats.d <= MAX_NUMERIC_CATEGORIES };
  });
}

/** Edges taken from the baseline's summary (the current run is counted on the baseline's bins). */
export function edgesFromSummary(p: SqlPlan, base: Summary, file: string): ColumnEdges[] {
  return sketchColumns(p).map(({ column, role }) => {
    const s = base.sketches.find((x) => x.column === column && x.role === role);
    if (!s) throw new InputError(file, `sketches`, `no sketch of column '${column}' (${role}) in the baseline summary`);
    const cat = base.categories.find((c) => c.column === column);
    return { column, role, edges: s.edges, psiEdges: s.psi_edges, asCategory: role === 'feature' && cat?.segment === true };
  });
}

/** The plan of a table summarized like the baseline summary (same columns and roles). */
export function planFromSummary(tableName: string, base: Summary): SqlPlan {
  const categoricalFeatures = base.categories.filter((c) => c.feature).map((c) => c.column);
  return {
    table: tableName,
    task: base.task,
    classes: base.classes,
    label: base.columns.label,
    pred: base.columns.pred,
    score: base.columns.score,
    numeric: base.sketches.filter((s) => s.role === 'feature').map((s) => s.column),
    categorical: categoricalFeatures,
  };
}

function binExpr(x: string, edges: readonly number[]): string {
  if (edges.length === 0) return '0';
  return `CASE ${edges.map((e, b) => `WHEN ${x} <= ${num(e)} THEN ${b}`).join(' ')} ELSE ${edges.length} END`;
}

/** The aggregation query. */
export function aggregateSql(p: SqlPlan, edges: readonly ColumnEdges[], d: Dialect): string {
  const s = SYNTAX[d];
  const lit = (x: string) => literal(d, x);
  const cells =
    p.task === 'binary'
      ? `COUNT(*) AS n, CAST(SUM(y_pos * p_pos) AS ${s.dbl}) AS s1, CAST(SUM((1 - y_pos) * p_pos) AS ${s.dbl}) AS s2, CAST(SUM(y_pos * (1 - p_pos)) AS ${s.dbl}) AS s3, CAST(SUM((1 - y_pos) * (1 - p_pos)) AS ${s.dbl}) AS s4, CAST(0 AS ${s.dbl}) AS s5, CAST(0 AS ${s.dbl}) AS s6`
      : 'COUNT(*) AS n, SUM(e) AS s1, SUM(e * e) AS s2, SUM(ABS(e)) AS s3, SUM(e * e * e * e) AS s4, SUM(y) AS s5, SUM(y * y) AS s6';
  const derived: string[] = [];
  if (p.task === 'binary') {
    const pos = lit(p.classes[1]!);
    derived.push(`CASE WHEN CAST(${s.id(p.label)} AS ${s.str}) = ${pos} THEN 1 ELSE 0 END AS y_pos`);
    derived.push(p.pred ? `CASE WHEN CAST(${s.id(p.pred)} AS ${s.str}) = ${pos} THEN 1 ELSE 0 END AS p_pos` : `CASE WHEN ${s.id(p.score!)} >= 0.5 THEN 1 ELSE 0 END AS p_pos`);
  } else {
    derived.push(`CAST(${s.id(p.pred!)} AS ${s.dbl}) - CAST(${s.id(p.label)} AS ${s.dbl}) AS e`, `CAST(${s.id(p.label)} AS ${s.dbl}) AS y`);
  }
  const blocks: string[] = [];
  const head = (section: string, name: string, value: string, bin: string) => `SELECT ${lit(section)} AS section, ${lit(name)} AS name, ${value} AS value, CAST(${bin} AS ${s.int}) AS bin, ${cells}`;
  blocks.push(`${head('overall', '', "''", '0')} FROM t`);
  const catCols = [...p.categorical, ...edges.filter((e) => e.role === 'feature' && e.asCategory).map((e) => e.column)];
  for (const c of catCols) {
    const v = `COALESCE(CAST(${s.id(c)} AS ${s.str}), ${lit(MISSING_LABEL)})`;
    blocks.push(`${head('cat', c, v, '0')} FROM t GROUP BY ${v}`);
  }
  for (const e of edges) {
    const x = s.id(e.column);
    const bin = binExpr(x, e.edges);
    blocks.push(`${head('sketch', e.column, lit(e.role), bin)} FROM t WHERE ${finite(x)} GROUP BY ${bin}`);
    blocks.push(
      `SELECT 'sketch_stats' AS section, ${lit(e.column)} AS name, ${lit(e.role)} AS value, CAST(0 AS ${s.int}) AS bin, COUNT(*) AS n, ` +
        `CAST(SUM(CASE WHEN ${finite(x)} THEN ${x} ELSE 0 END) AS ${s.dbl}) AS s1, CAST(MIN(CASE WHEN ${finite(x)} THEN ${x} END) AS ${s.dbl}) AS s2, ` +
        `CAST(MAX(CASE WHEN ${finite(x)} THEN ${x} END) AS ${s.dbl}) AS s3, CAST(SUM(CASE WHEN ${finite(x)} THEN 0 ELSE 1 END) AS ${s.dbl}) AS s4, CAST(0 AS ${s.dbl}) AS s5, CAST(0 AS ${s.dbl}) AS s6 FROM t`,
    );
  }
  if (p.task === 'binary' && p.score) {
    const x = s.id(p.score);
    const bin = `LEAST(${SCORE_BINS - 1}, CAST(FLOOR(${x} * ${SCORE_BINS}) AS ${s.int}))`;
    blocks.push(
      `SELECT 'score_hist' AS section, '' AS name, '' AS value, ${bin} AS bin, COUNT(*) AS n, CAST(SUM(y_pos) AS ${s.dbl}) AS s1, CAST(SUM(1 - y_pos) AS ${s.dbl}) AS s2, ` +
        `CAST(0 AS ${s.dbl}) AS s3, CAST(0 AS ${s.dbl}) AS s4, CAST(0 AS ${s.dbl}) AS s5, CAST(0 AS ${s.dbl}) AS s6 FROM t WHERE ${x} >= 0 AND ${x} <= 1 GROUP BY ${bin}`,
    );
  }
  return (
    `-- ml-doctor summary v${SUMMARY_VERSION}: aggregates of ${p.table} (${d}); convert the result with ml-doctor summarize --from-sql-result\n` +
    `WITH t AS (SELECT *, ${derived.join(', ')} FROM ${table(d, p.table)} WHERE ${keptFilter(p, s)})\n` +
    `${blocks.join('\nUNION ALL\n')}\nORDER BY section, name, value, bin\n`
  );
}

/** A row of the aggregation query's result. */
export interface AggregateRow {
  readonly section: string;
  readonly name: string;
  readonly value: string;
  readonly bin: number;
  readonly n: number;
  readonly s: readonly [number, number, number, number, number, number];
}

function cellOf(task: SqlPlan['task'], r: AggregateRow): Cell {
  // SQL's SUM over no rows is NULL (read as NaN): a group of no rows sums to 0.
  const [a, b, c, d, e, f] = r.s.map((x) => (r.n === 0 && Number.isNaN(x) ? 0 : x));
  return task === 'binary'
    ? { n: r.n, tp: a, fp: b, fn: c, tn: d }
    : { n: r.n, sum_err: a, sum_sq_err: b, sum_abs_err: c, sum_err4: d, sum_y: e, sum_y2: f };
}

/** The aggregation query's rows → the summary JSON. */
export function summaryFromSqlRows(p: SqlPlan, edges: readonly ColumnEdges[], rows: readonly AggregateRow[], file: string): Summary {
  const overall = rows.find((r) => r.section === 'overall');
  if (!overall) throw new InputError(file, "section 'overall'", 'missing: is this the result of ml-doctor sql (the aggregate query)?');
  const empty = (): Cell => cellOf(p.task, { section: '', name: '', value: '', bin: 0, n: 0, s: [0, 0, 0, 0, 0, 0] });
  const sketches: Sketch[] = edges.map((e) => {
    const bins = rows.filter((r) => r.section === 'sketch' && r.name === e.column && r.value === e.role);
    const stats = rows.find((r) => r.section === 'sketch_stats' && r.name === e.column && r.value === e.role);
    if (!stats) throw new InputError(file, `sketch_stats of '${e.column}'`, 'missing from the result');
    const counts = new Array<number>(e.edges.length + 1).fill(0);
    const cells = counts.map(() => empty());
    for (const r of bins) {
      if (!(r.bin >= 0 && r.bin < counts.length)) throw new InputError(file, `sketch '${e.column}' bin ${r.bin}`, `out of range 0..${counts.length - 1}`);
      counts[r.bin] = r.n;
      cells[r.bin] = cellOf(p.task, r);
    }
    const finiteN = counts.reduce((x, y) => x + y, 0);
    return {
      column: e.column,
      role: e.role,
      edges: e.edges.slice(),
      psi_edges: e.psiEdges.slice(),
      counts,
      ...(e.role === 'feature' ? { cells } : {}),
      missing: stats.s[3],
      sum: finiteN > 0 ? stats.s[0] : 0,
      min: finiteN > 0 ? stats.s[1] : null,
      max: finiteN > 0 ? stats.s[2] : null,
    };
  });
  const asCategory = new Set(edges.filter((e) => e.asCategory).map((e) => e.column));
  const categories: Categories[] = [...p.categorical, ...asCategory].map((c) => {
    const values = rows
      .filter((r) => r.section === 'cat' && r.name === c)
      .map((r) => ({ value: r.value, cell: cellOf(p.task, r) }))
      .sort((x, y) => (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
    const distinct = values.filter((v) => v.value !== MISSING_LABEL).length;
    const isString = !asCategory.has(c);
    return { column: c, feature: isString, segment: isString ? distinct >= 2 && distinct <= MAX_SEGMENT_VALUES : true, values };
  });
  let scoreHist: Summary['score_hist'] = null;
  if (p.task === 'binary' && p.score) {
    const pos = new Array<number>(SCORE_BINS).fill(0);
    const neg = new Array<number>(SCORE_BINS).fill(0);
    let inUnit = 0;
    for (const r of rows.filter((x) => x.section === 'score_hist')) {
      pos[r.bin] = r.s[0];
      neg[r.bin] = r.s[1];
      inUnit += r.n;
    }
    // Scores outside [0, 1] leave the histogram out, as `summarize` does from rows.
    scoreHist = inUnit === overall.n ? { pos, neg } : null;
  }
  return {
    summary_version: SUMMARY_VERSION,
    source: p.table,
    task: p.task,
    classes: p.task === 'binary' ? p.classes.slice() : [],
    columns: { label: p.label, pred: p.pred, score: p.score },
    overall: cellOf(p.task, overall),
    score_hist: scoreHist,
    sketches,
    categories,
  };
}
