import { describe, expect, it } from 'vitest';
import { analyzePerformance } from '../../../src/analysis/performance/index.js';
import { PARTIAL_PAIRING_MIN_PAIRS } from '../../../src/analysis/performance/prepare.js';
import { effectiveSize, signedZ } from '../../../src/analysis/performance/rank-segments.js';
import { fisherExact, mcnemarExact } from '../../../src/analysis/stats/exact-tests.js';
import { stoufferWeighted } from '../../../src/analysis/stats/rank-tests.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { cycle, makeView, OPTS, pairedRuns } from './helpers.js';

const REGIONS = ['north', 'south', 'east', 'west'];

describe('partial id match: paired where ids match, unpaired for the rest', () => {
  const n = 4000;
  const region = cycle(n, REGIONS);
  // 60% of the current rows keep their id (every row i with i % 5 < 3); the rest are renamed.
  const curIds = Array.from({ length: n }, (_, i) => (i % 5 < 3 ? `id${i}` : `new${i}`));
  const { base, cur } = pairedRuns({
    n,
    seed: 21,
    strings: { region },
    curIds,
    baseSkill: () => 0.85,
    curSkill: (i) => (region[i] === 'east' ? 0.77 : 0.85),
  });
  const a = analyzePerformance(base, cur, OPTS);

  it('stays unpaired for the headline and says the matched rows are tested paired', () => {
    expect(a.paired).toBe(false);
    expect(a.notes.join(' ')).toMatch(/2400 id-matched rows paired/);
  });

  it('combines the exact McNemar test of the matched rows and Fisher\'s test of the others by Stouffer\'s weighted Z', () => {
    const east = a.segments.find((s) => s.column === 'region' && s.value === 'east' && s.metric === 'accuracy')!;
    expect(east.test).toBe('partial_paired');
    const right = (v: typeof base, i: number) => (v.yPred![i] === v.yTrue[i] ? 1 : 0);
    let b = 0;
    let c = 0;
    let m = 0;
    let kb = 0;
    let nb = 0;
    let kc = 0;
    let nc = 0;
    for (let i = 0; i < n; i++) {
      if (region[i] !== 'east') continue;
      if (i % 5 < 3) {
        m++;
        if (right(base, i) && !right(cur, i)) b++;
        if (!right(base, i) && right(cur, i)) c++;
      } else {
        nb++;
        kb += right(base, i);
        nc++;
        kc += right(cur, i);
      }
    }
    const pPaired = mcnemarExact(b, c);
    const pLone = fisherExact(kb, nb - kb, kc, nc - kc);
    const expected = stoufferWeighted([
      { z: signedZ(pPaired, c - b), n: effectiveSize(m, m) },
      { z: signedZ(pLone, kc / nc - kb / nb), n: effectiveSize(nb, nc) },
    ]);
    expect(east.pValue).toBeCloseTo(expected.pValue, 12);
    expect(east.significant).toBe(true);
    // The segment's change itself is still read on all of its rows.
    expect(east.nCurrent).toBe(1000);
  });

  it('gains the power of the pairing when the matched rows keep most of their predictions', () => {
    // The same model but for 6% of the east rows, which it now gets wrong.
    const rng = createRng(24);
    const y = Array.from({ length: n }, () => (rng() < 0.4 ? 1 : 0));
    const pb = y.map((t) => (rng() < 0.15 ? 1 - t : t));
    const pc = pb.map((p, i) => (region[i] === 'east' && p === y[i] && rng() < 0.06 ? 1 - p : p));
    const base = makeView({ y, pred: pb, strings: { region } });
    const cur = makeView({ y, pred: pc, strings: { region }, ids: curIds });
    const east = analyzePerformance(base, cur, OPTS).segments.find((s) => s.column === 'region' && s.value === 'east')!;
    expect(east.test).toBe('partial_paired');
    const rows = [...Array(n).keys()].filter((i) => region[i] === 'east');
    const kb = rows.filter((i) => pb[i] === y[i]).length;
    const kc = rows.filter((i) => pc[i] === y[i]).length;
    const unpairedP = fisherExact(kb, rows.length - kb, kc, rows.length - kc);
    expect(east.pValue).toBeLessThan(unpairedP / 100);
    expect(east.significant).toBe(true);
  });

  it('tests bias groups the same way', () => {
    const n2 = 3000;
    const gender = cycle(n2, ['female', 'male']);
    const ids = Array.from({ length: n2 }, (_, i) => (i % 5 < 3 ? `id${i}` : `x${i}`));
    const runs = pairedRuns({
      n: n2,
      seed: 22,
      strings: { gender },
      protectedColumns: ['gender'],
      curIds: ids,
      baseSkill: () => 0.82,
      curSkill: (i) => (gender[i] === 'female' ? 0.72 : 0.83),
    });
    const b = analyzePerformance(runs.base, runs.cur, OPTS).bias[0]!;
    const female = b.groupTests.find((g) => g.group === 'female')!;
    expect(female.test).toBe('partial_paired');
    expect(b.worstChange?.group).toBe('female');
  });

  it('leaves a handful of matching ids out of the tests: too few pairs for a paired part', () => {
    const few = Array.from({ length: n }, (_, i) => (i < PARTIAL_PAIRING_MIN_PAIRS - 1 ? `id${i}` : `new${i}`));
    const runs = pairedRuns({ n, seed: 23, strings: { region }, curIds: few, baseSkill: () => 0.85, curSkill: () => 0.85 });
    const r = analyzePerformance(runs.base, runs.cur, OPTS);
    expect(r.segments.every((s) => s.test !== 'partial_paired')).toBe(true);
  });
});
