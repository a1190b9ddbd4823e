/**
 * The optional LLM agent: explains a finished report, labelled as such, never deciding the
 * verdict. Everything the rest of the program needs is exported here.
 */
export { BUDGETS, runAgent, type AgentBudget, type AgentInput } from './agent.js';
export { checkGrounding, collectKnownNumbers, extractNumbers, isKnownNumber, type GroundingContext, type GroundingResult, type NumberToken } from './grounding.js';
export { renderAgentMarkdown } from './markdown.js';
export { createOpenAiClient, type OpenAiClientOptions } from './openai-client.js';
export { parseAgentAnswer, type ParsedAnswer } from './output.js';
export { costUsd, priceOf } from './pricing.js';
export { GITHUB_MODELS_BASE_URL, resolveApiKey, resolveProvider, type ProviderName, type ProviderSettings } from './providers.js';
export { runTool, TOOL_NAMES, TOOL_SPECS } from './tools.js';
export type * from './types.js';
