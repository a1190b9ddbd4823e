/**
 * Label shift and prediction shift: the same distribution comparison as feature drift, applied
 * to the label (class shares or the regression target), to the predicted classes, and to the
 * model's scores (binary score, multiclass top-class confidence, regression prediction).
 */
import type { Table } from '../../artifacts/table.js';
import type { EvalView } from '../../artifacts/types.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import { profile, sortedFinite, sortedFiniteOf } from './columns.js';
import { compareCategorical, compareColumns, compareNumeric, isReported, psiStrength, type SampleComparison } from './drift.js';
import { FDR } from './strength.js';
import type { CategoryMove, Comparison, ShiftResult } from './types.js';

type Pairs = { base: Int32Array; cur: Int32Array } | null;

/** Class counts of coded values (NaN skipped), aligned on the union of class names. */
function classCounts(
  baseCodes: Float64Array,
  baseClasses: readonly string[],
  curCodes: Float64Array,
  curClasses: readonly string[],
): { names: string[]; bc: Float64Array; cc: Float64Array } {
  const names: string[] = [...baseClasses];
  for (const c of curClasses) if (!names.includes(c)) names.push(c);
  const idx = new Map(names.map((n, i) => [n, i]));
  const count = (codes: Float64Array, classes: readonly string[]): Float64Array => {
    const out = new Float64Array(names.length);
    const map = classes.map((c) => idx.get(c)!);
    for (let i = 0; i < codes.length; i++) {
      const k = codes[i]!;
      if (k >= 0 && k < map.length) out[map[k]!]!++;
    }
    return out;
  };
  return { names, bc: count(baseCodes, baseClasses), cc: count(curCodes, curClasses) };
}

function shares(names: readonly string[], bc: Float64Array, cc: Float64Array): CategoryMove[] {
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < names.length; i++) {
    nb += bc[i]!;
    nc += cc[i]!;
  }
  return names.map((value, i) => ({ value, base: nb ? bc[i]! / nb : 0, cur: nc ? cc[i]! / nc : 0 }));
}

/** Rows matched by id whose (class or value) differs between the runs. */
function changedRows(
  pairs: Pairs,
  base: Float64Array,
  baseClasses: readonly string[],
  cur: Float64Array,
  curClasses: readonly string[],
): { changed: number; matched: number } | null {
  if (!pairs) return null;
  let changed = 0;
  let matched = 0;
  const classed = baseClasses.length > 0;
  for (let i = 0; i < pairs.base.length; i++) {
    const a = base[pairs.base[i]!]!;
    const b = cur[pairs.cur[i]!]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    matched++;
    if (classed ? baseClasses[a] !== curClasses[b] : a !== b) changed++;
  }
  return { changed, matched };
}

export interface PendingShift {
  readonly what: ShiftResult['what'];
  readonly column: string;
  readonly cmp: SampleComparison;
  readonly shares: CategoryMove[];
  readonly changed: { changed: number; matched: number } | null;
}

export function decide(comparison: Comparison, source: string, pending: readonly PendingShift[], factor = 1, cap = 1): ShiftResult[] {
  const q = benjaminiHochberg(pending.map((p) => p.cmp.pValue));
  return pending.map((p, i) => {
    const significant = q[i]! <= FDR;
    return {
      what: p.what,
      comparison,
      source,
      column: p.column,
      kind: p.cmp.kind,
      nBase: p.cmp.nBase,
      nCur: p.cmp.nCur,
      psi: p.cmp.psi,
      psiExcess: p.cmp.psiExcess,
      pValue: p.cmp.pValue,
      numeric: p.cmp.numeric,
      categorical: p.cmp.categorical,
      shares: p.shares,
      changedRows: p.changed?.changed ?? null,
      matchedRows: p.changed?.matched ?? null,
      significant,
      strength: Math.min(cap, psiStrength(p.cmp.psiExcess, significant) * factor),
      flagged: isReported(p.cmp.psiExcess, significant),
    };
  });
}

/**
 * The sorted finite values of a view's array, through sortedFinite when the array is one of its
 * table's numeric columns (the score; a regression's label or prediction): that fills the
 * column's profile on the way, so that profiling the table afterwards (analyze.ts) does not sort
 * the column again. The values are the same either way.
 */
function sortedOfView(v: EvalView, values: Float64Array, slot: 0 | 1): Float64Array {
  const col = v.table.columns.find((c) => c.kind === 'number' && c.values === values);
  return col?.kind === 'number' ? sortedFinite(col, slot) : sortedFiniteOf(values, slot);
}

/** Label distribution, baseline eval vs current eval. */
export function labelShift(base: EvalView, cur: EvalView, pairs: Pairs): ShiftResult[] {
  if (base.task === 'regression' && cur.task === 'regression') {
    const b = sortedOfView(base, base.yTrue, 0);
    const c = sortedOfView(cur, cur.yTrue, 1);
    if (b.length === 0 || c.length === 0) return [];
    const cmp = compareNumeric(b, c);
    return decide('eval', cur.path, [
      { what: 'label', column: cur.labelColumn, cmp, shares: [], changed: changedRows(pairs, base.yTrue, [], cur.yTrue, []) },
    ]);
  }
  if (base.task === 'regression' || cur.task === 'regression') return [];
  const { names, bc, cc } = classCounts(base.yTrue, base.classes, cur.yTrue, cur.classes);
  const cmp = compareCategorical(names, bc, cc);
  if (cmp.nBase === 0 || cmp.nCur === 0) return [];
  return decide('eval', cur.path, [
    {
      what: 'label',
      column: cur.labelColumn,
      cmp,
      shares: shares(names, bc, cc),
      changed: changedRows(pairs, base.yTrue, base.classes, cur.yTrue, cur.classes),
    },
  ]);
}

