// Hand-built visuals for the chart and budget tests: every kind of chart, names chosen per test.
import type { Visuals } from '../../src/report/types.js';

export function visuals(name = (s: string) => s): Visuals {
  return {
    learningCurves: {
      path: 'train_log.csv',
      xName: 'epoch',
      series: [
        { name: 'train_loss', base: [[1, 0.9], [2, 0.7], [3, 0.6]], current: [[1, 0.9], [2, 0.5], [3, 0.3]] },
        { name: 'val_loss', base: [[1, 0.95], [2, 0.8], [3, 0.75]], current: [[1, 0.95], [2, 0.9], [3, 1.1]] },
      ],
    },
    reliability: {
      table: name('eval/predictions.csv'),
      kind: 'positive_class',
      baseEce: 0.02,
      currentEce: 0.08,
      bins: [0, 1, 2, 3, 4].map((i) => ({
        lo: i / 5,
        hi: (i + 1) / 5,
        basePredicted: i / 5 + 0.1,
        baseObserved: i / 5 + 0.09,
        baseN: 100,
        currentPredicted: i / 5 + 0.1,
        currentObserved: Math.min(1, i / 5 + 0.2),
        currentN: 90,
      })),
    },
    segmentDeltas: {
      table: name('eval/predictions.csv'),
      metric: 'accuracy',
      direction: 'higher',
      rows: [
        { column: name('region'), value: name('EU'), n: 1200, baseline: 0.9, current: 0.8, delta: -0.1, loss: 0.1, significant: true },
        { column: name('plan'), value: name('pro'), n: 800, baseline: 0.85, current: 0.8, delta: -0.05, loss: 0.05, significant: true },
      ],
    },
    histogram: {
      table: name('eval/predictions.csv'),
      feature: name('distance'),
      kind: 'number',
      segment: { column: name('region'), value: name('EU') },
      nBase: 500,
      nCurrent: 520,
      bins: [
        { label: 'below 10', base: 0.5, current: 0.1 },
        { label: '10–20', base: 0.3, current: 0.3 },
        { label: '20 or more', base: 0.2, current: 0.6 },
      ],
    },
    drift: Array.from({ length: 80 }, (_, i) => ({
      feature: name(`f${i}`),
      comparison: 'eval' as const,
      source: name('eval/predictions.csv'),
      kind: 'number' as const,
      psi: i === 0 ? 1.2 : 0.001,
      test: 'ks' as const,
      pValue: i === 0 ? 1e-30 : 0.8,
      missingBase: 0,
      missingCurrent: i === 0 ? 0.2 : 0,
      drifted: i === 0,
      ...(i === 0 ? { segment: { column: name('region'), value: name('EU') } } : {}),
    })),
  };
}
