/**
 * Baseline source (1): the named artifact of the latest successful run of the baseline workflow
 * on the base branch. Lists runs → lists the run's artifacts → downloads the zip → extracts it
 * with the guards of zip.ts. Runs of pull requests and of forks are skipped: a fork's branch can
 * be called `main` too, and its artifacts must never become the reference.
 */
import { rmSync } from 'node:fs';
import { localDirSource, type ArtifactSource } from '../artifacts/source.js';
import type { PullRequestGateway, WorkflowRunInfo } from './gateway.js';
import { DEFAULT_ZIP_LIMITS, extractZip, formatBytes, ZipRefusedError, type ZipLimits } from './zip.js';

export interface ArtifactBaselineRequest {
  /** Workflow file name (`train.yml`) or numeric id. */
  readonly workflow: string | number;
  readonly branch: string;
  readonly artifactName: string;
  /** Where the zip is extracted; must not exist yet or be empty. */
  readonly dest: string;
  /** Largest zip downloaded (as GitHub reports its size). */
  readonly maxZipBytes: number;
  readonly zipLimits?: ZipLimits;
}

export type ArtifactBaselineResult =
  | { readonly ok: true; readonly source: ArtifactSource; readonly run: WorkflowRunInfo; readonly files: number }
  /** `refused`: an artifact was found but failed the safety checks (worth a warning of its own). */
  | { readonly ok: false; readonly reason: string; readonly refused: boolean };

/** How many recent successful runs are searched for the artifact (older ones have usually expired). */
const RUNS_SEARCHED = 10;

export const DEFAULT_MAX_ZIP_BYTES = 1024 ** 3;

function isTrustedRun(run: WorkflowRunInfo, repo: string, branch: string): boolean {
  return !run.event.startsWith('pull_request') && run.headRepo === repo && run.headBranch === branch;
}

export async function artifactBaseline(gw: PullRequestGateway, req: ArtifactBaselineRequest): Promise<ArtifactBaselineResult> {
  const what = `artifact '${req.artifactName}' of workflow ${req.workflow} on ${req.branch}`;
  const runs = (await gw.listSuccessfulRuns(req.workflow, req.branch)).filter((r) => isTrustedRun(r, gw.repo, req.branch)).slice(0, RUNS_SEARCHED);
  if (runs.length === 0) return { ok: false, refused: false, reason: `${what}: no successful run of the workflow on ${req.branch} outside pull requests` };

  for (const run of runs) {
    const artifact = (await gw.listRunArtifacts(run.id)).find((a) => a.name === req.artifactName && !a.expired);
    if (!artifact) continue;
    const from = `${what} (run ${run.id}, commit ${run.headSha.slice(0, 12)})`;
    if (artifact.sizeInBytes > req.maxZipBytes) {
      return { ok: false, refused: true, reason: `${from} was refused: the zip is ${formatBytes(artifact.sizeInBytes)}, above the ${formatBytes(req.maxZipBytes)} download limit` };
    }
    const zip = await gw.downloadArtifact(artifact.id);
    if (zip.byteLength > req.maxZipBytes) {
      return { ok: false, refused: true, reason: `${from} was refused: the download is ${formatBytes(zip.byteLength)}, above the ${formatBytes(req.maxZipBytes)} limit` };
    }
    let files: string[];
    try {
      files = extractZip(zip, req.dest, req.zipLimits ?? DEFAULT_ZIP_LIMITS);
    } catch (e) {
      rmSync(req.dest, { recursive: true, force: true });
      if (e instanceof ZipRefusedError) return { ok: false, refused: true, reason: `${from} was refused: ${e.message}` };
      throw e;
    }
    return { ok: true, source: localDirSource(req.dest, 'artifact', `${req.artifactName}@run ${run.id} (${req.branch} ${run.headSha.slice(0, 12)})`), run, files: files.length };
  }
  return {
    ok: false,
    refused: false,
    reason: `${what}: none of the last ${runs.length} successful run(s) has an unexpired artifact named '${req.artifactName}'`,
  };
}
