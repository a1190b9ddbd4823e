/**
 * The Action's inputs, read and validated once into `ActionSettings`; nothing else reads inputs.
 * Names live in one map (`INPUT`, `OUTPUT`) that a test holds against action.yml. Errors name
 * the input, the value and the allowed form, e.g.
 * `Invalid input 'fail-on': 'x'. Expected one of: critical, major, any, never.`
 */
import { LLM_PROVIDERS, type BaselineFrom, type FailOn, type LlmProvider, type OnMissingBaseline } from '../config/config.js';

export const INPUT = {
  artifacts: 'artifacts',
  baseline: 'baseline',
  baselineArtifact: 'baseline-artifact',
  baselinePath: 'baseline-path',
  baselineWorkflow: 'baseline-workflow',
  config: 'config',
  githubToken: 'github-token',
  comment: 'comment',
  failOn: 'fail-on',
  onMissingBaseline: 'on-missing-baseline',
  mode: 'mode',
  prNumber: 'pr-number',
  llm: 'llm',
  llmModel: 'llm-model',
  llmBaseUrl: 'llm-base-url',
  llmApiKey: 'llm-api-key',
  /** Older name of `llm-api-key`, still read. */
  openaiApiKey: 'openai-api-key',
} as const;

export const OUTPUT = {
  verdict: 'verdict',
  findings: 'findings',
  reportPath: 'report-path',
  commentUrl: 'comment-url',
} as const;

export const DEFAULT_CONFIG_PATH = '.github/ml-doctor.yml';
export const DEFAULT_ARTIFACT_NAME = 'ml-artifacts';

export type CommentMode = 'always' | 'on-change' | 'never';
export type ReviewMode = 'standard' | 'deep';

export interface ActionSettings {
  /** The current run's directory; null → the config file's `artifacts`, else `artifacts`. */
  readonly artifacts: string | null;
  /** Where the baseline comes from; null → the config file's `baseline.from`, else `auto`. */
  readonly baseline: BaselineFrom | null;
  /** Artifact name to fetch from the base branch; null → config `baseline.name`, else `ml-artifacts`. */
  readonly baselineArtifact: string | null;
  /** A directory holding the baseline run; null → config `baseline.path`. */
  readonly baselinePath: string | null;
  /** Workflow file name (`train.yml`) or id whose runs hold the baseline artifact; null → the workflow that produced the current run. */
  readonly baselineWorkflow: string | number | null;
  /** Path of the config file. A missing file at the default path means "all defaults". */
  readonly config: string;
  /** Whether `config` was left at its default (a missing file is then not an error). */
  readonly configIsDefault: boolean;
  /** Token for the REST API (the job's GITHUB_TOKEN by default). */
  readonly githubToken: string;
  /** When to write the PR comment: every run, only when there is something to report (an existing comment is still kept current), or never. */
  readonly comment: CommentMode;
  /** Lowest severity that fails the verdict and the job; null → config `gate.fail-on`, else `critical`. */
  readonly failOn: FailOn | null;
  /** A baseline that could not be fetched because of an error: `fail` (a critical finding) or `warn`; null → config `gate.on-missing-baseline`, else `fail`. */
  readonly onMissingBaseline: OnMissingBaseline | null;
  /** `deep`: the manual, thorough diagnosis (see docs/action.md for what it adds today). */
  readonly mode: ReviewMode;
  /** The pull request to publish to, for workflow_dispatch and workflow_run; null → from the event. */
  readonly prNumber: number | null;
  /** LLM provider for the explanation section; null → config `llm.provider`, else none. */
  readonly llm: LlmProvider | null;
  /** Model name for the LLM; null → config `llm.model`. */
  readonly llmModel: string | null;
  /** Base URL of an OpenAI-compatible endpoint; null → config `llm.base-url`. */
  readonly llmBaseUrl: string | null;
  /** API key for the LLM provider: `llm-api-key`, else its older name `openai-api-key`; null when neither (GitHub Models then uses `github-token`). Masked in logs. */
  readonly llmApiKey: string | null;
}

export type InputReader = (name: string) => string;

