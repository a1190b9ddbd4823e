import { beforeAll, describe, expect, it } from 'vitest';
import { localDirSource } from '../../src/artifacts/source.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import type { RunDataQuery } from '../../src/query/port.js';
import { review } from '../../src/review.js';
import type { Report } from '../../src/report/types.js';

let query: RunDataQuery;
let report: Report;

beforeAll(async () => {
  const r = await review({ config: DEFAULT_CONFIG, baseline: localDirSource('examples/churn/baseline', 'path', 'b'), current: localDirSource('examples/churn/current', 'path', 'c') });
  query = r.query;
  report = r.report;
});

describe('runDataQuery over the churn example', () => {
  it('recomputes a segment metric from the rows, equal to the engine\'s own segment row', () => {
    const row = report.segments.find((s) => s.column === 'value_tier' && s.value === 'high' && s.metric === 'accuracy')!;
    const got = query.segmentMetrics('value_tier', 'accuracy', 'high') as { rows: { baseline: number; current: number; delta: number; n: number }[] };
    expect(got.rows).toEqual([{ value: 'high', n: row.n, nBaseline: 810, baseline: row.baseline, current: row.current, delta: -0.081481 }]);
  });

  it('lists every value of a categorical column, most frequent first, and bins a numeric one in quartiles', () => {
    const region = query.segmentMetrics('region', 'n') as { rows: { value: string; n: number }[] };
    expect(region.rows.map((r) => r.value)).toEqual(['north', 'east', 'south', 'west']);
    const usage = query.segmentMetrics('data_usage_gb', 'accuracy') as { rows: { value: string; n: number }[] };
    expect(usage.rows.map((r) => r.value)).toEqual(['[0.1, 9.16418)', '[9.16418, 14.0374)', '[14.0374, 20.4175)', '[20.4175, 60.4152]']);
    expect(usage.rows.map((r) => r.n)).toEqual([1000, 1000, 1000, 1000]);
  });

  it('answers an unknown column or metric with what exists', () => {
    expect(query.segmentMetrics('planet', 'accuracy')).toMatchObject({ error: "no column 'planet' in eval/predictions.csv", columns: expect.arrayContaining(['region']) as unknown });
    expect(query.segmentMetrics('region', 'auc')).toEqual({ error: "metric 'auc' is not one of: accuracy, error_rate, positive_rate, mean_score, n (binary)" });
  });

  it('describes a feature in both runs within a segment', () => {
    expect(query.featureDistribution('data_usage_gb', { column: 'value_tier', value: 'high' })).toMatchObject({
      baseline: { n: 810, median: 17.5239, max: 35.4576 },
      current: { n: 810, median: 38.6254, max: 60.4152 },
    });
    const region = query.featureDistribution('region') as { current: { distinct: number; top: { value: string; count: number; share: number }[] } };
    expect(region.current.distinct).toBe(4);
    expect(region.current.top[0]).toEqual({ value: 'north', count: 1235, share: 0.30875 });
  });

  it('shows at most the asked number of misclassified rows, most confident first, at most 20', () => {
    const two = query.exampleErrors(2) as { misclassified: number; examples: { row: number; score: number; features: Record<string, string> }[] };
    expect(two.misclassified).toBe(820);
    expect(two.examples.map((e) => e.row)).toEqual([1686, 2368]);
    expect(Object.keys(two.examples[0]!.features)).toHaveLength(8);
    expect((query.exampleErrors(500) as { examples: unknown[] }).examples).toHaveLength(20);
    const high = query.exampleErrors(50, { column: 'value_tier', value: 'high' }) as { rows: number; examples: { features: { value_tier: string } }[] };
    expect(high.rows).toBe(810);
    expect(high.examples.every((e) => e.features.value_tier === 'high')).toBe(true);
  });

  it('returns a training curve of both runs with its minimum, and names the series for an unknown one', () => {
    expect(query.trainingCurve('val_loss')).toMatchObject({ baseline: { x: 'epoch', min: { x: 18, value: 0.4482 }, last: 0.4523, nonFinite: 0 } });
    expect((query.trainingCurve('val_loss') as { baseline: { points: unknown[] } }).baseline.points).toHaveLength(20);
    expect(query.trainingCurve('bleu')).toMatchObject({ current: { error: "no series 'bleu' in train_log.csv" } });
  });
});
