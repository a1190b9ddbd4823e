/**
 * The per-run loops of the binary score kernel's passes over the score order (kernels.ts), each a
 * function of its own (decision 0040). The kernel's passes walk the runs of the score order (tie
 * groups and stretches of distinct scores, scoreRuns in ranked.ts) and loop over each run's
 * positions. Written as one function with loops nested in the loop over the runs, a pass that a
 * review calls once or twice per run (10^6 positions, ~300,000 runs) was compiled by V8 on the
 * stack from its inner loops and left again at each of their exits, the interpreter running the
 * rest: 48-65 ms for the rank pass's first call here against 6-10 ms once compiled. A loop over
 * the runs that calls these functions is compiled whole (they are small and called per run, so
 * they are compiled and inlined early): 19-20 ms for the first call.
 *
 * Running sums go in and out through a small Float64Array, read at the start and written at the
 * end: each sum takes the same terms in the same order as in the nested loops, so the values are
 * the same, bit for bit.
 */

/** Slots of the rank pass's running sums. */
export const AREA = 0;
export const TP = 1;
export const CUM = 2;
export const AP = 3;
/** Σc·conf over the calibration bin so far (flushed at a bin end by the caller). */
export const SC = 4;
export const RANK_SUMS = 5;

/** A tie group's Σc into g[0] and Σc·y into g[1]; each position's c·conf added to g[2]. */
export function tieGroupSums(c: Float64Array, y: Uint8Array, conf: Float64Array, start: number, end: number, g: Float64Array): void {
  let gAll = 0;
  let gPos = 0;
  let sc = g[2]!;
  for (let j = start; j < end; j++) {
    const cj = c[j]!;
    gAll += cj;
    gPos += cj * y[j]!;
    sc += cj * conf[j]!;
  }
  g[0] = gAll;
  g[1] = gPos;
  g[2] = sc;
}

/**
 * A stretch of distinct scores in the rank pass: each position its own threshold, added to the
 * running sums s (AREA, TP, CUM, AP, SC). The 1e-300 keeps the precision term free of 0/0 without
 * a branch; it is far below any weight's ulp, so it never changes a value.
 */
export function distinctStretch(c: Float64Array, y: Uint8Array, conf: Float64Array, start: number, end: number, s: Float64Array): void {
  let area = s[AREA]!;
  let tp = s[TP]!;
  let cum = s[CUM]!;
  let ap = s[AP]!;
  let sc = s[SC]!;
  for (let j = start; j < end; j++) {
    const cj = c[j]!;
    const cy = cj * y[j]!;
    area += (cj - cy) * (tp + 0.5 * cy);
    tp += cy;
    cum += cj;
    ap += (cy * tp) / (cum + 1e-300);
    sc += cj * conf[j]!;
  }
  s[AREA] = area;
  s[TP] = tp;
  s[CUM] = cum;
  s[AP] = ap;
  s[SC] = sc;
}

/** A tie group's Σw into g[0] and Σw·y into g[1]. */
export function groupWeights(w: Float64Array, y: Uint8Array, start: number, end: number, g: Float64Array): void {
  let gAll = 0;
  let gPos = 0;
  for (let q = start; q < end; q++) {
    gAll += w[q]!;
    gPos += w[q]! * y[q]!;
  }
  g[0] = gAll;
  g[1] = gPos;
}

/** The row of score position q: order[q], or q when the rows are in score order already (order null). */
type Order = Int32Array | null;

/**
 * The AUC influence values of a tie group's positions (linearizeAuc): a positive's placement v, a
 * negative's u, less the AUC, over the positives or negatives.
 */
export function aucGroupValues(w: Float64Array, y: Uint8Array, order: Order, out: Float64Array, start: number, end: number, v: number, u: number, auc: number, P: number, N: number): void {
  for (let q = start; q < end; q++) {
    const l = y[q]! === 1 ? (w[q]! * (v - auc)) / P : (w[q]! * (u - auc)) / N;
    out[order === null ? q : order[q]!] = l;
  }
}

/**
 * A stretch of distinct scores in linearizeAuc, each position a group of one: the same sums, from
 * 0, as a tie group's. `above` carries the weights of positives (0) and negatives (1) above.
 */
export function aucStretch(w: Float64Array, y: Uint8Array, order: Order, out: Float64Array, start: number, end: number, auc: number, N: number, P: number, above: Float64Array): void {
  let posAbove = above[0]!;
  let negAbove = above[1]!;
  for (let q = start; q < end; q++) {
    const gAll = 0 + w[q]!;
    const gPos = 0 + w[q]! * y[q]!;
    const gNeg = gAll - gPos;
    const v = (N - negAbove - gNeg + 0.5 * gNeg) / N;
    const u = (posAbove + 0.5 * gPos) / P;
    out[order === null ? q : order[q]!] = y[q]! === 1 ? (w[q]! * (v - auc)) / P : (w[q]! * (u - auc)) / N;
    posAbove += gPos;
    negAbove += gNeg;
  }
  above[0] = posAbove;
  above[1] = negAbove;
}

/** Slots of linearizeAp's running sums, walked from the lowest score up. */
export const AP_CUM = 0;
export const AP_TP = 1;
export const AP_S1 = 2;
export const AP_S2 = 3;

/** The AP influence values of a tie group's positions, from its precision a and the suffix sums s1, s2. */
export function apGroupValues(w: Float64Array, y: Uint8Array, order: Order, out: Float64Array, start: number, end: number, a: number, s1: number, s2: number, ap: number, P: number): void {
  for (let q = start; q < end; q++) {
    const yq = y[q]!;
    out[order === null ? q : order[q]!] = (w[q]! * (yq * a + yq * s1 - s2 - ap * yq)) / P;
  }
}

/** A stretch of distinct scores in linearizeAp, from its end, each position a group of one; s: AP_CUM..AP_S2 carried on. */
export function apStretch(w: Float64Array, y: Uint8Array, order: Order, out: Float64Array, start: number, end: number, ap: number, P: number, s: Float64Array): void {
  let cum = s[AP_CUM]!;
  let tp = s[AP_TP]!;
  let s1 = s[AP_S1]!;
  let s2 = s[AP_S2]!;
  for (let q = end - 1; q >= start; q--) {
    const gAll = 0 + w[q]!;
    const gPos = 0 + w[q]! * y[q]!;
    const a = cum > 0 ? tp / cum : 0;
    if (cum > 0) {
      s1 += gPos / cum;
      s2 += (gPos * a) / cum;
    }
    const yq = y[q]!;
    out[order === null ? q : order[q]!] = (w[q]! * (yq * a + yq * s1 - s2 - ap * yq)) / P;
    cum -= gAll;
    tp -= gPos;
  }
  s[AP_CUM] = cum;
  s[AP_TP] = tp;
  s[AP_S1] = s1;
  s[AP_S2] = s2;
}

/** Σw·(y − conf) over a calibration bin's positions. */
export function binGap(w: Float64Array, y: Uint8Array, conf: Float64Array, start: number, end: number): number {
  let d = 0;
  for (let q = start; q < end; q++) d += w[q]! * (y[q]! - conf[q]!);
  return d;
}

/** The ECE influence values of a calibration bin's positions, the sign of its gap taken as fixed. */
export function eceBinValues(w: Float64Array, y: Uint8Array, conf: Float64Array, order: Order, out: Float64Array, start: number, end: number, sign: number, ece: number, W: number): void {
  for (let q = start; q < end; q++) out[order === null ? q : order[q]!] = (w[q]! * (sign * (y[q]! - conf[q]!) - ece)) / W;
}