/** Thrown for an input that cannot be used; the message is the whole story. */
export class ActionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActionInputError';
  }
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[]): T | null {
  const v = read(name).trim();
  if (v === '') return null;
  if (!(allowed as readonly string[]).includes(v)) throw new ActionInputError(`Invalid input '${name}': '${v}'. Expected one of: ${allowed.join(', ')}.`);
  return v as T;
}

function text(read: InputReader, name: string): string | null {
  const v = read(name).trim();
  return v === '' ? null : v;
}

function positiveInt(read: InputReader, name: string): number | null {
  const v = read(name).trim().replace(/^#/, '');
  if (v === '') return null;
  if (!/^[1-9]\d{0,9}$/.test(v)) throw new ActionInputError(`Invalid input '${name}': '${v}'. Expected a pull request number such as 42.`);
  return Number(v);
}

function workflowRef(read: InputReader, name: string): string | number | null {
  const v = read(name).trim();
  if (v === '') return null;
  if (/^\d+$/.test(v)) return Number(v);
  // Accept `.github/workflows/x.yml` too: the API wants the file name.
  const file = v.split('/').pop()!;
  if (!/^[\w.-]+\.ya?ml$/.test(file)) throw new ActionInputError(`Invalid input '${name}': '${v}'. Expected a workflow file name such as train.yml, or a workflow id.`);
  return file;
}

function url(read: InputReader, name: string): string | null {
  const v = read(name).trim();
  if (v === '') return null;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new ActionInputError(`Invalid input '${name}': '${v}'. Expected an http(s) URL such as https://api.openai.com/v1.`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new ActionInputError(`Invalid input '${name}': '${v}'. Expected an http(s) URL such as https://api.openai.com/v1.`);
  return v;
}

/** Reads and validates every input once. `read` is `core.getInput` in the Action. */
export function getInputs(read: InputReader): ActionSettings {
  const configRaw = text(read, INPUT.config);
  const githubToken = text(read, INPUT.githubToken);
  if (!githubToken) throw new ActionInputError(`Input required and not supplied: '${INPUT.githubToken}'. Leave it unset to use the job's token, or pass \${{ secrets.GITHUB_TOKEN }}.`);
  const baseline = oneOf(read, INPUT.baseline, ['auto', 'artifact', 'git', 'path'] as const);
  const baselinePath = text(read, INPUT.baselinePath);
  const llm = oneOf(read, INPUT.llm, LLM_PROVIDERS);
  const llmBaseUrl = url(read, INPUT.llmBaseUrl);
  if ((llm === 'compatible' || llm === 'azure') && !llmBaseUrl) throw new ActionInputError(`Input '${INPUT.llm}: ${llm}' needs '${INPUT.llmBaseUrl}' (the endpoint's base URL).`);
  const llmApiKey = text(read, INPUT.llmApiKey);
  const legacyKey = text(read, INPUT.openaiApiKey);
  if (llmApiKey !== null && legacyKey !== null && llmApiKey !== legacyKey) {
    throw new ActionInputError(`Inputs '${INPUT.llmApiKey}' and '${INPUT.openaiApiKey}' hold different keys. Set only '${INPUT.llmApiKey}' ('${INPUT.openaiApiKey}' is its older name).`);
  }
  return {
    artifacts: text(read, INPUT.artifacts),
    baseline,
    baselineArtifact: text(read, INPUT.baselineArtifact),
    baselinePath,
    baselineWorkflow: workflowRef(read, INPUT.baselineWorkflow),
    config: configRaw ?? DEFAULT_CONFIG_PATH,
    configIsDefault: configRaw === null || configRaw === DEFAULT_CONFIG_PATH,
    githubToken,
    comment: oneOf(read, INPUT.comment, ['always', 'on-change', 'never'] as const) ?? 'always',
    failOn: oneOf(read, INPUT.failOn, ['critical', 'major', 'any', 'never'] as const),
    onMissingBaseline: oneOf(read, INPUT.onMissingBaseline, ['fail', 'warn'] as const),
    mode: oneOf(read, INPUT.mode, ['standard', 'deep'] as const) ?? 'standard',
    prNumber: positiveInt(read, INPUT.prNumber),
    llm,
    llmModel: text(read, INPUT.llmModel),
    llmBaseUrl,
    llmApiKey: llmApiKey ?? legacyKey,
  };
}
