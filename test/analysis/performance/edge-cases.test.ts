import { describe, expect, it } from 'vitest';
import { analyzePerformance, performanceSignals, type PerformanceAnalysis } from '../../../src/analysis/performance/index.js';
import { cycle, makeView, OPTS, pairedRuns, ref } from './helpers.js';

/** Paths of numbers that are NaN or infinite: results must be JSON-safe (null, never NaN). */
function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

function analyses(): [string, PerformanceAnalysis][] {
  const n = 900;
  const { base, cur } = pairedRuns({
    n,
    seed: 31,
    strings: { region: cycle(n, ['a', 'b', 'c']), sex: cycle(n, ['f', 'm']) },
    numbers: { x: Array.from({ length: n }, (_, i) => i % 97) },
    baseSkill: () => 0.8,
    curSkill: (i) => (i % 3 === 0 ? 0.6 : 0.8),
  });
  const m = ref.multiclass;
  const g = ref.regression;
  const classes = ['a', 'b', 'c', 'd'];
  const tiny = makeView({ y: [0, 1, 1, 0, 1], score: [0.2, 0.8, 0.4, 0.1, 0.9] });
  const oneClass = makeView({ y: [0, 0, 0, 0, 0, 0], score: [0.1, 0.2, 0.6, 0.3, 0.2, 0.1] });
  return [
    ['binary paired', analyzePerformance(base, cur, OPTS)],
    ['multiclass', analyzePerformance(makeView({ task: 'multiclass', classes, y: m.y, probs: m.probs }), makeView({ task: 'multiclass', classes, y: m.y, pred: m.pred, probs: m.probs }), OPTS)],
    ['regression', analyzePerformance(makeView({ task: 'regression', y: g.y, pred: g.pred }), makeView({ task: 'regression', y: g.y, pred: g.y.map((v) => v + 1) }), OPTS)],
    ['tiny', analyzePerformance(tiny, tiny, OPTS)],
    ['single class', analyzePerformance(oneClass, oneClass, OPTS)],
    ['current only', analyzePerformance(null, cur, OPTS)],
  ];
}

describe('edge cases', () => {
  it.each(analyses())('%s: every number in the result is finite (undefined values are null)', (_, a) => {
    expect(nonFinite(a)).toEqual([]);
    expect(nonFinite(performanceSignals(a))).toEqual([]);
  });

  it('reports AUC as null, not a number, when the labels hold one class', () => {
    const v = makeView({ y: [0, 0, 0, 0, 0, 0], score: [0.1, 0.2, 0.6, 0.3, 0.2, 0.1] });
    const a = analyzePerformance(v, v, OPTS);
    const auc = a.metrics.find((m) => m.name === 'auc')!;
    expect(auc.current).toBeNull();
    expect(auc.ci).toBeNull();
    expect(auc.status).toBe('unchanged');
  });

  it('reports the current run alone when the task changed', () => {
    const b = ref.binary;
    const g = ref.regression;
    const a = analyzePerformance(makeView({ task: 'regression', y: g.y, pred: g.pred }), makeView({ y: b.y, score: b.score }), OPTS);
    expect(a.hasBaseline).toBe(false);
    expect(a.notes.join(' ')).toMatch(/task changed/);
  });

  it('returns an empty analysis with a note when there is no prediction at all', () => {
    const v = { ...makeView({ y: [0, 1, 0] }), yPred: null };
    const a = analyzePerformance(null, v, OPTS);
    expect(a.metrics).toEqual([]);
    expect(a.notes[0]).toMatch(/no prediction/);
  });

  it('skips MAPE when a target is near zero', () => {
    const y = [0.001, 5, 7, 9, 11, 13];
    const a = analyzePerformance(null, makeView({ task: 'regression', y, pred: y.map((v) => v + 0.5) }), OPTS);
    expect(a.metrics.map((m) => m.name)).toEqual(['rmse', 'mae', 'r2', 'mean_error']);
  });

  it('mirrors the score when a run lists its binary classes in the other order', () => {
    const b = ref.binary;
    const base = makeView({ y: b.y, score: b.score, pred: b.pred });
    const flipped = makeView({ classes: ['1', '0'], y: b.y.map((t) => 1 - t), score: b.score.map((s) => 1 - s), pred: b.pred.map((p) => 1 - p) });
    const a = analyzePerformance(base, flipped, OPTS);
    for (const m of a.metrics) expect(Math.abs(m.delta!)).toBeLessThan(1e-12);
  });
});
