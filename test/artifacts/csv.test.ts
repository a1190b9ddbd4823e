import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/artifacts/csv.js';
import { InputError } from '../../src/errors.js';

describe('parseCsv', () => {
  it('reads numbers into Float64Array and strings into dictionary codes', () => {
    const t = parseCsv('eval/p.csv', 'id,label,score,region\n1,1,0.9,EU\n2,0,0.2,US\n3,1,0.7,EU\n');
    expect(t.nRows).toBe(3);
    const score = t.columns[2]!;
    expect(score.kind).toBe('number');
    if (score.kind === 'number') expect(Array.from(score.values)).toEqual([0.9, 0.2, 0.7]);
    const region = t.columns[3]!;
    expect(region.kind).toBe('string');
    if (region.kind === 'string') {
      expect(region.dict).toEqual(['EU', 'US']);
      expect(Array.from(region.codes)).toEqual([0, 1, 0]);
    }
  });

  it('keeps literal NaN and inf as numbers but marks empty cells missing', () => {
    const t = parseCsv('log.csv', 'epoch,loss\n1,0.5\n2,NaN\n3,inf\n4,\n');
    const loss = t.columns[1]!;
    if (loss.kind !== 'number') throw new Error('expected number column');
    expect(Number.isNaN(loss.values[1]!)).toBe(true);
    expect(loss.missing[1]).toBe(0);
    expect(loss.values[2]).toBe(Infinity);
    expect(loss.missing[3]).toBe(1);
  });

  it('handles quoted fields with commas, quotes and newlines, and CRLF line ends', () => {
    const t = parseCsv('a.csv', 'id,text\r\n1,"a, b"\r\n2,"say ""hi"""\r\n3,"two\nlines"\r\n');
    const text = t.columns[1]!;
    if (text.kind !== 'string') throw new Error('expected string column');
    expect(text.dict).toEqual(['a, b', 'say "hi"', 'two\nlines']);
  });

  it('turns a column with a non-numeric cell into a categorical column', () => {
    const t = parseCsv('a.csv', 'code\n1\n2\nA\n');
    const c = t.columns[0]!;
    expect(c.kind).toBe('string');
    if (c.kind === 'string') expect(Array.from(c.codes).map((k) => c.dict[k])).toEqual(['1', '2', 'A']);
  });

  it('encodes string cells the same whether the dictionary is small or outgrows the in-place lookup', () => {
    // 600 distinct values (past the range table's 512), repeated, with near-collisions and missing tokens.
    const values = Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? `v${i}` : i % 3 === 1 ? `x${i}y` : `é${i}`));
    const cells: string[] = [];
    for (let r = 0; r < 3000; r++) cells.push(r % 97 === 0 ? 'NA' : r % 89 === 0 ? '' : values[(r * 7) % (r < 1500 ? 40 : 600)]!);
    const t = parseCsv('t.csv', 'c,n\n' + cells.map((c, r) => `${c},${r}`).join('\n') + '\n');
    const col = t.columns[0]!;
    if (col.kind !== 'string') throw new Error('expected a string column');
    const decoded = Array.from(col.codes, (code) => (code < 0 ? null : col.dict[code]));
    expect(decoded).toEqual(cells.map((c) => (c === 'NA' || c === '' ? null : c)));
    expect(new Set(col.dict).size).toBe(col.dict.length);
  });

  it('rejects a ragged row naming the file and line', () => {
    expect(() => parseCsv('eval/p.csv', 'a,b\n1,2\n3\n')).toThrowError(new InputError('eval/p.csv', 'line 3', 'row has 1 fields, header has 2'));
    expect(() => parseCsv('eval/p.csv', 'a,b\n1,2,3\n')).toThrow(/eval\/p.csv:line 2: row has more than/);
  });

  it('rejects an empty file and a header without rows', () => {
    expect(() => parseCsv('e.csv', '')).toThrow(/e.csv: empty CSV file/);
    expect(() => parseCsv('e.csv', 'a,b\n')).toThrow(/e.csv: CSV has a header but no data rows/);
  });

  it('rejects duplicate column names', () => {
    expect(() => parseCsv('e.csv', 'a,a\n1,2\n')).toThrow(/line 1, column 2: duplicate column name 'a'/);
  });
});
