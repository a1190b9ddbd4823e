// Issue 11: the segment AUC tests compute every segment's DeLong placements in one pass over the
// run's score order (segmentPlacements). They must equal, bit for bit, `placements` over each
// segment's filtered score order, and the paired covariance sums the same products in the same
// order as compareAucs — checked on random runs with heavy score ties and tiny segments. The
// moment accumulators' 0/1 count path must equal the general float path exactly too.
import { describe, expect, it } from 'vitest';
import { aucTest, compareAucs, pairedAucCov, placementSlots, placements, segmentEntry, segmentPlacements, tieGroups } from '../../../src/analysis/performance/delong.js';
import { rankRows, scoreRuns } from '../../../src/analysis/performance/ranked.js';
import { accumulatePaired, accumulateRun, CUR, M } from '../../../src/analysis/performance/segment-tests.js';
import { createRng } from '../../../src/analysis/stats/rng.js';

function runOf(rng: () => number, n: number, levels: number) {
  const score = Float64Array.from({ length: n }, () => Math.floor(rng() * levels) / levels);
  const y = Int32Array.from({ length: n }, () => (rng() < 0.4 ? 1 : 0));
  const ranked = rankRows(score, y, 1, null);
  return { score, y, pos: Uint8Array.from(y), ranked };
}

describe('segmentPlacements', () => {
  for (const [seed, n, levels, labels] of [
    [1, 400, 7, 5],
    [2, 3000, 50, 9],
    [3, 60, 3, 12],
    [4, 2000, 100000, 4],
    // Mostly groups of two and three tied scores (correctTies checks those pair by pair).
    [5, 3000, 1500, 6],
  ] as const) {
    it(`equals per-segment placements and the paired DeLong test (seed ${seed}, ${n} rows, ${levels} score levels, ${labels} labels)`, () => {
      const rng = createRng(seed);
      const b = runOf(rng, n, levels);
      const c = runOf(rng, n, levels);
      // Paired runs share their labels; some rows have the same label in both runs' y.
      for (let i = 0; i < n; i++) if (rng() < 0.7) c.y[i] = b.y[i]!;
      const cRanked = rankRows(c.score, c.y, 1, null);
      const cPos = Uint8Array.from(c.y);
      const codes = Int16Array.from({ length: n }, () => (rng() < 0.05 ? -1 : Math.floor(rng() ** 2 * labels)));
      const slotsOf = (ranked: typeof cRanked) => placementSlots(codes, ranked, labels, new Int32Array(n));
      // The baseline's runs as its score kernel cuts them (stretches of distinct scores cut further
      // at calibration-bin ends), the current run's without bin ends.
      const binEnd = Uint8Array.from({ length: n }, (_, j) => (j === n - 1 || rng() < 0.1 ? 1 : 0));
      const pb = segmentPlacements(slotsOf(b.ranked), tieGroups(scoreRuns(b.ranked.groupEnd, binEnd)), labels, new Float64Array(n));
      const pc = segmentPlacements(slotsOf(cRanked), tieGroups(scoreRuns(cRanked.groupEnd, null)), labels, new Float64Array(n));
      const curPos = new Int32Array(n);
      cRanked.order.forEach((r, j) => (curPos[r] = j));
      for (let l = 0; l < labels; l++) {
        const rowsB = b.ranked.order.filter((r) => codes[r] === l);
        const rowsC = cRanked.order.filter((r) => codes[r] === l);
        const refB = placements(rowsB, b.score, b.pos);
        const refC = placements(rowsC, c.score, cPos);
        const eb = segmentEntry(pb, l);
        const ec = segmentEntry(pc, l);
        expect(eb === null).toBe(refB === null);
        expect(ec === null).toBe(refC === null);
        if (!refB || !refC || !eb || !ec) continue;
        expect(eb).toEqual({ auc: refB.auc, m: refB.m, n: refB.n, s10: refB.s10, s01: refB.s01 });
        expect(ec).toEqual({ auc: refC.auc, m: refC.m, n: refC.n, s10: refC.s10, s01: refC.s01 });
        // The paired covariance, summed over the segment's rows in baseline score order.
        let c10 = 0;
        let c01 = 0;
        b.ranked.order.forEach((r, j) => {
          if (codes[r] !== l) return;
          const prod = (pb.v[j]! - pb.auc[l]!) * (pc.v[curPos[r]!]! - pc.auc[l]!);
          if (b.pos[r]) c10 += prod;
          else c01 += prod;
        });
        expect(aucTest(eb, ec, pairedAucCov(eb, c10, c01), 0.95)).toEqual(compareAucs(refB, refC, { rows: rowsB, positive: b.pos }, 0.95));
        expect(aucTest(eb, ec, null, 0.95)).toEqual(compareAucs(refB, refC, null, 0.95));
      }
    });
  }
});

