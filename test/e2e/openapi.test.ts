// The fake API's guard must not be vacuous: requests that GitHub would reject are recorded as
// violations, whatever the Action does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import { OpenApiChecker } from './openapi.js';

const checker = new OpenApiChecker();
const matched = (method: string, path: string) => {
  const m = checker.match(method, path);
  if (typeof m === 'string') throw new Error(m);
  return m;
};

describe('OpenApiChecker', () => {
  it('finds the operation by method and path template, literal segments first', () => {
    expect(matched('POST', '/repos/o/r/issues/2/comments').operation.operationId).toBe('issues/create-comment');
    expect(matched('GET', '/repos/o/r/pulls/comments').operation.operationId).toBe('pulls/list-review-comments-for-repo');
    expect(matched('GET', '/repos/o/r/pulls/12').params).toEqual({ owner: 'o', repo: 'r', pull_number: '12' });
  });

  it('reports an unknown route and a wrong method', () => {
    expect(checker.match('GET', '/repos/o/r/comments-of-everyone')).toBe('unknown route: GET /repos/o/r/comments-of-everyone');
    expect(checker.match('PUT', '/repos/o/r/issues/2/comments')).toBe('wrong method: PUT /repos/o/r/issues/2/comments (the path allows GET, POST)');
  });

  it('rejects a body that breaks the schema, a misspelt field and more than 50 annotations', () => {
    const create = matched('POST', '/repos/o/r/check-runs');
    const q = new URLSearchParams();
    expect(checker.check(create, q, JSON.stringify({ name: 'ml-doctor', head_sha: 'abc', conclusion: 'broken' }))).toEqual([
      'POST /repos/{owner}/{repo}/check-runs (checks/create): invalid body: data/conclusion must be equal to one of the allowed values',
    ]);
    expect(checker.check(create, q, JSON.stringify({ name: 'ml-doctor', head_sha: 'abc', conclution: 'failure' }))).toEqual(["POST /repos/{owner}/{repo}/check-runs (checks/create): unknown body field 'conclution'"]);
    const annotations = Array.from({ length: 51 }, (_, i) => ({ path: 'p.yaml', start_line: i + 1, end_line: i + 1, annotation_level: 'notice', message: 'm' }));
    expect(checker.check(create, q, JSON.stringify({ name: 'ml-doctor', head_sha: 'abc', output: { title: 't', summary: 's', annotations } }))).toEqual([
      'POST /repos/{owner}/{repo}/check-runs (checks/create): invalid body: data/output/annotations must NOT have more than 50 items',
    ]);
    expect(checker.check(matched('POST', '/repos/o/r/issues/2/comments'), q, '{}')).toEqual([
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments (issues/create-comment): invalid body: data must have required property 'body'",
    ]);
  });

  it('rejects bad path and query parameters and unknown query parameters', () => {
    const runs = matched('GET', '/repos/o/r/actions/workflows/pr.yml/runs');
    expect(checker.check(runs, new URLSearchParams('branch=main&status=success&per_page=20&exclude_pull_requests=true'), '')).toEqual([]);
    expect(checker.check(runs, new URLSearchParams('status=green&perPage=20'), '')).toEqual([
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs (actions/list-workflow-runs): query parameter 'status'='green' data/v must be equal to one of the allowed values",
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs (actions/list-workflow-runs): unknown query parameter 'perPage'",
    ]);
    expect(checker.check(matched('GET', '/repos/o/r/pulls/abc'), new URLSearchParams(), '')).toEqual(["GET /repos/{owner}/{repo}/pulls/{pull_number} (pulls/get): path parameter 'pull_number'='abc' data/v must be integer"]);
  });
});

describe('FakeGitHub', () => {
  const gh = new FakeGitHub('octo/ml');
  beforeAll(async () => void (await gh.start()));
  afterAll(() => gh.stop());

  it('records a violation and answers like GitHub for a request outside the description', async () => {
    const headers = { authorization: 'token t', 'content-type': 'application/json' };
    const bad = await fetch(`${gh.url}/repos/octo/ml/issues/1/comments`, { method: 'POST', headers, body: JSON.stringify({ text: 'hi' }) });
    const unknown = await fetch(`${gh.url}/repos/octo/ml/teleport`, { headers });
    const anonymous = await fetch(`${gh.url}/repos/octo/ml/pulls/1`);
    expect([bad.status, unknown.status, anonymous.status]).toEqual([422, 404, 422]);
    expect(gh.violations).toEqual([
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments (issues/create-comment): invalid body: data must have required property 'body'",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments (issues/create-comment): unknown body field 'text'",
      'unknown route: GET /repos/octo/ml/teleport',
      'pulls/get: no Authorization header',
    ]);
    expect(gh.commentsOn(1)).toEqual([]);
  });
});
