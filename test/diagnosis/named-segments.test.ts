/** Segments a cause names a priori are read at their point estimate (readNamedSegments). */
import { describe, expect, it } from 'vitest';
import type { Signal } from '../../src/analysis/signals.js';
import { namedGroups, readNamedSegments } from '../../src/diagnosis/derived-signals.js';
import { headlineFirst } from '../../src/diagnosis/rules.js';

const segment = (column: string, value: string, strength: number, named: number): Signal => ({
  category: 'segment_regression',
  area: 'model',
  strength,
  significant: true,
  title: `RMSE rose for ${column}=${value}`,
  segment: { column, value },
  evidence: [],
  details: { strength_named: named },
});

const trainingMix = (column: string, reduced: string): Signal => ({
  category: 'feature_drift',
  area: 'data',
  strength: 0.6,
  significant: true,
  title: `Training sample changed: ${column}`,
  feature: column,
  evidence: [],
  details: { comparison: 'reference', most_reduced_value: reduced },
});

describe('readNamedSegments', () => {
  it('reads the group whose training share fell at its point estimate', () => {
    const out = readNamedSegments([trainingMix('sex', '2'), segment('sex', '2', 0.36, 0.65)]);
    expect(out[1]!.strength).toBe(0.65);
    expect(out[1]!.details['read_at']).toMatch(/point estimate/);
  });

  it('keeps the conservative reading for the column\'s other groups (they were not named)', () => {
    const out = readNamedSegments([trainingMix('sex', '2'), segment('sex', '1', 0.36, 0.65)]);
    expect(out[1]!.strength).toBe(0.36);
  });

  it('keeps the conservative reading when no cause names the segment', () => {
    const out = readNamedSegments([segment('region', 'north', 0.3, 0.7)]);
    expect(out[0]!.strength).toBe(0.3);
  });

  it('a cause that does not count (not significant or below minor) names nothing', () => {
    const weak = { ...trainingMix('sex', '2'), strength: 0.1 };
    const out = readNamedSegments([weak, segment('sex', '2', 0.36, 0.65)]);
    expect(out[1]!.strength).toBe(0.36);
  });

  it('a drift located in a segment names it; the point reading never lowers a strength', () => {
    const located: Signal = { category: 'feature_drift', area: 'data', strength: 0.7, significant: true, title: 'income drifted inside educ=4', feature: 'income', segment: { column: 'educ', value: '4' }, evidence: [], details: { comparison: 'eval' } };
    const out = readNamedSegments([located, segment('educ', '4', 0.4, 0.55), segment('educ', '4', 0.6, 0.5)]);
    expect(out[1]!.strength).toBe(0.55);
    expect(out[2]!.strength).toBe(0.6);
  });

  it('a label-noise segment names nothing: its rows are the ones the worse metric counts', () => {
    const noise: Signal = { category: 'label_noise', area: 'data', strength: 0.7, significant: true, title: 'labels flipped in pid=5', segment: { column: 'pid', value: '5' }, evidence: [], details: {} };
    expect(readNamedSegments([noise, segment('pid', '5', 0.4, 0.55)])[1]!.strength).toBe(0.4);
  });
});

describe('headlineFirst (no cause found)', () => {
  it('keeps one localized segment ahead of the headline regression and no more', () => {
    expect(headlineFirst(['seg1', 'seg2', 'seg3', 'metric'], ['metric'])).toEqual(['seg1', 'metric', 'seg2', 'seg3']);
  });

  it('leaves an order that already starts with the headline regression', () => {
    expect(headlineFirst(['metric', 'seg1', 'seg2'], ['metric'])).toEqual(['metric', 'seg1', 'seg2']);
  });

  it('without a metric regression, keeps the segments as they are', () => {
    expect(headlineFirst(['seg1', 'seg2'], [])).toEqual(['seg1', 'seg2']);
  });
});

describe('namedGroups (the groups a cause predicts will get worse)', () => {
  it('names the group whose training share fell, with the shares, and a feature-side cause\'s segment', () => {
    const mix = { ...trainingMix('sex', '2'), details: { comparison: 'reference', most_reduced_value: '2', most_reduced_base: 0.5505, most_reduced_cur: 0.0825 } };
    const located: Signal = { category: 'preprocessing', area: 'data', strength: 0.7, significant: true, title: 'income scaled inside educ=4', feature: 'income', segment: { column: 'educ', value: '4' }, evidence: [], details: {} };
    expect(namedGroups([mix, located])).toEqual([
      { column: 'sex', value: '2', because: 'its share of the training sample fell 55 % → 8 %' },
      { column: 'educ', value: '4', because: 'preprocessing located there' },
    ]);
  });

  it('names nothing for label noise, a symptom, a conjunction or a cause that does not count', () => {
    const noise: Signal = { category: 'label_noise', area: 'data', strength: 0.7, significant: true, title: 'labels flipped', segment: { column: 'pid', value: '5' }, evidence: [], details: {} };
    const conj: Signal = { category: 'feature_drift', area: 'data', strength: 0.7, significant: true, title: 'x', feature: 'x', segment: { column: 'a & b', value: '1 & 2' }, evidence: [], details: {} };
    expect(namedGroups([noise, segment('sex', '2', 0.6, 0.7), conj, { ...trainingMix('sex', '2'), significant: false }])).toEqual([]);
  });
});
