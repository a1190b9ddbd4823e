// The facts behind a drop: per-segment confusion cells (segment-confusion.ts), which cells moved
// materially (error-facts.ts) and the trivial predictors a run does no better than — on
// constructed runs whose counts are known exactly.
import { describe, expect, it } from 'vitest';
import { analyzePerformance, performanceSignals } from '../../../src/analysis/performance/index.js';
import { confusionFacts, MIN_RATE_CHANGE, trivialFacts } from '../../../src/analysis/performance/error-facts.js';
import { labelCells } from '../../../src/analysis/performance/segment-confusion.js';
import type { ClassRun } from '../../../src/analysis/performance/prepare.js';
import { summarizeView } from '../../../src/analysis/summary/from-rows.js';
import { summaryPerformance } from '../../../src/analysis/summary/analyze.js';
import { makeView, OPTS } from './helpers.js';

/**
 * 400 paired rows: tier high (rows 0–199) and low (200–399), 100 positives and 100 negatives in
 * each. Baseline: 5 missed positives in high, 5 false positives in low. Current: the high tier
 * misses 60 of its positives and flags 10 of its negatives; the low tier is unchanged.
 */
function tierRuns() {
  const y: number[] = [];
  const tier: string[] = [];
  for (let i = 0; i < 400; i++) {
    tier.push(i < 200 ? 'high' : 'low');
    y.push(i % 200 < 100 ? 1 : 0);
  }
  const base = y.map((t, i) => (i < 200 && t === 1 && i < 5 ? 0 : i >= 200 && t === 0 && i < 305 ? 1 : t));
  const cur = y.map((t, i) => {
    if (i < 200 && t === 1 && i < 60) return 0;
    if (i < 200 && t === 0 && i < 110) return 1;
    return base[i]!;
  });
  return {
    base: makeView({ y, pred: base, strings: { tier } }),
    cur: makeView({ y, pred: cur, strings: { tier } }),
  };
}

describe('per-segment confusion cells', () => {
  it('counts each segment value’s cells in one pass, weighted, with the sums of squared weights', () => {
    // k = 2, cell = y·2 + pred; codes: segment label per row (-1: in none).
    const run = {
      k: 2,
      n: 6,
      cell: Int32Array.from([3, 2, 0, 1, 3, 3]),
      w: Float64Array.from([1, 2, 1, 0.5, 1, 3]),
      weighted: true,
    } as unknown as ClassRun;
    const { cells, weightSquares } = labelCells(run, Int16Array.from([0, 0, 1, 1, -1, 1]), 2);
    // Label 0: TP 1 (w 1), FN 1 (w 2). Label 1: TN 1, FP 0.5, TP 3. Row 4 is in no segment.
    expect(Array.from(cells)).toEqual([0, 0, 2, 1, 1, 0.5, 0, 3]);
    expect(Array.from(weightSquares)).toEqual([5, 1 + 0.25 + 9]);
    // Unweighted (all-ones weights): the integer counts.
    const unit = { ...run, w: new Float64Array(6).fill(1), weighted: false } as unknown as ClassRun;
    const u = labelCells(unit, Int16Array.from([0, 0, 1, 1, -1, 1]), 2);
    expect(Array.from(u.cells)).toEqual([0, 0, 1, 1, 1, 1, 0, 1]);
    expect(Array.from(u.weightSquares)).toEqual([2, 3]);
  });

  it('attaches the exact cells of each run to the segment that got worse', () => {
    const { base, cur } = tierRuns();
    const a = analyzePerformance(base, cur, OPTS);
    const high = a.segments.find((r) => r.column === 'tier' && r.value === 'high' && r.metric === 'accuracy')!;
    expect(high.significant && high.worse).toBe(true);
    // [TN, FP, FN, TP]
    expect(high.confusion).toEqual({ k: 2, base: [100, 0, 5, 95], current: [90, 10, 60, 40], baseWeightSquares: 200, currentWeightSquares: 200 });
    // The unchanged tier is no signal: no cells computed for it.
    expect(a.segments.find((r) => r.column === 'tier' && r.value === 'low')?.confusion).toBeUndefined();
    // The whole table's cells come from errors.ts's matrices.
    expect(a.confusion).toEqual({ k: 2, base: [195, 5, 5, 195], current: [185, 15, 60, 140], baseWeightSquares: 400, currentWeightSquares: 400 });
  });

  it('reads the same cells from summaries as from rows', () => {
    const { base, cur } = tierRuns();
    const bs = summarizeView(base, null);
    const a = summaryPerformance(bs, summarizeView(cur, bs), OPTS);
    const high = a.segments.find((r) => r.column === 'tier' && r.value === 'high')!;
    expect(high.confusion).toEqual({ k: 2, base: [100, 0, 5, 95], current: [90, 10, 60, 40], baseWeightSquares: 200, currentWeightSquares: 200 });
    expect(a.confusion).toEqual({ k: 2, base: [195, 5, 5, 195], current: [185, 15, 60, 140], baseWeightSquares: 400, currentWeightSquares: 400 });
  });

  it('gives the segment signal the true positives it lost', () => {
    const { base, cur } = tierRuns();
    const a = analyzePerformance(base, cur, OPTS);
    const seg = performanceSignals(a).find((s) => s.category === 'segment_regression' && s.segment?.value === 'high')!;
    const f = seg.errors!.confusion!;
    expect(seg.errors!.where).toEqual([{ column: 'tier', value: 'high' }]);
    expect(f.kind).toBe('binary');
    if (f.kind !== 'binary') return;
    expect(f.tp).toEqual({ base: 95, current: 40 });
    expect(f.recall).toMatchObject({ base: 0.95, current: 0.4, material: true });
    expect(f.falsePositiveRate).toMatchObject({ base: 0, current: 0.1, material: true });
  });
});

