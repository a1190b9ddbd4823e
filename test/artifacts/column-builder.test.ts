// ColumnBuilder allocates a column's numeric array at its full size only when the column is still
// numeric after its first rows, and its `missing` flags only at a missing cell; a table's columns
// with no missing cell share one all-zero array (issue 11). The columns must be those of a builder
// that allocated everything up front: checked here against plain arrays built cell by cell.
import { describe, expect, it, vi } from 'vitest';
import { ColumnBuilder, finishColumns, SHORT_HI, SHORT_LO } from '../../src/artifacts/column-builder.js';
import { parseCsvBytes } from '../../src/artifacts/csv.js';
import { SHARED_MIN_ROWS } from '../../src/artifacts/shared.js';

const MISSING = new Set(['', 'NA', 'N/A', 'null', 'NULL', 'None']);

/** What a column of these cells must hold: numbers and missing flags, or codes and a dictionary. */
function expected(cells: string[]): unknown {
  const numeric = cells.every((c) => MISSING.has(c) || (c.trim() === c && c !== '' && !Number.isNaN(Number(c))));
  if (numeric) return { kind: 'number', values: cells.map((c) => (MISSING.has(c) ? 'NaN' : Number(c))), missing: cells.map((c) => (MISSING.has(c) ? 1 : 0)) };
  const dict: string[] = [];
  const codes = cells.map((c) => {
    if (MISSING.has(c)) return -1;
    // The cases' numbers are written as String(Number(cell)) would, as a column turned text re-encodes them.
    if (!dict.includes(c)) dict.push(c);
    return dict.indexOf(c);
  });
  return { kind: 'string', codes, dict };
}

function built(cells: string[], capacity: number): unknown {
  const b = new ColumnBuilder('x', capacity);
  for (const c of cells) b.push(c);
  const [col] = finishColumns([b], cells.length);
  if (col!.kind === 'number') return { kind: 'number', values: Array.from(col!.values, (v) => (Number.isNaN(v) ? 'NaN' : v)), missing: Array.from(col!.missing) };
  return { kind: 'string', codes: Array.from(col!.codes), dict: [...col!.dict] };
}

