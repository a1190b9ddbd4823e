// The row checks of a view (usable rows, scores in [0, 1]) and the id matching of a pair are asked
// for by the performance stage and again by the diagnosis's attribution: each is computed once per
// view (or pair of views and rows), and the same arrays answer both.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributionContext } from '../../../src/analysis/attribution/attribute.js';
import { argsortDescending } from '../../../src/analysis/performance/ranked.js';
import { capabilities, pairRows, prepareAhead, scoreOrder, unifyClasses, usableRows } from '../../../src/analysis/performance/prepare.js';
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

  // Issue 11: a table whose every row is usable is answered by one branch-free pass
  // (everyRowUsable); any other by the row loop. Both against the rule itself.
  it('keeps exactly the rows with usable labels, predictions, scores and weights (property, every task)', () => {
    const cell = fc.constantFrom(0, 1, 2, -0, -1, 0.5, NaN, Infinity, -Infinity, 3, 2 ** 32);
    const score = fc.constantFrom(0.2, 0.9, 0, 1, -0, NaN, Infinity, 1.5);
    const weight = fc.constantFrom(1, 0.5, 0, -0, -1, NaN, Infinity);
    const row = fc.record({ y: cell, p: cell, s: score, w: weight });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<'binary' | 'multiclass' | 'regression'>('binary', 'multiclass', 'regression'),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (rows, task, withScore, withWeight, needScores) => {
          const classes = task === 'binary' ? ['0', '1'] : task === 'multiclass' ? ['0', '1', '2'] : [];
          const v = makeView({
            task,
            classes,
            y: rows.map((r) => r.y),
            pred: rows.map((r) => r.p),
            score: withScore && task === 'binary' ? rows.map((r) => r.s) : null,
            weight: withWeight ? rows.map((r) => r.w) : null,
          });
          const k = classes.length;
          const want = rows.flatMap((r, i) => {
            if (!Number.isFinite(r.y) || !Number.isFinite(r.p)) return [];
            if (withWeight && (!Number.isFinite(r.w) || r.w < 0)) return [];
            if (task !== 'regression') {
              if (!Number.isInteger(r.y) || !Number.isInteger(r.p) || r.y < 0 || r.p < 0 || r.y >= k || r.p >= k) return [];
              if (needScores && task === 'binary' && !(withScore && Number.isFinite(r.s))) return [];
            }
            return [i];
          });
          const got = usableRows(v, { scores: needScores, probabilistic: false, weighted: withWeight });
          expect(Array.from(got)).toEqual(want);
        },
      ),
      { numRuns: 600 },
    );
  });

  // Issue 11: the baseline's score order is made while the current table is still being parsed
  // (review.ts); prepare uses it only for the same rows and the same flip.
  it('uses the score order made ahead for the same rows and flip, and makes its own otherwise', () => {
    const score = [0.3, 0.9, NaN, 0.1, 0.9, 0.5, 0.2, 0.7, 0.3, 0.0];
    const v = makeView({ y: [0, 1, 1, 0, 1, 0, 1, 0, 1, 0], score });
    const fresh = (rows: Int32Array, flip: boolean) => {
      const s = Float64Array.from(rows, (r) => (flip ? 1 - score[r]! : score[r]!));
      return Array.from(argsortDescending(s));
    };
    prepareAhead(v);
    const rows = usableRows(v, capabilities(v, v));
    expect(Array.from(rows)).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9]);
    const space = unifyClasses(v, v);
    const order = scoreOrder(v, rows, space, space.baseMap!)!;
    expect(Array.from(order)).toEqual(fresh(rows, false));
    // The same rows in another array (the pairing's copy): the same order, not sorted again.
    expect(scoreOrder(v, Int32Array.from(rows), space, space.baseMap!)).toBe(order);
    // Other rows: sorted for them.
    const fewer = rows.slice(0, 6);
    const other = scoreOrder(v, fewer, space, space.baseMap!)!;
    expect(other).not.toBe(order);
    expect(Array.from(other)).toEqual(fresh(fewer, false));
    // The positive class flipped (the other run's classes): sorted on 1 - score.
    const flipped = scoreOrder(v, rows, space, Int32Array.from([1, 0]))!;
    expect(flipped).not.toBe(order);
    expect(Array.from(flipped)).toEqual(fresh(rows, true));
    // A view without scores, or a regression view, is left alone.
    const noScore = makeView({ y: [0, 1, 0], score: null, pred: [0, 1, 1] });
    expect(() => prepareAhead(noScore)).not.toThrow();
  });
});
