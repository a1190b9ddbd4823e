import { describe, expect, it } from 'vitest';
import { BUDGETS, runAgent, type AgentInput } from '../../src/llm/agent.js';
import { LlmRequestError } from '../../src/llm/errors.js';
import { TOOL_NAMES } from '../../src/llm/tools.js';
import type { ChatMessage, ChatRequest, LlmClient } from '../../src/llm/types.js';
import { answerReply, ScriptedLlmClient, textReply, toolReply } from './fake-client.js';
import { churnReport } from './report-fixture.js';

const groundedCause = {
  title: 'data_usage_gb drifted within value_tier=high',
  rootCause: 'PSI 1.81 for data_usage_gb within value_tier=high (n=810); accuracy there fell 8.1 pts.',
  fix: 'Restore the previous snapshot, or retrain on data that includes the new population.',
  verification: 'Re-run ml-doctor: PSI within value_tier=high below 0.1.',
  prevention: 'A data-contract test keeping PSI below 0.25 per value_tier.',
  cites: ['F1', 'call:2'],
};

function input(over: Partial<AgentInput> = {}): AgentInput {
  return { report: churnReport(), mode: 'standard', provider: 'openai', apiKey: 'sk-test', env: {}, ...over };
}

function toolMessages(req: ChatRequest): Extract<ChatMessage, { role: 'tool' }>[] {
  return req.messages.filter((m): m is Extract<ChatMessage, { role: 'tool' }> => m.role === 'tool');
}

