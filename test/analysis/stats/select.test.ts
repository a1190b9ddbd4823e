import { describe, expect, it } from 'vitest';
import { selectInPlace } from '../../../src/analysis/stats/select.js';
import { createRng } from '../../../src/analysis/stats/rng.js';

/** Numeric order with -0 before +0 (a total order of the values, for comparing multisets). */
const total = (x: number, y: number): number => x - y || (Object.is(x, -0) ? -1 : 0) - (Object.is(y, -0) ? -1 : 0);

/** The value of rank k by a full sort (numeric order). */
function bySort(values: readonly number[], k: number): number {
  return [...values].sort((a, b) => a - b)[k]!;
}

describe('selectInPlace', () => {
  const rng = createRng(11);
  const patterns: Record<string, (n: number) => number[]> = {
    random: (n) => Array.from({ length: n }, () => rng() * 1000 - 500),
    // Rounded values: long runs of equal values, the case the three-way partition is for.
    rounded: (n) => Array.from({ length: n }, () => Math.round(rng() * 20) / 4),
    sorted: (n) => Array.from({ length: n }, (_, i) => i * 0.5),
    reversed: (n) => Array.from({ length: n }, (_, i) => n - i),
    equal: (n) => Array.from({ length: n }, () => 3),
    organPipe: (n) => Array.from({ length: n }, (_, i) => Math.min(i, n - 1 - i)),
    zeros: (n) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -0 : i % 3 === 1 ? 0 : i - n / 2)),
  };

  for (const [name, make] of Object.entries(patterns)) {
    it(`finds every rank of ${name} values as a sort does, and partitions around it`, () => {
      for (const n of [1, 2, 17, 300, 5000]) {
        const values = make(n);
        for (const k of new Set([0, Math.floor(n / 100), Math.floor(n / 2), Math.floor((99 * (n - 1)) / 100), n - 1])) {
          const a = Float64Array.from(values);
          const got = selectInPlace(a, k);
          // -0 and +0 are one value here.
          expect(got === bySort(values, k)).toBe(true);
          expect(a[k] === got).toBe(true);
          for (let i = 0; i < k; i++) expect(a[i]! <= got).toBe(true);
          for (let i = k + 1; i < n; i++) expect(a[i]! >= got).toBe(true);
          // The same values, -0 and +0 each as many times as before.
          expect([...a].sort(total)).toEqual([...values].sort(total));
        }
      }
    });
  }

  it('selects a second rank in the part above a first, as the drift histogram does', () => {
    const values = patterns.rounded!(20000);
    const a = Float64Array.from(values);
    const r1 = 199;
    const r2 = 19799;
    expect(selectInPlace(a, r1)).toBe(bySort(values, r1));
    expect(selectInPlace(a, r2, r1, a.length)).toBe(bySort(values, r2));
  });

  it('refuses a rank outside the range', () => {
    expect(() => selectInPlace(new Float64Array(3), 3)).toThrow(RangeError);
    expect(() => selectInPlace(new Float64Array(3), 0, 1)).toThrow(RangeError);
  });
});
