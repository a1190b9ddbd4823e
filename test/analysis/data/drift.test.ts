import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberColumn } from '../../../src/artifacts/table.js';
import { compareCategorical, compareNumeric, discreteMoves, mostReducedAt, standardizedShift } from '../../../src/analysis/data/drift.js';
import { leadFirst } from '../../../src/analysis/data/signals.js';
import type { DriftResult } from '../../../src/analysis/data/types.js';
import { byCategory, cloneWorld, gen, makeView, makeWorld, run, worldView } from './helpers.js';

function sorted(values: number[]): Float64Array {
  return Float64Array.from(values).sort();
}

describe('feature drift', () => {
  it('locates drift confined to one segment', () => {
    const base = makeWorld(1, 4000);
    const cur = cloneWorld(base);
    // Only region=east moves: its customers are 15 years older now.
    cur.age = cur.age.map((a, i) => (cur.region[i] === 'east' ? a + 15 : a));
    const { signals } = run(worldView(base), worldView(cur));
    const drift = byCategory(signals, 'feature_drift');
    expect(drift).toHaveLength(1);
    expect(drift[0]!.feature).toBe('age');
    expect(drift[0]!.segment).toEqual({ column: 'region', value: 'east' });
    expect(drift[0]!.strength).toBeGreaterThanOrEqual(0.8);
    expect(drift[0]!.details.segment_psi).toBeGreaterThan(1);
    expect(drift[0]!.details.outside_psi).toBe(0);
  });

  it('locates drift in a numeric code column (educ = 1…7 written as numbers), named by its value', () => {
    const base = makeWorld(3, 4000);
    const educ = base.age.map((_, i) => 1 + ((i * 7919) % 7));
    const cur = cloneWorld(base);
    cur.income = cur.income.map((x, i) => (educ[i] === 4 ? Math.round(x * 0.4) : x));
    const v = (w: typeof base) => worldView(w, { features: { age: w.age, income: w.income, region: w.region, plan: w.plan, educ } });
    const drift = byCategory(run(v(base), v(cur)).signals, 'feature_drift');
    expect(drift[0]!.feature).toBe('income');
    expect(drift[0]!.segment).toEqual({ column: 'educ', value: '4' });
  });

  it('ranks the feature that moved most first inside the segment', () => {
    const base = makeWorld(2, 4000);
    const cur = cloneWorld(base);
    cur.age = cur.age.map((a, i) => (cur.region[i] === 'north' ? a + 20 : a));
    cur.income = cur.income.map((x, i) => (cur.region[i] === 'north' ? Math.round(x * 1.15) : x));
    const { signals } = run(worldView(base), worldView(cur));
    const drift = byCategory(signals, 'feature_drift').sort((a, b) => b.strength - a.strength);
    expect(drift[0]!.feature).toBe('age');
    expect(drift[0]!.segment?.value).toBe('north');
  });

  it('names a drift inside a segment after the feature the rows were selected on, not a correlated one', () => {
    const g = gen(5);
    const n = 3000;
    const region = Array.from({ length: n }, () => g.pick(['north', 'south', 'east', 'west']));
    // `z_selected` and `a_correlated` correlate at 0.85; east's current rows are the ones with low z_selected.
    const draw = (zMean: number) => {
      const z = g.normal(zMean, zMean === 0 ? 1 : 0.5);
      return [z, 0.85 * z + Math.sqrt(1 - 0.85 ** 2) * g.normal(0, 1)] as const;
    };
    const base = region.map(() => draw(0));
    const cur = region.map((r, i) => (r === 'east' ? draw(-3) : base[i]!));
    const view = (rows: readonly (readonly [number, number])[]) =>
      makeView({ features: { a_correlated: rows.map((r) => r[1]), z_selected: rows.map((r) => r[0]), region }, labels: rows.map(() => 0), segments: ['region'] });
    const { signals } = run(view(base), view(cur));
    const drift = byCategory(signals, 'feature_drift').sort((a, b) => b.strength - a.strength);
    expect(drift.map((d) => [d.feature, d.segment?.value])).toEqual([
      ['z_selected', 'east'],
      ['a_correlated', 'east'],
    ]);
    expect(drift[1]!.details.explained_by).toBe('feature_drift:z_selected');
    expect(Number(drift[0]!.details.segment_shift_sd)).toBeGreaterThan(Number(drift[1]!.details.segment_shift_sd));
  });

  it('does not cry wolf on a significant but negligible shift in a huge sample', () => {
    const g = gen(3);
    const n = 100000;
    const a = Array.from({ length: n }, () => g.normal(0, 1));
    const b = Array.from({ length: n }, () => g.normal(0.03, 1));
    const labels = a.map(() => 0);
    const { analysis, signals } = run(makeView({ features: { x: a }, labels }), makeView({ features: { x: b }, labels }));
    const d = analysis.drift.find((r) => r.feature === 'x')!;
    expect(d.pValue).toBeLessThan(1e-6);
    expect(d.psi).toBeLessThan(0.01);
    expect(d.flagged).toBe(false);
    expect(byCategory(signals, 'feature_drift')).toHaveLength(0);
  });

  it('still reports a big drift in a small sample', () => {
    const g = gen(4);
    const a = Array.from({ length: 25 }, () => g.normal(0, 1));
    const b = Array.from({ length: 25 }, () => g.normal(3, 1));
    const labels = a.map(() => 0);
    const { signals } = run(makeView({ features: { x: a }, labels }), makeView({ features: { x: b }, labels }), [], [], 10);
    const drift = byCategory(signals, 'feature_drift');
    expect(drift).toHaveLength(1);
    expect(drift[0]!.strength).toBeGreaterThanOrEqual(0.5);
  });

  it('does not report same-distribution samples of 50 rows despite their noisy PSI', () => {
    const g = gen(5);
    const a = Array.from({ length: 50 }, () => g.normal(0, 1));
    const b = Array.from({ length: 50 }, () => g.normal(0, 1));
    const labels = a.map(() => 0);
    const { analysis } = run(makeView({ features: { x: a }, labels }), makeView({ features: { x: b }, labels }), [], [], 10);
    const d = analysis.drift[0]!;
    expect(d.psiNoise).toBeCloseTo(0.36, 2);
    expect(d.flagged).toBe(false);
  });

  it('reports unseen and vanished categories with their shares', () => {
    const base = makeWorld(6, 3000);
    const cur = cloneWorld(base);
    cur.region = cur.region.map((r) => (r === 'west' ? 'central' : r));
    const { signals } = run(worldView(base), worldView(cur));
    const d = byCategory(signals, 'feature_drift').find((s) => s.feature === 'region')!;
    expect(d.details.unseen).toBe('central');
    expect(d.details.vanished).toBe('west');
    expect(Number(d.details.unseen_share)).toBeCloseTo(Number(d.details.vanished_share), 2);
    expect(d.details.js).toBeGreaterThan(0.1);
  });

  it('reports a collapsed group share in the training sample as one training-data change', () => {
    const g = gen(7);
    const mk = (n: number, share: number) => {
      const group = Array.from({ length: n }, () => (g.u() < share ? 'a' : 'b'));
      return { group, x: group.map(() => g.normal(0, 1)), label: group.map(() => (g.u() < 0.4 ? 1 : 0)) };
    };
    const tb = mk(3000, 0.7);
    const tc = mk(1300, 0.15);
    const ev = mk(2000, 0.7);
    const view = makeView({ features: { group: ev.group, x: ev.x }, labels: ev.label });
    const refBase = [makeReferenceTable('data/train_sample.csv', tb)];
    const refCur = [makeReferenceTable('data/train_sample.csv', tc)];
    const { signals } = run(view, view, refBase, refCur);
    const drift = byCategory(signals, 'feature_drift');
    expect(drift).toHaveLength(1);
    expect(drift[0]!.feature).toBe('group');
    expect(drift[0]!.title).toMatch(/^Training sample changed/);
    expect(drift[0]!.details.comparison).toBe('reference');
  });
});

