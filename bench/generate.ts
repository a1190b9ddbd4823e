// Writes a deterministic baseline/current pair of eval tables like a user's: one row per customer,
// 24 columns (id, label, pred, score, 12 numeric features, 8 segment columns), binary with
// scores, the same eval set scored by two models. The current model is worse for seg2 = s2_v0,
// whose feature x3 also moved (a broken upstream join), so every analysis does real work.
// The pair is written as CSV, as Parquet, or both (the same values: the Parquet file holds the
// numbers the CSV prints, rounded the same way). Nothing here is committed: `npm run bench`
// writes the files into a temporary directory.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { createRng } from '../src/analysis/stats/rng.js';

export const NUMERIC_FEATURES = 12;
export const SEGMENT_COLUMNS = 8;
export type TableFormat = 'csv' | 'parquet';

/**
 * Rows per Parquet row group: pyarrow's default (`df.to_parquet` writes groups of 1,048,576
 * rows), so the file is shaped like the one a pandas user would hand the tool.
 */
const PARQUET_ROW_GROUP = 1_048_576;

/** Standard normal from two uniforms (Box–Muller); deterministic given the rng. */
function normal(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

const HEADER = ['id', 'label', 'pred', 'score', ...Array.from({ length: NUMERIC_FEATURES }, (_, i) => `x${i}`), ...Array.from({ length: SEGMENT_COLUMNS }, (_, i) => `seg${i}`)];
const SEG_VALUES = Array.from({ length: SEGMENT_COLUMNS }, (_, c) => Array.from({ length: 3 + c }, (_, v) => `s${c}_v${v}`));

/** One generated row of one run: the values as the files hold them (scores to 6 decimals, features to 3). */
interface Row {
  id: number;
  label: number;
  pred: number;
  /** The score's text (6 decimals) and the features' texts (3 decimals): the CSV cells. */
  score: string;
  feats: string[];
  /** Index into SEG_VALUES[c] per segment column. */
  seg: Int32Array;
}

/** Generates `rows` rows and hands each to `visit(run, row)` for run 0 (baseline) and 1 (current). */
function generate(rows: number, seed: number, visit: (run: 0 | 1, row: Row) => void): void {
  const shared = createRng(seed);
  const noise = [createRng(seed + 101), createRng(seed + 202)];
  const x = new Float64Array(NUMERIC_FEATURES);
  const seg = new Int32Array(SEGMENT_COLUMNS);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < SEGMENT_COLUMNS; c++) seg[c] = Math.floor(shared() * SEG_VALUES[c]!.length);
    for (let j = 0; j < NUMERIC_FEATURES; j++) x[j] = normal(shared) * (1 + j) + 10 * j;
    const y = shared() < 0.3 ? 1 : 0;
    const hard = seg[2] === 0;
    for (let k = 0 as 0 | 1; k < 2; k++) {
      const cur = k === 1;
      const rng = noise[k]!;
      // The score is a noisy view of the label; the current model lost its signal on seg2 = s2_v0.
      const signal = cur && hard ? 0.08 : 0.35;
      const s = Math.min(0.999999, Math.max(0.000001, 0.5 + (y - 0.5) * signal * 2 + normal(rng) * 0.22));
      const feats: string[] = [];
      for (let j = 0; j < NUMERIC_FEATURES; j++) feats.push((cur && hard && j === 3 ? x[j]! + 2.5 : x[j]!).toFixed(3));
      visit(k, { id: r, label: y, pred: s >= 0.5 ? 1 : 0, score: s.toFixed(6), feats, seg });
    }
  }
}

