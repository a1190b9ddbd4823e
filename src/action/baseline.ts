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
}

const GIT_MAX_BYTES = 2 * 1024 ** 3;

function setupHint(req: BaselineRequest): string {
  return (
    `To set one up: upload the '${req.artifactsDir}' directory as artifact '${req.artifactName}' on every push to ${req.branch || 'the default branch'} ` +
    `(examples/workflows/baseline-on-main.yml) and point 'baseline-workflow' at that workflow; or commit the metrics under '${req.artifactsDir}'; or set 'baseline-path'.`
  );
}

export async function resolveBaseline(gw: PullRequestGateway, req: BaselineRequest): Promise<BaselineResult> {
  const order: readonly Exclude<BaselineFrom, 'auto'>[] = req.from === 'auto' ? ['artifact', 'git', 'path'] : [req.from];
  const tried: string[] = [];
  const refused: string[] = [];
  for (const kind of order) {
    if (kind === 'artifact') {
      if (req.workflow === null) {
        tried.push('artifact: the baseline workflow is unknown (set baseline-workflow)');
        continue;
      }
      const dest = mkdtempSync(join(req.tempDir, 'ml-doctor-baseline-artifact-'));
      try {
        const r = await artifactBaseline(gw, { workflow: req.workflow, branch: req.branch, artifactName: req.artifactName, dest: join(dest, 'run'), maxZipBytes: DEFAULT_MAX_ZIP_BYTES });
        if (r.ok) return { source: r.source, tried, refused, missingReason: null };
        tried.push(`artifact: ${r.reason}`);
        if (r.refused) refused.push(r.reason);
      } catch (e) {
        // An API failure (after retries) is a missing baseline, not a crashed review.
        if (!(e instanceof GatewayError)) throw e;
        tried.push(`artifact: ${e.message}`);
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
      if (r.ok) return { source: r.source, tried, refused, missingReason: null };
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
      return { source: localDirSource(abs, 'path', req.path), tried, refused, missingReason: null };
    }
  }
  const missingReason = `No baseline found (baseline: ${req.from}). Tried: ${tried.map((t, i) => `(${i + 1}) ${t}`).join('; ')}. ${setupHint(req)}`;
  return { source: null, tried, refused, missingReason };
}
