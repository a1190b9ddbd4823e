/**
 * The port between the Action's logic and GitHub: every REST call the Action makes goes through
 * `PullRequestGateway`. The real implementation (octokit-gateway.ts) speaks HTTP; tests pass a
 * fake. Plain data in and out, so the publishing and baseline logic never sees Octokit types.
 */

/** The parts of a pull request the Action needs. */
export interface PullRequestInfo {
  readonly number: number;
  /** Branch the PR merges into (`main`). */
  readonly baseRef: string;
  /** Tip of the base branch when the event fired. */
  readonly baseSha: string;
  /** Commit under review; check runs attach to it. */
  readonly headSha: string;
  readonly headRef: string;
  /** `owner/repo` of the head; null when the fork was deleted. */
  readonly headRepo: string | null;
  /** `owner/repo` the PR belongs to. */
  readonly baseRepo: string;
  readonly htmlUrl: string;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly htmlUrl: string;
}

/** A file changed by a PR, with its unified-diff hunk text (absent for binary or huge files). */
export interface ChangedFile {
  readonly path: string;
  readonly status: string;
  readonly patch: string | null;
}

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

export interface CheckAnnotation {
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly message: string;
}

export interface CheckOutput {
  readonly title: string;
  readonly summary: string;
  /** At most 50 per call (a REST limit); publish.ts batches. */
  readonly annotations: readonly CheckAnnotation[];
}

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface NewCheckRun {
  readonly name: string;
  readonly headSha: string;
  readonly conclusion: CheckConclusion;
  readonly detailsUrl: string | null;
  readonly output: CheckOutput;
}

export interface WorkflowRunInfo {
  readonly id: number;
  readonly event: string;
  readonly headBranch: string | null;
  readonly headSha: string;
  /** `owner/repo` the run's commit came from (a fork for fork PRs). */
  readonly headRepo: string | null;
  readonly htmlUrl: string;
}

export interface ArtifactInfo {
  readonly id: number;
  readonly name: string;
  /** Size of the zip as GitHub reports it. */
  readonly sizeInBytes: number;
  readonly expired: boolean;
}

/** A REST call that failed after the client's own retries; `status` 0 means no HTTP response. */
export class GatewayError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** A 403/429 because a rate limit ran out (not a missing permission). */
    readonly rateLimited = false,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export interface PullRequestGateway {
  /** `owner/repo` this gateway talks to. */
  readonly repo: string;
  getPullRequest(number: number): Promise<PullRequestInfo>;
  /** Open PRs whose head is `owner:branch`; used when a workflow_run payload lists none (forks). */
  findPullRequestsByHead(headOwner: string, headBranch: string): Promise<PullRequestInfo[]>;
  /** Every changed file, over all pages. */
  listPullRequestFiles(number: number): Promise<ChangedFile[]>;
  /** Every comment of the PR's conversation, over all pages, oldest first. */
  listIssueComments(number: number): Promise<IssueComment[]>;
  createIssueComment(number: number, body: string): Promise<IssueComment>;
  updateIssueComment(id: number, body: string): Promise<IssueComment>;
  deleteIssueComment(id: number): Promise<void>;
  createCheckRun(run: NewCheckRun): Promise<{ id: number; htmlUrl: string }>;
  /** Appends annotations to a check run (the output's title and summary are repeated, as the API requires). */
  updateCheckRun(id: number, output: CheckOutput): Promise<void>;
  /** Successful runs of a workflow (file name or id) on a branch, newest first (one page). */
  listSuccessfulRuns(workflow: string | number, branch: string): Promise<WorkflowRunInfo[]>;
  /** The workflow id of a run (to find "this workflow" when the workflow file is unknown). */
  getRunWorkflowId(runId: number): Promise<number>;
  listRunArtifacts(runId: number): Promise<ArtifactInfo[]>;
  /** The artifact's zip bytes. */
  downloadArtifact(artifactId: number): Promise<Uint8Array>;
}
