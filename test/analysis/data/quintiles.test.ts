// Issue 11: the segmenters take a numeric column's quintiles and range by selection
// (finiteQuintiles) instead of sorting the whole column. They must be the profile's numbers
// exactly: continuous values, heavy ties (the skewed fallback), a constant, non-finite and
// missing cells, signed zeros, and tiny columns.
import { describe, expect, it } from 'vitest';
import { numberColumn } from '../../../src/artifacts/table.js';
import { finiteQuintiles, keepSortsForDrift, profile, sortedFinite, takeKeptSort } from '../../../src/analysis/data/columns.js';
import { createRng } from '../../../src/analysis/stats/rng.js';

const rng = createRng(5);
const cases: [string, () => number[]][] = [
  ['continuous', () => Array.from({ length: 20000 }, () => rng() * 100 - 30)],
  ['normal-ish with a long tail', () => Array.from({ length: 20000 }, () => Math.exp(4 * rng()) * (rng() < 0.5 ? -1 : 1))],
  ['three decimals, many ties', () => Array.from({ length: 30000 }, () => Math.round(rng() * 2000) / 1000)],
  ['mostly one value (skewed: the full-sort fallback)', () => Array.from({ length: 20000 }, () => (rng() < 0.9 ? 7 : rng() * 1e6))],
  ['constant', () => Array.from({ length: 500 }, () => 3.5)],
  ['non-finite cells', () => Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? NaN : i % 11 === 0 ? Infinity : i % 13 === 0 ? -Infinity : rng()))],
  ['signed zeros', () => Array.from({ length: 4000 }, () => (rng() < 0.3 ? -0 : rng() < 0.5 ? 0 : rng() - 0.5))],
  ['zeros at both ends', () => Array.from({ length: 300 }, (_, i) => (i % 2 ? -0 : 0))],
  ['one value', () => [4]],
  ['two values', () => [9, -1]],
  ['no finite value', () => [NaN, Infinity]],
];

describe('finiteQuintiles', () => {
  it.each(cases)('equals the profile: %s', (_name, values) => {
    const xs = values();
    const fresh = numberColumn('x', xs);
    const got = finiteQuintiles(fresh);
    const p = profile(numberColumn('x', xs));
    expect(got.finite).toBe(p.finite);
    if (p.finite === 0) return;
    expect(Object.is(got.min, p.min)).toBe(true);
    expect(Object.is(got.max, p.max)).toBe(true);
    expect(Array.from(got.quintiles).map((q, i) => Object.is(q, p.quintiles[i]))).toEqual([true, true, true, true]);
  });
});

describe('finiteQuintiles keeping its sort for the drift check (the data worker)', () => {
  it.each(cases)('gives the profile and hands the sorted finite values over once: %s', (_name, values) => {
    const xs = values();
    const col = numberColumn('x', xs);
    keepSortsForDrift(true);
    let got: ReturnType<typeof finiteQuintiles>;
    try {
      got = finiteQuintiles(col);
    } finally {
      keepSortsForDrift(false);
    }
    const other = numberColumn('x', xs);
    const p = profile(other);
    expect(got.finite).toBe(p.finite);
    expect(profile(col)).toEqual(p);
    if (p.finite > 0) {
      expect(Object.is(got.min, p.min) && Object.is(got.max, p.max)).toBe(true);
      expect(Array.from(got.quintiles).map((q, i) => Object.is(q, p.quintiles[i]))).toEqual([true, true, true, true]);
    }
    const kept = takeKeptSort(col);
    expect(kept).not.toBeNull();
    expect(Array.from(kept!).map((v) => (Object.is(v, -0) ? '-0' : v))).toEqual(Array.from(sortedFinite(other, 0)).map((v) => (Object.is(v, -0) ? '-0' : v)));
    expect(takeKeptSort(col)).toBeNull();
  });

  it('keeps nothing when off (the review thread) or when the column was profiled already', () => {
    const xs = cases[0]![1]();
    const off = numberColumn('x', xs);
    finiteQuintiles(off);
    expect(takeKeptSort(off)).toBeNull();
    const profiled = numberColumn('x', xs);
    profile(profiled);
    keepSortsForDrift(true);
    try {
      finiteQuintiles(profiled);
    } finally {
      keepSortsForDrift(false);
    }
    expect(takeKeptSort(profiled)).toBeNull();
  });
});
