// Attribution on constructed data with a known answer (issue 10, acceptance 3).
import { describe, expect, it } from 'vitest';
import {
  attributionContext,
  changedRowsShare,
  mixShare,
  modelShare,
  priorReweightedEce,
  priorShare,
  segmentShare,
} from '../../../src/analysis/attribution/attribute.js';
import { shiftShare } from '../../../src/analysis/attribution/decompose.js';
import { expectedCalibrationError } from '../../../src/analysis/performance/calibration.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { makeView } from '../performance/helpers.js';

/** Binary rows: label, a segment, a feature; the prediction right with probability `skill(i)`. */
function rows(n: number, seed: number, skill: (seg: string, x: number, i: number) => number, opts: { posRate?: number; ids?: string[] | null; x?: (i: number) => number } = {}) {
  const r = createRng(seed);
  const y: number[] = [];
  const pred: number[] = [];
  const seg: string[] = [];
  const x: number[] = [];
  for (let i = 0; i < n; i++) {
    const yi = r() < (opts.posRate ?? 0.4) ? 1 : 0;
    const s = ['a', 'b', 'c', 'd'][i % 4]!;
    const xi = opts.x ? opts.x(i) : r() * 10;
    y.push(yi);
    seg.push(s);
    x.push(xi);
    pred.push(r() < skill(s, xi, i) ? yi : 1 - yi);
  }
  return makeView({ y, pred, strings: { region: seg }, numbers: { x }, ...(opts.ids !== undefined ? { ids: opts.ids } : {}) });
}

