import { describe, expect, it } from 'vitest';
import { compareAucs, placements } from '../../../src/analysis/performance/delong.js';
import { accumulatePaired, accumulateRun, CUR, M, primaryTest } from '../../../src/analysis/performance/segment-tests.js';
import { normalCdf, normalQuantile, normalTwoSidedP, studentTwoSidedP } from '../../../src/analysis/performance/special.js';
import { argsortDescending } from '../../../src/analysis/performance/ranked.js';
import { mcnemarExact, fisherExact } from '../../../src/analysis/stats/exact-tests.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { ref } from './helpers.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
const f64 = (a: number[]) => Float64Array.from(a);

describe('distribution functions match scipy', () => {
  const d = ref.distributions;
  it.each(d.normal_two_sided)('two-sided normal p at z=$z', ({ z, p }) => expect(rel(normalTwoSidedP(z), p)).toBeLessThan(1e-12));
  it.each(d.normal_cdf)('normal CDF at z=$z', ({ z, cdf }) => expect(rel(normalCdf(z), cdf)).toBeLessThan(1e-12));
  it.each(d.student_two_sided)('two-sided Student t p at t=$t df=$df', ({ t, df, p }) => expect(rel(studentTwoSidedP(t, df), p)).toBeLessThan(1e-10));
  it.each(d.normal_quantile)('normal quantile at p=$p', ({ p, z }) => expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-12));
});

/** Moments of one cell from per-row values (unit weights). */
function cellMoments(xb: number[], xc: number[], paired: boolean): Float64Array {
  const acc = new Float64Array(M);
  const wb = new Float64Array(xb.length).fill(1);
  const wc = new Float64Array(xc.length).fill(1);
  if (paired) accumulatePaired(acc, new Int32Array(xb.length), f64(xb), wb, f64(xc), wc);
  else {
    accumulateRun(acc, 0, new Int32Array(xb.length), f64(xb), wb);
    accumulateRun(acc, CUR, new Int32Array(xc.length), f64(xc), wc);
  }
  return acc;
}

describe('segment tests from moments', () => {
  it('RMSE: paired t-test on squared-error differences matches scipy ttest_rel', () => {
    const t = ref.ttests.paired;
    const r = primaryTest(cellMoments(t.xb, t.xc, true), 0, { kind: 'reg', paired: true, weighted: false }, null)!;
    expect(r.test).toBe('paired_t');
    expect(rel(r.p, t.pvalue)).toBeLessThan(1e-9);
  });

  it('RMSE: Welch t-test on squared errors matches scipy ttest_ind(equal_var=False)', () => {
    const t = ref.ttests.welch;
    const r = primaryTest(cellMoments(t.xb, t.xc, false), 0, { kind: 'reg', paired: false, weighted: false }, null)!;
    expect(r.test).toBe('welch_t');
    expect(rel(r.p, t.pvalue)).toBeLessThan(1e-9);
  });

  it('accuracy, paired: exact McNemar on the discordant counts', () => {
    const xb = [1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0];
    const xc = [1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0];
    const r = primaryTest(cellMoments(xb, xc, true), 0, { kind: 'class', paired: true, weighted: false }, null)!;
    // base right / current wrong: 5; base wrong / current right: 1.
    expect(r.p).toBe(mcnemarExact(5, 1));
    expect(r.delta).toBeCloseTo(-4 / 12, 12);
  });

  it('accuracy, unpaired: Fisher exact on runs × correct', () => {
    const xb = Array.from({ length: 40 }, (_, i) => (i < 34 ? 1 : 0));
    const xc = Array.from({ length: 50 }, (_, i) => (i < 31 ? 1 : 0));
    const r = primaryTest(cellMoments(xb, xc, false), 0, { kind: 'class', paired: false, weighted: false }, null)!;
    expect(r.test).toBe('fisher_exact');
    expect(r.p).toBe(fisherExact(34, 6, 31, 19));
  });

  it('gives count-bootstrap intervals that contain the observed accuracy delta', () => {
    const xb = Array.from({ length: 300 }, (_, i) => (i % 10 < 9 ? 1 : 0));
    const xc = Array.from({ length: 300 }, (_, i) => (i % 10 < 7 ? 1 : 0));
    const setup = { rng: createRng(1), resamples: 500, level: 0.95 };
    const r = primaryTest(cellMoments(xb, xc, true), 0, { kind: 'class', paired: true, weighted: false }, setup)!;
    expect(r.ci![0]).toBeLessThan(r.delta);
    expect(r.ci![1]).toBeGreaterThan(r.delta);
    expect(r.ci![1]).toBeLessThan(0);
  });
});

