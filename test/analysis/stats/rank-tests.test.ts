import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mannWhitneyU, signedRankSums, stoufferWeighted, wilcoxonSignedRank } from '../../../src/analysis/stats/rank-tests.js';

interface RankRef {
  wilcoxon: { name: string; d: number[]; statistic: number; pvalue: number }[];
  mann_whitney: { name: string; x: number[]; y: number[]; statistic: number; pvalue: number }[];
  stouffer: { z: number[]; n: number[]; statistic: number; pvalue_two_sided: number }[];
}

// Written by test/reference/rank_tests_reference.py (scipy 1.10.1).
const ref = JSON.parse(readFileSync(new URL('../../reference/rank_tests.json', import.meta.url), 'utf8')) as RankRef;

function relClose(actual: number, expected: number, tol = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(1e-300, Math.abs(expected)));
}

describe('wilcoxonSignedRank (scipy.stats.wilcoxon defaults)', () => {
  it.each(ref.wilcoxon)('matches scipy on $name', (c) => {
    const r = wilcoxonSignedRank(c.d)!;
    expect(r.statistic).toBe(c.statistic);
    relClose(r.pValue, c.pvalue);
    expect(r.method).toBe(c.d.length <= 50 && !c.d.includes(0) ? 'exact' : 'approx');
  });

  it('drops zero differences and gives the direction of the shift', () => {
    const s = signedRankSums([0, 0, 1, -2, 3, 4]);
    expect(s).toEqual({ n: 4, zeros: 2, rPlus: 8, rMinus: 2, tieTerm: 0 });
    expect(wilcoxonSignedRank([0, 0, 1, -2, 3, 4])!.direction).toBe(1);
    expect(wilcoxonSignedRank([0, 0])).toBeNull();
  });
});

describe('mannWhitneyU (asymptotic, continuity-corrected)', () => {
  it.each(ref.mann_whitney)('matches scipy on $name', (c) => {
    const r = mannWhitneyU(c.x, c.y)!;
    expect(r.statistic).toBe(c.statistic);
    relClose(r.pValue, c.pvalue);
  });

  it('says which sample is larger', () => {
    expect(mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10])!.direction).toBe(1);
    expect(mannWhitneyU([6, 7, 8, 9, 10], [1, 2, 3, 4, 5])!.direction).toBe(-1);
  });
});

describe('stoufferWeighted', () => {
  it.each(ref.stouffer)('matches scipy.stats.combine_pvalues(stouffer, weights=√n) for z=$z', (c) => {
    const r = stoufferWeighted(c.z.map((z, i) => ({ z, n: c.n[i]! })));
    relClose(r.z, c.statistic, 1e-9);
    relClose(r.pValue, c.pvalue_two_sided, 1e-8);
  });
});
