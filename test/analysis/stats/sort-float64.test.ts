// sortFloat64InPlace (two-sample.ts): the counting sort of integer columns and the radix sort of
// the rest give what Float64Array.prototype.sort gives (ascending, -0 before +0, NaN last).
import { describe, expect, it } from 'vitest';
import { sortFloat64InPlace } from '../../../src/analysis/stats/two-sample.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function sameAsBuiltin(values: Float64Array): void {
  const expected = Float64Array.from(values).sort();
  const got = sortFloat64InPlace(Float64Array.from(values));
  // Bit for bit: Object.is tells -0 from +0 and matches NaN.
  expect(got.length).toBe(expected.length);
  for (let i = 0; i < got.length; i++) if (!Object.is(got[i], expected[i])) expect([i, got[i]]).toEqual([i, expected[i]]);
}

describe('sortFloat64InPlace', () => {
  const n = 5000; // above the size where the builtin sort is used directly
  it('sorts distinct integers (an id column), in any order, as the builtin does', () => {
    const r = rng(1);
    const ids = Float64Array.from({ length: n }, (_, i) => 1000 + i);
    sameAsBuiltin(ids);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    sameAsBuiltin(ids);
    // Distinct with gaps, negative values, and a few repeats among them.
    sameAsBuiltin(Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 3 * i - 9000 : 3 * (i - (i % 2)) - 9000)));
  });

  it('sorts repeated small integers (labels, codes) and mixes of once and many', () => {
    const r = rng(2);
    sameAsBuiltin(Float64Array.from({ length: n }, () => (r() < 0.3 ? 1 : 0)));
    sameAsBuiltin(Float64Array.from({ length: n }, () => Math.floor(r() * 40) - 20));
    sameAsBuiltin(Float64Array.from({ length: n }, (_, i) => (i < n / 2 ? i : 7)));
  });

  it('falls back for -0, fractions, NaN and wide ranges, with the same result', () => {
    const r = rng(3);
    sameAsBuiltin(Float64Array.from({ length: n }, (_, i) => (i % 11 === 0 ? -0 : Math.floor(r() * 10))));
    sameAsBuiltin(Float64Array.from({ length: n }, () => r() * 100 - 50));
    sameAsBuiltin(Float64Array.from({ length: n }, (_, i) => (i % 13 === 0 ? NaN : Math.floor(r() * 1e9))));
    sameAsBuiltin(Float64Array.from({ length: n }, (_, i) => (i % 2 ? 2 ** 21 : 0)));
  });
});

describe('sortFloat64InPlace on a decimal grid', () => {
  const n = 5000;
  /** A k-decimal number as a CSV reader gives it: the text parsed, not m · 10^-k computed. */
  const decimal = (m: number, k: number): number => Number((m / 10 ** k).toFixed(k));

  it('sorts k-decimal values (k = 1 to 9) as the builtin does, with repeats, negatives, -0 and NaN', () => {
    const r = rng(4);
    for (const k of [1, 2, 3, 6, 9]) {
      const steps = 20000;
      sameAsBuiltin(Float64Array.from({ length: n }, () => decimal(Math.floor(r() * steps) - steps / 2, k)));
      sameAsBuiltin(
        Float64Array.from({ length: n }, (_, i) => (i % 17 === 0 ? NaN : i % 23 === 0 ? -0 : decimal(Math.floor(r() * 300) - 150, k))),
      );
    }
    // Wider grids than the counting sort walks: a radix sort of the grid indices (up to 2^22 steps),
    // one pass and two, with −0 and NaN among them.
    sameAsBuiltin(Float64Array.from({ length: n }, (_, i) => (i % 29 === 0 ? NaN : i % 31 === 0 ? -0 : decimal(Math.floor(r() * 1e6) - 5e5, 6))));
    sameAsBuiltin(Float64Array.from({ length: 2048 }, () => decimal(Math.floor(r() * 40000), 3)));
    sameAsBuiltin(Float64Array.from({ length: n }, () => decimal(Math.floor(r() * 4e6), 2)));
    // Only -0s and +0s, and a column that starts with NaNs.
    sameAsBuiltin(Float64Array.from({ length: n }, (_, i) => (i % 3 ? 0 : -0)));
    sameAsBuiltin(Float64Array.from({ length: n }, (_, i) => (i < 100 ? NaN : decimal(Math.floor(r() * 1000), 2))));
  });

  it('falls back when a later value has more decimals, when the grid is wide, or at ±Infinity, with the same result', () => {
    const r = rng(5);
    // The first values are on a grid of 10^-1, a later one is not: the full pass sees it.
    sameAsBuiltin(Float64Array.from({ length: n }, (_, i) => (i === n - 7 ? 0.123 : decimal(Math.floor(r() * 100), 1))));
    // Sums that print as short decimals but are not the parsed decimal (0.1 + 0.2 ≠ 0.3).
    sameAsBuiltin(Float64Array.from({ length: n }, () => decimal(Math.floor(r() * 10), 1) + 0.2));
    // Ten million steps of 10^-6: wider than the grid sorts take.
    sameAsBuiltin(Float64Array.from({ length: n }, () => decimal(Math.floor(r() * 1e7), 6)));
    // The sample is narrow, the column is not.
    sameAsBuiltin(Float64Array.from({ length: n }, (_, i) => decimal(i < 100 ? Math.floor(r() * 10) : Math.floor(r() * 1e8), 2)));
    sameAsBuiltin(Float64Array.from({ length: n }, (_, i) => (i === 9 ? Infinity : i === 10 ? -Infinity : decimal(i % 50, 2))));
    // Large magnitudes with decimals.
    sameAsBuiltin(Float64Array.from({ length: n }, () => 1e9 + decimal(Math.floor(r() * 1000), 3)));
  });

  it('leaves the values untouched when it falls back midway (the radix sort then sorts them)', () => {
    const r = rng(6);
    const values = Float64Array.from({ length: n }, () => decimal(Math.floor(r() * 500), 2));
    values[n - 1] = Math.PI;
    sameAsBuiltin(values);
  });
});
