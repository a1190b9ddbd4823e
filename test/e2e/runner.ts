// Runs the built Action the way a GitHub-hosted runner does: `node dist/index.js` in a child
// process, inputs as INPUT_<NAME> (every input of action.yml, at its default unless given), the
// event payload in a file named by GITHUB_EVENT_PATH, outputs and the job summary in the files
// named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and the API at GITHUB_API_URL.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
export const TOKEN = 'ghs_e2eJobToken000000000000000000000000';

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly workspace: string;
}

export interface RunOptions {
  readonly dist: string;
  readonly apiUrl: string;
  readonly repo: string;
  readonly event: string;
  readonly payload: object;
  readonly inputs?: Record<string, string>;
  /** Copied to `<workspace>/artifacts`. */
  readonly artifacts: string;
  /** Files of the checkout (path relative to the workspace → text), e.g. the PR's config file. */
  readonly files?: Record<string, string>;
  readonly workflowFile?: string;
  readonly sha?: string;
  readonly ref?: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const root = mkdtempSync(join(tmpdir(), 'mld-e2e-'));
  const workspace = join(root, 'workspace');
  const temp = join(root, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(temp);
  cpSync(o.artifacts, join(workspace, 'artifacts'), { recursive: true });
  for (const [path, text] of Object.entries(o.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const eventPath = join(root, 'event.json');
  const outputPath = join(root, 'output.txt');
  const summaryPath = join(root, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const def = spec.default === '${{ github.token }}' ? TOKEN : (spec.default ?? '');
    inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = o.inputs?.[name] ?? def;
  }
  const workflow = o.workflowFile ?? 'pr-review.yml';
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? root,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: o.repo,
    GITHUB_SHA: o.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: o.ref ?? 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW_REF: `${o.repo}/.github/workflows/${workflow}@${o.ref ?? 'refs/heads/main'}`,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    ...inputs,
  };
  const child = spawn(process.execPath, [o.dist], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
    workspace,
  };
}

interface WebhookExample {
  name: string;
  examples: Record<string, unknown>[];
}

/** A real payload from @octokit/webhooks-examples (a deep copy, free to modify). */
export function webhookExample(event: string, pick: (p: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  const all = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookExample[];
  const found = all.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example`);
  return structuredClone(found);
}
