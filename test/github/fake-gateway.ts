// The in-memory PullRequestGateway for unit tests: one repository's PRs, comments, check runs,
// workflow runs and artifacts, with every call recorded and any method made to fail.
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
} from '../../src/github/gateway.js';

type Method = Exclude<keyof PullRequestGateway, 'repo'>;

export interface FakeCheckRun {
  readonly id: number;
  readonly run: NewCheckRun;
  readonly updates: CheckOutput[];
}

export class FakeGateway implements PullRequestGateway {
  readonly repo: string;
  readonly pulls = new Map<number, PullRequestInfo>();
  readonly files = new Map<number, ChangedFile[]>();
  readonly comments = new Map<number, IssueComment[]>();
  readonly checkRuns: FakeCheckRun[] = [];
  readonly runs = new Map<string, WorkflowRunInfo[]>();
  readonly artifacts = new Map<number, ArtifactInfo[]>();
  readonly zips = new Map<number, Uint8Array>();
  readonly workflowIdOfRun = new Map<number, number>();
  readonly calls: { method: Method; args: unknown[] }[] = [];
  /** Methods that throw this error on every call. */
  readonly failing = new Map<Method, GatewayError>();
  private nextId = 1000;

  constructor(repo = 'octo/ml') {
    this.repo = repo;
  }

  addPull(pr: Partial<PullRequestInfo> & { number: number }): PullRequestInfo {
    const full: PullRequestInfo = {
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
      headSha: 'h'.repeat(40),
      headRef: 'feature',
      headRepo: this.repo,
      baseRepo: this.repo,
      htmlUrl: `https://github.com/${this.repo}/pull/${pr.number}`,
      ...pr,
    };
    this.pulls.set(pr.number, full);
    return full;
  }

  /** Adds `n` comments that are not ml-doctor's. */
  addUnrelatedComments(pr: number, n: number): void {
    const list = this.comments.get(pr) ?? [];
    for (let i = 0; i < n; i++) list.push({ id: this.nextId++, body: `looks good ${i}`, htmlUrl: `https://github.com/${this.repo}/pull/${pr}#c${i}` });
    this.comments.set(pr, list);
  }

  commentsOn(pr: number): IssueComment[] {
    return this.comments.get(pr) ?? [];
  }

  count(method: Method): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  /** Records the call, yields to other tasks (so concurrent callers interleave), applies failures. */
  private async enter(method: Method, ...args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    await new Promise((r) => setImmediate(r));
    const err = this.failing.get(method);
    if (err) throw err;
  }

  private pull(number: number): PullRequestInfo {
    const pr = this.pulls.get(number);
    if (!pr) throw new GatewayError(404, `get pull request #${number}: HTTP 404 Not Found`);
    return pr;
  }

  async getPullRequest(number: number): Promise<PullRequestInfo> {
    await this.enter('getPullRequest', number);
    return this.pull(number);
  }
  async findPullRequestsByHead(headOwner: string, headBranch: string): Promise<PullRequestInfo[]> {
    await this.enter('findPullRequestsByHead', headOwner, headBranch);
    return [...this.pulls.values()].filter((p) => p.headRepo?.split('/')[0] === headOwner && p.headRef === headBranch);
  }
  async listPullRequestFiles(number: number): Promise<ChangedFile[]> {
    await this.enter('listPullRequestFiles', number);
    return this.files.get(number) ?? [];
  }
  async listIssueComments(number: number): Promise<IssueComment[]> {
    await this.enter('listIssueComments', number);
    return [...this.commentsOn(number)];
  }
  async createIssueComment(number: number, body: string): Promise<IssueComment> {
    await this.enter('createIssueComment', number, body);
    const c = { id: this.nextId++, body, htmlUrl: `https://github.com/${this.repo}/pull/${number}#issuecomment-${this.nextId}` };
    this.comments.set(number, [...this.commentsOn(number), c]);
    return c;
  }
  async updateIssueComment(id: number, body: string): Promise<IssueComment> {
    await this.enter('updateIssueComment', id, body);
    for (const [pr, list] of this.comments) {
      const i = list.findIndex((c) => c.id === id);
      if (i >= 0) {
        const c = { ...list[i]!, body };
        this.comments.set(pr, list.map((x) => (x.id === id ? c : x)));
        return c;
      }
    }
    throw new GatewayError(404, `update comment ${id}: HTTP 404 Not Found`);
  }
  async deleteIssueComment(id: number): Promise<void> {
    await this.enter('deleteIssueComment', id);
    for (const [pr, list] of this.comments) {
      if (list.some((c) => c.id === id)) {
        this.comments.set(pr, list.filter((c) => c.id !== id));
        return;
      }
    }
    throw new GatewayError(404, `delete comment ${id}: HTTP 404 Not Found`);
  }
  async createCheckRun(run: NewCheckRun): Promise<{ id: number; htmlUrl: string }> {
    await this.enter('createCheckRun', run);
    const id = this.nextId++;
    this.checkRuns.push({ id, run, updates: [] });
    return { id, htmlUrl: `https://github.com/${this.repo}/runs/${id}` };
  }
  async updateCheckRun(id: number, output: CheckOutput): Promise<void> {
    await this.enter('updateCheckRun', id, output);
    const c = this.checkRuns.find((x) => x.id === id);
    if (!c) throw new GatewayError(404, `update check run ${id}: HTTP 404 Not Found`);
    c.updates.push(output);
  }
  async listSuccessfulRuns(workflow: string | number, branch: string): Promise<WorkflowRunInfo[]> {
    await this.enter('listSuccessfulRuns', workflow, branch);
    return (this.runs.get(String(workflow)) ?? []).filter((r) => r.headBranch === branch);
  }
  async getRunWorkflowId(runId: number): Promise<number> {
    await this.enter('getRunWorkflowId', runId);
    const id = this.workflowIdOfRun.get(runId);
    if (id === undefined) throw new GatewayError(404, `get workflow run ${runId}: HTTP 404 Not Found`);
    return id;
  }
  async listRunArtifacts(runId: number): Promise<ArtifactInfo[]> {
    await this.enter('listRunArtifacts', runId);
    return this.artifacts.get(runId) ?? [];
  }
  async downloadArtifact(artifactId: number): Promise<Uint8Array> {
    await this.enter('downloadArtifact', artifactId);
    const z = this.zips.get(artifactId);
    if (!z) throw new GatewayError(404, `download artifact ${artifactId}: HTTP 404 Not Found`);
    return z;
  }

  /** A successful push run of `workflow` on `branch` that uploaded `zip` as `name`. */
  addBaselineRun(workflow: string, branch: string, name: string, zip: Uint8Array, run: Partial<WorkflowRunInfo> = {}): WorkflowRunInfo {
    const id = this.nextId++;
    const info: WorkflowRunInfo = { id, event: 'push', headBranch: branch, headSha: 'a'.repeat(40), headRepo: this.repo, htmlUrl: `https://github.com/${this.repo}/actions/runs/${id}`, ...run };
    this.runs.set(workflow, [info, ...(this.runs.get(workflow) ?? [])]);
    const artifactId = this.nextId++;
    this.artifacts.set(info.id, [{ id: artifactId, name, sizeInBytes: zip.byteLength, expired: false }]);
    this.zips.set(artifactId, zip);
    return info;
  }
}
