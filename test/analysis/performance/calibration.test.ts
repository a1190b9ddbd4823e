import { describe, expect, it } from 'vitest';
import { ECE_EDGES, eceBin, equalMassBins, equalMassBinsFromGroups, expectedCalibrationError, summarizeCalibration } from '../../../src/analysis/performance/calibration.js';
import { argsortDescending, rankRows } from '../../../src/analysis/performance/ranked.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { ref } from './helpers.js';

/**
 * The reference: ascending stable order from a descending stable one by the values themselves
 * (reverse it, then put each run of equal values back in row order).
 */
function ascendingFromDescending(desc: Int32Array, values: Float64Array): Int32Array {
  const n = desc.length;
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) out[j] = desc[n - 1 - j]!;
  let j = 0;
  while (j < n) {
    let k = j + 1;
    while (k < n && values[out[k]!] === values[out[j]!]) k++;
    out.subarray(j, k).reverse();
    j = k;
  }
  return out;
}

describe('calibration', () => {
  const c = ref.calibration;
  const rows = { conf: Float64Array.from(c.score), hit: Uint8Array.from(c.y), weight: null };

  it('bins like sklearn calibration_curve: a score on an inner edge goes to the lower bin', () => {
    expect(eceBin(0)).toBe(0);
    expect(eceBin(1)).toBe(14);
    expect(eceBin(ECE_EDGES[1]!)).toBe(0);
    expect(eceBin(ECE_EDGES[2]!)).toBe(1);
    expect(eceBin(ECE_EDGES[2]! + 1e-12)).toBe(2);
    const counts = new Array<number>(15).fill(0);
    for (const p of c.score) counts[eceBin(p)]!++;
    expect(counts).toEqual(c.bin_counts);
  });

  it('ECE, MCE and adaptive ECE match the hand computation from calibration_curve', () => {
    expect(Math.abs(expectedCalibrationError(rows) - c.ece)).toBeLessThan(1e-12);
    const s = summarizeCalibration(rows, c.brier);
    expect(Math.abs(s.ece - c.ece)).toBeLessThan(1e-12);
    expect(Math.abs(s.mce - c.mce)).toBeLessThan(1e-12);
    expect(Math.abs(s.eceAdaptive - c.ece_adaptive)).toBeLessThan(1e-12);
    expect(s.bins.map((b) => b.weight)).toEqual(c.bin_counts.filter((n) => n > 0));
  });

  it('ECE of a hand-made case: two bins, |0.75 - 0.9| and |0 - 0.1| weighted by rows', () => {
    const conf = Float64Array.from([0.9, 0.9, 0.9, 0.9, 0.1, 0.1]);
    const hit = Uint8Array.from([1, 1, 1, 0, 0, 0]);
    expect(expectedCalibrationError({ conf, hit, weight: null })).toBeCloseTo((4 / 6) * 0.15 + (2 / 6) * 0.1, 12);
  });
});

describe('calibration from a known score order', () => {
  it('gives the same summary when the run passes its bins and score order', () => {
    const c = ref.calibration;
    const conf = Float64Array.from(c.score);
    const rows = { conf, hit: Uint8Array.from(c.y), weight: null };
    const ranked = rankRows(conf, Int32Array.from(c.y), 1, null);
    const known = { bin: Uint8Array.from(c.score, eceBin), order: ranked.order, groupEnd: ranked.groupEnd };
    expect(summarizeCalibration(rows, c.brier, known)).toEqual(summarizeCalibration(rows, c.brier));
  });

  it('puts each row in the equal-mass bin of its ascending position, from the tie groups Ranked marks, as from the values', () => {
    const rng = createRng(3);
    for (const [levels, n] of [
      [3, 4000],
      [50, 4000],
      [1e6, 4000],
      [7, 29],
      [1e6, 14],
    ] as const) {
      const score = Float64Array.from({ length: n }, () => (rng() < 0.1 ? -0 : Math.floor(rng() * levels) / levels));
      const y = Int32Array.from({ length: score.length }, () => (rng() < 0.4 ? 1 : 0));
      const ranked = rankRows(score, y, 1, null);
      // The reference: the ascending order by the values, cut into np.array_split sizes.
      const ascending = ascendingFromDescending(argsortDescending(score), score);
      const count = Math.min(15, n);
      const want = new Int32Array(n);
      let j = 0;
      for (let b = 0; b < count; b++) for (let k = 0; k < Math.floor(n / count) + (b < n % count ? 1 : 0); k++) want[ascending[j++]!] = b;
      expect(Array.from(equalMassBinsFromGroups(ranked.order, ranked.groupEnd, 15).binOf)).toEqual(Array.from(want));
      expect(Array.from(equalMassBins(score, 15).binOf)).toEqual(Array.from(want));
    }
  });
});
