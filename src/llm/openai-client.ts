/**
 * The real `LlmClient`: chat completions with function tools over the `openai` SDK. Every
 * supported provider speaks this protocol, so one adapter serves OpenAI, GitHub Models, Azure
 * and any compatible server; only the base URL, key and token-limit field differ.
 */
import OpenAI from 'openai';
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import { LlmRequestError, retryAfterMs } from './errors.js';
import type { ChatMessage, ChatRequest, ChatResponse, LlmClient, ToolCallRequest } from './types.js';

export interface OpenAiClientOptions {
  readonly apiKey: string;
  /** undefined → api.openai.com. */
  readonly baseUrl: string | undefined;
  /** Per-request limit; the agent also aborts the whole run at its own deadline. */
  readonly timeoutMs: number;
  readonly maxRetries?: number;
  readonly tokenLimitField: 'max_completion_tokens' | 'max_tokens';
  /** Send OPENAI_ORG_ID / OPENAI_PROJECT_ID headers (api.openai.com only; never to other hosts). */
  readonly openAiAccountHeaders?: boolean;
  /** Also send the key as `api-key`, the header Azure OpenAI documents for key authentication. */
  readonly azureKeyHeader?: boolean;
}

function toWire(m: ChatMessage): ChatCompletionMessageParam {
  switch (m.role) {
    case 'system':
      return { role: 'system', content: m.content };
    case 'user':
      return { role: 'user', content: m.content };
    case 'assistant':
      return {
        role: 'assistant',
        content: m.content,
        // Some compatible servers reject an empty tool_calls array, so it is left out instead.
        ...(m.toolCalls.length > 0
          ? { tool_calls: m.toolCalls.map((c) => ({ id: c.id, type: 'function' as const, function: { name: c.name, arguments: c.arguments } })) }
          : {}),
      };
    case 'tool':
      return { role: 'tool', tool_call_id: m.toolCallId, content: m.content };
  }
}

export function createOpenAiClient(opts: OpenAiClientOptions): LlmClient {
  const sdk = new OpenAI({
    apiKey: opts.apiKey,
    baseURL: opts.baseUrl ?? null,
    timeout: opts.timeoutMs,
    // The agent retries (with its clock, its deadline and Retry-After); the SDK does not.
    maxRetries: opts.maxRetries ?? 0,
    // The SDK otherwise fills these from the environment: OPENAI_ADMIN_KEY would replace our
    // Authorization header (and reach whatever host baseUrl names), OPENAI_ORG_ID/PROJECT_ID
    // would be sent to GitHub or a third-party server.
    adminAPIKey: null,
    ...(opts.openAiAccountHeaders ? {} : { organization: null, project: null }),
    // Never read from the environment: the webhook secret is not for this client.
    webhookSecret: null,
    ...(opts.azureKeyHeader ? { defaultHeaders: { 'api-key': opts.apiKey } } : {}),
  });
  return {
    async chat(request: ChatRequest): Promise<ChatResponse> {
      const tools: ChatCompletionTool[] = request.tools.map((t) => ({
        type: 'function',
        function: { name: t.name, description: t.description, parameters: { ...t.parameters } },
      }));
      const body: ChatCompletionCreateParamsNonStreaming = {
        model: request.model,
        messages: request.messages.map(toWire),
        ...(tools.length > 0 ? { tools, tool_choice: request.toolChoice } : {}),
        [opts.tokenLimitField]: request.maxOutputTokens,
      };
      let completion: OpenAI.Chat.Completions.ChatCompletion;
      try {
        completion = await sdk.chat.completions.create(body, { signal: request.signal });
      } catch (e) {
        if (e instanceof OpenAI.APIUserAbortError || !(e instanceof OpenAI.APIError)) throw e;
        const headers = e.headers as Headers | undefined;
        throw new LlmRequestError(e.message, e.status as number | undefined, headers ? retryAfterMs((n) => headers.get(n), Date.now()) : undefined);
      }
      const message = completion.choices[0]?.message;
      const toolCalls: ToolCallRequest[] = [];
      for (const c of message?.tool_calls ?? []) {
        if (c.type === 'function') toolCalls.push({ id: c.id, name: c.function.name, arguments: c.function.arguments });
      }
      return {
        message: { content: message?.content ?? null, toolCalls },
        usage: { input: completion.usage?.prompt_tokens ?? 0, output: completion.usage?.completion_tokens ?? 0 },
      };
    },
  };
}
