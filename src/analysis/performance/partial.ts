/**
 * Tests of a partial id match (prepare.ts, PARTIAL_PAIRING_MIN_PAIRS): when the eval set changed
 * but part of it kept its ids, the matched rows are the same examples seen by both models and
 * their paired test (exact McNemar for accuracy) is far more powerful than a comparison of two
 * samples; the unmatched rows can only be compared as independent samples (Fisher). Each part is
 * tested on its own, on disjoint rows, so the two tests are independent, and their p-values are
 * combined by Stouffer's weighted Z with the signs of their changes (stats/rank-tests.ts):
 * - one p-value per segment keeps the Benjamini–Hochberg family as it was (reporting both and
 *   correcting across them would double the family and test one question twice);
 * - signs let a part that moved the other way count against the other (Fisher's method would
 *   add the evidence of opposite changes up);
 * - weights √(n_b·n_c / (n_b + n_c)), the size a two-sample z grows with: m pairs weigh like m
 *   rows against m rows, so each part weighs by its share of the rows (effectiveSize).
 * Regression segments do the same with their rank tests (rank-segments.ts).
 */
import { stoufferWeighted } from '../stats/rank-tests.js';
import type { Comparison, PartialPairs } from './context.js';
import { effectiveSize, signedZ } from './rank-segments.js';
import { accumulatePaired, accumulateRun, CUR, M, N_ROWS, primaryTest } from './segment-tests.js';
import type { SegmentCodes, Segmenter } from './segment-columns.js';

/** Moments of the matched pairs (paired form) and of the other rows (unpaired form), per label. */
export interface PartialMoments {
  readonly paired: Float64Array;
  readonly lone: Float64Array;
}

function gather(x: Float64Array, rows: Int32Array): Float64Array {
  return Float64Array.from(rows, (r) => x[r]!);
}

/** Labels of rows outside the pairs (-1 for paired rows, so the accumulators skip them). */
function loneCodes(codes: SegmentCodes, paired: Int32Array): SegmentCodes {
  const out = Int16Array.from(codes);
  for (let i = 0; i < paired.length; i++) out[paired[i]!] = -1;
  return out;
}

export function partialMoments(c: Comparison, p: PartialPairs, seg: Segmenter): PartialMoments {
  const labels = seg.labels.length;
  const paired = new Float64Array(labels * M);
  // A pair belongs to the segment of its current row (the paired scans' convention).
  const cell = Int16Array.from(p.cur, (r) => seg.cur[r]!);
  const wb = c.momentWeightsBase ? gather(c.momentWeightsBase, p.base) : null;
  const wc = c.momentWeightsCur ? gather(c.momentWeightsCur, p.cur) : null;
  accumulatePaired(paired, cell, gather(c.xBase, p.base), wb, gather(c.xCur, p.cur), wc);
  const lone = new Float64Array(labels * M);
  accumulateRun(lone, 0, loneCodes(seg.base!, p.base), c.xBase, c.momentWeightsBase);
  accumulateRun(lone, CUR, loneCodes(seg.cur, p.cur), c.xCur, c.momentWeightsCur);
  return { paired, lone };
}

/**
 * Combined p-value of a label (or any cell at offset `o` of both moment arrays): the paired
 * part's test and the unpaired part's test, Stouffer-combined; a part without rows in both runs
 * is left out. Null when neither part can be tested.
 */
export function partialTest(c: Comparison, m: PartialMoments, o: number): { p: number; z: number } | null {
  const parts: { z: number; n: number }[] = [];
  const tp = primaryTest(m.paired, o, { ...c.setup, paired: true }, null);
  if (tp) parts.push({ z: signedZ(tp.p, tp.meanCur - tp.meanBase), n: effectiveSize(m.paired[o + N_ROWS]!, m.paired[o + CUR + N_ROWS]!) });
  const tl = primaryTest(m.lone, o, { ...c.setup, paired: false }, null);
  if (tl) parts.push({ z: signedZ(tl.p, tl.meanCur - tl.meanBase), n: effectiveSize(m.lone[o + N_ROWS]!, m.lone[o + CUR + N_ROWS]!) });
  if (parts.length === 0) return null;
  const s = stoufferWeighted(parts);
  return { p: s.pValue, z: s.z };
}
