import { describe, expect, it } from 'vitest';
import {
  accuracy,
  averagePrecision,
  brierBinary,
  brierMulticlass,
  confusionMatrix,
  f1Averages,
  logLossBinary,
  logLossMulticlass,
  mae,
  mape,
  meanError,
  precisionRecallF1,
  r2,
  rmse,
  rocAuc,
  rocAucOvrMacro,
} from '../../../src/analysis/performance/metrics.js';
import { ref } from './helpers.js';

const TOL = 1e-9;
const f64 = (a: number[]) => Float64Array.from(a);

describe('binary metrics match scikit-learn on tied scores', () => {
  const b = ref.binary;
  it.each(['unweighted', 'weighted'] as const)('%s: accuracy, precision, recall, F1, confusion matrix', (tag) => {
    const w = tag === 'weighted' ? b.weight : null;
    const r = b[tag];
    expect(accuracy(b.y, b.pred, w)).toBeCloseTo(r.accuracy, 12);
    const prf = precisionRecallF1(b.y, b.pred, w);
    expect(prf.precision).toBeCloseTo(r.precision, 12);
    expect(prf.recall).toBeCloseTo(r.recall, 12);
    expect(prf.f1).toBeCloseTo(r.f1, 12);
    const cm = confusionMatrix(b.y, b.pred, 2, w);
    r.confusion.flat().forEach((v, i) => expect(Math.abs(cm[i]! - v)).toBeLessThan(1e-9));
  });

  it.each(['unweighted', 'weighted'] as const)('%s: ROC AUC and average precision count ties like sklearn', (tag) => {
    const w = tag === 'weighted' ? f64(b.weight) : null;
    expect(Math.abs(rocAuc(b.y, f64(b.score), w) - b[tag].auc)).toBeLessThan(TOL);
    expect(Math.abs(averagePrecision(b.y, f64(b.score), w) - b[tag].average_precision)).toBeLessThan(TOL);
  });

  it.each(['unweighted', 'weighted'] as const)('%s: log loss clips scores of exactly 0 and 1 like sklearn 1.2', (tag) => {
    const w = tag === 'weighted' ? b.weight : null;
    expect(Math.abs(logLossBinary(b.y, b.score, w) - b[tag].log_loss)).toBeLessThan(TOL);
    expect(Math.abs(brierBinary(b.y, b.score, w) - b[tag].brier)).toBeLessThan(TOL);
  });

  it('gives NaN AUC and AP when a class is absent instead of a made-up number', () => {
    expect(rocAuc([0, 0, 0], f64([0.1, 0.5, 0.9]))).toBeNaN();
    expect(averagePrecision([0, 0, 0], f64([0.1, 0.5, 0.9]))).toBeNaN();
    expect(rocAuc([1, 1], f64([0.1, 0.5]))).toBeNaN();
  });
});

describe('multiclass metrics match scikit-learn', () => {
  const m = ref.multiclass;
  const probs = m.probs.map(f64);
  it.each(['unweighted', 'weighted'] as const)('%s: accuracy, macro/weighted F1, OvR AUC, log loss, Brier', (tag) => {
    const w = tag === 'weighted' ? f64(m.weight) : null;
    const r = m[tag];
    expect(Math.abs(accuracy(m.y, m.pred, w) - r.accuracy)).toBeLessThan(TOL);
    const f = f1Averages(m.y, m.pred, m.k, w);
    expect(Math.abs(f.macro - r.f1_macro)).toBeLessThan(TOL);
    expect(Math.abs(f.weighted - r.f1_weighted)).toBeLessThan(TOL);
    expect(Math.abs(rocAucOvrMacro(m.y, probs, w) - r.auc_ovr_macro)).toBeLessThan(TOL);
    expect(Math.abs(logLossMulticlass(m.y, probs, w) - r.log_loss)).toBeLessThan(TOL);
    expect(Math.abs(brierMulticlass(m.y, probs, w) - r.brier)).toBeLessThan(TOL);
    expect(Array.from(confusionMatrix(m.y, m.pred, m.k, w)).map((v, i) => Math.abs(v - r.confusion.flat()[i]!) < 1e-9)).not.toContain(false);
  });

  it('averages F1 over every class seen in labels or predictions, like sklearn', () => {
    const p = m.pred_only_class;
    const f = f1Averages(p.y, p.pred, p.k);
    expect(Math.abs(f.macro - p.f1_macro)).toBeLessThan(TOL);
    expect(Math.abs(f.weighted - p.f1_weighted)).toBeLessThan(TOL);
  });
});

describe('regression metrics match scikit-learn', () => {
  const g = ref.regression;
  it.each(['unweighted', 'weighted'] as const)('%s: RMSE, MAE, R², MAPE, mean error', (tag) => {
    const w = tag === 'weighted' ? g.weight : null;
    const r = g[tag];
    expect(Math.abs(rmse(g.y, g.pred, w) - r.rmse)).toBeLessThan(TOL);
    expect(Math.abs(mae(g.y, g.pred, w) - r.mae)).toBeLessThan(TOL);
    expect(Math.abs(r2(g.y, g.pred, w) - r.r2)).toBeLessThan(TOL);
    expect(Math.abs(mape(g.y, g.pred, w) - r.mape)).toBeLessThan(TOL);
    expect(Math.abs(meanError(g.y, g.pred, w) - r.mean_error)).toBeLessThan(TOL);
  });

  it('scores a constant target like sklearn force_finite: R² 1 when perfect, 0 otherwise', () => {
    expect(r2([3, 3, 3], [3, 3, 3])).toBe(1);
    expect(r2([3, 3, 3], [2, 3, 4])).toBe(0);
  });
});
