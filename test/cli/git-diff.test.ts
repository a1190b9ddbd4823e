import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitDiffSource, verifyRefs } from '../../src/cli/git-diff.js';

let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'mld-git-'));
  git('init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'train.py'), 'model = build()\nlr = 0.02\nfit(model, lr)\n');
  writeFileSync(join(repo, 'old.txt'), 'x\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('tag', 'base');
  writeFileSync(join(repo, 'train.py'), 'model = build()\nlr = 0.2\nfit(model, lr)\n');
  git('rm', '-q', 'old.txt');
  writeFileSync(join(repo, 'new file.yaml'), 'a: 1\n');
  git('add', '.');
  git('commit', '-q', '-m', 'pr');
});

describe('the CLI diff source (git diff of two refs)', () => {
  it('lists the changed files with their status', async () => {
    const files = await gitDiffSource(repo, 'base', 'HEAD').files();
    expect(files).toEqual([
      { path: 'new file.yaml', status: 'added' },
      { path: 'old.txt', status: 'removed' },
      { path: 'train.py', status: 'modified' },
    ]);
  });

  it('gives the unified diff of one file', async () => {
    const diff = await gitDiffSource(repo, 'base', 'HEAD').diff('train.py');
    expect(diff).toContain('@@ -1,3 +1,3 @@');
    expect(diff).toContain('-lr = 0.02\n+lr = 0.2');
  });

  it('checks the refs before the review runs', async () => {
    expect(await verifyRefs(repo, 'base', 'HEAD')).toBeNull();
    expect(await verifyRefs(repo, 'nope', 'HEAD')).toBe(`'nope' is not a commit in ${repo}`);
    expect(await verifyRefs(repo, '--output=/tmp/x', 'HEAD')).toBe("'--output=/tmp/x' is not a git ref");
  });
});
