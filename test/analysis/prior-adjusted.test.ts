// Is a feature's drift, overall or inside a segment, just the label prior moving? (prior-adjusted.ts)
import { describe, expect, it } from 'vitest';
import { priorAdjustedPsiIn, priorWeights, psiNullP } from '../../src/analysis/prior-adjusted.js';
import { createRng } from '../../src/analysis/stats/rng.js';
import { makeView } from './performance/helpers.js';

/** Rows with a label of prevalence `pos`, a segment a/b, and x ~ N(2y, 1) (+ `shiftA` in segment a). */
function draw(seed: number, n: number, pos: number, shiftA = 0) {
  const r = createRng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const y: number[] = [];
  const seg: string[] = [];
  const x: number[] = [];
  for (let i = 0; i < n; i++) {
    const yi = r() < pos ? 1 : 0;
    const s = r() < 0.3 ? 'a' : 'b';
    y.push(yi);
    seg.push(s);
    x.push(2 * yi + normal() + (s === 'a' ? shiftA : 0));
  }
  return makeView({ y, strings: { seg }, numbers: { x }, ids: null });
}

describe('priorAdjustedPsiIn', () => {
  const base = draw(1, 6000, 0.3);
  const shifted = draw(2, 6000, 0.7);
  const w = priorWeights(base, shifted)!;

  it('a label-prior change: x moves inside segment a, and the re-weighted baseline segment reproduces it', () => {
    const raw = priorAdjustedPsiIn(base, shifted, 'x', Float64Array.from([1, 1]), { column: 'seg', value: 'a' })!;
    const adj = priorAdjustedPsiIn(base, shifted, 'x', w, { column: 'seg', value: 'a' })!;
    expect(raw.psi).toBeGreaterThan(0.3);
    expect(adj.psi).toBeLessThan(0.05);
    expect(adj.nCur).toBeGreaterThan(1500);
    expect(adj.nCur).toBeLessThan(2100);
  });

  it('a real shift of x inside segment a stays after the re-weighting', () => {
    const moved = draw(2, 6000, 0.7, 1.5);
    const adj = priorAdjustedPsiIn(base, moved, 'x', w, { column: 'seg', value: 'a' })!;
    expect(adj.psi).toBeGreaterThan(0.5);
    // Outside the segment the same re-weighting leaves nothing.
    expect(priorAdjustedPsiIn(base, moved, 'x', w, { column: 'seg', value: 'b' })!.psi).toBeLessThan(0.05);
  });

  it('is null for a segment column a run lacks', () => {
    expect(priorAdjustedPsiIn(base, shifted, 'x', w, { column: 'nope', value: 'a' })).toBeNull();
  });
});

describe('psiNullP', () => {
  it('reads PSI · nB·nC/(nB + nC) as χ² with bins − 1 degrees of freedom', () => {
    // PSI 0.1 on 6 bins, 200 + 200 rows: statistic 10, χ²(5) survival 0.07523524614651217 (scipy.stats.chi2.sf(10, 5)).
    expect(psiNullP(0.1, 6, 200, 200)).toBeCloseTo(0.07523524614651217, 10);
    expect(psiNullP(0.5, 1, 200, 200)).toBe(1);
  });
});