describe('a changed training sample, selected on a continuous column', () => {
  // `radius` and the correlated `area_like` (r ≈ 0.9); the new query keeps 8 % of the rows in
  // radius's upper quartile.
  const g = gen(11);
  const draw = (n: number) =>
    Array.from({ length: n }, () => {
      const r = g.normal(14, 3.5);
      return { r, a: 0.9 * (r - 14) + Math.sqrt(1 - 0.81) * 3.5 * g.normal(0, 1) + 14, y: g.u() < 0.4 ? 1 : 0 };
    });
  const table = (path: string, rows: { r: number; a: number; y: number }[]) =>
    makeView({ path, features: { area_like: rows.map((x) => x.a), radius: rows.map((x) => x.r) }, labels: rows.map((x) => x.y) }).table;
  const tb = draw(3000);
  const q75 = Float64Array.from(tb.map((x) => x.r)).sort()[Math.floor(0.75 * 3000)]!;
  const tc = draw(4000).filter((x) => x.r < q75 || g.u() < 0.08);
  const ev = draw(2000);
  const view = makeView({ features: { area_like: ev.map((x) => x.a), radius: ev.map((x) => x.r) }, labels: ev.map((x) => x.y) });

  it('leads the one training-data change with the column it was selected on, and names a value in the range it lost', () => {
    const { signals } = run(view, view, [table('data/train_sample.csv', tb)], [table('data/train_sample.csv', tc)]);
    const drift = byCategory(signals, 'feature_drift');
    expect(drift).toHaveLength(1);
    expect(drift[0]!.feature).toBe('radius');
    expect(drift[0]!.details.other_columns).toBe('area_like');
    expect(Number(drift[0]!.details.most_reduced_at)).toBeGreaterThan(q75);
  });
});

