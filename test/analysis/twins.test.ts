// A column with the same cells in both runs reuses the baseline's sort, profile, segment codes and
// counts (decision 0027). Each reuse must give what computing the current run's column again gives:
// the same review scored against a "variant" current run whose columns hold the same values under
// other bytes (another NaN payload, another dictionary order), which sameCells tells apart, so that
// every analysis there takes its general path.
import { describe, expect, it } from 'vitest';
import { buildSegmenter, type RowSource } from '../../src/analysis/performance/segment-columns.js';
import { keepSortsForDrift, profile, profileColumns, segmentSpec, takeKeptSort, type SegmentSpec } from '../../src/analysis/data/columns.js';
import { driftEval, twinDriftFromSorts } from '../../src/analysis/data/drift.js';
import { qualityEval } from '../../src/analysis/data/quality.js';
import { skewEval } from '../../src/analysis/data/preprocessing.js';
import { sameCells } from '../../src/analysis/same-cells.js';
import { makeTable, type Column } from '../../src/artifacts/table.js';
import type { EvalView } from '../../src/artifacts/types.js';
import { makeView } from './performance/helpers.js';

const n = 3000;
const REGIONS = ['eu', 'us', 'apac', 'latam'];

/** One eval set, scored by model `m`: the columns do not depend on the model, the scores do. */
function scored(m: number): EvalView {
  const y = Array.from({ length: n }, (_, i) => ((i * 7) % 10 < 3 ? 1 : 0));
  return makeView({
    y,
    score: y.map((t, i) => Math.min(1, Math.max(0, 0.5 * t + 0.25 + (((i * (31 + m)) % 97) - 48) / 200))),
    strings: {
      region: Array.from({ length: n }, (_, i) => (i % 41 === 0 ? '' : REGIONS[(i * 5) % 4]!)),
      tier: Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'gold' : 'basic')),
    },
    numbers: {
      // A literal NaN in every numeric column, so that a variant can carry another payload.
      income: Array.from({ length: n }, (_, i) => (i % 50 === 0 ? NaN : ((i * 7919) % 1009) * 37.5)),
      age: Array.from({ length: n }, (_, i) => (i % 77 === 0 ? NaN : 18 + ((i * 13) % 60))),
      children: Array.from({ length: n }, (_, i) => (i % 99 === 0 ? NaN : (i * 3) % 5)),
    },
  });
}

/** The same values under other bytes: the first NaN's payload changed, the dictionary reversed. */
function variantOf(col: Column): Column {
  if (col.kind === 'number') {
    const values = col.values.slice();
    const words = new Uint32Array(values.buffer);
    const i = values.findIndex((v) => Number.isNaN(v));
    if (i < 0) throw new Error(`no NaN in ${col.name}`);
    words[2 * i] = words[2 * i]! ^ 1;
    return { ...col, values, missing: col.missing.slice() };
  }
  const dict = [...col.dict].reverse();
  const last = col.dict.length - 1;
  return { ...col, dict, codes: col.codes.map((c) => (c < 0 ? c : last - c)) };
}

function variant(v: EvalView): EvalView {
  const swap = new Map(v.table.columns.map((c) => [c, c.name === 'label' || c.name === 'id' ? c : variantOf(c)]));
  return {
    ...v,
    table: makeTable(v.path, v.table.columns.map((c) => swap.get(c)!)),
    features: v.features.map((c) => swap.get(c)!),
  };
}

const base = scored(0);
const twin = scored(1);
const other = variant(twin);
const FEATURES = ['region', 'tier', 'income', 'age', 'children'];
const col = (v: EvalView, name: string): Column => v.table.columns.find((c) => c.name === name)!;

