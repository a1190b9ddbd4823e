import { describe, expect, it } from 'vitest';
import { binomialPmf, binomTestTwoSided, fisherExact, hypergeometricPmf, logGamma, mcnemarExact } from '../../../src/analysis/stats/exact-tests.js';
import { ref } from '../performance/helpers.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('exact tests match scipy', () => {
  it.each(ref.exact.binomtest)('binomtest k=$k n=$n p=$p', ({ k, n, p, pvalue }) => {
    expect(rel(binomTestTwoSided(k, n, p), pvalue)).toBeLessThan(1e-9);
  });

  it.each(ref.exact.mcnemar)('exact McNemar b=$b c=$c is the binomial test on discordant pairs', ({ b, c, pvalue }) => {
    expect(rel(mcnemarExact(b, c), pvalue)).toBeLessThan(1e-9);
  });

  it.each(ref.exact.fisher)('Fisher exact $table', ({ table, pvalue }) => {
    const [[a, b], [c, d]] = table as [[number, number], [number, number]];
    expect(rel(fisherExact(a, b, c, d), pvalue)).toBeLessThan(1e-9);
  });

  it.each(ref.exact.binom_pmf)('binomial pmf k=$k n=$n p=$p keeps precision for large n', ({ k, n, p, pmf }) => {
    expect(rel(binomialPmf(k, n, p), pmf)).toBeLessThan(1e-12);
  });

  it.each(ref.exact.hypergeom_pmf)('hypergeometric pmf x=$x', ({ x, good, bad, draws, pmf }) => {
    expect(rel(hypergeometricPmf(x, good, bad, draws), pmf)).toBeLessThan(1e-12);
  });

  it.each(ref.exact.lgamma)('log-gamma($x)', ({ x, value }) => {
    expect(Math.abs(logGamma(x) - value)).toBeLessThan(1e-12 * Math.max(1, Math.abs(value)));
  });

  it('gives p = 1 with no discordant pairs and for an empty Fisher margin', () => {
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(fisherExact(0, 0, 3, 4)).toBe(1);
  });
});
