/**
 * Flags of `ml-doctor summarize` and `ml-doctor sql` (docs/summary.md) → typed requests.
 * Every error names the flag and the allowed values.
 */
import { InputError } from '../errors.js';
import { DIALECTS, type Dialect } from '../analysis/summary/sql.js';

/** Columns of a table summarized without a baseline summary to copy them from. */
export interface ColumnFlags {
  readonly label: string | null;
  readonly pred: string | null;
  readonly score: string | null;
  readonly task: 'binary' | 'regression' | null;
  /** Binary classes as `NEG,POS` text of the label (default 0,1). */
  readonly classes: readonly string[] | null;
  readonly numeric: readonly string[];
  readonly categorical: readonly string[];
  readonly segments: readonly string[] | null;
}

export interface SummarizeArgs {
  /** An eval table (CSV / JSONL), or null with `fromSqlResult`. */
  readonly table: string | null;
  /** The result of the `ml-doctor sql` aggregation query, saved as CSV or JSONL. */
  readonly fromSqlResult: string | null;
  /** The baseline's summary: its edges and columns are used (summarizing the current run). */
  readonly baseline: string | null;
  /** The result of the `--stage edges` query (summarizing the baseline from SQL). */
  readonly edges: string | null;
  readonly out: string | null;
  /** With --from-sql-result: the warehouse table's name, recorded as the summary's source (`--table`). */
  readonly source: string | null;
  readonly columns: ColumnFlags;
}

export interface SqlArgs {
  readonly dialect: Dialect;
  readonly table: string;
  readonly stage: 'edges' | 'aggregate';
  readonly baseline: string | null;
  readonly edges: string | null;
  readonly columns: ColumnFlags;
}

export const SUMMARIZE_USAGE = `Usage: ml-doctor summarize TABLE [--baseline BASE.summary.json] [--out FILE] [column flags]
       ml-doctor summarize --from-sql-result RESULT.csv [--table NAME] (--baseline BASE.summary.json | --edges EDGES.csv + column flags) [--out FILE]
       ml-doctor sql --dialect duckdb|spark|bigquery --table NAME [--stage edges|aggregate]
                     (--baseline BASE.summary.json | --edges EDGES.csv + column flags)
Column flags: --label COL --pred COL --score COL --task binary|regression --classes NEG,POS
              --numeric a,b --categorical c,d --segments c (summarize TABLE reads the roles itself)
Writes / prints the summary input of docs/summary.md; diagnose reads eval/*.summary.json in place of an eval table.`;

const VALUE_FLAGS = ['--baseline', '--edges', '--out', '--from-sql-result', '--dialect', '--table', '--stage', '--label', '--pred', '--score', '--task', '--classes', '--numeric', '--categorical', '--segments'] as const;

function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new InputError('command line', flag, `invalid value '${v}'; expected one of: ${allowed.join(', ')}`);
  return v as T;
}

function collect(argv: readonly string[], allowed: readonly string[]): { vals: Map<string, string>; positional: string[] } {
  const vals = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (!raw.startsWith('--')) {
      positional.push(raw);
      continue;
    }
    const eq = raw.indexOf('=');
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    if (!allowed.includes(flag)) throw new InputError('command line', flag, `unknown option; expected one of: ${allowed.join(', ')}`);
    const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new InputError('command line', flag, 'needs a value');
    vals.set(flag, value);
  }
  return { vals, positional };
}

const list = (v: string | undefined): string[] => (v ? v.split(',').map((s) => s.trim()).filter((s) => s !== '') : []);

function columnFlags(vals: Map<string, string>): ColumnFlags {
  const classes = vals.has('--classes') ? list(vals.get('--classes')) : null;
  if (classes && classes.length !== 2) throw new InputError('command line', '--classes', `expected NEG,POS (two values), found ${classes.length}`);
  return {
    label: vals.get('--label') ?? null,
    pred: vals.get('--pred') ?? null,
    score: vals.get('--score') ?? null,
    task: vals.has('--task') ? oneOf('--task', vals.get('--task')!, ['binary', 'regression'] as const) : null,
    classes,
    numeric: list(vals.get('--numeric')),
    categorical: list(vals.get('--categorical')),
    segments: vals.has('--segments') ? list(vals.get('--segments')) : null,
  };
}

/** argv after `summarize`. */
export function parseSummarizeArgs(argv: readonly string[]): SummarizeArgs {
  const { vals, positional } = collect(argv, VALUE_FLAGS.filter((f) => f !== '--dialect' && f !== '--stage'));
  if (positional.length > 1) throw new InputError('command line', positional[1]!, 'summarize takes one table');
  const fromSqlResult = vals.get('--from-sql-result') ?? null;
  const table = positional[0] ?? null;
  if (!table && !fromSqlResult) throw new InputError('command line', 'summarize', 'needs an eval table (CSV or JSONL) or --from-sql-result FILE');
  if (table && fromSqlResult) throw new InputError('command line', '--from-sql-result', 'give either a table or --from-sql-result, not both');
  if (vals.has('--baseline') && vals.has('--edges')) throw new InputError('command line', '--edges', 'give either --baseline or --edges, not both');
  if (fromSqlResult && !vals.has('--baseline') && !vals.has('--edges')) {
    throw new InputError('command line', '--from-sql-result', 'needs --baseline BASE.summary.json (current run) or --edges EDGES.csv (baseline run)');
  }
  return { table, fromSqlResult, baseline: vals.get('--baseline') ?? null, edges: vals.get('--edges') ?? null, out: vals.get('--out') ?? null, source: vals.get('--table') ?? null, columns: columnFlags(vals) };
}

/** argv after `sql`. */
export function parseSqlArgs(argv: readonly string[]): SqlArgs {
  const { vals, positional } = collect(argv, VALUE_FLAGS.filter((f) => f !== '--out' && f !== '--from-sql-result'));
  if (positional.length > 0) throw new InputError('command line', positional[0]!, 'unexpected argument; sql takes flags only');
  const dialect = vals.get('--dialect');
  if (!dialect) throw new InputError('command line', '--dialect', `is required; expected one of: ${DIALECTS.join(', ')}`);
  const checkedDialect = oneOf('--dialect', dialect, DIALECTS);
  const table = vals.get('--table');
  if (!table) throw new InputError('command line', '--table', 'is required (the eval table in the warehouse)');
  const stage = oneOf('--stage', vals.get('--stage') ?? 'aggregate', ['edges', 'aggregate'] as const);
  if (vals.has('--baseline') && vals.has('--edges')) throw new InputError('command line', '--edges', 'give either --baseline or --edges, not both');
  if (stage === 'aggregate' && !vals.has('--baseline') && !vals.has('--edges')) {
    throw new InputError('command line', '--stage', 'the aggregate query needs --baseline BASE.summary.json or --edges EDGES.csv (run --stage edges on the baseline table first)');
  }
  return { dialect: checkedDialect, table, stage, baseline: vals.get('--baseline') ?? null, edges: vals.get('--edges') ?? null, columns: columnFlags(vals) };
}
