import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/action/context.js';
import { getInputs } from '../../src/action/inputs.js';
import { FORK_HINT, reviewAndPublish, type ActionPorts } from '../../src/action/review-and-publish.js';
import { isOurComment } from '../../src/github/comment.js';
import { GatewayError } from '../../src/github/gateway.js';
import { FakeGateway } from './fake-gateway.js';
import { zipDirectory } from './zip-writer.js';

const REPO = 'octo/ml';
const COLLAPSE = 'test/e2e/fixtures/collapse';

/** The same run on both sides: nothing moves, so the verdict is pass whatever the analysis does. */
const STEADY = `${COLLAPSE}/baseline`;

/** A workspace with the current run's artifacts (and, when given, a baseline run under `baseline/`) and an event payload file. */
function workspace(current: string, event: string, payload: object, baseline?: string) {
  const ws = mkdtempSync(join(tmpdir(), 'mld-ws-'));
  cpSync(current, join(ws, 'artifacts'), { recursive: true });
  if (baseline) cpSync(baseline, join(ws, 'baseline'), { recursive: true });
  const eventPath = join(ws, '..', `${ws.split('/').pop()}-event.json`);
  writeFileSync(eventPath, JSON.stringify(payload));
  const ctx = readRunContext(
    { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '555', GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/pr.yml@refs/heads/main`, GITHUB_WORKSPACE: ws, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'mld-tmp-')) },
    ws,
    tmpdir(),
  );
  return { ws, ctx };
}

function ports(gw: FakeGateway) {
  const log = { info: [] as string[], warning: [] as string[], notice: [] as string[] };
  const summary: string[] = [];
  const p: ActionPorts = {
    gateway: gw,
    log: { info: (m) => log.info.push(m), warning: (m) => log.warning.push(m), notice: (m) => log.notice.push(m) },
    writeSummary: async (md) => {
      summary.push(md);
      await Promise.resolve();
    },
  };
  return { p, log, summary };
}

const settings = (given: Record<string, string> = {}) => getInputs((n) => given[n] ?? (n === 'github-token' ? 'ghs_x' : ''));
const prPayload = (number: number, headRepo = REPO) => ({
  action: 'synchronize',
  number,
  repository: { full_name: REPO },
  pull_request: { number, html_url: `https://github.com/${REPO}/pull/${number}`, base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: REPO } }, head: { ref: 'feature', sha: 'c'.repeat(40), repo: { full_name: headRepo } } },
});

describe('reviewAndPublish', () => {
  it('reviews a pull request against the base branch’s artifact and publishes comment and check', async () => {
    const gw = new FakeGateway(REPO);
    gw.addBaselineRun('pr.yml', 'main', 'ml-artifacts', zipDirectory(`${COLLAPSE}/baseline`));
    const { ctx, ws } = workspace(`${COLLAPSE}/current`, 'pull_request', prPayload(3));
    const { p, summary } = ports(gw);
    const out = await reviewAndPublish(settings(), ctx, p);
    expect(out).toMatchObject({ verdict: 'fail', target: 'pull_request', reportPath: 'ml-doctor-report/report.json' });
    expect(out.failure).toMatch(/^ml-doctor: verdict fail \(fail-on: critical\)\. /);
    const report = JSON.parse(readFileSync(join(ws, out.reportPath), 'utf8')) as { baseline: { source: string } };
    expect(report.baseline.source).toBe('artifact');
    expect(gw.commentsOn(3)).toHaveLength(1);
    expect(out.commentUrl).toBe(gw.commentsOn(3)[0]!.htmlUrl);
    expect(gw.checkRuns[0]!.run).toMatchObject({ name: 'ml-doctor', headSha: 'c'.repeat(40), conclusion: 'failure', detailsUrl: `https://github.com/${REPO}/actions/runs/555` });
    expect(summary.join('')).toContain('## ml-doctor: ❌ fail');
  });

  it('with fail-on never passes the job even when the metrics collapsed', async () => {
    const gw = new FakeGateway(REPO);
    gw.addBaselineRun('pr.yml', 'main', 'ml-artifacts', zipDirectory(`${COLLAPSE}/baseline`));
    const { ctx } = workspace(`${COLLAPSE}/current`, 'pull_request', prPayload(3));
    const out = await reviewAndPublish(settings({ 'fail-on': 'never' }), ctx, ports(gw).p);
    expect(out.failure).toBeNull();
    expect(out.verdict).not.toBe('fail');
    expect(gw.checkRuns[0]!.run.conclusion).not.toBe('failure');
  });

  it('on a fork with a read-only token writes the summary, prints one hint and exits by verdict only', async () => {
    const gw = new FakeGateway(REPO);
    gw.failing.set('createIssueComment', new GatewayError(403, 'comment on #4: HTTP 403 Resource not accessible by integration'));
    gw.failing.set('createCheckRun', new GatewayError(403, 'create check run: HTTP 403 Resource not accessible by integration'));
    const { ctx } = workspace(STEADY, 'pull_request', prPayload(4, 'mallory/ml'), STEADY);
    const { p, log, summary } = ports(gw);
    const out = await reviewAndPublish(settings({ 'baseline-path': 'baseline' }), ctx, p);
    expect(out.verdict).toBe('pass');
    expect(out.failure).toBeNull();
    expect(out.commentUrl).toBeNull();
    expect(log.notice).toEqual([FORK_HINT]);
    expect(log.warning).toEqual([]);
    expect(summary.join('')).toContain('## ml-doctor:');
  });

  it('asks for permissions when a same-repository PR cannot be commented on', async () => {
    const gw = new FakeGateway(REPO);
    gw.failing.set('createIssueComment', new GatewayError(403, 'comment on #4: HTTP 403 Resource not accessible by integration'));
    const { ctx } = workspace('examples/churn/current', 'pull_request', prPayload(4));
    const { p, log } = ports(gw);
    await reviewAndPublish(settings(), ctx, p);
    expect(log.notice.filter((n) => n === FORK_HINT)).toEqual([]);
    expect(log.warning.join('\n')).toContain('grant the job `pull-requests: write` and `checks: write`');
  });

  it('without any baseline still reviews and lists every source it tried', async () => {
    const gw = new FakeGateway(REPO);
    const { ctx, ws } = workspace('examples/churn/current', 'pull_request', prPayload(5));
    await reviewAndPublish(settings(), ctx, ports(gw).p);
    const report = JSON.parse(readFileSync(join(ws, 'ml-doctor-report/report.json'), 'utf8')) as { findings: { category: string; evidence: { text: string }[] }[] };
    const infra = report.findings.find((f) => f.category === 'infrastructure')!;
    const text = infra.evidence.map((e) => e.text).join(' ');
    expect(text).toContain("(1) artifact: artifact 'ml-artifacts' of workflow pr.yml on main: no successful run");
    expect(text).toContain('(2) git: the workspace is not a git checkout');
    expect(text).toContain('(3) path: baseline-path is not set');
    expect(text).toContain('To set one up:');
  });

  it('publishes a workflow_dispatch deep diagnosis to the PR given by pr-number', async () => {
    const gw = new FakeGateway(REPO);
    gw.addPull({ number: 9, headSha: 'd'.repeat(40) });
    const { ctx } = workspace('examples/churn/current', 'workflow_dispatch', { inputs: {}, ref: 'refs/heads/main', repository: { full_name: REPO } }, 'examples/churn/baseline');
    const out = await reviewAndPublish(settings({ 'pr-number': '9', mode: 'deep', 'baseline-path': 'baseline' }), ctx, ports(gw).p);
    expect(out.target).toBe('pull_request');
    expect(gw.commentsOn(9)[0]!.body).toContain('deep mode');
    expect(gw.checkRuns[0]!.run.headSha).toBe('d'.repeat(40));
    expect(gw.checkRuns[0]!.run.output.title).toMatch(/\(deep\)$/);
  });

  it('finds a fork PR of a workflow_run by its head branch and commit', async () => {
    const gw = new FakeGateway(REPO);
    gw.addPull({ number: 11, headRepo: 'mallory/ml', headRef: 'main', headSha: 'e'.repeat(40) });
    gw.addPull({ number: 12, headRepo: 'mallory/ml', headRef: 'other', headSha: 'e'.repeat(40) });
    const payload = { action: 'completed', repository: { full_name: REPO }, workflow_run: { id: 77, workflow_id: 4242, event: 'pull_request', conclusion: 'success', head_sha: 'e'.repeat(40), head_branch: 'main', pull_requests: [], head_repository: { full_name: 'mallory/ml', owner: { login: 'mallory' } } } };
    const { ctx } = workspace('examples/churn/current', 'workflow_run', payload);
    const out = await reviewAndPublish(settings(), ctx, ports(gw).p);
    expect(out.target).toBe('pull_request');
    expect(gw.commentsOn(11)).toHaveLength(1);
    expect(gw.calls.find((c) => c.method === 'findPullRequestsByHead')?.args).toEqual(['mallory', 'main']);
    // "This workflow" for workflow_run is the triggering one, whose runs upload the artifacts.
    expect(gw.calls.find((c) => c.method === 'listSuccessfulRuns')?.args).toEqual([4242, 'main']);
  });

  it.each([
    ['whose pull request moved on to a newer commit', 'success', 'o', "the triggering run reviewed ooooooo, but pull request #21's head is now nnnnnnn: the run for the newer commit publishes"],
    ['whose triggering run was cancelled', 'cancelled', 'n', "the triggering run concluded 'cancelled', not 'success': its artifacts may be partial"],
    ['whose triggering run failed', 'failure', 'n', "the triggering run concluded 'failure', not 'success'"],
  ])('a workflow_run %s publishes nothing and says why', async (_label, conclusion, sha, why) => {
    const gw = new FakeGateway(REPO);
    gw.addPull({ number: 21, headRepo: REPO, headRef: 'tune', headSha: 'n'.repeat(40) });
    const run = { id: 78, workflow_id: 4242, event: 'pull_request', conclusion, head_sha: sha.repeat(40), head_branch: 'tune', pull_requests: [{ number: 21, head: { sha: 'n'.repeat(40) } }], head_repository: { full_name: REPO, owner: { login: 'octo' } } };
    const { ctx } = workspace(`${COLLAPSE}/current`, 'workflow_run', { action: 'completed', repository: { full_name: REPO }, workflow_run: run }, `${COLLAPSE}/baseline`);
    const { p, log, summary } = ports(gw);
    const out = await reviewAndPublish(settings({ 'baseline-path': 'baseline' }), ctx, p);
    expect(gw.count('createIssueComment') + gw.count('updateIssueComment') + gw.count('createCheckRun') + gw.count('updateCheckRun')).toBe(0);
    expect(log.notice.join('\n')).toContain(`ml-doctor: nothing published to pull request #21: ${why}`);
    // The review still ran: its report is in the job summary, and the job is left green.
    expect(out).toMatchObject({ verdict: 'fail', failure: null });
    expect(summary[0]).toContain('## ml-doctor: ❌ fail');
    expect(summary[0]!.startsWith('> nothing published to pull request #\u200b21: ')).toBe(true);
  });

  it('a workflow_run leaves a fail verdict to the check run and keeps its own job green', async () => {
    const gw = new FakeGateway(REPO);
    gw.addPull({ number: 22, headRepo: 'mallory/ml', headRef: 'tune', headSha: 'e'.repeat(40) });
    const run = { id: 79, workflow_id: 4242, event: 'pull_request', conclusion: 'success', head_sha: 'e'.repeat(40), head_branch: 'tune', pull_requests: [], head_repository: { full_name: 'mallory/ml', owner: { login: 'mallory' } } };
    const { ctx } = workspace(`${COLLAPSE}/current`, 'workflow_run', { action: 'completed', repository: { full_name: REPO }, workflow_run: run }, `${COLLAPSE}/baseline`);
    const { p, log } = ports(gw);
    const out = await reviewAndPublish(settings({ 'baseline-path': 'baseline' }), ctx, p);
    expect(out).toMatchObject({ verdict: 'fail', failure: null });
    expect(gw.checkRuns.map((c) => [c.run.name, c.run.headSha, c.run.conclusion])).toEqual([['ml-doctor', 'e'.repeat(40), 'failure']]);
    expect(log.warning.join('\n')).toContain('the ml-doctor check run on the pull request\'s commit carries it');
  });

  it('a workflow_run whose pull request cannot be looked up still writes the report to the job summary', async () => {
    const gw = new FakeGateway(REPO);
    gw.failing.set('getPullRequest', new GatewayError(502, 'get pull request #23: HTTP 502 Bad Gateway'));
    const run = { id: 80, workflow_id: 4242, event: 'pull_request', conclusion: 'success', head_sha: 'e'.repeat(40), head_branch: 'tune', pull_requests: [{ number: 23, head: { sha: 'e'.repeat(40) } }], head_repository: { full_name: REPO, owner: { login: 'octo' } } };
    const { ctx } = workspace(STEADY, 'workflow_run', { action: 'completed', repository: { full_name: REPO }, workflow_run: run }, STEADY);
    const { p, summary } = ports(gw);
    const out = await reviewAndPublish(settings({ 'baseline-path': 'baseline' }), ctx, p);
    expect(out.target).toBe('branch');
    expect(summary[0]).toContain("> the triggering run's pull request could not be looked up (get pull request #\u200b23: HTTP 502 Bad Gateway); nothing is published\n\n<!-- ml-doctor:report -->");
  });

  it('on a push writes the summary only and never fails the job', async () => {
    const gw = new FakeGateway(REPO);
    gw.addBaselineRun('pr.yml', 'main', 'ml-artifacts', zipDirectory(`${COLLAPSE}/baseline`));
    const { ctx } = workspace(`${COLLAPSE}/current`, 'push', { ref: 'refs/heads/main', before: '0'.repeat(40), after: 'f'.repeat(40), repository: { full_name: REPO } });
    const { p, summary, log } = ports(gw);
    const out = await reviewAndPublish(settings(), ctx, p);
    expect(out).toMatchObject({ target: 'branch', verdict: 'fail', failure: null, commentUrl: null });
    expect(gw.count('createIssueComment') + gw.count('createCheckRun')).toBe(0);
    expect(summary[0]).toMatch(/^> push: this run's uploaded artifact becomes the baseline/);
    expect(log.warning.join('\n')).toContain('the job stays green');
  });

  it('with comment: on-change writes no comment when there is nothing to report', async () => {
    const gw = new FakeGateway(REPO);
    const { ctx } = workspace(STEADY, 'pull_request', prPayload(6), STEADY);
    const out = await reviewAndPublish(settings({ comment: 'on-change', 'baseline-path': 'baseline' }), ctx, ports(gw).p);
    expect(out.findings).toBe(0);
    expect(gw.commentsOn(6)).toEqual([]);
    expect(gw.count('createCheckRun')).toBe(1);
  });

  it('annotates the changed parameter line the findings name', async () => {
    const gw = new FakeGateway(REPO);
    gw.addBaselineRun('pr.yml', 'main', 'ml-artifacts', zipDirectory(`${COLLAPSE}/baseline`));
    gw.files.set(3, [{ path: 'configs/train.yaml', status: 'modified', patch: '@@ -1,2 +1,2 @@\n model: { type: gbm, depth: 6 }\n-optimizer: { lr: 0.001 }\n+optimizer: { lr: 0.5 }' }]);
    const { ctx } = workspace(`${COLLAPSE}/current`, 'pull_request', prPayload(3));
    await reviewAndPublish(settings(), ctx, ports(gw).p);
    expect(gw.checkRuns[0]!.run.output.annotations).toEqual([expect.objectContaining({ path: 'configs/train.yaml', startLine: 2, endLine: 2, title: expect.stringContaining('optimizer.lr 0.001 → 0.5') as string })]);
  });

  it('keeps one comment over re-runs of the same pull request', async () => {
    const gw = new FakeGateway(REPO);
    gw.addUnrelatedComments(3, 250);
    for (let i = 0; i < 2; i++) {
      const { ctx, ws } = workspace('examples/churn/current', 'pull_request', prPayload(3), 'examples/churn/baseline');
      await reviewAndPublish(settings({ 'baseline-path': 'baseline' }), ctx, ports(gw).p);
      expect((JSON.parse(readFileSync(join(ws, 'ml-doctor-report/report.json'), 'utf8')) as { baseline: { source: string } }).baseline.source).toBe('path');
    }
    expect(gw.commentsOn(3).filter((c) => isOurComment(c, '.github/ml-doctor.yml'))).toHaveLength(1);
    expect(gw.count('createIssueComment')).toBe(1);
  });

  it('stops with a clear message when the artifacts directory is missing', async () => {
    const gw = new FakeGateway(REPO);
    const { ctx } = workspace('examples/churn/current', 'pull_request', prPayload(3));
    await expect(reviewAndPublish(settings({ artifacts: 'nope' }), ctx, ports(gw).p)).rejects.toThrow(/^Invalid input 'artifacts': 'nope'\. The directory does not exist in /);
  });
});
