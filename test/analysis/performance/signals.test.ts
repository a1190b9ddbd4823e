import { describe, expect, it } from 'vitest';
import { analyzePerformance, performanceSignals } from '../../../src/analysis/performance/index.js';
import { effectSeverity, isOperatingTradeOff, localisation, noiseFactor } from '../../../src/analysis/performance/signals.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { makeView, OPTS, pairedRuns } from './helpers.js';

/** Strength of an accuracy drop whose 95% interval sits at z standard errors. */
function accuracyStrength(pts: number, z: number): number {
  const delta = -pts / 100;
  const se = Math.abs(delta) / z;
  return effectSeverity('accuracy', 0.9, 0.9 + delta, null) * noiseFactor(delta, [delta - 1.96 * se, delta + 1.96 * se], 0.05);
}

describe('signal strength mapping', () => {
  it('maps a just-significant accuracy drop of 1 / 3 / 10 pts to minor / major / critical', () => {
    expect(accuracyStrength(1, 1.96)).toBeGreaterThanOrEqual(0.25);
    expect(accuracyStrength(1, 1.96)).toBeLessThan(0.5);
    expect(accuracyStrength(3, 1.96)).toBeGreaterThanOrEqual(0.5);
    expect(accuracyStrength(3, 1.96)).toBeLessThan(0.8);
    expect(accuracyStrength(10, 1.96)).toBeGreaterThanOrEqual(0.8);
  });

  it('weighs an effect by its noise: the same drop measured precisely is stronger', () => {
    expect(accuracyStrength(2, 6)).toBeGreaterThan(accuracyStrength(2, 2));
    expect(accuracyStrength(0.3, 20)).toBeLessThan(0.25);
  });

  it('judges losses and errors by relative change: RMSE +5% minor, +15% major, +50% critical', () => {
    expect(effectSeverity('rmse', 100, 105, null)).toBeGreaterThanOrEqual(0.25);
    expect(effectSeverity('rmse', 100, 115, null)).toBeGreaterThanOrEqual(0.5);
    expect(effectSeverity('rmse', 100, 150, null)).toBeGreaterThanOrEqual(0.8);
    // R² on the unexplained variance: 0.98 → 0.97 is 50% more unexplained variance.
    expect(effectSeverity('r2', 0.98, 0.97, null)).toBeGreaterThanOrEqual(0.8);
  });

  it('judges R² also as a share of the variance explained: losing half of a weak model\'s 0.11 is major', () => {
    // 0.106 → 0.051: only 6% more unexplained variance (RMSE +3%), but 5.5 pts of R², the same
    // severity as a 5.5-pt accuracy drop.
    expect(effectSeverity('r2', 0.106, 0.051, null)).toBeCloseTo(effectSeverity('accuracy', 0.9, 0.845, null), 12);
    expect(effectSeverity('r2', 0.106, 0.051, null)).toBeGreaterThanOrEqual(0.5);
    expect(effectSeverity('r2', 0.5, 0.495, null)).toBeLessThan(0.25);
  });

  it('localises a slice by how much more of the drop it holds than its share of rows', () => {
    expect(localisation(1, 0.25)).toBe(1);
    expect(localisation(0.25, 0.25)).toBe(0);
    expect(localisation(0.62, 0.25)).toBeCloseTo(0.4933, 3);
    expect(localisation(null, 0.3)).toBeNull();
  });
});

