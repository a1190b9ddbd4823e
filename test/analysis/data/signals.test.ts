import { describe, expect, it } from 'vitest';
import { mapStrength, PSI_ANCHORS } from '../../../src/analysis/data/strength.js';
import { CATEGORIES } from '../../../src/analysis/signals.js';
import { byCategory, cloneWorld, gen, makeReference, makeWorld, run, worldView } from './helpers.js';

describe('identical eval data', () => {
  it('gives no drift, quality, preprocessing, noise or leakage signals after a seed-only change', () => {
    const base = makeWorld(71, 3000);
    const cur = cloneWorld(base);
    const g = gen(72);
    // Same rows, same labels; a retrained model's scores wobble a little.
    cur.scores = cur.scores.map((s) => Number(Math.min(1, Math.max(0, s + g.normal(0, 0.02))).toFixed(6)));
    const train = makeWorld(73, 2000, 't');
    const ref = makeReference('data/train_sample.csv', { id: train.ids, label: train.labels, age: train.age, income: train.income, region: train.region, plan: train.plan });
    const { signals } = run(worldView(base), worldView(cur), [ref], [ref]);
    for (const c of ['feature_drift', 'data_quality', 'preprocessing', 'label_noise', 'leakage', 'label_shift'] as const) {
      expect(byCategory(signals, c), c).toHaveLength(0);
    }
    for (const s of byCategory(signals, 'prediction_shift')) expect(s.strength).toBeLessThan(0.25);
  });

  it('gives no signals at all when nothing changed', () => {
    const w = makeWorld(74, 2000);
    const { signals, analysis } = run(worldView(w), worldView(cloneWorld(w)));
    expect(signals).toEqual([]);
    expect(analysis.drift.every((d) => d.psi === 0 && !d.flagged)).toBe(true);
  });
});

describe('signal shape', () => {
  it('uses the fixed categories, strengths in [0, 1] and plain-number details', () => {
    const base = makeWorld(75, 2000);
    const cur = cloneWorld(base);
    cur.income = cur.income.map((x) => x * 1000);
    cur.age = cur.age.map((a, i) => (cur.region[i] === 'south' ? a + 12 : a));
    const { signals } = run(worldView(base), worldView(cur));
    expect(signals.length).toBeGreaterThan(0);
    for (const s of signals) {
      expect(CATEGORIES).toContain(s.category);
      expect(s.strength).toBeGreaterThanOrEqual(0);
      expect(s.strength).toBeLessThanOrEqual(1);
      expect(s.title.length).toBeGreaterThan(10);
      for (const v of Object.values(s.details)) expect(['number', 'string', 'boolean'].includes(typeof v) || v === null).toBe(true);
    }
    expect(JSON.parse(JSON.stringify(signals))).toEqual(signals);
  });

  it('is deterministic', () => {
    const base = makeWorld(76, 1500);
    const cur = cloneWorld(base);
    cur.age = cur.age.map((a) => a + 5);
    const a = run(worldView(base), worldView(cur)).signals;
    const b = run(worldView(base), worldView(cur)).signals;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('strength mapping', () => {
  it('puts the PSI anchors 0.1 / 0.25 / 1 at minor / major / critical and keeps rising beyond', () => {
    expect(mapStrength(0.1, PSI_ANCHORS)).toBeCloseTo(0.25, 12);
    expect(mapStrength(0.25, PSI_ANCHORS)).toBeCloseTo(0.5, 12);
    expect(mapStrength(1, PSI_ANCHORS)).toBeCloseTo(0.8, 12);
    expect(mapStrength(0.05, PSI_ANCHORS)).toBeCloseTo(0.125, 12);
    expect(mapStrength(5, PSI_ANCHORS)).toBeGreaterThan(mapStrength(2, PSI_ANCHORS));
    expect(mapStrength(1e6, PSI_ANCHORS)).toBeLessThanOrEqual(1);
    expect(mapStrength(0, PSI_ANCHORS)).toBe(0);
  });
});
