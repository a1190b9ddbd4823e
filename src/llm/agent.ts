/**
 * The agent: asks a model to explain the deterministic report, lets it look closer through the
 * report-only tools, and keeps only the causes that pass the grounding check. Whatever goes
 * wrong on the model's side (no key, timeout, bad JSON, budget spent, HTTP error) ends in a
 * section with a one-line `fallback`, never an exception: the review stands without the LLM.
 */
import type { Report } from '../report/types.js';
import { isRetryable, LlmRequestError } from './errors.js';
import { checkGrounding, type RemovedCause } from './grounding.js';
import { createOpenAiClient } from './openai-client.js';
import { parseAgentAnswer } from './output.js';
import { costUsd } from './pricing.js';
import { reportDigest, systemPrompt } from './prompt.js';
import { resolveApiKey, resolveProvider, type ProviderName } from './providers.js';
import { runTool, toolSpecsFor } from './tools.js';
import type { Investigation } from '../query/port.js';
import type { AgentCause, AgentMode, AgentSection, ChatMessage, ChatResponse, JsonValue, LlmClient, ToolCallRecord } from './types.js';

export interface AgentBudget {
  readonly maxToolCalls: number;
  /** Input + output tokens over the whole run, all requests together: what the run costs. */
  readonly maxTokens: number;
  /** Output tokens one response may use (less when the run's budget has less left). */
  readonly maxOutputTokensPerRequest: number;
  /** Wall clock for the whole run, retries and pauses included. */
  readonly timeoutMs: number;
  readonly maxCauses: number;
}

/**
 * Standard runs on every PR: a look at a few details, about a cent on a small model. Deep is the
 * manual investigation: many tool calls over the diff and the data, still bounded in tokens and time.
 */
export const BUDGETS: Readonly<Record<AgentMode, AgentBudget>> = {
  standard: { maxToolCalls: 4, maxTokens: 60_000, maxOutputTokensPerRequest: 4_000, timeoutMs: 60_000, maxCauses: 3 },
  deep: { maxToolCalls: 25, maxTokens: 400_000, maxOutputTokensPerRequest: 8_000, timeoutMs: 300_000, maxCauses: 5 },
};