describe('DeLong test', () => {
  const d = ref.delong;
  const y = d.y;
  const pos = Uint8Array.from(y);
  const order = (s: Float64Array) => argsortDescending(s);
  const sb = f64(d.score_base);
  const sc = f64(d.score_cur);
  const pb = placements(order(sb), sb, pos)!;
  const pc = placements(order(sc), sc, pos)!;

  it('gives the tie-aware AUC and its variance (Sun & Xu midrank reference)', () => {
    expect(Math.abs(pb.auc - d.auc_base)).toBeLessThan(1e-12);
    expect(Math.abs(pb.auc - d.auc_sklearn_base)).toBeLessThan(1e-12);
    expect(Math.abs(pc.auc - d.auc_cur)).toBeLessThan(1e-12);
    expect(rel(pb.s10 / pb.m + pb.s01 / pb.n, d.var_base)).toBeLessThan(1e-9);
    expect(rel(pc.s10 / pc.m + pc.s01 / pc.n, d.var_cur)).toBeLessThan(1e-9);
  });

  it('paired comparison uses the covariance of the placements', () => {
    const rows = Int32Array.from(y.keys());
    const cmp = compareAucs(pb, pc, { rows, positive: pos }, 0.95);
    expect(rel(cmp.p, d.paired_p)).toBeLessThan(1e-9);
    const unpaired = compareAucs(pb, pc, null, 0.95);
    expect(rel(unpaired.p, d.unpaired_same_rows_p)).toBeLessThan(1e-9);
  });

  it('unpaired comparison adds the variances of independent runs', () => {
    const s2 = f64(d.other.score);
    const p2 = placements(order(s2), s2, Uint8Array.from(d.other.y))!;
    expect(Math.abs(p2.auc - d.other.auc)).toBeLessThan(1e-12);
    expect(rel(compareAucs(pb, p2, null, 0.95).p, d.other.unpaired_p)).toBeLessThan(1e-9);
  });

  it('declines a segment with fewer than two rows of a class', () => {
    const s = f64([0.9, 0.8, 0.1]);
    expect(placements(order(s), s, Uint8Array.from([1, 0, 0]))).toBeNull();
  });
});

describe('moment accumulators', () => {
  it('the unit-weight fast path gives the same moments as explicit unit weights', () => {
    const rng = createRng(3);
    const n = 200;
    const cell = Int32Array.from({ length: n }, (_, i) => (i % 7 === 0 ? -1 : i % 3));
    const xb = Float64Array.from({ length: n }, () => rng());
    const xc = Float64Array.from({ length: n }, () => rng());
    const ones = new Float64Array(n).fill(1);
    for (const paired of [true, false]) {
      const fast = new Float64Array(3 * M);
      const slow = new Float64Array(3 * M);
      if (paired) {
        accumulatePaired(fast, cell, xb, null, xc, null);
        accumulatePaired(slow, cell, xb, ones, xc, ones);
      } else {
        accumulateRun(fast, 0, cell, xb, null);
        accumulateRun(fast, CUR, cell, xc, null);
        accumulateRun(slow, 0, cell, xb, ones);
        accumulateRun(slow, CUR, cell, xc, ones);
      }
      fast.forEach((v, i) => expect(Math.abs(v - slow[i]!)).toBeLessThan(1e-9));
    }
  });
});
