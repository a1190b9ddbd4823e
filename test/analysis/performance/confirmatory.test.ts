// A segment of a column that a cause names is a confirmatory question: Benjamini–Hochberg within
// that column's values, not across every bin of every column (issue "Diagnosis by attribution").
import { describe, expect, it } from 'vitest';
import { confirmatorySegmentSignals } from '../../../src/analysis/performance/signals.js';
import type { PerformanceAnalysis, SegmentResult } from '../../../src/analysis/performance/types.js';

function seg(column: string, value: string, pValue: number, qValue: number, delta = -0.12): SegmentResult {
  return {
    column, value, kind: 'category', metric: 'accuracy', nBase: 80, nCurrent: 80, baseline: 0.8, current: 0.8 + delta, delta,
    ci: [delta - 0.08, delta + 0.08 < 0 ? delta + 0.08 : -0.01], pValue, qValue, significant: qValue <= 0.05, worse: delta < 0,
    test: 'mcnemar_exact', dropMass: 0.01, shareOfDrop: 0.6,
  };
}

/** An analysis whose exploratory family (60 bins) left `sex=2` at q = 0.2 although its own p is 0.004. */
function analysis(): PerformanceAnalysis {
  const noise = Array.from({ length: 58 }, (_, i) => seg(`x${i}`, 'bin', 0.3 + i / 100, 0.9, 0.01));
  return {
    nCurrent: 400,
    paired: true,
    options: { seed: 1, resamples: 1000, minSupport: 30, alpha: 0.05 },
    slices: null,
    segments: [seg('sex', '2', 0.004, 0.2), seg('sex', '1', 0.6, 0.9, 0.01), ...noise],
  } as unknown as PerformanceAnalysis;
}

describe('confirmatory segment tests', () => {
  it('finds the named group\'s drop that the exploratory family missed, with BH inside its column', () => {
    const out = confirmatorySegmentSignals(analysis(), new Set(['sex']));
    expect(out.map((s) => s.segment)).toEqual([{ column: 'sex', value: '2' }]);
    expect(out[0]!.details['confirmatory']).toBe(true);
    // BH over the column's 2 values: q = 2 × 0.004 = 0.008
    expect(out[0]!.details['qValue']).toBeCloseTo(0.008, 10);
  });

  it('adds nothing for a column no cause names', () => {
    expect(confirmatorySegmentSignals(analysis(), new Set(['x3']))).toEqual([]);
    expect(confirmatorySegmentSignals(analysis(), new Set())).toEqual([]);
  });
});

describe('confirmatory tests of rank-tested regression segments', () => {
  it('keeps the rank test\'s p-value and reads the strength from the MAE change', () => {
    const reg = (value: string, pValue: number, maeDelta: number): SegmentResult => ({
      column: 'sex', value, kind: 'category', metric: 'rmse', nBase: 80, nCurrent: 80, baseline: 40, current: 41, delta: 1,
      ci: [-5, 7], pValue, qValue: 0.3, significant: false, worse: maeDelta > 0, test: 'wilcoxon_signed_rank', dropMass: 0.01, shareOfDrop: 0.6,
      mae: { base: 20, cur: 20 + maeDelta, delta: maeDelta, ci: [maeDelta - 2, maeDelta + 2] },
    });
    const a = { ...analysis(), task: 'regression', segments: [reg('2', 0.003, 6), reg('1', 0.7, -0.5)] } as unknown as PerformanceAnalysis;
    const out = confirmatorySegmentSignals(a, new Set(['sex']));
    expect(out.map((s) => s.segment)).toEqual([{ column: 'sex', value: '2' }]);
    expect(out[0]!.details['test']).toBe('wilcoxon_signed_rank');
    expect(out[0]!.details['maeDelta']).toBe(6);
    expect(out[0]!.details['rmseDelta']).toBe(1);
    // MAE +30 % read at the conservative end (+20 %): well above minor although the RMSE barely moved.
    expect(out[0]!.strength).toBeGreaterThan(0.3);
  });
});
