// No value from the environment except the chosen key ever leaves the process: a local server
// records every header and body the real OpenAI SDK sends, under an environment full of secrets
// the SDK would otherwise pick up (OPENAI_ORG_ID, OPENAI_ADMIN_KEY, ...).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAgent } from '../../src/llm/agent.js';
import { answer, startFakeOpenAi, toolCalls, type FakeOpenAi, type ReceivedRequest } from './fake-openai-server.js';
import { churnReport } from './report-fixture.js';

const SECRETS: Record<string, string> = {
  OPENAI_ORG_ID: 'org-leak-0001',
  OPENAI_PROJECT_ID: 'proj-leak-0002',
  OPENAI_ADMIN_KEY: 'sk-admin-leak-0003',
  OPENAI_WEBHOOK_SECRET: 'whsec-leak-0004',
  GITHUB_TOKEN: 'ghs_leak0005',
  AWS_SECRET_ACCESS_KEY: 'aws-leak-0006',
  AZURE_OPENAI_API_KEY: 'azure-leak-0007',
  NPM_TOKEN: 'npm_leak0008',
};

let server: FakeOpenAi | undefined;

beforeEach(() => {
  for (const [k, v] of Object.entries(SECRETS)) vi.stubEnv(k, v);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
});

/** Every environment value long enough to be a secret, except the one key chosen for the request. */
function leaked(requests: readonly ReceivedRequest[], chosenKey: string): string[] {
  const values = Object.values(process.env).filter((v): v is string => v !== undefined && v !== chosenKey && (v.length >= 16 || Object.values(SECRETS).includes(v)));
  const sent = requests.map((r) => `${JSON.stringify(r.headers)}\n${r.url}\n${r.raw}`).join('\n');
  return values.filter((v) => sent.includes(v));
}

const script = () => [toolCalls(['list_findings', {}], ['params_diff', {}]), answer([])];

describe('what leaves the process', () => {
  it('sends only the chosen key to a compatible endpoint, in no body and no other header', async () => {
    server = await startFakeOpenAi(script());
    vi.stubEnv('OPENAI_API_KEY', 'sk-chosen-compatible-0009');
    const section = await runAgent({ report: churnReport(), mode: 'standard', provider: 'compatible', baseUrl: server.url, env: process.env });
    expect(section.fallback).toBeNull();
    expect(server.received).toHaveLength(2);
    for (const r of server.received) expect(r.headers.authorization).toBe('Bearer sk-chosen-compatible-0009');
    expect(leaked(server.received, 'sk-chosen-compatible-0009')).toEqual([]);
    expect(server.received.some((r) => 'openai-organization' in r.headers || 'openai-project' in r.headers)).toBe(false);
  });

  it('honours OPENAI_BASE_URL for openai and sends no account headers to it', async () => {
    server = await startFakeOpenAi(script());
    vi.stubEnv('OPENAI_BASE_URL', server.url);
    vi.stubEnv('OPENAI_API_KEY', 'sk-chosen-openai-0010');
    const section = await runAgent({ report: churnReport(), mode: 'standard', provider: 'openai', env: process.env });
    expect(section).toMatchObject({ provider: 'openai', fallback: null });
    expect(server.received.map((r) => r.url)).toEqual(['/v1/chat/completions', '/v1/chat/completions']);
    expect(leaked(server.received, 'sk-chosen-openai-0010')).toEqual([]);
  });

  it('sends an explicit key (the Action input) and not the environment one', async () => {
    server = await startFakeOpenAi(script());
    vi.stubEnv('OPENAI_API_KEY', 'sk-env-not-chosen-0011');
    await runAgent({ report: churnReport(), mode: 'standard', provider: 'compatible', baseUrl: server.url, apiKey: 'sk-input-0012', env: process.env });
    expect(server.received[0]!.headers.authorization).toBe('Bearer sk-input-0012');
    expect(leaked(server.received, 'sk-input-0012')).toEqual([]);
  });

  it('gives Azure its key as api-key too, and nothing else from the environment', async () => {
    server = await startFakeOpenAi(script());
    const section = await runAgent({ report: churnReport(), mode: 'standard', provider: 'azure', model: 'my-deployment', baseUrl: server.url, env: process.env });
    expect(section).toMatchObject({ provider: 'azure', model: 'my-deployment', fallback: null });
    expect(server.received[0]!.headers['api-key']).toBe(SECRETS['AZURE_OPENAI_API_KEY']);
    expect(server.received[0]!.body.model).toBe('my-deployment');
    expect(leaked(server.received, SECRETS['AZURE_OPENAI_API_KEY']!)).toEqual([]);
  });
});
