import { describe, expect, it } from 'vitest';
import { binomialPmf, binomTestTwoSided, fisherExact, hypergeometricPmf, logGamma, mcnemarExact } from '../../../src/analysis/stats/exact-tests.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
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

describe('tail-walk p-values equal full summation over the support', () => {
  /** The definition, term by term: Σ pmf(x) over x with pmf(x) <= pmf(observed) (1 + 1e-7). */
  function brute(obs: number, lo: number, hi: number, pmf: (x: number) => number): number {
    const t = pmf(obs) * (1 + 1e-7);
    let s = 0;
    for (let x = lo; x <= hi; x++) if (pmf(x) <= t) s += pmf(x);
    return Math.min(1, s);
  }

  it('binomial test, 300 random (k, n, p)', () => {
    const rng = createRng(21);
    for (let i = 0; i < 300; i++) {
      const n = 1 + Math.floor(rng() * 400);
      const p = [0.5, 0.1, 0.3, 0.77][i % 4]!;
      const k = Math.floor(rng() * (n + 1));
      const want = k === p * n ? 1 : brute(k, 0, n, (x) => binomialPmf(x, n, p));
      expect(Math.abs(binomTestTwoSided(k, n, p) - want)).toBeLessThan(1e-12 + 1e-9 * want);
    }
  });

  it('Fisher exact, 300 random tables', () => {
    const rng = createRng(22);
    for (let i = 0; i < 300; i++) {
      const [a, b, c, d] = [0, 1, 2, 3].map(() => Math.floor(rng() * 60)) as [number, number, number, number];
      if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) continue;
      const want = brute(a, Math.max(0, a + c - (c + d)), Math.min(a + b, a + c), (x) => hypergeometricPmf(x, a + b, c + d, a + c));
      expect(Math.abs(fisherExact(a, b, c, d) - want)).toBeLessThan(1e-12 + 1e-9 * want);
    }
  });
});
