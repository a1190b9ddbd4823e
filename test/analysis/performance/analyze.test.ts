import { describe, expect, it } from 'vitest';
import { analyzePerformance, performanceSignals, type PerformanceAnalysis } from '../../../src/analysis/performance/index.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { compareAucs, placements } from '../../../src/analysis/performance/delong.js';
import { cycle, makeView, OPTS, pairedRuns, ref } from './helpers.js';

const REGIONS = ['north', 'south', 'east', 'west'];

function regionRegression(seed: number): PerformanceAnalysis {
  const n = 4000;
  const region = cycle(n, REGIONS);
  const plan = Array.from({ length: n }, (_, i) => (Math.floor(i / 4) % 3 === 0 ? 'basic' : 'pro'));
  const { base, cur } = pairedRuns({
    n,
    seed,
    strings: { region, plan },
    numbers: { tenure: Array.from({ length: n }, (_, i) => (i * 7919) % 1000) },
    baseSkill: () => 0.85,
    curSkill: (i) => (region[i] === 'east' ? 0.62 : 0.85),
  });
  return analyzePerformance(base, cur, OPTS);
}

describe('analyzePerformance: segments and slices', () => {
  const a = regionRegression(3);

  it('finds a regression confined to one category as the top slice, with most of the drop', () => {
    expect(a.paired).toBe(true);
    const top = a.slices!.slices[0]!;
    expect(top.conditions).toEqual([{ column: 'region', value: 'east' }]);
    expect(top.shareOfDrop!).toBeGreaterThan(0.7);
    expect(a.slices!.slices.length).toBeLessThanOrEqual(2);
  });

  it('marks the regressed segment BH-significant with an exact McNemar test; unaffected regions get at most an informational signal', () => {
    const east = a.segments.find((s) => s.column === 'region' && s.value === 'east' && s.metric === 'accuracy')!;
    expect(east.significant).toBe(true);
    expect(east.test).toBe('mcnemar_exact');
    expect(east.delta).toBeLessThan(-0.15);
    expect(east.ci![1]).toBeLessThan(0);
    // BH controls the false discovery rate, not the family-wise error: beside many true
    // discoveries a null segment can pass, so the strength mapping keeps such echoes weak.
    const others = performanceSignals(a).filter((s) => s.segment?.column === 'region' && s.segment.value !== 'east');
    for (const s of others) expect(s.strength).toBeLessThan(0.25);
  });

  it('also compares the segment AUC with DeLong where both classes are present', () => {
    const east = a.segments.find((s) => s.column === 'region' && s.value === 'east' && s.metric === 'auc')!;
    expect(east.test).toBe('delong_paired');
    expect(east.worse).toBe(true);
  });

  it('gives each paired segment AUC test exactly as DeLong over that segment alone (placements, compareAucs)', () => {
    const n = 4000;
    const region = cycle(n, REGIONS);
    const { base, cur } = pairedRuns({
      n,
      seed: 3,
      strings: { region, plan: Array.from({ length: n }, (_, i) => (Math.floor(i / 4) % 3 === 0 ? 'basic' : 'pro')) },
      numbers: { tenure: Array.from({ length: n }, (_, i) => (i * 7919) % 1000) },
      baseSkill: () => 0.85,
      curSkill: (i) => (region[i] === 'east' ? 0.62 : 0.85),
    });
    const positive = Uint8Array.from(base.yTrue, (c) => (base.classes[c] === '1' ? 1 : 0));
    // Rows by baseline score, descending and stable, as the analysis orders them.
    const byScore = (v: typeof base) => Int32Array.from(Array.from({ length: n }, (_, i) => i).sort((i, j) => v.score![j]! - v.score![i]! || i - j));
    const orderB = byScore(base);
    const orderC = byScore(cur);
    let checked = 0;
    for (const value of REGIONS) {
      const got = a.segments.find((s) => s.column === 'region' && s.value === value && s.metric === 'auc')!;
      const rowsB = orderB.filter((r) => region[r] === value);
      const rowsC = orderC.filter((r) => region[r] === value);
      const refB = placements(rowsB, base.score!, positive)!;
      const refC = placements(rowsC, cur.score!, positive)!;
      const want = compareAucs(refB, refC, { rows: rowsB, positive }, 1 - OPTS.alpha);
      expect(got.test).toBe('delong_paired');
      expect([got.baseline, got.current, got.delta, got.pValue, got.ci]).toEqual([want.base, want.cur, want.delta, want.p, want.ci]);
      checked++;
    }
    expect(checked).toBe(REGIONS.length);
  });

  it('tests a segment whose rows changed label between paired runs unpaired, and the others paired', () => {
    const n = 4000;
    const region = cycle(n, REGIONS);
    const rng = createRng(5);
    const y = Array.from({ length: n }, () => (rng() < 0.4 ? 1 : 0));
    // A few relabelled rows, all in the south.
    const yCur = y.map((t, i) => (region[i] === 'south' && i % 40 === 1 ? 1 - t : t));
    const score = y.map((t) => Math.round((t ? 0.3 + 0.7 * rng() : 0.7 * rng()) * 1e4) / 1e4);
    const a = analyzePerformance(makeView({ y, score, strings: { region } }), makeView({ y: yCur, score: score.map((x) => Math.min(1, x + 0.01)), strings: { region } }), OPTS);
    expect(a.paired).toBe(true);
    for (const value of REGIONS) {
      const auc = a.segments.find((s) => s.column === 'region' && s.value === value && s.metric === 'auc')!;
      expect(auc.test).toBe(value === 'south' ? 'delong_unpaired' : 'delong_paired');
    }
  });

  it('cuts numeric features at baseline quintiles with short [lo, hi) labels that are exactly true of their rows', () => {
    const bins = a.segments.filter((s) => s.column === 'tenure' && s.metric === 'accuracy');
    // Quintiles 199.8, 399.6, 599.4, 799.2 become 200, 400, 599, 799 (3 significant digits).
    expect(bins.map((s) => s.value).sort()).toEqual(['[0, 200)', '[200, 400)', '[400, 599)', '[599, 799)', '[799, 999]']);
    const tenure = Array.from({ length: 4000 }, (_, i) => (i * 7919) % 1000);
    for (const s of bins) {
      const [lo, hi] = s.value.slice(1, -1).split(', ').map(Number) as [number, number];
      const closed = s.value.endsWith(']');
      expect(tenure.filter((v) => v >= lo && (closed ? v <= hi : v < hi)).length).toBe(s.nCurrent);
    }
  });

  it('raises a segment_regression signal for the slice, first among segment signals', () => {
    const seg = performanceSignals(a).filter((s) => s.category === 'segment_regression');
    expect(seg[0]!.segment).toEqual({ column: 'region', value: 'east' });
    expect(seg[0]!.significant).toBe(true);
    expect(seg[0]!.strength).toBeGreaterThanOrEqual(0.5);
    expect(seg[0]!.details.shareOfDrop).toBeGreaterThan(0.7);
  });

  it('is deterministic: the same inputs and seed give the same result', () => {
    expect(JSON.stringify(regionRegression(3))).toBe(JSON.stringify(a));
  });
});

