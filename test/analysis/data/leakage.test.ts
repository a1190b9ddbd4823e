import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { stringColumn } from '../../../src/artifacts/table.js';
import { leakageChecks, leakageParts, sortedLeakage } from '../../../src/analysis/data/analyze.js';
import { leakContext, lookupLambda, numericAuc, sampleRows, type ContextExchange, type LeakContext } from '../../../src/analysis/data/leakage.js';
import { portExchange } from '../../../src/analysis/data/worker-protocol.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { byCategory, cloneWorld, gen, makeReference, makeView, makeWorld, run, worldView, type World } from './helpers.js';

/** A training-sample table of the world's rows (ids, features, label). */
function trainTable(w: World, rows: readonly number[]) {
  const pick = <T>(a: readonly T[]) => rows.map((i) => a[i]!);
  return makeReference('data/train_sample.csv', {
    id: pick(w.ids),
    label: pick(w.labels),
    age: pick(w.age),
    income: pick(w.income),
    region: pick(w.region),
    plan: pick(w.plan),
  });
}

describe('numericAuc', () => {
  it('is max(AUC, 1 - AUC) of the Mann-Whitney U with ties at one half, counted pair by pair, exactly', () => {
    const rng = createRng(17);
    for (const distinct of [3, 40, 5000]) {
      const n = 600;
      // Few distinct values make many ties across the classes; missing and non-finite values and
      // a NaN label are left out, as the merge leaves them out.
      const values = Float64Array.from({ length: n }, (_, i) => (i % 97 === 5 ? NaN : i % 89 === 3 ? Infinity : Math.floor(rng() * distinct) / 7));
      const y = Float64Array.from({ length: n }, (_, i) => (i % 101 === 7 ? NaN : rng() < (values[i]! > 1 ? 0.7 : 0.3) ? 1 : 0));
      const rows = Int32Array.from({ length: n }, (_, i) => i).filter((i) => i % 13 !== 0);
      const pos: number[] = [];
      const neg: number[] = [];
      for (const r of rows) {
        if (!Number.isFinite(values[r]!) || Number.isNaN(y[r]!)) continue;
        (y[r] === 1 ? pos : neg).push(values[r]!);
      }
      let u = 0;
      for (const p of pos) for (const q of neg) u += p > q ? 1 : p === q ? 0.5 : 0;
      const auc = u / (pos.length * neg.length);
      expect(numericAuc(values, y, rows)).toBe(Math.max(auc, 1 - auc));
    }
  });
});

