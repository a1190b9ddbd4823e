/**
 * The one typed configuration object. Built once — from `.github/ml-doctor.yml` / `--config`,
 * CLI flags or Action inputs — and validated up front; nothing else reads inputs.
 */
import { InputError } from '../errors.js';
import { parseYaml } from '../artifacts/structured.js';

export type Direction = 'higher' | 'lower';
export type FailOn = 'critical' | 'major' | 'any' | 'never';
export type OnMissingBaseline = 'fail' | 'warn';
/** LLM providers by name, in the order the docs list them (`none` first: the LLM is an option). */
export const LLM_PROVIDERS = ['none', 'openai', 'github-models', 'azure', 'compatible'] as const;
export type LlmProvider = (typeof LLM_PROVIDERS)[number];
export type BaselineFrom = 'auto' | 'artifact' | 'git' | 'path';

/** Per-eval-table column overrides (CONTRACT §2–3). */
export interface EvalTableConfig {
  /** Path of the table relative to the run directory; matched case-insensitively. */
  readonly path: string;
  readonly label?: string;
  readonly pred?: string;
  readonly score?: string;
  readonly id?: string;
  readonly weight?: string;
  readonly task?: 'classification' | 'regression';
  /** The positive class of a binary label (default: 1 / true / yes / the class scores point to). */
  readonly positive?: string;
  readonly segments?: readonly string[];
  readonly protected?: readonly string[];
}

export interface MetricRule {
  readonly direction?: Direction;
  /** Change smaller than this is "unchanged" (absolute, or a fraction of the baseline when relative). */
  readonly tolerance?: number;
  readonly relative?: boolean;
}

export interface Config {
  /** Current run's directory (Action); the CLI passes --current instead. */
  readonly artifacts: string;
  readonly baseline: { readonly from: BaselineFrom; readonly name?: string; readonly ref?: string; readonly path?: string };
  readonly eval: readonly EvalTableConfig[];
  readonly metrics: Readonly<Record<string, MetricRule>>;
  /**
   * `onMissingBaseline`: what a baseline that could not be fetched because of an error (API
   * failure, missing permission, vanished artifact) or that holds nothing readable does to the
   * verdict — `fail` (a critical finding: the gate never passes on an outage) or `warn`.
   */
  readonly gate: { readonly failOn: FailOn; readonly onMissingBaseline: OnMissingBaseline };
  readonly llm: { readonly provider: LlmProvider; readonly model?: string; readonly baseUrl?: string };
  /** Statistical settings (an extension of CONTRACT §3). */
  readonly analysis: {
    readonly seed: number;
    readonly resamples: number;
    readonly minSupport: number;
    readonly alpha: number;
  };
}

export const DEFAULT_CONFIG: Config = {
  artifacts: 'artifacts/',
  baseline: { from: 'auto' },
  eval: [],
  metrics: {},
  gate: { failOn: 'critical', onMissingBaseline: 'fail' },
  llm: { provider: 'none' },
  analysis: { seed: 20261125, resamples: 1000, minSupport: 30, alpha: 0.05 },
};

type Obj = Record<string, unknown>;

/** Reads and validates a config file's text. Unknown keys and wrong types name the key and file. */
export function parseConfig(file: string, text: string): Config {
  const doc = parseYaml(file, text);
  if (doc === null || doc === undefined) return DEFAULT_CONFIG;
  return validateConfig(file, doc);
}