/** Label column of the training sample, baseline vs current (the training label mix changed). */
export function labelShiftReference(refBase: Table, refCur: Table, labelColumn: string): ShiftResult[] {
  const lower = labelColumn.toLowerCase();
  const cb = refBase.columns.find((c) => c.name.toLowerCase() === lower);
  const cc = refCur.columns.find((c) => c.name.toLowerCase() === lower);
  if (!cb || !cc || cb.kind !== cc.kind) return [];
  let cmp: SampleComparison | null;
  let moves: CategoryMove[] = [];
  if (cb.kind === 'number' && cc.kind === 'number' && profile(cb).distinct <= 50 && profile(cc).distinct <= 50) {
    // Numeric class labels (0/1, 0..9): compare class shares, not deciles.
    const { names, bc, cc: ccounts } = distinctCounts(sortedFinite(cb, 0), sortedFinite(cc, 1));
    cmp = compareCategorical(names, bc, ccounts);
    moves = shares(names, bc, ccounts);
  } else {
    cmp = compareColumns(cb, cc);
    if (cmp?.categorical) moves = cmp.categorical.topMoves;
  }
  if (!cmp || cmp.nBase === 0 || cmp.nCur === 0) return [];
  return decide('reference', refCur.path, [{ what: 'label', column: cc.name, cmp, shares: moves, changed: null }], REFERENCE_FACTOR);
}

/** Counts per distinct value of two sorted samples, aligned on the union of values. */
function distinctCounts(b: Float64Array, c: Float64Array): { names: string[]; bc: Float64Array; cc: Float64Array } {
  const values: number[] = [];
  const cb: number[] = [];
  const ccounts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < b.length || j < c.length) {
    const v = j >= c.length || (i < b.length && b[i]! <= c[j]!) ? b[i]! : c[j]!;
    let nb = 0;
    let nc = 0;
    while (i < b.length && b[i] === v) {
      i++;
      nb++;
    }
    while (j < c.length && c[j] === v) {
      j++;
      nc++;
    }
    values.push(v);
    cb.push(nb);
    ccounts.push(nc);
  }
  return { names: values.map((v) => String(v)), bc: Float64Array.from(cb), cc: Float64Array.from(ccounts) };
}

/** As for feature drift, a changed training sample counts at 0.8× (see drift.ts). */
const REFERENCE_FACTOR = 0.8;

/**
 * Predictions move whenever anything upstream moves (data, weights, calibration), so a
 * prediction shift is evidence for the diagnosis rather than a root cause: it is mapped at 0.7×
 * the PSI strength and capped at 0.65, i.e. major at most and never critical on its own.
 */
export const PREDICTION_FACTOR = 0.7;
export const PREDICTION_CAP = 0.65;

/** Predicted classes and scores (or regression predictions), baseline eval vs current eval. */
export function predictionShift(base: EvalView, cur: EvalView, pairs: Pairs): ShiftResult[] {
  const pending: PendingShift[] = [];
  const predName = cur.predColumn ?? cur.scoreColumn ?? 'prediction';
  if (base.task === 'regression' && cur.task === 'regression') {
    if (base.yPred && cur.yPred) {
      const b = sortedOfView(base, base.yPred, 0);
      const c = sortedOfView(cur, cur.yPred, 1);
      if (b.length && c.length) pending.push({ what: 'prediction', column: predName, cmp: compareNumeric(b, c), shares: [], changed: null });
    }
    return decide('eval', cur.path, pending, PREDICTION_FACTOR, PREDICTION_CAP);
  }
  if (base.task === 'regression' || cur.task === 'regression') return [];
  if (base.yPred && cur.yPred) {
    const { names, bc, cc } = classCounts(base.yPred, base.classes, cur.yPred, cur.classes);
    const cmp = compareCategorical(names, bc, cc);
    if (cmp.nBase > 0 && cmp.nCur > 0) {
      pending.push({
        what: 'predicted_class',
        column: predName,
        cmp,
        shares: shares(names, bc, cc),
        changed: changedRows(pairs, base.yPred, base.classes, cur.yPred, cur.classes),
      });
    }
  }
  if (base.score && cur.score) {
    const b = sortedOfView(base, base.score, 0);
    const c = sortedOfView(cur, cur.score, 1);
    if (b.length && c.length) pending.push({ what: 'score', column: cur.scoreColumn ?? 'score', cmp: compareNumeric(b, c), shares: [], changed: null });
  } else if (base.probs && cur.probs) {
    const b = sortedFiniteOf(topProb(base.probs, base.n), 0);
    const c = sortedFiniteOf(topProb(cur.probs, cur.n), 1);
    if (b.length && c.length) pending.push({ what: 'confidence', column: 'max(prob_*)', cmp: compareNumeric(b, c), shares: [], changed: null });
  }
  return decide('eval', cur.path, pending, PREDICTION_FACTOR, PREDICTION_CAP);
}

function topProb(probs: readonly Float64Array[], n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (const p of probs) if (p[i]! > m) m = p[i]!;
    out[i] = m === -Infinity ? NaN : m;
  }
  return out;
}