/** A training-sample table holding the same columns as the eval view. */
function makeReferenceTable(path: string, t: { group: string[]; x: number[]; label: number[] }) {
  return makeView({ path, features: { group: t.group, x: t.x }, labels: t.label }).table;
}

describe('compareNumeric', () => {
  it('gives KS, Wasserstein scaled by the baseline IQR and decile PSI', () => {
    const base = sorted(Array.from({ length: 100 }, (_, i) => i + 1));
    const cur = sorted(Array.from({ length: 100 }, (_, i) => i + 21));
    const c = compareNumeric(base, cur);
    expect(c.numeric!.ks).toBeCloseTo(0.2, 12);
    expect(c.numeric!.wasserstein).toBeCloseTo(20, 12);
    // IQR of 1..100 (linear quantiles): 75.25 − 25.75 = 49.5.
    expect(c.numeric!.scale).toBeCloseTo(49.5, 12);
    expect(c.numeric!.wassersteinScaled).toBeCloseTo(20 / 49.5, 12);
    expect(c.bins).toBe(10);
    expect(c.psi).toBeGreaterThan(1.5);
    expect(c.numeric!.valueMoves).toBeNull();
  });

  it('tests a numeric code by the chi-square test of its value counts, not by KS', () => {
    // pid = 0…6; a training filter keeps 15 % of pid = 2 (12.5 % of rows → 2 %). The CDF barely
    // moves (KS p > 0.2); the counts of the value do: p = 2.7333784854697784e-05 from
    // scipy.stats.chi2_contingency([[93, 76, 53, 15, 51, 70, 66], [93, 78, 8, 15, 51, 70, 64]], correction=False).
    const counts = (shares: number[], n: number) => sorted(shares.flatMap((s, v) => Array<number>(Math.round(s * n)).fill(v)));
    const base = counts([0.22, 0.18, 0.125, 0.035, 0.12, 0.165, 0.155], 424);
    const cur = counts([0.245, 0.205, 0.02, 0.04, 0.135, 0.185, 0.17], 379);
    const c = compareNumeric(base, cur);
    expect(c.numeric!.ksP).toBeGreaterThan(0.2);
    expect(c.pValue / 2.7333784854697784e-5).toBeCloseTo(1, 9);
    // A continuous column keeps KS.
    const x = sorted(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(compareNumeric(x, x).pValue).toBe(compareNumeric(x, x).numeric!.ksP);
  });

  it('names the share moves of a numeric code with a few values, largest move first', () => {
    // sex coded 1/2: 50/50 in the baseline's training sample, 90/10 after a new query.
    const base = sorted([...Array<number>(50).fill(1), ...Array<number>(50).fill(2)]);
    const cur = sorted([...Array<number>(90).fill(1), ...Array<number>(10).fill(2)]);
    expect(compareNumeric(base, cur).numeric!.valueMoves).toEqual([
      { value: '1', base: 0.5, cur: 0.9 },
      { value: '2', base: 0.5, cur: 0.1 },
    ]);
    // A value only one side has is a move from or to 0.
    expect(discreteMoves(sorted([1, 1, 3]), sorted([1, 2]))).toEqual([
      { value: '2', base: 0, cur: 0.5 },
      { value: '3', base: 1 / 3, cur: 0 },
      { value: '1', base: 2 / 3, cur: 0.5 },
    ]);
    // Eleven distinct values between the two samples: a measurement, not a code.
    expect(discreteMoves(sorted([0, 1, 2, 3, 4, 5]), sorted([5, 6, 7, 8, 9, 10]))).toBeNull();
    expect(discreteMoves(sorted([0, 1, 2, 3, 4]), sorted([5, 6, 7, 8, 9]))).toHaveLength(10);
  });
});

describe('leadFirst (the lead of a changed training sample)', () => {
  const d = (feature: string, strength: number, ks: number | null) =>
    ({ feature, strength, numeric: ks === null ? null : { ks }, categorical: ks === null ? {} : null }) as unknown as DriftResult;

  it('leads with the numeric column of the largest KS distance, not the largest decile PSI', () => {
    // worst_radius has the larger PSI-based strength; mean_radius, the column filtered on, the larger KS.
    const group = [d('worst_radius', 0.628, 0.225), d('mean_radius', 0.623, 0.24), d('area_error', 0.425, 0.189)];
    expect(leadFirst(group).map((x) => x.feature)).toEqual(['mean_radius', 'worst_radius', 'area_error']);
  });

  it('keeps the order by strength when the strongest column is categorical', () => {
    const group = [d('plan', 0.9, null), d('x', 0.5, 0.6)];
    expect(leadFirst(group).map((x) => x.feature)).toEqual(['plan', 'x']);
  });
});

describe('mostReducedAt', () => {
  it('is the median baseline value of the decile whose share fell most', () => {
    const base = sorted(Array.from({ length: 1000 }, (_, i) => i));
    // Only the 7th decile (600…699) lost rows: 90 % of them.
    const cur = sorted(Array.from({ length: 1000 }, (_, i) => i).filter((v) => !(v >= 600 && v < 700 && v % 10 !== 0)));
    const c = compareNumeric(base, cur);
    expect(c.numeric!.reducedAt).toBeGreaterThanOrEqual(600);
    expect(c.numeric!.reducedAt).toBeLessThan(700);
    expect(mostReducedAt(sorted([1, 2, 3, 4]), Float64Array.from([2, 2]), Float64Array.from([0, 2]), 2)).toBe(2);
  });

  it('is null when no bin lost share', () => {
    expect(mostReducedAt(sorted([1, 2, 3, 4]), Float64Array.from([2, 2]), Float64Array.from([2, 2]), 4)).toBeNull();
  });
});

describe('compareCategorical', () => {
  it('runs the chi-square test and Jensen-Shannon distance on aligned counts', () => {
    const c = compareCategorical(['a', 'b', 'c'], Float64Array.from([50, 30, 20]), Float64Array.from([20, 30, 50]));
    expect(c.categorical!.dof).toBe(2);
    expect(c.categorical!.chi2P).toBeLessThan(1e-4);
    expect(c.categorical!.js).toBeGreaterThan(0.2);
    expect(c.categorical!.topMoves[0]!.value).toMatch(/^[ac]$/);
  });
});

interface ShiftReference {
  cases: { name: string; base: number[]; cur: number[]; base_codes: number[]; cur_codes: number[]; code: number; shift: number }[];
}
// Produced by test/reference/segment_shift_reference.py (numpy, scipy 1.10.1).
const shiftRef = JSON.parse(readFileSync(new URL('../../reference/segment_shift.json', import.meta.url), 'utf8')) as ShiftReference;

describe('standardized shift inside a segment matches scipy', () => {
  it.each(shiftRef.cases)('$name', ({ base, cur, base_codes, cur_codes, code, shift }) => {
    const got = standardizedShift(numberColumn('x', base), Uint8Array.from(base_codes), numberColumn('x', cur), Uint8Array.from(cur_codes), code);
    expect(got).toBeCloseTo(shift, 9);
  });
});
