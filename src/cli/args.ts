/**
 * Command-line flags → a typed request. Every error names the flag and the allowed values.
 */
import { LLM_PROVIDERS, type LlmProvider } from '../config/config.js';
import { InputError } from '../errors.js';
import { parseSqlArgs, parseSummarizeArgs, SUMMARIZE_USAGE, type SqlArgs, type SummarizeArgs } from './summary-args.js';

export interface DiagnoseArgs {
  readonly baseline: string | null;
  readonly current: string;
  readonly config: string | null;
  readonly out: string;
  readonly format: 'md' | 'json' | 'both';
  readonly llm: LlmProvider | null;
  /** Model name for the LLM (`--llm-model`); null → config `llm.model`, else the provider's default. */
  readonly llmModel: string | null;
  /** OpenAI-compatible base URL (`--llm-base-url`); null → config `llm.base-url`, else OPENAI_BASE_URL. */
  readonly llmBaseUrl: string | null;
  /** How far the agent may dig (`--mode`): standard (4 tool calls) or deep (25, a larger budget). */
  readonly mode: 'standard' | 'deep';
  /** Git refs whose diff the agent may read (`--diff-base`, `--diff-head`, default HEAD); null → no diff tools. */
  readonly diffBase: string | null;
  readonly diffHead: string;
  readonly failOn: 'critical' | 'major' | 'any' | 'never' | null;
  /** Print each stage's time on stderr as it finishes (`--timings`). */
  readonly timings: boolean;
  /** No progress line on stderr (`--quiet`); errors are still printed. */
  readonly quiet: boolean;
  /** Parse large tables in worker threads: `auto` when a core is free, or always / never. */
  readonly workers: 'auto' | 'on' | 'off';
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'diagnose'; args: DiagnoseArgs }
  | { kind: 'summarize'; args: SummarizeArgs }
  | { kind: 'sql'; args: SqlArgs };

export const USAGE = `Usage: ml-doctor diagnose --baseline DIR --current DIR [--config FILE] [--out DIR]
                          [--format md|json|both]
                          [--llm none|openai|github-models|azure|compatible] [--llm-model NAME]
                          [--llm-base-url URL] [--mode standard|deep]
                          [--diff-base REF [--diff-head REF]]
                          [--fail-on critical|major|any|never] [--timings] [--quiet]
                          [--workers auto|on|off]

Compares a baseline run's artifacts with the current run's and diagnoses regressions.
Writes report.json and report.md to --out (default ml-doctor-report/).
Progress: each stage (load, performance, data, training, diagnosis, render) is printed on stderr
with its time as it finishes (a live line on a terminal); --quiet silences it.
--timings prints every part of each stage with the process's resident memory instead, and a
summary line.
--workers: eval tables of 16 MiB and more are parsed on other cores when one is free (auto), always
(on) or never (off), and the data checks of a pair of 65,536 rows and more run on another core
beside the performance analysis; the report is the same either way.
--llm adds an explanation by a model (never the verdict): the key comes from OPENAI_API_KEY
(github-models: GITHUB_TOKEN; azure: AZURE_OPENAI_API_KEY), the endpoint from --llm-base-url,
else OPENAI_BASE_URL (azure: AZURE_OPENAI_ENDPOINT). --mode deep lets it make up to 25 tool calls.
--diff-base lets it read \`git diff BASE HEAD\` of the repository in the working directory.
Exit codes: 0 pass or warn, 1 fail (per gate.fail-on), 2 usage or input error.

${SUMMARIZE_USAGE}`;

const FLAGS = ['--baseline', '--current', '--config', '--out', '--format', '--llm', '--llm-model', '--llm-base-url', '--mode', '--diff-base', '--diff-head', '--fail-on', '--timings', '--quiet', '--workers'] as const;
/** Flags that take no value. */
const SWITCHES: readonly string[] = ['--timings', '--quiet'];

function httpUrl(flag: string, v: string): string {
  let u: URL | undefined;
  try {
    u = new URL(v);
  } catch {
    u = undefined;
  }
  if (u === undefined || (u.protocol !== 'http:' && u.protocol !== 'https:')) {
    throw new InputError('command line', flag, `invalid value '${v}'; expected an http(s) URL such as http://127.0.0.1:8000/v1`);
  }
  return v;
}

function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new InputError('command line', flag, `invalid value '${v}'; expected one of: ${allowed.join(', ')}`);
  return v as T;
}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { kind: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { kind: 'version' };
  if (argv[0] === 'summarize' || argv[0] === 'sql') {
    if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
    return argv[0] === 'sql' ? { kind: 'sql', args: parseSqlArgs(argv.slice(1)) } : { kind: 'summarize', args: parseSummarizeArgs(argv.slice(1)) };
  }
  if (argv[0] !== 'diagnose') throw new InputError('command line', null, `unknown command '${argv[0]}'; expected: diagnose, summarize, sql`);
  const vals = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 1; i < argv.length; i++) {
    const raw = argv[i]!;
    if (raw === '--help' || raw === '-h') return { kind: 'help' };
    const eq = raw.indexOf('=');
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    if (!(FLAGS as readonly string[]).includes(flag)) throw new InputError('command line', flag, `unknown option; expected one of: ${FLAGS.join(', ')}`);
    if (SWITCHES.includes(flag)) {
      if (eq > 0) throw new InputError('command line', flag, 'takes no value');
      switches.add(flag);
      continue;
    }
    const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new InputError('command line', flag, 'needs a value');
    vals.set(flag, value);
  }
  const current = vals.get('--current');
  if (!current) throw new InputError('command line', '--current', "is required (the current run's artifacts directory)");
  return {
    kind: 'diagnose',
    args: {
      baseline: vals.get('--baseline') ?? null,
      current,
      config: vals.get('--config') ?? null,
      out: vals.get('--out') ?? 'ml-doctor-report',
      format: oneOf('--format', vals.get('--format') ?? 'md', ['md', 'json', 'both'] as const),
      llm: vals.has('--llm') ? oneOf('--llm', vals.get('--llm')!, LLM_PROVIDERS) : null,
      llmModel: vals.get('--llm-model')?.trim() || null,
      llmBaseUrl: vals.has('--llm-base-url') ? httpUrl('--llm-base-url', vals.get('--llm-base-url')!) : null,
      mode: oneOf('--mode', vals.get('--mode') ?? 'standard', ['standard', 'deep'] as const),
      diffBase: vals.get('--diff-base') ?? null,
      diffHead: vals.get('--diff-head') ?? 'HEAD',
      failOn: vals.has('--fail-on') ? oneOf('--fail-on', vals.get('--fail-on')!, ['critical', 'major', 'any', 'never'] as const) : null,
      timings: switches.has('--timings'),
      quiet: switches.has('--quiet'),
      workers: oneOf('--workers', vals.get('--workers') ?? 'auto', ['auto', 'on', 'off'] as const),
    },
  };
}
