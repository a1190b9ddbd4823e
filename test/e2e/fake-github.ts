// A local GitHub REST API for end-to-end tests: plays the endpoints the Action uses over real
// HTTP, and checks every request against GitHub's OpenAPI description first. An unknown route,
// a wrong method, a bad parameter or an invalid body is recorded as a violation (and answered
// 404/422 as GitHub would); tests assert there are none. A second server plays the blob storage
// that artifact downloads are redirected to.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiChecker, type Matched } from './openapi.js';

let checker: OpenApiChecker | null = null;
/** Parsing the 13 MB description takes about a second; one checker serves every server. */
function openApi(): OpenApiChecker {
  checker ??= new OpenApiChecker();
  return checker;
}

type Obj = Record<string, unknown>;

export interface Fault {
  readonly status: number;
  readonly headers?: () => Record<string, string>;
  /** JSON, or the raw text of an HTML error page (with a text/html content-type header). */
  readonly body: Obj | string;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly operationId: string | null;
  readonly status: number;
}

export interface PullState {
  number: number;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseRef: string;
  baseSha: string;
}

export interface CommentState {
  id: number;
  body: string;
}

export interface CheckRunState {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  output: { title?: string; summary?: string; annotations: Obj[] };
}

export interface RunState {
  id: number;
  workflow: string;
  event: string;
  branch: string;
  sha: string;
  headRepo: string;
  conclusion: 'success' | 'failure';
}

export interface ArtifactState {
  id: number;
  runId: number;
  name: string;
  zip: Buffer;
  /** Reported size, when it should differ from the bytes. */
  sizeInBytes?: number;
  expired?: boolean;
}

export interface FileState {
  filename: string;
  status: string;
  patch?: string;
}

