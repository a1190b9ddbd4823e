/**
 * Leakage: eval rows that also sit in the training sample (by id, confirmed by identical
 * features where the tables share columns, or by whole-row fingerprint), more now than in the
 * baseline; and a single feature that gives the label away (AUC or |corr| >= 0.99) now but not
 * before — a target-derived column slipped into the features.
 */
import type { Column, Table } from '../../artifacts/table.js';
import type { EvalView } from '../../artifacts/types.js';
import { binIndex, quantileEdges } from '../stats/distance.js';
import { createRng } from '../stats/rng.js';
import { sortFloat64InPlace, twoProportionTest } from '../stats/two-sample.js';
import { rowIdsOf } from '../../artifacts/row-ids.js';
import { HashIndex, hashRows, idIndex, pairReference, profile, scratchBuffer } from './columns.js';
import { FDR, LEAK_AUC, mapStrength, NEW_FEATURE_MIN_AUC, NEW_FEATURE_MIN_CORR, NEW_FEATURE_MIN_LAMBDA, LEAK_GAIN_SHARE, OVERLAP_ANCHORS, STRENGTH_FEATURE_LEAK, STRENGTH_NEW_FEATURE_SUSPECT } from './strength.js';
import type { LeakageFinding } from './types.js';

/** Conventional id column names (CONTRACT §2), for reference tables that name it differently. */
const ID_NAMES = ['id', 'row_id', 'example_id', 'uid'];
/** Rows used for single-feature AUC / correlation; larger tables are subsampled (seeded). */
const MAX_AUC_ROWS = 200000;
/** Fewest rows of the minority class for an AUC to mean anything. */
const MIN_CLASS_ROWS = 10;

function findIdColumn(t: Table, preferred: string | null): Column | undefined {
  const names = preferred ? [preferred.toLowerCase(), ...ID_NAMES] : ID_NAMES;
  for (const n of names) {
    const c = t.columns.find((x) => x.name.toLowerCase() === n);
    if (c) return c;
  }
  return undefined;
}

interface Overlap {
  readonly n: number;
  /** Eval ids found in the reference table. */
  readonly ids: number | null;
  /** …of which the shared feature columns are identical too. */
  readonly confirmed: number | null;
  /** Eval rows whose shared columns (features, and the label when present) match a reference row. */
  readonly rows: number | null;
  readonly sharedColumns: number;
}

/** Overlap of one eval table with one reference table. */
export function overlapWith(v: EvalView, ref: Table): Overlap {
  const shared: [Column, Column][] = [];
  for (const f of v.features) {
    const r = ref.columns.find((c) => c.name === f.name);
    if (r && r.kind === f.kind) shared.push([f, r]);
  }
  const labelEval = v.table.columns.find((c) => c.name === v.labelColumn);
  const labelRef = ref.columns.find((c) => c.name.toLowerCase() === v.labelColumn.toLowerCase());
  const withLabel = labelEval && labelRef && labelEval.kind === labelRef.kind ? [...shared, [labelEval, labelRef] as [Column, Column]] : shared;

  let rows: number | null = null;
  let featureHashEval: ReturnType<typeof hashRows> | null = null;
  let featureHashRef: ReturnType<typeof hashRows> | null = null;
  if (shared.length > 0) {
    featureHashEval = hashRows(shared.map((p) => p[0]), v.n);
    featureHashRef = hashRows(shared.map((p) => p[1]), ref.nRows);
    const he = hashRows(withLabel.map((p) => p[0]), v.n);
    const hr = hashRows(withLabel.map((p) => p[1]), ref.nRows);
    const index = new HashIndex(hr, ref.nRows);
    for (let i = 0; i < ref.nRows; i++) index.add(i);
    rows = 0;
    for (let i = 0; i < v.n; i++) if (index.find(he.h1[i]!, he.h2[i]!) >= 0) rows++;
  }

  let ids: number | null = null;
  let confirmed: number | null = null;
  const refId = findIdColumn(ref, v.idColumn);
  if (v.ids && refId) {
    const refIds = rowIdsOf(refId, ref.nRows);
    const index = new HashIndex(refIds, ref.nRows);
    for (let i = 0; i < ref.nRows; i++) if (!refIds.empty[i]) index.add(i);
    const he = idIndex(v.ids).hashes;
    ids = 0;
    confirmed = featureHashEval ? 0 : null;
    for (let i = 0; i < v.n; i++) {
      if (v.ids.empty[i]) continue;
      const r = index.find(he.h1[i]!, he.h2[i]!);
      if (r < 0) continue;
      ids++;
      if (featureHashEval && featureHashRef && confirmed !== null) {
        if (featureHashEval.h1[i] === featureHashRef.h1[r] && featureHashEval.h2[i] === featureHashRef.h2[r]) confirmed++;
      }
    }
  }
  return { n: v.n, ids, confirmed, rows, sharedColumns: shared.length };
}

