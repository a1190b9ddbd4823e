// The delta-method intervals that replace the row bootstrap of the headline metrics on large runs
// (docs/decisions/0006-scale.md): each metric's linearization is its derivative in one row's
// multiplicity, its standard error matches the bootstrap's spread, and its 95% interval covers
// the true change about 95% of the time.
import { describe, expect, it } from 'vitest';
import { analyticDeltaSe, bootstrapDeltas } from '../../../src/analysis/performance/compare.js';
import { makeKernel, metricNames, type Kernel } from '../../../src/analysis/performance/kernels.js';
import { buildClassRun, buildRegRun, capabilities, unifyClasses, usableRows, type Run } from '../../../src/analysis/performance/prepare.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import type { EvalView } from '../../../src/artifacts/types.js';
import { makeView, pairedRuns } from './helpers.js';

/** Runs on their rows as stored, so that row i of two views with the same ids is one pair. */
function runOf(v: EvalView, other: EvalView | null): Run {
  if (v.task === 'regression') return buildRegRun(v, usableRows(v, capabilities(other, v)));
  const space = unifyClasses(null, v);
  const caps = capabilities(other, v);
  return buildClassRun(v, usableRows(v, caps), space, space.curMap, caps);
}

function kernels(base: EvalView, cur: EvalView): { b: Run; c: Run; kb: Kernel; kc: Kernel } {
  const b = runOf(base, cur);
  const c = runOf(cur, base);
  const names = metricNames([b, c]);
  return { b, c, kb: makeKernel(b, names), kc: makeKernel(c, names) };
}

function sd(xs: Float64Array): number {
  let s = 0;
  for (const x of xs) s += x;
  const m = s / xs.length;
  let v = 0;
  for (const x of xs) v += (x - m) ** 2;
  return Math.sqrt(v / (xs.length - 1));
}

function regressionPair(n: number, seed: number): { base: EvalView; cur: EvalView } {
  const rng = createRng(seed);
  const y = Array.from({ length: n }, () => 10 + 5 * rng());
  const pb = y.map((t) => t + (rng() - 0.5) * 2);
  const pc = y.map((t) => t + (rng() - 0.4) * 2.5);
  const w = y.map(() => 0.5 + rng());
  return {
    base: makeView({ task: 'regression', y, pred: pb, weight: w }),
    cur: makeView({ task: 'regression', y, pred: pc, weight: w }),
  };
}

describe('metric linearizations', () => {
  it.each(['unweighted', 'weighted'] as const)('%s binary: L_i is the change of the metric when row i is drawn twice', (tag) => {
    const { base } = pairedRuns({ n: 3000, baseSkill: () => 0.8, curSkill: () => 0.7, seed: 3 });
    const rng = createRng(9);
    const v = tag === 'weighted' ? makeView({ y: base.yTrue, score: base.score, weight: Array.from({ length: base.n }, () => 0.5 + rng()) }) : base;
    const run = runOf(v, null);
    const names = metricNames([run]);
    const k = makeKernel(run, names);
    const point = new Float64Array(names.length);
    k.evaluate(null, point);
    const l = new Float64Array(run.n);
    const counts = new Int32Array(run.n).fill(1);
    const out = new Float64Array(names.length);
    for (let j = 0; j < names.length; j++) {
      expect(k.linearize(j, l)).toBe(true);
      let sum = 0;
      for (const x of l) sum += x;
      expect(Math.abs(sum)).toBeLessThan(1e-9);
      for (const i of [0, 17, 404, 1999, 2998]) {
        counts[i] = 2;
        k.evaluate(counts, out);
        counts[i] = 1;
        const change = out[j]! - point[j]!;
        // First order in 1/n: the second-order rest is about L_i² n, far below L_i itself here.
        expect(Math.abs(change - l[i]!), `${names[j]} row ${i}`).toBeLessThan(0.05 * Math.abs(l[i]!) + 2e-6);
      }
    }
  });

  it('regression: L_i is the change of the metric when row i is drawn twice', () => {
    const { base } = regressionPair(3000, 4);
    const run = runOf(base, null);
    const names = metricNames([run]);
    const k = makeKernel(run, names);
    const point = new Float64Array(names.length);
    k.evaluate(null, point);
    const l = new Float64Array(run.n);
    const counts = new Int32Array(run.n).fill(1);
    const out = new Float64Array(names.length);
    for (let j = 0; j < names.length; j++) {
      expect(k.linearize(j, l)).toBe(true);
      for (const i of [0, 5, 1500, 2999]) {
        counts[i] = 2;
        k.evaluate(counts, out);
        counts[i] = 1;
        expect(Math.abs(out[j]! - point[j]! - l[i]!), `${names[j]} row ${i}`).toBeLessThan(0.05 * Math.abs(l[i]!) + 1e-7);
      }
    }
  });
});