export function validateConfig(file: string, doc: unknown): Config {
  const v = new Validator(file);
  const root = v.object(doc, '');
  v.onlyKeys(root, '', ['artifacts', 'baseline', 'eval', 'metrics', 'gate', 'llm', 'analysis']);

  const baselineRaw = root['baseline'];
  let baseline: Config['baseline'] = DEFAULT_CONFIG.baseline;
  if (baselineRaw !== undefined) {
    const b = v.object(baselineRaw, 'baseline');
    v.onlyKeys(b, 'baseline', ['from', 'name', 'ref', 'path']);
    baseline = {
      from: v.oneOf(b['from'] ?? 'auto', 'baseline.from', ['auto', 'artifact', 'git', 'path'] as const),
      ...optional('name', v.optString(b['name'], 'baseline.name')),
      ...optional('ref', v.optString(b['ref'], 'baseline.ref')),
      ...optional('path', v.optString(b['path'], 'baseline.path')),
    };
    if (baseline.from === 'path' && !baseline.path) v.fail('baseline.path', "is required when baseline.from is 'path'");
  }

  const evalRaw = root['eval'] ?? [];
  if (!Array.isArray(evalRaw)) v.fail('eval', 'must be a list of tables');
  const evals = (evalRaw as unknown[]).map((e, i) => {
    const k = `eval[${i}]`;
    const o = v.object(e, k);
    v.onlyKeys(o, k, ['path', 'label', 'pred', 'prediction', 'score', 'id', 'weight', 'task', 'positive', 'segments', 'protected']);
    const path = v.optString(o['path'], `${k}.path`);
    if (!path) v.fail(`${k}.path`, 'is required');
    const task = o['task'] === undefined ? undefined : v.oneOf(o['task'], `${k}.task`, ['classification', 'regression'] as const);
    const t: EvalTableConfig = {
      path: path!,
      ...optional('label', v.optString(o['label'], `${k}.label`)),
      ...optional('pred', v.optString(o['pred'] ?? o['prediction'], `${k}.pred`)),
      ...optional('score', v.optString(o['score'], `${k}.score`)),
      ...optional('id', v.optString(o['id'], `${k}.id`)),
      ...optional('weight', v.optString(o['weight'], `${k}.weight`)),
      ...optional('task', task),
      ...optional('positive', o['positive'] === undefined ? undefined : String(v.scalar(o['positive'], `${k}.positive`))),
      ...optional('segments', v.optStringList(o['segments'], `${k}.segments`)),
      ...optional('protected', v.optStringList(o['protected'], `${k}.protected`)),
    };
    return t;
  });

  const metrics: Record<string, MetricRule> = {};
  if (root['metrics'] !== undefined) {
    const m = v.object(root['metrics'], 'metrics');
    for (const [name, ruleRaw] of Object.entries(m)) {
      const k = `metrics.${name}`;
      const r = v.object(ruleRaw, k);
      v.onlyKeys(r, k, ['direction', 'tolerance', 'relative']);
      metrics[name] = {
        ...optional('direction', r['direction'] === undefined ? undefined : v.oneOf(r['direction'], `${k}.direction`, ['higher', 'lower'] as const)),
        ...optional('tolerance', v.optNumber(r['tolerance'], `${k}.tolerance`, 0)),
        ...optional('relative', v.optBool(r['relative'], `${k}.relative`)),
      };
    }
  }

  let gate = DEFAULT_CONFIG.gate;
  if (root['gate'] !== undefined) {
    const g = v.object(root['gate'], 'gate');
    v.onlyKeys(g, 'gate', ['fail-on', 'on-missing-baseline']);
    gate = {
      failOn: v.oneOf(g['fail-on'] ?? 'critical', 'gate.fail-on', ['critical', 'major', 'any', 'never'] as const),
      onMissingBaseline: v.oneOf(g['on-missing-baseline'] ?? 'fail', 'gate.on-missing-baseline', ['fail', 'warn'] as const),
    };
  }

  let llm = DEFAULT_CONFIG.llm;
  if (root['llm'] !== undefined) {
    const l = v.object(root['llm'], 'llm');
    v.onlyKeys(l, 'llm', ['provider', 'model', 'base-url']);
    llm = {
      provider: v.oneOf(l['provider'] ?? 'none', 'llm.provider', LLM_PROVIDERS),
      ...optional('model', v.optString(l['model'], 'llm.model')),
      ...optional('baseUrl', v.optString(l['base-url'], 'llm.base-url')),
    };
  }

  let analysis = DEFAULT_CONFIG.analysis;
  if (root['analysis'] !== undefined) {
    const a = v.object(root['analysis'], 'analysis');
    v.onlyKeys(a, 'analysis', ['seed', 'resamples', 'min-support', 'alpha']);
    analysis = {
      seed: v.optInt(a['seed'], 'analysis.seed', 0) ?? analysis.seed,
      resamples: v.optInt(a['resamples'], 'analysis.resamples', 100) ?? analysis.resamples,
      minSupport: v.optInt(a['min-support'], 'analysis.min-support', 2) ?? analysis.minSupport,
      alpha: v.optNumber(a['alpha'], 'analysis.alpha', 1e-6, 0.5) ?? analysis.alpha,
    };
  }

  return {
    artifacts: v.optString(root['artifacts'], 'artifacts') ?? DEFAULT_CONFIG.artifacts,
    baseline,
    eval: evals,
    metrics,
    gate,
    llm,
    analysis,
  };
}

function optional<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}

/** Strict getters whose errors name the key and the allowed values. */
class Validator {
  constructor(private readonly file: string) {}

  fail(key: string, msg: string): never {
    throw new InputError(this.file, `key '${key || '(root)'}'`, msg);
  }
  object(v: unknown, key: string): Obj {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(key, `must be a mapping, got ${typeName(v)}`);
    return v as Obj;
  }
  onlyKeys(o: Obj, key: string, allowed: readonly string[]): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) {
        this.fail(key ? `${key}.${k}` : k, `unknown key; expected one of: ${allowed.join(', ')}`);
      }
    }
  }
  oneOf<T extends string>(v: unknown, key: string, allowed: readonly T[]): T {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(key, `invalid value ${JSON.stringify(v)}; expected one of: ${allowed.join(', ')}`);
    }
    return v as T;
  }
  optString(v: unknown, key: string): string | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') this.fail(key, `must be a string, got ${typeName(v)}`);
    return v as string;
  }
  scalar(v: unknown, key: string): string | number | boolean {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    return this.fail(key, `must be a string, number or boolean, got ${typeName(v)}`);
  }
  optStringList(v: unknown, key: string): string[] | undefined {
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) this.fail(key, 'must be a list of column names');
    return v as string[];
  }
  optNumber(v: unknown, key: string, min = -Infinity, max = Infinity): number | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(key, `must be a number, got ${typeName(v)}`);
    const n = v as number;
    if (n < min || n > max) this.fail(key, `must be between ${min} and ${max}, got ${n}`);
    return n;
  }
  optInt(v: unknown, key: string, min: number): number | undefined {
    const n = this.optNumber(v, key, min);
    if (n !== undefined && !Number.isInteger(n)) this.fail(key, `must be an integer, got ${n}`);
    return n;
  }
  optBool(v: unknown, key: string): boolean | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') this.fail(key, `must be true or false, got ${typeName(v)}`);
    return v as boolean;
  }
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}
