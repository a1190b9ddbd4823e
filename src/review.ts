/**
 * The whole pipeline, shared by the CLI and the Action:
 * load → analyze → diagnose → report. Pure apart from reading through the given sources.
 */
import type { Config } from './config/config.js';
import { loadRun } from './artifacts/load.js';
import type { ArtifactSource } from './artifacts/source.js';
import type { LoadProblem, RunArtifacts } from './artifacts/types.js';
import { analyzeRuns } from './analysis/analyze.js';
import { diagnose } from './diagnosis/diagnose.js';
import { buildReport } from './report/build.js';
import type { Report } from './report/types.js';

export interface ReviewInput {
  readonly config: Config;
  /** Null when no baseline could be found: the review still runs and says so. */
  readonly baseline: ArtifactSource | null;
  readonly current: ArtifactSource;
  /** Why there is no baseline (which sources were tried), when baseline is null. */
  readonly baselineMissingReason?: string;
}

export interface ReviewResult {
  readonly report: Report;
  /** Artifacts that could not be read; the CLI turns them into exit code 2. */
  readonly problems: readonly LoadProblem[];
}

export function review(input: ReviewInput): ReviewResult {
  const cur = loadRun(input.current, input.config);
  const base: RunArtifacts | null = input.baseline ? loadRun(input.baseline, input.config) : null;
  const analysis = analyzeRuns(base, cur, input.config);
  const diagnosis = diagnose(analysis, input.config, input.baselineMissingReason);
  const report = buildReport({
    analysis,
    diagnosis,
    config: input.config,
    baseline: input.baseline ? { source: input.baseline.kind, ref: input.baseline.ref } : { source: 'none', ref: '' },
    current: { source: input.current.kind, ref: input.current.ref },
  });
  return { report, problems: [...(base?.problems ?? []), ...cur.problems] };
}
