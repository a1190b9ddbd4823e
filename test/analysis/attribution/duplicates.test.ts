// The share of a regression that duplicated eval rows account for (attribute.ts, duplicateRowsShare).
import { describe, expect, it } from 'vitest';
import { attributionContext, duplicateRowsShare } from '../../../src/analysis/attribution/attribute.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { makeView } from '../performance/helpers.js';

/** 2000 distinct rows (x is unique per row), the model right on 85 % of them. */
function rows(seed: number, right: number) {
  const r = createRng(seed);
  const y: number[] = [];
  const pred: number[] = [];
  const x: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const yi = r() < 0.4 ? 1 : 0;
    y.push(yi);
    x.push(i + r());
    pred.push(r() < right ? yi : 1 - yi);
  }
  return { y, pred, x };
}

/** Appends `copies` copies of the rows `pick` chooses (as a re-draw with replacement would). */
function withCopies(t: ReturnType<typeof rows>, pick: (i: number) => boolean, copies: number) {
  const idx = t.y.map((_, i) => i).filter(pick);
  const extra = Array.from({ length: copies }, (_, k) => idx[k % idx.length]!);
  const all = [...t.y.map((_, i) => i), ...extra];
  return { y: all.map((i) => t.y[i]!), pred: all.map((i) => t.pred[i]!), x: all.map((i) => t.x[i]!) };
}

const view = (t: { y: number[]; pred: number[]; x: number[] }) => makeView({ y: t.y, pred: t.pred, numbers: { x: t.x }, ids: null });

describe('duplicateRowsShare', () => {
  it('a regression made only of copies of mispredicted rows: the duplicates account for ~100 %', () => {
    const t = rows(1, 0.85);
    const base = view(t);
    const cur = view(withCopies(t, (i) => t.pred[i] !== t.y[i], 600));
    const a = duplicateRowsShare(attributionContext(base, cur)!, 'error')!;
    expect(a.method).toBe('duplicates');
    expect(a.rows).toBe(600);
    // Counted once, the current rows are the baseline rows: all of the change is the copies.
    expect(a.share.share).toBeCloseTo(1, 6);
    expect(a.share.lo).toBeGreaterThan(0.5);
  });

  it('copies of random rows next to a model that got worse everywhere: they account for little', () => {
    const t = rows(2, 0.85);
    const worse = rows(2, 0.7);
    const base = view(t);
    const cur = view(withCopies(worse, (i) => i % 7 === 0, 500));
    const a = duplicateRowsShare(attributionContext(base, cur)!, 'error')!;
    expect(Math.abs(a.share.share)).toBeLessThan(0.15);
    expect(a.share.hi).toBeLessThan(0.2);
  });

  it('is null without duplicated rows', () => {
    const t = rows(3, 0.85);
    expect(duplicateRowsShare(attributionContext(view(t), view(rows(3, 0.7)))!, 'error')).toBeNull();
  });
});
