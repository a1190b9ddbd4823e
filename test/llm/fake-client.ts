// A scripted LlmClient: plays back one step per request and records every request it got.
import type { ChatRequest, ChatResponse, LlmClient, ToolCallRequest } from '../../src/llm/types.js';

/** A reply, a function of the request, or `hang` (never answers; rejects only on abort). */
export type Step = ChatResponse | ((request: ChatRequest) => ChatResponse | Promise<ChatResponse>) | 'hang';

export class ScriptedLlmClient implements LlmClient {
  readonly requests: ChatRequest[] = [];
  private next = 0;

  constructor(private readonly steps: readonly Step[]) {}

  async chat(request: ChatRequest): Promise<ChatResponse> {
    // Snapshot: the agent keeps appending to its conversation after the call.
    this.requests.push({ ...request, messages: [...request.messages] });
    const step = this.steps[this.next++];
    if (step === undefined) throw new Error(`script exhausted after ${this.steps.length} steps`);
    if (step === 'hang') {
      return new Promise<ChatResponse>((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
      });
    }
    return typeof step === 'function' ? step(request) : step;
  }
}

let ids = 0;

/** A reply asking for tool calls: `toolReply(['get_finding', { id: 'F1' }], ...)`. */
export function toolReply(...calls: readonly [string, Record<string, unknown> | string][]): ChatResponse {
  const toolCalls: ToolCallRequest[] = calls.map(([name, args]) => ({
    id: `call_${++ids}`,
    name,
    arguments: typeof args === 'string' ? args : JSON.stringify(args),
  }));
  return { message: { content: null, toolCalls }, usage: { input: 1000, output: 50 } };
}

/** A final reply with the given text (JSON or not). */
export function textReply(content: string, usage = { input: 1500, output: 400 }): ChatResponse {
  return { message: { content, toolCalls: [] }, usage };
}

/** A final reply holding `{ causes }`. */
export function answerReply(causes: readonly Record<string, unknown>[]): ChatResponse {
  return textReply(JSON.stringify({ causes }));
}
