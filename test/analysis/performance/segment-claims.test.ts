// Decision 0023: the segmenters of a pair are claimed one at a time by two threads through a shared
// counter. Whatever the split, merging the parts must give buildSegmenters' list, in its order, and
// an index claimed by a thread that never answered is built again.
import { describe, expect, it } from 'vitest';
import { buildSegmenters } from '../../../src/analysis/performance/analyze.js';
import { buildClaimed, mergeClaimed, newClaims, segmenterNames, takeOver } from '../../../src/analysis/performance/segment-claims.js';
import { presortSegmentColumns, type RowSource } from '../../../src/analysis/performance/segment-columns.js';
import { makeView } from './helpers.js';

const n = 300;
const side = (shift: number) =>
  makeView({
    y: Array.from({ length: n }, (_, i) => (i * 5 + shift) % 3 === 0 ? 1 : 0),
    score: Array.from({ length: n }, (_, i) => ((i * 17 + shift) % 101) / 100),
    strings: {
      region: Array.from({ length: n }, (_, i) => ['eu', 'us', 'apac'][i % 3]!),
      tier: Array.from({ length: n }, (_, i) => (i % 7 === 0 ? '' : ['gold', 'free'][i % 2]!)),
    },
    numbers: {
      age: Array.from({ length: n }, (_, i) => 18 + ((i * 7 + shift) % 60)),
      income: Array.from({ length: n }, (_, i) => ((i * 13 + shift) % 97) * 1000),
    },
  });
const rows = Int32Array.from({ length: n }, (_, i) => (i * 37) % n);
const src: RowSource = { base: { view: side(0), rows }, cur: { view: side(5), rows }, paired: true };

const strip = (segs: ReturnType<typeof buildSegmenters>) => segs.map((s) => ({ column: s.column, kind: s.kind, labels: s.labels, base: Array.from(s.base ?? []), cur: Array.from(s.cur) }));

describe('segmenters by claim', () => {
  const names = segmenterNames(src);
  const whole = strip(buildSegmenters(src));

  it('give the list buildSegmenters gives, whoever builds them', () => {
    expect(names).toEqual(['region', 'tier', 'age', 'income']);
    expect(whole.length).toBe(4);
    // One side builds all.
    expect(strip(mergeClaimed(src, names, [buildClaimed(src, names, newClaims(), false)]))).toEqual(whole);
    // The worker took the first two before this thread took over, in either order of the parts.
    const claims = newClaims();
    Atomics.store(claims, 0, 2);
    const mine = buildClaimed(src, names, claims, false);
    expect(mine.map((c) => c.index)).toEqual([2, 3]);
    const theirs = [0, 1].map((index) => ({ index, segmenter: buildSegmenters(src)[index]! }));
    expect(strip(mergeClaimed(src, names, [mine, theirs]))).toEqual(whole);
    expect(strip(mergeClaimed(src, names, [theirs, mine]))).toEqual(whole);
  });

  it('stop claiming once taken over, and build here what a silent thread had claimed', () => {
    const claims = newClaims();
    takeOver(claims);
    expect(buildClaimed(src, names, claims, true)).toEqual([]);
    // A thread claimed index 1 and died: the merge builds it.
    const rest = [0, 2, 3].map((index) => ({ index, segmenter: buildSegmenters(src)[index]! }));
    expect(strip(mergeClaimed(src, names, [rest]))).toEqual(whole);
  });

  it('are the same after their numeric columns were sorted ahead, however far that got (decision 0044)', () => {
    const fresh = (): RowSource => ({ base: { view: side(0), rows }, cur: { view: side(5), rows }, paired: true });
    // Only the numeric columns are sorted, in segmenterNames' order, while more() says so.
    const all = fresh();
    expect(presortSegmentColumns(all.base!.view, all.cur.view, () => true)).toBe(2);
    expect(strip(buildSegmenters(all))).toEqual(whole);
    const one = fresh();
    let asked = 0;
    expect(presortSegmentColumns(one.base!.view, one.cur.view, () => asked++ < 3)).toBe(1);
    expect(strip(buildSegmenters(one))).toEqual(whole);
    const none = fresh();
    expect(presortSegmentColumns(none.base!.view, none.cur.view, () => false)).toBe(0);
    expect(strip(buildSegmenters(none))).toEqual(whole);
    // Without a baseline, the current run's columns.
    const alone = side(5);
    expect(presortSegmentColumns(null, alone, () => true)).toBe(2);
  });
});

