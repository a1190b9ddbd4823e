// Row ids are kept as hashes of their text (row-ids.ts). A numeric id is hashed from its digits
// without making the string, so it must hash exactly as its text does: a baseline whose id column
// parsed as numbers still pairs with a current run whose ids are text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString, rowIdsFromText, rowIdsOf, sameIdSequence } from '../../src/artifacts/row-ids.js';
import { cellText, numberColumn, stringColumn } from '../../src/artifacts/table.js';
import { pairRows } from '../../src/analysis/performance/prepare.js';
import { makeView } from '../analysis/performance/helpers.js';

const hashesOf = (ids: { h1: Uint32Array; h2: Uint32Array }, i: number) => [ids.h1[i], ids.h2[i]];

describe('rowIdsOf', () => {
  it('hashes a numeric id as hashString of its text, for every safe integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (v) => {
        const ids = rowIdsOf(numberColumn('id', [v]), 1);
        expect(hashesOf(ids, 0)).toEqual(hashString(String(v)));
      }),
      { numRuns: 2000 },
    );
  });

  it('hashes the edge values, fractions and non-finite numbers as their text', () => {
    const values = [0, -0, 1, -1, 9, 10, 99, 100, 2 ** 31 - 1, -(2 ** 31 - 1), 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, 0.5, -2.25, NaN, Infinity, -Infinity];
    const col = numberColumn('id', values);
    const ids = rowIdsOf(col, values.length);
    values.forEach((_, i) => {
      expect(hashesOf(ids, i)).toEqual(hashString(cellText(col, i)));
      expect(ids.text(i)).toBe(cellText(col, i));
    });
  });

  it('marks missing and empty ids, in number and text columns', () => {
    const nums = rowIdsOf(numberColumn('id', [1, null, 3]), 3);
    expect(Array.from(nums.empty)).toEqual([0, 1, 0]);
    expect(nums.text(1)).toBe('');
    const texts = rowIdsOf(stringColumn('id', ['a', '', null, 'b']), 4);
    expect(Array.from(texts.empty)).toEqual([0, 1, 1, 0]);
    expect(hashesOf(texts, 3)).toEqual(hashString('b'));
    expect(hashesOf(texts, 2)).toEqual(hashString(''));
  });

  it('gives the same ids whether the column was read as numbers or as text', () => {
    const a = rowIdsOf(numberColumn('id', [7, 12, -3]), 3);
    const b = rowIdsOf(stringColumn('id', ['7', '12', '-3']), 3);
    expect(sameIdSequence(a, b)).toBe(true);
    expect(sameIdSequence(a, rowIdsFromText(['7', '12', '-4']))).toBe(false);
    expect(sameIdSequence(a, rowIdsFromText(['7', '12']))).toBe(false);
  });
});

describe('rowIdsOf of a column with the last hashed column’s cells', () => {
  // Issue 11: the current run's id column is the baseline's bytes as a rule; its hashes are then
  // the baseline's arrays, and each column's text stays its own.
  const fresh = (col: Parameters<typeof rowIdsOf>[0], n: number) => {
    // The same hashes with no memo to hit: a column of other cells hashed in between.
    rowIdsOf(stringColumn('other', Array.from({ length: n + 1 }, (_, i) => `o${i}`)), n + 1);
    return rowIdsOf(col, n);
  };

  it('shares the hashes of equal cells, and hashes anything else afresh (property, numbers and text)', () => {
    const cell = fc.constantFrom<number | null>(0, -0, 1, 7, 2 ** 40, 0.5, NaN, null);
    // The second column is the first with a few cells swapped (often none), or one cell longer.
    const cells = fc.array(fc.tuple(cell, cell, fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(cells, fc.boolean(), (rows, longer) => {
        const a = rows.map((r) => r[0]);
        const second = [...rows.map((r) => (r[2] === 0 ? r[1] : r[0])), ...(longer ? [1] : [])];
        const asText = (v: number | null) => (v === null ? '' : Number.isNaN(v) ? 'NaN' : String(v));
        const sameNumbers = a.length === second.length && a.every((v, i) => Object.is(v, second[i]));
        const sameTexts = a.length === second.length && a.every((v, i) => asText(v) === asText(second[i]!));
        for (const [make, bytesEqual] of [
          [(name: string, vs: (number | null)[]) => numberColumn(name, vs), sameNumbers],
          [(name: string, vs: (number | null)[]) => stringColumn(name, vs.map(asText)), sameTexts],
        ] as const) {
          const ca = make('id', a);
          const cb = make('id', second);
          const ia = rowIdsOf(ca, a.length);
          const ib = rowIdsOf(cb, second.length);
          const want = fresh(cb, second.length);
          expect(Array.from(ib.h1)).toEqual(Array.from(want.h1));
          expect(Array.from(ib.h2)).toEqual(Array.from(want.h2));
          expect(Array.from(ib.empty)).toEqual(Array.from(want.empty));
          for (let i = 0; i < second.length; i++) expect(ib.text(i)).toBe(cellText(cb, i));
          // Shared exactly when the bytes are the same (a numeric -0 against a 0 is hashed again: same text, other bytes).
          expect(ib.h1 === ia.h1).toBe(bytesEqual);
        }
      }),
      {
        numRuns: 300,
        // A missing cell against a NaN one (the same value bytes, other masks), -0 against 0, equal columns.
        examples: [
          [[[null, NaN, 0]], false],
          [[[-0, 0, 0]], false],
          [[[7, 7, 1], [null, 0, 1]], false],
        ],
      },
    );
  });
});

describe('pairRows on hashed ids', () => {
  const y = [0, 1, 0, 1, 1, 0, 1, 0, 0, 1];
  const rows = Int32Array.from(y, (_, i) => i);
  it('pairs a shuffled current run row by row with its baseline ids', () => {
    const base = makeView({ y, pred: y, ids: y.map((_, i) => `r${i}`) });
    const order = [3, 0, 9, 1, 2, 8, 4, 7, 5, 6];
    const cur = makeView({ y: order.map((i) => y[i]!), pred: order.map((i) => y[i]!), ids: order.map((i) => `r${i}`) });
    const p = pairRows(base, rows, cur, rows);
    expect(p.paired).toBe(true);
    if (!p.paired) return;
    for (let k = 0; k < p.base.length; k++) expect(cur.ids!.text(p.cur[k]!)).toBe(base.ids!.text(p.base[k]!));
  });

  it('still refuses duplicate ids', () => {
    const ids = y.map((_, i) => `r${i}`);
    const base = makeView({ y, pred: y, ids: [...ids.slice(0, 9), 'r0'] });
    const cur = makeView({ y, pred: y, ids: [...ids].reverse() });
    expect(pairRows(base, rows, cur, rows)).toMatchObject({ paired: false, reason: 'duplicate_ids' });
  });
});