/** The one overlap count the decision rests on: confirmed ids, else ids, else whole rows. */
function primary(o: Overlap): { count: number; how: string } | null {
  if (o.confirmed !== null) return { count: o.confirmed, how: 'eval ids in the training sample with identical features' };
  if (o.ids !== null) return { count: o.ids, how: 'eval ids in the training sample' };
  if (o.rows !== null) return { count: o.rows, how: 'eval rows identical to a training-sample row' };
  return null;
}

/**
 * Train/eval overlap per reference table, judged against the baseline run's overlap: some
 * overlap by id can be a naming coincidence and identical rows occur in discrete data, so the
 * baseline is the control. Without a baseline, overlap of >= 0.5 % (at least 5 rows) is reported.
 */
export function trainOverlap(base: EvalView | null, cur: EvalView, refBase: readonly Table[], refCur: readonly Table[]): LeakageFinding[] {
  const out: LeakageFinding[] = [];
  for (const rc of refCur) {
    const oc = overlapWith(cur, rc);
    const pc = primary(oc);
    if (!pc) continue;
    const rb = base ? pairReference(rc, refBase) : null;
    const ob = base && rb ? overlapWith(base, rb) : null;
    const pb = ob ? primary(ob) : null;
    const rateCur = pc.count / Math.max(1, cur.n);
    const rateBase = pb && base ? pb.count / Math.max(1, base.n) : null;
    const delta = rateBase === null ? rateCur : rateCur - rateBase;
    const p = rateBase === null || !base || !pb ? (pc.count >= 5 ? 0 : 1) : oneSided(twoProportionTest(pb.count, base.n, pc.count, cur.n));
    const significant = p <= FDR;
    const reported = delta >= OVERLAP_ANCHORS[0]![0] && significant && (rateBase === null || rateCur >= 2 * rateBase);
    if (!reported) continue;
    out.push({
      kind: 'train_overlap',
      source: cur.path,
      reference: rc.path,
      feature: null,
      base: rateBase,
      cur: rateCur,
      n: cur.n,
      pValue: p,
      significant,
      strength: mapStrength(delta, OVERLAP_ANCHORS),
      message: `${pc.count} of ${cur.n} eval rows (${(100 * rateCur).toFixed(1)}%) are in ${rc.path}: ${pc.how}${rateBase === null ? '' : `; baseline ${(100 * rateBase).toFixed(1)}%`}`,
      details: {
        overlap_rate: rateCur,
        overlap_rate_base: rateBase,
        overlap_rows: pc.count,
        id_overlap: oc.ids,
        id_overlap_confirmed: oc.confirmed,
        row_overlap: oc.rows,
        id_overlap_base: ob?.ids ?? null,
        row_overlap_base: ob?.rows ?? null,
        shared_columns: oc.sharedColumns,
        reference_rows: rc.nRows,
      },
    });
  }
  return out;
}

function oneSided(t: { z: number; pValue: number }): number {
  return t.z > 0 ? t.pValue / 2 : 1 - t.pValue / 2;
}

