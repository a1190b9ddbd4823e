// A CSV read in pieces (parseCsvChunks) must be the table the whole-file scanner makes of the same
// bytes, wherever the pieces are cut and however short the reads; where it declines (null) or
// throws, the caller parses the whole file (parseTableFile), so errors stay as they were.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ColumnBuilder } from '../../src/artifacts/column-builder.js';
import { hasQuoteByte, parseCsvBytes, parseCsvChunks } from '../../src/artifacts/csv.js';
import type { ReadAt } from '../../src/artifacts/read-at.js';
import { parseTableFile, parseTableFrom } from '../../src/artifacts/parse-bytes.js';
import type { Table } from '../../src/artifacts/table.js';
import { InputError } from '../../src/errors.js';

const enc = (s: string) => new TextEncoder().encode(s);

/** Reads from `bytes` at most `step` bytes a call, as a read of a file may return fewer than asked. */
function reader(bytes: Uint8Array, step = Infinity): ReadAt {
  return (buf, offset, length, position) => {
    const n = Math.min(length, step, bytes.length - position);
    if (n <= 0) return 0;
    buf.set(bytes.subarray(position, position + n), offset);
    return n;
  };
}

type Outcome = { table: Table } | { error: string } | null;
function outcome(f: () => Table | null): Outcome {
  try {
    const t = f();
    return t && { table: t };
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    throw e;
  }
}

const BITS = ['\ufeff', '\r\n', '\n', '\n', '\n', '\r', ' ', '"', '""', ',', ',', ',', '0', '1', '-2', '3.25', '1e5', 'NaN', 'NA', '', 'x', 'abc', 'é', '😀', 'a,b\n', 'a,b,c\n', '1,2\n', '1,2,3\n', 'u,v\n'];
const NO_QUOTES = BITS.filter((b) => !b.includes('"'));
/** Mostly quote-free text (what the pieces take), sometimes with quotes (what they decline or finish at once). */
const csvText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...NO_QUOTES), { maxLength: 80 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...BITS), { maxLength: 80 }) },
).map((p) => p.join(''));

