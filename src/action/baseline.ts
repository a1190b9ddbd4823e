/**
 * Finds the baseline run. `auto` tries, in order: (1) the artifact of the latest successful run
 * of the baseline workflow on the base branch, (2) the artifacts directory as committed at the
 * merge base, (3) `baseline-path`. When none is found the review still runs: the reason lists
 * every source tried and how to set one up, and becomes an `infrastructure` finding.
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BaselineFrom } from '../config/config.js';
import { localDirSource, type ArtifactSource } from '../artifacts/source.js';
import { artifactBaseline, DEFAULT_MAX_ZIP_BYTES } from '../github/artifact-baseline.js';
import { GatewayError, type PullRequestGateway } from '../github/gateway.js';
import { gitBaseline } from '../github/git-baseline.js';

export interface BaselineRequest {
  readonly from: BaselineFrom;
  /** Branch whose runs hold the baseline (the PR's base branch, or the pushed branch). */
  readonly branch: string;
  /** Commit on the base side for the git source (PR base tip, or the previous commit of a push). */
  readonly gitBase: string | null;
  readonly workflow: string | number | null;
  /** Why the workflow could not be determined, when an API call failed (not merely unknown). */
  readonly workflowError?: string | null;
  readonly artifactName: string;
  /** The current run's directory, relative to the workspace. */
  readonly artifactsDir: string;
  readonly path: string | null;
  readonly workspace: string;
  readonly tempDir: string;
}

export interface BaselineResult {
  readonly source: ArtifactSource | null;
  /** One line per source tried, in order. */
  readonly tried: readonly string[];
  /** Sources that were found but refused as unsafe (zip-slip, size): each deserves a warning. */
  readonly refused: readonly string[];
  /** For the infrastructure finding when `source` is null. */
  readonly missingReason: string | null;
  /**
   * A source failed because of an error (API failure after retries, 403, 404/410), not because no
   * baseline exists yet: the gate must not pass on it (see `gate.on-missing-baseline`).
   */
  readonly fetchFailed: boolean;
}

const GIT_MAX_BYTES = 2 * 1024 ** 3;

function setupHint(req: BaselineRequest): string {
  return (
    `To set one up: upload the '${req.artifactsDir}' directory as artifact '${req.artifactName}' on every push to ${req.branch || 'the default branch'} ` +
    `(examples/workflows/baseline-on-main.yml) and point 'baseline-workflow' at that workflow; or commit the metrics under '${req.artifactsDir}'; or set 'baseline-path'.`
  );
}

/**
 * One line on a failed API call while fetching the baseline, saying what to do about it: a rate
 * limit is a rate limit (wait), a 403 otherwise is the token's missing `actions: read`, a 404/410 a
 * workflow or artifact that is gone, anything else GitHub failing after our retries.
 */
export function describeFetchError(e: GatewayError): string {
  if (e.rateLimited) return `GitHub API rate limit reached (${e.message}); re-run the job when the limit resets`;
  if (e.status === 403) return `permission denied (${e.message}); the job's token needs \`actions: read\` (add \`permissions: { actions: read }\` to the job)`;
  if (e.status === 404 || e.status === 410) return `not found or expired (${e.message}); check baseline-workflow and the artifact's retention`;
  return `the GitHub API failed after retries (${e.message})`;
}

export async function resolveBaseline(gw: PullRequestGateway, req: BaselineRequest): Promise<BaselineResult> {
  const order: readonly Exclude<BaselineFrom, 'auto'>[] = req.from === 'auto' ? ['artifact', 'git', 'path'] : [req.from];
  const tried: string[] = [];
  const refused: string[] = [];
  let fetchFailed = false;
  for (const kind of order) {
    if (kind === 'artifact') {
      if (req.workflow === null) {
        if (req.workflowError) fetchFailed = true;
        tried.push(`artifact: the baseline workflow is unknown (${req.workflowError ? `looking it up failed: ${req.workflowError}; ` : ''}set baseline-workflow)`);
        continue;
      }
      const dest = mkdtempSync(join(req.tempDir, 'ml-doctor-baseline-artifact-'));
      try {
        const r = await artifactBaseline(gw, { workflow: req.workflow, branch: req.branch, artifactName: req.artifactName, dest: join(dest, 'run'), maxZipBytes: DEFAULT_MAX_ZIP_BYTES });
        if (r.ok) return { source: r.source, tried, refused, missingReason: null, fetchFailed: false };
        tried.push(`artifact: ${r.reason}`);
        if (r.refused) refused.push(r.reason);
      } catch (e) {
        // An API failure (after retries) does not crash the review, but it is no "no baseline
        // yet" either: the baseline exists and could not be read, so the gate must not pass.
        if (!(e instanceof GatewayError)) throw e;
        fetchFailed = true;
        tried.push(`artifact: ${describeFetchError(e)}`);
      }
    } else if (kind === 'git') {
      if (req.gitBase === null) {
        tried.push('git: no base commit for this event');
        continue;
      }
      const r = gitBaseline({
        cwd: req.workspace,
        dir: req.artifactsDir,
        base: req.gitBase,
        baseRef: req.branch || null,
        dest: join(mkdtempSync(join(req.tempDir, 'ml-doctor-baseline-git-')), 'run'),
        maxBytes: GIT_MAX_BYTES,
      });
      if (r.ok) return { source: r.source, tried, refused, missingReason: null, fetchFailed: false };
      tried.push(`git: ${r.reason}`);
    } else {
      if (req.path === null) {
        tried.push('path: baseline-path is not set');
        continue;
      }
      const abs = resolve(req.workspace, req.path);
      if (!existsSync(abs) || !statSync(abs).isDirectory()) {
        tried.push(`path: '${req.path}' is not a directory`);
        continue;
      }
      return { source: localDirSource(abs, 'path', req.path), tried, refused, missingReason: null, fetchFailed: false };
    }
  }
  const missingReason = fetchFailed
    ? `The baseline could not be fetched (baseline: ${req.from}). Tried: ${tried.map((t, i) => `(${i + 1}) ${t}`).join('; ')}.`
    : `No baseline found (baseline: ${req.from}). Tried: ${tried.map((t, i) => `(${i + 1}) ${t}`).join('; ')}. ${setupHint(req)}`;
  return { source: null, tried, refused, missingReason, fetchFailed };
}