// ---------------------------------------------------------------------------------------------
// A single feature that predicts the label
// ---------------------------------------------------------------------------------------------

/** Up to MAX_AUC_ROWS rows of `n`, drawn with the seed (all when fewer), ascending. Exported for its test. */
export function sampleRows(n: number, seed: number): Int32Array {
  // A plain loop, not Int32Array.from with a callback per row (30-40 ms at 10^6 rows).
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (n <= MAX_AUC_ROWS) return idx;
  // Seeded partial Fisher-Yates, then in row order so the scan stays sequential: the drawn rows
  // marked and read back in one pass over the rows (the same ascending rows as a sort of them,
  // which took about 15 ms of the 25 at 10^6 rows).
  const rng = createRng(seed);
  for (let i = 0; i < MAX_AUC_ROWS; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  }
  const drawn = new Uint8Array(n);
  for (let i = 0; i < MAX_AUC_ROWS; i++) drawn[idx[i]!] = 1;
  const out = new Int32Array(MAX_AUC_ROWS);
  let k = 0;
  for (let r = 0; r < n; r++) if (drawn[r]) out[k++] = r;
  return out;
}

/** max(AUC, 1 − AUC) of numeric values for a binary label, by merging the two sorted class samples. */
export function numericAuc(values: ArrayLike<number>, y: Float64Array, rows: Int32Array): number | null {
  const posBuf = scratchBuffer(0, rows.length);
  const negBuf = scratchBuffer(1, rows.length);
  let np = 0;
  let nn = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const x = values[i]!;
    const t = y[i]!;
    if (x - x !== 0 || Number.isNaN(t)) continue;
    if (t === 1) posBuf[np++] = x;
    else negBuf[nn++] = x;
  }
  if (np < MIN_CLASS_ROWS || nn < MIN_CLASS_ROWS) return null;
  const p = sortFloat64InPlace(posBuf.subarray(0, np));
  const q = sortFloat64InPlace(negBuf.subarray(0, nn));
  // U = Σ over positives of (#negatives below + ½ #negatives equal) = ½ (below + at or below),
  // each a merge of the two sorted arrays in one flat loop (a loop nested in another was left by
  // V8's compiled code at every exit of the inner one: decision 0039). Integers, so exact.
  const auc = (pairsAbove(p, q, false) + pairsAbove(p, q, true)) / 2 / (p.length * q.length);
  return Math.max(auc, 1 - auc);
}

/**
 * The pairs (x of `p`, y of `q`) with y below x (`orEqual`: at or below), both sorted ascending:
 * one merge step per element.
 */
function pairsAbove(p: Float64Array, q: Float64Array, orEqual: boolean): number {
  const np = p.length;
  const nq = q.length;
  let i = 0;
  let j = 0;
  let u = 0;
  const eq = +orEqual;
  for (let step = 0; step < np + nq; step++) {
    // Take from q while its value is below p's (at or below, orEqual), or p is used up.
    const x = i < np ? p[i]! : Infinity;
    const y = j < nq ? q[j]! : Infinity;
    // Without a branch on the values (decision 0045): a used-up side reads as +∞, which no value
    // (finite: numericAuc keeps only those) is above or equal to, and the loop ends before both are.
    const takeQ = +(y < x) | (eq & +(y === x));
    u += (1 - takeQ) * j;
    i += 1 - takeQ;
    j += takeQ;
  }
  return u;
}

/**
 * AUC of a categorical feature scored by its per-category positive rate. Only for columns with
 * at least 50 rows per category on average: with near-unique values the rate would memorise the
 * label and any id-like column would look "perfect".
 */
