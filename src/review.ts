/**
 * The whole pipeline, shared by the CLI and the Action:
 * load → analyze → diagnose → report. Pure apart from reading through the given sources.
 */
import type { Config } from './config/config.js';
import { loadRun } from './artifacts/load.js';
import { shareTwinArrays } from './artifacts/twins.js';
import { IN_PROCESS_PARSER, type TableParser } from './artifacts/parse-pool.js';
import { ReadBuffer } from './artifacts/read-buffer.js';
import type { ArtifactSource } from './artifacts/source.js';
import type { LoadProblem, RunArtifacts } from './artifacts/types.js';
import { analyzeRuns, analyzeRunsParallel } from './analysis/analyze.js';
import { prepareAhead } from './analysis/performance/index.js';
import type { DataRunner, PairJob } from './analysis/data/data-runner.js';
import { diagnose } from './diagnosis/diagnose.js';
import { buildReport, round6, type RowInterval } from './report/build.js';
import type { Report, SegmentRow } from './report/types.js';
import type { RunAnalysis } from './analysis/analyze.js';
import { rowMetricName } from './diagnosis/derived-signals.js';
import { NO_TIMER, type StageTimer } from './timing.js';
import type { RunDataQuery } from './query/port.js';
import { runDataQuery } from './query/run-query.js';

export interface ReviewInput {
  readonly config: Config;
  /** Null when no baseline could be found: the review still runs and says so. */
  readonly baseline: ArtifactSource | null;
  readonly current: ArtifactSource;
  /** Why there is no baseline (which sources were tried), when baseline is null. */
  readonly baselineMissingReason?: string;
  /** The baseline exists but could not be fetched (an error, not "none yet"): see gate.on-missing-baseline. */
  readonly baselineFetchFailed?: boolean;
  /** Times the stages (the CLI's `--timings` and progress line); untimed by default. */
  readonly timer?: StageTimer;
  /** Parses the table files (on other cores when large: workerTableParser); this thread by default. */
  readonly parser?: TableParser;
  /** Runs the data checks of large eval pairs beside the performance stage (workerDataRunner); in turn, here, by default. */
  readonly dataRunner?: DataRunner;
}

export interface ReviewResult {
  readonly report: Report;
  /** Read-only questions about both runs' rows and logs, for the agent (never changes the report). */
  readonly query: RunDataQuery;
  /** Artifacts that could not be read; the CLI turns them into exit code 2. */
  readonly problems: readonly LoadProblem[];
}

/** prepareAhead of a run's eval views: an optimisation only, so a view it cannot handle is left to the analysis. */
function ahead(run: RunArtifacts): RunArtifacts {
  for (const v of run.evals) {
    try {
      prepareAhead(v);
    } catch {
      // The performance stage prepares the view itself, and reports what is wrong with it.
    }
  }
  return run;
}

