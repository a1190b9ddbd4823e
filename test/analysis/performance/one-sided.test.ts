// A cause that names a group (or, in the training log, predicts a worse held-out metric) is tested
// one-sided on that prediction alone (issue "Diagnosis by attribution": a segment a cause names is
// a confirmatory test outside the exploratory family). Reference values: one_sided_reference.py.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { confirmatoryMetricSignals, namedGroupSignals, oneSidedWorse } from '../../../src/analysis/performance/signals.js';
import type { MetricComparison, PerformanceAnalysis, SegmentResult } from '../../../src/analysis/performance/types.js';
import { mcnemarExact } from '../../../src/analysis/stats/exact-tests.js';
import { holm } from '../../../src/analysis/stats/multiple-testing.js';
import { wilcoxonSignedRank } from '../../../src/analysis/stats/rank-tests.js';

interface Ref {
  wilcoxon: { name: string; d: number[]; two_sided: number; greater: number }[];
  mcnemar: { b: number; c: number; two_sided: number; greater: number }[];
  holm: { p: number[]; adjusted: number[] }[];
}
const ref = JSON.parse(readFileSync(new URL('../../reference/one_sided.json', import.meta.url), 'utf8')) as Ref;

describe('oneSidedWorse against scipy', () => {
  it.each(ref.wilcoxon)('Wilcoxon signed-rank, alternative=greater: $name', (c) => {
    const r = wilcoxonSignedRank(c.d)!;
    expect(r.pValue).toBeCloseTo(c.two_sided, 12);
    expect(r.direction).toBe(1);
    expect(oneSidedWorse(r.pValue, true)).toBeCloseTo(c.greater, 12);
  });

  it.each(ref.mcnemar)('exact McNemar, binomtest alternative=greater: b=$b c=$c', (c) => {
    const p = mcnemarExact(c.b, c.c);
    expect(p).toBeCloseTo(c.two_sided, 12);
    expect(oneSidedWorse(p, true)).toBeCloseTo(c.greater, 12);
  });

  it('gives at least 1/2 when the change points the other way', () => {
    expect(oneSidedWorse(0.01, false)).toBeCloseTo(0.995, 12);
    expect(oneSidedWorse(1, false)).toBe(0.5);
  });
});

describe('holm against statsmodels', () => {
  it.each(ref.holm)('multipletests(method=holm) of $p', (c) => {
    holm(c.p).forEach((v, i) => expect(v).toBeCloseTo(c.adjusted[i]!, 12));
  });
});

function seg(value: string, pValue: number, worse: boolean): SegmentResult {
  return {
    column: 'sex', value, kind: 'category', metric: 'rmse', nBase: 50, nCurrent: 50, baseline: 54, current: worse ? 73 : 53, delta: worse ? 19 : -1,
    ci: [1.7, 36], pValue, qValue: 0.54, significant: false, worse, test: 'wilcoxon_signed_rank', dropMass: 900, shareOfDrop: 0.93,
    mae: { base: 44, cur: worse ? 60 : 43, delta: worse ? 16 : -1, ci: [1.4, 30] },
  };
}

function analysis(segments: SegmentResult[], metrics: MetricComparison[] = []): PerformanceAnalysis {
  return {
    table: 'eval/predictions.csv', task: 'regression', hasBaseline: true, nCurrent: 132, nBase: 132, paired: true,
    options: { seed: 1, resamples: 1000, minSupport: 30, alpha: 0.05 }, slices: null, segments, metrics, classes: [], confusion: null, trivialBaseline: null,
    trivialCurrent: { majorityAccuracy: null, majorityClass: null, priorLogLoss: null, meanRmse: null },
  } as unknown as PerformanceAnalysis;
}

const SEX2 = { column: 'sex', value: '2', because: 'its share of the training sample fell 55 % → 8 %' };

