/**
 * The real `PullRequestGateway`: each method is one REST operation (or one paginated listing)
 * through the throttled Octokit client. Octokit's errors become `GatewayError` with the status,
 * so callers decide on 403/404 without knowing Octokit.
 */
import type { GitHubClient } from './octokit.js';
import {
  GatewayError,
  type ArtifactInfo,
  type ChangedFile,
  type CheckOutput,
  type IssueComment,
  type NewCheckRun,
  type PullRequestGateway,
  type PullRequestInfo,
  type WorkflowRunInfo,
} from './gateway.js';

/** Successful runs looked at per baseline search: one page, newest first. */
const RUNS_PER_PAGE = 20;

interface RawPull {
  number: number;
  html_url: string;
  base: { ref: string; sha: string; repo: { full_name: string } };
  head: { ref: string; sha: string; repo: { full_name: string } | null };
}

interface RawComment {
  id: number;
  body?: string | undefined;
  html_url: string;
}

function toPull(p: RawPull): PullRequestInfo {
  return {
    number: p.number,
    baseRef: p.base.ref,
    baseSha: p.base.sha,
    headSha: p.head.sha,
    headRef: p.head.ref,
    headRepo: p.head.repo?.full_name ?? null,
    baseRepo: p.base.repo.full_name,
    htmlUrl: p.html_url,
  };
}

function toComment(c: RawComment): IssueComment {
  return { id: c.id, body: c.body ?? '', htmlUrl: c.html_url };
}

function toCheckOutput(o: CheckOutput) {
  return {
    title: o.title,
    summary: o.summary,
    annotations: o.annotations.map((a) => ({
      path: a.path,
      start_line: a.startLine,
      end_line: a.endLine,
      annotation_level: a.level,
      title: a.title,
      message: a.message,
    })),
  };
}

const MAX_ERROR_CHARS = 300;

/** A primary limit says so in its headers (remaining 0); a secondary one in its message. */
function isRateLimit(status: number, e: unknown, message: string): boolean {
  if (status === 429) return true;
  if (status !== 403) return false;
  const headers = typeof e === 'object' && e !== null && 'response' in e ? (e as { response?: { headers?: Record<string, unknown> } }).response?.headers : undefined;
  return headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message);
}

/** Runs `call`, turning a failed HTTP exchange into a GatewayError that names the operation. */
async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const status = typeof e === 'object' && e !== null && 'status' in e && typeof e.status === 'number' ? e.status : 0;
    // An error body can be a whole HTML page (a 502 from the edge): one line, capped, in messages.
    const raw = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
    const message = raw.length > MAX_ERROR_CHARS ? `${raw.slice(0, MAX_ERROR_CHARS - 1)}…` : raw;
    throw new GatewayError(status, `${what}: ${status ? `HTTP ${status} ` : ''}${message}`, isRateLimit(status, e, raw));
  }
}

export function octokitGateway(octokit: GitHubClient, repoFullName: string): PullRequestGateway {
  const [owner, repo] = repoFullName.split('/') as [string, string];
  const r = { owner, repo };
  return {
    repo: repoFullName,

    getPullRequest: (number) => call(`get pull request #${number}`, async () => toPull((await octokit.rest.pulls.get({ ...r, pull_number: number })).data)),

    findPullRequestsByHead: (headOwner, headBranch) =>
      call(`find pull requests of ${headOwner}:${headBranch}`, async () => {
        const { data } = await octokit.rest.pulls.list({ ...r, state: 'open', head: `${headOwner}:${headBranch}`, per_page: 100 });
        return data.map(toPull);
      }),

    listPullRequestFiles: (number) =>
      call(`list files of pull request #${number}`, async () => {
        const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...r, pull_number: number, per_page: 100 });
        return files.map((f): ChangedFile => ({ path: f.filename, status: f.status, patch: f.patch ?? null }));
      }),

    listIssueComments: (number) =>
      call(`list comments of #${number}`, async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...r, issue_number: number, per_page: 100 });
        return comments.map(toComment);
      }),

    createIssueComment: (number, body) =>
      call(`comment on #${number}`, async () => toComment((await octokit.rest.issues.createComment({ ...r, issue_number: number, body })).data)),

    updateIssueComment: (id, body) =>
      call(`update comment ${id}`, async () => toComment((await octokit.rest.issues.updateComment({ ...r, comment_id: id, body })).data)),

    deleteIssueComment: (id) =>
      call(`delete comment ${id}`, async () => {
        await octokit.rest.issues.deleteComment({ ...r, comment_id: id });
      }),

    createCheckRun: (run: NewCheckRun) =>
      call(`create check run '${run.name}'`, async () => {
        const { data } = await octokit.rest.checks.create({
          ...r,
          name: run.name,
          head_sha: run.headSha,
          status: 'completed',
          conclusion: run.conclusion,
          ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
          output: toCheckOutput(run.output),
        });
        return { id: data.id, htmlUrl: data.html_url ?? '' };
      }),

    updateCheckRun: (id, output) =>
      call(`update check run ${id}`, async () => {
        await octokit.rest.checks.update({ ...r, check_run_id: id, output: toCheckOutput(output) });
      }),

    listSuccessfulRuns: (workflow, branch) =>
      call(`list successful runs of workflow ${workflow} on ${branch}`, async () => {
        const { data } = await octokit.rest.actions.listWorkflowRuns({
          ...r,
          workflow_id: workflow,
          branch,
          status: 'success',
          exclude_pull_requests: true,
          per_page: RUNS_PER_PAGE,
        });
        return data.workflow_runs.map(
          (w): WorkflowRunInfo => ({
            id: w.id,
            event: w.event,
            headBranch: w.head_branch,
            headSha: w.head_sha,
            headRepo: w.head_repository?.full_name ?? null,
            htmlUrl: w.html_url,
          }),
        );
      }),

    getRunWorkflowId: (runId) =>
      call(`get workflow run ${runId}`, async () => (await octokit.rest.actions.getWorkflowRun({ ...r, run_id: runId })).data.workflow_id),

    listRunArtifacts: (runId) =>
      call(`list artifacts of run ${runId}`, async () => {
        const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { ...r, run_id: runId, per_page: 100 });
        return artifacts.map((a): ArtifactInfo => ({ id: a.id, name: a.name, sizeInBytes: a.size_in_bytes, expired: a.expired }));
      }),

    downloadArtifact: (artifactId) =>
      call(`download artifact ${artifactId}`, async () => {
        // The API answers with a redirect to blob storage; fetch follows it (and drops the token
        // on the cross-origin hop). The body arrives as an ArrayBuffer.
        const { data } = await octokit.rest.actions.downloadArtifact({ ...r, artifact_id: artifactId, archive_format: 'zip' });
        if (!(data instanceof ArrayBuffer)) throw new GatewayError(0, 'the artifact download did not return bytes');
        return new Uint8Array(data);
      }),
  };
}
