import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitBaseline } from '../../src/github/git-baseline.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } }).trim();
const dest = () => join(mkdtempSync(join(tmpdir(), 'mld-gitb-')), 'run');

/** main: metrics committed at accuracy 0.90; feature branch (checked out): 0.85, plus a later main commit. */
let repo: string;
let baseTip: string;
let mergeBase: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'mld-repo-'));
  git(repo, 'init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'artifacts/eval'), { recursive: true });
  writeFileSync(join(repo, 'artifacts/metrics.json'), '{"test": {"accuracy": 0.90}}\n');
  writeFileSync(join(repo, 'artifacts/eval/predictions.csv'), 'label,pred\n1,1\n');
  writeFileSync(join(repo, 'train.py'), 'print(1)\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'base');
  mergeBase = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(repo, 'artifacts/metrics.json'), '{"test": {"accuracy": 0.85}}\n');
  git(repo, 'commit', '-q', '-am', 'pr');
  git(repo, 'checkout', '-q', 'main');
  writeFileSync(join(repo, 'artifacts/metrics.json'), '{"test": {"accuracy": 0.91}}\n');
  git(repo, 'commit', '-q', '-am', 'main moves on');
  baseTip = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', 'feature');
});

describe('gitBaseline', () => {
  it('reads the artifacts directory as committed at the merge base, not at the base tip', () => {
    const r = gitBaseline({ cwd: repo, dir: 'artifacts', base: baseTip, baseRef: 'main', dest: dest(), maxBytes: 1e6 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.commit).toBe(mergeBase);
    expect(r.source.kind).toBe('git');
    expect(r.source.ref).toBe(`${mergeBase.slice(0, 12)}:artifacts/`);
    expect(r.source.list()).toEqual(['eval/predictions.csv', 'metrics.json']);
    expect(r.source.read('metrics.json')).toBe('{"test": {"accuracy": 0.90}}\n');
  });

  it('accepts the directory written as ./artifacts/', () => {
    const r = gitBaseline({ cwd: repo, dir: './artifacts/', base: baseTip, baseRef: 'main', dest: dest(), maxBytes: 1e6 });
    expect(r.ok && r.files).toBe(2);
  });

  it('explains a base commit missing from a shallow checkout and how to fix it', () => {
    const r = gitBaseline({ cwd: repo, dir: 'artifacts', base: 'f'.repeat(40), baseRef: null, dest: dest(), maxBytes: 1e6 });
    expect(r).toEqual({ ok: false, reason: 'base commit ffffffffffff is not in the checkout; check out with `fetch-depth: 0` (actions/checkout) so the base commit is available' });
  });

  it('says when nothing is committed under the directory', () => {
    const r = gitBaseline({ cwd: repo, dir: 'outputs', base: baseTip, baseRef: 'main', dest: dest(), maxBytes: 1e6 });
    expect(r).toEqual({ ok: false, reason: `nothing committed under outputs/ at merge base ${mergeBase.slice(0, 12)}` });
  });

  it('refuses to copy more than the size limit', () => {
    const r = gitBaseline({ cwd: repo, dir: 'artifacts', base: baseTip, baseRef: 'main', dest: dest(), maxBytes: 10 });
    expect(!r.ok && r.reason).toMatch(/holds \d+ bytes; at most 10 are copied$/);
  });

  it('says when the workspace is not a git checkout', () => {
    const r = gitBaseline({ cwd: mkdtempSync(join(tmpdir(), 'mld-nogit-')), dir: 'artifacts', base: baseTip, baseRef: 'main', dest: dest(), maxBytes: 1e6 });
    expect(r).toEqual({ ok: false, reason: 'the workspace is not a git checkout (add actions/checkout before ml-doctor)' });
  });
});