describe('delta-method standard errors against the row bootstrap', () => {
  it.each([
    ['paired', true],
    ['unpaired', false],
  ] as const)('binary %s: every metric within 12 percent of the bootstrap spread', (_tag, paired) => {
    const { base, cur } = pairedRuns({ n: 20000, baseSkill: () => 0.8, curSkill: (i) => (i % 5 === 0 ? 0.6 : 0.8), seed: 11 });
    const { b, c, kb, kc } = kernels(base, cur);
    const se = analyticDeltaSe(kb, kc, b.n, c.n, paired);
    const deltas = bootstrapDeltas(kb, kc, b.n, c.n, paired, 600, 5);
    kb.metrics.forEach((name, j) => {
      const boot = sd(deltas[j]!);
      // 600 resamples: the bootstrap's own spread is known to about ±3% (1/√(2R)).
      expect(Math.abs(se[j]! / boot - 1), `${name}: delta method ${se[j]} vs bootstrap ${boot}`).toBeLessThan(0.12);
    });
  });

  it('regression, weighted and paired: every metric within 12 percent of the bootstrap spread', () => {
    const { base, cur } = regressionPair(20000, 6);
    const { b, c, kb, kc } = kernels(base, cur);
    const se = analyticDeltaSe(kb, kc, b.n, c.n, true);
    const deltas = bootstrapDeltas(kb, kc, b.n, c.n, true, 600, 5);
    kb.metrics.forEach((name, j) => expect(Math.abs(se[j]! / sd(deltas[j]!) - 1), name).toBeLessThan(0.12));
  });
});

describe('paired differences formed row by row (RowTerm)', () => {
  it('give the same standard errors, bit for bit, as the written-out linearizations, in and out of score order', () => {
    const { base, cur } = pairedRuns({ n: 5000, baseSkill: () => 0.8, curSkill: (i) => (i % 7 === 0 ? 0.55 : 0.8), seed: 21 });
    for (const sorted of [false, true]) {
      // Rows in the baseline's score order make its kernel's order the identity (as the analysis does).
      const perm = Array.from({ length: base.n }, (_, i) => i).sort((i, j) => base.score![j]! - base.score![i]! || i - j);
      const pick = (v: EvalView): EvalView => (sorted ? makeView({ y: perm.map((r) => v.yTrue[r]!), score: perm.map((r) => v.score![r]!) }) : v);
      const { b, c, kb, kc } = kernels(pick(base), pick(cur));
      const terms = kb.metrics.filter((_, j) => kb.rowTerm?.(j));
      expect(terms).toEqual(['accuracy', 'precision', 'recall', 'f1', 'log_loss', 'brier']);
      const hide = (k: Kernel): Kernel => ({ metrics: k.metrics, evaluate: (x, o) => k.evaluate(x, o), linearize: (j, o) => k.linearize(j, o), release: () => undefined });
      const fast = analyticDeltaSe(kb, kc, b.n, c.n, true);
      const written = analyticDeltaSe(hide(kb), hide(kc), b.n, c.n, true);
      expect(Array.from(fast)).toEqual(Array.from(written));
      expect(fast.every((x) => x > 0)).toBe(true);
    }
  });

  it('are not used for weighted rows', () => {
    const rng = createRng(2);
    const v = makeView({ y: [0, 1, 1, 0, 1, 0], score: [0.2, 0.7, 0.6, 0.4, 0.9, 0.1], weight: Array.from({ length: 6 }, () => 0.5 + rng()) });
    const { kb } = kernels(v, v);
    expect(kb.metrics.map((_, j) => kb.rowTerm?.(j) ?? null).every((t) => t === null)).toBe(true);
  });
});

describe('delta-method interval coverage under no change', () => {
  it.each(['accuracy', 'auc', 'average_precision', 'log_loss', 'f1'])('%s (paired) covers the true change about 95 percent of the time', (metric) => {
    let covered = 0;
    const sims = 200;
    for (let s = 0; s < sims; s++) {
      const { base, cur } = pairedRuns({ n: 2000, baseSkill: () => 0.8, curSkill: () => 0.8, seed: 9000 + s });
      const { b, c, kb, kc } = kernels(base, cur);
      const j = kb.metrics.indexOf(metric as (typeof kb.metrics)[number]);
      const se = analyticDeltaSe(kb, kc, b.n, c.n, true)[j]!;
      const vb = new Float64Array(kb.metrics.length);
      const vc = new Float64Array(kb.metrics.length);
      kb.evaluate(null, vb);
      kc.evaluate(null, vc);
      const d = vc[j]! - vb[j]!;
      if (Math.abs(d) <= 1.959964 * se) covered++;
    }
    // 200 simulations: the binomial 99% band around 0.95 is about [0.91, 0.99].
    expect(covered / sims).toBeGreaterThan(0.9);
    expect(covered / sims).toBeLessThan(0.995);
  });
});