describe('namedGroupSignals', () => {
  it('confirms the named group at a two-sided p of 0.08 (one-sided 0.04) that its column family missed', () => {
    const out = namedGroupSignals(analysis([seg('2', 0.082, true), seg('1', 0.42, false)]), [SEX2], new Set());
    expect(out.map((s) => s.segment)).toEqual([{ column: 'sex', value: '2' }]);
    expect(out[0]!.details['one_sided_p']).toBeCloseTo(0.041, 12);
    expect(out[0]!.details['confirmatory']).toBe(true);
    expect(out[0]!.evidence.at(-1)!.text).toContain('share of the training sample fell 55 % → 8 %');
  });

  it('tests only the direction the cause predicts', () => {
    expect(namedGroupSignals(analysis([seg('2', 0.01, false)]), [SEX2], new Set())).toEqual([]);
  });

  it('corrects across the named groups with Holm', () => {
    const groups = [SEX2, { column: 'sex', value: '1', because: 'drift located there' }];
    // one-sided 0.041 and 0.2: Holm makes the first 0.082 — no longer confirmed
    expect(namedGroupSignals(analysis([seg('2', 0.082, true), seg('1', 0.4, true)]), groups, new Set())).toEqual([]);
    // one-sided 0.01 and 0.2: 0.02 stays below 0.05
    const out = namedGroupSignals(analysis([seg('2', 0.02, true), seg('1', 0.4, true)]), groups, new Set());
    expect(out.map((s) => s.details['one_sided_p'])).toEqual([0.02]);
  });

  it('adds nothing for a group already reported or not segmented', () => {
    expect(namedGroupSignals(analysis([seg('2', 0.082, true)]), [SEX2], new Set(['sex\u00002']))).toEqual([]);
    expect(namedGroupSignals(analysis([seg('1', 0.001, true)]), [SEX2], new Set())).toEqual([]);
  });
});

function mae(delta: number, pValue: number): MetricComparison {
  return {
    name: 'mae', direction: 'lower', baseline: 0.634, current: 0.634 + delta, delta, ci: [delta - 0.039, delta + 0.038],
    pValue, mcnemarP: null, qValue: 0.18, test: 'paired_bootstrap', significant: false, status: 'unchanged',
  };
}

describe('confirmatoryMetricSignals', () => {
  it('confirms a held-out MAE rise at two-sided p 0.072 (one-sided 0.036) that BH across the metrics missed', () => {
    const out = confirmatoryMetricSignals(analysis([], [mae(0.036, 0.072)]), 'overfitting in the training log');
    expect(out).toHaveLength(1);
    expect(out[0]!.category).toBe('metric_regression');
    expect(out[0]!.metric).toBe('mae');
    expect(out[0]!.details['one_sided_p']).toBeCloseTo(0.036, 12);
    expect(out[0]!.strength).toBeGreaterThanOrEqual(0.25);
  });

  it('stays silent for an improvement, a one-sided p above alpha, or a metric the exploratory test already reported', () => {
    expect(confirmatoryMetricSignals(analysis([], [mae(-0.036, 0.072)]), 'x')).toEqual([]);
    expect(confirmatoryMetricSignals(analysis([], [mae(0.02, 0.2)]), 'x')).toEqual([]);
    const reported = { ...mae(0.05, 0.001), qValue: 0.004, significant: true, status: 'regressed' as const };
    expect(confirmatoryMetricSignals(analysis([], [reported]), 'x')).toEqual([]);
  });

  it('uses the exact McNemar p for accuracy', () => {
    const acc: MetricComparison = {
      name: 'accuracy', direction: 'higher', baseline: 0.85, current: 0.83, delta: -0.02, ci: [-0.041, 0.001],
      pValue: 0.09, mcnemarP: mcnemarExact(61, 40), qValue: 0.3, test: 'paired_bootstrap', significant: false, status: 'unchanged',
    };
    const out = confirmatoryMetricSignals({ ...analysis([], [acc]), task: 'binary' } as PerformanceAnalysis, 'underfitting in the training log');
    expect(out[0]!.details['one_sided_p']).toBeCloseTo(ref.mcnemar[2]!.greater, 12);
  });
});
