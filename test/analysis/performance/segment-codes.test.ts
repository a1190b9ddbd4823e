// Segmenter labels are two-byte codes (issue 11: 40 arrays at 10^6 rows). Every path that labels
// rows must give the labels the 4-byte arrays held: a small dictionary (narrowed codes), a numeric
// column of few values (labelled one row at a time, then narrowed), quintile bins, and the cells
// of two segmenters, which take four bytes when their product passes what two bytes hold.
import { describe, expect, it } from 'vitest';
import { buildSegmenter, type RowSource } from '../../../src/analysis/performance/segment-columns.js';
import { pairCells, pairCountsFrom } from '../../../src/analysis/performance/slices.js';
import type { Segmenter } from '../../../src/analysis/performance/segment-columns.js';
import { accumulateJoint, accumulatePaired, addPairCounts, jointCounts, labelsWithBits, M, PACK_COLUMNS, PACK_MAX_COUNTS, packedPairCounts, packLabels, pairCounts, pairedRowBytes } from '../../../src/analysis/performance/segment-tests.js';
import { jointCells, labelCells } from '../../../src/analysis/performance/segment-confusion.js';
import type { ClassRun } from '../../../src/analysis/performance/prepare.js';
import { makeView } from './helpers.js';

const n = 400;
const view = (shift: number) =>
  makeView({
    y: Array.from({ length: n }, (_, i) => ((i + shift) % 3 === 0 ? 1 : 0)),
    score: Array.from({ length: n }, (_, i) => ((i * 17 + shift) % 101) / 100),
    strings: { region: Array.from({ length: n }, (_, i) => (i % 9 === 0 ? '' : ['eu', 'us', 'apac'][(i + shift) % 3]!)) },
    numbers: {
      children: Array.from({ length: n }, (_, i) => (i * 7 + shift) % 5),
      income: Array.from({ length: n }, (_, i) => ((i * 13 + shift) % 97) * 1000),
    },
  });
const rows = Int32Array.from({ length: n }, (_, i) => (i * 37) % n);
const base = view(0);
const cur = view(1);
const unpaired: RowSource = { base: { view: base, rows }, cur: { view: cur, rows }, paired: false };

/** The label of each analysis row, by the segmenter's label texts, from the view's own cells. */
function expectLabels(column: string, run: 'base' | 'cur', label: (viewRow: number) => string): void {
  const seg = buildSegmenter(column, unpaired)!;
  const codes = run === 'base' ? seg.base! : seg.cur;
  expect(codes).toBeInstanceOf(Int16Array);
  expect(Array.from(codes, (c) => seg.labels[c])).toEqual(Array.from(rows, label));
}