describe('attribution on constructed data', () => {
  it('a drop entirely inside one segment: that segment accounts for ~100 % (paired rows)', () => {
    const base = rows(4000, 1, () => 0.85);
    // Same rows (same seed → same labels and features), worse only in region=b.
    const cur = rows(4000, 1, (s) => (s === 'b' ? 0.55 : 0.85));
    const ctx = attributionContext(base, cur)!;
    expect(ctx.src.paired).toBe(true);
    const b = segmentShare(ctx, 'error', 'region', 'b')!;
    const a = segmentShare(ctx, 'error', 'region', 'a')!;
    // Same random draws outside region=b: the change there is exactly 0, so all of it is in b.
    expect(b.share.share).toBeCloseTo(1, 10);
    expect(b.share.lo).toBeLessThanOrEqual(1 + 1e-12);
    expect(b.share.hi).toBeGreaterThanOrEqual(1 - 1e-12);
    expect(Math.abs(a.share.share)).toBeLessThan(0.15);
    // The inputs did not move: the model accounts for all of it.
    const m = modelShare(ctx, 'error')!;
    expect(m.share.share).toBeCloseTo(1, 10);
  });

  it('a segment asked for again is answered from the context, with the numbers a fresh context gives', () => {
    for (const ids of [undefined, null]) {
      const base = rows(3000, 4, () => 0.85, ids === null ? { ids } : {});
      const cur = rows(3000, ids === null ? 5 : 4, (s) => (s === 'b' ? 0.6 : 0.85), ids === null ? { ids } : {});
      const ctx = attributionContext(base, cur)!;
      const first = segmentShare(ctx, 'error', 'region', 'b');
      expect(first).not.toBeNull();
      // The same object: the second answer is not computed again.
      expect(segmentShare(ctx, 'error', 'region', 'b')).toBe(first);
      // Another value, loss or column is its own entry; a value the column lacks is remembered as null.
      expect(segmentShare(ctx, 'error', 'region', 'a')).not.toBe(first);
      expect(segmentShare(ctx, 'error', 'region', 'zz')).toBeNull();
      expect(ctx.segmentShares.get(JSON.stringify(['error', 'region', 'zz']))).toBeNull();
      expect(segmentShare(attributionContext(base, cur)!, 'error', 'region', 'b')).toEqual(first);
    }
  });

  it('the error loss is 1 exactly where the prediction is not the true class, through each run\'s class map', () => {
    // Three classes listed in another order by each run: class codes mean different names.
    const r = createRng(9);
    const n = 500;
    const names = ['cat', 'dog', 'emu'];
    const draw = () => Array.from({ length: n }, () => Math.floor(r() * 3));
    const yb = draw();
    const pb = draw();
    const yc = draw();
    const pc = draw();
    const base = makeView({ task: 'multiclass', classes: names, y: yb, pred: pb, ids: null });
    const order = ['emu', 'cat', 'dog'];
    const recode = (v: number[]) => v.map((c) => order.indexOf(names[c]!));
    const cur = makeView({ task: 'multiclass', classes: order, y: recode(yc), pred: recode(pc), ids: null });
    const ctx = attributionContext(base, cur)!;
    expect(ctx.src.paired).toBe(false);
    const err = ctx.losses.get('error')!;
    expect(Array.from(err.base)).toEqual(yb.map((y, i) => (pb[i] === y ? 0 : 1)));
    expect(Array.from(err.cur)).toEqual(yc.map((y, i) => (pc[i] === y ? 0 : 1)));
  });

  it('a drop entirely inside one segment: ~100 % within that segment (independent samples)', () => {
    const base = rows(6000, 2, () => 0.85, { ids: null });
    const cur = rows(6000, 3, (s) => (s === 'c' ? 0.5 : 0.85), { ids: null });
    const ctx = attributionContext(base, cur)!;
    expect(ctx.src.paired).toBe(false);
    const c = segmentShare(ctx, 'error', 'region', 'c')!;
    expect(c.share.lo).toBeLessThan(1);
    expect(c.share.hi).toBeGreaterThan(1);
    expect(c.share.share).toBeGreaterThan(0.8);
    for (const v of ['a', 'b', 'd']) expect(Math.abs(segmentShare(ctx, 'error', 'region', v)!.share.share)).toBeLessThan(0.2);
  });

  it('a pure label-prior change: the prior-reweighted baseline matches the current metric within its CI', () => {
    // The model errs on 30 % of positives and 5 % of negatives in both runs; the current sample
    // has 70 % positives instead of 30 %. Nothing about the model changed.
    const skill = (posRate: number, seed: number) => {
      const r = createRng(seed);
      const y: number[] = [];
      const pred: number[] = [];
      for (let i = 0; i < 8000; i++) {
        const yi = r() < posRate ? 1 : 0;
        const right = r() < (yi === 1 ? 0.7 : 0.95);
        y.push(yi);
        pred.push(right ? yi : 1 - yi);
      }
      return makeView({ y, pred, ids: null });
    };
    const base = skill(0.3, 11);
    const cur = skill(0.7, 12);
    const ctx = attributionContext(base, cur)!;
    const p = priorShare(ctx, 'error')!;
    // Reweighted baseline error ≈ 0.7·0.3 + 0.3·0.05 = 0.225; the current error is the same up to noise.
    const ss = shiftShare(
      { group: ctx.yBase!, loss: ctx.losses.get('error')!.base },
      { group: ctx.yCur!, loss: ctx.losses.get('error')!.cur },
      2,
    )!;
    const half = 1.96 * ss.reweightedBase.se + 1.96 * ss.total.se;
    expect(Math.abs(p.reweightedBase - p.cur)).toBeLessThan(half);
    expect(p.share.lo).toBeLessThan(1);
    expect(p.share.hi).toBeGreaterThan(1);
    expect(p.share.share).toBeGreaterThan(0.85);
    // And the model itself accounts for none of it: the within-class change is ~0.
    const m = modelShare(ctx, 'error')!;
    expect(m.share.lo).toBeLessThan(0);
    expect(m.share.hi).toBeGreaterThan(0);
  });

  it('a pure label-prior change on a heavy-tailed count target: the prior accounts for the rise in squared error', () => {
    // Visit counts y from two groups of patients (geometric, means 1 and 8): 20 % heavy users in
    // the baseline, 60 % now. The model predicts from a noisy reading of y, so its error grows
    // with y; P(x | y) is the same in both runs and so is the support of y.
    const counts = (heavy: number, seed: number) => {
      const r = createRng(seed);
      const y: number[] = [];
      const pred: number[] = [];
      for (let i = 0; i < 4000; i++) {
        const q = 1 / (1 + (r() < heavy ? 8 : 1));
        const yi = Math.floor(Math.log(1 - r()) / Math.log(1 - q));
        y.push(yi);
        pred.push(0.6 * yi + 1 + (r() - 0.5) * 2);
      }
      return makeView({ task: 'regression', y, pred, ids: null });
    };
    const ctx = attributionContext(counts(0.2, 21), counts(0.6, 22))!;
    const p = priorShare(ctx, 'squared_error')!;
    expect(p.share.lo).toBeLessThan(1);
    expect(p.share.hi).toBeGreaterThan(1);
    expect(p.share.share).toBeGreaterThan(0.8);
  });

  it('a feature broken on a third of id-matched rows, only those worse: the changed rows account for ~100 %', () => {
    const n = 3000;
    const xBase = (i: number) => 1 + ((i * 7919) % 1000) / 100;
    const broken = (i: number) => i % 3 === 0;
    const base = rows(n, 5, () => 0.9, { x: xBase });
    const cur = rows(n, 5, (_s, _x, i) => (broken(i) ? 0.6 : 0.9), { x: (i) => (broken(i) ? xBase(i) * 1000 : xBase(i)) });
    const ctx = attributionContext(base, cur)!;
    const c = changedRowsShare(ctx, 'error', ['x'])!;
    expect(c.rows).toBe(1000);
    expect(c.share.share).toBeGreaterThan(0.85);
    expect(c.share.hi).toBeGreaterThanOrEqual(1 - 1e-12);
    // The rows whose inputs did not change carry ~none of it.
    const m = modelShare(ctx, 'error')!;
    expect(Math.abs(m.share.share)).toBeLessThan(0.15);
  });

  it('a covariate shift under a fixed model: the new mix of the feature accounts for the drop', () => {
    // Error 5 % for x < 5, 35 % above; the current sample draws 80 % of rows above 5 instead of 50 %.
    const draw = (above: number, seed: number) => {
      const r = createRng(seed);
      const y: number[] = [];
      const pred: number[] = [];
      const x: number[] = [];
      for (let i = 0; i < 8000; i++) {
        const xi = r() < above ? 5 + 5 * r() : 5 * r();
        const yi = r() < 0.5 ? 1 : 0;
        y.push(yi);
        x.push(xi);
        pred.push(r() < (xi >= 5 ? 0.65 : 0.95) ? yi : 1 - yi);
      }
      return makeView({ y, pred, numbers: { x }, ids: null });
    };
    const ctx = attributionContext(draw(0.5, 21), draw(0.8, 22))!;
    const mx = mixShare(ctx, 'error', 'x')!;
    // The mix is measured on the baseline quintile bins of x; the bin that straddles x = 5 moves
    // inside itself, which counts as within-bin change: the mix share is a lower bound (~70 % here).
    expect(mx.share.lo).toBeLessThan(1);
    expect(mx.share.hi).toBeGreaterThan(0.7);
    expect(mx.share.share).toBeGreaterThan(0.6);
  });

  it('the prior-reweighted baseline reproduces a calibration change caused by the label prior', () => {
    // Scores calibrated for a 30 % prior; the current sample has 70 % positives, same P(score | y).
    const draw = (posRate: number, seed: number) => {
      const r = createRng(seed);
      const y: number[] = [];
      const score: number[] = [];
      for (let i = 0; i < 8000; i++) {
        const yi = r() < posRate ? 1 : 0;
        // A simple score: higher for positives, overlapping.
        const s = Math.min(0.999, Math.max(0.001, (yi === 1 ? 0.55 : 0.2) + 0.25 * (r() - 0.5)));
        y.push(yi);
        score.push(s);
      }
      return makeView({ y, score, ids: null });
    };
    const ctx = attributionContext(draw(0.3, 31), draw(0.7, 32))!;
    const e = priorReweightedEce(ctx, expectedCalibrationError)!;
    expect(e.cur - e.base).toBeGreaterThan(0.05);
    expect(Math.abs(e.reweighted - e.cur)).toBeLessThan(0.02);
  });
});
