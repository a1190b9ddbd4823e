// twoProportionTest against statsmodels proportions_ztest (test/reference/two_proportion_reference.py):
// the test that decides whether a confusion rate's change is material (error-facts.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { twoProportionTest } from '../../../src/analysis/stats/two-sample.js';

interface Case {
  x1: number;
  n1: number;
  x2: number;
  n2: number;
  z: number;
  pvalue: number;
}

const ref = JSON.parse(readFileSync(new URL('../../reference/two_proportion.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe('twoProportionTest', () => {
  it.each(ref.cases)('matches statsmodels proportions_ztest on $x1/$n1 vs $x2/$n2', (c) => {
    const r = twoProportionTest(c.x1, c.n1, c.x2, c.n2);
    expect(r.z).toBeCloseTo(c.z, 9);
    // Relative agreement: the p-values run down to 1e-26.
    expect(Math.abs(r.pValue - c.pvalue)).toBeLessThanOrEqual(1e-9 * Math.max(c.pvalue, 1e-300) + 1e-15);
  });
});
