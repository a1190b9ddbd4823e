import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binomTestTwoSided } from '../../../src/analysis/stats/exact-tests.js';
import { medianSpacing } from '../../../src/analysis/data/quality.js';

interface Reference {
  spacing: { name: string; values: number[]; median_spacing: number | null }[];
  binomtest: { k: number; n: number; p: number; pvalue: number }[];
}
// Produced by test/reference/sentinel_reference.py (numpy, scipy 1.10.1).
const ref = JSON.parse(readFileSync(new URL('../../reference/sentinel.json', import.meta.url), 'utf8')) as Reference;

describe('the sentinel test matches numpy and scipy', () => {
  it.each(ref.spacing)('median spacing of distinct values: $name', ({ values, median_spacing }) => {
    const got = medianSpacing(Float64Array.from(values).sort());
    if (median_spacing === null) expect(got).toBeNaN();
    else expect(got).toBeCloseTo(median_spacing, 9);
  });

  it.each(ref.binomtest)('binomial test of the sentinel count k=$k of n=$n against the top share $p', ({ k, n, p, pvalue }) => {
    const got = binomTestTwoSided(k, n, p);
    if (pvalue === 0) expect(got).toBeLessThan(1e-300);
    else expect(Math.abs(got - pvalue) / pvalue).toBeLessThan(1e-9);
  });
});
