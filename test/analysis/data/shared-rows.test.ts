// The duplicate-row and conflicting-label checks hash every column of only the rows that can equal
// another row (rowsSharingLead): a key of the most varied columns, refined while it halves the
// candidates. The candidates must include every row that has a duplicate, in row order, and the
// duplicate count must equal a brute-force count, whatever the ties.
import { describe, expect, it } from 'vitest';
import { countDuplicateRows, countDuplicates, countDuplicatesExact, filterCandidates, hashRows, idIndex, rowsSharingLead, sharedKeyRows, sharedKeyRowsExact } from '../../../src/analysis/data/columns.js';
import { rowIdsFromText } from '../../../src/artifacts/row-ids.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { numberColumn, stringColumn, type Column } from '../../../src/artifacts/table.js';

function table(seed: number, n: number, levels: number[], dupShare: number): Column[] {
  const rng = createRng(seed);
  const cols = levels.map((l) => Array.from({ length: n }, () => Math.floor(rng() * l)));
  // Copy some rows over others: exact duplicates on every column.
  for (let i = 0; i < n * dupShare; i++) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    for (const c of cols) c[b] = c[a]!;
  }
  return cols.map((c, j) => (j % 3 === 2 ? stringColumn(`s${j}`, c.map((v) => `v${v}`)) : numberColumn(`x${j}`, c.map((v) => (v % 17 === 0 ? NaN : v / 7)))));
}

function keyOf(cols: Column[], i: number): string {
  return cols.map((c) => (c.kind === 'number' ? (c.missing[i] ? 'm' : String(c.values[i])) : c.dict[c.codes[i]!] ?? 'm')).join('|');
}

describe('rowsSharingLead', () => {
  for (const [seed, n, levels, dup] of [
    [1, 4000, [5000, 3000, 40, 7], 0.02],
    [2, 3000, [100000, 100000, 100000, 100000, 3], 0.001],
    [3, 2000, [1500, 1200, 900, 2, 2, 2], 0.1],
    [4, 5000, [50000, 2, 3], 0.0],
  ] as const) {
    it(`keeps every row with a duplicate and counts them as brute force does (seed ${seed})`, () => {
      const cols = table(seed, n, [...levels], dup);
      const count = new Map<string, number>();
      for (let i = 0; i < n; i++) count.set(keyOf(cols, i), (count.get(keyOf(cols, i)) ?? 0) + 1);
      let dups = 0;
      for (const c of count.values()) dups += c - 1;
      expect(countDuplicateRows(cols, n)).toBe(dups);
      const rows = rowsSharingLead(cols, n);
      if (rows === null) return;
      for (let k = 1; k < rows.length; k++) expect(rows[k]!).toBeGreaterThan(rows[k - 1]!);
      const kept = new Set(rows);
      for (let i = 0; i < n; i++) if (count.get(keyOf(cols, i))! > 1) expect(kept.has(i)).toBe(true);
    });
  }

  it('counts duplicates on all columns from rows narrowed on a part of them, as brute force does', () => {
    // The label's part: a two-valued column that makes some rows equal on the features differ.
    const features = table(5, 4000, [3000, 60, 9], 0.05);
    const rng = createRng(6);
    const label = numberColumn('label', Array.from({ length: 4000 }, () => (rng() < 0.5 ? 1 : 0)));
    const cols = [...features, label];
    const count = new Map<string, number>();
    for (let i = 0; i < 4000; i++) count.set(keyOf(cols, i), (count.get(keyOf(cols, i)) ?? 0) + 1);
    let dups = 0;
    for (const c of count.values()) dups += c - 1;
    expect(countDuplicateRows(cols, 4000, features)).toBe(dups);
    expect(countDuplicateRows(cols, 4000)).toBe(dups);
  });

  it('narrows a list of columns once: the same list again gets the same rows, another list its own', () => {
    const cols = table(7, 3000, [2000, 50, 7, 5], 0.05);
    const first = rowsSharingLead(cols, 3000);
    expect(first).not.toBeNull();
    expect(rowsSharingLead([...cols], 3000)).toBe(first);
    const fewer = cols.slice(0, 3);
    const other = rowsSharingLead(fewer, 3000);
    expect(other).not.toBeNull();
    expect(other).not.toBe(first);
    expect(rowsSharingLead(fewer, 3000)).toBe(other);
  });
});

