// Issue 11: the drift checks count (segment value, bin) cells for several segment columns in one
// pass, from a joint key per row (drift.ts segmentGroups / countCodes). The counts must equal
// one plain count per column, with missing segment values (NO_SEGMENT) and missing bins (code k)
// left out, for groups split at MAX_GROUP_KEYS and for a column too large to share a group.
import { describe, expect, it } from 'vitest';
import { NO_SEGMENT, type SegmentSpec } from '../../../src/analysis/data/columns.js';
import { countCodes, driftEval, segmentGroups } from '../../../src/analysis/data/drift.js';
import { numberColumn } from '../../../src/artifacts/table.js';
import { createRng } from '../../../src/analysis/stats/rng.js';

function spec(rng: () => number, column: string, size: number, nBase: number, nCur: number): SegmentSpec {
  const codes = (n: number) => Uint8Array.from({ length: n }, () => (rng() < 0.07 ? NO_SEGMENT : Math.floor(rng() * size)));
  return { column, values: Array.from({ length: size }, (_, i) => `${column}=${i}`), baseCodes: codes(nBase), curCodes: codes(nCur) };
}

describe('joint segment counts', () => {
  it.each([
    ['small columns, grouped by three', [8, 8, 8, 8, 8, 8, 8, 8]],
    ['sizes that split groups unevenly', [40, 30, 2, 7, 1, 12]],
    ['a column alone in its group', [254, 8, 5]],
    ['one column', [6]],
  ] as const)('equal one count per column: %s', (_name, sizes) => {
    const rng = createRng(sizes.length * 31 + sizes[0]!);
    const nBase = 3000;
    const nCur = 2500;
    const segments = sizes.map((size, i) => spec(rng, `s${i}`, size, nBase, nCur));
    const groups = segmentGroups(segments, nBase, nCur);
    expect(groups.flatMap((g) => g.cols.map((c) => c.t))).toEqual(segments.map((_, t) => t));
    for (const g of groups) expect(g.cols.length === 1 || g.keys <= 1024).toBe(true);
    for (const [side, n] of [['base', nBase], ['cur', nCur]] as const) {
      const k = 7;
      // Bins 0..k-1, and k for a missing value.
      const codes = Uint8Array.from({ length: n }, () => Math.floor(rng() * (k + 1)));
      const got = countCodes(codes, groups, side, segments.length, k);
      const totals = new Float64Array(k);
      for (let i = 0; i < n; i++) if (codes[i]! < k) totals[codes[i]!]!++;
      expect(Array.from(got.totals)).toEqual(Array.from(totals));
      segments.forEach((sp, t) => {
        const segCodes = side === 'base' ? sp.baseCodes : sp.curCodes;
        const want = new Float64Array(sp.values.length * k);
        for (let i = 0; i < n; i++) if (segCodes[i]! < sp.values.length && codes[i]! < k) want[segCodes[i]! * k + codes[i]!]!++;
        expect(Array.from(got.counts[t]!)).toEqual(Array.from(want));
      });
    }
  });
});

describe('driftEval with twin features', () => {
  // A feature with the same cells in both runs under the same segment keys has one count array for
  // both runs: its segments' p-values are 1 and it is not counted (drift.ts). The BH family must
  // still hold its tests: the results equal those of the same columns made unequal by one −0 (not
  // the same bytes, so counted), with a feature that drifts in one segment, whose q-value depends
  // on the family's size.
  it('gives the results of counting them', () => {
    const rng = createRng(11);
    const n = 4000;
    const seg = spec(rng, 'region', 4, n, n);
    const segments = [{ ...seg, curCodes: seg.baseCodes }, { ...spec(rng, 'plan', 3, n, n) }].map((s) => ({ ...s, curCodes: s.baseCodes }));
    const twinValues = Array.from({ length: 5 }, () => Array.from({ length: n }, (_, i) => (i % 97 === 0 ? 0 : Math.floor(rng() * 40))));
    const baseDrifting = Array.from({ length: n }, () => rng() * 10);
    const curDrifting = baseDrifting.map((x, i) => (segments[0]!.baseCodes[i] === 1 ? x + 2.5 : x));
    const base = [numberColumn('d', baseDrifting), ...twinValues.map((v, j) => numberColumn(`t${j}`, v))];
    const shared = [numberColumn('d', curDrifting), ...base.slice(1)];
    const unequal = [
      numberColumn('d', curDrifting),
      ...twinValues.map((v, j) => {
        const c = numberColumn(`t${j}`, v);
        c.values[0] = -0;
        return c;
      }),
    ];
    const twin = driftEval('eval', base, shared, segments, 30);
    const counted = driftEval('eval', base, unequal, segments, 30);
    expect(twin.find((r) => r.feature === 'd')!.segment).not.toBeNull();
    expect(twin).toEqual(counted);
  });
});
