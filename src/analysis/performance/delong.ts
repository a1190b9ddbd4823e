/**
 * DeLong's test for ROC AUC (DeLong, DeLong & Clarke-Pearson 1988; the placement-value form of
 * Sun & Xu 2014). Used for segment AUCs: a per-segment bootstrap would cost rows × resamples
 * for every segment of every column, and a scan needs p-values far below 1/resamples for the
 * Benjamini–Hochberg step; DeLong is the standard analytic test for (paired) AUCs and needs one
 * pass over a score order that is already sorted.
 *
 * Placement values: V10(x) = share of negatives scored below positive x (ties count 1/2),
 * V01(y) = share of positives scored above negative y. AUC = mean V10 = mean V01, and
 * Var(AUC) = S10/m + S01/n with S the sample variances (ddof 1) of the placements.
 */
import { normalQuantile, normalTwoSidedP } from './special.js';
import type { Interval } from './types.js';

export interface Placements {
  readonly auc: number;
  /** Positives and negatives in the segment. */
  readonly m: number;
  readonly n: number;
  /** Placement value per analysis row (V10 for positives, V01 for negatives); only member rows are set. */
  readonly v: Float64Array;
  readonly s10: number;
  readonly s01: number;
}

/**
 * Placements of a segment's rows. `rows` lists them by score descending (a filtered copy of
 * the run's score order), `positive[row]` is 1 for the positive class; the values are written
 * to `out[row]`. Returns null unless there are at least two positives and two negatives.
 */
export function placements(
  rows: Int32Array,
  score: Float64Array,
  positive: ArrayLike<number>,
  out: Float64Array = new Float64Array(score.length),
): Placements | null {
  let m = 0;
  for (let j = 0; j < rows.length; j++) m += positive[rows[j]!]! ? 1 : 0;
  const n = rows.length - m;
  if (m < 2 || n < 2) return null;
  let posAbove = 0;
  let negAbove = 0;
  let j = 0;
  while (j < rows.length) {
    // One tie group: rows[j..k).
    const s = score[rows[j]!]!;
    let gPos = 0;
    let k = j;
    for (; k < rows.length && score[rows[k]!] === s; k++) gPos += positive[rows[k]!]! ? 1 : 0;
    const gNeg = k - j - gPos;
    const v10 = (n - negAbove - gNeg + 0.5 * gNeg) / n;
    const v01 = (posAbove + 0.5 * gPos) / m;
    for (let q = j; q < k; q++) out[rows[q]!] = positive[rows[q]!]! ? v10 : v01;
    posAbove += gPos;
    negAbove += gNeg;
    j = k;
  }
  let auc = 0;
  for (let q = 0; q < rows.length; q++) if (positive[rows[q]!]) auc += out[rows[q]!]!;
  auc /= m;
  let s10 = 0;
  let s01 = 0;
  for (let q = 0; q < rows.length; q++) {
    const r = rows[q]!;
    const d = out[r]! - auc;
    if (positive[r]) s10 += d * d;
    else s01 += d * d;
  }
  return { auc, m, n, v: out, s10: s10 / (m - 1), s01: s01 / (n - 1) };
}

/**
 * Placements of every segment of one column at once, in one pass over the run's score order
 * (issue 11): `codes[j]` is the segment of the row at score position j (-1: none), `positive[j]`
 * and `groupEnd[j]` come from the run's Ranked. A segment's tie groups are the run's tie groups
 * restricted to it, and each segment's sums run over its rows in score order, as `placements`
 * does over that segment's filtered order: the values are the same, bit for bit. The placement
 * of the row at position j is written to `out[j]` (positions, not rows: every read here is
 * sequential). A segment with fewer than two positives or negatives gets NaN for its AUC.
 */
export interface SegmentPlacements {
  readonly auc: Float64Array;
  readonly m: Int32Array;
  readonly n: Int32Array;
  readonly s10: Float64Array;
  readonly s01: Float64Array;
  /** Placement value per score position (the segment's V10 or V01). */
  readonly v: Float64Array;
}

