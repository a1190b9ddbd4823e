import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chi2Sf,
  gammaQ,
  kolmogorovSf,
  kstwoSf,
  normalSf,
  smirnovSf,
} from '../../../src/analysis/stats/distributions.js';
import {
  chi2Contingency,
  chi2Homogeneity,
  ks2Samp,
  ksAndWassersteinSorted,
  sortFloat64,
  twoProportionTest,
  type KsMethod,
} from '../../../src/analysis/stats/two-sample.js';
import { wassersteinDistance } from '../../../src/analysis/stats/distance.js';
import { createRng } from '../../../src/analysis/stats/rng.js';

interface KsCase {
  name: string;
  a: number[];
  b: number[];
  results: { method: KsMethod; statistic: number; pvalue: number; location: number; sign: number }[];
}
interface Reference {
  ks_2samp: KsCase[];
  kstwo_sf: { n: number; x: number; sf: number }[];
  smirnov: { n: number; x: number; sf: number }[];
  kolmogorov: { x: number; sf: number }[];
  chi2_contingency: {
    name: string;
    observed: number[][];
    correction: boolean;
    statistic: number;
    pvalue: number;
    dof: number;
    expected: number[][];
  }[];
  chi2_sf: { x: number; dof: number; sf: number }[];
  normal_sf: { z: number; sf: number }[];
  gammaincc: { a: number; x: number; q: number }[];
}

// Produced by test/reference/data_reference.py (scipy 1.10.1).
const ref = JSON.parse(readFileSync(new URL('../../reference/data.json', import.meta.url), 'utf8')) as Reference;

/** |actual − expected| <= rtol·|expected| + atol. */
function expectClose(actual: number, expected: number, rtol: number, atol = 0): void {
  const tol = rtol * Math.abs(expected) + atol;
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new Error(`expected ${actual} to be within ${tol} of ${expected}`);
  }
}

describe('ks2Samp', () => {
  const cases = ref.ks_2samp.flatMap((c) => c.results.map((r) => [`${c.name} (${r.method})`, c, r] as const));

  // The statistic and the exact p-values are the same arithmetic as scipy's; the asymptotic
  // p-value goes through kstwo.sf, whose one-sided Smirnov sum scipy evaluates in double-double
  // and we in doubles: still within 1e-9 relative.
  it.each(cases)('matches scipy.stats.ks_2samp for %s', (_name, c, r) => {
    const res = ks2Samp(Float64Array.from(c.a), Float64Array.from(c.b), { method: r.method });
    expectClose(res.statistic, r.statistic, 1e-12, 1e-15);
    expectClose(res.pValue, r.pvalue, 1e-9, 1e-300);
    expect(res.location).toBe(r.location);
    expect(res.sign).toBe(r.sign);
  });

  it('resolves auto to exact up to 10,000 rows and to asymp above', () => {
    const small = ks2Samp(Float64Array.from([1, 2, 3]), Float64Array.from([2, 3, 4]));
    expect(small.method).toBe('exact');
    const big = new Float64Array(10001).map((_, i) => i);
    expect(ks2Samp(big, Float64Array.from([1, 2, 3])).method).toBe('asymp');
  });

  it('accepts presorted input and gives the same answer', () => {
    const a = Float64Array.from([5, 1, 3, 2, 8]);
    const b = Float64Array.from([4, 9, 7, 6]);
    const r1 = ks2Samp(a, b);
    const r2 = ks2Samp(Float64Array.from(a).sort(), Float64Array.from(b).sort(), { presorted: true });
    expect(r2).toEqual(r1);
  });

  it('rejects an empty sample', () => {
    expect(() => ks2Samp(new Float64Array(0), Float64Array.from([1]))).toThrow(/non-empty/);
  });
});

describe('kstwoSf', () => {
  // Covers Ruben-Gambino, Durbin matrix, Pomeranz, Pelz-Good and 2·smirnov regions.
  it.each(ref.kstwo_sf.map((c) => [c.n, c.x, c] as const))('matches scipy.stats.kstwo.sf for n=%i x=%f', (_n, _x, c) => {
    expectClose(kstwoSf(c.x, c.n), c.sf, 1e-9, 1e-300);
  });
});

describe('smirnovSf', () => {
  it.each(ref.smirnov.map((c) => [c.n, c.x, c] as const))('matches scipy.special.smirnov for n=%i x=%f', (_n, _x, c) => {
    expectClose(smirnovSf(c.n, c.x), c.sf, 1e-9, 1e-300);
  });
});

