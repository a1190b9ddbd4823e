/**
 * Runs every analysis over a baseline/current pair and gathers their signals. Plain data in
 * (loaded runs), plain data out (RunAnalysis); the diagnosis stage reads only this.
 */
import type { Config } from '../config/config.js';
import type { EvalView, LoadProblem, RunArtifacts, TrainLog } from '../artifacts/types.js';
import { diffMetrics, type MetricDiff } from './compare/metrics-diff.js';
import { diffParams, type ParamChange } from './compare/params-diff.js';
import type { Signal } from './signals.js';
import { annotatePriorAdjusted } from './prior-adjusted.js';
import { analyzeTraining, trainingSignals, type TrainingAnalysis } from './training/index.js';
import {
  analyzePerformance,
  finishPerformance,
  headlinePerformance,
  middlePerformance,
  performanceSignals,
  segmentSource,
  startPerformance,
  type PerformanceAnalysis,
  type PerformanceStart,
} from './performance/index.js';
import type { RowSource } from './performance/segment-columns.js';
import { analyzeData, dataSignals, type DataAnalysis } from './data/index.js';
import type { DataInput } from './data/types.js';
import type { DataRunner, PairJob } from './data/data-runner.js';
import { SEGMENTS_LATER } from './data/worker-protocol.js';
import { buildClaimed, mergeClaimed, newClaims, segmenterNames, takeOver } from './performance/segment-claims.js';
import { NO_TIMER, type StageTimer } from '../timing.js';
import { analyzeSummaryPairs, summarySignals, type SummaryPair } from './summary/pairs.js';

export interface EvalPair {
  readonly path: string;
  readonly base: EvalView | null;
  readonly cur: EvalView;
  readonly performance: PerformanceAnalysis;
  readonly data: DataAnalysis;
}

export interface RunAnalysis {
  readonly hasBaseline: boolean;
  readonly metricDiffs: MetricDiff[];
  readonly paramChanges: ParamChange[];
  readonly evalPairs: EvalPair[];
  /** Eval summaries compared in place of eval tables (docs/summary.md). */
  readonly summaryPairs: SummaryPair[];
  readonly logPairs: { base: TrainLog | null; cur: TrainLog }[];
  readonly training: TrainingAnalysis[];
  readonly signals: Signal[];
  readonly problems: LoadProblem[];
  /** Baseline eval tables and training logs with no counterpart in the current run (a step that did not write them). */
  readonly missingInCurrent: { readonly kind: 'eval table' | 'training log'; readonly path: string }[];
  readonly counts: { readonly baseFiles: number; readonly curFiles: number };
}

/** Pairs tables by path; a lone table on each side is paired even when the names differ. */
export function pairByPath<T extends { path: string }>(base: readonly T[], cur: readonly T[]): { base: T | null; cur: T }[] {
  const out = cur.map((c) => ({ base: base.find((b) => b.path.toLowerCase() === c.path.toLowerCase()) ?? null, cur: c }));
  if (base.length === 1 && cur.length === 1 && out[0]!.base === null) out[0]!.base = base[0]!;
  return out;
}

export function analyzeRuns(base: RunArtifacts | null, cur: RunArtifacts, config: Config, timer: StageTimer = NO_TIMER): RunAnalysis {
  const { seed, resamples, minSupport, alpha } = config.analysis;
  const evalPairs: EvalPair[] = pairByPath(base?.evals ?? [], cur.evals).map((p) => {
    // The performance stage first: its segment bins sort the baseline's numeric features (their
    // profiles); the data checks then sort both runs' features for drift, which fills the current
    // run's profiles on the way (36 sorts of a 24-column 1M pair instead of 48). Running the data
    // checks first would save the 12 baseline re-sorts (~0.6 s) but raised the peak RSS by 15-35
    // MiB (their garbage is uncollected when the performance stage allocates): the 1 GiB budget
    // comes first (decision 0012).
    const performance = timer.stage('performance', () => analyzePerformance(p.base, p.cur, { seed, resamples, minSupport, alpha }));
    const data = timer.stage('data', () => analyzeData(dataInput(base, cur, p), { seed, minSupport }));
    return { path: p.cur.path, base: p.base, cur: p.cur, performance, data };
  });
  return finishRuns(base, cur, config, timer, evalPairs);
}

/**
 * analyzeRuns with the data checks of each eval pair started on `runner` (a worker thread for a
 * large pair, data-runner.ts) beside the performance stage here: on two cores the pair takes about
 * the longer of the two stages. The worker claims the pair's segmenters first, while this thread
 * builds the runs and the headline metrics, which then builds the rest (decisions 0021, 0023,
 * 0031). The analysis is the same.
 */
