/**
 * Provider settings: which endpoint, which default model, which environment variable holds the
 * key, and how the provider is labelled in report.json. Pure: the environment is passed in.
 */
import type { ProviderLabel } from './types.js';

/** What a caller may ask for; `compatible` and `azure` need an explicit base URL. */
export type ProviderName = 'openai' | 'github-models' | 'azure' | 'compatible';

export interface ProviderSettings {
  readonly label: ProviderLabel;
  readonly model: string;
  /** undefined → the SDK's default (api.openai.com). */
  readonly baseUrl: string | undefined;
  /** Environment variables tried in order when no key is given. */
  readonly keyEnv: readonly string[];
  /**
   * OpenAI deprecated `max_tokens` for `max_completion_tokens` (reasoning models reject the old
   * name), while GitHub Models and most self-hosted servers document only `max_tokens`.
   */
  readonly tokenLimitField: 'max_completion_tokens' | 'max_tokens';
}

export const GITHUB_MODELS_BASE_URL = 'https://models.github.ai/inference';
// GitHub's own inference hosts: the only places the Action's `github-token` may be sent.
const GITHUB_MODELS_HOSTS: readonly string[] = ['models.github.ai', 'models.inference.ai.azure.com'];

/** True when `baseUrl` (undefined: the default endpoint) is GitHub Models over https. */
export function isGitHubModelsUrl(baseUrl: string | undefined): boolean {
  if (baseUrl === undefined || baseUrl.trim() === '') return true;
  try {
    const u = new URL(baseUrl.trim());
    return u.protocol === 'https:' && GITHUB_MODELS_HOSTS.includes(u.hostname.toLowerCase());
  } catch {
    return false;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

// Azure OpenAI / AI Foundry hosts; their v1 API is OpenAI-compatible, so only the label differs.
const AZURE_HOST = /\.(openai\.azure\.com|services\.ai\.azure\.com|cognitiveservices\.azure\.com)$/i;

function isAzure(baseUrl: string | undefined): boolean {
  if (baseUrl === undefined) return false;
  try {
    return AZURE_HOST.test(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}

/**
 * Settings for a provider; `model` and `baseUrl` override the defaults. Returns a one-line
 * reason instead when the request cannot name an endpoint.
 */
export function resolveProvider(
  provider: ProviderName,
  model: string | undefined,
  baseUrl: string | undefined,
  env: Env = {},
): ProviderSettings | { readonly error: string } {
  // An explicit base URL wins; else the variables the OpenAI and Azure SDKs document.
  const explicit = baseUrl?.trim() ? baseUrl.trim() : undefined;
  const openAiEnv = env['OPENAI_BASE_URL']?.trim() || undefined;
  const azureEnv = env['AZURE_OPENAI_ENDPOINT']?.trim() ? `${env['AZURE_OPENAI_ENDPOINT'].trim().replace(/\/+$/, '')}/openai/v1/` : undefined;
  const url = explicit ?? (provider === 'openai' || provider === 'compatible' ? openAiEnv : provider === 'azure' ? azureEnv : undefined);
  const chosen = model?.trim() ? model.trim() : undefined;
  switch (provider) {
    case 'openai':
      return { label: 'openai', model: chosen ?? 'gpt-4o-mini', baseUrl: url, keyEnv: ['OPENAI_API_KEY'], tokenLimitField: 'max_completion_tokens' };
    case 'github-models':
      return {
        label: 'github-models',
        model: chosen ?? 'openai/gpt-4o-mini',
        baseUrl: url ?? GITHUB_MODELS_BASE_URL,
        keyEnv: ['GITHUB_TOKEN'],
        tokenLimitField: 'max_tokens',
      };
    case 'azure':
    case 'compatible': {
      if (url === undefined) return { error: `no base URL for provider '${provider}' (set llm-base-url or ${provider === 'azure' ? 'AZURE_OPENAI_ENDPOINT' : 'OPENAI_BASE_URL'})` };
      const azure = provider === 'azure' || isAzure(url);
      return {
        label: azure ? 'azure' : 'compatible',
        model: chosen ?? 'gpt-4o-mini',
        baseUrl: url,
        keyEnv: azure ? ['AZURE_OPENAI_API_KEY', 'OPENAI_API_KEY'] : ['OPENAI_API_KEY'],
        tokenLimitField: azure ? 'max_completion_tokens' : 'max_tokens',
      };
    }
  }
}

/** The explicit key, else the first non-empty variable of `keyEnv`; undefined when none. */
export function resolveApiKey(
  settings: ProviderSettings,
  apiKey: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (apiKey?.trim()) return apiKey.trim();
  for (const name of settings.keyEnv) {
    const v = env[name]?.trim();
    if (v) return v;
  }
  return undefined;
}
