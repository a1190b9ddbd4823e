// Writes a deterministic baseline/current pair of eval CSVs like a user's: one row per customer,
// 24 columns (id, label, pred, score, 12 numeric features, 8 segment columns), binary with
// scores, the same eval set scored by two models. The current model is worse for seg2 = s2_v0,
// whose feature x3 also moved (a broken upstream join), so every analysis does real work.
// Nothing here is committed: `npm run bench` writes the files into a temporary directory.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../src/analysis/stats/rng.js';

export const NUMERIC_FEATURES = 12;
export const SEGMENT_COLUMNS = 8;

/** Standard normal from two uniforms (Box–Muller); deterministic given the rng. */
function normal(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Writes `<dir>/base/eval/predictions.csv` and `<dir>/current/eval/predictions.csv`. */
export function writePair(dir: string, rows: number, seed = 1): { base: string; current: string; bytes: number } {
  const paths = { base: join(dir, 'base'), current: join(dir, 'current') };
  const fds: number[] = [];
  for (const p of [paths.base, paths.current]) {
    mkdirSync(join(p, 'eval'), { recursive: true });
    fds.push(openSync(join(p, 'eval', 'predictions.csv'), 'w'));
  }
  const header = ['id', 'label', 'pred', 'score', ...Array.from({ length: NUMERIC_FEATURES }, (_, i) => `x${i}`), ...Array.from({ length: SEGMENT_COLUMNS }, (_, i) => `seg${i}`)].join(',') + '\n';
  for (const fd of fds) writeSync(fd, header);
  const shared = createRng(seed);
  const noise = [createRng(seed + 101), createRng(seed + 202)];
  const segValues = Array.from({ length: SEGMENT_COLUMNS }, (_, c) => Array.from({ length: 3 + c }, (_, v) => `s${c}_v${v}`));
  const chunk: string[][] = [[], []];
  let bytes = header.length * 2;
  const flush = (): void => {
    for (let k = 0; k < 2; k++) {
      const s = chunk[k]!.join('');
      bytes += s.length;
      writeSync(fds[k]!, s);
      chunk[k] = [];
    }
  };
  const x = new Float64Array(NUMERIC_FEATURES);
  const seg = new Int32Array(SEGMENT_COLUMNS);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < SEGMENT_COLUMNS; c++) seg[c] = Math.floor(shared() * segValues[c]!.length);
    for (let j = 0; j < NUMERIC_FEATURES; j++) x[j] = normal(shared) * (1 + j) + 10 * j;
    const y = shared() < 0.3 ? 1 : 0;
    const hard = seg[2] === 0;
    const tail = [...seg].map((v, c) => segValues[c]![v]!).join(',');
    for (let k = 0; k < 2; k++) {
      const cur = k === 1;
      const rng = noise[k]!;
      // The score is a noisy view of the label; the current model lost its signal on seg2 = s2_v0.
      const signal = cur && hard ? 0.08 : 0.35;
      const s = Math.min(0.999999, Math.max(0.000001, 0.5 + (y - 0.5) * signal * 2 + normal(rng) * 0.22));
      const feats: string[] = [];
      for (let j = 0; j < NUMERIC_FEATURES; j++) {
        const v = cur && hard && j === 3 ? x[j]! + 2.5 : x[j]!;
        feats.push(v.toFixed(3));
      }
      chunk[k]!.push(`${r},${y},${s >= 0.5 ? 1 : 0},${s.toFixed(6)},${feats.join(',')},${tail}\n`);
    }
    if ((r & 16383) === 16383) flush();
  }
  flush();
  for (const fd of fds) closeSync(fd);
  return { ...paths, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, rows] = [process.argv[2] ?? '.scratch/bench', Number(process.argv[3] ?? 1_000_000)];
  const t0 = performance.now();
  const r = writePair(dir, rows);
  console.log(`wrote ${rows} + ${rows} rows (${(r.bytes / 1e6).toFixed(0)} MB) to ${dir} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