/** Retries of one request on 429 / 5xx / no response: pauses double from `baseDelayMs`; Retry-After is honoured up to `maxDelayMs`. */
export const RETRY = { maxRetries: 3, baseDelayMs: 1_000, maxDelayMs: 30_000 } as const;

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new Error('aborted'));
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(new Error('aborted'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export interface AgentInput {
  readonly report: Report;
  readonly mode: AgentMode;
  readonly provider: ProviderName;
  /** undefined → the provider's default model. */
  readonly model?: string | undefined;
  /** Required for `compatible` and `azure`; overrides the default endpoint otherwise. */
  readonly baseUrl?: string | undefined;
  /** undefined → read from the provider's environment variable. */
  readonly apiKey?: string | undefined;
  /** undefined → the mode's budget (60 s standard, 180 s deep). */
  readonly timeoutMs?: number | undefined;
  /** Where keys and OPENAI_BASE_URL / AZURE_OPENAI_ENDPOINT are looked up; undefined → process.env. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** How to supply a key, for the no-key fallback (the Action names its input); default: the variables. */
  readonly keyHint?: string | undefined;
  /** Read-only ports to the PR's diff and the runs' rows; their tools are offered only when given. */
  readonly investigation?: Investigation | undefined;
  /** The pause between retries (tests record it instead of waiting); default: a real timer. */
  readonly sleep?: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined;
}

/** Why the run stopped early; becomes `fallback`. */
class AgentStop extends Error {}

const DEFAULT_MODEL_WITHOUT_PROVIDER = 'gpt-4o-mini';

function oneLine(text: string, secret: string | undefined): string {
  const redacted = secret ? text.split(secret).join('***') : text;
  const flat = redacted.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** Resolves or rejects with the call, or rejects as soon as the run's deadline passes. */
function untilDeadline<T>(call: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new AgentStop('deadline'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    call.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function parseArguments(raw: string): { value: { [key: string]: JsonValue }; error?: string } {
  // Models often send "" for a tool without parameters.
  if (raw.trim() === '') return { value: {} };
  try {
    const v = JSON.parse(raw) as JsonValue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return { value: v };
  } catch {
    // reported below
  }
  return { value: {}, error: 'arguments must be a JSON object' };
}

/** Runs the agent over a finished report. `client` replaces the real OpenAI-based client (tests). */
export async function runAgent(input: AgentInput, client?: LlmClient): Promise<AgentSection> {
  const budget = BUDGETS[input.mode];
  const env = input.env ?? process.env;
  const resolved = resolveProvider(input.provider, input.model, input.baseUrl, env);
  const toolCalls: ToolCallRecord[] = [];
  const tokens = { input: 0, output: 0 };
  let retries = 0;
  const model = 'error' in resolved ? (input.model?.trim() || DEFAULT_MODEL_WITHOUT_PROVIDER) : resolved.model;
  const section = (causes: AgentCause[], removed: readonly RemovedCause[], fallback: string | null): AgentSection => ({
    provider: 'error' in resolved ? input.provider : resolved.label,
    model,
    mode: input.mode,
    toolCalls,
    tokens: { ...tokens },
    costUsd: costUsd(model, tokens),
    causes,
    removedClaims: removed.length,
    fallback,
    ...(removed.length > 0 ? { removed: removed.map((r) => ({ title: r.cause.title, reasons: r.reasons })) } : {}),
    ...(retries > 0 ? { retries } : {}),
  });

  if ('error' in resolved) return section([], [], resolved.error);
  const apiKey = resolveApiKey(resolved, input.apiKey, env);
  if (apiKey === undefined) return section([], [], `no API key (${input.keyHint ?? `set ${resolved.keyEnv.join(' or ')}`})`);

  const timeoutMs = input.timeoutMs ?? budget.timeoutMs;
  const llm =
    client ??
    createOpenAiClient({
      apiKey,
      baseUrl: resolved.baseUrl,
      timeoutMs,
      tokenLimitField: resolved.tokenLimitField,
      openAiAccountHeaders: resolved.label === 'openai' && resolved.baseUrl === undefined,
      azureKeyHeader: resolved.label === 'azure',
    });
  const messages: ChatMessage[] = [
    { role: 'system', content: systemPrompt(input.mode, budget) },
    { role: 'user', content: reportDigest(input.report) },
  ];
  const toolResults: JsonValue[] = [];
  const tools = toolSpecsFor(input.investigation);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);

  const pause = input.sleep ?? sleep;
  // A tool (a diff fetched from the API) counts against the same deadline as the model.
  const toolWithin = async (call: Promise<JsonValue>): Promise<JsonValue> => {
    try {
      return await untilDeadline(call, deadline.signal);
    } catch {
      throw new AgentStop(`timed out after ${seconds(timeoutMs)}`);
    }
  };
  const ask = async (toolChoice: 'auto' | 'none'): Promise<ChatResponse> => {
    let res: ChatResponse;
    for (let attempt = 0; ; attempt++) {
      try {
        const call = llm.chat({
          model,
          messages: [...messages],
          tools,
          toolChoice,
          maxOutputTokens: Math.min(budget.maxOutputTokensPerRequest, budget.maxTokens - tokens.input - tokens.output),
          signal: deadline.signal,
        });
        res = await untilDeadline(call, deadline.signal);
        break;
      } catch (e) {
        if (deadline.signal.aborted) throw new AgentStop(`timed out after ${seconds(timeoutMs)}`);
        const why = oneLine(e instanceof Error ? e.message : String(e), apiKey);
        if (!(e instanceof LlmRequestError) || !isRetryable(e) || attempt >= RETRY.maxRetries) {
          throw new AgentStop(`LLM request failed${attempt > 0 ? ` after ${attempt + 1} attempts` : ''}: ${why}`);
        }
        // The server's Retry-After when it gave one, else a doubling pause; capped either way.
        const wait = Math.min(e.retryAfterMs ?? RETRY.baseDelayMs * 2 ** attempt, RETRY.maxDelayMs);
        retries++;
        try {
          await pause(wait, deadline.signal);
        } catch {
          throw new AgentStop(`timed out after ${seconds(timeoutMs)}`);
        }
        if (deadline.signal.aborted) throw new AgentStop(`timed out after ${seconds(timeoutMs)}`);
      }
    }
    tokens.input += res.usage.input;
    tokens.output += res.usage.output;
    messages.push({ role: 'assistant', content: res.message.content, toolCalls: res.message.toolCalls });
    return res;
  };

  try {
    // Set once the model must answer without tools: the tool budget is spent, or a repair is due.
    let finalOnly: 'tool budget' | 'repair' | null = null;
    for (;;) {
      if (tokens.input + tokens.output >= budget.maxTokens) {
        throw new AgentStop(`budget exhausted: ${tokens.input + tokens.output} of ${budget.maxTokens} tokens used before a usable answer`);
      }
      const res = await ask(finalOnly === null ? 'auto' : 'none');
      if (res.message.toolCalls.length > 0) {
        if (finalOnly === 'tool budget') throw new AgentStop(`budget exhausted: the model asked for more than ${budget.maxToolCalls} tool calls`);
        if (finalOnly === 'repair') throw new AgentStop('invalid output: tool calls instead of the corrected JSON answer');
        for (const call of res.message.toolCalls) {
          // Every tool_call id needs a reply or the next request is rejected, so calls over the
          // budget are answered with a refusal instead of being dropped.
          if (toolCalls.length >= budget.maxToolCalls) {
            const refusal = { error: `not run: the budget of ${budget.maxToolCalls} tool calls is spent; give your final answer` };
            messages.push({ role: 'tool', toolCallId: call.id, content: JSON.stringify(refusal) });
            continue;
          }
          const args = parseArguments(call.arguments);
          toolCalls.push({ name: call.name, arguments: args.value });
          const result = args.error === undefined ? await toolWithin(runTool(input.report, call.name, args.value, input.investigation)) : { error: args.error };
          toolResults.push(result);
          messages.push({ role: 'tool', toolCallId: call.id, content: JSON.stringify({ cite: `call:${toolCalls.length}`, result }) });
        }
        if (toolCalls.length >= budget.maxToolCalls) finalOnly = 'tool budget';
        continue;
      }
      const parsed = parseAgentAnswer(res.message.content, budget.maxCauses);
      if (!parsed.ok) {
        if (finalOnly === 'repair') throw new AgentStop(`invalid output: ${parsed.reason}`);
        finalOnly = 'repair';
        messages.push({
          role: 'user',
          content: `Your answer could not be used: ${parsed.reason}. Reply with only the JSON object {"causes":[...]} in the shape given above.`,
        });
        continue;
      }
      const grounded = checkGrounding(parsed.causes, { report: input.report, toolResults, toolArguments: toolCalls.map((c) => c.arguments) });
      return section(grounded.kept, grounded.removed, null);
    }
  } catch (e) {
    if (e instanceof AgentStop) return section([], [], e.message);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
