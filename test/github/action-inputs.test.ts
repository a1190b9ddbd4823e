import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { effectiveConfig } from '../../src/action/config.js';
import { ActionInputError, getInputs, INPUT, OUTPUT } from '../../src/action/inputs.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';

interface ActionYml {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}
const actionYml = parse(readFileSync('action.yml', 'utf8')) as ActionYml;

/** Inputs as the runner passes them: every input present, at its action.yml default unless given. */
function reader(given: Record<string, string> = {}) {
  return (name: string) => given[name] ?? (actionYml.inputs[name]?.default === '${{ github.token }}' ? 'ghs_token' : (actionYml.inputs[name]?.default ?? ''));
}

describe('getInputs', () => {
  it('reads the defaults into a typed settings object', () => {
    expect(getInputs(reader())).toEqual({
      artifacts: null,
      baseline: null,
      baselineArtifact: null,
      baselinePath: null,
      baselineWorkflow: null,
      config: '.github/ml-doctor.yml',
      configIsDefault: true,
      githubToken: 'ghs_token',
      comment: 'always',
      failOn: null,
      onMissingBaseline: null,
      mode: 'standard',
      prNumber: null,
      llm: null,
      llmModel: null,
      llmBaseUrl: null,
      llmApiKey: null,
    });
  });

  it('reads every input that is given', () => {
    const s = getInputs(
      reader({
        artifacts: 'out/',
        baseline: 'git',
        'baseline-artifact': 'metrics',
        'baseline-path': 'ref-run',
        'baseline-workflow': '.github/workflows/train.yml',
        config: 'ci/ml.yml',
        comment: 'on-change',
        'fail-on': 'major',
        mode: 'deep',
        'pr-number': '#42',
        llm: 'compatible',
        'llm-model': 'qwen',
        'llm-base-url': 'http://localhost:8000/v1',
        'openai-api-key': 'sk-x',
      }),
    );
    expect(s).toMatchObject({ artifacts: 'out/', baseline: 'git', baselineArtifact: 'metrics', baselinePath: 'ref-run', baselineWorkflow: 'train.yml', config: 'ci/ml.yml', configIsDefault: false });
    expect(s).toMatchObject({ comment: 'on-change', failOn: 'major', mode: 'deep', prNumber: 42, llm: 'compatible', llmModel: 'qwen', llmBaseUrl: 'http://localhost:8000/v1', llmApiKey: 'sk-x' });
  });

  it('takes a numeric workflow id', () => {
    expect(getInputs(reader({ 'baseline-workflow': '161335' })).baselineWorkflow).toBe(161335);
  });

  it.each([
    ['fail-on', 'x', "Invalid input 'fail-on': 'x'. Expected one of: critical, major, any, never."],
    ['comment', 'sometimes', "Invalid input 'comment': 'sometimes'. Expected one of: always, on-change, never."],
    ['mode', 'fast', "Invalid input 'mode': 'fast'. Expected one of: standard, deep."],
    ['baseline', 's3', "Invalid input 'baseline': 's3'. Expected one of: auto, artifact, git, path."],
    ['llm', 'claude', "Invalid input 'llm': 'claude'. Expected one of: none, openai, github-models, azure, compatible."],
    ['pr-number', '4.5', "Invalid input 'pr-number': '4.5'. Expected a pull request number such as 42."],
    ['pr-number', '0', "Invalid input 'pr-number': '0'. Expected a pull request number such as 42."],
    ['baseline-workflow', 'train', "Invalid input 'baseline-workflow': 'train'. Expected a workflow file name such as train.yml, or a workflow id."],
    ['llm-base-url', 'localhost:8000', "Invalid input 'llm-base-url': 'localhost:8000'. Expected an http(s) URL such as https://api.openai.com/v1."],
    ['github-token', '', "Input required and not supplied: 'github-token'. Leave it unset to use the job's token, or pass ${{ secrets.GITHUB_TOKEN }}."],
  ])("rejects %s '%s' naming the input and the allowed values", (name, value, message) => {
    expect(() => getInputs(reader({ [name]: value }))).toThrow(new ActionInputError(message));
  });

  it('requires a base URL for a compatible LLM endpoint', () => {
    expect(() => getInputs(reader({ llm: 'compatible' }))).toThrow("Input 'llm: compatible' needs 'llm-base-url' (the endpoint's base URL).");
  });
});