describe('segmenter codes in two bytes', () => {
  it('label a small dictionary, a numeric column of few values and quintile bins as the cells say', () => {
    for (const [run, v] of [['base', base], ['cur', cur]] as const) {
      const region = v.table.columns.find((c) => c.name === 'region')!;
      const children = v.table.columns.find((c) => c.name === 'children')!;
      if (region.kind !== 'string' || children.kind !== 'number') throw new Error('unexpected column kinds');
      expectLabels('region', run, (r) => (region.codes[r]! < 0 ? '(missing)' : region.dict[region.codes[r]!]!));
      expectLabels('children', run, (r) => String(children.values[r]));
    }
    const bins = buildSegmenter('income', unpaired)!;
    expect(bins.kind).toBe('bin');
    expect(bins.cur).toBeInstanceOf(Int16Array);
    expect(Math.min(...bins.cur)).toBe(0);
    expect(Math.max(...bins.cur)).toBe(bins.labels.length - 1);
  });

  it('pairs two segmenters into cells, in four bytes when the cells pass 32767', () => {
    // 160 × 200 = 32000 cells fit in two bytes; 200 × 200 = 40000 do not.
    const a = Int16Array.from([0, 1, -1, 159, 5, 159]);
    const b = Int16Array.from([3, -1, 2, 199, 0, 150]);
    const narrow = pairCells(a, b, 160, 200, 0);
    expect(narrow).toBeInstanceOf(Int16Array);
    expect(Array.from(narrow)).toEqual([3, -1, -1, 159 * 200 + 199, 1000, 159 * 200 + 150]);
    const wideA = Int16Array.from([0, 1, -1, 199, 5, 199]);
    const wide = pairCells(wideA, b, 200, 200, 1);
    expect(wide).toBeInstanceOf(Int32Array);
    expect(Array.from(wide)).toEqual([3, -1, -1, 199 * 200 + 199, 1000, 199 * 200 + 150]);
  });

  it('counts the paired moments of a slice pair from the two label arrays as from their cells', () => {
    const m = 5000;
    const la = 7;
    const lb = 13;
    const a = Int16Array.from({ length: m }, (_, i) => (i % 97 === 0 ? -1 : (i * 31) % la));
    const b = Int16Array.from({ length: m }, (_, i) => (i % 89 === 0 ? -1 : (i * 17 + 3) % lb));
    const xb = Float64Array.from({ length: m }, (_, i) => ((i * 7) % 3 === 0 ? 1 : 0));
    const xc = Float64Array.from({ length: m }, (_, i) => ((i * 11) % 5 < 2 ? 1 : 0));
    const direct = new Float64Array(la * lb * M);
    addPairCounts(direct, pairCounts(labelsWithBits(a, xb, xc)!, la, b, lb), la, lb);
    const viaCells = new Float64Array(la * lb * M);
    accumulatePaired(viaCells, pairCells(a, b, la, lb, 0), xb, null, xc, null);
    expect(Array.from(direct)).toEqual(Array.from(viaCells));
    // Values other than 0 and 1 are left to the general path.
    expect(labelsWithBits(a, Float64Array.from(xb, (v) => v * 2), xc)).toBeNull();
    expect(labelsWithBits(a, xb, Float64Array.from(xc, (v) => v - 0.5))).toBeNull();
  });

  it('counts a slice pair from the first labels made once with the values, for every label count up to 200', () => {
    const m = 6000;
    for (const [la, lb] of [
      [2, 2],
      [200, 3],
      [5, 200],
      [200, 200],
    ] as const) {
      const a = Int16Array.from({ length: m }, (_, i) => (i % 53 === 0 ? -1 : (i * 29 + 5) % la));
      const b = Int16Array.from({ length: m }, (_, i) => (i % 61 === 0 ? -1 : (i * 13 + 1) % lb));
      const xb = Float64Array.from({ length: m }, (_, i) => ((i * 5) % 7 < 3 ? 1 : 0));
      const xc = Float64Array.from({ length: m }, (_, i) => ((i * 3) % 4 === 0 ? 1 : 0));
      const bits = labelsWithBits(a, xb, xc);
      expect(bits).not.toBeNull();
      const direct = new Float64Array(la * lb * M);
      addPairCounts(direct, pairCounts(bits!, la, b, lb), la, lb);
      const viaCells = new Float64Array(la * lb * M);
      accumulatePaired(viaCells, pairCells(a, b, la, lb, 0), xb, null, xc, null);
      expect(Array.from(direct)).toEqual(Array.from(viaCells));
    }
  });

  it('counts a first segmenter against several packed into one code per row, each pair as alone', () => {
    const m = 5000;
    const xb = Float64Array.from({ length: m }, (_, i) => ((i * 5) % 7 < 3 ? 1 : 0));
    const xc = Float64Array.from({ length: m }, (_, i) => ((i * 3) % 4 === 0 ? 1 : 0));
    const codes = (labels: number, salt: number) => Int16Array.from({ length: m }, (_, i) => (i % (31 + salt) === salt ? -1 : (i * (13 + 2 * salt) + salt) % labels));
    for (const [la, members] of [
      [3, [4, 5, 5]],
      [7, [2, 9]],
      [5, [6]],
      [1, [1, 3, 2]],
    ] as const) {
      const a = codes(la, 0);
      const bits = labelsWithBits(a, xb, xc)!;
      const bs = members.map((l, k) => codes(l, k + 1));
      const packed = packLabels(bs, members);
      expect(packed).not.toBeNull();
      const got = packedPairCounts(bits, la, packed!, members)!;
      expect(got).toHaveLength(members.length);
      members.forEach((l, k) => expect(Array.from(got[k]!)).toEqual(Array.from(pairCounts(bits, la, bs[k]!, l))));
    }
    // Codes past two bytes do not pack; counts past PACK_MAX_COUNTS are not made in one pass.
    expect(packLabels([codes(150, 1), codes(150, 2)], [150, 150])).not.toBeNull();
    expect(packLabels([codes(200, 1), codes(200, 2)], [200, 200])).toBeNull();
    const wide = packLabels([codes(60, 1), codes(60, 2)], [60, 60])!;
    const la = Math.ceil(PACK_MAX_COUNTS / (61 * 61 * 4)) + 1;
    expect(packedPairCounts(labelsWithBits(codes(la, 0), xb, xc)!, la, wide, [60, 60])).toBeNull();
    expect(packedPairCounts(labelsWithBits(codes(2, 0), xb, xc)!, 2, wide, [60, 60])).not.toBeNull();
  });

  it('counts every slice pair of the paired columns as alone: by packed group, or pair by pair where a group does not pack', () => {
    const m = 3000;
    const xb = Float64Array.from({ length: m }, (_, i) => ((i * 5) % 7 < 3 ? 1 : 0));
    const xc = Float64Array.from({ length: m }, (_, i) => ((i * 3) % 4 === 0 ? 1 : 0));
    // Groups of three: [150, 4, 5] (the first with wide labels), [2, 150, 150] (too many codes
    // to pack), [30, 30] (packs, but too many counts against the first column's 150 labels).
    const labels = [150, 4, 5, 2, 150, 150, 30, 30];
    const segs: Segmenter[] = labels.map((l, k) => {
      const codes = Int16Array.from({ length: m }, (_, i) => (i % (29 + k) === k ? -1 : (i * (11 + 2 * k) + k) % l));
      return { column: `c${k}`, kind: 'category', labels: Array.from({ length: l }, (_, j) => `v${j}`), base: codes, cur: codes };
    });
    const cols = [0, 1, 2, 3, 4, 5, 6, 7];
    const packs = new Map<number, Int16Array | null>();
    const packedOf = (g: number) => {
      const members = cols.slice(PACK_COLUMNS * g, PACK_COLUMNS * (g + 1));
      if (!packs.has(g)) packs.set(g, packLabels(members.map((k) => segs[k]!.cur), members.map((k) => labels[k]!)));
      return packs.get(g)!;
    };
    for (let i = 0; i + 1 < cols.length; i++) {
      const bits = labelsWithBits(segs[i]!.cur, xb, xc)!;
      const got = pairCountsFrom(segs, cols, i, bits, packedOf);
      expect([...got.keys()].sort((x, y) => x - y)).toEqual(cols.slice(i + 1));
      for (const [j, counts] of got) expect(Array.from(counts)).toEqual(Array.from(pairCounts(bits, labels[i]!, segs[j]!.cur, labels[j]!)));
    }
    expect(packs.get(1)).toBeNull();
    expect(packs.get(2)).not.toBeNull();
  });

  it('counts a segmenter\'s paired moments and both runs\' confusion cells in one pass, as the separate passes do', () => {
    const m = 7000;
    for (const labels of [1, 2, 9, 200]) {
      const codes = Int16Array.from({ length: m }, (_, i) => (i % 41 === 0 ? -1 : (i * 37 + 11) % labels));
      // Cells 2·y + pred of each run, and the 0/1 values (correct) they imply.
      const cellB = Int32Array.from({ length: m }, (_, i) => (i * 7 + (i >> 3)) % 4);
      const cellC = Int32Array.from({ length: m }, (_, i) => (i * 5 + (i >> 2)) % 4);
      const xb = Float64Array.from(cellB, (c) => (c === 0 || c === 3 ? 1 : 0));
      const xc = Float64Array.from(cellC, (c) => (c === 0 || c === 3 ? 1 : 0));
      const bytes = pairedRowBytes(xb, xc, cellB, cellC);
      expect(bytes).not.toBeNull();
      const joint = jointCounts(codes, bytes!, labels);
      const viaJoint = new Float64Array(labels * M);
      accumulateJoint(viaJoint, joint);
      const separate = new Float64Array(labels * M);
      accumulatePaired(separate, codes, xb, null, xc, null);
      expect(Array.from(viaJoint)).toEqual(Array.from(separate));
      const unit = (cell: Int32Array): ClassRun => ({ k: 2, n: m, cell, w: new Float64Array(m).fill(1), weighted: false }) as unknown as ClassRun;
      const cells = jointCells(joint);
      expect(cells.b).toEqual(labelCells(unit(cellB), codes, labels));
      expect(cells.c).toEqual(labelCells(unit(cellC), codes, labels));
    }
    // Values other than 0/1, or a cell past 3 (more than two classes): the separate passes.
    const c4 = Int32Array.from([0, 1, 2, 3]);
    const ones = Float64Array.from([1, 0, 0, 1]);
    expect(pairedRowBytes(Float64Array.from([1, 0, 0.5, 1]), ones, c4, c4)).toBeNull();
    expect(pairedRowBytes(ones, ones, c4, Int32Array.from([0, 1, 2, 4]))).toBeNull();
    expect(pairedRowBytes(ones, ones, c4, Int32Array.from([0, 1, -1, 3]))).toBeNull();
  });
});
