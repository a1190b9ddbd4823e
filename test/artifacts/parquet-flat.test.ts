// The direct reader of flat Parquet columns (parquet-flat.ts) must give exactly the columns
// hyparquet's general reader gives through parquet.ts — value for value, the same missing cells,
// the same dictionary order — on every layout it takes: nulls or none, REQUIRED or OPTIONAL,
// PLAIN or dictionary pages, v2 pages (hyparquet-writer) and v1 pages (DuckDB, as pyarrow writes
// them by default), many pages and row groups, snappy or uncompressed. Columns it does not cover
// fall back to hyparquet and must still come out the same.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { ByteWriter, parquetWrite } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseParquet, parseParquetDirect, parseParquetRanges } from '../../src/artifacts/parquet.js';
import type { ReadAt } from '../../src/artifacts/read-at.js';
import { readFlatColumn } from '../../src/artifacts/parquet-flat.js';
import { hybridModuleCounts, snappyModuleCounts } from '../../src/artifacts/parquet-wasm.js';
import type { Column } from '../../src/artifacts/table.js';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A column as plain arrays, NaN and −0 kept apart (Object.is), so toEqual compares every bit that matters. */
const plain = (c: Column) =>
  c.kind === 'number'
    ? { name: c.name, kind: c.kind, values: Array.from(c.values, (v) => (Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v)), missing: Array.from(c.missing) }
    : { name: c.name, kind: c.kind, codes: Array.from(c.codes), dict: [...c.dict] };

/** Parses both ways and checks they agree; returns how many columns the direct reader took. */
async function sameBothWays(bytes: Uint8Array): Promise<number> {
  const direct = await parseParquet('t.parquet', bytes);
  const reference = await parseParquet('t.parquet', bytes, { direct: false });
  expect(direct.nRows).toBe(reference.nRows);
  expect(direct.columns.map(plain)).toEqual(reference.columns.map(plain));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const meta = parquetMetadata(buffer);
  const file = new Uint8Array(buffer);
  let taken = 0;
  for (const el of meta.schema.slice(1)) {
    const kind = direct.columns.find((c) => c.name === el.name)!.kind;
    if (readFlatColumn(file, meta, el, kind, Number(meta.num_rows)) !== null) taken++;
  }
  // From memory reused from file to file (a view at an offset into a larger buffer, overwritten
  // right after): the same columns when the direct reader takes them all, else null (the loader
  // then reads the file into memory of its own for hyparquet).
  const pool = new Uint8Array(bytes.byteLength + 64);
  pool.set(bytes, 32);
  const transient = parseParquetDirect('t.parquet', pool.subarray(32, 32 + bytes.byteLength));
  pool.fill(0xa5);
  if (taken === meta.schema.length - 1) expect(transient!.columns.map(plain)).toEqual(reference.columns.map(plain));
  else expect(transient).toBeNull();
  // Read range by range (footer, then column chunks) through reads that return at most 1,000
  // bytes: the same columns, or null, as from memory.
  const ranged = parseParquetRanges('t.parquet', bytes.length, rangeReader(bytes, 1000));
  if (taken === meta.schema.length - 1) expect(ranged!.columns.map(plain)).toEqual(reference.columns.map(plain));
  else expect(ranged).toBeNull();
  return taken;
}

/** Reads from `bytes` at most `step` bytes a call, and nothing from offset `stopAt` on (a file cut short). */
function rangeReader(bytes: Uint8Array, step: number, stopAt = Infinity): ReadAt {
  return (buf, offset, length, position) => {
    const n = Math.min(length, step, Math.min(bytes.length, stopAt) - position);
    if (n <= 0) return 0;
    buf.set(bytes.subarray(position, position + n), offset);
    return n;
  };
}

async function writeFile(columnData: unknown[], options: Record<string, unknown>): Promise<Uint8Array> {
  const writer = new ByteWriter();
  await parquetWrite({ writer, columnData, statistics: false, ...options } as Parameters<typeof parquetWrite>[0]);
  return new Uint8Array(writer.getBuffer());
}