describe('effectiveConfig', () => {
  it('keeps the config file’s values where inputs are empty', () => {
    const file = { ...DEFAULT_CONFIG, artifacts: 'runs/current/', gate: { failOn: 'major' as const, onMissingBaseline: 'fail' as const }, baseline: { from: 'git' as const, name: 'eval-run' } };
    const e = effectiveConfig(getInputs(reader()), file);
    expect(e.artifactsDir).toBe('runs/current');
    expect(e.artifactName).toBe('eval-run');
    expect(e.config.gate.failOn).toBe('major');
    expect(e.config.baseline.from).toBe('git');
  });

  it('lets inputs override the config file', () => {
    const file = { ...DEFAULT_CONFIG, gate: { failOn: 'major' as const, onMissingBaseline: 'fail' as const } };
    const e = effectiveConfig(getInputs(reader({ 'fail-on': 'never', artifacts: 'out', 'baseline-artifact': 'x' })), file);
    expect([e.config.gate.failOn, e.artifactsDir, e.artifactName]).toEqual(['never', 'out', 'x']);
  });

  it('defaults to the artifacts directory and the ml-artifacts artifact', () => {
    const e = effectiveConfig(getInputs(reader()), DEFAULT_CONFIG);
    expect([e.artifactsDir, e.artifactName, e.config.baseline.from, e.config.gate.failOn]).toEqual(['artifacts', 'ml-artifacts', 'auto', 'critical']);
  });

  it('asks for baseline-path when the baseline comes from a path', () => {
    expect(() => effectiveConfig(getInputs(reader({ baseline: 'path' })), DEFAULT_CONFIG)).toThrow("Input 'baseline: path' needs 'baseline-path' (or baseline.path in .github/ml-doctor.yml).");
  });
});

describe('action.yml', () => {
  it('runs dist/index.js on node24 and has branding', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(actionYml.branding.icon).toBeTruthy();
    expect(actionYml.branding.color).toBeTruthy();
  });

  it('declares exactly the inputs getInputs reads and the outputs run() sets', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual(Object.values(INPUT).sort());
    expect(Object.keys(actionYml.outputs).sort()).toEqual(Object.values(OUTPUT).sort());
  });

  it('describes every input and gives each a default', () => {
    for (const [name, i] of Object.entries(actionYml.inputs)) {
      expect(i.description.length, name).toBeGreaterThan(20);
      expect(i.default, name).toBeDefined();
      expect(i.required, name).toBe(false);
    }
  });
});

describe('README', () => {
  it('has the inputs and outputs tables of action.yml (scripts/readme-tables.mjs --check)', () => {
    const out = execFileSync(process.execPath, ['scripts/readme-tables.mjs', '--check'], { encoding: 'utf8' });
    expect(out).toContain('action tables match action.yml');
    const readme = readFileSync('README.md', 'utf8');
    const inputs = readme.slice(readme.indexOf('<!-- action-inputs:start -->'), readme.indexOf('<!-- action-inputs:end -->'));
    const outputs = readme.slice(readme.indexOf('<!-- action-outputs:start -->'), readme.indexOf('<!-- action-outputs:end -->'));
    expect([...inputs.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1])).toEqual(Object.keys(actionYml.inputs));
    expect([...outputs.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1])).toEqual(Object.keys(actionYml.outputs));
  });

  it('opens the GitHub Action section with a usage snippet that trains without write permissions and reviews with them, then covers fork safety', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## GitHub Action'));
    expect(readme.indexOf('## GitHub Action')).toBeGreaterThan(readme.indexOf('## Run the tests'));
    const firstBlock = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    type Job = { permissions: Record<string, string>; steps: { uses?: string; run?: string }[] };
    const usage = parse(firstBlock) as { permissions: Record<string, string>; jobs: Record<string, Job> };
    // The PR's code trains with a read-only token; the job that can write runs no PR code.
    expect(usage.permissions).toEqual({});
    expect(usage.jobs['train']!.permissions).toEqual({ contents: 'read' });
    expect(usage.jobs['review']!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write', actions: 'read' });
    expect(usage.jobs['review']!.steps.map((s) => s.uses)).toContain('ml-doctor/ml-doctor@v1');
    expect(usage.jobs['review']!.steps.filter((s) => s.run !== undefined)).toEqual([]);
    expect(section).toMatch(/### Fork pull requests/);
  });
});
