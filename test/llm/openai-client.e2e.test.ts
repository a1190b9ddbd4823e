// End to end through the real openai SDK: a local node:http server plays the chat-completions
// endpoint, so the wire format (URL, headers, tools, tool_call ids, usage) is what is tested.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runAgent } from '../../src/llm/agent.js';
import { TOOL_NAMES } from '../../src/llm/tools.js';
import { churnReport } from './report-fixture.js';

interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

type Reply = (res: ServerResponse, body: Record<string, unknown>) => void;

const cause = {
  title: 'data_usage_gb drifted within value_tier=high',
  rootCause: 'PSI 1.81 for data_usage_gb within value_tier=high (n=810), 0 outside it.',
  fix: 'Restore the previous data snapshot.',
  verification: 'PSI of data_usage_gb within value_tier=high below 0.1.',
  prevention: 'A data-contract test keeping PSI below 0.25 per value_tier.',
  cites: ['F1', 'call:1'],
};

function completion(message: Record<string, unknown>, usage: { prompt_tokens: number; completion_tokens: number }): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1767225600,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, message: { role: 'assistant', refusal: null, ...message }, finish_reason: message['tool_calls'] ? 'tool_calls' : 'stop', logprobs: null }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  });
}

function json(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(body);
}

const toolCallReply: Reply = (res) =>
  json(res, 200, completion(
    { content: null, tool_calls: [{ id: 'call_abc', type: 'function', function: { name: 'get_finding', arguments: '{"id":"F1"}' } }] },
    { prompt_tokens: 1200, completion_tokens: 30 },
  ));

const finalReply: Reply = (res) => json(res, 200, completion({ content: JSON.stringify({ causes: [cause] }) }, { prompt_tokens: 2400, completion_tokens: 300 }));

let server: Server | undefined;

async function serve(replies: readonly Reply[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const reply = replies[received.length - 1];
      if (reply) reply(res, body);
      else json(res, 500, '{"error":{"message":"unexpected request"}}');
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1`, received };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('runAgent with the real OpenAI client', () => {
  it('plays a tool call and a final answer over HTTP', async () => {
    const { url, received } = await serve([toolCallReply, finalReply]);
    const section = await runAgent({ report: churnReport(), mode: 'standard', provider: 'openai', baseUrl: url, apiKey: 'sk-local-test', env: {} });

    expect(section).toEqual({
      provider: 'openai',
      model: 'gpt-4o-mini',
      mode: 'standard',
      toolCalls: [{ name: 'get_finding', arguments: { id: 'F1' } }],
      tokens: { input: 3600, output: 330 },
      costUsd: 0.000738,
      causes: [cause],
      removedClaims: 0,
      fallback: null,
    });

    expect(received.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /v1/chat/completions', 'POST /v1/chat/completions']);
    for (const r of received) {
      expect(r.headers.authorization).toBe('Bearer sk-local-test');
      expect(r.body['model']).toBe('gpt-4o-mini');
      const tools = r.body['tools'] as { type: string; function: { name: string } }[];
      expect(tools.map((t) => t.type)).toEqual(TOOL_NAMES.map(() => 'function'));
      expect(tools.map((t) => t.function.name)).toEqual(TOOL_NAMES);
    }
    expect(received[0]!.body).toMatchObject({ tool_choice: 'auto', max_completion_tokens: 4000 });
    expect(received[0]!.body['max_tokens']).toBeUndefined();

    const second = received[1]!.body['messages'] as Record<string, unknown>[];
    expect(second.map((m) => m['role'])).toEqual(['system', 'user', 'assistant', 'tool']);
    expect(second[2]).toMatchObject({ tool_calls: [{ id: 'call_abc', type: 'function', function: { name: 'get_finding', arguments: '{"id":"F1"}' } }] });
    expect(second[3]).toMatchObject({ role: 'tool', tool_call_id: 'call_abc' });
    expect(JSON.parse(second[3]!['content'] as string)).toMatchObject({ cite: 'call:1', result: { finding: { id: 'F1' } } });
    expect(received[1]!.body['max_completion_tokens']).toBe(4000);
  });

  it('speaks to GitHub Models with max_tokens, its prefixed model and the token as bearer', async () => {
    const { url, received } = await serve([finalReply]);
    const section = await runAgent({ report: churnReport(), mode: 'deep', provider: 'github-models', baseUrl: url, env: { GITHUB_TOKEN: 'ghs_local' } });
    expect(section).toMatchObject({ provider: 'github-models', model: 'openai/gpt-4o-mini', mode: 'deep', fallback: null });
    const r = received[0]!;
    expect(r.headers.authorization).toBe('Bearer ghs_local');
    expect(r.headers['openai-organization']).toBeUndefined();
    expect(r.body).toMatchObject({ model: 'openai/gpt-4o-mini', max_tokens: 8000 });
    expect(r.body['max_completion_tokens']).toBeUndefined();
  });

  it('never sends OPENAI_ADMIN_KEY or OPENAI_ORG_ID from the process environment to a compatible server', async () => {
    const saved = { admin: process.env['OPENAI_ADMIN_KEY'], org: process.env['OPENAI_ORG_ID'] };
    process.env['OPENAI_ADMIN_KEY'] = 'sk-admin-secret';
    process.env['OPENAI_ORG_ID'] = 'org-secret';
    try {
      const { url, received } = await serve([finalReply]);
      await runAgent({ report: churnReport(), mode: 'standard', provider: 'compatible', baseUrl: url, apiKey: 'sk-local', env: {} });
      expect(received[0]!.headers.authorization).toBe('Bearer sk-local');
      expect(received[0]!.headers['openai-organization']).toBeUndefined();
    } finally {
      for (const [k, v] of [['OPENAI_ADMIN_KEY', saved.admin], ['OPENAI_ORG_ID', saved.org]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('falls back with the server message when the key is refused', async () => {
    const refuse: Reply = (res) => json(res, 401, JSON.stringify({ error: { message: 'Incorrect API key provided: sk-wrong.', type: 'invalid_request_error', code: 'invalid_api_key' } }));
    const { url, received } = await serve([refuse]);
    const section = await runAgent({ report: churnReport(), mode: 'standard', provider: 'openai', baseUrl: url, apiKey: 'sk-wrong', env: {} });
    expect(section.fallback).toBe('LLM request failed: 401 Incorrect API key provided: ***.');
    expect(received).toHaveLength(1);
  });

  it('falls back when the server does not answer in time', async () => {
    const { url } = await serve([() => undefined]);
    const started = Date.now();
    const section = await runAgent({ report: churnReport(), mode: 'standard', provider: 'openai', baseUrl: url, apiKey: 'sk-local', timeoutMs: 300, env: {} });
    expect(section.fallback).toBe('timed out after 0.3 s');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