describe('placementSlots', () => {
  it('gives 2·label + positive in score order, label `labels` for rows in no segment, on both gather paths', () => {
    const rng = createRng(11);
    const n = 500;
    const labels = 6;
    const codes = Int16Array.from({ length: n }, () => (rng() < 0.2 ? -1 : Math.floor(rng() * labels)));
    const y = Int32Array.from({ length: n }, () => (rng() < 0.3 ? 1 : 0));
    // Descending scores rank in storage order (the identity path); shuffled ones gather.
    const sorted = Float64Array.from({ length: n }, (_, i) => 1 - i / n);
    const shuffled = Float64Array.from({ length: n }, () => Math.floor(rng() * 50) / 50);
    for (const score of [sorted, shuffled]) {
      const ranked = rankRows(score, y, 1, null);
      expect(ranked.identity).toBe(score === sorted);
      const expected = Array.from(ranked.order, (r, j) => 2 * (codes[r]! < 0 ? labels : codes[r]!) + ranked.positive[j]!);
      expect(Array.from(placementSlots(codes, ranked, labels, new Int32Array(n)))).toEqual(expected);
    }
  });
});

describe('moment accumulators on 0/1 values', () => {
  it('give the same moments by counts as by float sums, paired and unpaired', () => {
    const rng = createRng(7);
    const n = 5000;
    const cells = 6;
    const cell = Int32Array.from({ length: n }, () => Math.floor(rng() * (cells + 1)) - 1);
    const xb = Float64Array.from({ length: n }, () => (rng() < 0.8 ? 1 : 0));
    const xc = Float64Array.from({ length: n }, () => (rng() < 0.7 ? 1 : 0));
    // The same values with one non-indicator entry in a left-out row take the float path.
    const left = cell.indexOf(-1);
    const xbF = Float64Array.from(xb);
    xbF[left] = 0.5;
    const xcF = Float64Array.from(xc);
    xcF[left] = 0.5;
    const fast = new Float64Array(cells * M);
    const slow = new Float64Array(cells * M);
    accumulatePaired(fast, cell, xb, null, xc, null);
    accumulatePaired(slow, cell, xbF, null, xcF, null);
    expect(Array.from(fast)).toEqual(Array.from(slow));
    const fastU = new Float64Array(cells * M);
    const slowU = new Float64Array(cells * M);
    accumulateRun(fastU, 0, cell, xb, null);
    accumulateRun(fastU, CUR, cell, xc, null);
    accumulateRun(slowU, 0, cell, xbF, null);
    accumulateRun(slowU, CUR, cell, xcF, null);
    expect(Array.from(fastU)).toEqual(Array.from(slowU));
  });
});

describe('tieGroups', () => {
  it('lists the tie groups of a run by size, leaving the stretches of distinct scores out', () => {
    // Descending scores: 9 | 8 8 | 7 | 6 6 6 | 5 5 5 5 | 4 4 | 3
    const score = Float64Array.from([9, 8, 8, 7, 6, 6, 6, 5, 5, 5, 5, 4, 4, 3]);
    const ranked = rankRows(score, new Int32Array(score.length), 1, null);
    const binEnd = Uint8Array.from(score, (_, j) => (j === 3 || j === score.length - 1 ? 1 : 0));
    for (const runs of [scoreRuns(ranked.groupEnd, null), scoreRuns(ranked.groupEnd, binEnd)]) {
      const t = tieGroups(runs);
      expect(Array.from(t.pairs)).toEqual([1, 11]);
      expect(Array.from(t.triples)).toEqual([4]);
      expect(Array.from(t.larger)).toEqual([7, 11]);
    }
  });
});
