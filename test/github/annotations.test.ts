import { describe, expect, it } from 'vitest';
import { addedLines, annotationsFor } from '../../src/github/annotations.js';
import { ANNOTATIONS_PER_REQUEST, CHECK_NAME, conclusionOf, publishCheckRun } from '../../src/github/check-run.js';
import type { CheckAnnotation } from '../../src/github/gateway.js';
import type { Finding, ParamRow } from '../../src/report/types.js';
import { FakeGateway } from './fake-gateway.js';

function finding(over: Partial<Finding>): Finding {
  return {
    id: 'F1',
    category: 'config_change',
    severity: 'major',
    area: 'training',
    title: 'learning rate raised 10x',
    evidence: [],
    rootCause: 'Parameter `optimizer.lr` changed from 0.001 to 0.01, and the evidence ties it to the regression.',
    fix: 'Revert `optimizer.lr` to 0.001.',
    verification: '',
    prevention: '',
    ...over,
  };
}

const params: ParamRow[] = [
  { key: 'optimizer.lr', baseline: 0.001, current: 0.01 },
  { key: 'seed', baseline: 1, current: 2 },
];

const patch = ['@@ -1,4 +1,4 @@', ' model: gbm', '-optimizer: { lr: 0.001, epochs: 20 }', '+optimizer: { lr: 0.01, epochs: 20 }', ' seed: 1', '@@ -10,2 +10,3 @@', ' data:', '+  lr_note: faster', '   path: x'].join('\n');

describe('addedLines', () => {
  it('numbers added lines in the new file across hunks', () => {
    expect(addedLines(patch)).toEqual([
      { line: 2, text: 'optimizer: { lr: 0.01, epochs: 20 }' },
      { line: 11, text: '  lr_note: faster' },
    ]);
  });

  it('ignores the no-newline marker', () => {
    expect(addedLines('@@ -1 +1 @@\n-a: 1\n\\ No newline at end of file\n+a: 2\n\\ No newline at end of file')).toEqual([{ line: 1, text: 'a: 2' }]);
  });
});

describe('annotationsFor', () => {
  it('annotates the changed line that sets a key a finding names', () => {
    const out = annotationsFor({ findings: [finding({})], params }, [{ path: 'configs/train.yaml', status: 'modified', patch }]);
    expect(out).toEqual([
      {
        path: 'configs/train.yaml',
        startLine: 2,
        endLine: 2,
        level: 'warning',
        title: 'ml-doctor F1: optimizer.lr 0.001 → 0.01',
        message: expect.stringContaining('Fix: Revert `optimizer.lr` to 0.001.') as string,
      },
    ]);
  });

  it('finds block-style YAML and JSON assignments', () => {
    const yaml = '@@ -3,2 +3,2 @@\n optimizer:\n-  lr: 0.001\n+  lr: 0.01';
    const json = '@@ -1,3 +1,3 @@\n {\n-  "lr": 0.001,\n+  "lr": 0.01,';
    const out = annotationsFor({ findings: [finding({ severity: 'critical' })], params }, [
      { path: 'params.yaml', status: 'modified', patch: yaml },
      { path: 'hparams.json', status: 'modified', patch: json },
    ]);
    expect(out.map((a) => [a.path, a.startLine, a.level])).toEqual([
      ['params.yaml', 4, 'failure'],
      ['hparams.json', 2, 'failure'],
    ]);
  });

  it('leaves alone keys no finding names, code files and removed files', () => {
    const seedPatch = '@@ -1 +1 @@\n-seed: 1\n+seed: 2';
    expect(
      annotationsFor({ findings: [finding({})], params }, [
        { path: 'params.yaml', status: 'modified', patch: seedPatch },
        { path: 'train.py', status: 'modified', patch: '@@ -1 +1 @@\n-lr = 0.001\n+lr = 0.01' },
        { path: 'old.yaml', status: 'removed', patch: '@@ -1 +0,0 @@\n-lr: 0.001' },
        { path: 'big.yaml', status: 'modified', patch: null },
      ]),
    ).toEqual([]);
  });

  it('does not take a key for a longer one that contains it', () => {
    const f = finding({ rootCause: 'Parameter `optimizer.lr_decay` changed.', fix: 'Revert it.' });
    expect(annotationsFor({ findings: [f], params }, [{ path: 'configs/train.yaml', status: 'modified', patch }])).toEqual([]);
  });
});

describe('publishCheckRun', () => {
  const annotation = (i: number): CheckAnnotation => ({ path: 'params.yaml', startLine: i, endLine: i, level: 'notice', title: `t${i}`, message: 'm' });

  it('sends at most 50 annotations per request: the first batch on creation, the rest as updates', async () => {
    const gw = new FakeGateway();
    const annotations = Array.from({ length: 120 }, (_, i) => annotation(i + 1));
    const r = await publishCheckRun(gw, { name: CHECK_NAME, headSha: 'c'.repeat(40), verdict: 'fail', title: 'fail: 1 critical', summary: 'report', annotations, detailsUrl: null });
    expect(r.requests).toBe(3);
    const [run] = gw.checkRuns;
    expect(run!.run).toMatchObject({ name: 'ml-doctor', headSha: 'c'.repeat(40), conclusion: 'failure' });
    expect([run!.run.output.annotations.length, ...run!.updates.map((u) => u.annotations.length)]).toEqual([ANNOTATIONS_PER_REQUEST, 50, 20]);
    expect(run!.updates.every((u) => u.title === 'fail: 1 critical' && u.summary === 'report')).toBe(true);
    expect([run!.run.output.annotations, ...run!.updates.map((u) => u.annotations)].flat()).toEqual(annotations);
  });

  it('creates the check run without annotations in one request', async () => {
    const gw = new FakeGateway();
    await publishCheckRun(gw, { name: CHECK_NAME, headSha: 'c'.repeat(40), verdict: 'pass', title: 'pass', summary: 's', annotations: [], detailsUrl: 'https://x/run' });
    expect(gw.count('createCheckRun')).toBe(1);
    expect(gw.count('updateCheckRun')).toBe(0);
  });

  it('maps the verdict to the conclusion: fail blocks, warn is neutral, pass succeeds', () => {
    expect([conclusionOf('fail'), conclusionOf('warn'), conclusionOf('pass')]).toEqual(['failure', 'neutral', 'success']);
  });
});
