/**
 * The tools the agent may call. The report tools answer from report.json itself; the
 * investigation tools (the PR's files and diff, the rows of both runs, the training curves)
 * answer through the read-only ports of `src/query/port.ts`, and are offered only when their port
 * was given. Nothing runs code or fetches a URL the model names. Answers are capped in size, and
 * a diff is delimited by a line carrying a hash of its content, so a file cannot close it. Unknown
 * names or bad arguments come back as an `error` the model can read.
 */
import { createHash } from 'node:crypto';
import type { Investigation, SegmentRef } from '../query/port.js';
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
    description:
      "Per-segment metric rows for one segment column. Without `metric`: the report's rows (baseline, current, delta, 95% CI, n). With `metric` (when the runs' rows are available): that metric recomputed from the eval rows for every value of the column (or one `value`; numeric columns in quartile bins).",
    parameters: {
      type: 'object',
      properties: {
        column: { type: 'string', description: 'Segment column, e.g. region' },
        metric: { type: 'string', description: 'accuracy, error_rate, positive_rate, mean_score, n (classification) or mae, rmse, mean_error, n (regression)' },
        value: { type: 'string', description: 'One value of the column, e.g. EU, or a bin such as [12.5, 40)' },
      },
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

const SEGMENT_PARAM: JsonValue = {
  type: 'object',
  description: 'Only the rows of one segment',
  properties: { column: { type: 'string' }, value: { type: 'string' } },
  required: ['column', 'value'],
  additionalProperties: false,
};

/** Tools over the PR's changes (offered when a diff source was given). */
export const DIFF_TOOL_SPECS: readonly ToolSpec[] = [
  {
    name: 'pr_files',
    description: 'The files the pull request changed, with their status.',
    parameters: { type: 'object', properties: {}, additionalProperties: false },
  },
  {
    name: 'pr_diff',
    description: 'The diff of one changed file; each kept or added line starts with its line number in the new file (cite it as path:line).',
    parameters: { type: 'object', properties: { path: { type: 'string', description: 'A path from pr_files' } }, required: ['path'], additionalProperties: false },
  },
];

/** Tools over the runs' rows and logs (offered when a data query was given). */
export const DATA_TOOL_SPECS: readonly ToolSpec[] = [
  {
    name: 'feature_distribution',
    description: "A feature's distribution in the baseline and the current eval rows (numeric: mean, quantiles; categorical: top values), optionally within one segment.",
    parameters: { type: 'object', properties: { feature: { type: 'string' }, segment: SEGMENT_PARAM }, required: ['feature'], additionalProperties: false },
  },
  {
    name: 'example_errors',
    description: "The current run's misclassified (or worst-predicted) rows, most confident first, with a few feature values; optionally within one segment.",
    parameters: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 20 }, segment: SEGMENT_PARAM }, additionalProperties: false },
  },
  {
    name: 'training_curve',
    description: 'One training-log series in both runs (train_loss, val_loss, lr, grad_norm or any logged column), downsampled, with its minimum and last value.',
    parameters: { type: 'object', properties: { series: { type: 'string' } }, required: ['series'], additionalProperties: false },
  },
];

/** The report tools, always offered. */
export const TOOL_NAMES: readonly string[] = TOOL_SPECS.map((t) => t.name);

/** Every tool the agent may be offered, report tools first. */
export const ALL_TOOL_NAMES: readonly string[] = [...TOOL_SPECS, ...DIFF_TOOL_SPECS, ...DATA_TOOL_SPECS].map((t) => t.name);

/** The tools offered for this run: the report's, plus those whose port exists. */
export function toolSpecsFor(investigation: Investigation | undefined): ToolSpec[] {
  return [...TOOL_SPECS, ...(investigation?.diff ? DIFF_TOOL_SPECS : []), ...(investigation?.data ? DATA_TOOL_SPECS : [])];
}

/** Longest diff handed to the model, in characters (cut at a line). */
export const MAX_DIFF_CHARS = 20_000;
const MAX_FILES = 100;

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

function segmentArg(args: Args): SegmentRef | undefined | { error: string } {
  const s = args['segment'];
  if (s === undefined || s === null) return undefined;
  if (typeof s === 'string') {
    const eq = s.indexOf('=');
    return eq > 0 ? { column: s.slice(0, eq).trim(), value: s.slice(eq + 1).trim() } : { error: "segment must be {column, value} or 'column=value'" };
  }
  if (typeof s === 'object' && !Array.isArray(s) && typeof s['column'] === 'string' && typeof s['value'] === 'string') return { column: s['column'], value: s['value'] };
  return { error: "segment must be {column, value} or 'column=value'" };
}

