// The binary score kernel's passes with each run's loop a function of its own (run-loops.ts,
// decision 0040) give the numbers of the passes written as loops nested in the loop over the runs,
// bit for bit: the references below are those nested loops, as the kernel had them.
import { describe, expect, it } from 'vitest';
import { makeKernel, metricNames } from '../../../src/analysis/performance/kernels.js';
import { buildClassRun, capabilities, unifyClasses, usableRows, type ClassRun } from '../../../src/analysis/performance/prepare.js';
import { RUN_BIN_END, RUN_TIES, scoreRuns } from '../../../src/analysis/performance/ranked.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { makeView } from './helpers.js';

interface Pos {
  /** In score order: weight, positive flag, confidence; the row of each position; the runs. */
  w: Float64Array;
  y: Uint8Array;
  conf: Float64Array;
  order: Int32Array;
  runs: Int32Array;
}

function positions(run: ClassRun): Pos {
  const r = run.ranked![0]!;
  const n = r.order.length;
  const binEnd = new Uint8Array(n);
  for (let j = 0; j < n; j++) binEnd[j] = j === n - 1 || run.bin![r.order[j + 1]!] !== run.bin![r.order[j]!] ? 1 : 0;
  return { w: r.weight, y: r.positive, conf: Float64Array.from(r.order, (row) => run.conf![row]!), order: r.order, runs: scoreRuns(r.groupEnd, binEnd) };
}

function refRankPass(p: Pos): { cum: number; tp: number; area: number; ap: number; ece: number } {
  const { w: c, y, conf, runs } = p;
  let cum = 0;
  let tp = 0;
  let area = 0;
  let ap = 0;
  let ece = 0;
  let tpBin = 0;
  let sc = 0;
  for (let k = 0; k < runs.length; k += 3) {
    const start = runs[k]!;
    const end = runs[k + 1]!;
    const flags = runs[k + 2]!;
    if (flags & RUN_TIES) {
      let gAll = 0;
      let gPos = 0;
      for (let j = start; j < end; j++) {
        gAll += c[j]!;
        gPos += c[j]! * y[j]!;
        sc += c[j]! * conf[j]!;
      }
      area += (gAll - gPos) * (tp + 0.5 * gPos);
      tp += gPos;
      cum += gAll;
      ap += (gPos * tp) / (cum + 1e-300);
    } else {
      for (let j = start; j < end; j++) {
        const cy = c[j]! * y[j]!;
        area += (c[j]! - cy) * (tp + 0.5 * cy);
        tp += cy;
        cum += c[j]!;
        ap += (cy * tp) / (cum + 1e-300);
        sc += c[j]! * conf[j]!;
      }
    }
    if (flags & RUN_BIN_END) {
      ece += Math.abs(tp - tpBin - sc);
      tpBin = tp;
      sc = 0;
    }
  }
  return { cum, tp, area, ap, ece };
}

function refLinearizeAuc(p: Pos, auc: number, N: number, P: number): Float64Array {
  const { w, y, order, runs } = p;
  const out = new Float64Array(w.length);
  let posAbove = 0;
  let negAbove = 0;
  for (let k = 0; k < runs.length; k += 3) {
    for (let g = runs[k]!; g < runs[k + 1]!; ) {
      // A tie run is one group; a distinct-score run, each position.
      const end = runs[k + 2]! & RUN_TIES ? runs[k + 1]! : g + 1;
      let gAll = 0;
      let gPos = 0;
      for (let q = g; q < end; q++) {
        gAll += w[q]!;
        gPos += w[q]! * y[q]!;
      }
      const gNeg = gAll - gPos;
      const v = (N - negAbove - gNeg + 0.5 * gNeg) / N;
      const u = (posAbove + 0.5 * gPos) / P;
      for (let q = g; q < end; q++) out[order[q]!] = y[q]! === 1 ? (w[q]! * (v - auc)) / P : (w[q]! * (u - auc)) / N;
      posAbove += gPos;
      negAbove += gNeg;
      g = end;
    }
  }
  return out;
}

