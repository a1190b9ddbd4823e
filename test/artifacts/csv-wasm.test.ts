// The WebAssembly row loop (wasm/csv-scan.ts through src/artifacts/csv-wasm.ts, decision 0051) takes
// the usual rows of a CSV read in pieces; every table must be the JavaScript scanner's of the same
// bytes (parseCsvBytes, which never uses the module), bit for bit, and every error its error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvBytes, parseCsvChunks } from '../../src/artifacts/csv.js';
import { SCAN_ROWS, wasmScanCounts } from '../../src/artifacts/csv-wasm.js';
import type { ReadAt } from '../../src/artifacts/read-at.js';
import type { Table } from '../../src/artifacts/table.js';
import { InputError } from '../../src/errors.js';

const enc = (s: string) => new TextEncoder().encode(s);

function reader(bytes: Uint8Array): ReadAt {
  return (buf, offset, length, position) => {
    const n = Math.min(length, bytes.length - position);
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

/** The pieces' outcome, the whole file's, and the rows the module took and stopped at meanwhile. */
function both(text: string, chunk: number): { pieces: Outcome; whole: Outcome; took: number; stops: number; copied: number } {
  const bytes = enc(text);
  const before = { ...wasmScanCounts };
  const pieces = outcome(() => parseCsvChunks('eval/p.csv', bytes.length, reader(bytes), chunk));
  const took = wasmScanCounts.rows - before.rows;
  const stops = wasmScanCounts.stops - before.stops;
  const copied = wasmScanCounts.pieces - before.pieces;
  return { pieces, whole: outcome(() => parseCsvBytes('eval/p.csv', bytes)), took, stops, copied };
}

/** A deterministic pseudo-random sequence (xorshift), so that the large cases are the same every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** An eval table's rows: id, label, a 6-decimal score, signed 3-decimal features, an integer, and short segment values. */
function evalTable(rows: number, seed: number, opts: { eol?: string; segments?: number; odd?: number } = {}): string {
  const r = rng(seed);
  const eol = opts.eol ?? '\n';
  const segs = opts.segments ?? 6;
  const odd = opts.odd ?? 0;
  const oddCells = ['', 'NA', '-0', '.5', '5.', '-.25', '1e5', '+3', '007', '9007199254740993', '000000000000000000001', '0.12345678901234567890123'];
  const lines = ['id,label,score,x0,x1,count,seg_a,seg_b'];
  for (let i = 0; i < rows; i++) {
    const cells = [
      String(i),
      String(r() < 0.3 ? 1 : 0),
      r().toFixed(6),
      ((r() - 0.5) * 200).toFixed(3),
      (r() * 1e4).toFixed(2),
      String(Math.floor(r() * 1000)),
      `s${Math.floor(r() * segs)}`,
      ['eu', 'us', 'apac', 'latam', 'mea'][Math.floor(r() * 5)]!,
    ];
    if (odd > 0 && r() < odd) cells[1 + Math.floor(r() * 5)] = oddCells[Math.floor(r() * oddCells.length)]!;
    lines.push(cells.join(','));
  }
  return lines.join(eol) + eol;
}

describe('the WebAssembly row loop', () => {
  it('takes the rows of an eval table read in pieces, with the JavaScript scanner table', () => {
    // More rows in a piece than one call takes (SCAN_ROWS), and pieces of several sizes.
    const text = evalTable(3 * SCAN_ROWS + 123, 7);
    for (const chunk of [1 << 12, 1 << 16, 1 << 22]) {
      const { pieces, whole, took, stops } = both(text, chunk);
      expect(pieces).toEqual(whole);
      expect('table' in pieces!).toBe(true);
      // Every row but those that bring a segment value first (and the first piece's warm-up slices).
      expect(took).toBeGreaterThan(0.9 * 3 * SCAN_ROWS);
      expect(stops).toBeLessThan(200);
    }
  });

  it('is the JavaScript scanner for CRLF rows, a dictionary past 128 entries, and cells off its fast path', () => {
    for (const [i, opts] of [{ eol: '\r\n' }, { segments: 300 }, { odd: 0.02 }, { odd: 0.3, eol: '\r\n', segments: 200 }].entries()) {
      const { pieces, whole, took } = both(evalTable(20_000, 11 + i, opts), 1 << 16);
      expect(pieces).toEqual(whole);
      expect(took).toBeGreaterThan(0);
    }
  });

  it('gives the JavaScript scanner every row once most rows stop it (a column with many missing cells)', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i},${i % 3 === 0 ? '' : (i * 0.5).toFixed(1)},a`);
    const { pieces, whole, took, stops } = both(`id,x,s\n${rows.join('\n')}\n`, 1 << 16);
    expect(pieces).toEqual(whole);
    // It stops at a third of the rows: after the allowance it leaves the parse to JavaScript.
    expect(stops).toBeLessThan(6000);
    expect(took).toBeLessThan(15_000);
  });

  it('leaves a table with a column of long text to the JavaScript scanner at once', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},${(i * 0.25).toFixed(2)},comment number ${i % 40}`);
    const { pieces, whole, took, stops, copied } = both(`id,x,note\n${rows.join('\n')}\n`, 1 << 14);
    expect(pieces).toEqual(whole);
    // The first row stops it (every column starts numeric until a cell says otherwise); then the
    // long text leaves the rest to JavaScript without another copy or call (10 pieces here).
    expect(took).toBe(0);
    expect(stops).toBe(1);
    expect(copied).toBe(1);
  });

  it('is the JavaScript scanner table or error for any cells, widths and line ends', () => {
    // Mostly cells the module takes, else any of the cells its fast path must tell apart.
    const fastCell = fc.constantFrom('0', '1', '-1', '12.345', '-987.654321', '0.000001', 'a', 'ab', 'eu', 'abcdefgh', 'é');
    const anyCell = fc.constantFrom(
      '0', '1', '-1', '-0', '-0.0', '0.5', '.5', '5.', '-.5', '007', '12.345', '-987.654321', '+1', '1e5', '1.5E-3',
      '9007199254740991', '9007199254740992', '9007199254740993', '123456789012345678', '1234567890123456789',
      '000000000000000000001', '0.1234567890123456789012', '0.12345678901234567890123', '', 'NA', 'NaN', 'inf', ' 1', '1 ',
      'a', 'ab', 'abcdefgh', 'abcdefghi', 'é', 'éé', '😀', 'x-y', '-', '.', '..',
    );
    const cell = fc.oneof({ weight: 6, arbitrary: fastCell }, { weight: 1, arbitrary: anyCell });
    const eol = fc.constantFrom('\n', '\n', '\n', '\n', '\n', '\n', '\r\n', '\r', '\n\n');
    const file = fc
      .record({
        cols: fc.integer({ min: 1, max: 6 }),
        // Each column draws its cells mostly from a few of the cells: numbers, or short words.
        pools: fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 6, maxLength: 6 }),
        rows: fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 7, maxLength: 7 }), eol), { minLength: 1, maxLength: 300 }),
        bad: fc.option(fc.nat()),
      })
      .map(({ cols, pools, rows, bad }) => {
        const head = Array.from({ length: cols }, (_, i) => `c${i}`).join(',');
        const body = rows.map(([picks, e], i) => {
          const width = bad !== null && i === bad % rows.length ? cols + 1 : cols;
          return Array.from({ length: width }, (_, k) => pools[k % 6]![picks[k % 7]! % pools[k % 6]!.length]!).join(',') + e;
        });
        return `${head}\n${body.join('')}`;
      });
    let took = 0;
    fc.assert(
      fc.property(file, fc.constantFrom(64, 256, 4096), (text, chunk) => {
        const r = both(text, chunk);
        if (r.pieces === null) return;
        expect(r.pieces).toEqual(r.whole);
        took += r.took;
      }),
      { numRuns: 2000 },
    );
    // Not vacuous: the module took rows (about 2,000 here; a long text in a column that turned to
    // strings, a blank line or a lone CR ends its part in a small file).
    expect(took).toBeGreaterThan(1000);
  });
});
