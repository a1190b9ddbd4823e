// The per-row log-loss and Brier terms of a classification run are read by the headline metrics'
// kernels alone and given back after them (releaseLossTerms, decision 0032): the segment scan
// then reuses their memory. The headline's numbers are the kernels', computed before the release.
import { describe, expect, it } from 'vitest';
import { analyzePerformance, DEFAULT_PERFORMANCE_OPTIONS, finishPerformance, headlinePerformance, startPerformance } from '../../../src/analysis/performance/index.js';
import { buildClassRun, buildRegRun, capabilities, releaseLossTerms, unifyClasses, usableRows } from '../../../src/analysis/performance/prepare.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { makeView } from './helpers.js';

const n = 4000;
function pair() {
  const rng = createRng(9);
  const y = Array.from({ length: n }, () => (rng() < 0.3 ? 1 : 0));
  const view = (noise: number) =>
    makeView({ y, score: y.map((t) => Math.min(0.99, Math.max(0.01, 0.5 + (t - 0.5) * 0.6 + (rng() - 0.5) * noise))), strings: { region: y.map((_, i) => ['a', 'b', 'c'][i % 3]!) } });
  return { base: view(0.4), cur: view(0.9) };
}

describe('releaseLossTerms', () => {
  it("frees a class run's loss terms and leaves the rest of the run alone", () => {
    const { cur } = pair();
    const space = unifyClasses(null, cur);
    const caps = capabilities(null, cur);
    const run = buildClassRun(cur, usableRows(cur, caps), space, space.curMap, caps);
    const ll = run.ll!;
    const br = run.br!;
    expect(ll.length).toBe(n);
    releaseLossTerms(run);
    expect(run.ll).toBeNull();
    expect(run.br).toBeNull();
    // Detached: the memory is given back now, not at the collector's next turn.
    expect(ll.length).toBe(0);
    expect(br.length).toBe(0);
    expect(run.score!.length).toBe(n);
    expect(run.conf!.length).toBe(n);
    const reg = makeView({ task: 'regression', y: [1, 2, 3], pred: [1, 2, 2] });
    const regRun = buildRegRun(reg, usableRows(reg, capabilities(null, reg)));
    releaseLossTerms(regRun);
    expect(regRun.y.length).toBe(3);
  });

  it('is applied after the headline metrics; the analysis keeps its log loss, Brier score and calibration', () => {
    const { base, cur } = pair();
    const opts = { ...DEFAULT_PERFORMANCE_OPTIONS, seed: 3 };
    const start = startPerformance(base, cur, opts);
    if (start.done) throw new Error('expected a comparison');
    const h = headlinePerformance(start);
    for (const run of [h.p.base!, h.p.cur]) if (run.kind === 'class') expect([run.ll, run.br]).toEqual([null, null]);
    const names = h.metrics.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['log_loss', 'brier', 'ece']));
    for (const name of ['log_loss', 'brier', 'ece'] as const) {
      const m = h.metrics.find((x) => x.name === name)!;
      expect(Number.isFinite(m.baseline) && Number.isFinite(m.current) && m.ci !== null).toBe(true);
    }
    const whole = finishPerformance(h, []);
    expect(whole.calibration?.current.ece).toBeGreaterThan(0);
    const fresh = pair();
    const again = analyzePerformance(fresh.base, fresh.cur, opts);
    expect(whole.metrics).toEqual(again.metrics);
    expect(whole.calibration).toEqual(again.calibration);
  });
});

describe('buildClassRun with the other run', () => {
  it("takes the other run's true classes when the label array, rows and class map are its, and builds its own otherwise", () => {
    const { base, cur } = pair();
    // A twin label column: one array in both views (decision 0034).
    const twin = { ...cur, yTrue: base.yTrue };
    const space = unifyClasses(base, twin);
    const caps = capabilities(base, twin);
    const rows = usableRows(base, caps);
    const runB = buildClassRun(base, rows, space, space.baseMap!, caps);
    const alone = buildClassRun(twin, rows, space, space.curMap, caps);
    const withOther = buildClassRun(twin, rows, space, space.curMap, caps, runB);
    expect(withOther.y).toBe(runB.y);
    for (const k of ['y', 'pred', 'correct', 'cell'] as const) expect(Array.from(withOther[k])).toEqual(Array.from(alone[k]));
    // Other rows, another map or another label array: a run's own classes.
    const fewer = rows.subarray(0, rows.length - 1);
    expect(buildClassRun(twin, fewer, space, space.curMap, caps, runB).y).not.toBe(runB.y);
    const flipped = Int32Array.from(space.curMap, (c) => (c < 0 ? c : 1 - c));
    const other = buildClassRun(twin, rows, space, flipped, caps, runB);
    expect(other.y).not.toBe(runB.y);
    expect(Array.from(other.y)).toEqual(Array.from(runB.y, (c) => 1 - c));
    expect(buildClassRun(cur, rows, space, space.curMap, caps, runB).y).not.toBe(runB.y);
  });
});
