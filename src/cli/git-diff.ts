/**
 * The CLI's `PullRequestDiff`: `git diff` between two refs of the repository the CLI runs in
 * (`--diff-base REF`, `--diff-head REF`, default HEAD). Read-only: external diff drivers and
 * text conversion filters are switched off, so a repository's config runs nothing, and a path
 * is looked up only when it is one of the changed files.
 */
import { execFile } from 'node:child_process';
import type { ChangedFileSummary, PullRequestDiff } from '../query/port.js';

const MAX_BUFFER = 8 * 2 ** 20;
const STATUS: Readonly<Record<string, string>> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };

function git(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-c', 'core.quotepath=off', ...args], { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`git ${args[0]} failed: ${stderr.trim().split('\n')[0] ?? err.message}`));
      else resolve(stdout);
    });
  });
}

/** Checks that both refs name commits, so a typo is an input error before the review runs. */
export async function verifyRefs(cwd: string, base: string, head: string): Promise<string | null> {
  for (const ref of [base, head]) {
    if (ref.startsWith('-')) return `'${ref}' is not a git ref`;
    try {
      await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    } catch {
      return `'${ref}' is not a commit in ${cwd}`;
    }
  }
  return null;
}

export function gitDiffSource(cwd: string, base: string, head: string): PullRequestDiff {
  let files: Promise<ChangedFileSummary[]> | undefined;
  return {
    files() {
      files ??= git(cwd, ['diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', base, head, '--']).then((out) => {
        const parts = out.split('\0').filter((p) => p !== '');
        const list: ChangedFileSummary[] = [];
        for (let i = 0; i < parts.length; ) {
          const code = parts[i++]!;
          const letter = code[0] ?? 'M';
          // Renames and copies list the old path, then the new one.
          const path = letter === 'R' || letter === 'C' ? (i++, parts[i++]!) : parts[i++]!;
          if (path !== undefined) list.push({ path, status: STATUS[letter] ?? 'modified' });
        }
        return list;
      });
      return files;
    },
    async diff(path) {
      const out = await git(cwd, ['diff', '--no-ext-diff', '--no-textconv', '--no-color', base, head, '--', path]);
      return out === '' || /^Binary files /m.test(out) ? null : out;
    },
  };
}