describe('analyzePerformance: controls', () => {
  it.each([1, 2, 3, 4])('a pure-noise pair (seed change %i) gives no significant segment and no metric or segment signal', (seed) => {
    const n = 3000;
    const { base, cur } = pairedRuns({
      n,
      seed,
      strings: { region: cycle(n, REGIONS), plan: cycle(n, ['a', 'b', 'c']), tier: cycle(n, ['x', 'y']) },
      numbers: { age: Array.from({ length: n }, (_, i) => 18 + ((i * 37) % 60)) },
      baseSkill: () => 0.8,
      curSkill: () => 0.8,
    });
    const a = analyzePerformance(base, cur, OPTS);
    expect(a.segments.filter((s) => s.significant)).toEqual([]);
    expect(a.slices!.slices).toEqual([]);
    const signals = performanceSignals(a).filter((s) => s.category === 'metric_regression' || s.category === 'segment_regression');
    expect(signals).toEqual([]);
  });

  it('identical runs give zero deltas with degenerate [0, 0] intervals and nothing significant', () => {
    const b = ref.binary;
    const v = makeView({ y: b.y, score: b.score, pred: b.pred });
    const a = analyzePerformance(v, v, OPTS);
    for (const m of a.metrics) {
      expect(m.delta).toBe(0);
      expect(m.ci).toEqual([0, 0]);
      expect(m.significant).toBe(false);
    }
    expect(a.metrics.find((m) => m.name === 'auc')!.current).toBeCloseTo(b.unweighted.auc, 12);
    expect(a.metrics.find((m) => m.name === 'log_loss')!.current).toBeCloseTo(b.unweighted.log_loss, 12);
  });
});

