import { describe, expect, it } from 'vitest';
import { byCategory, cloneWorld, gen, makeReference, makeView, makeWorld, run, worldView } from './helpers.js';

describe('data quality', () => {
  it('names the column whose missing rate jumped', () => {
    const base = makeWorld(31, 3000);
    const cur = cloneWorld(base);
    const g = gen(32);
    const income: (number | null)[] = cur.income.map((x) => (g.u() < 0.45 ? null : x));
    const { signals } = run(worldView(base), worldView(cur, { features: { age: cur.age, income, region: cur.region, plan: cur.plan } }));
    const dq = byCategory(signals, 'data_quality');
    expect(dq).toHaveLength(1);
    expect(dq[0]!.feature).toBe('income');
    expect(dq[0]!.details.kind).toBe('missing');
    expect(dq[0]!.details.missing_base).toBe(0);
    expect(Number(dq[0]!.details.missing_cur)).toBeCloseTo(0.45, 1);
    expect(dq[0]!.strength).toBeGreaterThanOrEqual(0.8);
    // The values that remain are not drifted: missingness is not reported twice.
    expect(byCategory(signals, 'feature_drift')).toHaveLength(0);
  });

  it('compares the eval with the training sample when there is no baseline', () => {
    const train = makeWorld(33, 2000, 't');
    const cur = makeWorld(34, 2000, 'e');
    const income: (number | null)[] = cur.income.map((x, i) => (i % 3 === 0 ? null : x));
    const ref = makeReference('data/train_sample.csv', { income: train.income, age: train.age });
    const { signals } = run(null, worldView(cur, { features: { age: cur.age, income, region: cur.region, plan: cur.plan } }), [], [ref]);
    const dq = byCategory(signals, 'data_quality').find((s) => s.feature === 'income');
    expect(dq?.details.comparison).toBe('train_vs_eval');
  });

  it('reports a feature that became constant', () => {
    const base = makeWorld(35, 1000);
    const cur = cloneWorld(base);
    cur.age = cur.age.map(() => 0);
    const { signals } = run(worldView(base), worldView(cur));
    const c = byCategory(signals, 'data_quality').find((s) => s.details.kind === 'constant');
    expect(c?.feature).toBe('age');
    expect(c!.strength).toBeGreaterThanOrEqual(0.8);
  });

  it('reports a type change from number to string', () => {
    const base = makeWorld(36, 500);
    const cur = cloneWorld(base);
    const ageText = cur.age.map((a) => `${a} years`);
    const { signals } = run(worldView(base), worldView(cur, { features: { age: ageText, income: cur.income, region: cur.region, plan: cur.plan } }));
    const t = byCategory(signals, 'data_quality').find((s) => s.details.kind === 'type_change');
    expect(t?.feature).toBe('age');
    expect(t?.details.type_cur).toBe('string');
  });

  it('reports a renamed column under the model\'s feature name, the new name in the evidence', () => {
    const base = makeWorld(37, 800);
    const cur = cloneWorld(base);
    const { signals } = run(worldView(base), worldView(cur, { features: { age: cur.age, annual_income: cur.income, region: cur.region, plan: cur.plan } }));
    const dq = byCategory(signals, 'data_quality');
    expect(dq.map((s) => s.details.kind)).toEqual(['column_renamed']);
    expect(dq[0]!.details.renamed_from).toBe('income');
    expect(dq[0]!.details.renamed_to).toBe('annual_income');
    // CONTRACT §5: `feature` is the name the baseline and the model know
    expect(dq[0]!.feature).toBe('income');
    expect(dq[0]!.evidence[0]!.text).toContain('annual_income');
  });

  it('reports a removed feature when nothing matches it', () => {
    const base = makeWorld(38, 800);
    const cur = cloneWorld(base);
    const { signals } = run(worldView(base), worldView(cur, { features: { age: cur.age, region: cur.region, plan: cur.plan } }));
    const dq = byCategory(signals, 'data_quality');
    expect(dq.map((s) => [s.details.kind, s.feature])).toEqual([['column_removed', 'income']]);
  });

  it('reports duplicated ids', () => {
    const base = makeWorld(39, 1000);
    const cur = cloneWorld(base);
    cur.ids = cur.ids.map((id, i) => (i % 20 === 0 && i > 0 ? cur.ids[i - 1]! : id));
    const { signals } = run(worldView(base), worldView(cur));
    const d = byCategory(signals, 'data_quality').find((s) => s.details.kind === 'duplicate_ids');
    expect(d?.feature).toBe('id');
    expect(d?.details.duplicates_cur).toBe(49);
  });

  it('reports duplicated rows that the baseline did not have', () => {
    const base = makeWorld(40, 1000);
    const cur = cloneWorld(base);
    for (let i = 900; i < 1000; i++) {
      cur.age[i] = cur.age[i - 900]!;
      cur.income[i] = cur.income[i - 900]!;
      cur.region[i] = cur.region[i - 900]!;
      cur.plan[i] = cur.plan[i - 900]!;
      cur.labels[i] = cur.labels[i - 900]!;
    }
    const { signals } = run(worldView(base), worldView(cur));
    const d = byCategory(signals, 'data_quality').find((s) => s.details.kind === 'duplicate_rows');
    expect(d?.details.duplicates_cur).toBe(100);
  });

  it('reports values outside the baseline range', () => {
    const g = gen(41);
    const a = Array.from({ length: 2000 }, () => g.normal(0, 1));
    const b = a.map((x, i) => (i % 10 === 0 ? 50 + x : x));
    const labels = a.map(() => 0);
    const { signals } = run(makeView({ features: { x: a }, labels }), makeView({ features: { x: b }, labels }));
    const r = byCategory(signals, 'data_quality').find((s) => s.details.kind === 'out_of_range');
    expect(r?.feature).toBe('x');
    expect(Number(r?.details.out_of_range_rate)).toBeCloseTo(0.1, 2);
    // Values spread past the range are a drift's edge, not a sentinel.
    expect(r?.details.sentinel).toBeUndefined();
  });

  it('names a sentinel fill: one value outside the range repeated, its drift a symptom of it', () => {
    const g = gen(44);
    const a = Array.from({ length: 1500 }, () => Math.round(Math.exp(g.normal(2, 1)) * 10) / 10);
    const b = a.map((x, i) => (i % 5 === 0 ? 99999 : x));
    const z = a.map(() => Math.round(g.normal(0, 1) * 1000) / 1000);
    const labels = a.map(() => 0);
    const { signals } = run(makeView({ features: { x: a, z }, labels }), makeView({ features: { x: b, z }, labels }));
    const s = byCategory(signals, 'data_quality').find((q) => q.feature === 'x');
    expect(s?.details.kind).toBe('sentinel');
    expect(s?.details.sentinel).toBe(99999);
    expect(Number(s?.details.sentinel_rate)).toBeCloseTo(0.2, 2);
    expect(s?.title).toContain('sentinel value 99999');
    const drift = byCategory(signals, 'feature_drift').find((d) => d.feature === 'x');
    expect(drift?.details.explained_by).toBe('data_quality:sentinel');
    expect(drift!.strength).toBeLessThan(s!.strength);
  });

  it('does not call one record copied many times a sentinel: its real value repeats with it', () => {
    const g = gen(46);
    const a = Array.from({ length: 1000 }, () => Math.round(g.normal(100, 15)));
    const z = a.map(() => Math.round(g.normal(0, 1) * 1000) / 1000);
    const b = [...a];
    const zc = [...z];
    // One long record (a value past the baseline's maximum) copied into 60 rows.
    for (let i = 0; i < 60; i++) {
      b[i] = 222;
      zc[i] = 0.123;
    }
    const labels = a.map(() => 0);
    const { signals } = run(makeView({ features: { x: a, z }, labels }), makeView({ features: { x: b, z: zc }, labels }));
    const kinds = byCategory(signals, 'data_quality').filter((q) => q.feature === 'x').map((q) => q.details.kind);
    expect(kinds).toContain('out_of_range');
    expect(kinds).not.toContain('sentinel');
  });

  it('does not call a discrete feature that moved one step past its range a sentinel', () => {
    const g = gen(45);
    const a = Array.from({ length: 2000 }, () => Math.min(5, Math.floor(-Math.log(1 - g.u()) * 1.5)));
    const b = a.map((x) => x + 1);
    const labels = a.map(() => 0);
    const { signals } = run(makeView({ features: { n: a }, labels }), makeView({ features: { n: b }, labels }));
    const kinds = byCategory(signals, 'data_quality').filter((q) => q.feature === 'n').map((q) => q.details.kind);
    expect(kinds).toContain('out_of_range');
    expect(kinds).not.toContain('sentinel');
  });

  it('reports a large row-count change', () => {
    const base = makeWorld(42, 2000);
    const cur = makeWorld(42, 800);
    const { signals } = run(worldView(base), worldView(cur));
    const r = byCategory(signals, 'data_quality').find((s) => s.details.kind === 'row_count');
    expect(r?.details.n_base).toBe(2000);
    expect(r?.details.n_cur).toBe(800);
    expect(r?.feature).toBeUndefined();
  });

  it('reports NaN and infinite values separately from missing cells', () => {
    const g = gen(43);
    const a = Array.from({ length: 1000 }, () => g.normal(0, 1));
    const b = a.map((x, i) => (i % 10 === 0 ? NaN : i % 10 === 1 ? Infinity : x));
    const labels = a.map(() => 0);
    const { signals } = run(makeView({ features: { x: a }, labels }), makeView({ features: { x: b }, labels }));
    const kinds = byCategory(signals, 'data_quality').map((s) => s.details.kind);
    expect(kinds).toContain('nan');
    expect(kinds).toContain('inf');
    expect(kinds).not.toContain('missing');
  });
});