describe('confusionFacts', () => {
  it('calls a rate change material only when significant and at least MIN_RATE_CHANGE', () => {
    // 400 000 positives a run: recall 0.500 → 0.495 is significant at this size (z ≈ 4.5) but half a point.
    const big = confusionFacts({ k: 2, base: [90000, 10000, 200000, 200000], current: [90000, 10000, 202000, 198000], baseWeightSquares: 500000, currentWeightSquares: 500000 }, ['no', 'yes'], 0.05);
    expect(big?.kind === 'binary' && big.recall!.pValue < 0.025).toBe(true);
    expect(big?.kind === 'binary' && big.recall!.material).toBe(false);
    expect(MIN_RATE_CHANGE).toBe(0.01);
    // 20 positives a run: recall 0.5 → 0.35 is 15 points but noise (p ≈ 0.34).
    const small = confusionFacts({ k: 2, base: [70, 10, 10, 10], current: [70, 10, 13, 7], baseWeightSquares: 100, currentWeightSquares: 100 }, ['no', 'yes'], 0.05);
    expect(small?.kind === 'binary' && small.recall!.material).toBe(false);
  });

  it('counts weighted rows at their Kish effective size', () => {
    // The same cells as 100 unit rows, but weighted so that Σw² = 4·Σw: a quarter of the rows' information.
    const unit = confusionFacts({ k: 2, base: [40, 10, 20, 30], current: [40, 10, 35, 15], baseWeightSquares: 100, currentWeightSquares: 100 }, ['0', '1'], 0.05);
    const heavy = confusionFacts({ k: 2, base: [40, 10, 20, 30], current: [40, 10, 35, 15], baseWeightSquares: 400, currentWeightSquares: 400 }, ['0', '1'], 0.05);
    expect(unit?.kind === 'binary' && heavy?.kind === 'binary').toBe(true);
    if (unit?.kind !== 'binary' || heavy?.kind !== 'binary') return;
    expect(unit.recall!.material).toBe(true);
    expect(heavy.recall!.pValue).toBeGreaterThan(unit.recall!.pValue);
    expect(heavy.recall!.material).toBe(false);
  });

  it('names the class whose recall fell, where its rows went, and the pairs confused more', () => {
    // Classes a, b, c with 200 rows each; in the current run 60 of b's rows are predicted as c.
    const base = [195, 3, 2, 2, 196, 2, 1, 2, 197];
    const current = [195, 3, 2, 2, 136, 62, 1, 2, 197];
    const f = confusionFacts({ k: 3, base, current, baseWeightSquares: 600, currentWeightSquares: 600 }, ['a', 'b', 'c'], 0.05);
    expect(f?.kind).toBe('multiclass');
    if (f?.kind !== 'multiclass') return;
    expect(f.recallFell.map((r) => [r.cls, r.base, r.current])).toEqual([['b', 0.98, 0.68]]);
    expect(f.recallFell[0]!.lostTo).toEqual({ cls: 'c', baseCount: 2, currentCount: 62 });
    expect(f.confusedMore.map((p) => [p.trueClass, p.predictedClass, p.baseCount, p.currentCount])).toEqual([['b', 'c', 2, 62]]);
  });
});

