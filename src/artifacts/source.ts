/**
 * Where a run's bytes come from. The local directory is the only source the CLI needs; the Action
 * adds a downloaded artifact and `git show` (they end as local directories too).
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError } from '../errors.js';
import type { ReadBuffer } from './read-buffer.js';

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
  /**
   * The file's bytes in `buffer`'s reused memory, valid until the buffer's next take: for a parse
   * in this thread that keeps nothing of them (see ReadBuffer). Optional; readBytes otherwise.
   */
  readBytesInto?(relPath: string, buffer: ReadBuffer): Uint8Array;
  /** The file's path on this machine, for a parse worker to read it itself. Optional. */
  localPath?(relPath: string): string;
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
    localPath(relPath: string) {
      return join(dir, relPath);
    },
    readBytesInto(relPath: string, buffer: ReadBuffer) {
      const fd = openSync(join(dir, relPath), 'r');
      try {
        const size = fstatSync(fd).size;
        const out = buffer.take(size);
        let off = 0;
        for (let got = 1; off < size && got > 0; off += got) got = readSync(fd, out, off, size - off, off);
        return off === size ? out : out.subarray(0, off);
      } finally {
        closeSync(fd);
      }
    },
  };
}
