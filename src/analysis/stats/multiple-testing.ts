/**
 * Multiple-testing correction. Segment and slice scans run hundreds of tests; without a
 * correction a seed change alone would "find" regressed segments. Benjamini–Hochberg controls
 * the false discovery rate and matches statsmodels' multipletests(method='fdr_bh').
 */

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in input order. NaN p-values are left out
 * of the family and get NaN.
 */
export function benjaminiHochberg(pValues: ArrayLike<number>): Float64Array {
  const n = pValues.length;
  const q = new Float64Array(n).fill(NaN);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(pValues[i]!)) idx.push(i);
  const m = idx.length;
  if (m === 0) return q;
  // Stable sort by p so equal p-values keep input order (deterministic output).
  idx.sort((a, b) => pValues[a]! - pValues[b]! || a - b);
  let running = Infinity;
  for (let r = m - 1; r >= 0; r--) {
    const i = idx[r]!;
    const adj = (pValues[i]! * m) / (r + 1);
    if (adj < running) running = adj;
    q[i] = Math.min(1, running);
  }
  return q;
}

/** Rejections at FDR level `alpha` (q <= alpha, as statsmodels decides them). */
export function bhReject(qValues: ArrayLike<number>, alpha: number): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < qValues.length; i++) out.push(qValues[i]! <= alpha);
  return out;
}

/**
 * Holm's step-down adjusted p-values (family-wise error), in input order; matches statsmodels'
 * multipletests(method='holm'). Used where the family is a handful of hypotheses named in
 * advance (the groups the causes point at), so any false one is a false finding.
 */
export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((x, y) => pValues[x]! - pValues[y]! || x - y);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[idx]!));
    out[idx] = running;
  });
  return out;
}