/** Resolves after the event loop's next turn (its I/O and messages included). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function review(input: ReviewInput): Promise<ReviewResult> {
  const timer = input.timer ?? NO_TIMER;
  const parser = input.parser ?? IN_PROCESS_PARSER;
  // Both runs load at once: with a worker parser their large tables parse on separate cores.
  // Tables parsed here read their bytes into one buffer, reused from file to file and released
  // when the load ends (fresh memory is what reading costs: see ReadBuffer).
  const [loadedCur, loadedBase]: [RunArtifacts, RunArtifacts | null] = await timer.stageAsync('load', async () => {
    const buffer = new ReadBuffer();
    // When the baseline is in before the current run (its table parsed here, the current one's on
    // another core), the part of the performance stage that needs only the baseline is done while
    // this thread would wait (prepareAhead: its score order).
    let curIn = false;
    const curLoad = loadRun(input.current, input.config, parser, buffer).then((c) => ((curIn = true), c));
    // The event loop turns once first: a current table whose message came while the baseline was
    // still being built is taken first, and the data checks start on it without waiting for this.
    const baseLoad = input.baseline
      ? loadRun(input.baseline, input.config, parser, buffer)
          .then(async (b) => {
            await nextTurn();
            return curIn ? b : ahead(b);
          })
      : Promise.resolve(null);
    const loads = [curLoad, baseLoad] as const;
    try {
      const [c, b] = await Promise.all(loads);
      // The baseline's arrays that repeat the current run's bytes share its memory (decision 0034);
      // here, so that no variable of this function keeps the baseline's own copies alive.
      return [c, b ? shareTwinArrays(b, c) : b] as const;
    } finally {
      // Not before both loads are over: a parse may still read the buffer when the other fails.
      await Promise.allSettled(loads);
      buffer.release();
    }
  });
  // Nothing is parsed after the load: parse workers stop now, and with them their heaps (a worker
  // that read a 152 MB file holds it until its next collection), before the analyses allocate.
  await parser.close();
  // A configured eval table that one run has and the other lacks is not an input error: the
  // current run missing it is the infrastructure finding of a step that did not write it, the
  // baseline missing it a table new in this PR. Only a table neither run has is a problem.
  const has = (r: RunArtifacts | null, file: string) => r !== null && r.evals.some((e) => e.path.toLowerCase() === file.replace(/^\.\//, '').toLowerCase());
  const keep = (r: RunArtifacts, other: RunArtifacts | null): RunArtifacts => ({ ...r, problems: r.problems.filter((p) => !p.missingConfigured || !has(other, p.file)) });
  const cur = keep(loadedCur, loadedBase);
  const base = loadedBase ? keep(loadedBase, loadedCur) : null;
  return reviewLoaded(base, cur, input);
}

/** The stages after the load: analyze → diagnose → report, over runs loaded already. */
export async function reviewLoaded(
  base: RunArtifacts | null,
  cur: RunArtifacts,
  input: Pick<ReviewInput, 'config' | 'baseline' | 'current' | 'baselineMissingReason' | 'baselineFetchFailed' | 'timer' | 'dataRunner'>,
): Promise<ReviewResult> {
  const timer = input.timer ?? NO_TIMER;
  let analysis: RunAnalysis;
  // The data worker's histogram made while this thread diagnoses (decision 0046), by table.
  const jobs = new Map<string, PairJob>();
  if (input.dataRunner) analysis = await analyzeRunsParallel(base, cur, input.config, input.dataRunner, timer, (path, job) => jobs.set(path, job));
  else analysis = analyzeRuns(base, cur, input.config, timer);
  let report: Report;
  try {
    const diagnosis = timer.stage('diagnosis', () => diagnose(analysis, input.config, { reason: input.baselineMissingReason, fetchFailed: input.baselineFetchFailed ?? false }));
    report = timer.stage('render', () => buildReport({
      analysis,
      diagnosis,
      config: input.config,
      ...reportRows(analysis),
      baseline: input.baseline ? { source: input.baseline.kind, ref: input.baseline.ref } : { source: 'none', ref: '' },
      current: { source: input.current.kind, ref: input.current.ref },
      histograms: (table, feature, segment) => jobs.get(table)?.histogram(feature, segment),
    }));
  } finally {
    // Its work is done: the worker stops, and its heap with it.
    await input.dataRunner?.close();
  }
  // A truncated table was read up to its last complete row and is a finding, not an input error.
  return { report, query: runDataQuery(base, cur), problems: [...(base?.problems ?? []), ...cur.problems].filter((p) => !p.truncated) };
}

/** Row-based intervals for the metrics table and the segment rows of report.json. */
function reportRows(a: RunAnalysis): { intervals: Map<string, RowInterval>; segments: SegmentRow[] } {
  const intervals = new Map<string, RowInterval>();
  const segments: SegmentRow[] = [];
  // Intervals are attached only when there is one eval table: with several, a metrics-file entry
  // cannot be tied to one of them.
  if (a.evalPairs.length === 1) {
    for (const m of a.evalPairs[0]!.performance.metrics) {
      if (!m.ci) continue;
      const rows = m.baseline !== null && m.current !== null && m.delta !== null ? { table: a.evalPairs[0]!.path, baseline: m.baseline, current: m.current, delta: m.delta } : undefined;
      intervals.set(m.name, { ci: [m.ci[0], m.ci[1]], significant: m.significant, ...(rows ? { rows } : {}) });
    }
    for (const d of a.metricDiffs) {
      const row = rowMetricName(d.name);
      const leaf = d.name.split(/[.:]/).pop()!;
      if (row && row !== leaf && intervals.has(row)) intervals.set(leaf, intervals.get(row)!);
    }
  }
  for (const p of a.evalPairs) {
    const segs = [...p.performance.segments].filter((s) => s.ci !== null).sort((x, y) => x.qValue - y.qValue || (x.column < y.column ? -1 : 1));
    for (const s of segs) {
      segments.push({
        table: p.path,
        column: s.column,
        value: s.value,
        n: s.nCurrent,
        metric: s.metric,
        baseline: round6(s.baseline),
        current: round6(s.current),
        delta: round6(s.delta),
        ci: [round6(s.ci![0]), round6(s.ci![1])],
        significant: s.significant,
      });
    }
  }
  return { intervals, segments };
}
