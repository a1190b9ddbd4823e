// The summary path on a regression pair: `diagnose` of the two summaries finds what `diagnose` of
// the rows finds (row-only categories aside), and RMSE / MAE / mean error equal the rows'.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvalView } from '../../../src/artifacts/types.js';
import type { Summary } from '../../../src/artifacts/summary.js';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { review } from '../../../src/review.js';
import { loadRun } from '../../../src/artifacts/load.js';
import { summarizeView } from '../../../src/analysis/summary/from-rows.js';
import { summaryPerformance } from '../../../src/analysis/summary/analyze.js';
import { analyzePerformance } from '../../../src/analysis/performance/index.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { memorySource } from '../../helpers/memory-source.js';
import { comparableFindings } from './identity.js';

const SUMMARY_CATEGORIES = new Set(['metric_regression', 'segment_regression', 'feature_drift', 'label_shift', 'prediction_shift']);

/** price ≈ 3·carat + noise; the current run's `Ideal` rows get errors four times as large and 30 % of carat values come from a clump at 2.5. */
function table(seed: number, broken: boolean): string {
  const rnd = createRng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const lines = ['target,prediction,carat,cut'];
  for (let i = 0; i < 3000; i++) {
    const carat = broken && rnd() < 0.3 ? 2.5 + 0.1 * normal() : 1 + 0.5 * normal();
    const cut = ['Ideal', 'Good', 'Fair'][i % 3]!;
    const price = 3 * carat + normal();
    const err = (broken && cut === 'Ideal' ? 4 : 1) * 0.5 * normal();
    lines.push(`${price.toFixed(4)},${(3 * carat + err).toFixed(4)},${carat.toFixed(4)},${cut}`);
  }
  return lines.join('\n') + '\n';
}


describe('summary path, regression', () => {
  const baseCsv = table(11, false);
  const curCsv = table(12, true);
  const view = async (csv: string) => (await loadRun(memorySource({ 'eval/p.csv': csv }), DEFAULT_CONFIG)).evals[0]!;
  let bv: EvalView;
  let cv: EvalView;
  let bs: Summary;
  let cs: Summary;
  beforeAll(async () => {
    [bv, cv] = [await view(baseCsv), await view(curCsv)];
    bs = summarizeView(bv, null);
    cs = summarizeView(cv, bs);
  });

  it('finds from the summaries what the rows show', async () => {
    const rows = (await review({ config: DEFAULT_CONFIG, baseline: memorySource({ 'eval/p.csv': baseCsv }), current: memorySource({ 'eval/p.csv': curCsv }) })).report;
    const sums = (await review({
      config: DEFAULT_CONFIG,
      baseline: memorySource({ 'eval/p.summary.json': JSON.stringify(bs) }),
      current: memorySource({ 'eval/p.summary.json': JSON.stringify(cs) }),
    })).report;
    expect(rows.verdict).toBe('fail');
    expect(sums.verdict).toBe(rows.verdict);
    const cmp = comparableFindings(rows, sums, SUMMARY_CATEGORIES);
    expect(cmp.rows.some((f) => f.category === 'segment_regression' && f.segment === 'cut')).toBe(true);
    expect(cmp.rows.some((f) => f.category === 'feature_drift' && f.feature === 'carat')).toBe(true);
    expect(cmp.summary).toEqual(cmp.rows);
  });

  it('computes RMSE, MAE and mean error of the rows from the error sums', () => {
    const opts = { seed: 1, resamples: 200, minSupport: 30, alpha: 0.05 };
    const r = analyzePerformance(bv, cv, opts);
    const s = summaryPerformance(bs, cs, opts);
    for (const name of ['rmse', 'mae', 'mean_error', 'r2'] as const) {
      const a = r.metrics.find((m) => m.name === name)!;
      const b = s.metrics.find((m) => m.name === name)!;
      expect(b.baseline).toBeCloseTo(a.baseline!, 9);
      expect(b.current).toBeCloseTo(a.current!, 9);
    }
  });
});