export async function analyzeRunsParallel(
  base: RunArtifacts | null,
  cur: RunArtifacts,
  config: Config,
  runner: DataRunner,
  timer: StageTimer = NO_TIMER,
  /** Each eval pair's job, by the current run's table path: what it made ahead of the report. */
  onJob?: (path: string, job: PairJob) => void,
): Promise<RunAnalysis> {
  const { seed, resamples, minSupport, alpha } = config.analysis;
  const opts = { seed, resamples, minSupport, alpha };
  const evalPairs: EvalPair[] = [];
  for (const p of pairByPath(base?.evals ?? [], cur.evals)) {
    const { performance, job } = await timer.stageAsync('performance', async (): Promise<{ performance: PerformanceAnalysis; job: PairJob }> => {
      // The data checks go first: the worker sorts the segment columns while this thread prepares
      // the analysis rows the segmenters label, and takes the request when they are (decision 0044).
      const job = runner.start(dataInput(base, cur, p), { seed, minSupport }, SEGMENTS_LATER);
      let start: PerformanceStart;
      let src: RowSource | null = null;
      const claims = newClaims();
      try {
        start = startPerformance(p.base, p.cur, opts);
        src = start.done ? null : segmentSource(start.rows);
      } finally {
        job.sendSegments(src ? { src, claims } : null);
      }
      if (start.done) return { performance: start.done, job };
      // The worker claims segmenters while this thread builds the runs and the headline metrics;
      // then this thread takes over and builds the rest, and the worker turns to the data checks
      // (decision 0031). It waits for the worker's share only if it has one (every index not
      // claimed here).
      // What the segmenters do not enter comes next, while the worker goes on building them.
      const middle = middlePerformance(headlinePerformance(start));
      takeOver(claims);
      if (!src) return { performance: finishPerformance(middle, []), job };
      const names = segmenterNames(src);
      const mine = buildClaimed(src, names, claims, false);
      const theirs = mine.length < names.length ? await job.segments() : [];
      return { performance: finishPerformance(middle, mergeClaimed(src, names, [mine, theirs])), job };
    });
    // Timed as what is left of the data checks once the performance stage is done: this thread
    // runs any part the worker has not started yet, then waits for the rest.
    const data = await timer.stageAsync('data', () => {
      job.help();
      return job.data();
    });
    evalPairs.push({ path: p.cur.path, base: p.base, cur: p.cur, performance, data });
    onJob?.(p.cur.path, job);
  }
  return finishRuns(base, cur, config, timer, evalPairs);
}

function dataInput(base: RunArtifacts | null, cur: RunArtifacts, p: { base: EvalView | null; cur: EvalView }): DataInput {
  return { base: p.base, cur: p.cur, refBase: base?.reference ?? [], refCur: cur.reference };
}

function finishRuns(base: RunArtifacts | null, cur: RunArtifacts, config: Config, timer: StageTimer, evalPairs: EvalPair[]): RunAnalysis {
  const metricDiffs = base ? diffMetrics(base.metrics, cur.metrics, config.metrics) : [];
  const paramChanges = base ? diffParams(base.params, cur.params) : [];
  const { seed, resamples, minSupport, alpha } = config.analysis;
  const logPairs = pairByPath(base?.trainLogs ?? [], cur.trainLogs);
  const pairedViews = new Set(evalPairs.map((p) => p.base));
  const freeViews = (base?.evals ?? []).filter((v) => !pairedViews.has(v));
  const summaries = timer.stage('performance', () => analyzeSummaryPairs(base?.summaries ?? [], cur.summaries ?? [], { seed, resamples, minSupport, alpha }, freeViews, base !== null));
  const summaryPairs = summaries.pairs;
  const signals: Signal[] = [];
  for (const p of evalPairs) {
    signals.push(...timer.stage('performance', () => performanceSignals(p.performance)));
    signals.push(...timer.stage('data', () => annotatePriorAdjusted(dataSignals(p.data), p.base, p.cur)));
  }
  for (const p of summaryPairs) signals.push(...summarySignals(p));
  const training = timer.stage('training', () => logPairs.map((p) => analyzeTraining({ base: p.base, cur: p.cur, paramChanges })));
  for (const t of training) signals.push(...trainingSignals(t));
  const problems = [...(base?.problems ?? []), ...cur.problems, ...summaries.problems];
  const pairedEval = new Set([...evalPairs.map((p) => p.base), ...summaries.usedViews]);
  const pairedLogs = new Set(logPairs.map((p) => p.base));
  const missingInCurrent = [
    ...(base?.evals ?? []).filter((b) => !pairedEval.has(b)).map((b) => ({ kind: 'eval table' as const, path: b.path })),
    ...(base?.trainLogs ?? []).filter((b) => !pairedLogs.has(b)).map((b) => ({ kind: 'training log' as const, path: b.path })),
  ];
  return {
    hasBaseline: base !== null,
    metricDiffs,
    paramChanges,
    evalPairs,
    summaryPairs,
    logPairs,
    training,
    signals,
    problems,
    missingInCurrent,
    counts: {
      baseFiles: base ? base.metrics.length + base.params.length + base.evals.length + (base.summaries?.length ?? 0) + base.trainLogs.length + base.reference.length : 0,
      curFiles: cur.metrics.length + cur.params.length + cur.evals.length + (cur.summaries?.length ?? 0) + cur.trainLogs.length + cur.reference.length,
    },
  };
}
