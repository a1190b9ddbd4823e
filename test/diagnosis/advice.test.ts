import { describe, expect, it } from 'vitest';
import type { Signal } from '../../src/analysis/signals.js';
import { adviceFor, originOf } from '../../src/diagnosis/advice/index.js';
import { firstSentence } from '../../src/report/first-screen.js';

const signal = (category: Signal['category'], extra: Partial<Signal> = {}): Signal => ({
  category,
  area: 'data',
  strength: 0.8,
  significant: true,
  title: 'x',
  evidence: [],
  details: {},
  ...extra,
});

const changes = [
  { key: 'data.eval_snapshot', baseline: '2024w21', current: '2024w22' },
  { key: 'optimizer.lr', baseline: 0.001, current: 0.01 },
  { key: 'training.num_workers', baseline: 2, current: 4 },
  { key: 'seed', baseline: 1, current: 2 },
];

describe('the PR\'s own change, named', () => {
  it('names the changed data-origin parameter as the likely origin of a data cause', () => {
    expect(originOf('feature_drift', changes)).toBe('`data.eval_snapshot` 2024w21 → 2024w22');
    const a = adviceFor(signal('feature_drift', { feature: 'carat' }), { paramChanges: changes, headlineMetric: null });
    expect(a.rootCause).toContain('`data.eval_snapshot` 2024w21 → 2024w22');
    // The fix's first sentence (what the first screen shows) names the parameter to look at.
    expect(firstSentence(a.fix)).toContain('`data.eval_snapshot` 2024w21 → 2024w22');
  });

  it('names the changed training parameters for a training cause, not bookkeeping keys', () => {
    expect(originOf('learning_rate', changes)).toBe('`optimizer.lr` 0.001 → 0.01');
  });

  it('adds nothing when no changed key points at the cause\'s area', () => {
    expect(originOf('feature_drift', [{ key: 'optimizer.lr', baseline: 0.001, current: 0.01 }])).toBeNull();
    expect(originOf('metric_regression', changes)).toBeNull();
    const a = adviceFor(signal('preprocessing'), { paramChanges: [], headlineMetric: null });
    expect(a.rootCause).not.toContain("The PR's own change");
  });
});

describe('advice for a sentinel fill', () => {
  it('tells to map the sentinel back to missing and to assert it away, not to check the missing rate', () => {
    const a = adviceFor(signal('data_quality', { feature: 'hour', details: { kind: 'sentinel', sentinel: -999 } }), { paramChanges: [], headlineMetric: null });
    expect(a.rootCause).toContain('the number -999');
    expect(a.fix).toContain('back to missing');
    expect(a.prevention).toContain('df["hour"] == -999');
  });
});