const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export class FakeGitHub {
  readonly violations: string[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly pulls = new Map<number, PullState>();
  readonly comments = new Map<number, CommentState[]>();
  readonly checkRuns: CheckRunState[] = [];
  readonly runs: RunState[] = [];
  readonly artifacts: ArtifactState[] = [];
  readonly files = new Map<number, FileState[]>();
  /** Authorization headers seen by the blob storage (must be none: the token stays with the API). */
  readonly storageAuth: (string | undefined)[] = [];
  private readonly faults = new Map<string, Fault[]>();
  private api: Server | null = null;
  private storage: Server | null = null;
  private nextId = 5000;
  url = '';
  private storageUrl = '';

  constructor(readonly repo: string) {}

  async start(): Promise<string> {
    openApi();
    this.api = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        this.violations.push(`the fake server failed on ${req.method} ${req.url}: ${e instanceof Error ? e.message : String(e)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    this.storage = createServer((req, res) => this.serveBlob(req, res));
    this.url = await listen(this.api);
    this.storageUrl = await listen(this.storage);
    return this.url;
  }

  async stop(): Promise<void> {
    await Promise.all([this.api, this.storage].map((s) => new Promise<void>((r) => (s ? s.close(() => r()) : r()))));
  }

  id(): number {
    return this.nextId++;
  }

  /** The next `times` requests of `operationId` get this response instead. */
  fault(operationId: string, fault: Fault, times = 1): void {
    this.faults.set(operationId, [...(this.faults.get(operationId) ?? []), ...Array.from({ length: times }, () => fault)]);
  }

  count(operationId: string): number {
    return this.requests.filter((r) => r.operationId === operationId).length;
  }

  addPull(p: PullState): void {
    this.pulls.set(p.number, p);
  }

  addComments(issue: number, bodies: string[]): void {
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), ...bodies.map((body) => ({ id: this.id(), body }))]);
  }

  commentsOn(issue: number): CommentState[] {
    return this.comments.get(issue) ?? [];
  }

  addRun(r: Omit<RunState, 'id'>, artifacts: Omit<ArtifactState, 'id' | 'runId'>[] = []): RunState {
    const run = { ...r, id: this.id() };
    this.runs.push(run);
    for (const a of artifacts) this.artifacts.push({ ...a, id: this.id(), runId: run.id });
    return run;
  }

  private serveBlob(req: IncomingMessage, res: ServerResponse): void {
    this.storageAuth.push(req.headers.authorization);
    const id = Number(/^\/blobs\/(\d+)\.zip/.exec(req.url ?? '')?.[1]);
    const a = this.artifacts.find((x) => x.id === id);
    if (!a) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.length) }).end(a.zip);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const send = (status: number, data: unknown, headers: Record<string, string> = {}, operationId: string | null = null) => {
      this.requests.push({ method, path: url.pathname + url.search, operationId, status });
      // A fault may answer as GitHub's edge does on an outage: an HTML page, not JSON.
      const text = data === undefined ? '' : typeof data === 'string' && headers['content-type']?.startsWith('text/') ? data : JSON.stringify(data);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': `E2E:${this.requests.length}`, ...headers });
      res.end(text);
    };

    const m = openApi().match(method, url.pathname);
    if (typeof m === 'string') {
      this.violations.push(m);
      send(404, { message: 'Not Found' });
      return;
    }
    const op = m.operation.operationId;
    const problems = openApi().check(m, url.searchParams, body);
    if (!req.headers.authorization) problems.push(`${op}: no Authorization header`);
    if (problems.length > 0) {
      this.violations.push(...problems);
      send(422, { message: 'Validation Failed', errors: problems }, {}, op);
      return;
    }
    if (`${m.params['owner']}/${m.params['repo']}` !== this.repo) {
      this.violations.push(`${op}: request for ${m.params['owner']}/${m.params['repo']}, the repository is ${this.repo}`);
      send(404, { message: 'Not Found' }, {}, op);
      return;
    }
    const fault = this.faults.get(op)?.shift();
    if (fault) {
      send(fault.status, fault.body, fault.headers?.() ?? {}, op);
      return;
    }
    const handler = this.handlers[op];
    if (!handler) {
      this.violations.push(`${op}: the Action called an operation this fake does not play`);
      send(501, { message: `not played: ${op}` }, {}, op);
      return;
    }
    const r = handler(m, url.searchParams, body === '' ? {} : (JSON.parse(body) as Obj));
    send(r.status, r.data, r.headers, op);
  }

  private page<T>(items: T[], q: URLSearchParams, path: string): { slice: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(q.get('per_page') ?? 30), 100);
    const page = Number(q.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(path, this.url);
      q.forEach((v, k) => u.searchParams.set(k, v));
      u.searchParams.set('page', String(p));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return { slice: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
  }

  private commentJson(issue: number, c: CommentState): Obj {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      user: BOT,
      html_url: `https://github.com/${this.repo}/pull/${issue}#issuecomment-${c.id}`,
      url: `${this.url}/repos/${this.repo}/issues/comments/${c.id}`,
      created_at: '2026-11-25T12:00:00Z',
      updated_at: '2026-11-25T12:00:00Z',
    };
  }

  private pullJson(p: PullState): Obj {
    const [owner] = p.headRepo.split('/');
    return {
      number: p.number,
      state: 'open',
      html_url: `https://github.com/${this.repo}/pull/${p.number}`,
      base: { ref: p.baseRef, sha: p.baseSha, repo: { full_name: this.repo } },
      head: { ref: p.headRef, sha: p.headSha, label: `${owner}:${p.headRef}`, repo: { full_name: p.headRepo } },
    };
  }

  private findComment(id: number): [number, CommentState] | null {
    for (const [issue, list] of this.comments) {
      const c = list.find((x) => x.id === id);
      if (c) return [issue, c];
    }
    return null;
  }

  private readonly handlers: Record<string, (m: Matched, q: URLSearchParams, body: Obj) => { status: number; data?: unknown; headers?: Record<string, string> }> = {
    'pulls/get': (m) => {
      const p = this.pulls.get(Number(m.params['pull_number']));
      return p ? { status: 200, data: this.pullJson(p) } : { status: 404, data: { message: 'Not Found' } };
    },
    'pulls/list': (_m, q) => {
      const head = q.get('head');
      const list = [...this.pulls.values()].filter((p) => !head || `${p.headRepo.split('/')[0]}:${p.headRef}` === head);
      return { status: 200, data: list.map((p) => this.pullJson(p)) };
    },
    'pulls/list-files': (m, q) => {
      const n = Number(m.params['pull_number']);
      const { slice, headers } = this.page(this.files.get(n) ?? [], q, `/repos/${this.repo}/pulls/${n}/files`);
      return { status: 200, data: slice.map((f) => ({ sha: 'f'.repeat(40), additions: 1, deletions: 1, changes: 2, ...f })), headers };
    },
    'issues/list-comments': (m, q) => {
      const n = Number(m.params['issue_number']);
      const { slice, headers } = this.page(this.commentsOn(n), q, `/repos/${this.repo}/issues/${n}/comments`);
      return { status: 200, data: slice.map((c) => this.commentJson(n, c)), headers };
    },
    'issues/create-comment': (m, _q, body) => {
      const n = Number(m.params['issue_number']);
      const c = { id: this.id(), body: String(body['body']) };
      this.comments.set(n, [...this.commentsOn(n), c]);
      return { status: 201, data: this.commentJson(n, c) };
    },
    'issues/update-comment': (m, _q, body) => {
      const found = this.findComment(Number(m.params['comment_id']));
      if (!found) return { status: 404, data: { message: 'Not Found' } };
      found[1].body = String(body['body']);
      return { status: 200, data: this.commentJson(found[0], found[1]) };
    },
    'issues/delete-comment': (m) => {
      const found = this.findComment(Number(m.params['comment_id']));
      if (!found) return { status: 404, data: { message: 'Not Found' } };
      this.comments.set(found[0], this.commentsOn(found[0]).filter((c) => c !== found[1]));
      return { status: 204 };
    },
    'checks/create': (_m, _q, body) => {
      const output = (body['output'] as Obj | undefined) ?? {};
      const run: CheckRunState = {
        id: this.id(),
        name: String(body['name']),
        head_sha: String(body['head_sha']),
        ...(typeof body['status'] === 'string' ? { status: body['status'] } : {}),
        ...(typeof body['conclusion'] === 'string' ? { conclusion: body['conclusion'] } : {}),
        ...(typeof body['details_url'] === 'string' ? { details_url: body['details_url'] } : {}),
        output: { title: output['title'] as string, summary: output['summary'] as string, annotations: (output['annotations'] as Obj[] | undefined) ?? [] },
      };
      this.checkRuns.push(run);
      return { status: 201, data: { id: run.id, html_url: `https://github.com/${this.repo}/runs/${run.id}`, name: run.name, head_sha: run.head_sha } };
    },
    'checks/update': (m, _q, body) => {
      const run = this.checkRuns.find((r) => r.id === Number(m.params['check_run_id']));
      if (!run) return { status: 404, data: { message: 'Not Found' } };
      const output = (body['output'] as Obj | undefined) ?? {};
      run.output.annotations.push(...((output['annotations'] as Obj[] | undefined) ?? []));
      return { status: 200, data: { id: run.id, html_url: `https://github.com/${this.repo}/runs/${run.id}` } };
    },
    'actions/list-workflow-runs': (m, q) => {
      const wf = m.params['workflow_id'];
      const list = this.runs
        .filter((r) => r.workflow === wf && (!q.get('branch') || r.branch === q.get('branch')) && (q.get('status') !== 'success' || r.conclusion === 'success'))
        .sort((a, b) => b.id - a.id);
      const { slice } = this.page(list, q, '');
      return {
        status: 200,
        data: {
          total_count: list.length,
          workflow_runs: slice.map((r) => ({
            id: r.id,
            event: r.event,
            head_branch: r.branch,
            head_sha: r.sha,
            status: 'completed',
            conclusion: r.conclusion,
            html_url: `https://github.com/${this.repo}/actions/runs/${r.id}`,
            head_repository: { full_name: r.headRepo },
            workflow_id: 161335,
          })),
        },
      };
    },
    'actions/get-workflow-run': (m) => {
      const r = this.runs.find((x) => x.id === Number(m.params['run_id']));
      return r ? { status: 200, data: { id: r.id, workflow_id: 161335 } } : { status: 404, data: { message: 'Not Found' } };
    },
    'actions/list-workflow-run-artifacts': (m, q) => {
      const runId = Number(m.params['run_id']);
      const list = this.artifacts.filter((a) => a.runId === runId);
      const { slice, headers } = this.page(list, q, `/repos/${this.repo}/actions/runs/${runId}/artifacts`);
      return {
        status: 200,
        data: { total_count: list.length, artifacts: slice.map((a) => ({ id: a.id, name: a.name, size_in_bytes: a.sizeInBytes ?? a.zip.length, expired: a.expired ?? false })) },
        headers,
      };
    },
    'actions/download-artifact': (m) => {
      const a = this.artifacts.find((x) => x.id === Number(m.params['artifact_id']));
      if (!a || m.params['archive_format'] !== 'zip') return { status: 404, data: { message: 'Not Found' } };
      // As on github.com: a short-lived signed URL on another host.
      return { status: 302, headers: { location: `${this.storageUrl}/blobs/${a.id}.zip?sig=e2e` } };
    },
  };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}