describe('twin columns', () => {
  it('the test runs are what they claim: the twin has the same cells, the variant only the same values', () => {
    for (const name of FEATURES) {
      expect(sameCells(col(base, name), col(twin, name))).toBe(true);
      expect(sameCells(col(base, name), col(other, name))).toBe(false);
    }
  });

  it('segmenters label the rows alike, paired (one array for both runs) and unpaired', () => {
    const order = Int32Array.from({ length: n }, (_, i) => (i * 1601) % n);
    for (const paired of [true, false]) {
      const src = (cur: EvalView): RowSource => ({ base: { view: base, rows: order.slice() }, cur: { view: cur, rows: order.slice() }, paired });
      for (const name of FEATURES) {
        const a = buildSegmenter(name, src(twin))!;
        const b = buildSegmenter(name, src(other))!;
        expect(a, name).not.toBeNull();
        expect(a.kind).toBe(b.kind);
        expect(a.labels).toEqual(b.labels);
        expect(Array.from(a.base!)).toEqual(Array.from(b.base!));
        expect(Array.from(a.cur)).toEqual(Array.from(b.cur));
        if (paired) expect(a.cur).toBe(a.base);
      }
    }
  });

  it('segment specs, profiles and the drift checks come out the same', () => {
    const specs = (cur: EvalView): SegmentSpec[] => ['region', 'tier', 'age'].map((c) => segmentSpec(c, base.table, cur.table)!);
    const st = specs(twin);
    const so = specs(other);
    for (let t = 0; t < st.length; t++) {
      expect(st[t]!.values).toEqual(so[t]!.values);
      expect(Array.from(st[t]!.baseCodes)).toEqual(Array.from(so[t]!.baseCodes));
      expect(Array.from(st[t]!.curCodes)).toEqual(Array.from(so[t]!.curCodes));
    }
    // The twin's codes are the baseline's array itself.
    expect(st[0]!.curCodes).toBe(st[0]!.baseCodes);

    profileColumns(base.table.columns);
    profileColumns(twin.table.columns, base.table.columns);
    profileColumns(other.table.columns, base.table.columns);
    for (const name of ['income', 'age', 'children']) {
      expect(profile(col(twin, name))).toBe(profile(col(base, name)));
      expect(profile(col(twin, name))).toEqual(profile(col(other, name)));
    }

    const dt = driftEval(twin.path, base.features, twin.features, st, 20);
    const dv = driftEval(other.path, base.features, other.features, so, 20);
    expect(dt.map((d) => d.feature).sort()).toEqual(FEATURES.slice().sort());
    expect(dt).toEqual(dv);
  });

  it('the quality checks, duplicated rows among them, come out the same', () => {
    // Every tenth row repeats the one before it in the current run's eval set (both runs' columns).
    const dup = (v: EvalView): EvalView => {
      const keep = Int32Array.from({ length: n }, (_, i) => (i % 10 === 9 ? i - 1 : i));
      const pick = (c: Column): Column =>
        c.kind === 'number' ? { ...c, values: Float64Array.from(keep, (r) => c.values[r]!), missing: Uint8Array.from(keep, (r) => c.missing[r]!) } : { ...c, codes: Int32Array.from(keep, (r) => c.codes[r]!) };
      const swap = new Map(v.table.columns.map((c) => [c, c.name === 'id' ? c : pick(c)]));
      return { ...v, table: makeTable(v.path, v.table.columns.map((c) => swap.get(c)!)), features: v.features.map((c) => swap.get(c)!) };
    };
    const b = dup(base);
    const t = dup(twin);
    const qt = qualityEval(b, t, null, 20);
    const qv = qualityEval(b, variant(t), null, 20);
    expect(qt).toEqual(qv);
  });
});

describe("the data worker's drift comparisons made from the segmenters' sorts (twinDriftFromSorts)", () => {
  // Fresh views for each side (the caches are by column): the current run's income differs, the
  // other numeric features are twins.
  const pair = (): { b: EvalView; c: EvalView } => {
    const b = scored(0);
    const c0 = scored(1);
    const swap = new Map(c0.table.columns.map((x) => [x, x.name === 'income' && x.kind === 'number' ? { ...x, values: x.values.map((v, i) => (i % 5 === 0 ? v + 1 : v)), missing: x.missing.slice() } : x]));
    return { b, c: { ...c0, table: makeTable(c0.path, c0.table.columns.map((x) => swap.get(x)!)), features: c0.features.map((x) => swap.get(x)!) } };
  };
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const build = (b: EvalView, c: EvalView): void => {
    for (const name of ['income', 'age', 'children']) buildSegmenter(name, { base: { view: b, rows: all }, cur: { view: c, rows: all }, paired: true });
  };
  const specs = (b: EvalView, c: EvalView): SegmentSpec[] => ['region', 'tier'].map((x) => segmentSpec(x, b.table, c.table)!);

  it("uses a twin's sort up at once, keeps the others, and the drift checks come out the same", () => {
    const worker = pair();
    keepSortsForDrift(true, twinDriftFromSorts(worker.b, worker.c));
    try {
      build(worker.b, worker.c);
    } finally {
      keepSortsForDrift(false);
    }
    expect(sameCells(col(worker.b, 'age'), col(worker.c, 'age'))).toBe(true);
    expect(sameCells(col(worker.b, 'income'), col(worker.c, 'income'))).toBe(false);
    // The twins' sorts were used up; the differing feature's is kept for driftEval.
    for (const name of ['age', 'children']) expect(takeKeptSort(col(worker.b, name) as never)).toBeNull();
    const kept = takeKeptSort(col(worker.b, 'income') as never);
    expect(kept).not.toBeNull();

    // The review's own thread: nothing kept, every sort made by driftEval.
    const plain = pair();
    build(plain.b, plain.c);
    const dw = driftEval(worker.c.path, worker.b.features, worker.c.features, specs(worker.b, worker.c), 20);
    const dp = driftEval(plain.c.path, plain.b.features, plain.c.features, specs(plain.b, plain.c), 20);
    expect(dw.map((d) => d.feature).sort()).toEqual(FEATURES.slice().sort());
    expect(dw).toEqual(dp);
    for (const name of ['income', 'age', 'children']) expect(profile(col(worker.c, name))).toEqual(profile(col(plain.c, name)));
  });
});

describe('preprocessing skew over twin columns (skewEval)', () => {
  it('finds what the variant run gives: nothing for the unchanged columns, the ×12 column', () => {
    const scale = (v: EvalView): EvalView => {
      const swap = new Map(v.table.columns.map((x) => [x, x.name === 'income' && x.kind === 'number' ? { ...x, values: x.values.map((y) => y * 12), missing: x.missing.slice() } : x]));
      return { ...v, table: makeTable(v.path, v.table.columns.map((x) => swap.get(x)!)), features: v.features.map((x) => swap.get(x)!) };
    };
    const rows = Int32Array.from({ length: n }, (_, i) => i);
    const pairs = { base: rows, cur: rows };
    const t = scale(twin);
    const o = scale(other);
    expect(sameCells(col(base, 'age'), col(t, 'age'))).toBe(true);
    const st = skewEval(base, t, pairs);
    expect(st.map((f) => f.feature)).toEqual(['income']);
    expect(st).toEqual(skewEval(base, o, pairs));
  });
});
