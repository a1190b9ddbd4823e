// A local OpenAI-compatible chat-completions server for end-to-end tests: replays a script of
// replies (each a function of the request body) and records every request's headers and body.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /** The raw body as sent, for "no secret in any request" checks. */
  readonly raw: string;
  readonly body: ChatBody;
}

export interface ChatBody {
  readonly model?: string;
  readonly messages?: { role: string; content: string | null; tool_call_id?: string; tool_calls?: unknown[] }[];
  readonly tools?: { function: { name: string } }[];
  readonly tool_choice?: string;
  readonly [key: string]: unknown;
}

/** Writes the reply; `undefined` leaves the request hanging (a timeout). */
export type ScriptedReply = (res: ServerResponse, body: ChatBody, n: number) => void;

export interface FakeOpenAi {
  readonly url: string;
  readonly received: ReceivedRequest[];
  close(): Promise<void>;
}

export function completion(message: Record<string, unknown>, usage = { prompt_tokens: 1000, completion_tokens: 100 }): string {
  return JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1767225600,
    model: 'fake-model',
    choices: [{ index: 0, message: { role: 'assistant', refusal: null, ...message }, finish_reason: message['tool_calls'] ? 'tool_calls' : 'stop', logprobs: null }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  });
}

export function sendJson(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

/** A reply asking for tool calls: each `[name, args]`, args an object or raw text. */
export function toolCalls(...calls: [string, Record<string, unknown> | string][]): ScriptedReply {
  return (res, _body, n) =>
    sendJson(res, 200, completion({
      content: null,
      tool_calls: calls.map(([name, args], i) => ({ id: `call_${n}_${i}`, type: 'function', function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) } })),
    }));
}

/** A final answer: the JSON causes, or raw text. */
export function answer(causes: readonly unknown[] | string, usage?: { prompt_tokens: number; completion_tokens: number }): ScriptedReply {
  return (res) => sendJson(res, 200, completion({ content: typeof causes === 'string' ? causes : JSON.stringify({ causes }) }, usage));
}

export function status(code: number, headers: Record<string, string> = {}): ScriptedReply {
  return (res) => sendJson(res, code, JSON.stringify({ error: { message: `status ${code}`, type: 'fake' } }), headers);
}

export const hang: ScriptedReply = () => undefined;

export async function startFakeOpenAi(script: readonly ScriptedReply[]): Promise<FakeOpenAi> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = JSON.parse(raw || '{}') as ChatBody;
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, raw, body });
      const reply = script[received.length - 1];
      if (reply) reply(res, body, received.length);
      else sendJson(res, 500, '{"error":{"message":"script exhausted"}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The result a tool message carried back to the model, parsed. */
export function toolResultsOf(body: ChatBody): { cite: string; result: unknown }[] {
  return (body.messages ?? []).filter((m) => m.role === 'tool').map((m) => JSON.parse(m.content ?? '{}') as { cite: string; result: unknown });
}
