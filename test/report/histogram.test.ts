// The drifted feature's chart: shares of each run's rows in 12 equal-width bins between the pooled
// 1st and 99th percentiles, the end bins open. The pooled values are sorted by the radix sort;
// this pins the bins against a plain re-derivation (number[] and a comparator sort) on random
// columns with ties, gaps, a mask and values beyond the percentiles.
import { describe, expect, it } from 'vitest';
import { HISTOGRAM_BINS, histogram } from '../../src/report/visuals.js';
import { createRng } from '../../src/analysis/stats/rng.js';
import { numberColumn } from '../../src/artifacts/table.js';

function reference(b: number[], c: number[]): { base: number; current: number }[] {
  const all = [...b, ...c].sort((x, y) => x - y);
  const q = (p: number): number => all[Math.min(all.length - 1, Math.floor(p * (all.length - 1)))]!;
  const lo = q(0.01);
  const hi = q(0.99);
  const width = (hi - lo) / HISTOGRAM_BINS;
  const count = (vals: number[]) => {
    const n = new Array<number>(HISTOGRAM_BINS).fill(0);
    for (const x of vals) n[Math.max(0, Math.min(HISTOGRAM_BINS - 1, Math.floor((x - lo) / width)))]!++;
    return n;
  };
  const nb = count(b);
  const nc = count(c);
  const r6 = (v: number) => Number(v.toPrecision(6));
  return nb.map((_, i) => ({ base: r6(nb[i]! / b.length), current: r6(nc[i]! / c.length) }));
}

describe('histogram of a numeric feature', () => {
  for (const seed of [1, 2, 3]) {
    it(`gives the bins of the plain derivation (seed ${seed})`, () => {
      const rng = createRng(seed);
      const n = 5000;
      const draw = (shift: number) => Array.from({ length: n }, () => (rng() < 0.03 ? null : Math.round((rng() * 50 + shift + (rng() < 0.01 ? 1e4 : 0)) * 10) / 10));
      const bv = draw(0);
      const cv = draw(7);
      const mask = Uint8Array.from({ length: n }, () => (rng() < 0.6 ? 1 : 0));
      const keep = (v: (number | null)[], m: Uint8Array | null) => v.filter((x, i): x is number => x !== null && (m === null || m[i] === 1));
      for (const [mb, mc] of [
        [null, null],
        [mask, mask],
      ] as const) {
        // The segment's rows as the codes of a column and the segment's code (here 1).
        const got = histogram(numberColumn('x', bv), numberColumn('x', cv), mb && { codes: mb, code: 1 }, mc && { codes: mc, code: 1 })!;
        const want = reference(keep(bv, mb), keep(cv, mc));
        expect(got.bins.map((x) => ({ base: x.base, current: x.current }))).toEqual(want);
        expect(got.nBase).toBe(keep(bv, mb).length);
      }
      // A segment of a column with several codes (and rows in none, -1): its code's rows alone.
      const codes = Int32Array.from({ length: n }, () => Math.floor(rng() * 4) - 1);
      const inSegment = Uint8Array.from(codes, (c) => (c === 2 ? 1 : 0));
      const got = histogram(numberColumn('x', bv), numberColumn('x', cv), { codes, code: 2 }, { codes, code: 2 })!;
      expect(got.bins.map((x) => ({ base: x.base, current: x.current }))).toEqual(reference(keep(bv, inSegment), keep(cv, inSegment)));
      expect(got.nCur).toBe(keep(cv, inSegment).length);
    });
  }
});
