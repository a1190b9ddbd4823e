import { describe, expect, it } from 'vitest';
import { makeKernel, metricNames } from '../../../src/analysis/performance/kernels.js';
import * as M from '../../../src/analysis/performance/metrics.js';
import { expectedCalibrationError } from '../../../src/analysis/performance/calibration.js';
import { buildClassRun, buildRegRun, capabilities, permute, scoreOrder, unifyClasses, usableRows, type Run } from '../../../src/analysis/performance/prepare.js';
import type { EvalView } from '../../../src/artifacts/types.js';
import type { MetricName } from '../../../src/analysis/performance/types.js';
import { multinomialCounts } from '../../../src/analysis/stats/bootstrap.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { makeView, ref } from './helpers.js';

function runOf(v: EvalView): Run {
  if (v.task === 'regression') return buildRegRun(v, usableRows(v, capabilities(null, v)));
  const space = unifyClasses(null, v);
  const caps = capabilities(null, v);
  const rows = usableRows(v, caps);
  return buildClassRun(v, permute(rows, scoreOrder(v, rows, space, space.curMap)), space, space.curMap, caps);
}

function evaluate(run: Run, counts: Int32Array | null): Record<string, number> {
  const names = metricNames([run]);
  const out = new Float64Array(names.length);
  makeKernel(run, names).evaluate(counts, out);
  return Object.fromEntries(names.map((n, j) => [n, out[j]!]));
}

/** Metrics of a resample computed the slow way: materialise the rows and call the plain metrics. */
function direct(v: EvalView, rowsOfRun: Int32Array, counts: Int32Array): Record<string, number> {
  const idx: number[] = [];
  rowsOfRun.forEach((r, i) => {
    for (let k = 0; k < counts[i]!; k++) idx.push(r);
  });
  const pick = (a: ArrayLike<number>) => Float64Array.from(idx, (r) => a[r]!);
  const y = pick(v.yTrue);
  const w = v.weight ? pick(v.weight) : null;
  if (v.task === 'regression') {
    const p = pick(v.yPred!);
    return { rmse: M.rmse(y, p, w), mae: M.mae(y, p, w), r2: M.r2(y, p, w), mean_error: M.meanError(y, p, w), mape: M.mape(y, p, w) };
  }
  const p = pick(v.yPred!);
  const s = pick(v.score!);
  const prf = M.precisionRecallF1(y, p, w);
  return {
    accuracy: M.accuracy(y, p, w),
    precision: prf.precision,
    recall: prf.recall,
    f1: prf.f1,
    auc: M.rocAuc(y, s, w),
    average_precision: M.averagePrecision(y, s, w),
    log_loss: M.logLossBinary(y, s, w),
    brier: M.brierBinary(y, s, w),
    ece: expectedCalibrationError({ conf: s, hit: Uint8Array.from(y), weight: w }),
  };
}

