import { describe, expect, it } from 'vitest';
import { makeTable, numberColumn } from '../../../src/artifacts/table.js';
import { featureSegmentSpec, NO_SEGMENT, profile, QUINTILES, segmentSpec } from '../../../src/analysis/data/columns.js';
import type { Column, NumberColumn, Table } from '../../../src/artifacts/table.js';
import { quantileSorted } from '../../../src/analysis/stats/bootstrap.js';
import { createRng } from '../../../src/analysis/stats/rng.js';

describe('numeric profile', () => {
  it('keeps the exact quintiles segment binning cuts at, bit for bit, ignoring missing and non-finite cells', () => {
    const rng = createRng(3);
    const values = Array.from({ length: 5001 }, (_, i) => (i % 97 === 0 ? NaN : i % 211 === 0 ? Infinity : Math.round(rng() * 1e4) / 100));
    const p = profile(numberColumn('x', values));
    const sorted = Float64Array.from(values.filter(Number.isFinite)).sort();
    expect(Array.from(p.quintiles)).toEqual(QUINTILES.map((q) => quantileSorted(sorted, q)));
    expect([p.min, p.max]).toEqual([sorted[0], sorted[sorted.length - 1]]);
  });

  it('counts missing, NaN and infinite cells apart and sums the finite values alone, in order', () => {
    // The order of the finite values matters for the sum (floating point): the mean is their sum
    // in row order over their count, as a plain loop makes it.
    const values = [0.1, null, 0.2, NaN, Infinity, -0, 1e16, -Infinity, 1, null, 0.3, NaN];
    const p = profile(numberColumn('x', values));
    expect([p.missing, p.nan, p.posInf, p.negInf, p.finite]).toEqual([2, 2, 1, 1, 6]);
    let sum = 0;
    for (const v of values) if (v !== null && Number.isFinite(v)) sum += v;
    expect(p.mean).toBe(sum / 6);
    // Without any non-finite cell the counts are all 0.
    const clean = profile(numberColumn('y', [3, -1, 2.5]));
    expect([clean.missing, clean.nan, clean.posInf, clean.negInf, clean.finite, clean.mean]).toEqual([0, 0, 0, 0, 3, 4.5 / 3]);
  });

  it('has NaN quintiles without finite values', () => {
    expect(Array.from(profile(numberColumn('x', [NaN, Infinity])).quintiles).every(Number.isNaN)).toBe(true);
  });
});

describe('featureSegmentSpec', () => {
  const table = (cols: Column[]): Table => makeTable('t.csv', cols);

  it('cuts a numeric code column by value, labelled with the value; values the baseline lacks are in no segment', () => {
    const base = table([numberColumn('pid', [0, 1, 2, 5, 5, 2, NaN])]);
    const cur = table([numberColumn('pid', [5, 2, 9, 0, 1, 1, 2])]);
    const spec = featureSegmentSpec('pid', base, cur)!;
    expect(spec.values).toEqual(['0', '1', '2', '5']);
    expect(Array.from(spec.baseCodes)).toEqual([0, 1, 2, 3, 3, 2, NO_SEGMENT]);
    expect(Array.from(spec.curCodes)).toEqual([3, 2, NO_SEGMENT, 0, 1, 1, 2]);
  });

  it('bins a column with more than MAX_NUMERIC_CATEGORIES values at the quintiles (as segmentSpec)', () => {
    const xs = Array.from({ length: 200 }, (_, i) => i % 50);
    const base = table([numberColumn('x', xs)]);
    const cur = table([numberColumn('x', xs)]);
    const spec = featureSegmentSpec('x', base, cur)!;
    expect(spec).toEqual(segmentSpec('x', base, cur));
    expect(spec.values.length).toBe(5);
  });

  it('returns null for a constant column or one a run lacks', () => {
    expect(featureSegmentSpec('c', table([numberColumn('c', [3, 3, 3])]), table([numberColumn('c', [3, 1, 3])]))).toBeNull();
    expect(featureSegmentSpec('c', table([numberColumn('c', [1, 2])]), table([numberColumn('d', [1, 2])]))).toBeNull();
  });
});

describe('segmentSpec', () => {
  it('puts each value in the bin of the number of quintile edges at or below it (ties on an edge go up, non-finite in none)', () => {
    const rng = createRng(11);
    // Few distinct values, so many fall exactly on an edge; some bins collapse (fewer than 4 edges).
    for (const distinct of [3, 7, 40, 1000]) {
      const draw = () => Array.from({ length: 2000 }, () => (rng() < 0.02 ? [NaN, Infinity, -Infinity][Math.floor(rng() * 3)]! : Math.floor(rng() * distinct) - distinct / 3));
      const base = makeTable('b.csv', [numberColumn('x', draw())]);
      const cur = makeTable('c.csv', [numberColumn('x', draw())]);
      const spec = segmentSpec('x', base, cur);
      if (!spec) continue;
      const p = profile(base.columns[0] as NumberColumn);
      const edges: number[] = [];
      for (const j of [1, 3, 5, 7]) {
        const q = p.lowerDeciles[j]!;
        if (q > p.min && (edges.length === 0 || q > edges[edges.length - 1]!)) edges.push(q);
      }
      const walk = (t: Table) =>
        Array.from((t.columns[0] as NumberColumn).values, (x) => {
          if (!Number.isFinite(x)) return NO_SEGMENT;
          let b = 0;
          while (b < edges.length && edges[b]! <= x) b++;
          return b;
        });
      expect(Array.from(spec.baseCodes)).toEqual(walk(base));
      expect(Array.from(spec.curCodes)).toEqual(walk(cur));
      expect(spec.values.length).toBe(edges.length + 1);
    }
  });
});
