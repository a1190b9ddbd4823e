// Issue 11: argsortDescending sorts the high words of the scores by radix and orders runs that
// share a high word by their low words. The order must be a stable descending sort's: checked
// against a comparator sort on scores with ties, continuous scores, runs that differ only in the
// low mantissa bits (short and long runs), signed zeros and negatives, and through a row subset.
// Scores on a decimal grid (decision 0049) sort by their grid indices instead: the same checks on
// grids of one and of two radix passes, with ties, signed zeros, a value off the grid and large
// magnitudes. rankRows over the same cases: its tie-group ends, positives and weights, position by
// position, as a loop over the order gives them.
import { describe, expect, it } from 'vitest';
import { argsortDescending, rankRows } from '../../../src/analysis/performance/ranked.js';
import { createRng } from '../../../src/analysis/stats/rng.js';

const reference = (values: Float64Array, rows?: Int32Array): number[] => {
  const idx = rows ? Array.from(rows) : Array.from({ length: values.length }, (_, i) => i);
  const pos = idx.map((_, k) => k);
  // Stable by input position; -0 and +0 tie, as under a numeric comparison.
  return pos.sort((a, b) => values[idx[b]!]! - values[idx[a]!]! || a - b).map((k) => idx[k]!);
};

const rng = createRng(21);
const cases: [string, Float64Array][] = [
  ['6-decimal scores with saturated ties', Float64Array.from({ length: 20000 }, () => (rng() < 0.2 ? 0.000001 : rng() > 0.9 ? 0.999999 : Math.round(rng() * 1e6) / 1e6))],
  ['continuous', Float64Array.from({ length: 20000 }, () => rng())],
  ['long runs that differ in the low bits only', Float64Array.from({ length: 5000 }, () => 1 + Math.floor(rng() * 64) * 2 ** -52)],
  ['short runs that differ in the low bits only', Float64Array.from({ length: 5000 }, () => Math.floor(rng() * 1000) + Math.floor(rng() * 4) * 2 ** -40)],
  ['signed zeros and negatives', Float64Array.from({ length: 5000 }, () => (rng() < 0.2 ? 0 : rng() < 0.2 ? -0 : rng() - 0.5))],
  ['already in order', Float64Array.from({ length: 3000 }, (_, i) => 1 - i / 3000)],
  // A k-decimal number as a CSV reader gives it: the text parsed.
  ['3-decimal grid of one pass, negatives and signed zeros', Float64Array.from({ length: 6000 }, () => (rng() < 0.05 ? -0 : Number((Math.floor(rng() * 2000 - 1000) / 1000).toFixed(3))))],
  ['2-decimal grid of two passes', Float64Array.from({ length: 6000 }, () => Number((Math.floor(rng() * 3e6) / 100).toFixed(2)))],
  ['a grid with one value off it', Float64Array.from({ length: 6000 }, (_, i) => (i === 4321 ? 0.5 + 2 ** -30 : Number((Math.floor(rng() * 1000) / 1000).toFixed(3))))],
  ['large magnitudes with decimals', Float64Array.from({ length: 6000 }, () => 1e13 + Math.floor(rng() * 64) / 8)],
];

describe('argsortDescending', () => {
  it.each(cases)('is a stable descending sort: %s', (_name, values) => {
    expect(Array.from(argsortDescending(values))).toEqual(reference(values));
    const rows = Int32Array.from({ length: Math.floor(values.length / 3) }, (_, i) => (i * 7919) % values.length);
    expect(Array.from(argsortDescending(values, rows))).toEqual(reference(values, rows));
  });
});

/** rankRows as a loop over the order: each position's row, its tie-group end, class and weight. */
function rankReference(score: Float64Array, labels: ArrayLike<number>, positiveClass: number, weight: Float64Array | null, rows?: Int32Array) {
  const order = argsortDescending(score, rows);
  const n = order.length;
  const groupEnd = Array.from(order, (r, j) => (j === n - 1 ? 1 : +(score[order[j + 1]!] !== score[r])));
  const positive = Array.from(order, (r) => +(labels[r] === positiveClass));
  const w = Array.from(order, (r) => (weight ? weight[r]! : 1));
  return { order: Array.from(order), groupEnd, positive, w, identity: order.every((r, j) => r === j) };
}

describe('rankRows', () => {
  const labelRng = createRng(22);
  it.each(cases)('marks tie groups, positives and weights position by position: %s', (_name, values) => {
    const labels = Float64Array.from(values, () => (labelRng() < 0.3 ? 1 : labelRng() < 0.5 ? 2 : 0));
    const weight = Float64Array.from(values, () => 0.5 + labelRng());
    const rows = Int32Array.from({ length: Math.floor(values.length / 3) }, (_, i) => (i * 7919) % values.length);
    for (const [w, r] of [[null, undefined], [weight, undefined], [null, rows], [weight, rows]] as const) {
      const got = rankRows(values, labels, 1, w, r);
      const want = rankReference(values, labels, 1, w, r);
      expect(Array.from(got.order)).toEqual(want.order);
      expect(Array.from(got.groupEnd)).toEqual(want.groupEnd);
      expect(Array.from(got.positive)).toEqual(want.positive);
      expect(Array.from(got.weight)).toEqual(want.w);
      expect(got.identity).toBe(want.identity);
    }
  });
});
