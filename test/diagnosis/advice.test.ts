import { describe, expect, it } from 'vitest';
import type { Signal } from '../../src/analysis/signals.js';
import { adviceFor, causeAdvice, originOf, symptomAdvice } from '../../src/diagnosis/advice/index.js';
import { CATEGORIES } from '../../src/analysis/signals.js';
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
    expect(a.rootCause).not.toContain('the PR changed');
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

const none = { paramChanges: [], headlineMetric: null };

describe('every category, with no details at all', () => {
  it.each(CATEGORIES)('%s: four sentences, nothing undefined, null or NaN', (category) => {
    const a = adviceFor(signal(category, { title: 'Something measured moved' }), none);
    for (const text of [a.rootCause, a.fix, a.verification, a.prevention]) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|\bnull\b|NaN|\[object/);
      expect(text).toMatch(/^[A-Z`]/);
    }
  });
});

describe('a symptom explained by a cause', () => {
  const cause = signal('feature_drift', { feature: 'carat', segment: { column: 'cut', value: 'Premium' }, details: { comparison: 'eval', psi: 0.17, segment_psi: 5.98, outside_psi: 0 } });
  const metric = signal('metric_regression', { area: 'model', metric: 'mae', details: { baseline: 333.9, current: 454.4 } });
  const inSegment = signal('segment_regression', { area: 'model', metric: 'rmse', segment: { column: 'cut', value: 'Premium' }, details: { baseline: 705.6, n: 1490, shareOfDrop: 1 } });
  const elsewhere = signal('segment_regression', { area: 'model', metric: 'rmse', segment: { column: 'table', value: '[59, 79]' }, details: { baseline: 658.5, n: 1789, shareOfDrop: 0.708 } });
  const causeText = causeAdvice(cause, none, [
    { id: 'F2', signal: metric },
    { id: 'F3', signal: inSegment },
    { id: 'F4', signal: elsewhere },
  ]);
  const link = { id: 'F1', signal: cause, share: { share: 0.999, lo: 0.871, hi: 1.129, metric: 'mae' } };

  it('names the cause, its number and the share it accounts for', () => {
    const a = symptomAdvice(metric, link, causeText);
    expect(a.rootCause).toBe('MAE got worse because `carat` moved within cut=Premium (F1; PSI 5.98 there), which accounts for 100 % of it (95 % CI 87 % to 113 %).');
  });

  it('states no share for another metric than the attributed one', () => {
    expect(symptomAdvice({ ...metric, metric: 'rmse' }, link, causeText).rootCause).not.toContain('accounts for');
  });

  it('reads the segment the cause is in as that cause, another one as a slice of its regression', () => {
    expect(symptomAdvice(inSegment, link, causeText).rootCause).toBe('This segment is where `carat` moved (F1; PSI 5.98 there): the regression here is that change.');
    expect(symptomAdvice(elsewhere, link, causeText).rootCause).toBe('One slice of the regression F1 explains, with 71 % of the drop: `carat` moved within cut=Premium (F1; PSI 5.98 there).');
  });

  it("takes the cause's fix and prevention, and keeps its own number to verify", () => {
    const a = symptomAdvice(inSegment, link, causeText);
    expect(a.fix).toBe(causeText.fix);
    expect(a.prevention).toBe(causeText.prevention);
    expect(a.verification).toBe("After F1's fix: RMSE for cut=Premium near 705.6.");
  });

  it("lists the symptoms' numbers in the cause's verification", () => {
    expect(causeText.verification).toBe('Re-run after the fix: PSI of `carat` within cut=Premium below 0.1; then MAE back near 333.9 (F2), RMSE for cut=Premium near 705.6 (F3) and RMSE for table=[59, 79] near 658.5 (F4).');
  });

  it('tells a calibration change whose ranking moved too not to re-fit a calibrator', () => {
    const cal = signal('calibration', { area: 'model', details: { eceBase: 0.05, eceCurrent: 0.21, discriminationKept: false } });
    expect(symptomAdvice(cal, link, causeText).rootCause).toContain('a re-fitted calibrator would hide the cause');
  });
});

describe('calibration as the cause', () => {
  const cal = (kept: boolean) => signal('calibration', { area: 'model', details: { eceBase: 0.0368, eceCurrent: 0.0802, brierBase: 0.153, discriminationKept: kept } });

  it('restores the calibration step the PR removed', () => {
    const a = adviceFor(cal(true), { paramChanges: [{ key: 'calibration.method', baseline: 'temperature', current: 'none' }], headlineMetric: null });
    expect(a.fix).toMatch(/^Restore the calibration step \(`calibration.method` temperature → none\)/);
    expect(a.verification).toBe('Re-run after the fix: ECE back near 0.0368 and Brier near 0.153, AUC unchanged.');
  });

  it('does not claim a removed step when the PR changed no calibration key', () => {
    expect(adviceFor(cal(true), none).fix).toMatch(/^Check that the calibration step still runs/);
  });

  it('sends a change of ranking to the model change behind it', () => {
    expect(adviceFor(cal(false), none).fix).toMatch(/^Find what changed the model first/);
  });
});

describe('label shift', () => {
  it('gives a regression target a regression fix, a class mix the threshold and per-class recall', () => {
    const reg = adviceFor(signal('label_shift', { details: { psi: 0.118, ks: 0.155, mean_base: 3948, mean_cur: 5392 } }), none);
    expect(reg.rootCause).toContain('mean 3948 → 5392');
    expect(reg.fix).toContain('target decile');
    expect(reg.fix).not.toContain('threshold');
    const cls = adviceFor(signal('label_shift', { details: { psi: 0.2 } }), none);
    expect(cls.fix).toContain('threshold');
    expect(cls.fix).toContain('per-class recall');
  });
});

describe('data quality by kind', () => {
  it('counts the rows a missing feature lost and asserts the rate', () => {
    const a = adviceFor(signal('data_quality', { feature: 'int_rate', details: { kind: 'missing', missing_base: 0, missing_cur: 0.464322, n: 2957 } }), none);
    expect(a.rootCause).toContain('46.4% of the eval rows (1,373 of 2,957 rows)');
    expect(a.prevention).toContain('df["int_rate"].isna().mean() <= 0.01');
  });

  it('renames a renamed feature back', () => {
    const a = adviceFor(signal('data_quality', { feature: 'income', details: { kind: 'column_renamed', renamed_to: 'income_usd' } }), none);
    expect(a.rootCause).toContain('now arrive as `income_usd`');
    expect(a.fix).toContain('df.rename(columns={"income_usd": "income"})');
  });
});

describe('a changed parameter tied to a cause', () => {
  it('reverts every key to its baseline value', () => {
    const s = signal('config_change', { area: 'training', details: { key: 'optimizer.weight_decay', baseline: 0.001, keys: 'optimizer.weight_decay,optimizer.epochs', changes: 'optimizer.weight_decay 0.001 → 0; optimizer.epochs 60 → 150', tied_to: 'overfitting' } });
    const a = adviceFor(s, { paramChanges: [{ key: 'optimizer.weight_decay', baseline: 0.001, current: 0 }, { key: 'optimizer.epochs', baseline: 60, current: 150 }], headlineMetric: null });
    expect(a.fix).toBe('Revert `optimizer.weight_decay: 0.001`, `optimizer.epochs: 60`, or justify the new values with a sweep.');
    expect(a.prevention).toMatch(/^These keys change how the model trains/);
  });
});
