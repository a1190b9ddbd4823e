/**
 * DeLong's test for ROC AUC (DeLong, DeLong & Clarke-Pearson 1988; the placement-value form of
 * Sun & Xu 2014). Used for segment AUCs: a per-segment bootstrap would cost rows × resamples
 * for every segment of every column, and a scan needs p-values far below 1/resamples for the
 * Benjamini–Hochberg step; DeLong is the standard analytic test for (paired) AUCs and needs one
 * pass over a score order that is already sorted.
 *
 * Placement values: V10(x) = share of negatives scored below positive x (ties count 1/2),
 * V01(y) = share of positives scored above negative y. AUC = mean V10 = mean V01 (computed as
 * Mann–Whitney's U over m·n, decision 0048), and
 * Var(AUC) = S10/m + S01/n with S the sample variances (ddof 1) of the placements.
 */
import { normalQuantile, normalTwoSidedP } from './special.js';
import type { Interval } from './types.js';
import type { SegmentCodes } from './segment-columns.js';
import { RUN_TIES } from './ranked.js';

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
  let u = 0;
  let j = 0;
  while (j < rows.length) {
    // One tie group: rows[j..k).
    const s = score[rows[j]!]!;
    let gPos = 0;
    let k = j;
    for (; k < rows.length && score[rows[k]!] === s; k++) gPos += positive[rows[k]!]! ? 1 : 0;
    const gNeg = k - j - gPos;
    const x10 = n - negAbove - gNeg + 0.5 * gNeg;
    const v10 = x10 / n;
    const v01 = (posAbove + 0.5 * gPos) / m;
    u += gPos * x10;
    for (let q = j; q < k; q++) out[rows[q]!] = positive[rows[q]!]! ? v10 : v01;
    posAbove += gPos;
    negAbove += gNeg;
    j = k;
  }
  // Mann–Whitney's U (the positives' numerators, multiples of ½, exact) over m·n.
  const auc = u / (m * n);
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
 * Placements of every segment of one column at once, in passes over the run's score order
 * (issue 11): `slot[j]` is 2·label + positive of the row at score position j (label `labels` for
 * a row in no segment; `placementSlots` builds it) and `ties` lists the run's tie groups
 * (`tieGroups`). A segment's tie groups are the run's tie groups restricted to it: the placement
 * values are those `placements` gives over that segment's filtered order, bit for bit, and so are
 * the AUCs (U / (m·n)) and the spreads (summed over the segment's rows in score order). The
 * placement of the row at position j is written to `out[j]` (positions, not rows). A segment with
 * fewer than two positives or negatives gets NaN for its AUC.
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

/**
 * The slots of `segmentPlacements`: out[j] = 2·label + positive for the row at score position j,
 * where label is codes[order[j]], or `labels` when that is -1.
 */
export function placementSlots(
  codes: SegmentCodes,
  ranked: { readonly order: Int32Array; readonly identity: boolean; readonly positive: Uint8Array },
  labels: number,
  out: Int32Array,
): Int32Array {
  const none = labels + 1;
  const { order, positive } = ranked;
  // -1 >> 31 is -1 and any label's is 0: a code of -1 becomes `labels` without a branch.
  if (ranked.identity) {
    for (let j = 0; j < out.length; j++) {
      const c = codes[j]!;
      out[j] = 2 * (c + ((c >> 31) & none)) + positive[j]!;
    }
  } else {
    for (let j = 0; j < out.length; j++) {
      const c = codes[order[j]!]!;
      out[j] = 2 * (c + ((c >> 31) & none)) + positive[j]!;
    }
  }
  return out;
}

export function segmentPlacements(slot: Int32Array, ties: TieGroups, labels: number, out: Float64Array, total: Int32Array = slotTotals(slot, labels)): SegmentPlacements {
  const p = segmentPlacementValues(slot, ties, total, labels, out);
  const ss = new Float64Array(2 * (labels + 1));
  const { auc, v } = p;
  for (let j = 0; j < slot.length; j++) {
    const s = slot[j]!;
    const d = v[j]! - auc[s >> 1]!;
    ss[s] += d * d;
  }
  return withSpread(p, ss);
}

/** SegmentPlacements without the spreads yet: `auc` has one more entry (0), for the rows in no segment. */
export interface PlacementValues {
  readonly auc: Float64Array;
  readonly m: Int32Array;
  readonly n: Int32Array;
  readonly v: Float64Array;
}

/**
 * The spreads of `p` from `ss`, each slot's sum of squared deviations from its label's AUC over
 * its rows in score order (the last pass of segmentPlacements, which a caller may fuse into one of
 * its own over the same order: segments.ts).
 */
export function withSpread(p: PlacementValues, ss: Float64Array): SegmentPlacements {
  const labels = p.m.length;
  const s10 = new Float64Array(labels);
  const s01 = new Float64Array(labels);
  for (let l = 0; l < labels; l++) {
    s10[l] = ss[2 * l + 1]! / (p.m[l]! - 1);
    s01[l] = ss[2 * l]! / (p.n[l]! - 1);
  }
  return { auc: p.auc.subarray(0, labels), m: p.m, n: p.n, s10, s01, v: p.v };
}

/**
 * Rows per placement slot (2·label + positive) of a run: what segmentPlacementValues needs before
 * its pass. A caller that has each label's positives and negatives counted already passes those.
 */
export function slotTotals(slot: Int32Array, labels: number): Int32Array {
  const total = new Int32Array(2 * (labels + 1));
  for (let j = 0; j < slot.length; j++) total[slot[j]!]!++;
  return total;
}

/**
 * The tie groups of a run's score order, by size, for segmentPlacementValues: the first positions
 * of the groups of two (`pairs`) and of three (`triples`), and [start, end) of the larger ones
 * (`larger`). Made once per run from its runs (scoreRuns in ranked.ts: [start, end, flags]
 * triples, flag RUN_TIES on a tie group) and read by every segmenter's pass: apart, each list is a
 * loop with one kind of group, where the runs mix tie groups of every size with stretches of
 * distinct scores, and a walk over them mispredicted its branches on most runs.
 */
export interface TieGroups {
  readonly pairs: Int32Array;
  readonly triples: Int32Array;
  readonly larger: Int32Array;
}

export function tieGroups(runs: Int32Array): TieGroups {
  let n2 = 0;
  let n3 = 0;
  let nl = 0;
  for (let k = 0; k < runs.length; k += 3) {
    if (!(runs[k + 2]! & RUN_TIES)) continue;
    const len = runs[k + 1]! - runs[k]!;
    if (len === 2) n2++;
    else if (len === 3) n3++;
    else if (len > 3) nl++;
  }
  const pairs = new Int32Array(n2);
  const triples = new Int32Array(n3);
  const larger = new Int32Array(2 * nl);
  n2 = n3 = nl = 0;
  for (let k = 0; k < runs.length; k += 3) {
    if (!(runs[k + 2]! & RUN_TIES)) continue;
    const start = runs[k]!;
    const len = runs[k + 1]! - start;
    if (len === 2) pairs[n2++] = start;
    else if (len === 3) triples[n3++] = start;
    else if (len > 3) {
      larger[nl++] = start;
      larger[nl++] = start + len;
    }
  }
  return { pairs, triples, larger };
}

/**
 * The placements and AUCs of segmentPlacements, before the pass for the spreads (withSpread).
 * `ties` holds the tie groups of the score order (tieGroups), `total` the rows per slot
 * (slotTotals).
 */
export function segmentPlacementValues(slot: Int32Array, ties: TieGroups, total: Int32Array, labels: number, out: Float64Array): PlacementValues {
  // Decision 0048. A row's placement counts, for the opposite class's slot o = s ^ 1 of its label
  // (T rows in all), the rows of slot o in earlier tie groups (B) or in later ones (A), and half of
  // those in its own tie group (G = T - A - B): a positive's V10 = (A + ½·G) / T, a negative's
  // V01 = (B + ½·G) / T. The numerators are multiples of ½ below 2^31, exact, so each value is the
  // one `placements` gives, bit for bit.
  //
  // The rows between the large tie groups (more than three rows) as if no score there were tied
  // (tiedAsDistinct: X = rows of slot o at earlier positions, a positive's numerator T - X, a
  // negative's X), in loops with no branch on the data; each large group with B and G counted
  // (largeTieGroup); then the groups of two and three rows correct what a tied row of slot o
  // counted on the wrong side (correctSmallTies). Scores written with a few decimals tie in small
  // groups: on the bench pair's 10^6 rows, 311,000 runs of 3.2 rows on average (128,000 tie groups
  // of two, 39,000 of three, 12,000 larger ones with 300,000 rows), and a loop per run (three per
  // tie group) spent its time in mispredicted loop exits.
  //
  // The AUC is the sum of the positives' numerators, exact in a double (below 2^53), over m·n:
  // Mann–Whitney's U / (m·n), rounded once (`placements` computes it the same way).
  const slots = 2 * (labels + 1);
  const num = new Float64Array(slots);
  const before = new Int32Array(slots);
  const inGroup = new Int32Array(slots);
  const { larger } = ties;
  let from = 0;
  for (let k = 0; k < larger.length; k += 2) {
    const start = larger[k]!;
    const end = larger[k + 1]!;
    tiedAsDistinct(slot, total, out, num, before, from, start);
    largeTieGroup(slot, total, out, num, before, inGroup, start, end);
    from = end;
  }
  tiedAsDistinct(slot, total, out, num, before, from, slot.length);
  correctSmallTies(slot, ties, total, out, num);
  const m = new Int32Array(labels);
  const n = new Int32Array(labels);
  const auc = new Float64Array(labels + 1);
  for (let l = 0; l < labels; l++) {
    n[l] = total[2 * l]!;
    m[l] = total[2 * l + 1]!;
    auc[l] = m[l]! >= 2 && n[l]! >= 2 ? num[2 * l + 1]! / (m[l]! * n[l]!) : NaN;
  }
  return { auc, m, n, v: out };
}

/**
 * segmentPlacementValues' pass over the positions [from, to): each row's placement numerator and
 * value as if its score were tied with no other (X = rows of the opposite slot at earlier
 * positions; a positive's T - X, a negative's X), into `out` and each slot's sum of numerators.
 */
function tiedAsDistinct(slot: Int32Array, total: Int32Array, out: Float64Array, num: Float64Array, before: Int32Array, from: number, to: number): void {
  for (let j = from; j < to; j++) {
    const s = slot[j]!;
    const o = s ^ 1;
    const b = before[o]!;
    const t = total[o]!;
    const x = s & 1 ? t - b : b;
    out[j] = x / t;
    num[s] += x;
    before[s]!++;
  }
}

/**
 * A tie group of more than three rows at [start, end): its rows of each slot counted first, so that
 * a row of slot s sees B (rows of slot o = s ^ 1 before the group, `before`) and G (in it). Each
 * loop a function of its own (decision 0040): the groups at the ends of a confident model's scores
 * hold thousands of rows, and one function's second loop, compiled on the stack from its first,
 * was left for want of type feedback, group after group.
 */
function largeTieGroup(slot: Int32Array, total: Int32Array, out: Float64Array, num: Float64Array, before: Int32Array, inGroup: Int32Array, start: number, end: number): void {
  countSlots(slot, inGroup, start, end);
  groupPlacements(slot, total, out, num, before, inGroup, start, end);
  closeGroup(slot, before, inGroup, start, end);
}

function countSlots(slot: Int32Array, inGroup: Int32Array, start: number, end: number): void {
  for (let j = start; j < end; j++) inGroup[slot[j]!]!++;
}

function groupPlacements(slot: Int32Array, total: Int32Array, out: Float64Array, num: Float64Array, before: Int32Array, inGroup: Int32Array, start: number, end: number): void {
  for (let j = start; j < end; j++) {
    const s = slot[j]!;
    const o = s ^ 1;
    const b = before[o]!;
    const t = total[o]!;
    const a = t - b - inGroup[o]!;
    const x = b + (s & 1) * (a - b) + 0.5 * (t - a - b);
    out[j] = x / t;
    num[s] += x;
  }
}

/** The group's rows move from `inGroup` to `before`. */
function closeGroup(slot: Int32Array, before: Int32Array, inGroup: Int32Array, start: number, end: number): void {
  for (let j = start; j < end; j++) {
    const s = slot[j]!;
    before[s]!++;
    inGroup[s] = 0;
  }
}

/**
 * segmentPlacementValues' last pass, over the tie groups of two and three rows: a row of slot s
 * counted the group's rows of slot s ^ 1 before it as above it and those after it as below; each
 * counts half either way. A pair of tied rows of one label and opposite classes moves both rows'
 * numerators by ½ (the earlier row a negative) or by −½ (a positive).
 */
function correctSmallTies(slot: Int32Array, ties: TieGroups, total: Int32Array, out: Float64Array, num: Float64Array): void {
  const { pairs, triples } = ties;
  for (let k = 0; k < pairs.length; k++) {
    const start = pairs[k]!;
    tiedPair(slot, total, out, num, start, start + 1);
  }
  for (let k = 0; k < triples.length; k++) {
    const start = triples[k]!;
    tiedPair(slot, total, out, num, start, start + 1);
    tiedPair(slot, total, out, num, start, start + 2);
    tiedPair(slot, total, out, num, start + 1, start + 2);
  }
}

/** correctSmallTies for the tied rows at positions i < k. */
function tiedPair(slot: Int32Array, total: Int32Array, out: Float64Array, num: Float64Array, i: number, k: number): void {
  const si = slot[i]!;
  if ((si ^ slot[k]!) !== 1) return;
  const d = si & 1 ? -0.5 : 0.5;
  moveNumerator(slot, total, out, num, i, d);
  moveNumerator(slot, total, out, num, k, d);
}

/**
 * Moves the placement numerator of position j by d. The numerator (a multiple of ½ up to T) comes
 * back from the value exactly: value · T is within T·2^-52 of it, so twice it rounds to it.
 */
function moveNumerator(slot: Int32Array, total: Int32Array, out: Float64Array, num: Float64Array, j: number, d: number): void {
  const s = slot[j]!;
  const t = total[s ^ 1]!;
  out[j] = (Math.round(2 * out[j]! * t) / 2 + d) / t;
  num[s] += d;
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
