/**
 * Two-sample comparisons of numeric columns from their sketches (fixed-edge histograms on the
 * baseline's percentiles, src/artifacts/summary.ts), in the SampleComparison shape of the row
 * path (data/drift.ts compareNumeric) so the same decisions and texts apply.
 *
 * What is exact and what is bounded:
 * - PSI: exact. The row path bins on the baseline deciles (quantileEdges(…, 10)); those edges are
 *   sketch edges, so each decile bin is a union of sketch bins.
 * - KS: the CDFs are known exactly at the edges. D at the edges is a lower bound of the row KS
 *   statistic; within a bin each CDF moves by at most that bin's mass, so the row statistic is at
 *   most max over bins of |F_b(hi) − F_c(lo)| and |F_c(hi) − F_b(lo)| (`ksUpper`). The p-value is
 *   taken at the lower bound: conservative, never a false alarm the rows would not raise.
 * - Means: exact. Medians, IQR and Wasserstein-1: from the edges (within one sketch bin).
 */
import type { Sketch } from '../../artifacts/summary.js';
import { binIndex, psi, psiNoiseFloor } from '../stats/distance.js';
import { ksPValue } from '../stats/two-sample.js';
import type { SampleComparison } from '../data/types.js';

export interface SketchComparison extends SampleComparison {
  /** Upper bound of the row KS statistic (numeric.ks is the lower bound). */
  readonly ksUpper: number;
}

/** Counts on the PSI decile bins: sketch bin b (upper edge edges[b]) falls in decile bin binIndex(psi_edges, edges[b]). */
export function decileCounts(s: Sketch): Float64Array {
  const pe = Float64Array.from(s.psi_edges);
  const out = new Float64Array(pe.length + 1);
  for (let b = 0; b < s.counts.length; b++) {
    const d = b < s.edges.length ? binIndex(pe, s.edges[b]!) : pe.length;
    out[d]! += s.counts[b]!;
  }
  return out;
}

function total(a: readonly number[]): number {
  let t = 0;
  for (const x of a) t += x;
  return t;
}

/** CDF at each edge (share of finite values ≤ edge). */
function cdfAtEdges(s: Sketch): Float64Array {
  const n = total(s.counts);
  const out = new Float64Array(s.edges.length);
  let c = 0;
  for (let b = 0; b < s.edges.length; b++) {
    c += s.counts[b]!;
    out[b] = n > 0 ? c / n : 0;
  }
  return out;
}

/** KS statistic bracketed from two sketches on the same edges. */
export function ksBounds(base: Sketch, cur: Sketch): { lower: number; upper: number } {
  const fb = cdfAtEdges(base);
  const fc = cdfAtEdges(cur);
  let lower = 0;
  let upper = 0;
  for (let b = 0; b <= fb.length; b++) {
    const hiB = b < fb.length ? fb[b]! : 1;
    const hiC = b < fc.length ? fc[b]! : 1;
    const loB = b > 0 ? fb[b - 1]! : 0;
    const loC = b > 0 ? fc[b - 1]! : 0;
    if (b < fb.length) lower = Math.max(lower, Math.abs(hiB - hiC));
    upper = Math.max(upper, Math.abs(hiB - loC), Math.abs(hiC - loB));
  }
  return { lower, upper: Math.max(upper, lower) };
}

/** Value at quantile q from a sketch: the first edge whose CDF reaches q (min / max at the ends). */
function quantileOf(s: Sketch, q: number): number {
  const f = cdfAtEdges(s);
  for (let b = 0; b < f.length; b++) if (f[b]! >= q) return s.edges[b]!;
  return s.max ?? NaN;
}

/** Wasserstein-1 from the CDFs at the edges (∫|F_b − F_c|, each CDF held at its value between edges). */
function wassersteinOf(base: Sketch, cur: Sketch): number {
  const fb = cdfAtEdges(base);
  const fc = cdfAtEdges(cur);
  const lo = Math.min(base.min ?? Infinity, cur.min ?? Infinity);
  const hi = Math.max(base.max ?? -Infinity, cur.max ?? -Infinity);
  const e = base.edges;
  if (e.length === 0) return Math.abs(base.sum / Math.max(1, total(base.counts)) - cur.sum / Math.max(1, total(cur.counts)));
  let w = 0;
  // Below the first edge the CDFs are unknown between lo and e0: their midpoint values.
  w += (Math.abs(fb[0]! - fc[0]!) / 2) * Math.max(0, e[0]! - lo);
  for (let b = 0; b + 1 < e.length; b++) w += Math.abs(fb[b]! - fc[b]!) * (e[b + 1]! - e[b]!);
  const last = e.length - 1;
  w += (Math.abs(fb[last]! - fc[last]!) / 2) * Math.max(0, hi - e[last]!);
  return w;
}

/** Compares two sketches (same edges: the current run summarized with the baseline's). Null when a side is empty. */
export function compareSketches(base: Sketch, cur: Sketch): SketchComparison | null {
  const nb = total(base.counts);
  const nc = total(cur.counts);
  if (nb === 0 || nc === 0) return null;
  const bc = decileCounts(base);
  const cc = decileCounts(cur);
  let occupied = 0;
  for (let i = 0; i < bc.length; i++) if (bc[i]! + cc[i]! > 0) occupied++;
  const p = psi(bc, cc);
  const noise = psiNoiseFloor(occupied, nb, nc);
  const ks = ksBounds(base, cur);
  // Asymptotic p-value: the exact one needs the rows' tie structure, which the bins do not keep.
  const test = ksPValue(ks.lower, nb, nc, { method: 'asymp' });
  const iqr = quantileOf(base, 0.75) - quantileOf(base, 0.25);
  const meanB = base.sum / nb;
  // The row path falls back to the standard deviation when the IQR is 0; a sketch keeps no sum of
  // squares, so it falls back to 1 (the scaled distance only words the evidence, it decides nothing).
  const scale = iqr > 0 ? iqr : 1;
  const w = wassersteinOf(base, cur);
  return {
    kind: 'number',
    nBase: nb,
    nCur: nc,
    bins: bc.length,
    psi: p,
    psiNoise: noise,
    psiExcess: Math.max(0, p - noise),
    pValue: test.pValue,
    ksUpper: ks.upper,
    numeric: {
      ks: ks.lower,
      ksP: test.pValue,
      ksMethod: 'asymp',
      wasserstein: w,
      scale,
      wassersteinScaled: w / scale,
      meanBase: meanB,
      meanCur: cur.sum / nc,
      medianBase: quantileOf(base, 0.5),
      medianCur: quantileOf(cur, 0.5),
      // Named for a changed training sample, which the summary path does not compare.
      reducedAt: null,
      // A sketch keeps quantiles, not per-value counts: no value moves on the summary path.
      valueMoves: null,
    },
    categorical: null,
  };
}

/** True when two sketches were made on the same edges (the current run summarized with the baseline's). */
export function sameEdges(a: Sketch, b: Sketch): boolean {
  return a.edges.length === b.edges.length && a.edges.every((e, i) => e === b.edges[i]) && a.psi_edges.length === b.psi_edges.length;
}
