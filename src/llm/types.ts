/**
 * The agent's vocabulary: the `agent` object of report.json (CONTRACT §8) and the `LlmClient`
 * port the agent talks through. The port uses its own small message types, not the SDK's, so
 * the agent loop and its tests never depend on one vendor's wire format.
 */

/** Provider as written in report.json (§8). `azure` is a compatible endpoint on Azure. */
export type ProviderLabel = 'openai' | 'github-models' | 'azure' | 'compatible';

export type AgentMode = 'standard' | 'deep';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One tool call the agent ran, in the order the model asked for it. */
export interface ToolCallRecord {
  name: string;
  arguments: { [key: string]: JsonValue };
}

/** One explained cause. `cites` holds finding ids (`F1`) and tool-call labels (`call:2`, 1-based). */
export interface AgentCause {
  title: string;
  rootCause: string;
  fix: string;
  verification: string;
  prevention: string;
  cites: string[];
}

/** report.json `agent` (CONTRACT §8); keys in the contract's order. */
export interface AgentSection {
  provider: ProviderLabel;
  model: string;
  mode: AgentMode;
  toolCalls: ToolCallRecord[];
  tokens: { input: number; output: number };
  costUsd: number;
  causes: AgentCause[];
  /** Causes dropped by the grounding check (a number not in the report, or an unknown cite). */
  removedClaims: number;
  /** null when the agent finished; else one line saying why it did not. */
  fallback: string | null;
  /** Extension: each cause the grounding check dropped, by title, with why; present when removedClaims > 0. */
  removed?: RemovedClaim[];
  /** Extension: requests repeated after a 429, a 5xx or no response; present when > 0. */
  retries?: number;
}

/** A cause the grounding check dropped: the model's title and the reasons (a number not in the cited sources, a cite to nothing, a subject no cite is about). */
export interface RemovedClaim {
  title: string;
  reasons: string[];
}

/** A tool call as the model asked for it; `arguments` is the model's raw JSON text. */
export interface ToolCallRequest {
  readonly id: string;
  readonly name: string;
  readonly arguments: string;
}

export type ChatMessage =
  | { readonly role: 'system' | 'user'; readonly content: string }
  | { readonly role: 'assistant'; readonly content: string | null; readonly toolCalls: readonly ToolCallRequest[] }
  | { readonly role: 'tool'; readonly toolCallId: string; readonly content: string };

/** A function the model may call; `parameters` is a JSON Schema object. */
export interface ToolSpec {
  readonly name: string;
  readonly description: string;
  readonly parameters: { readonly [key: string]: JsonValue };
}

export interface ChatRequest {
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly tools: readonly ToolSpec[];
  /** `none` forces a final answer once the tool budget is spent. */
  readonly toolChoice: 'auto' | 'none';
  /** Cap on this response's output tokens (the rest of the run's budget). */
  readonly maxOutputTokens: number;
  /** Aborted when the run's time budget is spent. */
  readonly signal: AbortSignal;
}

export interface ChatResponse {
  readonly message: { readonly content: string | null; readonly toolCalls: readonly ToolCallRequest[] };
  readonly usage: { readonly input: number; readonly output: number };
}

/** The port: one chat-completion round trip. Real: openai-client.ts; tests: a scripted fake. */
export interface LlmClient {
  chat(request: ChatRequest): Promise<ChatResponse>;
}