describe('ColumnBuilder', () => {
  const rows = 5000;
  const cases: Record<string, string[]> = {
    'numbers only': Array.from({ length: rows }, (_, i) => String(i * 0.5)),
    'a missing cell after the first rows': Array.from({ length: rows }, (_, i) => (i === 3000 ? 'NA' : String(i))),
    'missing cells from the start': Array.from({ length: rows }, (_, i) => (i % 7 === 0 ? '' : String(-i))),
    'text from the first row': Array.from({ length: rows }, (_, i) => `v${i % 5}`),
    'text after many numbers and missing cells': Array.from({ length: rows }, (_, i) => (i === 4000 ? 'A' : i % 11 === 0 ? 'null' : String(i % 9))),
    // Codes widen from one byte to two at the 129th entry: while text arrives, and while numbers
    // seen so far are re-encoded as text.
    'text of 300 values, missing cells among them': Array.from({ length: rows }, (_, i) => (i % 13 === 0 ? '' : `v${(i * 7) % 300}`)),
    'text after 200 distinct numbers': Array.from({ length: rows }, (_, i) => (i === 4000 ? 'A' : String(i % 200))),
  };
  for (const [name, cells] of Object.entries(cases)) {
    it(`builds the same column with the right capacity, too small a one, and none: ${name}`, () => {
      for (const capacity of [rows, 100, 16]) expect(built(cells, capacity)).toEqual(expected(cells));
    });
  }

  it('keeps codes in the narrowest array that holds the dictionary: one byte, two, four', () => {
    const widthOf = (cells: string[]) => {
      const b = new ColumnBuilder('x', cells.length);
      for (const c of cells) b.push(c);
      const [col] = finishColumns([b], cells.length);
      if (col!.kind !== 'string') throw new Error('expected a string column');
      expect(Array.from(col!.codes, (c) => (c < 0 ? '' : col!.dict[c]))).toEqual(cells);
      return col!.codes.constructor;
    };
    const distinct = (k: number, n: number) => Array.from({ length: n }, (_, i) => (i % 17 === 0 ? '' : `v${(i * 7919) % k}`));
    expect(widthOf(distinct(128, 3000))).toBe(Int8Array);
    expect(widthOf(distinct(129, 3000))).toBe(Int16Array);
    expect(widthOf(distinct(32768, 70000))).toBe(Int16Array);
    expect(widthOf(distinct(40000, 70000))).toBe(Int32Array);
  });

  it('gives the numeric columns with no missing cell of one table a shared all-zero array', () => {
    const n = SHARED_MIN_ROWS + 10;
    const lines = ['a,b,c,d'];
    for (let i = 0; i < n; i++) lines.push(`${i},${i * 2},${i === 7 ? '' : i},t${i % 3}`);
    const t = parseCsvBytes('eval/p.csv', new TextEncoder().encode(lines.join('\n') + '\n'));
    const [a, b, c, d] = t.columns;
    if (a!.kind !== 'number' || b!.kind !== 'number' || c!.kind !== 'number') throw new Error('expected numeric columns');
    expect(d!.kind).toBe('string');
    expect(a!.missing.buffer).toBe(b!.missing.buffer);
    expect(a!.missing.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(a!.missing.every((v) => v === 0)).toBe(true);
    expect(a!.missing.length).toBe(n);
    // A column with a missing cell has flags of its own.
    expect(c!.missing.buffer).not.toBe(a!.missing.buffer);
    expect(Array.from(c!.missing.subarray(5, 9))).toEqual([0, 0, 1, 0]);
  });
});

describe('ColumnBuilder.pushShort', () => {
  /** A cell's bytes as the CSV scanner reads them: two little-endian words over 8 bytes, masked to the cell. */
  function words(cell: string, after = 'zzzzzzzz'): [number, number, number, Uint8Array] {
    const bytes = new TextEncoder().encode(cell + after);
    const n = new TextEncoder().encode(cell).length;
    const v = new DataView(bytes.buffer);
    return [v.getInt32(0, true) & SHORT_LO[n]!, v.getInt32(4, true) & SHORT_HI[n]!, n, bytes];
  }

  it('finds every dictionary entry of up to 8 bytes by its words, without the byte-range lookup', () => {
    const b = new ColumnBuilder('seg', 16);
    const values = ['a', 'bb', 's0_v1', 'é', '日本', 'abcdefgh', 'x'];
    b.push('text');
    for (const v of values) b.push(v);
    const slow = vi.spyOn(b, 'pushRange');
    for (const v of [...values].reverse()) {
      const [lo, hi, n, bytes] = words(v);
      b.pushShort(lo, hi, n, bytes, 0, n);
    }
    expect(slow).not.toHaveBeenCalled();
    const col = b.finish();
    expect(col.kind === 'string' && Array.from(col.codes)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('hands a value it does not hold to pushRange, which adds it', () => {
    const b = new ColumnBuilder('seg', 16);
    b.push('s0_v1');
    const slow = vi.spyOn(b, 'pushRange');
    // A prefix, a longer value, the same bytes with another length, a missing token.
    for (const v of ['s0_v', 's0_v10', 'NA', 's0_v2']) {
      const [lo, hi, n, bytes] = words(v);
      b.pushShort(lo, hi, n, bytes, 0, n);
    }
    expect(slow).toHaveBeenCalledTimes(4);
    const col = b.finish();
    expect(col.kind === 'string' && [Array.from(col.codes), col.dict]).toEqual([[0, 1, 2, -1, 3], ['s0_v1', 's0_v', 's0_v10', 's0_v2']]);
  });

  it('stops serving words once an entry is longer than 8 bytes', () => {
    const b = new ColumnBuilder('seg', 16);
    b.push('short');
    expect(b.matchesShort).toBe(true);
    b.push('a_longer_value');
    expect(b.matchesShort).toBe(false);
    expect(b.matchesRanges).toBe(true);
  });
});
