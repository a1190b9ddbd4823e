import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
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

  it('pr-review.yml: train, upload the artifact, then ml-doctor, with write access to PRs and checks only', () => {
    const w = load('pr-review.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect(w.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write', actions: 'read' });
    const uses = w.jobs['review']!.steps.map((s) => s.uses ?? 'run');
    expect(uses.indexOf('actions/upload-artifact@v4')).toBeLessThan(uses.findIndex((u) => u.startsWith('ml-doctor/')));
  });

  it('baseline-on-main.yml: runs on pushes to main and needs no write access', () => {
    const w = load('baseline-on-main.yml');
    expect(w.on['push']).toEqual({ branches: ['main'] });
    expect(w.permissions).toEqual({ contents: 'read', actions: 'read' });
    const upload = w.jobs['baseline']!.steps.find((s) => s.uses === 'actions/upload-artifact@v4');
    expect(upload?.with?.['name']).toBe('ml-artifacts');
  });

  it('fork-safe-review.yml: a workflow_run publisher that never checks out the PR head', () => {
    const w = load('fork-safe-review.yml');
    expect(w.on['workflow_run']).toEqual({ workflows: [load('pr-review.yml').name], types: ['completed'] });
    const steps = w.jobs['publish']!.steps;
    const checkout = steps.find((s) => s.uses === 'actions/checkout@v4');
    expect(checkout?.with?.['ref']).toBeUndefined();
    expect(steps.find((s) => s.uses === 'actions/download-artifact@v4')?.with).toMatchObject({ name: 'ml-artifacts', 'run-id': '${{ github.event.workflow_run.id }}' });
    // No shell step: nothing from the PR is executed with the write token.
    expect(steps.filter((s) => 'run' in s)).toEqual([]);
  });

  it('deep-diagnosis.yml: trains the PR with a read-only token and publishes from a separate job', () => {
    const w = load('deep-diagnosis.yml');
    expect(w.permissions).toEqual({});
    expect(permissionsOf(w)).toEqual({
      train: { contents: 'read' },
      diagnose: { contents: 'read', 'pull-requests': 'write', checks: 'write', actions: 'read' },
    });
    expect(mlDoctorSteps(w)[0]!.with).toMatchObject({ 'pr-number': '${{ inputs.pr-number }}', mode: 'deep' });
  });
});
