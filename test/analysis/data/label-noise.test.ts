import { describe, expect, it } from 'vitest';
import { confidentLearning } from '../../../src/analysis/data/label-noise.js';
import { byCategory, cloneWorld, gen, makeView, makeWorld, run, worldView, type World } from './helpers.js';

/** Shuffles the labels of a random `share` of the rows that satisfy `where`. */
function shuffleLabels(w: World, where: (i: number) => boolean, share: number, seed: number): World {
  const g = gen(seed);
  const out = cloneWorld(w);
  const rows = w.labels.map((_, i) => i).filter((i) => where(i) && g.u() < share);
  const labels = rows.map((i) => w.labels[i]!);
  for (let k = labels.length - 1; k > 0; k--) {
    const j = Math.floor(g.u() * (k + 1));
    [labels[k], labels[j]] = [labels[j]!, labels[k]!];
  }
  rows.forEach((i, k) => (out.labels[i] = labels[k]!));
  return out;
}

describe('label noise', () => {
  it('finds shuffled labels in one segment and reports that segment', () => {
    const base = makeWorld(51, 4000);
    const cur = shuffleLabels(base, (i) => base.region[i] === 'east', 0.5, 52);
    const { signals } = run(worldView(base), worldView(cur));
    const noise = byCategory(signals, 'label_noise');
    expect(noise).toHaveLength(1);
    expect(noise[0]!.segment).toEqual({ column: 'region', value: 'east' });
    expect(noise[0]!.strength).toBeGreaterThanOrEqual(0.5);
    expect(Number(noise[0]!.details.labels_changed_contradicted)).toBeGreaterThan(10);
    expect(noise[0]!.details.outside_changed).toBe(0);
  });

  it('finds it from confident learning alone when rows cannot be matched by id', () => {
    const base = makeWorld(53, 6000);
    const shuffled = shuffleLabels(base, (i) => base.plan[i] === 'pro' && base.region[i] !== 'north', 0.6, 54);
    const cur = { ...shuffled, ids: shuffled.ids.map((id) => `x${id}`) };
    const { analysis, signals } = run(worldView(base), worldView(cur));
    expect(analysis.labelNoise!.matched).toBe(0);
    const noise = byCategory(signals, 'label_noise');
    expect(noise).toHaveLength(1);
    expect(noise[0]!.segment).toEqual({ column: 'plan', value: 'pro' });
  });

  it('does not blame the labels when only the model changed', () => {
    const base = makeWorld(55, 3000);
    const cur = cloneWorld(base);
    const g = gen(56);
    // A different, worse model: scores scrambled towards 0.5; labels untouched.
    cur.scores = cur.scores.map((s) => Number((0.5 + 0.3 * (s - 0.5) + 0.2 * (g.u() - 0.5)).toFixed(6)));
    const { signals } = run(worldView(base), worldView(cur));
    expect(byCategory(signals, 'label_noise')).toHaveLength(0);
  });

  it('reports identical feature rows that now carry different labels', () => {
    const g = gen(57);
    const n = 2000;
    const x = Array.from({ length: n }, (_, i) => i + 0.5);
    const labels: number[] = x.map(() => (g.u() < 0.3 ? 1 : 0));
    const curX = [...x];
    const curLabels = [...labels];
    // 150 rows copied with the opposite label: 300 rows (15 %) now sit in conflicting pairs.
    for (let i = 0; i < 150; i++) {
      curX[n - 1 - i] = x[i]!;
      curLabels[n - 1 - i] = 1 - labels[i]!;
    }
    const { signals } = run(makeView({ features: { x }, labels }), makeView({ features: { x: curX }, labels: curLabels }));
    const c = byCategory(signals, 'label_noise').find((s) => s.details.kind === 'conflicting_labels');
    expect(c).toBeDefined();
    expect(Number(c!.details.conflict_rate_cur)).toBeCloseTo(0.15, 2);
  });
});

describe('confidentLearning', () => {
  it('uses the mean self-confidence of each class as its threshold', () => {
    // Class-1 rows have P(1) = 0.9, 0.8, 0.1 → threshold 0.6; class-0 rows P(0) = 0.9, 0.7 → 0.8.
    const v = makeView({ features: { x: [1, 2, 3, 4, 5] }, labels: [1, 1, 1, 0, 0], scores: [0.9, 0.8, 0.1, 0.1, 0.3] });
    const cl = confidentLearning(v)!;
    expect(cl.thresholds[1]).toBeCloseTo(0.6, 12);
    expect(cl.thresholds[0]).toBeCloseTo(0.8, 12);
    // Row 2 (label 1, P(0) = 0.9 >= 0.8) is a suspect; row 4 (label 0, P(1) = 0.3 < 0.6) is not.
    expect(Array.from(cl.suspect)).toEqual([0, 0, 1, 0, 0]);
    expect(cl.counts.rate).toBeCloseTo(0.2, 12);
  });
});
