// Issue 11: argsortDescending sorts the high words of the scores by radix and orders runs that
// share a high word by their low words. The order must be a stable descending sort's: checked
// against a comparator sort on scores with ties, continuous scores, runs that differ only in the
// low mantissa bits (short and long runs), signed zeros and negatives, and through a row subset.
import { describe, expect, it } from 'vitest';
import { argsortDescending } from '../../../src/analysis/performance/ranked.js';
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
];

describe('argsortDescending', () => {
  it.each(cases)('is a stable descending sort: %s', (_name, values) => {
    expect(Array.from(argsortDescending(values))).toEqual(reference(values));
    const rows = Int32Array.from({ length: Math.floor(values.length / 3) }, (_, i) => (i * 7919) % values.length);
    expect(Array.from(argsortDescending(values, rows))).toEqual(reference(values, rows));
  });
});
