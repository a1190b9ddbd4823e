import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairedRowShare, pairedSegmentShare, shareOf, shiftShare } from '../../../src/analysis/attribution/decompose.js';

const ref = JSON.parse(readFileSync(new URL('../../reference/attribution.json', import.meta.url), 'utf8')) as {
  shift_share: {
    groups_base: number[];
    loss_base: number[];
    groups_cur: number[];
    loss_cur: number[];
    k: number;
    total: number;
    mix: number;
    within: Record<string, number>;
    base: number;
    cur: number;
    reweighted: number;
    within1_share: number;
    within1_share_boot_se: number;
    mix_share: number;
    mix_share_boot_se: number;
  };
  paired_share: { d: number[]; touched: number[]; share: number; total: number; total_se: number; share_boot_se: number };
};

/** The 95 % interval is ±1.96 se; its half-width over 1.96 is the se to compare with the bootstrap's. */
const seOf = (s: { lo: number; hi: number }) => (s.hi - s.lo) / 2 / 1.959963984540054;

describe('shift-share decomposition (reference: pandas group-by, numpy bootstrap)', () => {
  const r = ref.shift_share;
  const ss = shiftShare(
    { group: Int32Array.from(r.groups_base), loss: Float64Array.from(r.loss_base) },
    { group: Int32Array.from(r.groups_cur), loss: Float64Array.from(r.loss_cur) },
    r.k,
  )!;

  it('splits the change exactly into mix and within parts, per group', () => {
    expect(ss.total.value).toBeCloseTo(r.total, 12);
    expect(ss.mix.value).toBeCloseTo(r.mix, 12);
    expect(ss.mix.value + ss.within.value).toBeCloseTo(r.total, 12);
    for (const g of ss.groups) expect(g.within.value).toBeCloseTo(r.within[String(g.group)]!, 12);
    expect(ss.base).toBeCloseTo(r.base, 12);
    expect(ss.cur).toBeCloseTo(r.cur, 12);
    expect(ss.reweightedBase.value).toBeCloseTo(r.reweighted, 12);
  });

  it("gives a group's within share a standard error within 15 % of the bootstrap's", () => {
    const g1 = ss.groups.find((g) => g.group === 1)!;
    const s = shareOf(g1.within, ss.total)!;
    expect(s.share).toBeCloseTo(r.within1_share, 12);
    expect(seOf(s) / r.within1_share_boot_se).toBeGreaterThan(0.85);
    expect(seOf(s) / r.within1_share_boot_se).toBeLessThan(1.15);
  });

  it('gives the mix share a standard error within 20 % of the bootstrap (the mix-total covariance is left out)', () => {
    const s = shareOf(ss.mix, ss.total, 0)!;
    expect(s.share).toBeCloseTo(r.mix_share, 12);
    expect(seOf(s) / r.mix_share_boot_se).toBeGreaterThan(0.8);
    expect(seOf(s) / r.mix_share_boot_se).toBeLessThan(1.2);
  });

  it('reads no weights as weights of 1, bit for bit', () => {
    const group = Int32Array.from({ length: 500 }, (_, i) => i % 4);
    const lossB = Float64Array.from({ length: 500 }, (_, i) => ((i * 37) % 101) / 100);
    const lossC = Float64Array.from({ length: 500 }, (_, i) => ((i * 53) % 89) / 80);
    lossC[7] = NaN;
    const ones = new Float64Array(500).fill(1);
    expect(shiftShare({ group, loss: lossB }, { group, loss: lossC }, 4)).toEqual(shiftShare({ group, loss: lossB, weight: ones }, { group, loss: lossC, weight: ones }, 4));
  });

  it('counts a group the baseline lacks at the baseline mean, so the parts still sum to the change', () => {
    const s = shiftShare(
      { group: Int32Array.from([0, 0, 1, 1]), loss: Float64Array.from([0, 1, 0, 0]) },
      { group: Int32Array.from([0, 1, 2, 2]), loss: Float64Array.from([0, 0, 1, 1]) },
      3,
    )!;
    expect(s.mix.value + s.within.value).toBeCloseTo(s.total.value, 12);
    const g2 = s.groups.find((g) => g.group === 2)!;
    expect(g2.mBase).toBeNull();
    // Baseline mean 0.25: the new group's rows are 0.5 of the current run at loss 1 → within 0.5·(1 − 0.25).
    expect(g2.within.value).toBeCloseTo(0.375, 12);
  });
});