describe('kolmogorovSf', () => {
  it('matches scipy.special.kolmogorov', () => {
    for (const c of ref.kolmogorov) expectClose(kolmogorovSf(c.x), c.sf, 1e-12, 1e-300);
  });
});

describe('chi2Contingency', () => {
  it.each(ref.chi2_contingency.map((c) => [c.name, c] as const))('matches scipy.stats.chi2_contingency: %s', (_n, c) => {
    const res = chi2Contingency(c.observed, c.correction);
    expect(res.dof).toBe(c.dof);
    expectClose(res.statistic, c.statistic, 1e-12, 1e-12);
    expectClose(res.pValue, c.pvalue, 1e-9, 1e-300);
    res.expected.forEach((row, i) => row.forEach((e, j) => expectClose(e, c.expected[i]![j]!, 1e-14)));
  });

  it('refuses a table with an empty row, as scipy does', () => {
    expect(() => chi2Contingency([[0, 0], [3, 4]])).toThrow(/zero expected/);
  });

  it('drops categories absent from both samples in the homogeneity form', () => {
    const direct = chi2Contingency([
      [12, 5, 9],
      [7, 19, 4],
    ]);
    const viaCounts = chi2Homogeneity([12, 0, 5, 9], [7, 0, 19, 4]);
    expect(viaCounts.statistic).toBe(direct.statistic);
    expect(viaCounts.dof).toBe(2);
  });
});

describe('chi-square, normal and incomplete gamma tails', () => {
  it('chi2Sf matches scipy.stats.chi2.sf, deep tail included', () => {
    for (const c of ref.chi2_sf) expectClose(chi2Sf(c.x, c.dof), c.sf, 1e-9, 1e-300);
  });
  it('normalSf matches scipy.stats.norm.sf', () => {
    for (const c of ref.normal_sf) expectClose(normalSf(c.z), c.sf, 1e-9, 1e-300);
  });
  it('gammaQ matches scipy.special.gammaincc, large shape included', () => {
    for (const c of ref.gammaincc) expectClose(gammaQ(c.a, c.x), c.q, 1e-9, 1e-300);
  });
});

describe('sortFloat64', () => {
  it('orders like TypedArray#sort, negatives, ties, signed zeros and NaN included', () => {
    const n = 50000;
    const v = new Float64Array(n);
    let s = 12345;
    for (let i = 0; i < n; i++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const u = s / 4294967296;
      v[i] = i % 97 === 0 ? NaN : i % 5 === 0 ? Math.round(u * 20) - 10 : (u - 0.4) * 1e3 * (i % 3 === 0 ? 1e-9 : 1);
    }
    v[7] = -0;
    v[8] = 0;
    const expected = Float64Array.from(v).sort();
    const got = sortFloat64(v);
    expect(Array.from(got)).toEqual(Array.from(expected));
    expect(Object.is(got[upperIndexOfNegZero(got)], -0)).toBe(true);
  });
});

function upperIndexOfNegZero(a: Float64Array): number {
  return a.findIndex((x) => Object.is(x, -0));
}

describe('twoProportionTest', () => {
  it('gives z > 0 when the second rate is higher, and p = 1 for equal rates', () => {
    expect(twoProportionTest(10, 100, 30, 100).z).toBeGreaterThan(3);
    expect(twoProportionTest(10, 100, 10, 100).pValue).toBe(1);
  });
});

describe('ksAndWassersteinSorted', () => {
  it('agrees with ks2Samp and wassersteinDistance in one merge', () => {
    for (const c of ref.ks_2samp) {
      const a = Float64Array.from(c.a).sort();
      const b = Float64Array.from(c.b).sort();
      const r = ksAndWassersteinSorted(a, b);
      const ks = ks2Samp(a, b, { presorted: true, method: 'asymp' });
      expectClose(r.d, ks.statistic, 1e-12, 1e-15);
      expectClose(r.wasserstein, wassersteinDistance(a, b, true), 1e-9, 1e-15);
    }
  });
});

describe('ksAndWassersteinSorted of one sample against itself', () => {
  it('gives what the merges give for a copy of it: 0 and 0', () => {
    const rng = createRng(11);
    const continuous = Float64Array.from({ length: 5000 }, () => rng() * 10 - 5).sort();
    const tied = Float64Array.from({ length: 5000 }, () => Math.floor(rng() * 4)).sort();
    for (const a of [continuous, tied]) {
      const merged = ksAndWassersteinSorted(a, a.slice());
      expect(merged).toEqual({ d: 0, wasserstein: 0 });
      expect(ksAndWassersteinSorted(a, a)).toEqual(merged);
    }
  });
});
