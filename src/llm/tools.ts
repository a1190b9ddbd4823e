/**
 * The tools the agent may call. Each answers from the report's own data — plain functions, no
 * I/O — so the model can only look closer at what the deterministic engine measured, never
 * fetch anything new. Unknown names or bad arguments come back as an `error` the model can read.
 */
import type { Report } from '../report/types.js';
import type { JsonValue, ToolSpec } from './types.js';

type Args = { readonly [key: string]: JsonValue };

// Long columns (a 50-value categorical × several metrics) would flood the context for little gain.
const MAX_ROWS = 40;

export const TOOL_SPECS: readonly ToolSpec[] = [
  {
    name: 'list_findings',
    description: 'All findings of the deterministic engine, most important first: id, severity, category, area, title and what they concern.',
    parameters: { type: 'object', properties: {}, additionalProperties: false },
  },
  {
    name: 'get_finding',
    description: 'One finding in full: evidence, root cause, fix, verification, prevention.',
    parameters: {
      type: 'object',
      properties: { id: { type: 'string', description: 'Finding id, e.g. F1' } },
      required: ['id'],
      additionalProperties: false,
    },
  },
  {
    name: 'segment_metrics',
    description: 'Per-segment metric rows (baseline, current, delta, 95% CI, n) for one segment column.',
    parameters: {
      type: 'object',
      properties: { column: { type: 'string', description: 'Segment column, e.g. region' } },
      required: ['column'],
      additionalProperties: false,
    },
  },
  {
    name: 'metric',
    description: 'Headline metric rows (baseline, current, delta, 95% CI, status) whose name is or ends with the given name.',
    parameters: {
      type: 'object',
      properties: { name: { type: 'string', description: 'Metric name, e.g. test.accuracy or accuracy' } },
      required: ['name'],
      additionalProperties: false,
    },
  },
  {
    name: 'params_diff',
    description: 'Parameters (hyper-parameters, config) that differ between the baseline and the current run.',
    parameters: { type: 'object', properties: {}, additionalProperties: false },
  },
];

export const TOOL_NAMES: readonly string[] = TOOL_SPECS.map((t) => t.name);

/** Report data as JSON values (drops undefined, NaN → null exactly as report.json does). */
function json(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

function stringArg(args: Args, key: string): string | undefined {
  const v = args[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function capped(rows: readonly unknown[]): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = { rows: json(rows.slice(0, MAX_ROWS)) };
  if (rows.length > MAX_ROWS) out['omitted'] = rows.length - MAX_ROWS;
  return out;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Runs one tool against the report. Never throws: a bad call returns `{ error }`. */
export function runTool(report: Report, name: string, args: Args): JsonValue {
  switch (name) {
    case 'list_findings':
      return {
        findings: report.findings.map((f) =>
          json({
            id: f.id,
            severity: f.severity,
            category: f.category,
            area: f.area,
            title: f.title,
            metric: f.metric,
            feature: f.feature,
            segment: f.segment,
            explainedBy: f.explainedBy,
          }),
        ),
      };
    case 'get_finding': {
      const id = stringArg(args, 'id');
      const f = id === undefined ? undefined : report.findings.find((x) => x.id.toLowerCase() === id.toLowerCase());
      if (f === undefined) return { error: `no finding '${id ?? ''}'`, ids: report.findings.map((x) => x.id) };
      return { finding: json(f) };
    }
    case 'segment_metrics': {
      const column = stringArg(args, 'column');
      const exact = report.segments.filter((s) => s.column === column);
      const rows = exact.length > 0 ? exact : report.segments.filter((s) => s.column.toLowerCase() === column?.toLowerCase());
      if (rows.length === 0) return { error: `no segment rows for column '${column ?? ''}'`, columns: distinct(report.segments.map((s) => s.column)) };
      return capped(rows);
    }
    case 'metric': {
      const wanted = stringArg(args, 'name')?.toLowerCase();
      const rows = wanted === undefined ? [] : report.metrics.filter((m) => {
        const n = m.name.toLowerCase();
        return n === wanted || n.endsWith(`.${wanted}`);
      });
      if (rows.length === 0) return { error: `no metric '${wanted ?? ''}'`, names: report.metrics.map((m) => m.name) };
      return capped(rows);
    }
    case 'params_diff':
      return capped(report.params);
    default:
      return { error: `unknown tool '${name}'`, tools: [...TOOL_NAMES] };
  }
}