describe('runAgent — the tool loop', () => {
  it('runs the tools the model asks for, then keeps its grounded answer', async () => {
    const client = new ScriptedLlmClient([
      toolReply(['get_finding', { id: 'F1' }]),
      toolReply(['segment_metrics', { column: 'value_tier' }]),
      answerReply([groundedCause]),
    ]);
    const section = await runAgent(input(), client);
    expect(section).toEqual({
      provider: 'openai',
      model: 'gpt-4o-mini',
      mode: 'standard',
      toolCalls: [
        { name: 'get_finding', arguments: { id: 'F1' } },
        { name: 'segment_metrics', arguments: { column: 'value_tier' } },
      ],
      tokens: { input: 3500, output: 500 },
      costUsd: 0.000825,
      causes: [groundedCause],
      removedClaims: 0,
      fallback: null,
    });
    expect(Object.keys(section)).toEqual(['provider', 'model', 'mode', 'toolCalls', 'tokens', 'costUsd', 'causes', 'removedClaims', 'fallback']);
  });

  it('offers every report tool and tells the model its budget and the findings', async () => {
    const client = new ScriptedLlmClient([answerReply([groundedCause])]);
    await runAgent(input(), client);
    const req = client.requests[0]!;
    expect(req.model).toBe('gpt-4o-mini');
    expect(req.tools.map((t) => t.name)).toEqual(TOOL_NAMES);
    expect(req.toolChoice).toBe('auto');
    expect(req.maxOutputTokens).toBe(4000);
    const [system, user] = req.messages;
    expect(system).toMatchObject({ role: 'system' });
    expect(system!.role === 'system' && system.content).toContain('at most 4 tool calls');
    expect(user!.role === 'user' && user.content).toContain('- F1 [critical, feature_drift] PSI 1.81 for data_usage_gb');
  });

  it('labels each tool result with the cite the model should use for it', async () => {
    const client = new ScriptedLlmClient([toolReply(['list_findings', {}], ['params_diff', '']), answerReply([])]);
    await runAgent(input(), client);
    const replies = toolMessages(client.requests[1]!).map((m) => JSON.parse(m.content) as { cite: string });
    expect(replies.map((r) => r.cite)).toEqual(['call:1', 'call:2']);
    expect(client.requests[1]!.maxOutputTokens).toBe(4000);
  });

  it('records tool calls in the order the model listed them, the same on every run', async () => {
    const script = () =>
      new ScriptedLlmClient([
        toolReply(['metric', { name: 'recall' }], ['segment_metrics', { column: 'region' }], ['get_finding', { id: 'F3' }]),
        answerReply([groundedCause]),
      ]);
    const first = await runAgent(input(), script());
    const second = await runAgent(input(), script());
    expect(first.toolCalls.map((c) => c.name)).toEqual(['metric', 'segment_metrics', 'get_finding']);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('answers bad tool arguments and unknown tools with an error the model can read', async () => {
    const client = new ScriptedLlmClient([toolReply(['get_finding', '{not json'], ['drop_table', {}]), answerReply([])]);
    const section = await runAgent(input(), client);
    expect(section.toolCalls).toEqual([
      { name: 'get_finding', arguments: {} },
      { name: 'drop_table', arguments: {} },
    ]);
    const results = toolMessages(client.requests[1]!).map((m) => JSON.parse(m.content) as { result: { error: string } });
    expect(results.map((r) => r.result.error)).toEqual(['arguments must be a JSON object', "unknown tool 'drop_table'"]);
  });

  it('leaves the report untouched', async () => {
    const report = churnReport();
    const before = JSON.stringify(report);
    await runAgent(input({ report }), new ScriptedLlmClient([toolReply(['list_findings', {}]), answerReply([groundedCause])]));
    expect(JSON.stringify(report)).toBe(before);
  });
});

describe('runAgent — budgets', () => {
  const five = (): ReturnType<typeof toolReply> =>
    toolReply(['list_findings', {}], ['get_finding', { id: 'F1' }], ['get_finding', { id: 'F2' }], ['get_finding', { id: 'F3' }], ['get_finding', { id: 'F4' }]);

  it('runs at most 4 tool calls in standard mode and refuses the rest', async () => {
    const client = new ScriptedLlmClient([five(), answerReply([groundedCause])]);
    const section = await runAgent(input(), client);
    expect(section.toolCalls).toHaveLength(4);
    const replies = toolMessages(client.requests[1]!);
    expect(replies).toHaveLength(5);
    expect(replies[4]!.content).toContain('not run: the budget of 4 tool calls is spent');
    expect(client.requests[1]!.toolChoice).toBe('none');
    expect(section.fallback).toBeNull();
  });

  it('forces a final answer once the tool budget is spent', async () => {
    const client = new ScriptedLlmClient([
      toolReply(['list_findings', {}]),
      toolReply(['get_finding', { id: 'F1' }]),
      toolReply(['get_finding', { id: 'F2' }]),
      toolReply(['get_finding', { id: 'F3' }]),
      answerReply([groundedCause]),
    ]);
    await runAgent(input(), client);
    expect(client.requests.map((r) => r.toolChoice)).toEqual(['auto', 'auto', 'auto', 'auto', 'none']);
  });

  it('falls back when the model keeps calling tools after the budget', async () => {
    const client = new ScriptedLlmClient([
      toolReply(['list_findings', {}], ['params_diff', {}], ['metric', { name: 'f1' }], ['metric', { name: 'recall' }]),
      toolReply(['get_finding', { id: 'F1' }]),
    ]);
    const section = await runAgent(input(), client);
    expect(section.fallback).toBe('budget exhausted: the model asked for more than 4 tool calls');
    expect(section.causes).toEqual([]);
    expect(section.toolCalls).toHaveLength(4);
    expect(section.tokens).toEqual({ input: 2000, output: 100 });
  });

  it('allows 25 tool calls in deep mode, with a larger output allowance per request', async () => {
    const calls = Array.from({ length: 25 }, (_, i) => toolReply(['get_finding', { id: `F${(i % 6) + 1}` }]));
    const client = new ScriptedLlmClient([...calls, answerReply([groundedCause])]);
    const section = await runAgent(input({ mode: 'deep' }), client);
    expect(section.toolCalls).toHaveLength(25);
    expect(section.fallback).toBeNull();
    expect(client.requests[0]!.maxOutputTokens).toBe(8000);
    expect(client.requests.at(-1)!.toolChoice).toBe('none');
    expect(BUDGETS.deep).toMatchObject({ maxToolCalls: 25, maxTokens: 400_000, timeoutMs: 300_000 });
    expect(BUDGETS.standard).toMatchObject({ maxToolCalls: 4, maxTokens: 60_000, timeoutMs: 60_000 });
  });

  it('falls back when the token budget is spent before an answer, and reports the tokens and their cost', async () => {
    const big = { ...toolReply(['list_findings', {}]), usage: { input: 56_000, output: 4_000 } };
    const client = new ScriptedLlmClient([big]);
    const section = await runAgent(input(), client);
    expect(section.fallback).toBe('budget exhausted: 60000 of 60000 tokens used before a usable answer');
    expect(client.requests).toHaveLength(1);
    expect(section.tokens).toEqual({ input: 56_000, output: 4_000 });
    expect(section.costUsd).toBe(0.0108);
  });

  it('asks for no more output than the run has tokens left', async () => {
    const client = new ScriptedLlmClient([{ ...toolReply(['list_findings', {}]), usage: { input: 57_000, output: 500 } }, answerReply([])]);
    await runAgent(input(), client);
    expect(client.requests[1]!.maxOutputTokens).toBe(2_500);
  });
});

describe('runAgent — retries', () => {
  const err = (status: number | undefined, retryAfterMs?: number) => () => Promise.reject(new LlmRequestError(`${status ?? 'connection'} error`, status, retryAfterMs));

  it('retries a 429 after the Retry-After the server asked for, then keeps the answer', async () => {
    const waits: number[] = [];
    const client = new ScriptedLlmClient([err(429, 2_000), answerReply([groundedCause])]);
    const section = await runAgent(input({ sleep: (ms) => { waits.push(ms); return Promise.resolve(); } }), client);
    expect(waits).toEqual([2_000]);
    expect(section).toMatchObject({ fallback: null, retries: 1 });
    expect(client.requests).toHaveLength(2);
  });

  it('backs off 1 s, 2 s, 4 s on 5xx and no response, then gives up with one line', async () => {
    const waits: number[] = [];
    const client = new ScriptedLlmClient([err(503), err(undefined), err(500), err(502)]);
    const section = await runAgent(input({ sleep: (ms) => { waits.push(ms); return Promise.resolve(); } }), client);
    expect(waits).toEqual([1_000, 2_000, 4_000]);
    expect(section.fallback).toBe('LLM request failed after 4 attempts: 502 error');
    expect(section.retries).toBe(3);
  });

  it('caps a long Retry-After at 30 s', async () => {
    const waits: number[] = [];
    await runAgent(input({ sleep: (ms) => { waits.push(ms); return Promise.resolve(); } }), new ScriptedLlmClient([err(429, 3_600_000), answerReply([])]));
    expect(waits).toEqual([30_000]);
  });

  it('does not retry a 400 or a 401', async () => {
    for (const status of [400, 401]) {
      const client = new ScriptedLlmClient([err(status), answerReply([])]);
      const section = await runAgent(input({ sleep: () => Promise.reject(new Error('must not wait')) }), client);
      expect(section.fallback).toBe(`LLM request failed: ${status} error`);
      expect(client.requests).toHaveLength(1);
    }
  });

  it('stops with a timeout when the pause would outlast the deadline', async () => {
    const client = new ScriptedLlmClient([err(429, 20_000), answerReply([])]);
    const section = await runAgent(input({ timeoutMs: 40 }), client);
    expect(section.fallback).toBe('timed out after 0.04 s');
  });
});

describe('runAgent — fallbacks', () => {
  it('makes no request without an API key and says which variable to set', async () => {
    const client = new ScriptedLlmClient([]);
    const section = await runAgent(input({ apiKey: undefined }), client);
    expect(section).toEqual({
      provider: 'openai',
      model: 'gpt-4o-mini',
      mode: 'standard',
      toolCalls: [],
      tokens: { input: 0, output: 0 },
      costUsd: 0,
      causes: [],
      removedClaims: 0,
      fallback: 'no API key (set OPENAI_API_KEY)',
    });
    expect(client.requests).toEqual([]);
  });

  it('asks for GITHUB_TOKEN for GitHub Models and uses its default model', async () => {
    const section = await runAgent(input({ provider: 'github-models', apiKey: undefined }), new ScriptedLlmClient([]));
    expect(section).toMatchObject({ provider: 'github-models', model: 'openai/gpt-4o-mini', fallback: 'no API key (set GITHUB_TOKEN)' });
  });

  it('reads the key from the environment when none is given', async () => {
    const client = new ScriptedLlmClient([answerReply([groundedCause])]);
    const section = await runAgent(input({ provider: 'github-models', apiKey: undefined, env: { GITHUB_TOKEN: 'ghs_x' } }), client);
    expect(section.fallback).toBeNull();
    expect(client.requests[0]!.model).toBe('openai/gpt-4o-mini');
  });

  it('makes no request for a compatible provider without a base URL', async () => {
    const client = new ScriptedLlmClient([]);
    const section = await runAgent(input({ provider: 'compatible' }), client);
    expect(section).toMatchObject({ provider: 'compatible', fallback: "no base URL for provider 'compatible' (set llm-base-url or OPENAI_BASE_URL)" });
    expect(client.requests).toEqual([]);
  });

  it('asks once for a repair when the answer is not JSON, and keeps the repaired answer', async () => {
    const client = new ScriptedLlmClient([textReply('The drift in data_usage_gb explains it.'), answerReply([groundedCause])]);
    const section = await runAgent(input(), client);
    expect(section.fallback).toBeNull();
    // call:2 was never made here, so the only cause fails its cites.
    expect(section.removedClaims).toBe(1);
    const repair = client.requests[1]!.messages.at(-1)!;
    expect(repair).toMatchObject({ role: 'user' });
    expect(repair.role === 'user' && repair.content).toContain('Your answer could not be used: the answer is not JSON.');
    expect(client.requests[1]!.toolChoice).toBe('none');
  });

  it('falls back when the repaired answer is still not JSON', async () => {
    const client = new ScriptedLlmClient([textReply('Drift.'), textReply('Still drift.')]);
    const section = await runAgent(input(), client);
    expect(section.fallback).toBe('invalid output: the answer is not JSON');
    expect(section.tokens).toEqual({ input: 3000, output: 800 });
  });

  it('falls back when the answer keeps the wrong shape', async () => {
    const missingFix = { ...groundedCause, fix: undefined };
    const client = new ScriptedLlmClient([answerReply([missingFix]), answerReply([missingFix])]);
    const section = await runAgent(input(), client);
    expect(section.fallback).toBe('invalid output: causes[0].fix must be a non-empty string');
  });

  it('falls back when the repair turns into tool calls', async () => {
    const client = new ScriptedLlmClient([textReply(''), toolReply(['list_findings', {}])]);
    const section = await runAgent(input(), client);
    expect(section.fallback).toBe('invalid output: tool calls instead of the corrected JSON answer');
  });

  it('falls back on timeout, aborting the request in flight', async () => {
    const client = new ScriptedLlmClient(['hang']);
    const section = await runAgent(input({ timeoutMs: 50 }), client);
    expect(section.fallback).toBe('timed out after 0.05 s');
    expect(client.requests[0]!.signal.aborted).toBe(true);
  });

  it('times out even when the client ignores the abort signal', async () => {
    const deaf: LlmClient = { chat: () => new Promise(() => undefined) };
    const section = await runAgent(input({ timeoutMs: 30 }), deaf);
    expect(section.fallback).toBe('timed out after 0.03 s');
  });

  it('keeps the tokens and tool calls spent before a timeout', async () => {
    const client = new ScriptedLlmClient([toolReply(['list_findings', {}]), 'hang']);
    const section = await runAgent(input({ timeoutMs: 50 }), client);
    expect(section).toMatchObject({ toolCalls: [{ name: 'list_findings', arguments: {} }], tokens: { input: 1000, output: 50 }, fallback: 'timed out after 0.05 s' });
  });

  it('turns a failed request into a one-line fallback without leaking the key', async () => {
    const failing: LlmClient = {
      chat: () => Promise.reject(new Error('401 Incorrect API key provided: sk-test.\nSee the docs.')),
    };
    const section = await runAgent(input(), failing);
    expect(section.fallback).toBe('LLM request failed: 401 Incorrect API key provided: ***. See the docs.');
  });
});

describe('runAgent — grounding', () => {
  it('removes causes with invented numbers or unknown cites and counts them', async () => {
    const invented = { ...groundedCause, title: 'Invented', rootCause: 'Recall fell by a relative 20.5%.', cites: ['F3'] };
    const unknownCite = { ...groundedCause, title: 'Unknown cite', cites: ['F42'] };
    const client = new ScriptedLlmClient([
      toolReply(['get_finding', { id: 'F1' }]),
      toolReply(['segment_metrics', { column: 'value_tier' }]),
      answerReply([groundedCause, invented, unknownCite]),
    ]);
    const section = await runAgent(input(), client);
    expect(section.causes).toEqual([groundedCause]);
    expect(section.removedClaims).toBe(2);
    expect(section.removed).toEqual([
      {
        title: 'Invented',
        reasons: ['number 20.5% (a percentage) is not in the cited F3', 'number 0.25 (a value) is not in the cited F3', 'names value_tier, which no cited source (F3) is about'],
      },
      { title: 'Unknown cite', reasons: ["cite 'F42' names no finding"] },
    ]);
    expect(section.fallback).toBeNull();
  });

  it('keeps at most 3 causes in standard mode', async () => {
    const causes = Array.from({ length: 5 }, (_, i) => ({ ...groundedCause, title: `Cause ${'ABCDE'[i]!}`, cites: ['F1'] }));
    const section = await runAgent(input(), new ScriptedLlmClient([answerReply(causes)]));
    expect(section.causes.map((c) => c.title)).toEqual(['Cause A', 'Cause B', 'Cause C']);
  });
});