/** Random columns of every covered kind, with nulls at rate `nulls`, '' and unicode among the text. */
function randomColumns(rnd: () => number, n: number, nulls: number, required: boolean) {
  const maybe = <T>(f: () => T): (T | null)[] => Array.from({ length: n }, () => (!required && rnd() < nulls ? null : f()));
  const words = ['a', 'b', '', 'Zürich', '東京', '\uFEFFbom', 'x'.repeat(70)];
  const special = [NaN, -0, 0, Infinity, -Infinity, 1e308, 5e-324];
  return [
    { name: 'i32', data: maybe(() => Math.floor(rnd() * 2 ** 32) - 2 ** 31), type: 'INT32', nullable: !required },
    { name: 'i32few', data: maybe(() => Math.floor(rnd() * 3)), type: 'INT32', nullable: !required, encoding: 'RLE_DICTIONARY' },
    // INT64 beyond 2^53 (rounded as Number(BigInt) rounds), negative ones too.
    { name: 'i64', data: maybe(() => BigInt(Math.floor((rnd() - 0.5) * 2 ** 52)) * BigInt(1 + Math.floor(rnd() * 4096)) + BigInt(Math.floor(rnd() * 4096))), type: 'INT64', nullable: !required },
    { name: 'f64', data: maybe(() => (rnd() < 0.1 ? special[Math.floor(rnd() * special.length)]! : (rnd() - 0.5) * 1e6)), type: 'DOUBLE', nullable: !required },
    { name: 'f64dict', data: maybe(() => Math.floor(rnd() * 20) / 4), type: 'DOUBLE', nullable: !required, encoding: 'RLE_DICTIONARY' },
    { name: 'f32', data: maybe(() => Math.fround((rnd() - 0.5) * 100)), type: 'FLOAT', nullable: !required },
    { name: 'txt', data: maybe(() => words[Math.floor(rnd() * words.length)]!), type: 'STRING', nullable: !required, encoding: 'RLE_DICTIONARY' },
    { name: 'txtplain', data: maybe(() => `id-${Math.floor(rnd() * n * 2)}`), type: 'STRING', nullable: !required, encoding: 'PLAIN' },
  ];
}