describe('leakage', () => {
  it('reports eval ids that appear in the training sample', () => {
    const train = makeWorld(61, 3000, 't');
    const ev = makeWorld(62, 1500, 'e');
    const view = worldView(ev);
    const all = Array.from({ length: 3000 }, (_, i) => i);
    const refBase = trainTable(train, all);
    // The current training sample also holds 40 % of the eval rows, ids and all.
    const merged = makeReference('data/train_sample.csv', {
      id: [...train.ids, ...ev.ids.slice(0, 600)],
      label: [...train.labels, ...ev.labels.slice(0, 600)],
      age: [...train.age, ...ev.age.slice(0, 600)],
      income: [...train.income, ...ev.income.slice(0, 600)],
      region: [...train.region, ...ev.region.slice(0, 600)],
      plan: [...train.plan, ...ev.plan.slice(0, 600)],
    });
    const { signals } = run(view, view, [refBase], [merged]);
    const leak = byCategory(signals, 'leakage');
    expect(leak).toHaveLength(1);
    expect(leak[0]!.details.overlap_rate).toBeCloseTo(0.4, 6);
    expect(leak[0]!.details.overlap_rate_base).toBe(0);
    expect(leak[0]!.details.id_overlap_confirmed).toBe(600);
    expect(leak[0]!.strength).toBeGreaterThanOrEqual(0.8);
  });

  it('finds leaked rows by their content when the training sample has no ids', () => {
    const train = makeWorld(63, 3000, 't');
    const ev = makeWorld(64, 1500, 'e');
    const view = worldView(ev);
    const strip = (w: World, extra: number) =>
      makeReference('data/train_sample.csv', {
        label: [...w.labels, ...ev.labels.slice(0, extra)],
        age: [...w.age, ...ev.age.slice(0, extra)],
        income: [...w.income, ...ev.income.slice(0, extra)],
        region: [...w.region, ...ev.region.slice(0, extra)],
        plan: [...w.plan, ...ev.plan.slice(0, extra)],
      });
    const { signals } = run(view, view, [strip(train, 0)], [strip(train, 300)]);
    const leak = byCategory(signals, 'leakage');
    expect(leak).toHaveLength(1);
    expect(Number(leak[0]!.details.row_overlap)).toBeGreaterThanOrEqual(300);
  });

  it('does not report an overlap the baseline run already had', () => {
    const ev = makeWorld(65, 1000);
    const view = worldView(ev);
    const ref = trainTable(ev, Array.from({ length: 500 }, (_, i) => i));
    const { signals } = run(view, view, [ref], [ref]);
    expect(byCategory(signals, 'leakage')).toHaveLength(0);
  });

  it('reports a feature that now gives the label away', () => {
    const base = makeWorld(66, 2000);
    const cur = cloneWorld(base);
    const g = gen(67);
    const noise = base.labels.map(() => g.normal(0, 1));
    const leaky = cur.labels.map((y) => y * 10 + g.normal(0, 1));
    const { signals } = run(
      worldView(base, { features: { age: base.age, income: base.income, region: base.region, plan: base.plan, target_enc: noise } }),
      worldView(cur, { features: { age: cur.age, income: cur.income, region: cur.region, plan: cur.plan, target_enc: leaky } }),
    );
    const leak = byCategory(signals, 'leakage').filter((s) => s.details.kind === 'feature_label');
    expect(leak).toHaveLength(1);
    expect(leak[0]!.feature).toBe('target_enc');
    expect(Number(leak[0]!.details.value_cur)).toBeGreaterThanOrEqual(0.99);
  });

  it('reports a new feature that alone predicts the label as well as the whole baseline model did', () => {
    const base = makeWorld(68, 2000);
    const cur = cloneWorld(base);
    const g = gen(69);
    // recorded after the outcome: the label with 15 % of rows wrong, plus noise (AUC ≈ 0.9)
    const refund = cur.labels.map((y) => (g.u() < 0.15 ? 1 - y : y) + g.normal(0, 0.3));
    const { signals } = run(worldView(base), worldView(cur, { features: { age: cur.age, income: cur.income, region: cur.region, plan: cur.plan, refund_issued: refund } }));
    const leak = byCategory(signals, 'leakage').filter((s) => s.details.kind === 'feature_label');
    expect(leak.map((s) => s.feature)).toEqual(['refund_issued']);
    expect(Number(leak[0]!.details.value_cur)).toBeGreaterThan(Number(leak[0]!.details.baseline_model));
    expect(Number(leak[0]!.details.value_cur)).toBeLessThan(0.99);
  });

  it('does not report a new feature that predicts the label less well than the baseline model', () => {
    const base = makeWorld(70, 2000);
    const cur = cloneWorld(base);
    const g = gen(71);
    const tenure = cur.age.map((a) => a / 2 + g.normal(0, 3));
    const { signals } = run(worldView(base), worldView(cur, { features: { age: cur.age, income: cur.income, region: cur.region, plan: cur.plan, tenure } }));
    expect(byCategory(signals, 'leakage')).toEqual([]);
  });

  it('reports a strong new feature that arrives with a jump of the model (too good to be true)', () => {
    const base = makeWorld(72, 2000);
    const cur = cloneWorld(base);
    const g = gen(73);
    // A post-outcome field (AUC ≈ 0.85 alone, below the baseline model's ≈ 0.9) that the retrained
    // model leans on: its scores now track the label far better (AUC ≈ 0.99).
    const sig = (x: number) => 1 / (1 + Math.exp(-x));
    const baseScores = base.labels.map((y) => sig(3 * (y - 0.5) + g.normal(0, 1.2)));
    const followups = cur.labels.map((y) => (g.u() < 0.15 ? 1 - y : y) + g.normal(0, 0.3));
    const scores = cur.labels.map((y) => sig(6 * (y - 0.5) + g.normal(0, 0.8)));
    const { signals } = run(worldView({ ...base, scores: baseScores }), worldView({ ...cur, scores }, { features: { age: cur.age, income: cur.income, region: cur.region, plan: cur.plan, followups } }));
    const leak = byCategory(signals, 'leakage').filter((s) => s.details.kind === 'feature_label');
    expect(leak.map((s) => s.feature)).toEqual(['followups']);
    expect(Number(leak[0]!.details.error_closed)).toBeGreaterThanOrEqual(0.25);
    expect(leak[0]!.strength).toBeLessThan(0.5);
  });
});