/** Streams the pair as CSV (chunked writes, so memory stays flat at any size); returns the bytes of one file. */
function writeCsvPair(files: readonly [string, string], rows: number, seed: number): number {
  const fds = files.map((f) => openSync(f, 'w'));
  const header = HEADER.join(',') + '\n';
  for (const fd of fds) writeSync(fd, header);
  const chunk: string[][] = [[], []];
  let bytes = header.length * 2;
  let pending = 0;
  const flush = (): void => {
    for (let k = 0; k < 2; k++) {
      const s = chunk[k]!.join('');
      bytes += s.length;
      writeSync(fds[k]!, s);
      chunk[k] = [];
    }
    pending = 0;
  };
  generate(rows, seed, (k, row) => {
    const tail = Array.from(row.seg, (v, c) => SEG_VALUES[c]![v]!).join(',');
    chunk[k]!.push(`${row.id},${row.label},${row.pred},${row.score},${row.feats.join(',')},${tail}\n`);
    if (k === 1 && ++pending === 16384) flush();
  });
  flush();
  for (const fd of fds) closeSync(fd);
  return bytes / 2;
}

/**
 * Writes the pair as Parquet (hyparquet-writer, snappy, every column OPTIONAL as pandas/pyarrow
 * write them): id as INT64, label and pred as INT32,
 * score and features as DOUBLE, segments as dictionary-encoded strings. Returns the bytes of one file.
 */
function writeParquetPair(files: readonly [string, string], rows: number, seed: number): number {
  const cols = [0, 1].map(() => ({
    id: new BigInt64Array(rows),
    label: new Int32Array(rows),
    pred: new Int32Array(rows),
    score: new Float64Array(rows),
    x: Array.from({ length: NUMERIC_FEATURES }, () => new Float64Array(rows)),
    seg: Array.from({ length: SEGMENT_COLUMNS }, () => new Array<string>(rows)),
  }));
  let r = 0;
  generate(rows, seed, (k, row) => {
    const c = cols[k]!;
    c.id[r] = BigInt(row.id);
    c.label[r] = row.label;
    c.pred[r] = row.pred;
    c.score[r] = Number(row.score);
    for (let j = 0; j < NUMERIC_FEATURES; j++) c.x[j]![r] = Number(row.feats[j]);
    for (let j = 0; j < SEGMENT_COLUMNS; j++) c.seg[j]![r] = SEG_VALUES[j]![row.seg[j]!]!;
    if (k === 1) r++;
  });
  let bytes = 0;
  for (let k = 0; k < 2; k++) {
    const c = cols[k]!;
    const buffer = parquetWriteBuffer({
      rowGroupSize: PARQUET_ROW_GROUP,
      columnData: [
        { name: 'id', data: c.id, type: 'INT64' },
        { name: 'label', data: c.label, type: 'INT32' },
        { name: 'pred', data: c.pred, type: 'INT32' },
        { name: 'score', data: c.score, type: 'DOUBLE' },
        ...c.x.map((data, j) => ({ name: `x${j}`, data, type: 'DOUBLE' as const })),
        ...c.seg.map((data, j) => ({ name: `seg${j}`, data, type: 'STRING' as const })),
      ],
    });
    const buf = new Uint8Array(buffer);
    const fd = openSync(files[k]!, 'w');
    writeSync(fd, buf);
    closeSync(fd);
    bytes += buf.length;
  }
  return bytes / 2;
}

/**
 * Writes `<dir>/base/eval/predictions.<ext>` and `<dir>/current/eval/predictions.<ext>` in the
 * given format. Returns the two run directories and the size of one file in bytes.
 */
export function writePair(dir: string, rows: number, format: TableFormat = 'csv', seed = 1): { base: string; current: string; bytes: number } {
  const paths = { base: join(dir, 'base'), current: join(dir, 'current') };
  for (const p of [paths.base, paths.current]) mkdirSync(join(p, 'eval'), { recursive: true });
  const files = [join(paths.base, 'eval', `predictions.${format}`), join(paths.current, 'eval', `predictions.${format}`)] as const;
  const bytes = format === 'csv' ? writeCsvPair(files, rows, seed) : writeParquetPair(files, rows, seed);
  return { ...paths, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, rows, format] = [process.argv[2] ?? '.scratch/bench', Number(process.argv[3] ?? 1_000_000), (process.argv[4] ?? 'csv') as TableFormat];
  const t0 = performance.now();
  const r = writePair(dir, rows, format);
  console.log(`wrote ${rows} + ${rows} rows as ${format} (${(r.bytes / 1e6).toFixed(0)} MB each) to ${dir} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
