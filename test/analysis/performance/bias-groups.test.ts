import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePerformance, performanceSignals } from '../../../src/analysis/performance/index.js';
import { normalQuantile } from '../../../src/analysis/performance/special.js';
import { cycle, makeView, OPTS, pairedRuns } from './helpers.js';

const TIERS = ['high', 'mid', 'low'];
const BASE_SKILL: Record<string, number> = { high: 0.92, mid: 0.82, low: 0.7 };

function threeGroups(curMid: number, seed: number, curIds?: string[]) {
  const n = 6000;
  const tier = cycle(n, TIERS);
  return pairedRuns({
    n,
    seed,
    strings: { tier },
    protectedColumns: ['tier'],
    baseSkill: (i) => BASE_SKILL[tier[i]!]!,
    curSkill: (i) => (tier[i] === 'mid' ? curMid : BASE_SKILL[tier[i]!]!),
    ...(curIds ? { curIds } : {}),
  });
}

describe('bias: each group tested against its own baseline and the rest', () => {
  it('flags a middle group that drops while the best-minus-worst gap stays where it was', () => {
    const { base, cur } = threeGroups(0.72, 11);
    const a = analyzePerformance(base, cur, OPTS);
    const b = a.bias.find((x) => x.column === 'tier')!;
    // The max gap (high - low) did not move: the old test could not see the drop.
    expect(b.gapGrewSignificantly).toBe(false);
    expect(Math.abs(b.gapDelta!)).toBeLessThan(0.03);
    const mid = b.groupTests.find((g) => g.group === 'mid')!;
    expect(mid.test).toBe('mcnemar_exact');
    expect(mid.delta).toBeLessThan(-0.06);
    expect(mid.qValue).toBeLessThan(0.05);
    expect(mid.gapToRest).toBeLessThan(-0.06);
    expect(mid.gapQValue).toBeLessThan(0.05);
    expect(mid.worsened).toBe(true);
    expect(b.groupTests.filter((g) => g.worsened).map((g) => g.group)).toEqual(['mid']);
    expect(b.worstChange!.group).toBe('mid');
    const s = performanceSignals(a).find((x) => x.category === 'bias')!;
    expect(s.segment).toEqual({ column: 'tier', value: 'mid' });
    expect(s.details['group']).toBe('mid');
    expect(s.details['groupDelta']).toBeCloseTo(mid.delta, 12);
    expect(s.details['restDelta']).toBeCloseTo(mid.restDelta, 12);
    expect(s.details['qValue']).toBe(mid.qValue);
    expect(s.details['n']).toBe(2000);
    expect(s.strength).toBeGreaterThan(0.25);
  });

  it('computes the rest as every row outside the group, on the group and rest accuracies', () => {
    const { base, cur } = threeGroups(0.72, 12);
    const a = analyzePerformance(base, cur, OPTS);
    const b = a.bias.find((x) => x.column === 'tier')!;
    const mid = b.groupTests.find((g) => g.group === 'mid')!;
    const others = b.current.groups.filter((g) => g.group !== 'mid');
    const restCur = others.reduce((s, g) => s + g.accuracy * g.n, 0) / others.reduce((s, g) => s + g.n, 0);
    expect(mid.restCurrent).toBeCloseTo(restCur, 12);
    expect(mid.gapToRest).toBeCloseTo(mid.delta - mid.restDelta, 12);
  });

  it('does not call a drop that every group shares a disparity', () => {
    const n = 6000;
    const tier = cycle(n, TIERS);
    const { base, cur } = pairedRuns({
      n,
      seed: 13,
      strings: { tier },
      protectedColumns: ['tier'],
      baseSkill: (i) => BASE_SKILL[tier[i]!]!,
      curSkill: (i) => BASE_SKILL[tier[i]!]! - 0.1,
    });
    const a = analyzePerformance(base, cur, OPTS);
    const b = a.bias.find((x) => x.column === 'tier')!;
    // Every group lost accuracy significantly, none more than the rest.
    expect(b.groupTests.every((g) => g.qValue < 0.05 && g.delta < 0)).toBe(true);
    expect(b.worstChange).toBeNull();
    expect(performanceSignals(a).some((x) => x.category === 'bias')).toBe(false);
  });

  it('tests unpaired runs with Fisher\'s exact test per group', () => {
    const n = 6000;
    const { base, cur } = threeGroups(0.72, 14, Array.from({ length: n }, (_, i) => `other${i}`));
    const a = analyzePerformance(base, cur, OPTS);
    expect(a.paired).toBe(false);
    const b = a.bias.find((x) => x.column === 'tier')!;
    const mid = b.groupTests.find((g) => g.group === 'mid')!;
    expect(mid.test).toBe('fisher_exact');
    expect(b.worstChange?.group).toBe('mid');
  });
});

interface GapRef {
  gap: number;
  se: number;
  p: number;
}
interface BiasRef {
  paired: { groups: string[]; base_correct: number[]; cur_correct: number[]; gaps: Record<string, GapRef> };
  unpaired: { base_groups: string[]; base_correct: number[]; cur_groups: string[]; cur_correct: number[]; gaps: Record<string, GapRef> };
}

// Written by test/reference/bias_groups_reference.py (statsmodels OLS, HC0 standard errors).
const ref = JSON.parse(readFileSync(new URL('../../reference/bias_groups.json', import.meta.url), 'utf8')) as BiasRef;

/** A binary view whose row i is right exactly when correct[i] = 1. */
function viewOf(groups: string[], correct: number[], ids: string[]) {
  const y = correct.map((_, i) => i % 2);
  const pred = y.map((t, i) => (correct[i] ? t : 1 - t));
  return makeView({ y, pred, strings: { grp: groups }, protectedColumns: ['grp'], ids });
}

describe('bias: the gap to the rest matches the interaction of a saturated model (statsmodels, HC0)', () => {
  const opts = { ...OPTS, minSupport: 20 };
  it.each(['paired', 'unpaired'] as const)('%s rows', (kind) => {
    const r = ref[kind];
    const base =
      kind === 'paired'
        ? viewOf(ref.paired.groups, ref.paired.base_correct, ref.paired.groups.map((_, i) => `r${i}`))
        : viewOf(ref.unpaired.base_groups, ref.unpaired.base_correct, ref.unpaired.base_groups.map((_, i) => `b${i}`));
    const cur =
      kind === 'paired'
        ? viewOf(ref.paired.groups, ref.paired.cur_correct, ref.paired.groups.map((_, i) => `r${i}`))
        : viewOf(ref.unpaired.cur_groups, ref.unpaired.cur_correct, ref.unpaired.cur_groups.map((_, i) => `c${i}`));
    const a = analyzePerformance(base, cur, opts);
    expect(a.paired).toBe(kind === 'paired');
    const tests = a.bias.find((b) => b.column === 'grp')!.groupTests;
    expect(tests.map((t) => t.group).sort()).toEqual(['a', 'b', 'c']);
    const z = normalQuantile(1 - OPTS.alpha / 2);
    for (const t of tests) {
      const g = r.gaps[t.group]!;
      expect(t.gapToRest).toBeCloseTo(g.gap, 12);
      expect(t.gapPValue).toBeCloseTo(g.p, 10);
      expect((t.gapCi![1] - t.gapCi![0]) / 2).toBeCloseTo(z * g.se, 10);
    }
  });
});
