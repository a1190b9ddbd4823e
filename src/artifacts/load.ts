/**
 * Loads one run directory into RunArtifacts: discover → read bytes → parse → column roles.
 * A file that cannot be read or parsed becomes a LoadProblem (the review goes on without it);
 * the entry point decides whether that is an input error.
 */
import type { Config, EvalTableConfig } from '../config/config.js';
import { InputError } from '../errors.js';
import { discover } from './discover.js';
import { parseSummary, type Summary } from './summary.js';
import { parseTable } from './parse-bytes.js';
import { IN_PROCESS_PARSER, type TableParser } from './parse-pool.js';
import type { ReadBuffer } from './read-buffer.js';
import { buildEvalView, buildTrainLog } from './roles.js';
import type { ArtifactSource } from './source.js';
import { flattenMetrics, flattenParams, parseStructured } from './structured.js';
import type { LoadProblem, RunArtifacts, Table } from './types.js';
import type { EvalView, FlatMetrics, FlatParams, TrainLog } from './types.js';

export { parseTable } from './parse-bytes.js';

/**
 * Eval tables and reference data (the files that grow with rows) go through `parser`, which may
 * parse them on other cores; they are parsed concurrently and collected in path order, so the
 * result does not depend on which finishes first.
 */
export async function loadRun(
  source: ArtifactSource,
  config: Pick<Config, 'eval'>,
  parser: TableParser = IN_PROCESS_PARSER,
  /** Memory reused by the tables parsed in this thread, across files and runs (see ReadBuffer). */
  buffer: ReadBuffer | null = null,
): Promise<RunArtifacts> {
  const files = discover(source.list());
  const metrics: FlatMetrics[] = [];
  const params: FlatParams[] = [];
  const evals: EvalView[] = [];
  const trainLogs: TrainLog[] = [];
  const reference: Table[] = [];
  const summaries: { path: string; summary: Summary }[] = [];
  const problems: LoadProblem[] = [];

  const problem = (path: string, e: unknown): LoadProblem => {
    // Name the file with its run directory: `metrics.json` alone would not say which run.
    const where = `${source.ref.replace(/\/+$/, '')}/${path}`;
    if (e instanceof InputError) return { file: where, message: `${where}${e.place ? `:${e.place}` : ''}: ${e.detail}` };
    return { file: where, message: `${where}: ${e instanceof Error ? e.message : String(e)}` };
  };
  const guard = (path: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      problems.push(problem(path, e));
    }
  };
  // Starts parsing a large table now; `settle` is called later, in path order.
  const start = <T>(path: string, build: (t: Table) => T): Promise<{ ok: true; value: T } | { ok: false; problem: LoadProblem }> =>
    parser
      .parse(path, () => source.readBytes(path), buffer && source.readBytesInto ? () => source.readBytesInto!(path, buffer) : undefined, source.localPath?.(path))
      .then(build)
      .then(
        (value) => ({ ok: true as const, value }),
        (e: unknown) => ({ ok: false as const, problem: problem(path, e) }),
      );

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

  // A table cut off mid-write is read up to its last complete row and reported (not refused).
  const truncated = new Map<string, LoadProblem>();
  const noteTruncated = (path: string, t: Table): Table => {
    if (t.truncated) {
      const where = `${source.ref.replace(/\/+$/, '')}/${path}`;
      truncated.set(path, {
        file: where,
        message: `${where}:line ${t.truncated.line}: the file ends inside this row with no final newline (${t.truncated.detail}): it was cut off mid-write; the review used the ${t.nRows} complete rows before it`,
        truncated: { line: t.truncated.line, rowsKept: t.nRows },
      });
    }
    return t;
  };
  const referenceJobs = files.filter((f) => f.kind === 'reference').map((f) => start(f.path, (t) => noteTruncated(f.path, t)));
  const evalJobs = [...evalPaths].sort().map((p) => start(p, (t) => buildEvalView(noteTruncated(p, t), configured.get(p.toLowerCase()))));
  for (const f of files) {
    if (f.kind === 'metrics') guard(f.path, () => metrics.push(flattenMetrics(f.path, parseStructured(f.path, source.read(f.path)))));
    else if (f.kind === 'params') guard(f.path, () => params.push(flattenParams(f.path, parseStructured(f.path, source.read(f.path)))));
    else if (f.kind === 'trainlog') guard(f.path, () => trainLogs.push(buildTrainLog(parseTable(f.path, source.read(f.path)))));
    else if (f.kind === 'summary') guard(f.path, () => summaries.push({ path: f.path, summary: parseSummary(f.path, source.read(f.path)) }));
  }
  for (const r of await Promise.all(referenceJobs)) {
    if (r.ok) reference.push(r.value);
    else problems.push(r.problem);
  }
  for (const r of await Promise.all(evalJobs)) {
    if (r.ok) evals.push(r.value);
    else problems.push(r.problem);
  }
  for (const p of [...truncated.keys()].sort()) problems.push(truncated.get(p)!);
  return { dir: source.ref, metrics, params, evals, summaries, trainLogs, reference, problems };
}