describe('metric kernels', () => {
  const b = ref.binary;
  it.each(['unweighted', 'weighted'] as const)('%s binary point estimates equal the sklearn references', (tag) => {
    const v = makeView({ y: b.y, score: b.score, pred: b.pred, weight: tag === 'weighted' ? b.weight : null });
    const got = evaluate(runOf(v), null);
    for (const name of ['accuracy', 'precision', 'recall', 'f1', 'auc', 'average_precision', 'log_loss', 'brier'] as const) {
      expect(Math.abs(got[name]! - b[tag][name])).toBeLessThan(1e-9);
    }
  });

  it('multiclass point estimates equal the sklearn references', () => {
    const m = ref.multiclass;
    const v = makeView({ task: 'multiclass', classes: ['a', 'b', 'c', 'd'], y: m.y, pred: m.pred, probs: m.probs, weight: m.weight });
    const got = evaluate(runOf(v), null);
    for (const name of ['accuracy', 'f1_macro', 'f1_weighted', 'auc_ovr_macro', 'log_loss', 'brier'] as const) {
      expect(Math.abs(got[name]! - m.weighted[name])).toBeLessThan(1e-9);
    }
  });

  it('regression point estimates equal the sklearn references', () => {
    const g = ref.regression;
    const got = evaluate(runOf(makeView({ task: 'regression', y: g.y, pred: g.pred, weight: g.weight })), null);
    for (const name of ['rmse', 'mae', 'r2', 'mean_error', 'mape'] as const) expect(Math.abs(got[name]! - g.weighted[name])).toBeLessThan(1e-9);
  });

  it.each(['unweighted', 'weighted'] as const)('%s: a resample evaluated from multiplicities equals the materialised resample (ties, bins)', (tag) => {
    const v = makeView({ y: b.y, score: b.score, pred: b.pred, weight: tag === 'weighted' ? b.weight : null });
    const run = runOf(v);
    const rng = createRng(9);
    for (let rep = 0; rep < 20; rep++) {
      const counts = multinomialCounts(rng, new Int32Array(run.n));
      const got = evaluate(run, counts);
      const want = direct(v, run.rows, counts);
      for (const [name, value] of Object.entries(want)) {
        if (Number.isNaN(value)) expect(got[name as MetricName]).toBeNaN();
        else expect(Math.abs(got[name]! - value)).toBeLessThan(1e-9);
      }
    }
  });

  it('a regression resample from multiplicities equals the materialised resample', () => {
    const g = ref.regression;
    const v = makeView({ task: 'regression', y: g.y, pred: g.pred, weight: g.weight });
    const run = runOf(v);
    const counts = multinomialCounts(createRng(4), new Int32Array(run.n));
    const got = evaluate(run, counts);
    for (const [name, value] of Object.entries(direct(v, run.rows, counts))) expect(Math.abs(got[name]! - value)).toBeLessThan(1e-9);
  });
});

describe('binary kernel memory (decision 0032)', () => {
  const b = ref.binary;
  /** The run in score order (its ranking the identity), and the same rows as stored. */
  function runs(): { inOrder: Run; asStored: Run } {
    const v = makeView({ y: b.y, score: b.score, pred: b.pred });
    const space = unifyClasses(null, v);
    const caps = capabilities(null, v);
    const rows = usableRows(v, caps);
    return {
      inOrder: buildClassRun(v, permute(rows, scoreOrder(v, rows, space, space.curMap)), space, space.curMap, caps),
      asStored: buildClassRun(v, rows, space, space.curMap, caps),
    };
  }

  it('reads a run in score order in place, and its release leaves the run whole', () => {
    const { inOrder, asStored } = runs();
    if (inOrder.kind !== 'class' || asStored.kind !== 'class') throw new Error('class runs');
    expect(inOrder.ranked![0]!.identity).toBe(true);
    expect(asStored.ranked![0]!.identity).toBe(false);
    const names = metricNames([inOrder]);
    const value = (run: Run) => {
      const k = makeKernel(run, names);
      const out = new Float64Array(names.length);
      k.evaluate(null, out);
      const lin = names.map((_, j) => {
        const l = new Float64Array(run.n);
        k.linearize(j, l);
        return Array.from(run.rows, (r, i) => [r, l[i]!] as const).sort((x, y) => x[0] - y[0]).map((x) => x[1]);
      });
      k.release();
      return { out: Array.from(out), lin };
    };
    const a = value(inOrder);
    const c = value(asStored);
    expect(a.out).toEqual(c.out);
    for (let j = 0; j < names.length; j++) for (let i = 0; i < a.lin[j]!.length; i++) expect(a.lin[j]![i]).toBeCloseTo(c.lin[j]![i]!, 12);
    // Released kernels took none of the runs' arrays with them: a new kernel gives the same values.
    for (const run of [inOrder, asStored]) {
      if (run.kind !== 'class') continue;
      for (const arr of [run.ll, run.br, run.conf, run.w, run.ranked![0]!.positive]) expect(arr!.length).toBe(run.n);
      expect(value(run).out).toEqual(a.out);
    }
  });

  it('shares one all-ones weight array between unweighted runs of a size, and nothing writes to it', () => {
    const { inOrder, asStored } = runs();
    expect(inOrder.w).toBe(asStored.w);
    expect(inOrder.w.every((x) => x === 1)).toBe(true);
  });
});
