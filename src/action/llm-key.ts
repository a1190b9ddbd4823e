/**
 * Which key the Action gives the agent, and from where. Keys come from inputs only, never from
 * the config file (the pull request writes it) nor from other environment variables: the
 * workflow author decides what leaves the job. GitHub Models takes the Action's own
 * `github-token` (the workflow grants `models: read`), but only towards GitHub's inference host:
 * a token that can comment on PRs is not sent to another endpoint named in `llm-base-url`.
 */
import { isGitHubModelsUrl } from '../llm/providers.js';
import type { Config } from '../config/config.js';
import { INPUT, type ActionSettings } from './inputs.js';

export interface ActionLlmKey {
  readonly apiKey: string | undefined;
  /** The Action reads no key from the environment; OPENAI_BASE_URL / AZURE_OPENAI_ENDPOINT still name endpoints. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly keyHint: string;
}

export function actionLlmKey(settings: ActionSettings, llm: Config['llm'], processEnv: Readonly<Record<string, string | undefined>> = process.env): ActionLlmKey {
  const env = { OPENAI_BASE_URL: processEnv['OPENAI_BASE_URL'], AZURE_OPENAI_ENDPOINT: processEnv['AZURE_OPENAI_ENDPOINT'] };
  if (settings.llmApiKey !== null) return { apiKey: settings.llmApiKey, env, keyHint: `set the '${INPUT.llmApiKey}' input` };
  if (llm.provider === 'github-models') {
    return isGitHubModelsUrl(llm.baseUrl)
      ? { apiKey: settings.githubToken, env, keyHint: `'${INPUT.githubToken}' is empty` }
      : { apiKey: undefined, env, keyHint: `'${INPUT.githubToken}' goes only to GitHub Models; for another '${INPUT.llmBaseUrl}' set the '${INPUT.llmApiKey}' input` };
  }
  return { apiKey: undefined, env, keyHint: `set the '${INPUT.llmApiKey}' input from a secret` };
}
