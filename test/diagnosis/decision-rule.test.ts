// The same scores, other decisions: a changed decision rule (issue 10, "moved threshold").
import { describe, expect, it } from 'vitest';
import type { RunAnalysis } from '../../src/analysis/analyze.js';
import type { Signal } from '../../src/analysis/signals.js';
import { decisionRuleSignals, UNDECLARED_RULE_STRENGTH } from '../../src/diagnosis/derived-signals.js';
import { createRng } from '../../src/analysis/stats/rng.js';
import { makeView } from '../analysis/performance/helpers.js';

const n = 2000;
const rng = createRng(5);
const y = Array.from({ length: n }, () => (rng() < 0.3 ? 1 : 0));
const score = y.map((t) => Math.round((t === 1 ? 0.35 + 0.6 * rng() : 0.6 * rng()) * 1e4) / 1e4);
const at = (t: number, s: number[] = score) => s.map((x) => (x >= t ? 1 : 0));

function analysis(curScore: number[], curPred: number[], params: { key: string; baseline: number; current: number }[] = []): RunAnalysis {
  const base = makeView({ y, score, pred: at(0.5) });
  const cur = makeView({ y, score: curScore, pred: curPred });
  return { evalPairs: [{ path: 'eval/predictions.csv', base, cur }], paramChanges: params } as unknown as RunAnalysis;
}

const regression = { category: 'metric_regression', strength: 0.7, title: 'F1 fell 20 pts', significant: true } as Signal;

describe('decision rule', () => {
  it('finds a threshold moved outside the parameters: same scores, flipped classes, the implied thresholds', () => {
    const [s] = decisionRuleSignals(analysis(score, at(0.8)), regression);
    expect(s?.category).toBe('prediction_shift');
    expect(s?.details['kind']).toBe('decision_rule');
    const flips = score.filter((x) => x >= 0.5 && x < 0.8).length;
    expect(s?.details['flips']).toBe(flips);
    expect(s?.details['flips_to_positive']).toBe(0);
    // The implied current threshold brackets 0.8: the largest score predicted 0 is below it, the smallest predicted 1 at or above.
    expect(s?.details['threshold_cur_low'] as number).toBeLessThan(0.8);
    expect(s?.details['threshold_cur_high'] as number).toBeGreaterThanOrEqual(0.8);
    // Its severity is the regression's.
    expect(s?.strength).toBe(0.7);
  });

  it("names the PR's parameter when its values are the implied thresholds", () => {
    const [s] = decisionRuleSignals(analysis(score, at(0.8), [{ key: 'model.threshold', baseline: 0.5, current: 0.8 }]), regression);
    expect(s?.category).toBe('config_change');
    expect(s?.details['key']).toBe('model.threshold');
  });

  it('a decoy parameter whose values do not match the thresholds is not named', () => {
    const [s] = decisionRuleSignals(analysis(score, at(0.8), [{ key: 'training.num_workers', baseline: 2, current: 4 }]), regression);
    expect(s?.category).toBe('prediction_shift');
  });

  it('says nothing when the model changed (the scores moved) or the decisions did not', () => {
    const r = createRng(9);
    const retrained = score.map((x) => Math.min(1, Math.max(0, x + 0.05 * (r() - 0.5))));
    expect(decisionRuleSignals(analysis(retrained, at(0.5, retrained)), regression)).toEqual([]);
    expect(decisionRuleSignals(analysis(score, at(0.5)), regression)).toEqual([]);
  });

  it('the share of same scores decides at its bound, wherever the changed rows are', () => {
    // 1 % of the rows may have other scores (DECISION_SAME_SCORES): 20 of 2000 still count as the
    // same model, 21 do not, the changed rows first (the pass stops once the share cannot be met).
    const changedFirst = (k: number) => score.map((x, i) => (i < k ? x + 0.01 : x));
    const [atBound] = decisionRuleSignals(analysis(changedFirst(20), at(0.8, changedFirst(20))), regression);
    expect(atBound?.details['kind']).toBe('decision_rule');
    expect(atBound?.details['n']).toBe(n);
    expect(decisionRuleSignals(analysis(changedFirst(21), at(0.8, changedFirst(21))), regression)).toEqual([]);
    // Rows with other scores at the end: the same answers.
    const changedLast = (k: number) => score.map((x, i) => (i >= n - k ? x + 0.01 : x));
    expect(decisionRuleSignals(analysis(changedLast(20), at(0.8, changedLast(20))), regression)).toHaveLength(1);
    expect(decisionRuleSignals(analysis(changedLast(21), at(0.8, changedLast(21))), regression)).toEqual([]);
  });

  it('without a regression: minor when the rule changed outside the parameters, information when a parameter declared it', () => {
    const [undeclared] = decisionRuleSignals(analysis(score, at(0.8)), undefined);
    expect(undeclared?.strength).toBe(UNDECLARED_RULE_STRENGTH);
    expect(undeclared?.strength).toBeGreaterThanOrEqual(0.25);
    expect(undeclared?.strength).toBeLessThan(0.5);
    const [declared] = decisionRuleSignals(analysis(score, at(0.8), [{ key: 'model.threshold', baseline: 0.5, current: 0.8 }]), undefined);
    expect(declared?.category).toBe('config_change');
    expect(declared?.strength).toBeLessThan(0.25);
  });
});