describe('analyzePerformance: pairing', () => {
  it('compares runs as independent samples when ids differ, and says the eval set changed', () => {
    const n = 2400;
    const region = cycle(n, REGIONS);
    const { base, cur } = pairedRuns({
      n,
      seed: 8,
      strings: { region },
      curIds: Array.from({ length: n }, (_, i) => `other-${i}`),
      baseSkill: () => 0.85,
      curSkill: (i) => (region[i] === 'south' ? 0.55 : 0.85),
    });
    const a = analyzePerformance(base, cur, OPTS);
    expect(a.paired).toBe(false);
    expect(a.notes.join(' ')).toMatch(/eval set itself changed/);
    expect(a.metrics.every((m) => m.test === 'unpaired_bootstrap')).toBe(true);
    expect(a.metrics.find((m) => m.name === 'accuracy')!.mcnemarP).toBeNull();
    const south = a.segments.find((s) => s.column === 'region' && s.value === 'south' && s.metric === 'accuracy')!;
    expect(south.test).toBe('fisher_exact');
    expect(south.significant).toBe(true);
    expect(a.segments.find((s) => s.value === 'south' && s.metric === 'auc')!.test).toBe('delong_unpaired');
    expect(a.slices!.slices[0]!.conditions).toEqual([{ column: 'region', value: 'south' }]);
  });

  it('pairs by id text even when the current table lists the rows in another order', () => {
    const n = 600;
    const { base, cur } = pairedRuns({ n, seed: 2, baseSkill: () => 0.8, curSkill: () => 0.8 });
    const perm = Array.from({ length: n }, (_, i) => (i * 7) % n);
    const shuffled = makeView({
      y: perm.map((i) => cur.yTrue[i]!),
      score: perm.map((i) => cur.score![i]!),
      ids: perm.map((i) => cur.ids!.text(i)),
    });
    const a = analyzePerformance(base, cur, OPTS);
    const b = analyzePerformance(base, shuffled, OPTS);
    expect(b.paired).toBe(true);
    expect(b.metrics.map((m) => [m.baseline, m.current])).toEqual(a.metrics.map((m) => [m.baseline, m.current]));
  });

  it('describes the current run alone when there is no baseline, with no signals', () => {
    const b = ref.binary;
    const a = analyzePerformance(null, makeView({ y: b.y, score: b.score, pred: b.pred }), OPTS);
    expect(a.hasBaseline).toBe(false);
    expect(a.metrics.every((m) => m.status === 'new' && m.ci === null)).toBe(true);
    expect(a.segments).toEqual([]);
    expect(performanceSignals(a)).toEqual([]);
  });

  it('leaves out rows with a missing label or score and notes how many', () => {
    const b = ref.binary;
    const y = [...b.y];
    const score = [...b.score];
    y[0] = NaN;
    score[1] = NaN;
    const a = analyzePerformance(null, makeView({ y, score }), OPTS);
    expect(a.nCurrent).toBe(b.y.length - 2);
    expect(a.droppedCurrent).toBe(2);
    expect(a.notes.join(' ')).toMatch(/left out/);
  });
});

describe('analyzePerformance: bias', () => {
  it('detects a growing accuracy gap of a protected attribute and names the worst group', () => {
    const n = 3000;
    const gender = cycle(n, ['female', 'male']);
    const { base, cur } = pairedRuns({
      n,
      seed: 5,
      strings: { gender },
      protectedColumns: ['gender'],
      baseSkill: () => 0.82,
      curSkill: (i) => (gender[i] === 'female' ? 0.7 : 0.84),
    });
    const a = analyzePerformance(base, cur, OPTS);
    const g = a.bias.find((b) => b.column === 'gender')!;
    expect(g.gapGrewSignificantly).toBe(true);
    expect(g.gapDelta!).toBeGreaterThan(0.1);
    expect(g.gapCi![0]).toBeGreaterThan(0);
    expect(g.current.worstGroup).toBe('female');
    const s = performanceSignals(a).find((x) => x.category === 'bias')!;
    expect(s.segment).toEqual({ column: 'gender', value: 'female' });
  });

  it('finds protected attributes by name when none is configured, and leaves a stable gap alone', () => {
    const n = 2000;
    const { base, cur } = pairedRuns({
      n,
      seed: 6,
      strings: { applicant_gender: cycle(n, ['f', 'm']), marital: cycle(n, ['single', 'married']) },
      baseSkill: () => 0.8,
      curSkill: () => 0.8,
    });
    const a = analyzePerformance(base, cur, OPTS);
    expect(a.bias.map((b) => b.column)).toEqual(['applicant_gender']);
    expect(a.bias[0]!.gapGrewSignificantly).toBe(false);
    expect(a.bias[0]!.current.groups.map((g) => g.group).sort()).toEqual(['f', 'm']);
    expect(a.bias[0]!.current.demographicParityDiff).not.toBeNull();
  });
});

