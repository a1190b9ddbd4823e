import { describe, expect, it } from 'vitest';
import { numberColumn } from '../../../src/artifacts/table.js';
import { profile, QUINTILES } from '../../../src/analysis/data/columns.js';
import { quantileSorted } from '../../../src/analysis/stats/bootstrap.js';
import { createRng } from '../../../src/analysis/stats/rng.js';

describe('numeric profile', () => {
  it('keeps the exact quintiles segment binning cuts at, bit for bit, ignoring missing and non-finite cells', () => {
    const rng = createRng(3);
    const values = Array.from({ length: 5001 }, (_, i) => (i % 97 === 0 ? NaN : i % 211 === 0 ? Infinity : Math.round(rng() * 1e4) / 100));
    const p = profile(numberColumn('x', values));
    const sorted = Float64Array.from(values.filter(Number.isFinite)).sort();
    expect(Array.from(p.quintiles)).toEqual(QUINTILES.map((q) => quantileSorted(sorted, q)));
    expect([p.min, p.max]).toEqual([sorted[0], sorted[sorted.length - 1]]);
  });

  it('has NaN quintiles without finite values', () => {
    expect(Array.from(profile(numberColumn('x', [NaN, Infinity])).quintiles).every(Number.isNaN)).toBe(true);
  });
});
