// distinctCount of a number column under a small limit compares with the values seen so far
// instead of a Set: the same count (SameValueZero: one NaN, -0 = 0), the same early answer.
import { describe, expect, it } from 'vitest';
import { distinctCount, type NumberColumn, type StringColumn } from '../../src/artifacts/table.js';

function bySet(col: NumberColumn, limit: number): number {
  const s = new Set<number>();
  for (let i = 0; i < col.values.length; i++) {
    if (col.missing[i]) continue;
    s.add(col.values[i]!);
    if (s.size > limit) return s.size;
  }
  return s.size;
}

describe('distinctCount of number columns', () => {
  it('equals the Set count for any values and limit, NaN, -0 and missing cells included', () => {
    let seed = 5;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    // Integers on both sides of the small-integer marks (fewDistinct), and past 2^32.
    const pool = [0, -0, 1, 2.5, -3, NaN, Infinity, -Infinity, 1e-300, 7, 1023, 1024, 2 ** 32 - 1, 2 ** 32];
    let checked = 0;
    let capped = 0;
    for (let t = 0; t < 3000; t++) {
      const n = Math.floor(rnd() * 40);
      const spread = 1 + Math.floor(rnd() * 60);
      const values = Float64Array.from({ length: n }, () => (rnd() < 0.5 ? pool[Math.floor(rnd() * pool.length)]! : Math.floor(rnd() * spread)));
      const missing = Uint8Array.from({ length: n }, () => (rnd() < 0.1 ? 1 : 0));
      const col: NumberColumn = { kind: 'number', name: 'x', values, missing };
      for (const limit of [0, 1, 2, 5, 51, 64, 65, Infinity]) {
        const want = bySet(col, limit);
        expect(distinctCount(col, limit), `limit ${limit}`).toBe(want);
        if (want > limit) capped++;
        checked++;
      }
    }
    expect(checked).toBe(24000);
    // Both the early answer and the full count were exercised.
    expect(capped).toBeGreaterThan(1000);
    expect(checked - capped).toBeGreaterThan(1000);
  });
});

describe('distinctCount of string columns', () => {
  it('equals the count of distinct codes, with entries never used and missing cells, for any limit', () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    let stoppedEarly = 0;
    for (let t = 0; t < 2000; t++) {
      const n = Math.floor(rnd() * 50);
      const dictSize = Math.floor(rnd() * 12);
      // Codes from a prefix of the dictionary (a table cut from a longer one) or from all of it.
      const used = rnd() < 0.3 ? Math.floor(rnd() * (dictSize + 1)) : dictSize;
      const codes = Int32Array.from({ length: n }, () => (used === 0 || rnd() < 0.1 ? -1 : Math.floor(rnd() * used)));
      const dict = Array.from({ length: dictSize }, (_, i) => (i === 0 && rnd() < 0.2 ? '' : `v${i}`));
      const col: StringColumn = { kind: 'string', name: 's', codes, dict };
      const distinct = new Set([...codes].filter((c) => c >= 0)).size;
      for (const limit of [0, 1, 3, 51, Infinity]) {
        expect(distinctCount(col, limit), `limit ${limit}`).toBe(Math.min(distinct, limit + 1));
      }
      // Every entry seen before the last row: the count stops there.
      if (distinct === dictSize && dictSize > 0 && new Set([...codes.subarray(0, n - 1)].filter((c) => c >= 0)).size === dictSize) stoppedEarly++;
    }
    expect(stoppedEarly).toBeGreaterThan(200);
  });
});