describe('trivialFacts', () => {
  /** 200 rows, 180 of class 0: always predicting 0 scores 0.9. */
  function skewed(wrongBase: number, wrongCur: number) {
    const y = Array.from({ length: 200 }, (_, i) => (i < 20 ? 1 : 0));
    // Errors on the majority class: the first `wrong` negatives are flagged positive.
    const predOf = (wrong: number) => y.map((t, i) => (t === 0 && i < 20 + wrong ? 1 : t));
    return analyzePerformance(makeView({ y, pred: predOf(wrongBase) }), makeView({ y, pred: predOf(wrongCur) }), OPTS);
  }

  it('says when accuracy crossed below always predicting the majority class', () => {
    const a = skewed(10, 30);
    expect(trivialFacts(a)).toEqual([{ metric: 'accuracy', current: 0.85, trivial: 0.9, baseline: 0.95, trivialBaseline: 0.9, crossed: true, majorityClass: '0' }]);
    // On every metric signal of the table, in place of the plain "always predicting … scores" context.
    const sig = performanceSignals(a).find((s) => s.category === 'metric_regression' && s.metric === 'accuracy')!;
    expect(sig.errors!.trivial).toHaveLength(1);
    expect(sig.evidence.some((e) => e.text.startsWith('always predicting'))).toBe(false);
  });

  it('says when both runs were no better than the majority class, and counts a tie as "at"', () => {
    expect(trivialFacts(skewed(25, 30))).toMatchObject([{ metric: 'accuracy', current: 0.85, baseline: 0.875, crossed: false }]);
    expect(trivialFacts(skewed(10, 20))).toMatchObject([{ metric: 'accuracy', current: 0.9, trivial: 0.9, crossed: true }]);
  });

  it('is silent while the run beats its trivial predictor', () => {
    expect(trivialFacts(skewed(5, 15))).toEqual([]);
  });

  it('compares RMSE with predicting the mean (R² at or below 0)', () => {
    const y = Array.from({ length: 120 }, (_, i) => i % 10);
    // Mean 4.5, spread 2.87: the baseline is off by ±1, the current run predicts the reverse ramp.
    const base = y.map((v, i) => v + (i % 2 ? 1 : -1));
    const cur = y.map((v) => 9 - v);
    const a = analyzePerformance(makeView({ task: 'regression', y, pred: base }), makeView({ task: 'regression', y, pred: cur }), OPTS);
    const [t] = trivialFacts(a);
    expect(t).toMatchObject({ metric: 'rmse', crossed: true, baseline: 1, majorityClass: null });
    expect(t!.trivial).toBeCloseTo(Math.sqrt(8.25), 12);
    expect(t!.current).toBeCloseTo(Math.sqrt(33), 12);
  });
});
