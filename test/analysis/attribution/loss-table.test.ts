// The attribution context computes a pair's per-row losses when first asked for (a review asks
// for the headline metric's only): LossTable must then give each loss once and keep it, and tell
// which losses the pair has the way the eager map did.
import { describe, expect, it } from 'vitest';
import { attributionContext, LossTable, type LossKind } from '../../../src/analysis/attribution/attribute.js';
import { makeView } from '../performance/helpers.js';

describe('LossTable', () => {
  it('computes each loss once, on first use, and says which losses the pair has', () => {
    const made: LossKind[] = [];
    const pair = (v: number) => ({ base: new Float64Array([v]), cur: new Float64Array([v + 1]) });
    const table = new LossTable(
      new Map<LossKind, () => { base: Float64Array; cur: Float64Array } | null>([
        ['error', () => (made.push('error'), pair(0))],
        ['log_loss', () => (made.push('log_loss'), null)],
      ]),
    );
    expect(made).toEqual([]);
    const first = table.get('error');
    expect(table.get('error')).toBe(first);
    expect(table.has('error')).toBe(true);
    expect(made).toEqual(['error']);
    // A loss whose maker finds nothing (scores missing) is absent, like one never offered.
    expect(table.has('log_loss')).toBe(false);
    expect(table.get('log_loss')).toBeUndefined();
    expect(table.has('abs_error')).toBe(false);
    expect(made).toEqual(['error', 'log_loss']);
  });

  it('gives the attribution context the losses of its rows', () => {
    const base = makeView({ y: [0, 1, 1, 0], pred: [0, 1, 0, 0], score: [0.2, 0.9, 0.4, 0.1] });
    const cur = makeView({ y: [0, 1, 1, 0], pred: [1, 1, 0, 0], score: [0.6, 0.8, 0.3, 0.1] });
    const ctx = attributionContext(base, cur)!;
    expect(Array.from(ctx.losses.get('error')!.base)).toEqual([0, 0, 1, 0]);
    expect(Array.from(ctx.losses.get('error')!.cur)).toEqual([1, 0, 1, 0]);
    const ll = ctx.losses.get('log_loss')!;
    expect(ll.cur[0]).toBeCloseTo(-Math.log(0.4), 12);
    expect(ll.base[1]).toBeCloseTo(-Math.log(0.9), 12);
    expect(ctx.losses.has('abs_error')).toBe(false);
  });
});
