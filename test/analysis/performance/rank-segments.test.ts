import { describe, expect, it } from 'vitest';
import { analyzePerformance, performanceSignals } from '../../../src/analysis/performance/index.js';
import { makeComparison } from '../../../src/analysis/performance/context.js';
import { buildRegRun } from '../../../src/analysis/performance/prepare.js';
import { rankSegmentTests } from '../../../src/analysis/performance/rank-segments.js';
import { labelMoments, rankInputs } from '../../../src/analysis/performance/segments.js';
import { M, primaryTest } from '../../../src/analysis/performance/segment-tests.js';
import type { Segmenter } from '../../../src/analysis/performance/segment-columns.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { mannWhitneyU, wilcoxonSignedRank } from '../../../src/analysis/stats/rank-tests.js';
import { cycle, makeView, OPTS } from './helpers.js';

/** Student-t draw with `df` degrees of freedom (heavy tails for small df). */
function studentT(rng: () => number, df: number): number {
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  // df may be fractional: a gamma(df/2, 2) draw by Marsaglia-Tsang through a normal and a uniform.
  const shape = df / 2;
  const d = shape + 1 - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal();
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = rng();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
      const chi = 2 * d * v * rng() ** (1 / shape);
      return normal() / Math.sqrt(chi / df);
    }
  }
}

const REGIONS = ['north', 'south', 'east'];

/** Prices with heavy-tailed errors; in `east` the current model's errors are 60% larger. */
function heavyTailRuns(seed: number, curIds?: (i: number) => string) {
  const rng = createRng(seed);
  const n = 3000;
  const region = cycle(n, REGIONS);
  const y = Array.from({ length: n }, () => 50_000 + 200_000 * rng());
  const pb = y.map((t) => t + 5000 * studentT(rng, 1.3));
  const pc = y.map((t, i) => t + (region[i] === 'east' ? 8000 : 5000) * studentT(rng, 1.3));
  const base = makeView({ task: 'regression', y, pred: pb, strings: { region } });
  const cur = makeView({ task: 'regression', y, pred: pc, strings: { region }, ...(curIds ? { ids: y.map((_, i) => curIds(i)) } : {}) });
  return { base, cur, region };
}

describe('regression segments: rank tests on absolute errors', () => {
  it('finds a shift of heavy-tailed errors that the paired t-test on squared errors misses', () => {
    const { base, cur } = heavyTailRuns(4);
    const a = analyzePerformance(base, cur, OPTS);
    expect(a.paired).toBe(true);
    const east = a.segments.find((s) => s.column === 'region' && s.value === 'east')!;
    expect(east.test).toBe('wilcoxon_signed_rank');
    expect(east.significant).toBe(true);
    expect(east.worse).toBe(true);
    expect(east.mae!.delta / east.mae!.base).toBeGreaterThan(0.3);
    // The t-test on squared errors, on the same rows: one huge error carries the variance.
    const rows = Int32Array.from({ length: base.n }, (_, i) => i);
    const c = makeComparison(buildRegRun(base, rows), buildRegRun(cur, rows), true, OPTS);
    const codes = Int16Array.from(cycle(base.n, REGIONS), (r) => REGIONS.indexOf(r));
    const seg: Segmenter = { column: 'region', kind: 'category', labels: REGIONS, base: codes, cur: codes };
    const t = primaryTest(labelMoments(c, seg), 2 * M, c.setup, null)!;
    expect(t.test).toBe('paired_t');
    expect(t.p).toBeGreaterThan(0.05);
    // The unchanged regions stay quiet.
    for (const r of a.segments.filter((s) => s.column === 'region' && s.value !== 'east')) expect(r.significant && r.worse).toBe(false);
    const s = performanceSignals(a).find((x) => x.category === 'segment_regression' && x.segment?.value === 'east')!;
    expect(s.details['maeDelta']).toBeCloseTo(east.mae!.delta, 9);
    expect(s.details['rmseDelta']).toBeCloseTo(east.delta, 9);
    expect(s.details['test']).toBe('wilcoxon_signed_rank');
  });

  it('ranks within each segment exactly as the plain tests on that segment\'s rows do (paired and unpaired)', () => {
    const { base, cur, region } = heavyTailRuns(5);
    const rows = Int32Array.from({ length: base.n }, (_, i) => i);
    const codes = Int16Array.from(region, (r) => REGIONS.indexOf(r));
    const seg: Segmenter = { column: 'region', kind: 'category', labels: REGIONS, base: codes, cur: codes };
    const rb = buildRegRun(base, rows);
    const rc = buildRegRun(cur, rows);
    // Ties and zero differences: round the errors so that some rows repeat or do not change.
    for (const run of [rb, rc]) for (let i = 0; i < run.n; i++) run.se[i] = Math.round(Math.sqrt(run.se[i]!) / 2000) ** 2;
    for (const paired of [true, false]) {
      const c = makeComparison(rb, rc, paired, OPTS);
      const tests = rankSegmentTests(rankInputs(c)!, seg, 0.95);
      REGIONS.forEach((_, l) => {
        const eb = [...rows].filter((i) => codes[i] === l).map((i) => Math.sqrt(rb.se[i]!));
        const ec = [...rows].filter((i) => codes[i] === l).map((i) => Math.sqrt(rc.se[i]!));
        const ref = paired ? wilcoxonSignedRank(ec.map((x, k) => x - eb[k]!))! : mannWhitneyU(eb, ec)!;
        expect(tests[l]!.test).toBe(paired ? 'wilcoxon_signed_rank' : 'mann_whitney_u');
        expect(tests[l]!.p).toBeCloseTo(ref.pValue, 12);
        expect(Math.sign(tests[l]!.z)).toBe(ref.direction);
        expect(tests[l]!.mae.base).toBeCloseTo(eb.reduce((s, x) => s + x, 0) / eb.length, 9);
      });
    }
  });
});