describe('readFlatColumn', () => {
  it.each([
    { seed: 1, n: 1000, nulls: 0.2, required: false, codec: 'SNAPPY', pageSize: 1048576, rowGroupSize: 100000 },
    { seed: 2, n: 5000, nulls: 0, required: false, codec: 'SNAPPY', pageSize: 512, rowGroupSize: 1777 },
    { seed: 3, n: 3000, nulls: 0, required: true, codec: 'UNCOMPRESSED', pageSize: 1000, rowGroupSize: [100, 1000] },
    { seed: 4, n: 4000, nulls: 0.9, required: false, codec: 'UNCOMPRESSED', pageSize: 300, rowGroupSize: 999 },
    { seed: 5, n: 1, nulls: 0, required: false, codec: 'SNAPPY', pageSize: 1048576, rowGroupSize: 100000 },
  ])('reads v2 pages as hyparquet does (seed $seed: $n rows, nulls $nulls, required $required, $codec, pages of $pageSize bytes)', async ({ seed, n, nulls, required, codec, pageSize, rowGroupSize }) => {
    const bytes = await writeFile(randomColumns(lcg(seed), n, nulls, required), { codec, pageSize, rowGroupSize });
    const pages = hybridModuleCounts.pages;
    const snappyPages = snappyModuleCounts.pages;
    // Every column here is one the direct reader covers: the comparison is not with itself.
    expect(await sameBothWays(bytes)).toBe(8);
    // Dictionary pages with a value in every row went through the WebAssembly module.
    if (nulls === 0) expect(hybridModuleCounts.pages).toBeGreaterThan(pages);
    // Snappy pages were decompressed by the snappy module (the reference by hysnappy).
    expect(snappyModuleCounts.pages > snappyPages).toBe(codec === 'SNAPPY');
    // The numeric columns without a null share one all-zero mask; a column with a null has its own.
    const direct = parseParquetDirect('t.parquet', bytes)!;
    const numeric = direct.columns.filter((c) => c.kind === 'number');
    const full = numeric.filter((c) => c.missing.every((m) => m === 0));
    for (const c of full) expect(c.missing).toBe(full[0]!.missing);
    for (const c of numeric) if (!full.includes(c)) expect(full.some((f) => f.missing === c.missing)).toBe(false);
    if (nulls === 0) expect(full.length).toBe(6);
  });

  describe('v1 pages (DuckDB)', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'mld-pq-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each(['snappy', 'uncompressed', 'zstd'])('reads a %s file with nulls, dictionaries, several row groups and pages as hyparquet does', async (codec) => {
      const file = join(dir, `v1-${codec}.parquet`);
      const inst = await DuckDBInstance.create(':memory:');
      const conn = await inst.connect();
      try {
        await conn.run(`COPY (
          SELECT i AS id,
                 CASE WHEN i % 7 = 3 THEN NULL ELSE (i * 7919) % 1000 - 500 END::INTEGER AS small,
                 CASE WHEN i % 5 = 1 THEN NULL ELSE (i * 104729) % 100003 * 1.5e-3 END::DOUBLE AS x,
                 CASE WHEN i % 11 = 2 THEN NULL ELSE ((i * 31) % 1000)::FLOAT / 8 END::FLOAT AS f,
                 (i::BIGINT * 300000000000007 - 4500000000000000000) AS big,
                 CASE WHEN i % 13 = 4 THEN NULL WHEN i % 17 = 0 THEN '' ELSE 'seg_' || (i % 9)::VARCHAR END AS seg,
                 'row-' || i::VARCHAR AS label_text
          FROM range(30000) t(i)
        ) TO '${file}' (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE 8192)`);
      } finally {
        conn.closeSync();
        inst.closeSync();
      }
      const bytes = new Uint8Array(readFileSync(file));
      const taken = await sameBothWays(bytes);
      expect(taken).toBeGreaterThanOrEqual(6);
    });
  });

  it('declines the columns it does not cover (booleans, timestamps), and parseParquet reads them through hyparquet', async () => {
    const n = 50;
    const bytes = await writeFile(
      [
        { name: 'flag', data: Array.from({ length: n }, (_, i) => (i % 3 === 0 ? null : i % 2 === 0)), type: 'BOOLEAN' },
        { name: 'when', data: Array.from({ length: n }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i))), type: 'TIMESTAMP' },
        { name: 'x', data: Array.from({ length: n }, (_, i) => i / 3), type: 'DOUBLE' },
      ],
      {},
    );
    expect(await sameBothWays(bytes)).toBe(1);
  });

  it('declines a file read range by range that is cut short or not Parquet, for the whole-file path to report', async () => {
    const bytes = await writeFile(randomColumns(lcg(9), 2000, 0.1, false), { codec: 'SNAPPY', pageSize: 700, rowGroupSize: 600 });
    expect(parseParquetRanges('t.parquet', bytes.length, rangeReader(bytes, 4096))).not.toBeNull();
    // Reads that stop halfway (the file shrank under us): no column is decoded from stale bytes.
    expect(parseParquetRanges('t.parquet', bytes.length, rangeReader(bytes, 4096, bytes.length >> 1))).toBeNull();
    // The footer cut off, a size beyond the file, and bytes that are not Parquet.
    expect(parseParquetRanges('t.parquet', bytes.length - 3, rangeReader(bytes.subarray(0, bytes.length - 3), 4096))).toBeNull();
    expect(parseParquetRanges('t.parquet', bytes.length + 100, rangeReader(bytes, 4096))).toBeNull();
    const text = new TextEncoder().encode('id,label\n1,0\n'.repeat(20));
    expect(parseParquetRanges('t.parquet', text.length, rangeReader(text, 4096))).toBeNull();
  });
});