describe('leakage in a multiclass task (Goodman-Kruskal λ)', () => {
  it('lookupLambda: the share of the majority guess errors a column removes, from a contingency table', () => {
    // Classes a/b/c over 10 rows; column values x/y: x → a a a b, y → b b c c c c.
    const y = Float64Array.from([0, 0, 0, 1, 1, 1, 2, 2, 2, 2]);
    const col = stringColumn('v', ['x', 'x', 'x', 'x', 'y', 'y', 'y', 'y', 'y', 'y']);
    // Majority guess (c) right on 4/10; the lookup (x → a, y → c) on 3 + 4 = 7/10: λ = (0.7 − 0.4) / 0.6.
    expect(lookupLambda(col, y, 3, Int32Array.from({ length: 10 }, (_, i) => i))).toBeCloseTo(0.5, 12);
    // A column that names the class: 1; a single class: null.
    expect(lookupLambda(stringColumn('k', ['a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'c']), y, 3, Int32Array.from({ length: 10 }, (_, i) => i))).toBe(1);
    expect(lookupLambda(col, new Float64Array(10), 3, Int32Array.from({ length: 10 }, (_, i) => i))).toBeNull();
  });

  /** Four weather classes; the model right on ~70 % of rows; optionally a new column. */
  function weather(seed: number, added: 'none' | 'outcome_code' | 'humidity') {
    const g = gen(seed);
    const n = 1500;
    const y = Array.from({ length: n }, () => g.pick([0, 1, 2, 3], [4, 3, 2, 1]));
    const preds = y.map((c) => (g.u() < 0.7 ? c : g.pick([0, 1, 2, 3])));
    const temp = y.map((c) => 10 + 3 * c + g.normal(0, 4));
    // Recorded after the outcome: the class code with 5 % of rows wrong, plus a little noise.
    const outcome = y.map((c) => (g.u() < 0.05 ? g.pick([0, 1, 2, 3]) : c) + g.normal(0, 0.1));
    // A genuine new feature: related to the class, far from giving it away.
    const humidity = y.map((c) => 50 + 5 * c + g.normal(0, 20));
    const features: Record<string, number[]> = added === 'none' ? { temp } : { temp, [added]: added === 'outcome_code' ? outcome : humidity };
    return makeView({ task: 'multiclass', classes: ['rain', 'sun', 'fog', 'snow'], labels: y, preds, features });
  }

  it('reports a new column that alone predicts the class better than the baseline model did', () => {
    const { signals } = run(weather(81, 'none'), weather(81, 'outcome_code'));
    const leak = byCategory(signals, 'leakage');
    expect(leak.map((s) => s.feature)).toEqual(['outcome_code']);
    expect(leak[0]!.details.measure).toBe('lambda');
    expect(Number(leak[0]!.details.value_cur)).toBeGreaterThan(Number(leak[0]!.details.baseline_model));
  });

  it('does not report a new column that predicts the class less well than the model', () => {
    expect(byCategory(run(weather(83, 'none'), weather(83, 'humidity')).signals, 'leakage')).toEqual([]);
  });
});

describe('sampleRows', () => {
  // The draw as it was first written: a seeded partial Fisher-Yates of 200,000 rows, then sorted.
  function reference(n: number, seed: number): number[] {
    const idx = Array.from({ length: n }, (_, i) => i);
    if (n <= 200_000) return idx;
    const rng = createRng(seed);
    for (let i = 0; i < 200_000; i++) {
      const j = i + Math.floor(rng() * (n - i));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx.slice(0, 200_000).sort((a, b) => a - b);
  }

  it('draws the rows the sorted partial Fisher-Yates draws, ascending', () => {
    for (const [n, seed] of [
      [1000, 1],
      [200_000, 2],
      [200_001, 3],
      [350_000, 4],
    ] as const) {
      expect(Array.from(sampleRows(n, seed))).toEqual(reference(n, seed));
    }
  });
});

describe('the leakage parts of two threads', () => {
  const seed = 7;
  const view = worldView(makeWorld(71, 3000, 'e'));
  const input = { base: view, cur: view, refBase: [], refCur: [] };

  it("make the feature parts' shared context once: the second thread takes the first one's, and the findings are the serial ones", () => {
    // Two parts objects over one pair, connected as the runner connects them (portExchange): what
    // one gives the other can take.
    const inbox: LeakContext[][] = [[], []];
    const gives = [0, 0];
    const end = (me: 0 | 1): ContextExchange => ({
      take: () => inbox[me]!.shift() ?? null,
      give: (c) => {
        gives[me]!++;
        inbox[1 - me]!.push(c);
      },
    });
    const a = leakageParts(input, seed, end(0));
    const b = leakageParts(input, seed, end(1));
    expect(b.count).toBeGreaterThan(2);
    const got = [a.run(0), a.run(1), ...Array.from({ length: b.count - 2 }, (_, i) => b.run(i + 2))];
    expect(sortedLeakage(got)).toEqual(leakageChecks(input, seed));
    expect(gives).toEqual([1, 0]);
  });

  it('send the context across a port intact, the shared sample still one array', async () => {
    const ctx = leakContext(view, view, seed);
    expect(ctx.rowsBase).toBe(ctx.rowsCur);
    const { port1, port2 } = new MessageChannel();
    const here = portExchange(port1);
    const there = portExchange(port2);
    expect(there.take()).toBeNull();
    here.give(ctx);
    // receiveMessageOnPort reads what has arrived: the post is delivered within a turn.
    await new Promise((ok) => setImmediate(ok));
    const got = there.take()!;
    expect(got).toEqual(ctx);
    expect(got.rowsBase).toBe(got.rowsCur);
    expect(there.take()).toBeNull();
    // A closed port takes nothing and sends nothing, without throwing.
    port1.close();
    await new Promise((ok) => setImmediate(ok));
    expect(() => here.give(ctx)).not.toThrow();
    expect(there.take()).toBeNull();
  });
});
