/**
 * The optional LLM agent: explains a finished report, labelled as such, never deciding the
 * verdict. Everything the rest of the program needs is exported here.
 */
export { BUDGETS, RETRY, runAgent, sleep, type AgentBudget, type AgentInput } from './agent.js';
export { isRetryable, LlmRequestError, retryAfterMs } from './errors.js';
export { checkGrounding, collectKnownNumbers, extractNumbers, isKnownNumber, type GroundingContext, type GroundingResult, type KnownNumbers, type NumberKind, type NumberToken, type RemovedCause } from './grounding.js';
export { renderAgentMarkdown } from './markdown.js';
export { createOpenAiClient, type OpenAiClientOptions } from './openai-client.js';
export { parseAgentAnswer, type ParsedAnswer } from './output.js';
export { costUsd, priceOf } from './pricing.js';
export { GITHUB_MODELS_BASE_URL, isGitHubModelsUrl, resolveApiKey, resolveProvider, type ProviderName, type ProviderSettings } from './providers.js';
export { ALL_TOOL_NAMES, DATA_TOOL_SPECS, DIFF_TOOL_SPECS, numberDiff, runTool, TOOL_NAMES, TOOL_SPECS, toolSpecsFor } from './tools.js';
export type * from './types.js';
