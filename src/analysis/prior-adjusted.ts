/**
 * Is a feature's drift just the label prior moving? Under pure label shift P(x | y) is unchanged,
 * so re-weighting the baseline rows of each class by p_cur(y) / p_base(y) reproduces the current
 * feature distribution. We recompute the PSI against that re-weighted baseline: when it collapses,
 * the feature drift is explained by the label shift (importance weighting under label shift).
 */
import type { Column, EvalView } from '../artifacts/types.js';
import type { Signal } from './signals.js';
import { chi2Sf } from './stats/distributions.js';

const BINS = 10;
const EPS = 1e-4;

/** Class weights p_cur(c) / p_base(c); null when a class present now was absent before. */
export function priorWeights(base: EvalView, cur: EvalView): Float64Array | null {
  const k = Math.max(base.classes.length, cur.classes.length);
  if (k === 0) return null;
  const cb = new Float64Array(k);
  const cc = new Float64Array(k);
  let nb = 0;
  let nc = 0;
  // Classes are matched by name: the two runs may order them differently.
  const curIndex = new Map(cur.classes.map((c, i) => [c, i]));
  const baseToCur = base.classes.map((c) => curIndex.get(c) ?? -1);
  for (let i = 0; i < base.n; i++) {
    const y = base.yTrue[i]!;
    if (Number.isNaN(y) || baseToCur[y]! < 0) continue;
    cb[baseToCur[y]!]!++;
    nb++;
  }
  for (let i = 0; i < cur.n; i++) {
    const y = cur.yTrue[i]!;
    if (Number.isNaN(y)) continue;
    cc[y]!++;
    nc++;
  }
  if (nb === 0 || nc === 0) return null;
  const w = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    if (cb[c] === 0) {
      if (cc[c]! > 0) return null;
      continue;
    }
    w[c] = cc[c]! / nc / (cb[c]! / nb);
  }
  return w;
}