function categoricalAuc(col: Column, y: Float64Array, rows: Int32Array): number | null {
  if (col.kind !== 'string') return null;
  const K = col.dict.length;
  const posC = new Float64Array(K);
  const negC = new Float64Array(K);
  let np = 0;
  let nn = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const c = col.codes[i]!;
    const t = y[i]!;
    if (c < 0 || Number.isNaN(t)) continue;
    if (t === 1) {
      posC[c]!++;
      np++;
    } else {
      negC[c]!++;
      nn++;
    }
  }
  if (np < MIN_CLASS_ROWS || nn < MIN_CLASS_ROWS || profile(col).distinct * 50 > np + nn) return null;
  const order = Array.from({ length: K }, (_, c) => c)
    .filter((c) => posC[c]! + negC[c]! > 0)
    .sort((a, b) => posC[a]! / (posC[a]! + negC[a]!) - posC[b]! / (posC[b]! + negC[b]!));
  let u = 0;
  let negBelow = 0;
  for (const c of order) {
    u += posC[c]! * (negBelow + 0.5 * negC[c]!);
    negBelow += negC[c]!;
  }
  const auc = u / (np * nn);
  return Math.max(auc, 1 - auc);
}

/** |Pearson correlation| of numeric values with a numeric target. */
function absCorr(values: ArrayLike<number>, y: Float64Array, rows: Int32Array): number | null {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const x = values[i]!;
    const t = y[i]!;
    if (x - x !== 0 || t - t !== 0) continue;
    n++;
    sx += x;
    sy += t;
    sxx += x * x;
    syy += t * t;
    sxy += x * t;
  }
  if (n < 30) return null;
  const cov = sxy - (sx * sy) / n;
  const vx = sxx - (sx * sx) / n;
  const vy = syy - (sy * sy) / n;
  if (vx <= 0 || vy <= 0) return null;
  return Math.abs(cov / Math.sqrt(vx * vy));
}

/** How each predictiveness measure is written in a message. */
const MEASURE_LABEL = { auc: 'AUC', abs_corr: '|corr|', lambda: 'λ (errors of the majority guess removed)' } as const;

/** Numeric columns are cut into at most this many quantile bins for the lookup classifier. */
const LOOKUP_BINS = 20;
/** Categorical columns with more values than this are not read as a lookup (it would memorise rows). */
const LOOKUP_MAX_CATEGORIES = 50;

/**
 * Goodman-Kruskal λ of a column for a multiclass label: the lookup classifier that predicts the
 * majority class of the column's value (a category, or one of LOOKUP_BINS quantile bins of a
 * numeric column; missing is a value of its own) against always predicting the overall majority,
 * λ = (acc_lookup − acc_majority) / (1 − acc_majority). 1: the column gives the class away;
 * ~0: it says nothing. Null when one class holds every row.
 */
export function lookupLambda(col: Column, y: Float64Array, classes: number, rows: Int32Array): number | null {
  let bins: number;
  let binOf: (i: number) => number;
  if (col.kind === 'string') {
    if (col.dict.length > LOOKUP_MAX_CATEGORIES) return null;
    bins = col.dict.length + 1;
    binOf = (i) => (col.codes[i]! < 0 ? col.dict.length : col.codes[i]!);
  } else {
    const vals: number[] = [];
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      if (Number.isFinite(col.values[i]!)) vals.push(col.values[i]!);
    }
    const edges = quantileEdges(Float64Array.from(vals).sort(), LOOKUP_BINS);
    bins = edges.length + 2;
    binOf = (i) => (Number.isFinite(col.values[i]!) ? binIndex(edges, col.values[i]!) : edges.length + 1);
  }
  const counts = new Float64Array(bins * classes);
  const total = new Float64Array(classes);
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const c = y[i]!;
    if (!(c >= 0 && c < classes)) continue;
    counts[binOf(i) * classes + c]!++;
    total[c]!++;
    n++;
  }
  if (n === 0) return null;
  const majority = Math.max(...total) / n;
  if (majority >= 1) return null;
  let hits = 0;
  for (let b = 0; b < bins; b++) {
    let best = 0;
    for (let c = 0; c < classes; c++) best = Math.max(best, counts[b * classes + c]!);
    hits += best;
  }
  return (hits / n - majority) / (1 - majority);
}