describe('precision against recall (one operating point)', () => {
  // Balanced classes with overlapping uniform scores, cut at 0.5 in the baseline and at 0.4 now:
  // as many positives gained as negatives lost (accuracy flat), recall up, precision down, F1
  // about the same. A trade-off, not a regression.
  const rng = createRng(8);
  const n = 4000;
  const y = Array.from({ length: n }, () => (rng() < 0.5 ? 1 : 0));
  const score = y.map((t) => Math.round((t === 1 ? 0.25 + 0.75 * rng() : 0.75 * rng()) * 1e4) / 1e4);
  const at = (t: number) => score.map((x) => (x >= t ? 1 : 0));
  const base = makeView({ y, score, pred: at(0.5), ids: y.map((_, i) => String(i)) });
  const cur = makeView({ y, score, pred: at(0.4), ids: y.map((_, i) => String(i)) });

  it('a precision fall with recall up and F1 not down is no metric regression', () => {
    const a = analyzePerformance(base, cur, OPTS);
    const m = (name: string) => a.metrics.find((x) => x.name === name)!;
    expect(m('precision').status).toBe('regressed');
    expect(m('recall').status).toBe('improved');
    expect(m('f1').status).not.toBe('regressed');
    expect(isOperatingTradeOff(a, m('precision'))).toBe(true);
    expect(performanceSignals(a).filter((s) => s.category === 'metric_regression' && s.metric === 'precision')).toEqual([]);
  });

  it('a precision fall is part of a regression when another metric got worse too (a calibration step dropped)', () => {
    const a = analyzePerformance(base, cur, OPTS);
    const prec = a.metrics.find((x) => x.name === 'precision')!;
    const worse = { ...a, metrics: a.metrics.map((x) => (x.name === 'log_loss' ? { ...x, status: 'regressed' as const } : x)) };
    expect(isOperatingTradeOff(worse, prec)).toBe(false);
  });

  it('a precision fall that also costs F1 is a regression', () => {
    const worse = makeView({ y, score, pred: at(0.5).map((p, i) => (i % 10 === 0 ? 1 : p)), ids: y.map((_, i) => String(i)) });
    const w = analyzePerformance(base, worse, OPTS);
    expect(w.metrics.find((x) => x.name === 'precision')!.status).toBe('regressed');
    expect(isOperatingTradeOff(w, w.metrics.find((x) => x.name === 'precision')!)).toBe(false);
  });
});

describe('performanceSignals', () => {
  it('raises nothing for an improvement, which is listed in the analysis instead', () => {
    const { base, cur } = pairedRuns({ n: 3000, seed: 12, baseSkill: () => 0.7, curSkill: () => 0.85 });
    const a = analyzePerformance(base, cur, OPTS);
    expect(a.improved).toContain('accuracy');
    expect(a.regressed).toEqual([]);
    expect(performanceSignals(a).filter((s) => s.category === 'metric_regression')).toEqual([]);
  });

  it('raises a metric_regression with its numbers when accuracy drops', () => {
    const { base, cur } = pairedRuns({ n: 3000, seed: 13, baseSkill: () => 0.85, curSkill: () => 0.75 });
    const a = analyzePerformance(base, cur, OPTS);
    const s = performanceSignals(a).find((x) => x.metric === 'accuracy' && x.category === 'metric_regression')!;
    expect(s.significant).toBe(true);
    expect(s.strength).toBeGreaterThanOrEqual(0.8);
    expect(s.title).toMatch(/^Accuracy fell \d+\.\d pts/);
    expect(s.details.mcnemarP as number).toBeLessThan(0.05);
    expect(s.details.paired).toBe(true);
  });

  it('raises a calibration signal when only the probabilities got worse (predictions and ranking kept)', () => {
    const { base } = pairedRuns({ n: 3000, seed: 14, baseSkill: () => 0.8, curSkill: () => 0.8 });
    // Sharpen every score away from 0.5 (as if temperature scaling were dropped): same order, same predictions.
    const sharpen = (p: number) => 1 / (1 + Math.exp(-3 * Math.log(p / (1 - p))));
    const cur = makeView({ y: Array.from(base.yTrue), score: Array.from(base.score!, (p) => Math.round(sharpen(p) * 1e6) / 1e6) });
    const a = analyzePerformance(base, cur, OPTS);
    expect(a.metrics.find((m) => m.name === 'accuracy')!.delta).toBe(0);
    const cal = performanceSignals(a).find((s) => s.category === 'calibration')!;
    expect(cal.significant).toBe(true);
    expect(cal.details.discriminationKept).toBe(true);
    expect(cal.strength).toBeGreaterThanOrEqual(0.25);
  });
});
