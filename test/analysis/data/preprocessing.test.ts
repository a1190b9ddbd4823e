import { describe, expect, it } from 'vitest';
import { knownFactor, numbersInText } from '../../../src/analysis/data/preprocessing.js';
import { byCategory, cloneWorld, gen, makeReference, makeView, makeWorld, run, worldView } from './helpers.js';

describe('preprocessing skew', () => {
  it('reports a ×12 unit change as preprocessing with ratio ≈ 12, not only as drift', () => {
    const base = makeWorld(11, 2000);
    const cur = cloneWorld(base);
    cur.income = cur.income.map((x) => x * 12);
    const { signals } = run(worldView(base), worldView(cur));
    const pre = byCategory(signals, 'preprocessing');
    expect(pre).toHaveLength(1);
    expect(pre[0]!.feature).toBe('income');
    expect(pre[0]!.details.ratio).toBeCloseTo(12, 6);
    expect(pre[0]!.details.known_factor).toBe(12);
    expect(pre[0]!.details.evidence).toBe('rows');
    const drift = byCategory(signals, 'feature_drift').find((s) => s.feature === 'income');
    // The drift is still there, as the symptom: weaker than its cause.
    expect(drift?.details.explained_by).toBe('preprocessing:scale');
    expect(drift!.strength).toBeLessThan(pre[0]!.strength);
    const strongest = [...signals].sort((a, b) => b.strength - a.strength)[0]!;
    expect(strongest.category).toBe('preprocessing');
  });

  it('sees the ×12 from quantile ratios when rows cannot be matched', () => {
    const base = makeWorld(12, 2000, 'a');
    const cur = makeWorld(13, 2000, 'b');
    cur.income = cur.income.map((x) => x * 12);
    const { signals } = run(worldView(base), worldView(cur));
    const pre = byCategory(signals, 'preprocessing');
    expect(pre.map((s) => s.feature)).toEqual(['income']);
    expect(Number(pre[0]!.details.ratio)).toBeCloseTo(12, 0);
    expect(pre[0]!.details.evidence).toBe('quantiles');
  });

  it('flags train/serve skew: the training sample is unchanged while the eval feature is ×12', () => {
    const train = makeWorld(14, 2000, 't');
    const evalBase = makeWorld(15, 1500, 'e');
    const evalCur = cloneWorld(evalBase);
    evalCur.income = evalCur.income.map((x) => x * 12);
    const ref = makeReference('data/train_sample.csv', { id: train.ids, income: train.income, age: train.age, region: train.region });
    // No baseline eval: only the training sample can tell the eval is off.
    const { signals } = run(null, worldView(evalCur), [], [ref]);
    const pre = byCategory(signals, 'preprocessing');
    expect(pre).toHaveLength(1);
    expect(pre[0]!.feature).toBe('income');
    expect(pre[0]!.details.comparison).toBe('train_vs_eval');
    expect(Number(pre[0]!.details.ratio)).toBeCloseTo(12, 0);
  });

  it('does not report train/serve differences that the baseline run already had', () => {
    const train = makeWorld(16, 2000, 't');
    const ev = makeWorld(17, 1500, 'e');
    ev.income = ev.income.map((x) => x * 1000);
    const ref = makeReference('data/train_sample.csv', { income: train.income });
    const view = worldView(ev);
    const { signals } = run(view, view, [ref], [ref]);
    expect(byCategory(signals, 'preprocessing')).toHaveLength(0);
  });

  it('recognises a feature standardized on one side only', () => {
    const g = gen(18);
    const raw = Array.from({ length: 3000 }, () => g.normal(50, 12));
    const mean = raw.reduce((a, b) => a + b, 0) / raw.length;
    const sd = Math.sqrt(raw.reduce((a, b) => a + (b - mean) ** 2, 0) / (raw.length - 1));
    const z = raw.map((x) => Number(((x - mean) / sd).toFixed(6)));
    const labels = raw.map(() => 0);
    const idList = raw.map((_, i) => `r${i}`);
    const { signals } = run(makeView({ features: { x: raw }, labels, ids: idList }), makeView({ features: { x: z }, labels, ids: idList }));
    const pre = byCategory(signals, 'preprocessing');
    expect(pre).toHaveLength(1);
    expect(pre[0]!.details.kind).toBe('standardized');
    expect(Number(pre[0]!.details.ratio)).toBeCloseTo(1 / sd, 4);
  });

  it('recognises a categorical column recoded one-to-one', () => {
    const base = makeWorld(19, 1500);
    const cur = cloneWorld(base);
    cur.plan = cur.plan.map((p) => (p === 'pro' ? 'P' : 'B'));
    const { signals } = run(worldView(base), worldView(cur));
    const pre = byCategory(signals, 'preprocessing');
    expect(pre).toHaveLength(1);
    expect(pre[0]!.feature).toBe('plan');
    expect(pre[0]!.details.kind).toBe('recoded');
    expect(String(pre[0]!.details.mapping)).toMatch(/basic->B|pro->P/);
  });

  it('recognises value sets that stopped overlapping without ids', () => {
    const base = makeWorld(20, 1500, 'a');
    const cur = makeWorld(21, 1500, 'b');
    cur.region = cur.region.map((r) => r.toUpperCase().slice(0, 1));
    const { signals } = run(worldView(base), worldView(cur));
    const pre = byCategory(signals, 'preprocessing').find((s) => s.feature === 'region');
    expect(pre?.details.kind).toBe('disjoint_categories');
    expect(pre?.details.overlap_rate).toBe(0);
    expect(String(pre?.details.mapping)).toContain('north->N');
  });

  it('recognises a numeric code re-mapped by a lookup table on the same rows', () => {
    const base = makeWorld(22, 1200);
    const g = gen(23);
    const educ = base.age.map(() => g.pick([1, 2, 3, 4, 5, 6, 7], [1, 2, 6, 6, 3, 5, 4]));
    const lookup = new Map([[1, 1], [2, 4], [3, 3], [4, 7], [5, 5], [6, 2], [7, 6]]);
    const { signals } = run(
      worldView(base, { features: { age: base.age, income: base.income, region: base.region, plan: base.plan, educ } }),
      worldView(base, { features: { age: base.age, income: base.income, region: base.region, plan: base.plan, educ: educ.map((e) => lookup.get(e)!) } }),
    );
    const pre = byCategory(signals, 'preprocessing');
    expect(pre.map((x) => [x.feature, x.details.kind])).toEqual([['educ', 'recoded']]);
    expect(String(pre[0]!.details.mapping)).toContain('4->7');
  });

  it('does not read a many-valued numeric feature that changed on the same rows as a recoding', () => {
    const base = makeWorld(24, 1200);
    const g = gen(25);
    const income = base.income.map((x) => Math.round(x * Math.exp(g.normal(0, 0.3))));
    const { signals } = run(worldView(base), worldView(base, { features: { age: base.age, income, region: base.region, plan: base.plan } }));
    expect(byCategory(signals, 'preprocessing')).toEqual([]);
  });

  it('leaves numbers written as text to data quality: the values did not change, their type did', () => {
    const base = makeWorld(26, 800);
    const g = gen(27);
    const written = base.income.map((x) => (g.u() < 0.7 ? `${x.toLocaleString('en-US')} USD` : String(x)));
    const { signals } = run(worldView(base), worldView(base, { features: { age: base.age, income: written, region: base.region, plan: base.plan } }));
    expect(byCategory(signals, 'preprocessing')).toEqual([]);
    expect(byCategory(signals, 'data_quality').find((q) => q.feature === 'income')?.details.kind).toBe('type_change');
  });

  it('still reads a category that replaced numeric codes as a re-encoding', () => {
    const base = makeWorld(28, 800);
    const g = gen(29);
    const tier = base.age.map(() => g.pick([1, 2, 3]));
    const names = ['bronze', 'silver', 'gold'];
    const { signals } = run(
      worldView(base, { features: { age: base.age, income: base.income, region: base.region, plan: base.plan, tier } }),
      worldView(base, { features: { age: base.age, income: base.income, region: base.region, plan: base.plan, tier: tier.map((t) => names[t - 1]!) } }),
    );
    expect(byCategory(signals, 'preprocessing').map((x) => [x.feature, x.details.kind])).toEqual([['tier', 'type_encoding']]);
  });

  it('reads the number a text is written as: units, thousands separators, a decimal comma', () => {
    expect(numbersInText('0.1103 units')).toContain(0.1103);
    expect(numbersInText('1,234,567')).toContain(1234567);
    expect(numbersInText('0,25')).toContain(0.25);
    expect(numbersInText('$ -12.5')).toContain(-12.5);
    expect(numbersInText('1.5e3 ms')).toContain(1500);
    expect(numbersInText('n/a')).toEqual([]);
  });

  it('matches ratios to known unit factors and their inverses', () => {
    expect(knownFactor(12.1)?.factor).toBe(12);
    expect(knownFactor(1 / 1000)?.factor).toBeCloseTo(0.001, 12);
    expect(knownFactor(1.6)?.factor).toBeCloseTo(1.609344, 6);
    expect(knownFactor(1.3)).toBeNull();
  });
});