/** λ of the model's own predictions (multiclass): its accuracy against the majority class's. */
function modelLambda(v: EvalView, rows: Int32Array): number | null {
  if (!v.yPred) return null;
  const total = new Float64Array(v.classes.length);
  let n = 0;
  let hits = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const c = v.yTrue[i]!;
    if (!(c >= 0 && c < v.classes.length) || Number.isNaN(v.yPred[i]!)) continue;
    total[c]!++;
    n++;
    if (v.yPred[i] === c) hits++;
  }
  if (n === 0) return null;
  const majority = Math.max(...total) / n;
  return majority >= 1 ? null : (hits / n - majority) / (1 - majority);
}

function predictiveness(v: EvalView, col: Column, rows: Int32Array): { value: number; measure: 'auc' | 'abs_corr' | 'lambda' } | null {
  if (v.task === 'multiclass') {
    const l = lookupLambda(col, v.yTrue, v.classes.length, rows);
    return l === null ? null : { value: l, measure: 'lambda' };
  }
  if (v.task === 'binary') {
    const a = col.kind === 'number' ? numericAuc(col.values, v.yTrue, rows) : categoricalAuc(col, v.yTrue, rows);
    return a === null ? null : { value: a, measure: 'auc' };
  }
  if (v.task === 'regression') {
    const c = col.kind === 'number' ? absCorr(col.values, v.yTrue, rows) : null;
    return c === null ? null : { value: c, measure: 'abs_corr' };
  }
  return null;
}

/** How well the baseline model itself predicted its labels: AUC of its scores (binary), |corr| of its predictions (regression). */
function modelPredictiveness(v: EvalView, rows: Int32Array): number | null {
  if (v.task === 'binary') return v.score ? numericAuc(v.score, v.yTrue, rows) : null;
  if (v.task === 'regression') return v.yPred ? absCorr(v.yPred, v.yTrue, rows) : null;
  return modelLambda(v, rows);
}

/**
 * Features that predict the label almost perfectly (AUC or |corr| >= 0.99) in the current eval
 * but did not in the baseline (< 0.95, or the feature is new). Without a baseline such a
 * feature is still reported, at 0.7× strength. A feature the PR adds that alone predicts the label
 * at least as well as the whole baseline model did is reported too (see STRENGTH_NEW_FEATURE_SUSPECT).
 *
 * In parts, one per current feature (in `cur.features` order), for two threads to share (decision
 * 0028): part i gives feature i's finding, if any. What every part needs (the row samples, each
 * model's own predictiveness) is computed once per parts object, at its first part, unless the
 * other thread's parts object has sent it by then (`exchange`): then it is taken from there, and
 * one made here is sent there.
 */
export function featureLeakParts(base: EvalView | null, cur: EvalView, seed: number, exchange?: ContextExchange): { readonly count: number; run(i: number): LeakageFinding[] } {
  let shared: LeakContext | null = null;
  const context = (): LeakContext => {
    if (shared) return shared;
    const theirs = exchange?.take() ?? null;
    if (theirs) return (shared = theirs);
    shared = leakContext(base, cur, seed);
    exchange?.give(shared);
    return shared;
  };
  return {
    count: cur.features.length,
    run: (i) => {
      const f = featureLeak(base, cur, cur.features[i]!, context());
      return f ? [f] : [];
    },
  };
}

/**
 * What every feature's leakage part reads (featureLeakParts): the row samples and each model's own
 * predictiveness on them. About 60 ms at 10^6 rows a run (the sample, two score sorts), which both
 * threads paid when both ran parts (decision 0028) until one could hand it to the other.
 */
export function leakContext(base: EvalView | null, cur: EvalView, seed: number): LeakContext {
  const rowsCur = sampleRows(cur.n, seed);
  // The same rows for a baseline of the same size (the sample depends on the size and seed only; read only).
  const rowsBase = base ? (base.n === cur.n ? rowsCur : sampleRows(base.n, seed)) : null;
  const model = base && rowsBase ? modelPredictiveness(base, rowsBase) : null;
  const modelNow = modelPredictiveness(cur, rowsCur);
  // Share of the baseline model's remaining error (1 − AUC, 1 − |corr|) that the current model closed.
  const gain = model !== null && modelNow !== null && model < 1 ? (modelNow - model) / (1 - model) : null;
  return { rowsCur, rowsBase, model, modelNow, gain };
}

