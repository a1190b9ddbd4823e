import { describe, expect, it } from 'vitest';
import {
  binomialSample,
  bootstrapPValue,
  deriveSeed,
  multinomialCounts,
  multinomialSmall,
  percentileInterval,
  quantileSorted,
} from '../../../src/analysis/stats/bootstrap.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { ref } from '../performance/helpers.js';

describe('percentiles match numpy', () => {
  const p = ref.percentile;
  const sorted = Float64Array.from(p.samples).sort();
  it('interpolates linearly between order statistics, ties included', () => {
    p.levels.forEach((lv, i) => expect(Math.abs(quantileSorted(sorted, lv / 100) - p.values[i]!)).toBeLessThan(1e-12));
  });
  it('gives numpy quintiles on a small sample', () => {
    const s = Float64Array.from(p.quintiles_of).sort();
    [0.2, 0.4, 0.6, 0.8].forEach((q, i) => expect(Math.abs(quantileSorted(s, q) - p.quintiles[i]!)).toBeLessThan(1e-12));
  });
  it('builds the 95% percentile interval from the 2.5th and 97.5th percentiles, skipping NaN', () => {
    const ci = percentileInterval([...p.samples, NaN], 0.95)!;
    expect(Math.abs(ci[0] - p.values[0]!)).toBeLessThan(1e-12);
    expect(Math.abs(ci[1] - p.values[1]!)).toBeLessThan(1e-12);
    expect(percentileInterval([NaN, NaN])).toBeNull();
  });
});

describe('resampling draws', () => {
  it('multinomial counts always sum to n and are reproducible from the seed', () => {
    const a = multinomialCounts(createRng(3), new Int32Array(1000));
    const b = multinomialCounts(createRng(3), new Int32Array(1000));
    expect(a.reduce((s, v) => s + v, 0)).toBe(1000);
    expect(Array.from(a)).toEqual(Array.from(b));
    // About 1/e of the rows are left out of a resample.
    const zeros = a.filter((v) => v === 0).length;
    expect(zeros).toBeGreaterThan(320);
    expect(zeros).toBeLessThan(420);
  });

  it.each([
    [20, 0.1],
    [40, 0.5],
    [1000, 0.03],
    [5000, 0.7],
  ])('binomial sampler Bin(%i, %f) has the right mean and variance', (n, p) => {
    const rng = createRng(11);
    const draws = Array.from({ length: 20000 }, () => binomialSample(rng, n, p));
    const mean = draws.reduce((s, v) => s + v, 0) / draws.length;
    const variance = draws.reduce((s, v) => s + (v - mean) ** 2, 0) / (draws.length - 1);
    expect(draws.every((v) => Number.isInteger(v) && v >= 0 && v <= n)).toBe(true);
    expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt((n * p * (1 - p)) / draws.length));
    expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.95);
    expect(variance / (n * p * (1 - p))).toBeLessThan(1.05);
  });

  it('multinomial over a few cells keeps the total and the cell means', () => {
    const rng = createRng(5);
    const out = new Int32Array(3);
    const sums = [0, 0, 0];
    for (let r = 0; r < 5000; r++) {
      multinomialSmall(rng, 200, [0.1, 0.3, 0.6], out);
      expect(out[0]! + out[1]! + out[2]!).toBe(200);
      for (let j = 0; j < 3; j++) sums[j]! += out[j]!;
    }
    expect(sums[0]! / 5000).toBeCloseTo(20, 0);
    expect(sums[1]! / 5000).toBeCloseTo(60, 0);
  });
});

describe('bootstrap p-value', () => {
  it('is 1 for a distribution sitting on the null and small when all resamples are on one side', () => {
    expect(bootstrapPValue(new Float64Array(100))).toBe(1);
    const p = bootstrapPValue(Float64Array.from({ length: 999 }, (_, i) => 0.01 + i));
    expect(p).toBeCloseTo(2 / 1000, 12);
  });
  it('is about 1 for a distribution centred on the null', () => {
    expect(bootstrapPValue(Float64Array.from({ length: 1000 }, (_, i) => i - 499.5))).toBeGreaterThan(0.95);
  });
});

describe('seed derivation', () => {
  it('gives different streams for different labels and the same stream for the same label', () => {
    expect(deriveSeed(1, 'segment:a')).toBe(deriveSeed(1, 'segment:a'));
    expect(deriveSeed(1, 'segment:a')).not.toBe(deriveSeed(1, 'segment:b'));
    expect(deriveSeed(1, 'x')).not.toBe(deriveSeed(2, 'x'));
  });
});
