// buildClassRun maps each row's true and predicted class through the run's class map. The rows
// come in score order, so the classes are first mapped to bytes in storage order and gathered
// from those (prepare.ts, classBytes); maps that do not fit in a byte take the classes directly.
// Either way the run's classes are map[class of the row], as computed here row by row.
import { describe, expect, it } from 'vitest';
import { buildClassRun, capabilities, unifyClasses, type ClassSpace } from '../../../src/analysis/performance/prepare.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import type { EvalView } from '../../../src/artifacts/types.js';
import { makeView } from './helpers.js';

function expectMapped(v: EvalView, rows: Int32Array, space: ClassSpace, map: Int32Array): void {
  const caps = capabilities(null, v);
  const run = buildClassRun(v, rows, space, map, caps);
  const k = run.k;
  const y = Array.from(rows, (r) => map[v.yTrue[r]!]!);
  const pred = Array.from(rows, (r) => map[v.yPred![r]!]!);
  expect(Array.from(run.y)).toEqual(y);
  expect(Array.from(run.pred)).toEqual(pred);
  expect(Array.from(run.correct)).toEqual(y.map((c, i) => +(c === pred[i])));
  expect(Array.from(run.cell)).toEqual(y.map((c, i) => c * k + pred[i]!));
}

/** The rows in a shuffled order (as a score order is to storage order), without the ones listed. */
function shuffledRows(n: number, seed: number, without: ReadonlySet<number> = new Set()): Int32Array {
  const rng = createRng(seed);
  const rows = Array.from({ length: n }, (_, i) => i).filter((i) => !without.has(i));
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return Int32Array.from(rows);
}

describe('buildClassRun classes', () => {
  it('maps a binary run through its map, flipped or not, over rows in any order', () => {
    const rng = createRng(3);
    const n = 3000;
    const y = Array.from({ length: n }, () => (rng() < 0.4 ? 1 : 0));
    const v = makeView({ y, score: y.map((t) => Math.min(0.99, Math.max(0.01, 0.5 + (t - 0.5) * 0.5 + (rng() - 0.5) * 0.8))) });
    const space = unifyClasses(null, v);
    const rows = shuffledRows(n, 4);
    expectMapped(v, rows, space, space.curMap);
    expectMapped(v, rows, space, Int32Array.from(space.curMap, (c) => 1 - c));
  });

  it('maps a multiclass run of more classes than a byte holds, and one with rows left out', () => {
    const rng = createRng(5);
    const n = 2000;
    const classes = Array.from({ length: 300 }, (_, c) => `c${c}`);
    const y = Array.from({ length: n }, () => Math.floor(rng() * 300));
    const pred = y.map((c) => (rng() < 0.7 ? c : Math.floor(rng() * 300)));
    const v = makeView({ y, pred, task: 'multiclass', classes });
    const space = unifyClasses(null, v);
    expectMapped(v, shuffledRows(n, 6), space, space.curMap);
    // A few classes only: the bytes path, with rows left out whose labels are not classes.
    const few = makeView({ y: y.map((c) => c % 5), pred: pred.map((c) => c % 5), task: 'multiclass', classes: classes.slice(0, 5) });
    const yTrue = Float64Array.from(few.yTrue);
    const gone = new Set([7, 70, 700]);
    for (const r of gone) yTrue[r] = NaN;
    const withGaps = { ...few, yTrue };
    const s5 = unifyClasses(null, withGaps);
    expectMapped(withGaps, shuffledRows(n, 8, gone), s5, s5.curMap);
  });
});
