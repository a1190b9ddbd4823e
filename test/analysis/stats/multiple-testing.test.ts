import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, bhReject } from '../../../src/analysis/stats/multiple-testing.js';
import { ref } from '../performance/helpers.js';

describe('Benjamini–Hochberg matches statsmodels fdr_bh', () => {
  it.each(ref.bh.map((c, i) => ({ ...c, i })))('case $i: q-values and rejections', ({ p, q, reject }) => {
    const got = benjaminiHochberg(p);
    got.forEach((v, j) => expect(Math.abs(v - q[j]!)).toBeLessThan(1e-12));
    expect(bhReject(got, 0.05)).toEqual(reject);
  });

  it('leaves NaN p-values out of the family', () => {
    const q = benjaminiHochberg([0.01, NaN, 0.04]);
    expect(q[1]).toBeNaN();
    expect(q[0]).toBeCloseTo(0.02, 12);
    expect(q[2]).toBeCloseTo(0.04, 12);
  });
});
