/**
 * Loads one run directory into RunArtifacts: discover → read bytes → parse → column roles.
 * A file that cannot be read or parsed becomes a LoadProblem (the review goes on without it);
 * the entry point decides whether that is an input error.
 */
import type { Config, EvalTableConfig } from '../config/config.js';
import { InputError } from '../errors.js';
import { parseCsv } from './csv.js';
import { discover } from './discover.js';
import { parseJsonl } from './jsonl.js';
import { parseSummary, type Summary } from './summary.js';
import { buildEvalView, buildTrainLog } from './roles.js';
import type { ArtifactSource } from './source.js';
import { flattenMetrics, flattenParams, parseStructured } from './structured.js';
import type { LoadProblem, RunArtifacts, Table } from './types.js';
import type { EvalView, FlatMetrics, FlatParams, TrainLog } from './types.js';

/** Parses a table file by extension (pure: text in, Table out). */
export function parseTable(path: string, text: string): Table {
  if (/\.csv$/i.test(path)) return parseCsv(path, text);
  if (/\.jsonl$/i.test(path)) return parseJsonl(path, text);
  throw new InputError(path, null, 'Parquet tables are not supported yet; write CSV or JSONL');
}

export function loadRun(source: ArtifactSource, config: Pick<Config, 'eval'>): RunArtifacts {
  const files = discover(source.list());
  const metrics: FlatMetrics[] = [];
  const params: FlatParams[] = [];
  const evals: EvalView[] = [];
  const trainLogs: TrainLog[] = [];
  const reference: Table[] = [];
  const summaries: { path: string; summary: Summary }[] = [];
  const problems: LoadProblem[] = [];

  const guard = (path: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      // Name the file with its run directory: `metrics.json` alone would not say which run.
      const where = `${source.ref.replace(/\/+$/, '')}/${path}`;
      if (e instanceof InputError) problems.push({ file: where, message: `${where}${e.place ? `:${e.place}` : ''}: ${e.detail}` });
      else problems.push({ file: where, message: `${where}: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  // Configured eval tables are loaded even when their names don't follow the conventions.
  const configured = new Map<string, EvalTableConfig>();
  for (const e of config.eval) configured.set(e.path.replace(/^\.\//, '').toLowerCase(), e);
  const all = source.list();
  const evalPaths = new Set(files.filter((f) => f.kind === 'eval').map((f) => f.path));
  for (const e of config.eval) {
    const hit = all.find((p) => p.toLowerCase() === e.path.replace(/^\.\//, '').toLowerCase());
    if (hit) evalPaths.add(hit);
    else problems.push({ file: e.path, message: `${e.path}: configured eval table not found in ${source.ref}`, missingConfigured: true });
  }

  for (const f of files) {
    if (f.kind === 'metrics') guard(f.path, () => metrics.push(flattenMetrics(f.path, parseStructured(f.path, source.read(f.path)))));
    else if (f.kind === 'params') guard(f.path, () => params.push(flattenParams(f.path, parseStructured(f.path, source.read(f.path)))));
    else if (f.kind === 'trainlog') guard(f.path, () => trainLogs.push(buildTrainLog(parseTable(f.path, source.read(f.path)))));
    else if (f.kind === 'summary') guard(f.path, () => summaries.push({ path: f.path, summary: parseSummary(f.path, source.read(f.path)) }));
    else if (f.kind === 'reference') guard(f.path, () => reference.push(parseTable(f.path, source.read(f.path))));
  }
  for (const p of [...evalPaths].sort()) {
    guard(p, () => evals.push(buildEvalView(parseTable(p, source.read(p)), configured.get(p.toLowerCase()))));
  }
  return { dir: source.ref, metrics, params, evals, summaries, trainLogs, reference, problems };
}
