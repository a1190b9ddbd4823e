/**
 * What the runner tells the Action about this run (environment variables and the event payload),
 * read once into `RunContext`, and the review's target derived from it: a pull request to
 * publish to, or a branch (push, dispatch without a PR) where the run only records a summary.
 */
import { readFileSync } from 'node:fs';
import { GatewayError, type PullRequestGateway, type PullRequestInfo } from '../github/gateway.js';
import type { ActionSettings } from './inputs.js';
import { ActionInputError } from './inputs.js';

export interface RunContext {
  readonly eventName: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** `owner/repo`. */
  readonly repo: string;
  readonly sha: string;
  /** `refs/heads/main`, `refs/pull/2/merge`, ... */
  readonly ref: string;
  readonly runId: number | null;
  readonly runAttempt: number;
  /** `owner/repo/.github/workflows/x.yml@ref` of the running workflow. */
  readonly workflowRef: string | null;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly workspace: string;
  /** RUNNER_TEMP, or the system's temp directory outside a runner. */
  readonly tempDir: string;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
function obj(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}
function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function readRunContext(env: NodeJS.ProcessEnv, cwd: string, systemTemp: string): RunContext {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  let payload: Record<string, unknown> = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath) {
    try {
      payload = obj(JSON.parse(readFileSync(eventPath, 'utf8'))) ?? {};
    } catch (e) {
      throw new ActionInputError(`Cannot read the event payload at GITHUB_EVENT_PATH=${eventPath}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const repoFromPayload = str(obj(payload['repository'])?.['full_name']);
  const repo = env['GITHUB_REPOSITORY'] || repoFromPayload || '';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repo)) throw new ActionInputError('GITHUB_REPOSITORY is not set: ml-doctor runs as a step of a GitHub Actions job.');
  const runId = Number(env['GITHUB_RUN_ID']);
  return {
    eventName,
    payload,
    repo,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    runId: Number.isInteger(runId) && runId > 0 ? runId : null,
    runAttempt: Number(env['GITHUB_RUN_ATTEMPT']) || 1,
    workflowRef: env['GITHUB_WORKFLOW_REF'] || null,
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
    workspace: env['GITHUB_WORKSPACE'] || cwd,
    tempDir: env['RUNNER_TEMP'] || systemTemp,
  };
}

/** Link to this run's page, where the job summary (the full report) is shown. */
export function runUrl(ctx: RunContext): string | null {
  if (ctx.runId === null) return null;
  return `${ctx.serverUrl}/${ctx.repo}/actions/runs/${ctx.runId}${ctx.runAttempt > 1 ? `/attempts/${ctx.runAttempt}` : ''}`;
}

export type Target =
  | {
      readonly kind: 'pull_request';
      readonly pr: PullRequestInfo;
      /** The commit whose artifacts are reviewed; the check run goes there. For workflow_run it
       * is the triggering run's commit, which the PR's head may have moved past since. */
      readonly sha: string;
      /** A fork's PR seen from its own `pull_request` run: the token is read-only. */
      readonly fromFork: boolean;
      /**
       * Why nothing may be published to the PR, when something forbids it: a `workflow_run` whose
       * triggering run did not succeed (its artifacts are partial), or whose commit is no longer
       * the PR's head (a late or cancelled run must not overwrite a newer result).
       */
      readonly publishSkipped: string | null;
    }
  | {
      readonly kind: 'branch';
      readonly branch: string;
      readonly sha: string;
      /** The commit before a push (the git baseline's base), when known. */
      readonly before: string | null;
      /** Why there is no PR, for the summary. */
      readonly note: string;
    };

const ZERO_SHA = /^0+$/;

function pullFromPayload(p: Record<string, unknown>): PullRequestInfo | null {
  const base = obj(p['base']);
  const head = obj(p['head']);
  const number = num(p['number']);
  if (!base || !head || number === null) return null;
  return {
    number,
    baseRef: str(base['ref']) ?? '',
    baseSha: str(base['sha']) ?? '',
    headSha: str(head['sha']) ?? '',
    headRef: str(head['ref']) ?? '',
    headRepo: str(obj(head['repo'])?.['full_name']),
    baseRepo: str(obj(base['repo'])?.['full_name']) ?? '',
    htmlUrl: str(p['html_url']) ?? '',
  };
}

function branchOf(ref: string): string {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}

/**
 * The workflow_run's pull request: the `pr-number` input, else the payload's list (empty for
 * forks), else the open PR whose head is the run's `owner:branch` and commit.
 */
async function workflowRunPull(run: Record<string, unknown>, settings: ActionSettings, gw: PullRequestGateway): Promise<PullRequestInfo | null> {
  if (settings.prNumber !== null) return gw.getPullRequest(settings.prNumber);
  const headSha = str(run['head_sha']) ?? '';
  const listed = Array.isArray(run['pull_requests']) ? run['pull_requests'].map(obj).filter((x) => x !== null) : [];
  const match = listed.find((p) => str(obj(p['head'])?.['sha']) === headSha) ?? listed[0];
  const n = match ? num(match['number']) : null;
  if (n !== null) return gw.getPullRequest(n);
  const headRepo = obj(run['head_repository']);
  const owner = str(obj(headRepo?.['owner'])?.['login']) ?? str(headRepo?.['full_name'])?.split('/')[0] ?? null;
  const branch = str(run['head_branch']);
  if (!owner || !branch) return null;
  const candidates = await gw.findPullRequestsByHead(owner, branch);
  // The PR at the run's commit; if the branch moved on since, its only open PR is still the one.
  return candidates.find((p) => p.headSha === headSha) ?? (candidates.length === 1 ? candidates[0]! : null);
}

/** Why a workflow_run must not publish to `pr`, or null when it may. */
function workflowRunSkip(run: Record<string, unknown>, pr: PullRequestInfo, sha: string): string | null {
  const conclusion = str(run['conclusion']);
  if (conclusion !== 'success') return `the triggering run concluded '${conclusion ?? 'unknown'}', not 'success': its artifacts may be partial`;
  if (pr.headSha !== sha) return `the triggering run reviewed ${sha.slice(0, 7)}, but pull request #${pr.number}'s head is now ${pr.headSha.slice(0, 7)}: the run for the newer commit publishes`;
  return null;
}

export async function resolveTarget(ctx: RunContext, settings: ActionSettings, gw: PullRequestGateway): Promise<Target> {
  const p = ctx.payload;
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = pullFromPayload(obj(p['pull_request']) ?? {});
      if (!pr) throw new ActionInputError(`The ${ctx.eventName} event payload has no pull_request.`);
      const fromFork = ctx.eventName === 'pull_request' && pr.headRepo !== pr.baseRepo;
      return { kind: 'pull_request', pr, sha: pr.headSha, fromFork, publishSkipped: null };
    }
    case 'workflow_run': {
      const run = obj(p['workflow_run']) ?? {};
      let pr: PullRequestInfo | null;
      try {
        pr = await workflowRunPull(run, settings, gw);
      } catch (e) {
        // The review still runs and its report still reaches the job summary.
        if (!(e instanceof GatewayError)) throw e;
        return {
          kind: 'branch',
          branch: str(run['head_branch']) ?? branchOf(ctx.ref),
          sha: str(run['head_sha']) ?? ctx.sha,
          before: null,
          note: `the triggering run's pull request could not be looked up (${e.message}); nothing is published`,
        };
      }
      if (pr) {
        const sha = str(run['head_sha']) ?? pr.headSha;
        return { kind: 'pull_request', pr, sha, fromFork: false, publishSkipped: workflowRunSkip(run, pr, sha) };
      }
      return {
        kind: 'branch',
        branch: str(run['head_branch']) ?? branchOf(ctx.ref),
        sha: str(run['head_sha']) ?? ctx.sha,
        before: null,
        note: `the triggering run (${str(run['event']) ?? 'unknown event'} on ${str(run['head_branch']) ?? '?'}) belongs to no open pull request; set pr-number to publish to one`,
      };
    }
    case 'workflow_dispatch': {
      if (settings.prNumber !== null) {
        const pr = await gw.getPullRequest(settings.prNumber);
        return { kind: 'pull_request', pr, sha: pr.headSha, fromFork: false, publishSkipped: null };
      }
      return { kind: 'branch', branch: branchOf(ctx.ref), sha: ctx.sha, before: null, note: 'manual run without pr-number: the report goes to the job summary' };
    }
    case 'push': {
      const before = str(p['before']);
      return {
        kind: 'branch',
        branch: branchOf(str(p['ref']) ?? ctx.ref),
        sha: str(p['after']) ?? ctx.sha,
        before: before && !ZERO_SHA.test(before) ? before : null,
        note: "push: this run's uploaded artifact becomes the baseline for later pull requests",
      };
    }
    default:
      return { kind: 'branch', branch: branchOf(ctx.ref), sha: ctx.sha, before: null, note: `event '${ctx.eventName || 'unknown'}' has no pull request: the report goes to the job summary` };
  }
}

/**
 * "This workflow": the one whose runs produce the current artifacts — for workflow_run the
 * triggering workflow, otherwise the running one.
 */
export async function defaultBaselineWorkflow(ctx: RunContext, gw: PullRequestGateway): Promise<string | number | null> {
  if (ctx.eventName === 'workflow_run') {
    const id = num(obj(ctx.payload['workflow_run'])?.['workflow_id']);
    if (id !== null) return id;
  }
  const file = ctx.workflowRef ? /\/\.github\/workflows\/([^@/]+)@/.exec(ctx.workflowRef)?.[1] : undefined;
  if (file) return file;
  return ctx.runId !== null ? gw.getRunWorkflowId(ctx.runId) : null;
}