function binOf(col: Column, i: number, edges: Float64Array | null, dictMap: Map<string, number> | null, curDict: readonly string[] | null): number {
  if (col.kind === 'number') {
    const v = col.values[i]!;
    if (Number.isNaN(v)) return BINS; // missing / NaN get their own bin
    let lo = 0;
    let hi = edges!.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (v < edges![mid]!) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  const code = col.codes[i]!;
  if (code < 0) return -1;
  const name = (curDict ?? col.dict)[code]!;
  return dictMap!.get(name) ?? -1;
}

/**
 * Membership of a row in a segment `column = value`, as the data checks name segments: a string
 * category by its text, a numeric code by its value's text (see featureSegmentSpec). Null when the
 * view lacks the column.
 */
function segmentMember(v: EvalView, column: string, value: string): ((i: number) => boolean) | null {
  const col = v.table.columns.find((c) => c.name === column);
  if (!col) return null;
  if (col.kind === 'string') return (i) => col.codes[i]! >= 0 && col.dict[col.codes[i]!] === value;
  return (i) => !col.missing[i] && String(col.values[i]) === value;
}

/**
 * PSI between the prior-re-weighted baseline and the current values of one feature, over all rows
 * or, with `segment`, over the rows of that segment in each run (a drift located in a segment is
 * explained by the label shift when the re-weighted baseline segment reproduces it). Also returns
 * the rows compared and the number of bins, for the noise level of the PSI.
 */
export function priorAdjustedPsiIn(
  base: EvalView,
  cur: EvalView,
  feature: string,
  weights: Float64Array,
  segment: { column: string; value: string } | null,
): { psi: number; nBase: number; nCur: number; bins: number } | null {
  const inB = segment ? segmentMember(base, segment.column, segment.value) : () => true;
  const inC = segment ? segmentMember(cur, segment.column, segment.value) : () => true;
  if (!inB || !inC) return null;
  return priorAdjustedPsiRows(base, cur, feature, weights, inB, inC);
}

/** PSI between the prior-re-weighted baseline and the current values of one feature. */
export function priorAdjustedPsi(base: EvalView, cur: EvalView, feature: string, weights: Float64Array): number | null {
  return priorAdjustedPsiRows(base, cur, feature, weights, () => true, () => true)?.psi ?? null;
}

function priorAdjustedPsiRows(
  base: EvalView,
  cur: EvalView,
  feature: string,
  weights: Float64Array,
  inB: (i: number) => boolean,
  inC: (i: number) => boolean,
): { psi: number; nBase: number; nCur: number; bins: number } | null {
  const bc = base.features.find((c) => c.name === feature);
  const cc = cur.features.find((c) => c.name === feature);
  if (!bc || !cc || bc.kind !== cc.kind) return null;
  const curIndex = new Map(cur.classes.map((c, i) => [c, i]));
  const baseToCur = base.classes.map((c) => curIndex.get(c) ?? -1);

  let edges: Float64Array | null = null;
  let dictMap: Map<string, number> | null = null;
  let nBins: number;
  if (bc.kind === 'number') {
    const vals = bc.values.filter((v, i) => !Number.isNaN(v) && inB(i)).sort();
    if (vals.length === 0) return null;
    const e: number[] = [];
    for (let q = 1; q < BINS; q++) {
      const v = vals[Math.floor((q * vals.length) / BINS)]!;
      if (e.length === 0 || v > e[e.length - 1]!) e.push(v);
    }
    edges = Float64Array.from(e);
    nBins = BINS + 1;
  } else {
    dictMap = new Map<string, number>();
    for (const name of [...bc.dict, ...(cc.kind === 'string' ? cc.dict : [])]) if (!dictMap.has(name)) dictMap.set(name, dictMap.size);
    nBins = dictMap.size;
  }
  const pb = new Float64Array(nBins);
  const pc = new Float64Array(nBins);
  let wb = 0;
  let wc = 0;
  let nb = 0;
  let wb2 = 0;
  for (let i = 0; i < base.n; i++) {
    if (!inB(i)) continue;
    const y = base.yTrue[i]!;
    if (Number.isNaN(y) || baseToCur[y]! < 0) continue;
    const b = binOf(bc, i, edges, dictMap, null);
    if (b < 0) continue;
    const w = weights[baseToCur[y]!]!;
    pb[b]! += w;
    wb += w;
    wb2 += w * w;
    nb++;
  }
  for (let i = 0; i < cur.n; i++) {
    if (!inC(i)) continue;
    const b = binOf(cc, i, edges, dictMap, cc.kind === 'string' ? cc.dict : null);
    if (b < 0) continue;
    pc[b]!++;
    wc++;
  }
  if (wb === 0 || wc === 0) return null;
  let psi = 0;
  let used = 0;
  for (let b = 0; b < nBins; b++) {
    if (pb[b]! + pc[b]! > 0) used++;
    const x = pb[b]! / wb + EPS;
    const z = pc[b]! / wc + EPS;
    psi += (z - x) * Math.log(z / x);
  }
  // Kish's effective size of the re-weighted baseline: (Σw)² / Σw².
  return { psi, nBase: wb2 > 0 ? (wb * wb) / wb2 : nb, nCur: wc, bins: used };
}

/**
 * Is a PSI consistent with no drift at all? Under the null, PSI · nB·nC/(nB + nC) is about
 * χ² with bins − 1 degrees of freedom (PSI is the symmetrised KL divergence, twice the
 * G-statistic's per-row term to first order). The p-value of that statistic.
 */
export function psiNullP(psi: number, bins: number, nBase: number, nCur: number): number {
  if (bins < 2 || nBase <= 0 || nCur <= 0) return 1;
  return chi2Sf((psi * nBase * nCur) / (nBase + nCur), bins - 1);
}

/**
 * Adds `prior_adjusted_psi` to the eval-vs-eval drift signals of a table whose label prior moved,
 * so the diagnosis can tell a label shift from a covariate shift.
 */
export function annotatePriorAdjusted(signals: readonly Signal[], base: EvalView | null, cur: EvalView): Signal[] {
  const hasLabelShift = signals.some((s) => s.category === 'label_shift' && s.significant && s.details['comparison'] !== 'reference');
  if (!base || cur.task === 'regression' || !hasLabelShift) return [...signals];
  const w = priorWeights(base, cur);
  if (!w) return [...signals];
  return signals.map((s) => {
    if (s.category !== 'feature_drift' || !s.feature || s.details['comparison'] !== 'eval') return s;
    // A drift located in a segment: the same re-weighting, inside the segment.
    if (s.segment?.column.includes(' & ')) return s;
    const adj = priorAdjustedPsiIn(base, cur, s.feature, w, s.segment ?? null);
    if (adj === null) return s;
    const p = psiNullP(adj.psi, adj.bins, adj.nBase, adj.nCur);
    return { ...s, details: { ...s.details, prior_adjusted_psi: Number(adj.psi.toPrecision(6)), prior_adjusted_p: Number(p.toPrecision(6)) } };
  });
}