function refLinearizeAp(p: Pos, ap: number, W: number, P: number): Float64Array {
  const { w, y, order, runs } = p;
  const out = new Float64Array(w.length);
  let cum = W;
  let tp = P;
  let s1 = 0;
  let s2 = 0;
  for (let k = runs.length - 3; k >= 0; k -= 3) {
    for (let g = runs[k + 1]!; g > runs[k]!; ) {
      const start = runs[k + 2]! & RUN_TIES ? runs[k]! : g - 1;
      let gAll = 0;
      let gPos = 0;
      for (let q = start; q < g; q++) {
        gAll += w[q]!;
        gPos += w[q]! * y[q]!;
      }
      const a = cum > 0 ? tp / cum : 0;
      if (cum > 0) {
        s1 += gPos / cum;
        s2 += (gPos * a) / cum;
      }
      for (let q = start; q < g; q++) out[order[q]!] = (w[q]! * (y[q]! * a + y[q]! * s1 - s2 - ap * y[q]!)) / P;
      cum -= gAll;
      tp -= gPos;
      g = start;
    }
  }
  return out;
}

function refLinearizeEce(p: Pos, ece: number, W: number): Float64Array {
  const { w, y, conf, order, runs } = p;
  const out = new Float64Array(w.length);
  let binStart = 0;
  for (let k = 0; k < runs.length; k += 3) {
    if (!(runs[k + 2]! & RUN_BIN_END) && k + 3 < runs.length) continue;
    const end = runs[k + 1]!;
    let d = 0;
    for (let q = binStart; q < end; q++) d += w[q]! * (y[q]! - conf[q]!);
    const sign = d < 0 ? -1 : 1;
    for (let q = binStart; q < end; q++) out[order[q]!] = (w[q]! * (sign * (y[q]! - conf[q]!) - ece)) / W;
    binStart = end;
  }
  return out;
}

/** The same doubles, bit for bit (-0 and +0 apart, NaN equal to NaN). */
function sameBits(a: Float64Array, b: Float64Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

describe('binary score kernel passes, each run a function of its own (decision 0040)', () => {
  it.each(['unweighted', 'weighted'] as const)('%s: the point values and linearizations of AUC, AP and ECE are the nested loops\' bit for bit', (tag) => {
    const rng = createRng(11);
    const n = 4000;
    const y = Array.from({ length: n }, () => (rng() < 0.35 ? 1 : 0));
    // Scores on a grid of 0.01 with a few long tie groups and stretches of distinct scores.
    const score = y.map((t, i) => (i % 7 === 0 ? Math.round((0.2 + 0.35 * rng() * (1 + t)) * 1e6) / 1e6 : Math.round(Math.min(1, Math.max(0, 0.25 + 0.35 * t + 0.3 * (rng() - 0.5))) * 100) / 100));
    const weight = tag === 'weighted' ? y.map(() => 0.5 + rng()) : null;
    const v = makeView({ y, score, weight });
    const caps = capabilities(null, v);
    const space = unifyClasses(null, v);
    const run = buildClassRun(v, usableRows(v, caps), space, space.curMap, caps);
    const names = metricNames([run]);
    const kernel = makeKernel(run, names);
    const point = new Float64Array(names.length);
    kernel.evaluate(null, point);
    const p = positions(run);
    // The data has what the passes tell apart: tie runs, distinct-score runs and several bins.
    let ties = 0;
    let bins = 0;
    for (let k = 0; k < p.runs.length; k += 3) {
      ties += p.runs[k + 2]! & RUN_TIES ? 1 : 0;
      bins += p.runs[k + 2]! & RUN_BIN_END ? 1 : 0;
    }
    expect(ties).toBeGreaterThan(20);
    expect(p.runs.length / 3 - ties).toBeGreaterThan(20);
    expect(bins).toBeGreaterThan(5);

    const r = refRankPass(p);
    const at = (name: string): number => point[names.indexOf(name as (typeof names)[number])]!;
    expect(Object.is(at('auc'), r.area / (r.tp * (r.cum - r.tp)))).toBe(true);
    expect(Object.is(at('average_precision'), r.ap / r.tp)).toBe(true);
    expect(Object.is(at('ece'), r.ece / r.cum)).toBe(true);

    let W = 0;
    let P = 0;
    for (let q = 0; q < p.w.length; q++) {
      W += p.w[q]!;
      P += p.w[q]! * p.y[q]!;
    }
    const got = new Float64Array(run.n);
    const check = (name: string, want: Float64Array): void => {
      expect(kernel.linearize(names.indexOf(name as (typeof names)[number]), got)).toBe(true);
      expect(sameBits(got, want), name).toBe(true);
    };
    check('auc', refLinearizeAuc(p, at('auc'), W - P, P));
    check('average_precision', refLinearizeAp(p, at('average_precision'), W, P));
    check('ece', refLinearizeEce(p, at('ece'), W));
  });
});
