/**
 * Where a run's bytes come from. The local directory is the only source the CLI needs; the Action
 * adds a downloaded artifact and `git show` (they end as local directories too).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError } from '../errors.js';

export interface ArtifactSource {
  /** Human-readable origin for messages and report.json (`path`, `artifact`, `git`). */
  readonly kind: 'path' | 'artifact' | 'git';
  readonly ref: string;
  /** Every file below the root, relative, forward slashes. */
  list(): string[];
  /** The file's text. */
  read(relPath: string): string;
  /** The file's bytes (Parquet, and tables handed to a parse worker). */
  readBytes(relPath: string): Uint8Array;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'ml-doctor-report', '__pycache__', '.venv']);
const MAX_FILES = 20000;

export function localDirSource(dir: string, kind: ArtifactSource['kind'] = 'path', ref = dir): ArtifactSource {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new InputError(dir, null, 'directory does not exist');
  }
  if (!st.isDirectory()) throw new InputError(dir, null, 'is not a directory');
  return {
    kind,
    ref,
    list() {
      const out: string[] = [];
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
          if (out.length >= MAX_FILES) return;
          if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name)) walk(join(d, e.name));
          } else if (e.isFile()) out.push(relative(dir, join(d, e.name)).split('\\').join('/'));
        }
      };
      walk(dir);
      return out;
    },
    read(relPath: string) {
      return readFileSync(join(dir, relPath), 'utf8');
    },
    readBytes(relPath: string) {
      return readFileSync(join(dir, relPath));
    },
  };
}