describe('paired row share (reference: numpy bootstrap of pairs)', () => {
  const r = ref.paired_share;
  const s = pairedRowShare(Float64Array.from(r.d), Uint8Array.from(r.touched))!;

  it('is the change on the touched pairs over the change on all pairs', () => {
    expect(s.share).toBeCloseTo(r.share, 10);
    expect(s.total.value).toBeCloseTo(r.total, 10);
    expect(s.total.se).toBeCloseTo(r.total_se, 10);
  });

  it('has a standard error within 15 % of the bootstrap', () => {
    expect(seOf(s) / r.share_boot_se).toBeGreaterThan(0.85);
    expect(seOf(s) / r.share_boot_se).toBeLessThan(1.15);
  });

  it('gives every part of one change what a fresh copy of the differences gives (the totals are kept per array)', () => {
    const d = Float64Array.from(r.d);
    const n = d.length;
    const parts = [Uint8Array.from(r.touched), Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0)), Uint8Array.from({ length: n }, (_, i) => (i < n / 2 ? 1 : 0))];
    const weight = Float64Array.from({ length: n }, (_, i) => 0.5 + (i % 4));
    for (const w of [null, weight]) {
      for (const part of parts) expect(pairedRowShare(d, part, w)).toEqual(pairedRowShare(Float64Array.from(d), part, w));
    }
    // Other weights on the same array are not served the unit-weight totals.
    expect(pairedRowShare(d, parts[1]!, weight)!.total.value).not.toBe(pairedRowShare(d, parts[1]!)!.total.value);
  });

  it('gives unit weights (null) the numbers of weights that are all 1, bit for bit, non-finite differences skipped alike', () => {
    const d = Float64Array.from(r.d);
    const n = d.length;
    // A few differences that are not numbers, which both forms skip.
    for (const i of [3, 17, n - 2]) d[i] = i % 2 ? NaN : Infinity;
    const ones = new Float64Array(n).fill(1);
    for (const part of [Uint8Array.from(r.touched), Uint8Array.from({ length: n }, (_, i) => (i % 5 < 2 ? 1 : 0))]) {
      const unit = pairedRowShare(d, part)!;
      expect(unit).not.toBeNull();
      // A fresh copy each time: the unit-weight totals are kept per array.
      expect(unit).toEqual(pairedRowShare(Float64Array.from(d), part, ones));
    }
  });

  it('gives a segment (codes === code) from the two runs\' losses what the differences and a mask give, bit for bit', () => {
    const n = 3000;
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // Losses of a model that got worse on segment 2, a few of them not numbers; codes with -1 (no segment).
    const codes = Int32Array.from({ length: n }, () => Math.floor(rnd() * 5) - 1);
    const base = Float64Array.from({ length: n }, () => rnd());
    const cur = Float64Array.from(base, (b, i) => b + (codes[i] === 2 ? 0.4 : 0) + 0.1 * (rnd() - 0.5));
    for (const i of [5, 77, n - 3]) cur[i] = i % 2 ? NaN : Infinity;
    base[400] = -Infinity;
    const weight = Float64Array.from({ length: n }, (_, i) => (i % 50 === 0 ? 0 : i % 97 === 0 ? -1 : 0.5 + (i % 4)));
    const d = Float64Array.from(cur, (c, i) => c - base[i]!);
    let shares = 0;
    for (const w of [null, weight]) {
      for (const code of [-1, 0, 2, 3, 9]) {
        const mask = Uint8Array.from(codes, (c) => (c === code ? 1 : 0));
        const got = pairedSegmentShare(base, cur, codes, code, w);
        expect(got.rows).toBe(mask.reduce((a, b) => a + b, 0));
        // A fresh copy of the differences: the unit-weight totals are kept per array.
        const want = got.rows > 0 ? pairedRowShare(Float64Array.from(d), mask, w) : null;
        expect(got.share).toEqual(want);
        if (got.share) shares++;
      }
    }
    // The comparison is of real shares, not of nulls; and it tells segments apart.
    expect(shares).toBeGreaterThanOrEqual(6);
    expect(pairedSegmentShare(base, cur, codes, 2).share!.share).toBeGreaterThan(0.5);
    expect(pairedSegmentShare(base, cur, codes, 2).share).not.toEqual(pairedSegmentShare(base, cur, codes, 0).share);
  });

  it('has no share of a change that is not there', () => {
    const d = Float64Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    expect(pairedRowShare(d, new Uint8Array(200).fill(1))).toBeNull();
  });
});