/**
 * A unified diff with the new file's line number before each kept or added line (`42|+lr: 0.2`),
 * so the model can cite `path:42`; cut at a line past MAX_DIFF_CHARS.
 */
export function numberDiff(diff: string): { text: string; truncated: boolean } {
  const out: string[] = [];
  let next = 0;
  let size = 0;
  for (const line of diff.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    let shown: string;
    if (hunk) {
      next = Number(hunk[1]);
      shown = line;
    } else if (line.startsWith('+') && !line.startsWith('+++')) shown = `${next++}|${line}`;
    else if (line.startsWith(' ')) shown = `${next++}|${line}`;
    else shown = `    ${line}`;
    if (size + shown.length + 1 > MAX_DIFF_CHARS) return { text: out.join('\n'), truncated: true };
    out.push(shown);
    size += shown.length + 1;
  }
  return { text: out.join('\n'), truncated: false };
}

/** Delimits quoted text by lines that carry a hash of it: the text cannot write its own closing line. */
function delimited(kind: string, text: string): string {
  const tag = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `<<<${kind} ${tag}\n${text}\n${kind} ${tag}>>>`;
}

/** Runs one tool. Never throws: a bad call, or a port that fails, returns `{ error }`. */
export async function runTool(report: Report, name: string, args: Args, investigation?: Investigation): Promise<JsonValue> {
  try {
    return await runToolUnsafe(report, name, args, investigation);
  } catch (e) {
    return { error: `the tool failed: ${(e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 200)}` };
  }
}

async function runToolUnsafe(report: Report, name: string, args: Args, investigation: Investigation | undefined): Promise<JsonValue> {
  const data = investigation?.data;
  const diff = investigation?.diff;
  switch (name) {
    case 'pr_files': {
      if (!diff) break;
      const files = await diff.files();
      return { files: json(files.slice(0, MAX_FILES)), ...(files.length > MAX_FILES ? { omitted: files.length - MAX_FILES } : {}) };
    }
    case 'pr_diff': {
      if (!diff) break;
      const path = stringArg(args, 'path');
      const files = await diff.files();
      const file = files.find((f) => f.path === path);
      if (file === undefined) return { error: `'${path ?? ''}' is not a file this pull request changed`, files: files.slice(0, 50).map((f) => f.path) };
      const text = await diff.diff(file.path);
      if (text === null) return { path: file.path, status: file.status, diff: null, note: 'no text diff (binary or too large)' };
      const numbered = numberDiff(text);
      return { path: file.path, status: file.status, diff: delimited('DIFF', numbered.text), ...(numbered.truncated ? { truncated: true } : {}) };
    }
    case 'feature_distribution': {
      if (!data) break;
      const feature = stringArg(args, 'feature');
      if (feature === undefined) return { error: 'feature is required' };
      const segment = segmentArg(args);
      if (segment && 'error' in segment) return segment;
      return json(data.featureDistribution(feature, segment));
    }
    case 'example_errors': {
      if (!data) break;
      const segment = segmentArg(args);
      if (segment && 'error' in segment) return segment;
      const limit = typeof args['limit'] === 'number' && Number.isFinite(args['limit']) ? args['limit'] : 10;
      return json(data.exampleErrors(limit, segment));
    }
    case 'training_curve': {
      if (!data) break;
      const series = stringArg(args, 'series');
      if (series === undefined) return { error: 'series is required' };
      return json(data.trainingCurve(series));
    }
  }
  return reportTool(report, name, args, investigation);
}

function reportTool(report: Report, name: string, args: Args, investigation: Investigation | undefined): JsonValue {
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
      const metric = stringArg(args, 'metric');
      const value = stringArg(args, 'value');
      if (metric !== undefined && investigation?.data && column !== undefined) return json(investigation.data.segmentMetrics(column, metric, value));
      const exact = report.segments.filter((s) => s.column === column);
      const rows = exact.length > 0 ? exact : report.segments.filter((s) => s.column.toLowerCase() === column?.toLowerCase());
      if (rows.length === 0) return { error: `no segment rows for column '${column ?? ''}'`, columns: distinct(report.segments.map((s) => s.column)) };
      const picked = value === undefined ? rows : rows.filter((s) => s.value === value);
      return capped(picked.length > 0 ? picked : rows);
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
      return { error: `unknown tool '${name}'`, tools: toolSpecsFor(investigation).map((t) => t.name) };
  }
}
