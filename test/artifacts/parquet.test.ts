// Parquet eval tables (CONTRACT §1): read into the same columns as the CSV reader, reviewed the
// same, and bad files reported as one line naming the file. Fixtures: test/fixtures/parquet/make.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/artifacts/csv.js';
import { loadRun } from '../../src/artifacts/load.js';
import { parseParquet } from '../../src/artifacts/parquet.js';
import type { Column } from '../../src/artifacts/table.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { InputError } from '../../src/errors.js';
import { review } from '../../src/review.js';
import { memorySource } from '../helpers/memory-source.js';

const dir = join(import.meta.dirname, '../fixtures/parquet');
const fixture = (name: string): Uint8Array => readFileSync(join(dir, name));

/** A column as plain arrays, so a CSV and a Parquet column compare whatever their buffers' capacity. */
const plain = (c: Column) => (c.kind === 'number' ? { name: c.name, kind: c.kind, values: Array.from(c.values), missing: Array.from(c.missing) } : { name: c.name, kind: c.kind, codes: Array.from(c.codes), dict: [...c.dict] });

async function rejection(p: Promise<unknown>): Promise<InputError> {
  const e: unknown = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
  return e;
}

describe('parseParquet', () => {
  it.each(['types.snappy.parquet', 'types.uncompressed.parquet'])('reads %s (int64, int32, double, float, bool, dictionary strings, nulls) into the columns the CSV of the same values gives', async (file) => {
    const fromParquet = await parseParquet(file, fixture(file));
    const fromCsv = parseCsv('types.csv', readFileSync(join(dir, 'types.csv'), 'utf8'));
    expect(fromParquet.nRows).toBe(40);
    expect(fromParquet.columns.map(plain)).toEqual(fromCsv.columns.map(plain));
    // The fixture really has nulls in every nullable kind, so the comparison covers them.
    for (const c of fromParquet.columns.slice(1)) expect(c.kind === 'number' ? c.missing.includes(1) : c.codes.includes(-1)).toBe(true);
  });

  it('keeps numbers in typed arrays and strings as dictionary codes', async () => {
    const t = await parseParquet('t.parquet', fixture('types.snappy.parquet'));
    const byName = new Map(t.columns.map((c) => [c.name, c]));
    const id = byName.get('id')!;
    expect(id.kind === 'number' && id.values instanceof Float64Array).toBe(true);
    const city = byName.get('city')!;
    if (city.kind !== 'string') throw new Error('city should be a string column');
    // Four entries: codes of one byte (StringCodes).
    expect(city.codes).toBeInstanceOf(Int8Array);
    expect([...city.dict].sort()).toEqual(['Kyiv', 'Lima', 'Lyon', 'Oslo']);
    const flag = byName.get('flag')!;
    expect(flag.kind === 'string' && [...flag.dict].sort()).toEqual(['false', 'true']);
  });

  it('reports a truncated file as not readable, naming the file', async () => {
    const bytes = fixture('types.snappy.parquet');
    const e = await rejection(parseParquet('eval/predictions.parquet', bytes.subarray(0, bytes.length - 10)));
    expect(e.message).toMatch(/^eval\/predictions\.parquet: not a readable Parquet file \(.+\)$/);
  });

  it('reports damaged page data as undecodable, naming the file', async () => {
    const bytes = new Uint8Array(fixture('types.uncompressed.parquet'));
    bytes.fill(0xff, 8, 600);
    const e = await rejection(parseParquet('eval/predictions.parquet', bytes));
    expect(e.message).toMatch(/^eval\/predictions\.parquet:column '\w+': cannot decode Parquet data \(.+\)$/);
  });

  it('names an unsupported codec', async () => {
    const e = await rejection(parseParquet('eval/p.parquet', fixture('lzo.parquet')));
    expect(e.message).toBe("eval/p.parquet:column 'id': cannot decode Parquet data (parquet unsupported compression codec: LZO)");
  });

  it('refuses a nested column by name', async () => {
    const e = await rejection(parseParquet('eval/p.parquet', fixture('nested.parquet')));
    expect(e.message).toMatch(/^eval\/p\.parquet:column 'tags': nested Parquet columns .* are not supported/);
  });

  it('reports a CSV file saved under a .parquet name as not Parquet', async () => {
    const e = await rejection(parseParquet('eval/p.parquet', fixture('types.csv')));
    expect(e.message).toMatch(/not a readable Parquet file/);
  });
});

/** The pair of the review fixture, as files of one format. */
const pair = (format: 'parquet' | 'csv') => {
  const files = (run: string) => ({ [`eval/predictions.${format}`]: fixture(`${format === 'parquet' ? 'review' : 'review-csv'}/${run}/eval/predictions.${format}`) });
  return { baseline: memorySource(files('base'), 'base'), current: memorySource(files('current'), 'current') };
};

describe('a Parquet eval table in a review', () => {
  it('gives the same report as the same data written as CSV', async () => {
    const fromParquet = await review({ config: DEFAULT_CONFIG, ...pair('parquet') });
    const fromCsv = await review({ config: DEFAULT_CONFIG, ...pair('csv') });
    expect(fromParquet.problems).toEqual([]);
    // The fixture's regression is found, so the comparison is between two real reviews.
    expect(fromCsv.report.findings.some((f) => f.category === 'segment_regression' && f.segment?.column === 'region' && f.segment.value === 'EU')).toBe(true);
    const normalised = JSON.stringify(fromParquet.report).replaceAll('predictions.parquet', 'predictions.csv');
    expect(JSON.parse(normalised)).toEqual(JSON.parse(JSON.stringify(fromCsv.report)));
  });

  it('turns a corrupt Parquet file into one load problem and reviews the rest', async () => {
    const bytes = fixture('review/current/eval/predictions.parquet');
    const current = memorySource({ 'eval/predictions.parquet': bytes.subarray(0, 1000), 'metrics.json': '{"accuracy": 0.9}' }, 'cur');
    const run = await loadRun(current, DEFAULT_CONFIG);
    expect(run.problems).toEqual([{ file: 'cur/eval/predictions.parquet', message: 'cur/eval/predictions.parquet: not a readable Parquet file (parquet file invalid (footer != PAR1))' }]);
    expect(run.metrics).toHaveLength(1);
    expect(run.evals).toEqual([]);
  });
});