describe('analyzePerformance: regression and multiclass', () => {
  it('finds an RMSE regression in one category of an unpaired regression run (Mann-Whitney U on absolute errors)', () => {
    const rng = createRng(17);
    const n = 1500;
    const cut = cycle(n, ['Ideal', 'Premium', 'Good']);
    const y = Array.from({ length: n }, () => 1000 + 3000 * rng());
    const pb = y.map((t) => t + (rng() - 0.5) * 400);
    const pc = y.map((t, i) => t + (rng() - 0.5) * (cut[i] === 'Premium' ? 1400 : 400));
    const base = makeView({ task: 'regression', y, pred: pb, strings: { cut } });
    const cur = makeView({ task: 'regression', y, pred: pc, strings: { cut }, ids: y.map((_, i) => `new${i}`) });
    const a = analyzePerformance(base, cur, OPTS);
    expect(a.paired).toBe(false);
    expect(a.metrics.find((m) => m.name === 'rmse')!.status).toBe('regressed');
    const premium = a.segments.find((s) => s.column === 'cut' && s.value === 'Premium')!;
    expect(premium.metric).toBe('rmse');
    expect(premium.test).toBe('mann_whitney_u');
    expect(premium.significant).toBe(true);
    expect(premium.mae!.delta).toBeGreaterThan(0);
    expect(premium.mae!.ci![0]).toBeGreaterThan(0);
    expect(a.slices!.slices[0]!.conditions).toEqual([{ column: 'cut', value: 'Premium' }]);
    expect(a.regressionErrors!.current.absErrorP90).toBeGreaterThan(a.regressionErrors!.baseline!.absErrorP90);
    const sig = performanceSignals(a).find((s) => s.category === 'segment_regression')!;
    expect(sig.segment).toEqual({ column: 'cut', value: 'Premium' });
  });

  it('lists the class pair that got confused more in a multiclass run', () => {
    const m = ref.multiclass;
    const classes = ['a', 'b', 'c', 'd'];
    const base = makeView({ task: 'multiclass', classes, y: m.y, pred: m.pred, probs: m.probs });
    // The current model calls every true "b" a "c".
    const pred = m.pred.map((p, i) => (m.y[i] === 1 ? 2 : p));
    const cur = makeView({ task: 'multiclass', classes, y: m.y, pred, probs: m.probs });
    const a = analyzePerformance(base, cur, OPTS);
    expect(a.errors!.confusedMore[0]).toMatchObject({ trueClass: 'b', predictedClass: 'c' });
    expect(a.errors!.errorRateByClass.find((e) => e.cls === 'b')!.current).toBe(1);
    expect(a.metrics.map((x) => x.name)).toEqual(['accuracy', 'f1_macro', 'f1_weighted', 'auc_ovr_macro', 'log_loss', 'brier', 'ece']);
    expect(a.calibration!.kind).toBe('top_label');
  });

  it('weighted runs use weighted z-tests in segments and skip the unweighted-only tests', () => {
    const n = 2000;
    const region = cycle(n, REGIONS);
    const { base, cur } = pairedRuns({ n, seed: 4, strings: { region }, baseSkill: () => 0.8, curSkill: (i) => (region[i] === 'west' ? 0.5 : 0.8) });
    const w = Array.from({ length: n }, (_, i) => 1 + (i % 3));
    const wv = (v: typeof base) => makeView({ y: Array.from(v.yTrue), score: Array.from(v.score!), strings: { region }, weight: w });
    const a = analyzePerformance(wv(base), wv(cur), OPTS);
    expect(a.metrics.find((m) => m.name === 'accuracy')!.mcnemarP).toBeNull();
    const west = a.segments.find((s) => s.value === 'west')!;
    expect(west.test).toBe('weighted_z');
    expect(west.significant).toBe(true);
    expect(a.segments.some((s) => s.metric === 'auc')).toBe(false);
  });

  it('skips the segment AUC where a segment holds a single class', () => {
    const n = 1200;
    const { base, cur } = pairedRuns({ n, seed: 9, baseSkill: () => 0.8, curSkill: () => 0.8 });
    const onlyNeg = Array.from(base.yTrue, (t, i) => (t === 0 && i % 2 === 0 ? 'zero-only' : 'mixed'));
    const re = (v: typeof base) => makeView({ y: Array.from(v.yTrue), score: Array.from(v.score!), strings: { kind: onlyNeg } });
    const a = analyzePerformance(re(base), re(cur), OPTS);
    expect(a.segments.find((s) => s.value === 'zero-only' && s.metric === 'accuracy')).toBeDefined();
    expect(a.segments.find((s) => s.value === 'zero-only' && s.metric === 'auc')).toBeUndefined();
    expect(a.segments.find((s) => s.value === 'mixed' && s.metric === 'auc')).toBeDefined();
  });
});
