// A changed parameter is the cause when what it does ties it to the regression: a change that
// weakens the model, a regression on unchanged inputs. A reseed alone is run-to-run variation.
import { describe, expect, it } from 'vitest';
import type { RunAnalysis } from '../../src/analysis/analyze.js';
import type { Signal } from '../../src/analysis/signals.js';
import { configRoleSignals } from '../../src/diagnosis/config-cause.js';
import { configSuspectSignals } from '../../src/diagnosis/derived-signals.js';

const analysis = (paramChanges: { key: string; baseline: number | string; current: number | string }[]) => ({ paramChanges, signals: [], evalPairs: [] }) as unknown as RunAnalysis;

const regression: Signal = {
  category: 'metric_regression',
  area: 'evaluation',
  strength: 0.9,
  significant: true,
  title: 'Log loss rose 77% (0.182 → 0.321, n=539)',
  metric: 'log_loss',
  evidence: [],
  details: {},
};
const calibration: Signal = { ...regression, category: 'calibration', title: 'ECE rose 10 pts' };
const drift: Signal = { ...regression, category: 'feature_drift', strength: 0.6, feature: 'x', title: 'x drifted' };

describe('a parameter tied to the regression by what it does', () => {
  it('names a cut tree depth as the cause of a regression on unchanged inputs, as strong as the regression', () => {
    const [s] = configRoleSignals(analysis([{ key: 'model.max_depth', baseline: 6, current: 1 }]), [regression, calibration]);
    expect(s).toMatchObject({ category: 'config_change', strength: 0.9, significant: true, details: { key: 'model.max_depth', role: 'capacity', suspected_by: 'role' } });
    expect(s!.title).toMatch(/less capacity/);
  });

  it('names fewer boosting rounds as shorter training', () => {
    const [s] = configRoleSignals(analysis([{ key: 'model.max_iter', baseline: 150, current: 3 }, { key: 'seed', baseline: 1, current: 2 }]), [regression]);
    expect(s!.details['key']).toBe('model.max_iter');
    expect(s!.title).toMatch(/shorter training/);
  });

  it('does not blame a change that makes the model stronger', () => {
    expect(configRoleSignals(analysis([{ key: 'model.max_depth', baseline: 3, current: 6 }, { key: 'model.max_iter', baseline: 150, current: 400 }]), [regression])).toEqual([]);
  });

  it('leaves the parameter to the data cause when the inputs moved', () => {
    expect(configRoleSignals(analysis([{ key: 'model.max_depth', baseline: 6, current: 1 }]), [regression, drift])).toEqual([]);
  });

  it('says nothing without a regression', () => {
    expect(configRoleSignals(analysis([{ key: 'model.max_depth', baseline: 6, current: 1 }]), [calibration])).toEqual([]);
  });
});

describe('a parameter suspected by elimination', () => {
  it('is at most minor when only the seed and an execution setting changed', () => {
    const [s] = configSuspectSignals(analysis([{ key: 'seed', baseline: 34, current: 86 }, { key: 'training.num_workers', baseline: 2, current: 4 }]), [regression]);
    expect(s!.strength).toBeLessThan(0.5);
    expect(s!.strength).toBeGreaterThanOrEqual(0.25);
  });

  it('can be major when a model setting changed', () => {
    const [s] = configSuspectSignals(analysis([{ key: 'model.loss', baseline: 'log_loss', current: 'hinge' }, { key: 'seed', baseline: 1, current: 2 }]), [regression]);
    expect(s!.strength).toBeGreaterThanOrEqual(0.5);
    expect(s!.details['key']).toBe('model.loss');
  });
});
