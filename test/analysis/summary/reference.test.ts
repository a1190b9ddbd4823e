// The summary path's statistics against scipy / scikit-learn (test/reference/summary_reference.py
// wrote the numbers): histogram AUC and its DeLong variance, the confusion and regression metrics
// with their analytic variances (equal to the infinitesimal jackknife), and the KS bracket.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeTable, numberColumn } from '../../../src/artifacts/table.js';
import { buildEvalView } from '../../../src/artifacts/roles.js';
import { SCORE_BINS } from '../../../src/artifacts/summary.js';
import { summarizeView } from '../../../src/analysis/summary/from-rows.js';
import { histogramAuc, summaryPerformance } from '../../../src/analysis/summary/analyze.js';
import { compareSketches } from '../../../src/analysis/summary/sketch.js';
import { normalQuantile } from '../../../src/analysis/performance/special.js';

interface Ref {
  auc: { labels: number[]; scores: number[]; auc_binned: number; delong_var_binned: number; auc_raw: number };
  confusion: { y_true: number[]; y_pred: number[]; accuracy: number; precision: number; recall: number; f1: number; var: Record<string, number> };
  regression: { y: number[]; pred: number[]; rmse: number; mae: number; mean_error: number; var: Record<string, number> };
  ks: { base: number[]; cur: number[]; d: number };
}
const ref = JSON.parse(readFileSync(new URL('../../reference/summary.json', import.meta.url), 'utf8')) as Ref;

const view = (path: string, cols: Record<string, number[]>) =>
  buildEvalView(makeTable(path, Object.entries(cols).map(([k, v]) => numberColumn(k, v))), undefined);
const OPTS = { seed: 1, resamples: 100, minSupport: 30, alpha: 0.05 };

/** Variance of a delta from its 95 % interval, delta ± z·se. */
function varianceOf(ci: [number, number]): number {
  return ((ci[1] - ci[0]) / (2 * normalQuantile(0.975))) ** 2;
}

describe('summary statistics against scipy / scikit-learn', () => {
  it('takes the AUC of the score histogram as sklearn does of the bin index, with its DeLong variance', () => {
    const pos = new Array<number>(SCORE_BINS).fill(0);
    const neg = new Array<number>(SCORE_BINS).fill(0);
    ref.auc.scores.forEach((s, i) => {
      const b = Math.min(SCORE_BINS - 1, Math.floor(s * SCORE_BINS));
      if (ref.auc.labels[i] === 1) pos[b]!++;
      else neg[b]!++;
    });
    const h = histogramAuc(pos, neg)!;
    expect(h.auc).toBeCloseTo(ref.auc.auc_binned, 12);
    expect(h.variance).toBeCloseTo(ref.auc.delong_var_binned, 12);
    expect(Math.abs(h.auc - ref.auc.auc_raw)).toBeLessThanOrEqual(h.bound);
  });

  it('computes confusion metrics as sklearn and their variances as the infinitesimal jackknife', () => {
    const c = ref.confusion;
    const v = view('eval/c.csv', { label: c.y_true, pred: c.y_pred });
    const s = summarizeView(v, null);
    // Two identical runs: each interval holds twice the variance of one run.
    const perf = summaryPerformance(s, s, OPTS);
    for (const name of ['accuracy', 'precision', 'recall', 'f1'] as const) {
      const m = perf.metrics.find((x) => x.name === name)!;
      expect(m.current).toBeCloseTo(c[name], 12);
      expect(varianceOf(m.ci!) / 2).toBeCloseTo(c.var[name]!, 9);
    }
  });

  it('computes RMSE, MAE and mean error from the error sums with their jackknife variances', () => {
    const r = ref.regression;
    const s = summarizeView(view('eval/r.csv', { y: r.y, prediction: r.pred }), null);
    const perf = summaryPerformance(s, s, OPTS);
    for (const name of ['rmse', 'mae', 'mean_error'] as const) {
      const m = perf.metrics.find((x) => x.name === name)!;
      expect(m.current).toBeCloseTo(r[name], 10);
      expect(varianceOf(m.ci!) / 2).toBeCloseTo(r.var[name]!, 9);
    }
  });

  it("brackets scipy's KS statistic between the sketch's lower and upper bounds", () => {
    const k = ref.ks;
    const label = (n: number) => Array.from({ length: n }, (_, i) => i % 2);
    const base = summarizeView(view('eval/b.csv', { label: label(k.base.length), pred: label(k.base.length), x: k.base }), null);
    const cur = summarizeView(view('eval/c.csv', { label: label(k.cur.length), pred: label(k.cur.length), x: k.cur }), base);
    const cmp = compareSketches(base.sketches.find((s) => s.column === 'x')!, cur.sketches.find((s) => s.column === 'x')!)!;
    expect(cmp.numeric!.ks).toBeLessThanOrEqual(k.d + 1e-12);
    expect(cmp.ksUpper).toBeGreaterThanOrEqual(k.d - 1e-12);
    expect(cmp.ksUpper - cmp.numeric!.ks).toBeLessThan(0.05);
  });
});
