// The row checks of a view (usable rows, scores in [0, 1]) and the id matching of a pair are asked
// for by the performance stage and again by the diagnosis's attribution: each is computed once per
// view (or pair of views and rows), and the same arrays answer both.
import { describe, expect, it } from 'vitest';
import { attributionContext } from '../../../src/analysis/attribution/attribute.js';
import { capabilities, pairRows, usableRows } from '../../../src/analysis/performance/prepare.js';
import { makeView, pairedRuns } from './helpers.js';

describe('row checks computed once per view', () => {
  it('gives the same usable rows for the same view, other rows when scores are required or not', () => {
    const v = makeView({ y: [0, 1, 1, 0, 1], score: [0.1, 0.9, NaN, 0.3, 0.8] });
    const withScores = usableRows(v, capabilities(null, v));
    expect(Array.from(withScores)).toEqual([0, 1, 3, 4]);
    expect(usableRows(v, capabilities(null, v))).toBe(withScores);
    const without = usableRows(v, { scores: false, probabilistic: false, weighted: false });
    expect(Array.from(without)).toEqual([0, 1, 2, 3, 4]);
    expect(usableRows(v, { scores: false, probabilistic: false, weighted: false })).toBe(without);
    // Another view with the same cells has rows of its own.
    const w = makeView({ y: [0, 1, 1, 0, 1], score: [0.1, 0.9, NaN, 0.3, 0.8] });
    expect(usableRows(w, capabilities(null, w))).not.toBe(withScores);
  });

  it('answers whether scores are probabilities per view', () => {
    const inside = makeView({ y: [0, 1, 1, 0], score: [0.1, 0.9, 0.6, 0.3] });
    const outside = makeView({ y: [0, 1, 1, 0], score: [-2, 3, 1, 0] });
    expect(capabilities(inside, inside).probabilistic).toBe(true);
    expect(capabilities(inside, outside).probabilistic).toBe(false);
    expect(capabilities(outside, inside).probabilistic).toBe(false);
    expect(capabilities(inside, inside).probabilistic).toBe(true);
  });

  it('matches a pair of views once for the same rows, again for other rows', () => {
    const { base, cur } = pairedRuns({ n: 300, baseSkill: () => 0.8, curSkill: () => 0.7, seed: 4, curIds: Array.from({ length: 300 }, (_, i) => `r${299 - i}`) });
    const rb = usableRows(base, capabilities(base, cur));
    const rc = usableRows(cur, capabilities(base, cur));
    const p = pairRows(base, rb, cur, rc);
    expect(pairRows(base, rb, cur, rc)).toBe(p);
    const fewer = rb.slice(0, 200);
    const q = pairRows(base, fewer, cur, rc);
    expect(q).not.toBe(p);
    expect(pairRows(base, rb, cur, rc)).not.toBe(q);
  });

  it('gives the attribution the performance stage\'s rows', () => {
    const { base, cur } = pairedRuns({ n: 200, baseSkill: () => 0.8, curSkill: () => 0.7, seed: 5 });
    const caps = capabilities(base, cur);
    const ctx = attributionContext(base, cur)!;
    const p = pairRows(base, usableRows(base, caps), cur, usableRows(cur, caps));
    expect(p.paired).toBe(true);
    if (p.paired) expect(ctx.src.base!.rows).toBe(p.base);
  });
});
