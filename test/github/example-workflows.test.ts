import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const actionInputs = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs);
const load = (name: string) => parse(readFileSync(`examples/workflows/${name}`, 'utf8')) as Workflow;
const mlDoctorSteps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('ml-doctor/ml-doctor@')));
/** The permissions a job runs with: its own block, else the workflow's. */
const permissionsOf = (w: Workflow) => Object.fromEntries(Object.entries(w.jobs).map(([name, j]) => [name, j.permissions ?? w.permissions]));

describe('example workflows', () => {
  it.each(['pr-review.yml', 'baseline-on-main.yml', 'fork-safe-review.yml', 'deep-diagnosis.yml'])('%s uses ml-doctor with declared inputs only', (file) => {
    const w = load(file);
    const steps = mlDoctorSteps(w);
    expect(steps).toHaveLength(1);
    for (const key of Object.keys(steps[0]!.with ?? {})) expect(actionInputs).toContain(key);
  });

  it('pr-review.yml: runs on every PR (a required check must never wait), trains without write access, reviews in a job that runs no PR code', () => {
    const w = load('pr-review.yml');
    expect(w.on).toEqual({ pull_request: null });
    expect(w.permissions).toEqual({});
    expect(permissionsOf(w)).toEqual({
      train: { contents: 'read' },
      review: { contents: 'read', 'pull-requests': 'write', checks: 'write', actions: 'read' },
    });
    const train = w.jobs['train']!.steps;
    expect(train.find((s) => s.uses === 'actions/checkout@v4')?.with?.['persist-credentials']).toBe(false);
    expect(train.find((s) => s.uses === 'actions/upload-artifact@v4')?.with?.['name']).toBe('ml-artifacts');
    const review = w.jobs['review']!;
    expect(review.needs).toBe('train');
    expect(review.steps.filter((s) => 'run' in s)).toEqual([]);
    expect(review.steps.find((s) => s.uses === 'actions/checkout@v4')?.with?.['persist-credentials']).toBe(false);
    // Fork PRs are published by fork-safe-review.yml, which runs only when this run succeeded.
    expect(review.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
  });

  it('baseline-on-main.yml: runs on pushes to main and needs no write access', () => {
    const w = load('baseline-on-main.yml');
    expect(w.on['push']).toEqual({ branches: ['main'] });
    expect(w.permissions).toEqual({ contents: 'read', actions: 'read' });
    const upload = w.jobs['baseline']!.steps.find((s) => s.uses === 'actions/upload-artifact@v4');
    expect(upload?.with?.['name']).toBe('ml-artifacts');
  });

  it('fork-safe-review.yml: a workflow_run publisher that never checks out the PR head, one at a time per PR branch, only for successful runs', () => {
    const w = load('fork-safe-review.yml');
    expect(w.on['workflow_run']).toEqual({ workflows: [load('pr-review.yml').name], types: ['completed'] });
    expect(w.concurrency?.group).toContain('github.event.workflow_run.head_branch');
    expect(w.jobs['publish']!.if).toContain("github.event.workflow_run.conclusion == 'success'");
    const steps = w.jobs['publish']!.steps;
    const checkout = steps.find((s) => s.uses === 'actions/checkout@v4');
    expect(checkout?.with?.['ref']).toBeUndefined();
    expect(checkout?.with?.['persist-credentials']).toBe(false);
    expect(steps.find((s) => s.uses === 'actions/download-artifact@v4')?.with).toMatchObject({ name: 'ml-artifacts', 'run-id': '${{ github.event.workflow_run.id }}' });
    // No shell step: nothing from the PR is executed with the write token.
    expect(steps.filter((s) => 'run' in s)).toEqual([]);
  });

  it('deep-diagnosis.yml: trains the PR with a read-only token and publishes from a separate job', () => {
    const w = load('deep-diagnosis.yml');
    expect(w.permissions).toEqual({});
    expect(permissionsOf(w)).toEqual({
      train: { contents: 'read' },
      diagnose: { contents: 'read', 'pull-requests': 'write', checks: 'write', actions: 'read', models: 'read' },
    });
    // The deep run's agent uses GitHub Models with the job's token: models: read, and no other secret.
    expect(mlDoctorSteps(w)[0]!.with).toMatchObject({ 'pr-number': '${{ inputs.pr-number }}', mode: 'deep', llm: 'github-models' });
    expect(JSON.stringify(mlDoctorSteps(w)[0]!.with)).not.toContain('secrets.');
    // Its own check run gates nothing, so it keeps the default fail-on rather than muting the verdict.
    expect(mlDoctorSteps(w)[0]!.with?.['fail-on']).toBeUndefined();
    for (const job of Object.values(w.jobs)) {
      expect(job.steps.find((s) => s.uses === 'actions/checkout@v4')?.with?.['persist-credentials']).toBe(false);
      // The PR's code runs in the default branch's context here: no cache it could poison.
      expect(job.steps.filter((s) => s.uses?.startsWith('actions/setup-python@') && s.with?.['cache'] !== undefined)).toEqual([]);
      expect(job.steps.filter((s) => s.uses?.startsWith('actions/cache@'))).toEqual([]);
    }
  });
});