describe('parseCsvChunks', () => {
  it('is the whole-file table, or the whole-file error, or declines, for any bytes, pieces and reads', () => {
    const seen = { tables: 0, errors: 0 };
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 50 }), (text, chunk, step) => {
        const bytes = enc(text);
        const whole = outcome(() => parseCsvBytes('eval/p.csv', bytes));
        const pieces = outcome(() => parseCsvChunks('eval/p.csv', bytes.length, reader(bytes, step), chunk));
        if (pieces === null) return;
        expect(pieces).toEqual(whole);
        if ('table' in pieces) seen.tables++;
        else seen.errors++;
      }),
      { numRuns: 5000 },
    );
    // Not vacuous: many cases are read in pieces, to a table or to an error.
    expect(seen.tables).toBeGreaterThan(100);
    expect(seen.errors).toBeGreaterThan(500);
  });

  it('is the whole-file table for well-formed files of any shape, pieces and reads', () => {
    const cell = fc.constantFrom('', '0', '-1', '2.5', '1e3', 'NaN', 'NA', 'x', 'abc', 'é', '😀', ' 7 ', '12345678901234567890');
    const eol = fc.constantFrom('\n', '\r\n', '\n\n', '\r');
    const file = fc.record({
      bom: fc.boolean(),
      cols: fc.integer({ min: 1, max: 4 }),
      rows: fc.array(fc.tuple(fc.array(cell, { minLength: 4, maxLength: 4 }), eol), { minLength: 1, maxLength: 40 }),
      last: fc.boolean(),
    }).map(({ bom, cols, rows, last }) => {
      const head = Array.from({ length: cols }, (_, i) => `c${i}`).join(',');
      const body = rows.map(([cells, e], i) => cells.slice(0, cols).join(',') + (i < rows.length - 1 || last ? e : '')).join('');
      return `${bom ? '\ufeff' : ''}${head}\n${body}`;
    });
    let tables = 0;
    fc.assert(
      fc.property(file, fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 50 }), (text, chunk, step) => {
        const bytes = enc(text);
        const pieces = outcome(() => parseCsvChunks('eval/p.csv', bytes.length, reader(bytes, step), chunk));
        if (pieces === null) return;
        expect(pieces).toEqual(outcome(() => parseCsvBytes('eval/p.csv', bytes)));
        if ('table' in pieces) tables++;
      }),
      { numRuns: 3000 },
    );
    expect(tables).toBeGreaterThan(2000);
  });

  it('scans a large first piece in slices with the same table, or the same error on the same line', () => {
    // The first piece's rows go to the scanner in slices of 2, 4, 8, … KiB first (WARM_UP_SLICE_BYTES):
    // files of 4-60 KiB, read in pieces of 8 KiB to 1 MiB, put slice ends on every kind of row.
    const cell = fc.constantFrom('', '0', '-1', '2.5', '1e3', 'NaN', 'x', 'abc', 'é', '😀', '12345678901234567890');
    const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\n\n', '\r');
    const file = fc
      .record({
        cols: fc.integer({ min: 1, max: 6 }),
        wideHeader: fc.boolean(),
        rows: fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 7 }), eol), { minLength: 400, maxLength: 4000 }),
        bad: fc.option(fc.integer({ min: 0, max: 3999 })),
      })
      .map(({ cols, wideHeader, rows, bad }) => {
        // A header longer than the first slice, sometimes: that slice then holds no row.
        const head = Array.from({ length: cols }, (_, i) => (wideHeader ? `c${i}_${'h'.repeat(900)}` : `c${i}`)).join(',');
        // Rows of the header's width, but one (when `bad` is set) of another.
        const body = rows.map(([cells, e], i) => {
          const width = bad !== null && i === bad % rows.length ? (cols === 1 ? 2 : cols - 1) : cols;
          return Array.from({ length: width }, (_, k) => cells[k % cells.length]).join(',') + e;
        });
        return `${head}\n${body.join('')}`;
      });
    const seen = { tables: 0, errors: 0 };
    fc.assert(
      fc.property(file, fc.constantFrom(8192, 1 << 16, 1 << 20), (text, chunk) => {
        const bytes = enc(text);
        const pieces = outcome(() => parseCsvChunks('eval/p.csv', bytes.length, reader(bytes), chunk));
        expect(pieces).not.toBeNull();
        expect(pieces).toEqual(outcome(() => parseCsvBytes('eval/p.csv', bytes)));
        if ('table' in pieces!) seen.tables++;
        else seen.errors++;
      }),
      { numRuns: 150 },
    );
    expect(seen.tables).toBeGreaterThan(10);
    expect(seen.errors).toBeGreaterThan(10);
  });

  it('takes the usual eval table in pieces, and the rest at once after a quote', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${i},${i % 2},${(i * 0.37).toFixed(3)},${['eu', 'us', 'apac'][i % 3]},${i % 17 === 0 ? '' : i * 11}`);
    const plain = enc(`id,label,score,region,x\n${rows.join('\n')}\n`);
    for (const chunk of [64, 1000, 4096, 1 << 20]) {
      expect(parseCsvChunks('eval/p.csv', plain.length, reader(plain), chunk)).toEqual(parseCsvBytes('eval/p.csv', plain));
    }
    // A quoted cell (with a line feed) after the first piece.
    const quoted = [...rows];
    quoted[2500] = '2500,0,0.5,"us\nwest",7';
    const withQuote = enc(`id,label,score,region,x\n${quoted.join('\n')}\n`);
    const t = parseCsvChunks('eval/p.csv', withQuote.length, reader(withQuote), 4096);
    expect(t).toEqual(parseCsvBytes('eval/p.csv', withQuote));
    // A quote in the first piece: the whole-file path.
    expect(parseCsvChunks('eval/p.csv', withQuote.length, reader(withQuote), 1 << 20)).toBeNull();
  });

  it('sizes the columns within the margin of the rows, and stays right when rows get shorter', () => {
    // Rows of about the same length (ids of six digits): the estimate from the first piece holds.
    const rows = Array.from({ length: 20000 }, (_, i) => `${100000 + i},${((i * 7919) % 10007) / 1000},${(i * 31) % 97}`);
    const bytes = enc(`id,s,x\n${rows.join('\n')}\n`);
    const t = parseCsvChunks('eval/p.csv', bytes.length, reader(bytes), 8192)!;
    expect(t.nRows).toBe(20000);
    for (const c of t.columns) {
      const capacity = (c.kind === 'number' ? c.values.buffer.byteLength / 8 : c.codes.buffer.byteLength / 4);
      expect(capacity).toBeGreaterThanOrEqual(20000);
      expect(capacity).toBeLessThanOrEqual(Math.ceil(20000 * (1 + 1 / 32)) + 64);
    }
    // Long rows first, then short ones: the first estimate is low; the columns grow and hold every row.
    const long = Array.from({ length: 2000 }, (_, i) => `${i},${'9'.repeat(40)},${i}`);
    const short = Array.from({ length: 20000 }, (_, i) => `${i},1,2`);
    const skewed = enc(`id,s,x\n${[...long, ...short].join('\n')}\n`);
    expect(parseCsvChunks('eval/p.csv', skewed.length, reader(skewed), 4096)).toEqual(parseCsvBytes('eval/p.csv', skewed));
  });

  it('widens its buffer for a row longer than a piece', () => {
    const bytes = enc(`a,b\n1,${'x'.repeat(5000)}\n2,y\n`);
    expect(parseCsvChunks('eval/p.csv', bytes.length, reader(bytes, 100), 256)).toEqual(parseCsvBytes('eval/p.csv', bytes));
  });
});

describe('ColumnBuilder.reserve', () => {
  it('keeps every value whether it comes before or after the arrays took their size, numeric or text', () => {
    const fill = (b: ColumnBuilder, from: number, to: number, text: boolean) => {
      for (let i = from; i < to; i++) b.push(text ? `t${i % 5}` : i % 7 === 0 ? '' : String(i));
    };
    for (const text of [false, true]) {
      const early = new ColumnBuilder('c', 100);
      early.reserve(5000);
      fill(early, 0, 4000, text);
      const late = new ColumnBuilder('c', 1500);
      fill(late, 0, 1200, text);
      late.reserve(5000);
      fill(late, 1200, 4000, text);
      const plain = new ColumnBuilder('c', 4000);
      fill(plain, 0, 4000, text);
      expect(early.finish()).toEqual(plain.finish());
      expect(late.finish()).toEqual(plain.finish());
    }
  });
});

describe('parseTableFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mld-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): string => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const both = async (text: string) => {
    const p = file('p.csv', text);
    const take = () => enc(text);
    const settle = (x: Promise<Table>) => x.then((table) => ({ table }), (e: unknown) => ({ error: e instanceof InputError ? e.message : String(e) }));
    return [await settle(parseTableFile('eval/p.csv', p, take)), await settle(parseTableFrom('eval/p.csv', take))] as const;
  };

  it('reads a CSV file as parseTableFrom reads its bytes: tables, errors, a truncated last row', async () => {
    for (const text of [
      'id,label,score\n1,0,0.2\n2,1,0.9\n',
      'id,label,score\n1,0,0.2\n2,1\n3,0,0.1\n',
      'id,label,score\n1,0,0.2\n2,1,0.9\n3,0,0.',
      'id,label,score\n1,0,0.2\n2,1,0.9\n3,"0',
      '',
      'a,b\n',
    ]) {
      const [pieces, whole] = await both(text);
      expect(pieces).toEqual(whole);
    }
  });
});

describe('the quote search of the pieces (hasQuoteByte)', () => {
  it('finds a quote exactly inside the view it is given, wherever the view starts and ends', () => {
    // A SharedArrayBuffer, as the pieces of a large table are not, and an ArrayBuffer.
    for (const make of [(n: number) => new Uint8Array(new SharedArrayBuffer(n)), (n: number) => new Uint8Array(n)]) {
      const all = make(64);
      all.fill(0x61);
      all[3] = 34; // before the views below
      all[60] = 34; // after them
      expect(hasQuoteByte(all)).toBe(true);
      expect(hasQuoteByte(all.subarray(4, 60))).toBe(false);
      for (const at of [4, 5, 31, 58, 59]) {
        all[at] = 34;
        expect(hasQuoteByte(all.subarray(4, 60))).toBe(true);
        all[at] = 0x61;
      }
      expect(hasQuoteByte(all.subarray(10, 10))).toBe(false);
    }
  });

  it('agrees with a byte-by-byte search on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(40), fc.nat(40), (bytes, a, b) => {
        const from = Math.min(a, bytes.length);
        const to = Math.max(from, bytes.length - b);
        const view = bytes.subarray(from, to);
        expect(hasQuoteByte(view)).toBe(Array.prototype.includes.call(view, 34));
      }),
    );
  });
});
