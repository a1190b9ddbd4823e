/**
 * The review's `Config` for the Action: the config file (when present) with the inputs laid over
 * it. An input left empty keeps the file's value; the file's absence at the default path means
 * all defaults, at any other path it is an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG, parseConfig, type Config } from '../config/config.js';
import { ActionInputError, DEFAULT_ARTIFACT_NAME, INPUT, type ActionSettings } from './inputs.js';

export function loadConfigFile(settings: ActionSettings, workspace: string): Config {
  const file = resolve(workspace, settings.config);
  if (!existsSync(file)) {
    if (settings.configIsDefault) return DEFAULT_CONFIG;
    throw new ActionInputError(`Invalid input '${INPUT.config}': '${settings.config}'. The file does not exist.`);
  }
  return parseConfig(settings.config, readFileSync(file, 'utf8'));
}

export interface EffectiveConfig {
  readonly config: Config;
  readonly artifactsDir: string;
  readonly artifactName: string;
  /** Settings of the file that the Action ignores, one line each, for the log. */
  readonly notes: readonly string[];
}

export function effectiveConfig(settings: ActionSettings, file: Config): EffectiveConfig {
  const baselineFrom = settings.baseline ?? file.baseline.from;
  const baselinePath = settings.baselinePath ?? file.baseline.path ?? null;
  if (baselineFrom === 'path' && baselinePath === null) {
    throw new ActionInputError(`Input '${INPUT.baseline}: path' needs '${INPUT.baselinePath}' (or baseline.path in ${settings.config}).`);
  }
  const artifactName = settings.baselineArtifact ?? file.baseline.name ?? DEFAULT_ARTIFACT_NAME;
  const artifactsDir = (settings.artifacts ?? file.artifacts).replace(/\/+$/, '') || '.';
  // The config file comes from the pull request's checkout: a PR that could name the provider or
  // the endpoint could send the workflow's API key to its own server. In the Action the LLM is
  // configured by the workflow's inputs alone; the file's `llm` section is ignored, and said so.
  const llm: Config['llm'] = {
    provider: settings.llm ?? 'none',
    ...(settings.llmModel ? { model: settings.llmModel } : {}),
    ...(settings.llmBaseUrl ? { baseUrl: settings.llmBaseUrl } : {}),
  };
  const notes: string[] = [];
  if (file.llm.provider !== 'none' || file.llm.model !== undefined || file.llm.baseUrl !== undefined) {
    notes.push(
      `the 'llm' section of ${settings.config} is ignored in the Action (the file comes from the pull request, which must not choose where the API key goes); set the '${INPUT.llm}', '${INPUT.llmModel}' and '${INPUT.llmBaseUrl}' inputs instead.`,
    );
  }
  return {
    config: {
      ...file,
      artifacts: artifactsDir,
      baseline: {
        from: baselineFrom,
        name: artifactName,
        ...(file.baseline.ref ? { ref: file.baseline.ref } : {}),
        ...(baselinePath !== null ? { path: baselinePath } : {}),
      },
      gate: { failOn: settings.failOn ?? file.gate.failOn, onMissingBaseline: settings.onMissingBaseline ?? file.gate.onMissingBaseline },
      llm,
    },
    artifactsDir,
    artifactName,
    notes,
  };
}
