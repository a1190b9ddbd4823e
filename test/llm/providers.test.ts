import { describe, expect, it } from 'vitest';
import { costUsd, priceOf } from '../../src/llm/pricing.js';
import { GITHUB_MODELS_BASE_URL, isGitHubModelsUrl, resolveApiKey, resolveProvider, type ProviderSettings } from '../../src/llm/providers.js';

function settings(...args: Parameters<typeof resolveProvider>): ProviderSettings {
  const s = resolveProvider(...args);
  if ('error' in s) throw new Error(s.error);
  return s;
}

describe('resolveProvider', () => {
  it('uses api.openai.com and gpt-4o-mini for openai by default', () => {
    expect(settings('openai', undefined, undefined)).toEqual({
      label: 'openai',
      model: 'gpt-4o-mini',
      baseUrl: undefined,
      keyEnv: ['OPENAI_API_KEY'],
      tokenLimitField: 'max_completion_tokens',
    });
  });

  it('uses the GitHub Models endpoint, GITHUB_TOKEN and a publisher-prefixed model', () => {
    expect(settings('github-models', undefined, undefined)).toEqual({
      label: 'github-models',
      model: 'openai/gpt-4o-mini',
      baseUrl: GITHUB_MODELS_BASE_URL,
      keyEnv: ['GITHUB_TOKEN'],
      tokenLimitField: 'max_tokens',
    });
    expect(GITHUB_MODELS_BASE_URL).toBe('https://models.github.ai/inference');
  });

  it('lets the model and base URL override the defaults', () => {
    expect(settings('openai', ' gpt-4.1 ', 'http://proxy:8080/v1')).toMatchObject({ model: 'gpt-4.1', baseUrl: 'http://proxy:8080/v1' });
  });

  it('requires a base URL for a compatible provider', () => {
    expect(resolveProvider('compatible', 'llama3', undefined)).toEqual({ error: "no base URL for provider 'compatible' (set llm-base-url or OPENAI_BASE_URL)" });
    expect(resolveProvider('compatible', 'llama3', '  ')).toEqual({ error: "no base URL for provider 'compatible' (set llm-base-url or OPENAI_BASE_URL)" });
    expect(settings('compatible', 'llama3', 'http://localhost:11434/v1')).toEqual({
      label: 'compatible',
      model: 'llama3',
      baseUrl: 'http://localhost:11434/v1',
      keyEnv: ['OPENAI_API_KEY'],
      tokenLimitField: 'max_tokens',
    });
  });

  it('labels a compatible endpoint on Azure as azure', () => {
    for (const url of ['https://acme.openai.azure.com/openai/v1/', 'https://acme.services.ai.azure.com/openai/v1', 'https://acme.cognitiveservices.azure.com/openai/v1']) {
      expect(settings('compatible', 'my-deployment', url)).toMatchObject({ label: 'azure', keyEnv: ['AZURE_OPENAI_API_KEY', 'OPENAI_API_KEY'] });
    }
    expect(settings('compatible', undefined, 'https://azure.example.com/v1').label).toBe('compatible');
    expect(settings('compatible', undefined, 'not a url').label).toBe('compatible');
  });
});

describe('resolveProvider — endpoints from the environment', () => {
  const env = { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', AZURE_OPENAI_ENDPOINT: 'https://acme.openai.azure.com/' };

  it('honours OPENAI_BASE_URL for openai and compatible, below an explicit base URL', () => {
    expect(settings('openai', undefined, undefined, env).baseUrl).toBe('http://127.0.0.1:9/v1');
    expect(settings('compatible', undefined, undefined, env)).toMatchObject({ label: 'compatible', baseUrl: 'http://127.0.0.1:9/v1' });
    expect(settings('openai', undefined, 'http://proxy:8080/v1', env).baseUrl).toBe('http://proxy:8080/v1');
  });

  it('never moves GitHub Models with OPENAI_BASE_URL', () => {
    expect(settings('github-models', undefined, undefined, env).baseUrl).toBe(GITHUB_MODELS_BASE_URL);
  });

  it('builds the Azure v1 endpoint from AZURE_OPENAI_ENDPOINT', () => {
    expect(settings('azure', 'dep', undefined, env)).toMatchObject({ label: 'azure', baseUrl: 'https://acme.openai.azure.com/openai/v1/', keyEnv: ['AZURE_OPENAI_API_KEY', 'OPENAI_API_KEY'] });
    expect(resolveProvider('azure', 'dep', undefined, {})).toEqual({ error: "no base URL for provider 'azure' (set llm-base-url or AZURE_OPENAI_ENDPOINT)" });
  });
});

describe('isGitHubModelsUrl', () => {
  it('accepts only GitHub inference hosts over https (or the default)', () => {
    expect(isGitHubModelsUrl(undefined)).toBe(true);
    expect(isGitHubModelsUrl('https://models.github.ai/inference')).toBe(true);
    expect(isGitHubModelsUrl('https://models.inference.ai.azure.com')).toBe(true);
    for (const url of ['http://models.github.ai/inference', 'https://models.github.ai.evil.example/v1', 'https://evil.example/models.github.ai', 'not a url']) {
      expect([url, isGitHubModelsUrl(url)]).toEqual([url, false]);
    }
  });
});

describe('resolveApiKey', () => {
  const azure = settings('azure', 'dep', 'https://acme.openai.azure.com/openai/v1/');

  it('prefers the explicit key, then the environment variables in order', () => {
    expect(resolveApiKey(azure, 'explicit', { AZURE_OPENAI_API_KEY: 'az', OPENAI_API_KEY: 'oa' })).toBe('explicit');
    expect(resolveApiKey(azure, undefined, { AZURE_OPENAI_API_KEY: 'az', OPENAI_API_KEY: 'oa' })).toBe('az');
    expect(resolveApiKey(azure, '', { AZURE_OPENAI_API_KEY: ' ', OPENAI_API_KEY: 'oa' })).toBe('oa');
  });

  it('finds no key in an empty environment', () => {
    expect(resolveApiKey(azure, undefined, {})).toBeUndefined();
  });
});

describe('costUsd', () => {
  it('prices input and output tokens per million', () => {
    expect(costUsd('gpt-4o-mini', { input: 1_000_000, output: 0 })).toBe(0.15);
    expect(costUsd('gpt-4o-mini', { input: 0, output: 1_000_000 })).toBe(0.6);
    expect(costUsd('gpt-4o', { input: 2000, output: 500 })).toBe(0.01);
  });

  it('reads GitHub Models names without their publisher prefix', () => {
    expect(priceOf('openai/gpt-4o-mini')).toEqual(priceOf('gpt-4o-mini'));
    expect(costUsd('openai/gpt-4o-mini', { input: 3500, output: 500 })).toBe(0.000825);
  });

  it('rounds to 6 decimals', () => {
    expect(costUsd('gpt-4o-mini', { input: 1, output: 1 })).toBe(0.000001);
    expect(costUsd('gpt-4.1-nano', { input: 1, output: 0 })).toBe(0);
  });

  it('costs 0 for a model with no known price', () => {
    expect(priceOf('llama3:8b')).toBeUndefined();
    expect(costUsd('llama3:8b', { input: 1_000_000, output: 1_000_000 })).toBe(0);
  });
});