describe('swapped columns', () => {
  it('reports two exchanged numeric columns as one preprocessing finding, their drifts as its symptoms', () => {
    const base = makeWorld(81, 1500);
    const cur = cloneWorld(base);
    const g = gen(82);
    const tenure = base.age.map((a) => Math.round(a / 3 + g.normal(0, 4)));
    const { signals } = run(
      worldView(base, { features: { age: base.age, income: base.income, region: base.region, plan: base.plan, tenure } }),
      worldView(cur, { features: { age: tenure, income: cur.income, region: cur.region, plan: cur.plan, tenure: cur.age } }),
    );
    const pre = byCategory(signals, 'preprocessing');
    expect(pre.map((s) => [s.details.kind, s.feature])).toEqual([['swapped', 'age']]);
    expect(pre[0]!.title).toContain('tenure');
    for (const d of byCategory(signals, 'feature_drift').filter((s) => s.feature === 'age' || s.feature === 'tenure')) {
      expect(d.strength).toBeLessThan(pre[0]!.strength);
    }
  });

  it('finds a swap of two columns that hold the same value on many rows (both zero)', () => {
    const base = makeWorld(84, 1500);
    const g = gen(85);
    const visits = base.age.map(() => (g.u() < 0.5 ? 0 : Math.round(g.normal(6, 1) * 100) / 100));
    const chronic = base.age.map(() => (g.u() < 0.85 ? 0 : 1));
    const { signals } = run(
      worldView(base, { features: { age: base.age, income: base.income, region: base.region, plan: base.plan, visits, chronic } }),
      worldView(base, { features: { age: base.age, income: base.income, region: base.region, plan: base.plan, visits: chronic, chronic: visits } }),
    );
    const pre = byCategory(signals, 'preprocessing');
    expect(pre.map((s) => [s.details.kind, s.feature])).toEqual([['swapped', 'visits']]);
  });

  it('does not call two columns swapped when only one of them changed', () => {
    const base = makeWorld(83, 1500);
    const cur = cloneWorld(base);
    const { signals } = run(worldView(base), worldView(cur, { features: { age: cur.age.map((a) => a + 7), income: cur.income, region: cur.region, plan: cur.plan } }));
    expect(byCategory(signals, 'preprocessing').filter((s) => s.details.kind === 'swapped')).toEqual([]);
  });
});
