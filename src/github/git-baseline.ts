/**
 * Baseline source (2): the artifacts directory as committed at the merge base of the pull request
 * — for repositories that commit their metrics (DVC-style `metrics.json` / `params.yaml`). Uses
 * `git ls-tree` and `git cat-file` on the job's checkout and copies the files into a fresh
 * directory, so the rest of the pipeline reads them like any other run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { localDirSource, type ArtifactSource } from '../artifacts/source.js';

export interface GitBaselineRequest {
  /** The checkout (the job's workspace). */
  readonly cwd: string;
  /** The artifacts directory, relative to `cwd` or absolute inside it. */
  readonly dir: string;
  /** The base side: a commit sha (PR base tip, or the previous commit of a push). */
  readonly base: string;
  /** The base branch, tried as `origin/<baseRef>` when `base` is not in a shallow checkout. */
  readonly baseRef: string | null;
  /** Where the committed files are copied; created if missing. */
  readonly dest: string;
  /** Most bytes copied in all. */
  readonly maxBytes: number;
}

export type GitBaselineResult = { readonly ok: true; readonly source: ArtifactSource; readonly commit: string; readonly files: number } | { readonly ok: false; readonly reason: string };

const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1';
const SETUP_HINT = 'check out with `fetch-depth: 0` (actions/checkout) so the base commit is available';

function git(cwd: string, args: readonly string[]): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
}

function commitOf(cwd: string, rev: string): string | null {
  return git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])?.trim() || null;
}

export function gitBaseline(req: GitBaselineRequest): GitBaselineResult {
  const top = git(req.cwd, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return { ok: false, reason: 'the workspace is not a git checkout (add actions/checkout before ml-doctor)' };

  const base = commitOf(req.cwd, req.base) ?? (req.baseRef ? commitOf(req.cwd, `origin/${req.baseRef}`) : null);
  if (!base) return { ok: false, reason: `base commit ${req.base.slice(0, 12)} is not in the checkout; ${SETUP_HINT}` };
  const mergeBase = git(req.cwd, ['merge-base', base, 'HEAD'])?.trim();
  if (!mergeBase) return { ok: false, reason: `no merge base of ${base.slice(0, 12)} and HEAD in the checkout; ${SETUP_HINT}` };

  // Paths from the repository root, so the result does not depend on where the job runs.
  const absDir = resolve(req.cwd, req.dir);
  const relDir = relative(top, absDir).split(sep).join('/');
  if (relDir.startsWith('..') || isAbsolute(relDir)) return { ok: false, reason: `'${req.dir}' is outside the repository` };

  const listing = git(top, ['ls-tree', '-r', '-l', '-z', '--full-tree', mergeBase, '--', relDir === '' ? '.' : relDir]);
  if (listing === null) return { ok: false, reason: `git ls-tree failed at ${mergeBase.slice(0, 12)}` };
  const files: { path: string; blob: string; size: number }[] = [];
  for (const rec of listing.split('\0')) {
    // "<mode> <type> <object> <size>\t<path>"
    const m = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(rec);
    if (!m) continue;
    const [, mode, type] = m;
    // Only regular files: symlinks (120000) and submodules are not artifacts.
    if (type !== 'blob' || mode === '120000') continue;
    files.push({ path: m[5]!, blob: m[3]!, size: Number(m[4]) });
  }
  const shortDir = relDir === '' ? '.' : `${relDir}/`;
  if (files.length === 0) return { ok: false, reason: `nothing committed under ${shortDir} at merge base ${mergeBase.slice(0, 12)}` };
  const total = files.reduce((s, f) => s + f.size, 0);
  if (total > req.maxBytes) return { ok: false, reason: `${shortDir} at ${mergeBase.slice(0, 12)} holds ${total} bytes; at most ${req.maxBytes} are copied` };

  mkdirSync(req.dest, { recursive: true });
  let copied = 0;
  for (const f of files) {
    const data = (() => {
      try {
        return execFileSync('git', ['cat-file', 'blob', f.blob], { cwd: top, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: f.size + 1024 });
      } catch {
        return null;
      }
    })();
    if (data === null) continue;
    // A Git LFS pointer is not the file; reading it as metrics would mislead.
    if (data.subarray(0, LFS_POINTER.length).toString('latin1') === LFS_POINTER) continue;
    const rel = relDir === '' ? f.path : f.path.slice(relDir.length + 1);
    const target = join(req.dest, ...rel.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data, { flag: 'wx' });
    copied++;
  }
  if (copied === 0) return { ok: false, reason: `only Git LFS pointers under ${shortDir} at ${mergeBase.slice(0, 12)} (the files themselves are not in git)` };
  return { ok: true, source: localDirSource(req.dest, 'git', `${mergeBase.slice(0, 12)}:${shortDir}`), commit: mergeBase, files: copied };
}