export function segmentPlacements(codes: Int32Array, positive: Uint8Array, groupEnd: Uint8Array, labels: number, out: Float64Array): SegmentPlacements {
  const len = codes.length;
  // Counts and sums by [negative, positive] slot, picked by the positive flag rather than by a
  // branch: the flag is as good as random along the score order, and its mispredictions cost a
  // third of these passes at 10^6 rows. Each slot sees the same additions in the same order.
  const nm = new Int32Array(2 * labels);
  for (let j = 0; j < len; j++) {
    const l = codes[j]!;
    if (l < 0) continue;
    nm[2 * l + positive[j]!]!++;
  }
  const m = new Int32Array(labels);
  const n = new Int32Array(labels);
  for (let l = 0; l < labels; l++) {
    n[l] = nm[2 * l]!;
    m[l] = nm[2 * l + 1]!;
  }
  const posAbove = new Int32Array(labels);
  const negAbove = new Int32Array(labels);
  // A tie group's counts, values and AUC terms by [negative, positive] slot as well: g[2l] and
  // g[2l + 1] count its negatives and positives of label l, value[2l] is their V01 and
  // value[2l + 1] their V10, aucTerm[2l] is 0 (a negative adds nothing to the AUC sum; adding +0 to
  // a sum of non-negative values leaves its bits unchanged) and aucTerm[2l + 1] the V10.
  const g = new Int32Array(2 * labels);
  const value = new Float64Array(2 * labels);
  const aucTerm = new Float64Array(2 * labels);
  const aucSum = new Float64Array(labels);
  const touched = new Int32Array(labels);
  let j = 0;
  while (j < len) {
    if (groupEnd[j]) {
      // A group of one position (every position, when no two scores tie): the general form below
      // with gPos + gNeg = 1, the same values bit for bit, without its bookkeeping of touched labels.
      const l = codes[j]!;
      if (l >= 0) {
        if (positive[j]) {
          const nl = n[l]!;
          const v = (nl - negAbove[l]!) / nl;
          out[j] = v;
          aucSum[l] += v;
          posAbove[l]!++;
        } else {
          out[j] = posAbove[l]! / m[l]!;
          negAbove[l]!++;
        }
      }
      j++;
      continue;
    }
    // One tie group of the run: positions [j, k).
    let k = j;
    let nt = 0;
    for (;;) {
      const l = codes[k]!;
      if (l >= 0) {
        if (g[2 * l] === 0 && g[2 * l + 1] === 0) touched[nt++] = l;
        g[2 * l + positive[k]!]!++;
      }
      if (groupEnd[k++]) break;
    }
    for (let t = 0; t < nt; t++) {
      const l = touched[t]!;
      const nl = n[l]!;
      const gNeg = g[2 * l]!;
      const v10 = (nl - negAbove[l]! - gNeg + 0.5 * gNeg) / nl;
      value[2 * l + 1] = v10;
      aucTerm[2 * l + 1] = v10;
      value[2 * l] = (posAbove[l]! + 0.5 * g[2 * l + 1]!) / m[l]!;
    }
    for (let q = j; q < k; q++) {
      const l = codes[q]!;
      if (l < 0) continue;
      const slot = 2 * l + positive[q]!;
      out[q] = value[slot]!;
      aucSum[l] += aucTerm[slot]!;
    }
    for (let t = 0; t < nt; t++) {
      const l = touched[t]!;
      posAbove[l] += g[2 * l + 1]!;
      negAbove[l] += g[2 * l]!;
      g[2 * l] = 0;
      g[2 * l + 1] = 0;
    }
    j = k;
  }
  const auc = new Float64Array(labels);
  for (let l = 0; l < labels; l++) auc[l] = m[l]! >= 2 && n[l]! >= 2 ? aucSum[l]! / m[l]! : NaN;
  const s10 = new Float64Array(labels);
  const s01 = new Float64Array(labels);
  const ss = new Float64Array(2 * labels);
  for (let q = 0; q < len; q++) {
    const l = codes[q]!;
    if (l < 0) continue;
    const d = out[q]! - auc[l]!;
    ss[2 * l + positive[q]!] += d * d;
  }
  for (let l = 0; l < labels; l++) {
    s10[l] = ss[2 * l + 1]! / (m[l]! - 1);
    s01[l] = ss[2 * l]! / (n[l]! - 1);
  }
  return { auc, m, n, s10, s01, v: out };
}

/** One segment's entry of SegmentPlacements, as `placements` returns it; null below two positives or negatives. */
export function segmentEntry(p: SegmentPlacements, l: number): Omit<Placements, 'v'> | null {
  if (p.m[l]! < 2 || p.n[l]! < 2) return null;
  return { auc: p.auc[l]!, m: p.m[l]!, n: p.n[l]!, s10: p.s10[l]!, s01: p.s01[l]! };
}

export interface AucComparison {
  readonly base: number;
  readonly cur: number;
  readonly delta: number;
  readonly p: number;
  readonly ci: Interval | null;
  readonly paired: boolean;
}

/**
 * Compares two AUCs. Paired (same rows, same labels) adds the covariance of the placements;
 * otherwise the variances add. For the paired form the segment's rows must be positive or
 * negative alike in both runs, which the caller checks.
 */
export function compareAucs(
  b: Placements,
  c: Placements,
  paired: { rows: Int32Array; positive: ArrayLike<number> } | null,
  level: number,
): AucComparison {
  let cov = 0;
  if (paired) {
    let c10 = 0;
    let c01 = 0;
    const { rows, positive } = paired;
    for (let q = 0; q < rows.length; q++) {
      const r = rows[q]!;
      const prod = (b.v[r]! - b.auc) * (c.v[r]! - c.auc);
      if (positive[r]) c10 += prod;
      else c01 += prod;
    }
    cov = pairedAucCov(b, c10, c01);
  }
  return aucTest(b, c, paired ? cov : null, level);
}

/** The covariance term of paired AUCs from the sums of placement products over positives (c10) and negatives (c01). */
export function pairedAucCov(b: Pick<Placements, 'm' | 'n'>, c10: number, c01: number): number {
  return c10 / (b.m - 1) / b.m + c01 / (b.n - 1) / b.n;
}

/** The DeLong test of two AUCs given their placement variances and, paired, their covariance (null: unpaired). */
export function aucTest(b: Omit<Placements, 'v'>, c: Omit<Placements, 'v'>, pairedCov: number | null, level: number): AucComparison {
  const varB = b.s10 / b.m + b.s01 / b.n;
  const varC = c.s10 / c.m + c.s01 / c.n;
  const cov = pairedCov ?? 0;
  const paired = pairedCov !== null;
  const delta = c.auc - b.auc;
  const sd = Math.sqrt(Math.max(0, varB + varC - 2 * cov));
  const p = sd > 0 ? normalTwoSidedP(delta / sd) : delta === 0 ? 1 : 0;
  const z = normalQuantile(1 - (1 - level) / 2);
  return { base: b.auc, cur: c.auc, delta, p, ci: [delta - z * sd, delta + z * sd], paired };
}