// The prefilter in front of the exact index (decision 0032): a bitmap of the fingerprints' slot
// hashes lets only rows whose bit is shared reach the index. The answers must be the exact
// index's, whatever the collisions: equal fingerprints, equal first hashes with different second
// ones, and bits shared by chance (a small bitmap for many rows).
describe('fingerprint prefilter', () => {
  function hashes(seed: number, m: number, dups: number, h1Only: number): { h1: Uint32Array; h2: Uint32Array } {
    const rng = createRng(seed);
    const word = () => Math.floor(rng() * 2 ** 32) >>> 0;
    const h1 = Uint32Array.from({ length: m }, word);
    const h2 = Uint32Array.from({ length: m }, word);
    for (let i = 0; i < dups; i++) {
      const a = Math.floor(rng() * m);
      const b = Math.floor(rng() * m);
      h1[b] = h1[a]!;
      h2[b] = h2[a]!;
    }
    for (let i = 0; i < h1Only; i++) h1[Math.floor(rng() * m)] = h1[Math.floor(rng() * m)]!;
    return { h1, h2 };
  }
  for (const [seed, m, dups, h1Only] of [
    [11, 50_000, 400, 400],
    [12, 3000, 0, 0],
    [13, 20_000, 5000, 0],
    [14, 1, 0, 0],
    [15, 0, 0, 0],
    [16, 70_000, 20, 3000],
  ] as const) {
    it(`gives the exact index's shared rows and duplicate count (seed ${seed}, ${m} rows)`, () => {
      const h = hashes(seed, m, dups, h1Only);
      const exact = sharedKeyRowsExact(h, m);
      expect(Array.from(sharedKeyRows(h, m))).toEqual(Array.from(exact));
      expect(countDuplicates(h)).toBe(countDuplicatesExact(h));
      // A superset of the shared rows, ascending, and far fewer than all rows when few are shared.
      const cand = filterCandidates(h, m);
      const set = new Set(cand);
      for (const r of exact) expect(set.has(r)).toBe(true);
      for (let k = 1; k < cand.length; k++) expect(cand[k]!).toBeGreaterThan(cand[k - 1]!);
      if (m >= 1000 && dups + h1Only < m / 100) expect(cand.length).toBeLessThan(0.15 * m);
    });
  }
});

describe('fingerprint prefilter on row hashes', () => {
  it('lets through about 1 − e^(−1/16) of unique rows hashed from real columns (sequential values, a small dictionary)', () => {
    // The bitmap is only as good as the fingerprints' slot hashes: weak low bits (a hash that is
    // linear in the row number, say) would let most rows through. hashRows must not.
    const n = 200_000;
    const cols: Column[] = [
      numberColumn('x', Array.from({ length: n }, (_, i) => i / 1000)),
      numberColumn('id', Array.from({ length: n }, (_, i) => i)),
      stringColumn('s', Array.from({ length: n }, (_, i) => `v${i % 50}`)),
    ];
    for (const use of [[0], [1], [0, 2], [1, 2]]) {
      const h = hashRows(use.map((j) => cols[j]!), n);
      const share = filterCandidates(h, n).length / n;
      expect(share).toBeGreaterThan(0.03);
      expect(share).toBeLessThan(0.09);
    }
  });
});

describe('idIndex', () => {
  // The repeated ids and their count from the prefilter (sharedKeyRows), the index of every row only
  // when asked for: against a plain count of the id texts, with empty ids, no repeat at all, and
  // everything repeated.
  it('flags the rows of repeated ids, counts the repeats, and finds each id at its first row', () => {
    for (const [seed, n, distinct, emptyShare] of [
      [1, 5000, 4000, 0.02],
      [2, 3000, 1_000_000, 0],
      [3, 2000, 7, 0.1],
      [4, 4000, 4000, 0.5],
    ] as const) {
      const rng = createRng(seed);
      const texts = Array.from({ length: n }, () => (rng() < emptyShare ? '' : `id${Math.floor(rng() * distinct)}`));
      const ids = rowIdsFromText(texts);
      const got = idIndex(ids);
      const first = new Map<string, number>();
      const count = new Map<string, number>();
      texts.forEach((t, i) => {
        if (ids.empty[i]) return;
        if (!first.has(t)) first.set(t, i);
        count.set(t, (count.get(t) ?? 0) + 1);
      });
      expect(Array.from(got.repeated)).toEqual(texts.map((t, i) => (!ids.empty[i] && count.get(t)! > 1 ? 1 : 0)));
      expect(got.duplicates).toBe([...count.values()].reduce((s, c) => s + c - 1, 0));
      texts.forEach((t, i) => {
        if (!ids.empty[i]) expect(got.index.find(ids.h1[i]!, ids.h2[i]!)).toBe(first.get(t));
      });
    }
  });
});
