import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getInputs } from '../../src/action/inputs.js';
import { actionLlmKey } from '../../src/action/llm-key.js';

const actionYml = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
function settings(given: Record<string, string>) {
  return getInputs((name) => given[name] ?? (actionYml.inputs[name]?.default === '${{ github.token }}' ? 'ghs_job_token' : (actionYml.inputs[name]?.default ?? '')));
}
const ENV = { OPENAI_API_KEY: 'sk-env', GITHUB_TOKEN: 'ghs-env', OPENAI_BASE_URL: 'http://proxy:1/v1', AZURE_OPENAI_ENDPOINT: undefined };

describe('the key the Action gives the agent', () => {
  it('uses the github-token input for GitHub Models, with no other secret', () => {
    const s = settings({ llm: 'github-models' });
    expect(actionLlmKey(s, { provider: 'github-models' }, ENV)).toMatchObject({ apiKey: 'ghs_job_token' });
  });

  it('prefers llm-api-key, and still reads openai-api-key as its older name', () => {
    expect(actionLlmKey(settings({ llm: 'openai', 'llm-api-key': 'sk-new' }), { provider: 'openai' }, ENV).apiKey).toBe('sk-new');
    expect(actionLlmKey(settings({ llm: 'openai', 'openai-api-key': 'sk-old' }), { provider: 'openai' }, ENV).apiKey).toBe('sk-old');
    expect(actionLlmKey(settings({ llm: 'github-models', 'llm-api-key': 'github_pat_x' }), { provider: 'github-models' }, ENV).apiKey).toBe('github_pat_x');
  });

  it('refuses two different keys under the new and the old name', () => {
    expect(() => settings({ llm: 'openai', 'llm-api-key': 'a', 'openai-api-key': 'b' })).toThrow(
      "Inputs 'llm-api-key' and 'openai-api-key' hold different keys. Set only 'llm-api-key' ('openai-api-key' is its older name).",
    );
  });

  it('never reads a key from the environment (OPENAI_API_KEY, GITHUB_TOKEN), only endpoint variables', () => {
    const k = actionLlmKey(settings({ llm: 'openai' }), { provider: 'openai' }, ENV);
    expect(k.apiKey).toBeUndefined();
    expect(k.env).toEqual({ OPENAI_BASE_URL: 'http://proxy:1/v1', AZURE_OPENAI_ENDPOINT: undefined });
    expect(k.keyHint).toBe("set the 'llm-api-key' input from a secret");
  });

  it('does not send the job token to an endpoint other than GitHub Models', () => {
    const s = settings({ llm: 'github-models', 'llm-base-url': 'https://evil.example/v1' });
    const k = actionLlmKey(s, { provider: 'github-models', baseUrl: 'https://evil.example/v1' }, ENV);
    expect(k.apiKey).toBeUndefined();
    expect(k.keyHint).toContain("'github-token' goes only to GitHub Models");
  });

  it('needs a base URL for azure', () => {
    expect(() => settings({ llm: 'azure' })).toThrow("Input 'llm: azure' needs 'llm-base-url' (the endpoint's base URL).");
  });
});