/**
 * The other thread's end of a pair's leakage context (featureLeakParts): `take` returns its
 * context if it has sent one by now (it never waits), `give` sends this thread's. Plain data both
 * ways: the samples are Int32Arrays and the rest numbers, the same whichever thread made them.
 */
export interface ContextExchange {
  take(): LeakContext | null;
  give(context: LeakContext): void;
}

export interface LeakContext {
  readonly rowsCur: Int32Array;
  readonly rowsBase: Int32Array | null;
  readonly model: number | null;
  readonly modelNow: number | null;
  readonly gain: number | null;
}

/** The leakage finding of one current feature, or null. */
function featureLeak(base: EvalView | null, cur: EvalView, col: Column, ctx: LeakContext): LeakageFinding | null {
  const { rowsCur, rowsBase, model, modelNow, gain } = ctx;
  const pc = predictiveness(cur, col, rowsCur);
  if (!pc) return null;
  const isNew = base !== null && !base.table.columns.some((c) => c.name === col.name);
  if (pc.value < LEAK_AUC) {
    const floor = pc.measure === 'auc' ? NEW_FEATURE_MIN_AUC : pc.measure === 'lambda' ? NEW_FEATURE_MIN_LAMBDA : NEW_FEATURE_MIN_CORR;
    const outpredicts = model !== null && pc.value >= model;
    const jumped = gain !== null && gain >= LEAK_GAIN_SHARE;
    if (isNew && model !== null && pc.value >= floor && (outpredicts || jumped)) {
      return {
        kind: 'feature_label',
        source: cur.path,
        reference: null,
        feature: col.name,
        base: null,
        cur: pc.value,
        n: rowsCur.length,
        pValue: 0,
        significant: true,
        strength: STRENGTH_NEW_FEATURE_SUSPECT,
        message: outpredicts
          ? `${col.name} is new and alone predicts ${cur.labelColumn} as well as the whole baseline model did (${MEASURE_LABEL[pc.measure]} ${pc.value.toFixed(4)} vs the baseline model's ${model.toFixed(4)}): check that it is known before the outcome`
          : `${col.name} is new, alone predicts ${cur.labelColumn} with ${MEASURE_LABEL[pc.measure]} ${pc.value.toFixed(4)}, and the model's ${MEASURE_LABEL[pc.measure]} jumped ${model.toFixed(4)} → ${modelNow!.toFixed(4)} (${(100 * gain!).toFixed(0)} % of its remaining error gone): check that it is known before the outcome`,
        details: { measure: pc.measure, value_cur: pc.value, value_base: null, new_feature: true, baseline_model: model, current_model: modelNow, error_closed: gain },
      };
    }
    return null;
  }
  const colBase = base?.features.find((c) => c.name === col.name && c.kind === col.kind);
  const pb = base && colBase && rowsBase ? predictiveness(base, colBase, rowsBase) : null;
  if (pb && pb.value >= 0.95) return null;
  const noBaseline = base === null;
  return {
    kind: 'feature_label',
    source: cur.path,
    reference: null,
    feature: col.name,
    base: pb?.value ?? null,
    cur: pc.value,
    n: rowsCur.length,
    pValue: 0,
    significant: true,
    strength: STRENGTH_FEATURE_LEAK * (noBaseline ? 0.7 : 1),
    message: `${col.name} alone predicts ${cur.labelColumn} (${MEASURE_LABEL[pc.measure]} ${pc.value.toFixed(4)}${pb ? `, baseline ${pb.value.toFixed(4)}` : colBase ? '' : ', new feature'})`,
    details: { measure: pc.measure, value_cur: pc.value, value_base: pb?.value ?? null, new_feature: !colBase && !noBaseline },
  };
}
