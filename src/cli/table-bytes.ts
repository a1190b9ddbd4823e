/**
 * The bytes of table files under a command's run directories, read by the command's entry
 * (src/cli.ts) to decide on the early parse worker (early-worker.ts) before the program loads.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TABLE = /\.(csv|jsonl|parquet)$/i;
/** Directories a run's artifacts never sit in (as the artifact listing skips them). */
const SKIP = new Set(['.git', 'node_modules']);

/** Bytes of table files below `dirs`, counted until `limit` is reached; unreadable entries count 0. */
export function tableBytes(dirs: readonly string[], limit: number): number {
  let total = 0;
  const walk = (d: string, depth: number): void => {
    if (total >= limit || depth > 8) return;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (total >= limit) return;
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(p, depth + 1);
      } else if (TABLE.test(e.name)) {
        try {
          total += statSync(p).size;
        } catch {
          // counted as 0: the review itself reports the file.
        }
      }
    }
  };
  for (const d of dirs) walk(d, 0);
  return total;
}
