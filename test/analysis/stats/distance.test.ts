import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  binCountsSorted,
  binIndex,
  jensenShannon,
  psi,
  psiNoiseFloor,
  quantileEdges,
  quantileSorted,
  wassersteinDistance,
} from '../../../src/analysis/stats/distance.js';

interface Reference {
  jensenshannon: { p: number[]; q: number[]; base: number | null; value: number }[];
  wasserstein: { name: string; u: number[]; v: number[]; value: number }[];
  quantile: { values: number[]; q: number[]; expected: number[] };
}
// Produced by test/reference/data_reference.py (scipy 1.10.1, numpy 1.24).
const ref = JSON.parse(readFileSync(new URL('../../reference/data.json', import.meta.url), 'utf8')) as Reference;

function range(from: number, to: number): Float64Array {
  const out = new Float64Array(to - from + 1);
  for (let i = 0; i < out.length; i++) out[i] = from + i;
  return out;
}

describe('psi', () => {
  it('equals the textbook sum Σ (c − b)·ln(c / b) when no smoothing is asked for', () => {
    // Shares 0.5/0.5 → 0.25/0.75: (0.25 − 0.5)·ln(0.25/0.5) + (0.75 − 0.5)·ln(0.75/0.5).
    const expected = -0.25 * Math.log(0.5) + 0.25 * Math.log(1.5);
    expect(psi([50, 50], [25, 75], 0)).toBeCloseTo(expected, 15);
    expect(expected).toBeCloseTo(0.274653, 6);
  });

  it('is 0 for identical shares whatever the sample sizes', () => {
    expect(psi([10, 20, 30], [100, 200, 300])).toBe(0);
  });

  it('stays finite when a bin empties, through ε = 1e-4 smoothing', () => {
    // Shares with ε: base (1.0001, 0.0001)/1.0002, current (0.5001, 0.5001)/1.0002.
    const b1 = 1.0001 / 1.0002;
    const b2 = 0.0001 / 1.0002;
    const c = 0.5001 / 1.0002;
    const expected = (c - b1) * Math.log(c / b1) + (c - b2) * Math.log(c / b2);
    expect(psi([100, 0], [50, 50])).toBeCloseTo(expected, 14);
    expect(expected).toBeCloseTo(4.6043, 4);
  });

  it('scores a +20 shift of 1..100 on baseline decile bins by hand', () => {
    // Lower deciles of 1..100 are 10, 20, …, 90: ten values per bin for the baseline.
    const base = range(1, 100);
    const cur = range(21, 120);
    const edges = quantileEdges(base, 10);
    expect(Array.from(edges)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    const bc = binCountsSorted(base, edges);
    const cc = binCountsSorted(cur, edges);
    expect(Array.from(bc)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    expect(Array.from(cc)).toEqual([0, 0, 10, 10, 10, 10, 10, 10, 10, 30]);
    // Smoothed shares: baseline (0.1 + ε)/(1 + 10ε) = 0.1; current empty bins ε/(1 + 10ε), top bin (0.3 + ε)/(1 + 10ε).
    const empty = 0.0001 / 1.001;
    const top = 0.3001 / 1.001;
    const expected = 2 * (empty - 0.1) * Math.log(empty / 0.1) + (top - 0.1) * Math.log(top / 0.1);
    expect(psi(bc, cc)).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(1.5997, 3);
  });
});

describe('psiNoiseFloor', () => {
  it('is (k − 1)(1/n_base + 1/n_cur), the expected PSI with no change', () => {
    expect(psiNoiseFloor(10, 50, 50)).toBeCloseTo(0.36, 12);
    expect(psiNoiseFloor(10, 1e6, 1e6)).toBeCloseTo(1.8e-5, 12);
  });
});

describe('quantile bins', () => {
  it('quantileSorted matches numpy.quantile (linear)', () => {
    const sorted = Float64Array.from(ref.quantile.values).sort();
    ref.quantile.q.forEach((q, i) => expect(quantileSorted(sorted, q)).toBeCloseTo(ref.quantile.expected[i]!, 12));
  });

  it('collapses tied quantiles and never puts an edge at the maximum', () => {
    // 70 % zeros, 30 % ones: a single edge at 0, bins (−∞, 0] and (0, ∞).
    const v = Float64Array.from([...new Array<number>(70).fill(0), ...new Array<number>(30).fill(1)]);
    const edges = quantileEdges(v, 10);
    expect(Array.from(edges)).toEqual([0]);
    expect(Array.from(binCountsSorted(v, edges))).toEqual([70, 30]);
  });

  it('binIndex puts a value equal to an edge in the lower bin, like binCountsSorted', () => {
    const edges = Float64Array.from([1, 2, 3]);
    expect([0.5, 1, 1.5, 2, 3, 3.5].map((x) => binIndex(edges, x))).toEqual([0, 0, 1, 1, 2, 3]);
  });
});

describe('jensenShannon', () => {
  it.each(ref.jensenshannon.map((c, i) => [i, c.base ?? 'e', c] as const))(
    'matches scipy.spatial.distance.jensenshannon (case %i, base %s)',
    (_i, _b, c) => {
      const got = jensenShannon(c.p, c.q, c.base ?? undefined);
      expect(Math.abs(got - c.value)).toBeLessThanOrEqual(1e-9 * Math.abs(c.value) + 1e-15);
    },
  );

  it('reaches 1 in base 2 for disjoint supports', () => {
    expect(jensenShannon([1, 0], [0, 1], 2)).toBeCloseTo(1, 15);
  });
});

describe('wassersteinDistance', () => {
  it.each(ref.wasserstein.map((c) => [c.name, c] as const))('matches scipy.stats.wasserstein_distance: %s', (_n, c) => {
    const got = wassersteinDistance(Float64Array.from(c.u), Float64Array.from(c.v));
    expect(Math.abs(got - c.value)).toBeLessThanOrEqual(1e-9 * Math.abs(c.value));
  });

  it('equals the shift for a translated sample', () => {
    expect(wassersteinDistance(range(1, 100), range(21, 120))).toBeCloseTo(20, 12);
  });
});
