/**
 * Attribution of a regression to candidate causes, computed from the eval rows: which share of
 * the headline metric's change each cause accounts for (see decompose.ts for the arithmetic).
 *
 * `attributionContext` prepares, once per eval pair, the per-row losses of both runs and the id
 * pairing; the `*Share` functions answer one question each:
 * - `changedRowsShare`: id-matched rows — the change on the rows whose value of a column (or the
 *   label) changed, against all matched rows (preprocessing, data quality, a rename, relabelling);
 * - `segmentShare`: the within-segment change of one segment (a drift or a cause located there);
 * - `mixShare`: the part of the change that the new mix of a column's values explains under the
 *   baseline model (covariate shift: importance weights from the column's histogram);
 * - `priorShare`: the same over the true label — the prior-reweighted baseline (label shift);
 * - `modelShare`: what is left when the inputs did not move — the matched rows whose features and
 *   label are unchanged (paired), or the within-class change (unpaired): training and model causes.
 *
 * Pure: plain data in (EvalViews), plain data out.
 */
import type { Column } from '../../artifacts/table.js';
import type { EvalView } from '../../artifacts/types.js';
import { binaryLogLossRow, multiclassLogLossRow } from '../performance/metrics.js';
import { buildClassRun, buildRegRun, capabilities, pairRows, unifyClasses, usableRows, type Run } from '../performance/prepare.js';
import { makeKernel, metricNames } from '../performance/kernels.js';
import { buildSegmenter, type RowSource, type Segmenter } from '../performance/segment-columns.js';
import { HashIndex, hashRows } from '../data/columns.js';
import { pairedRowShare, pairedSegmentShare, shareOf, shiftShare, type Estimate, type Share, type ShiftShare } from './decompose.js';

/** The per-row loss a share is measured on. */
export type LossKind = 'error' | 'log_loss' | 'abs_error' | 'squared_error';

/** How a share was measured, for the evidence text. */
export type AttributionMethod = 'changed_rows' | 'segment' | 'mix' | 'prior' | 'prior_metric' | 'model' | 'duplicates';

export interface Attribution {
  readonly method: AttributionMethod;
  /** The per-row loss the share was measured on; 'metric' when it is of the headline metric itself. */
  readonly loss: LossKind | 'metric';
  readonly share: Share;
  /** Rows the share rests on (touched rows, segment rows, or all rows). */
  readonly rows: number;
  /** prior_metric: the headline metric of the baseline, of the re-weighted baseline and of the current run. */
  readonly metricValues?: { readonly base: number; readonly reweighted: number; readonly current: number };
}

export interface AttributionContext {
  readonly base: EvalView;
  readonly cur: EvalView;
  readonly src: RowSource;
  /**
   * Loss per analysis row of each run (aligned pair by pair when paired), for the losses this pair
   * has; each computed when first asked for (a review asks for one, the headline metric's).
   */
  readonly losses: LossTable;
  /** True class per analysis row (unified index), classification only. */
  readonly yBase: Int32Array | null;
  readonly yCur: Int32Array | null;
  readonly classes: number;
  /** The segmenters built so far, by column (several findings name the same column). */
  readonly segmenters: Map<string, Segmenter | null>;
  /**
   * segmentShare's answers so far, by loss, column and value: a drift, the segment regression it
   * causes and a bias finding often name the same segment, and each answer is two passes over
   * every pair (about 25 ms at 10^6 rows, in the review's serial tail).
   */
  readonly segmentShares: Map<string, Attribution | null>;
}

/** The column's segmenter over the pair's rows, built once per context. */
function segmenterOf(ctx: AttributionContext, column: string): Segmenter | null {
  let seg = ctx.segmenters.get(column);
  if (seg === undefined) ctx.segmenters.set(column, (seg = buildSegmenter(column, ctx.src)));
  return seg;
}

/** The per-row losses of a pair by kind: `has` without computing, `get` computes once. */
export class LossTable {
  private readonly made = new Map<LossKind, { base: Float64Array; cur: Float64Array } | null>();

  constructor(private readonly makers: ReadonlyMap<LossKind, () => { base: Float64Array; cur: Float64Array } | null>) {}

  /** Whether the pair has this loss (a probabilistic one needs scores in [0, 1] in both runs). */
  has(kind: LossKind): boolean {
    return this.get(kind) !== undefined;
  }

  get(kind: LossKind): { base: Float64Array; cur: Float64Array } | undefined {
    if (!this.made.has(kind)) this.made.set(kind, this.makers.get(kind)?.() ?? null);
    return this.made.get(kind) ?? undefined;
  }
}

/** Metrics whose change a per-row loss follows; others fall back to the task's default loss. */
const LOSS_OF_METRIC: Readonly<Record<string, LossKind>> = {
  accuracy: 'error',
  balanced_accuracy: 'error',
  f1: 'error',
  f1_macro: 'error',
  f1_weighted: 'error',
  precision: 'error',
  recall: 'error',
  auc: 'log_loss',
  auc_ovr_macro: 'log_loss',
  average_precision: 'log_loss',
  log_loss: 'log_loss',
  brier: 'log_loss',
  ece: 'log_loss',
  rmse: 'squared_error',
  mse: 'squared_error',
  r2: 'squared_error',
  mae: 'abs_error',
  mape: 'abs_error',
  mean_error: 'abs_error',
};

/** The loss that follows a headline metric (by its leaf name), available in this context. */
export function attributionLoss(ctx: AttributionContext, metric: string | null): LossKind {
  const leaf = metric?.split(/[.:]/).pop()?.toLowerCase() ?? '';
  const want = LOSS_OF_METRIC[leaf] ?? (ctx.cur.task === 'regression' ? 'abs_error' : 'error');
  if (ctx.losses.has(want)) return want;
  return ctx.cur.task === 'regression' ? 'abs_error' : 'error';
}

/** Human words for a loss ("the accuracy drop" is said by the caller; this names the row measure). */
export const LOSS_LABEL: Readonly<Record<LossKind | 'metric', string>> = {
  metric: 'metric itself',
  error: 'error rate',
  log_loss: 'log loss',
  abs_error: 'absolute error',
  squared_error: 'squared error',
};

/**
 * Prepares the rows of an eval pair for attribution; null when the pair cannot be compared
 * (no baseline, another task, no predictions).
 */
export function attributionContext(base: EvalView | null, cur: EvalView): AttributionContext | null {
  if (!base || base.task !== cur.task || !base.yPred || !cur.yPred) return null;
  const caps = capabilities(base, cur);
  const rowsB = usableRows(base, caps);
  const rowsC = usableRows(cur, caps);
  if (rowsB.length === 0 || rowsC.length === 0) return null;
  const p = pairRows(base, rowsB, cur, rowsC);
  const src: RowSource = p.paired
    ? { base: { view: base, rows: p.base }, cur: { view: cur, rows: p.cur }, paired: true }
    : { base: { view: base, rows: rowsB }, cur: { view: cur, rows: rowsC }, paired: false };
  const losses = new Map<LossKind, () => { base: Float64Array; cur: Float64Array } | null>();
  let yBase: Int32Array | null = null;
  let yCur: Int32Array | null = null;
  let classes = 0;
  if (cur.task === 'regression') {
    // Plain loops, not TypedArray.from with a callback: these run once per row of both runs.
    const err = (v: EvalView, rows: Int32Array, squared: boolean) => {
      const out = new Float64Array(rows.length);
      const pred = v.yPred!;
      const y = v.yTrue;
      for (let i = 0; i < rows.length; i++) {
        const e = pred[rows[i]!]! - y[rows[i]!]!;
        out[i] = squared ? e * e : Math.abs(e);
      }
      return out;
    };
    losses.set('abs_error', () => ({ base: err(base, src.base!.rows, false), cur: err(cur, src.cur.rows, false) }));
    losses.set('squared_error', () => ({ base: err(base, src.base!.rows, true), cur: err(cur, src.cur.rows, true) }));
  } else {
    const space = unifyClasses(base, cur);
    classes = space.classes.length;
    // Plain loops, not TypedArray.from with a callback: these run once per row of both runs.
    const mapped = (codes: ArrayLike<number>, rows: Int32Array, map: Int32Array) => {
      const out = new Int32Array(rows.length);
      for (let i = 0; i < rows.length; i++) out[i] = map[codes[rows[i]!]!]!;
      return out;
    };
    // 1 where the mapped prediction is not the true class: the prediction read through the map
    // in the same loop, with no array of mapped predictions (4 MB a run at 10^6 rows).
    const errors = (codes: ArrayLike<number>, rows: Int32Array, map: Int32Array, y: Int32Array) => {
      const out = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) out[i] = +(map[codes[rows[i]!]!]! !== y[i]!);
      return out;
    };
    yBase = mapped(base.yTrue, src.base!.rows, space.baseMap!);
    yCur = mapped(cur.yTrue, src.cur.rows, space.curMap);
    const yb = yBase;
    const yc = yCur;
    losses.set('error', () => ({ base: errors(base.yPred!, src.base!.rows, space.baseMap!, yb), cur: errors(cur.yPred!, src.cur.rows, space.curMap, yc) }));
    if (caps.probabilistic) {
      const ll = (v: EvalView, rows: Int32Array, y: Int32Array, map: Int32Array): Float64Array | null => {
        if (v.task === 'binary' && v.score) {
          // The score is of the view's classes[1]; on the unified space that may be class 0.
          const flip = map[1] === 0;
          const score = v.score;
          const out = new Float64Array(rows.length);
          for (let i = 0; i < rows.length; i++) {
            const s = score[rows[i]!]!;
            out[i] = binaryLogLossRow(y[i]!, flip ? 1 - s : s);
          }
          return out;
        }
        if (v.probs) {
          const probs: Float64Array[] = [];
          for (let c = 0; c < classes; c++) probs.push(new Float64Array(rows.length));
          v.probs.forEach((col, vc) => {
            const target = probs[map[vc]!]!;
            for (let i = 0; i < rows.length; i++) target[i] = col[rows[i]!]!;
          });
          return Float64Array.from(rows, (_r, i) => multiclassLogLossRow(y[i]!, probs, i));
        }
        return null;
      };
      losses.set('log_loss', () => {
        const lb = ll(base, src.base!.rows, yb, space.baseMap!);
        const lc = ll(cur, src.cur.rows, yc, space.curMap);
        return lb && lc ? { base: lb, cur: lc } : null;
      });
    }
  }
  return { base, cur, src, losses: new LossTable(losses), yBase, yCur, classes, segmenters: new Map(), segmentShares: new Map() };
}

function lossOf(ctx: AttributionContext, kind: LossKind): { base: Float64Array; cur: Float64Array } | null {
  return ctx.losses.get(kind) ?? null;
}

function weightsOf(v: EvalView, rows: Int32Array): Float64Array | null {
  return v.weight ? Float64Array.from(rows, (r) => v.weight![r]!) : null;
}

function columnOf(v: EvalView, name: string): Column | undefined {
  return v.table.columns.find((c) => c.name === name);
}

/** Relative tolerance under which two numbers are the same value (float formatting noise). */
const SAME_VALUE_REL = 1e-9;

/** Did the cell of `name` change between paired row k of the runs? A column one run lacks changed on every row. */
function changedMask(ctx: AttributionContext, names: readonly string[]): Uint8Array {
  const rb = ctx.src.base!.rows;
  const rc = ctx.src.cur.rows;
  const out = new Uint8Array(rb.length);
  for (const name of names) {
    const cb = columnOf(ctx.base, name);
    const cc = columnOf(ctx.cur, name);
    if (!cb || !cc || cb.kind !== cc.kind) {
      out.fill(1);
      return out;
    }
    if (cb.kind === 'number' && cc.kind === 'number') {
      for (let k = 0; k < rb.length; k++) {
        const i = rb[k]!;
        const j = rc[k]!;
        const a = cb.values[i]!;
        const b = cc.values[j]!;
        if (cb.missing[i] !== cc.missing[j]) out[k] = 1;
        else if (Number.isNaN(a) !== Number.isNaN(b)) out[k] = 1;
        else if (!Number.isNaN(a) && Math.abs(a - b) > SAME_VALUE_REL * Math.max(Math.abs(a), Math.abs(b), 1e-300)) out[k] = 1;
      }
    } else if (cb.kind === 'string' && cc.kind === 'string') {
      // Dictionaries differ per run: compare texts through a code map.
      const index = new Map(cb.dict.map((t, i) => [t, i]));
      const map = Int32Array.from(cc.dict, (t) => index.get(t) ?? -2);
      for (let k = 0; k < rb.length; k++) {
        const a = cb.codes[rb[k]!]!;
        const c = cc.codes[rc[k]!]!;
        const b = c < 0 ? -1 : map[c]!;
        if (a !== b) out[k] = 1;
      }
    }
  }
  return out;
}

/** Shift-share of the two runs' analysis rows over groups `gb` / `gc` (with the tables' row weights). */
function decompose(ctx: AttributionContext, loss: { base: Float64Array; cur: Float64Array }, gb: Int32Array | Int16Array, gc: Int32Array | Int16Array, k: number): ShiftShare | null {
  return shiftShare({ group: gb, loss: loss.base, weight: weightsOf(ctx.base, ctx.src.base!.rows) }, { group: gc, loss: loss.cur, weight: weightsOf(ctx.cur, ctx.src.cur.rows) }, k);
}

/**
 * Per pair, the current loss minus the baseline's; once per loss (the attribution asks for the
 * same change's parts one segment, column or row set at a time; the arrays are not written to).
 */
const diffs = new WeakMap<{ base: Float64Array; cur: Float64Array }, Float64Array>();

function pairedDiff(loss: { base: Float64Array; cur: Float64Array }): Float64Array {
  let d = diffs.get(loss);
  if (d) return d;
  d = new Float64Array(loss.cur.length);
  for (let k = 0; k < d.length; k++) d[k] = loss.cur[k]! - loss.base[k]!;
  diffs.set(loss, d);
  return d;
}

function count(mask: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i]!;
  return n;
}

/** Paired runs: the share of the change on the rows where a column (or the label, `label: true`) changed. */
export function changedRowsShare(ctx: AttributionContext, kind: LossKind, columns: readonly string[], label = false): Attribution | null {
  const loss = lossOf(ctx, kind);
  if (!ctx.src.paired || !loss) return null;
  const mask = changedMask(ctx, columns);
  if (label) {
    if (ctx.yBase && ctx.yCur) {
      for (let k = 0; k < mask.length; k++) if (ctx.yBase[k] !== ctx.yCur[k]) mask[k] = 1;
    } else {
      const rb = ctx.src.base!.rows;
      const rc = ctx.src.cur.rows;
      for (let k = 0; k < mask.length; k++) if (ctx.base.yTrue[rb[k]!] !== ctx.cur.yTrue[rc[k]!]) mask[k] = 1;
    }
  }
  const touched = count(mask);
  if (touched === 0) return null;
  const share = pairedRowShare(pairedDiff(loss), mask, weightsOf(ctx.cur, ctx.src.cur.rows));
  return share ? { method: 'changed_rows', loss: kind, share, rows: touched } : null;
}

/** The within-segment change of `column = value` as a share of the whole change. */
export function segmentShare(ctx: AttributionContext, kind: LossKind, column: string, value: string): Attribution | null {
  // JSON of the three: no separator a column name or value could contain.
  const key = JSON.stringify([kind, column, value]);
  const hit = ctx.segmentShares.get(key);
  if (hit !== undefined) return hit;
  const answer = segmentShareOnce(ctx, kind, column, value);
  ctx.segmentShares.set(key, answer);
  return answer;
}

function segmentShareOnce(ctx: AttributionContext, kind: LossKind, column: string, value: string): Attribution | null {
  const loss = lossOf(ctx, kind);
  if (!loss) return null;
  const seg = segmenterOf(ctx, column);
  if (!seg) return null;
  const g = seg.labels.indexOf(value);
  if (g < 0) return null;
  if (ctx.src.paired) {
    // From the losses and the segment's codes: no mask and no array of differences (issue 11).
    const r = pairedSegmentShare(loss.base, loss.cur, seg.cur, g, weightsOf(ctx.cur, ctx.src.cur.rows));
    return r.share ? { method: 'segment', loss: kind, share: r.share, rows: r.rows } : null;
  }
  const ss = decompose(ctx, loss, seg.base!, seg.cur, seg.labels.length);
  const grp = ss?.groups.find((x) => x.group === g);
  if (!ss || !grp || grp.mCur === null) return null;
  const share = shareOfPart(grp.within, ss.total);
  return share ? { method: 'segment', loss: kind, share, rows: grp.nCur } : null;
}

/**
 * The label of the numeric bin of `column` (as the performance segments cut it) that holds the
 * value `x`, or null when the column is not binned there. Bins are `[lo, hi)`, the last `[lo, hi]`.
 */
export function segmentValueAt(ctx: AttributionContext, column: string, x: number): string | null {
  const seg = segmenterOf(ctx, column);
  if (!seg || seg.kind !== 'bin') return null;
  for (const label of seg.labels) {
    const m = /^\[(.+), (.+)([)\]])$/.exec(label);
    if (!m) continue;
    const lo = Number(m[1]);
    const hi = Number(m[2]);
    if (x >= lo && (x < hi || (m[3] === ']' && x <= hi))) return label;
  }
  return null;
}

/** The segment of `column` whose within-change is the largest share (for a cause that names a column, not a value). */
export function largestSegmentShare(ctx: AttributionContext, kind: LossKind, column: string): (Attribution & { value: string; segments: number }) | null {
  const seg = segmenterOf(ctx, column);
  if (!seg) return null;
  let best: (Attribution & { value: string; segments: number }) | null = null;
  for (const value of seg.labels) {
    const a = segmentShare(ctx, kind, column, value);
    if (a && (!best || a.share.share > best.share.share)) best = { ...a, value, segments: seg.labels.length };
  }
  return best;
}

/** Unpaired runs: the part of the change that the new mix of `column`'s values explains under the baseline model. */
export function mixShare(ctx: AttributionContext, kind: LossKind, column: string): Attribution | null {
  const loss = lossOf(ctx, kind);
  if (!loss || ctx.src.paired) return null;
  const seg = segmenterOf(ctx, column);
  if (!seg || !seg.base) return null;
  const ss = decompose(ctx, loss, seg.base, seg.cur, seg.labels.length);
  if (!ss) return null;
  const share = shareOfPart(ss.mix, ss.total, 0);
  return share ? { method: 'mix', loss: kind, share, rows: ctx.src.cur.rows.length } : null;
}

/** Fewest quantile bins of a regression target for the prior decomposition. */
const TARGET_BINS = 5;
/**
 * Baseline rows per target bin: the target is cut as finely as this allows. Under a label shift
 * P(x | y) holds for each y, so the re-weighting is exact only by value; a coarse bin leaves the
 * shift of y inside it (a heavy tail of counts moving out within the top quintile) in the
 * "within" part. Fifty rows keep each group's mean loss stable.
 */
const ROWS_PER_TARGET_BIN = 50;

/** True-label groups per analysis row: the class, or the baseline quantile bin of a regression target. */
function labelGroups(ctx: AttributionContext): { base: Int32Array; cur: Int32Array; k: number } | null {
  if (ctx.yBase && ctx.yCur) return { base: ctx.yBase, cur: ctx.yCur, k: ctx.classes };
  const yb = Float64Array.from(ctx.src.base!.rows, (r) => ctx.base.yTrue[r]!);
  const yc = Float64Array.from(ctx.src.cur.rows, (r) => ctx.cur.yTrue[r]!);
  const sorted = Float64Array.from(yb).sort();
  if (sorted.length < TARGET_BINS) return null;
  const bins = Math.max(TARGET_BINS, Math.floor(sorted.length / ROWS_PER_TARGET_BIN));
  // Distinct inner edges only: a discrete target (counts) gets one group per value where the
  // quantiles fall on it.
  const edges: number[] = [];
  for (let q = 1; q < bins; q++) {
    const e = sorted[Math.floor((q * sorted.length) / bins)]!;
    if (edges.length === 0 || e > edges[edges.length - 1]!) edges.push(e);
  }
  const bin = (v: number) => {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (v >= edges[mid]!) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { base: Int32Array.from(yb, bin), cur: Int32Array.from(yc, bin), k: edges.length + 1 };
}

/**
 * The prior-reweighted baseline: the baseline model's loss under the current label mix, as a share
 * of the change (unpaired runs; paired runs share their labels unless relabelled — see
 * changedRowsShare with `label`). Also returns the reweighted baseline loss itself.
 */
export function priorShare(ctx: AttributionContext, kind: LossKind): (Attribution & { reweightedBase: number; base: number; cur: number }) | null {
  const loss = lossOf(ctx, kind);
  if (!loss) return null;
  const g = labelGroups(ctx);
  if (!g) return null;
  const ss = decompose(ctx, loss, g.base, g.cur, g.k);
  if (!ss) return null;
  const share = shareOfPart(ss.mix, ss.total, 0);
  return share ? { method: 'prior', loss: kind, share, rows: ctx.src.cur.rows.length, reweightedBase: ss.reweightedBase.value, base: ss.base, cur: ss.cur } : null;
}

/**
 * What the model itself accounts for when the inputs did not move: paired, the matched rows whose
 * features and label are unchanged; unpaired, the within-class change (the change left once the
 * label mix is accounted for).
 */
export function modelShare(ctx: AttributionContext, kind: LossKind): Attribution | null {
  const loss = lossOf(ctx, kind);
  if (!loss) return null;
  if (ctx.src.paired) {
    const cols = ctx.cur.features.map((c) => c.name);
    const changed = changedMask(ctx, cols);
    if (ctx.yBase && ctx.yCur) for (let k = 0; k < changed.length; k++) if (ctx.yBase[k] !== ctx.yCur[k]) changed[k] = 1;
    const same = Uint8Array.from(changed, (x) => 1 - x);
    const n = count(same);
    if (n === 0) return null;
    const share = pairedRowShare(pairedDiff(loss), same, weightsOf(ctx.cur, ctx.src.cur.rows));
    return share ? { method: 'model', loss: kind, share, rows: n } : null;
  }
  const g = labelGroups(ctx);
  if (!g) return null;
  const ss = decompose(ctx, loss, g.base, g.cur, g.k);
  if (!ss) return null;
  const share = shareOfPart(ss.within, ss.total);
  return share ? { method: 'model', loss: kind, share, rows: ctx.src.cur.rows.length } : null;
}

/**
 * Unpaired runs, a column whose values went missing or invalid: the excess change on the current
 * rows where `column` is missing (a group the baseline barely has) as a share of the change.
 */
export function missingRowsShare(ctx: AttributionContext, kind: LossKind, column: string): Attribution | null {
  const loss = lossOf(ctx, kind);
  if (!loss) return null;
  const cb = columnOf(ctx.base, column);
  const cc = columnOf(ctx.cur, column);
  if (!cc) return null;
  const isMissing = (c: Column | undefined, r: number) => !c || (c.kind === 'number' ? c.missing[r] === 1 || !Number.isFinite(c.values[r]!) : c.codes[r]! < 0);
  const gb = Int32Array.from(ctx.src.base!.rows, (r) => (isMissing(cb, r) ? 1 : 0));
  const gc = Int32Array.from(ctx.src.cur.rows, (r) => (isMissing(cc, r) ? 1 : 0));
  if (ctx.src.paired) {
    const mask = Uint8Array.from(gc);
    const n = count(mask);
    if (n === 0) return null;
    const share = pairedRowShare(pairedDiff(loss), mask, weightsOf(ctx.cur, ctx.src.cur.rows));
    return share ? { method: 'changed_rows', loss: kind, share, rows: n } : null;
  }
  const ss = decompose(ctx, loss, gb, gc, 2);
  const grp = ss?.groups.find((x) => x.group === 1);
  if (!ss || !grp || grp.mCur === null) return null;
  const share = shareOfPart(grp.within, ss.total);
  return share ? { method: 'changed_rows', loss: kind, share, rows: grp.nCur } : null;
}


/**
 * Duplicated eval rows change a metric only by counting some rows more than once. The part of the
 * change they account for is the current loss as measured minus the current loss with every
 * identical row (all features and the label) counted once (weights 1/multiplicity): if the
 * regression is still there on the de-duplicated rows, the duplicates are not why the model got
 * worse. Var(part) = Σ c_k²(l_k − L)² with c_k the row's weight difference between the two means;
 * the total is the run-to-run change (paired: the mean paired difference). Null without
 * duplicates.
 */
export function duplicateRowsShare(ctx: AttributionContext, kind: LossKind): Attribution | null {
  const loss = lossOf(ctx, kind);
  if (!loss) return null;
  const rows = ctx.src.cur.rows;
  const m = rows.length;
  if (m === 0) return null;
  const label = ctx.cur.table.columns.find((c) => c.name === ctx.cur.labelColumn);
  const cols = label ? [...ctx.cur.features, label] : [...ctx.cur.features];
  if (cols.length === 0) return null;
  const index = new HashIndex(hashRows(cols, ctx.cur.n, rows), m);
  const group = new Int32Array(m);
  const mult = new Float64Array(m);
  let copies = 0;
  for (let k = 0; k < m; k++) {
    const f = index.add(k);
    group[k] = f < 0 ? k : f;
    mult[group[k]!]! += 1;
    if (f >= 0) copies++;
  }
  if (copies === 0) return null;
  const u = weightsOf(ctx.cur, rows);
  const l = loss.cur;
  let U = 0;
  let V = 0;
  let LU = 0;
  let LV = 0;
  for (let k = 0; k < m; k++) {
    const uk = u ? u[k]! : 1;
    const vk = uk / mult[group[k]!]!;
    U += uk;
    V += vk;
    LU += uk * l[k]!;
    LV += vk * l[k]!;
  }
  if (!(U > 0) || !(V > 0)) return null;
  const lAll = LU / U;
  const partValue = lAll - LV / V;
  // The total: paired, the mean of the paired differences; else the difference of the run means.
  let total: Estimate;
  let cov = 0;
  let partVar = 0;
  if (ctx.src.paired) {
    const d = pairedDiff(loss);
    let D = 0;
    for (let k = 0; k < m; k++) D += (u ? u[k]! : 1) * d[k]!;
    D /= U;
    let vd = 0;
    for (let k = 0; k < m; k++) {
      const uk = u ? u[k]! : 1;
      const c = uk / U - uk / mult[group[k]!]! / V;
      partVar += c * c * (l[k]! - lAll) ** 2;
      cov += c * (uk / U) * (l[k]! - lAll) * (d[k]! - D);
      vd += (uk / U) ** 2 * (d[k]! - D) ** 2;
    }
    total = { value: D, se: Math.sqrt(vd) };
  } else {
    const meanVar = (x: Float64Array, w: Float64Array | null): [number, number] => {
      let W = 0;
      let S = 0;
      for (let k = 0; k < x.length; k++) {
        W += w ? w[k]! : 1;
        S += (w ? w[k]! : 1) * x[k]!;
      }
      const mu = S / W;
      let v = 0;
      for (let k = 0; k < x.length; k++) v += ((w ? w[k]! : 1) / W) ** 2 * (x[k]! - mu) ** 2;
      return [mu, v];
    };
    const [mb, vb] = meanVar(loss.base, weightsOf(ctx.base, ctx.src.base!.rows));
    const [, vc] = meanVar(l, u);
    total = { value: lAll - mb, se: Math.sqrt(vb + vc) };
    for (let k = 0; k < m; k++) {
      const uk = u ? u[k]! : 1;
      const c = uk / U - uk / mult[group[k]!]! / V;
      partVar += c * c * (l[k]! - lAll) ** 2;
      cov += c * (uk / U) * (l[k]! - lAll) ** 2;
    }
  }
  const share = shareOfPart({ value: partValue, se: Math.sqrt(partVar) }, total, cov);
  return share ? { method: 'duplicates', loss: kind, share, rows: copies } : null;
}

/** A part's share of the total; `cov` = cov(part, total), by default var(part) (a component of the total). The mix term is
 * computed from the baseline's group means and both mixes; its covariance with the total is left at 0 (it is not one of
 * the total's independent components). */
function shareOfPart(part: Estimate, total: Estimate, cov?: number): Share | null {
  return cov === undefined ? shareOf(part, total) : shareOf(part, total, cov);
}

/** p_cur(g) / p_base(g) per label group (0 for a group the baseline lacks): the prior re-weighting. */
function priorRatios(g: { base: Int32Array; cur: Int32Array; k: number }, wb: Float64Array | null, wc: Float64Array | null): Float64Array {
  const pb = new Float64Array(g.k);
  const pc = new Float64Array(g.k);
  g.base.forEach((c, i) => (pb[c]! += wb ? wb[i]! : 1));
  g.cur.forEach((c, i) => (pc[c]! += wc ? wc[i]! : 1));
  const nb = pb.reduce((a, b) => a + b, 0);
  const nc = pc.reduce((a, b) => a + b, 0);
  return Float64Array.from(pb, (x, c) => (x > 0 ? pc[c]! / nc / (x / nb) : 0));
}

/** Calibration rows (confidence, hit) of one run's analysis rows, with optional weights; null without probabilities. */
function calibrationRowsOf(v: EvalView, rows: Int32Array, y: Int32Array, map: Int32Array, classes: number): { conf: Float64Array; hit: Uint8Array } | null {
  if (v.task === 'binary' && v.score) {
    // Positive-class calibration on the unified space: the score is of the view's classes[1].
    const flip = map[1] === 0;
    return { conf: Float64Array.from(rows, (r) => (flip ? 1 - v.score![r]! : v.score![r]!)), hit: Uint8Array.from(y, (c) => (c === 1 ? 1 : 0)) };
  }
  if (!v.probs) return null;
  const conf = new Float64Array(rows.length);
  const hit = new Uint8Array(rows.length);
  const unified: (Float64Array | null)[] = Array.from({ length: classes }, () => null);
  v.probs.forEach((col, vc) => (unified[map[vc]!] = col));
  for (let i = 0; i < rows.length; i++) {
    let top = -1;
    let best = -Infinity;
    for (let c = 0; c < classes; c++) {
      const col = unified[c];
      if (!col) continue;
      const p = col[rows[i]!]!;
      if (p > best) {
        best = p;
        top = c;
      }
    }
    conf[i] = best;
    hit[i] = top === y[i] ? 1 : 0;
  }
  return { conf, hit };
}

/**
 * The prior-reweighted baseline's calibration: the ECE the baseline model would show under the
 * current label mix (baseline rows weighted by p_cur(y) / p_base(y)). Under pure label shift the
 * scores keep P(x | y) while the prior moves, so this reproduces the current ECE: a calibration
 * change that the label prior explains. Null without probabilities or for regression.
 */
export function priorReweightedEce(ctx: AttributionContext, ece: (rows: { conf: Float64Array; hit: Uint8Array; weight: Float64Array | null }) => number): { base: number; reweighted: number; cur: number } | null {
  if (!ctx.yBase || !ctx.yCur) return null;
  const space = unifyClasses(ctx.base, ctx.cur);
  const rb = calibrationRowsOf(ctx.base, ctx.src.base!.rows, ctx.yBase, space.baseMap!, ctx.classes);
  const rc = calibrationRowsOf(ctx.cur, ctx.src.cur.rows, ctx.yCur, space.curMap, ctx.classes);
  if (!rb || !rc) return null;
  const wb = weightsOf(ctx.base, ctx.src.base!.rows);
  const wc = weightsOf(ctx.cur, ctx.src.cur.rows);
  const ratio = priorRatios({ base: ctx.yBase, cur: ctx.yCur, k: ctx.classes }, wb, wc);
  const w = Float64Array.from(ctx.yBase, (c, i) => ratio[c]! * (wb ? wb[i]! : 1));
  return { base: ece({ ...rb, weight: wb }), reweighted: ece({ ...rb, weight: w }), cur: ece({ ...rc, weight: wc }) };
}

/**
 * Every headline metric of the baseline model under the current label mix: the baseline rows
 * re-weighted by p_cur(y) / p_base(y) (classes; regression targets by their baseline quintile
 * bin) and scored with the same kernels as the headline. Under pure label shift this reproduces
 * the current metric — including metrics that depend on prevalence (average precision, F1,
 * precision) or on the target's spread (R²), which a per-row loss cannot decompose.
 */
export function priorReweightedMetrics(ctx: AttributionContext): Map<string, number> | null {
  const g = labelGroups(ctx);
  if (!g) return null;
  const ratio = priorRatios(g, weightsOf(ctx.base, ctx.src.base!.rows), weightsOf(ctx.cur, ctx.src.cur.rows));
  // A weight per view row of the baseline (rows outside the analysis rows keep weight 0: unused).
  const weight = new Float64Array(ctx.base.n);
  const rows = ctx.src.base!.rows;
  for (let i = 0; i < rows.length; i++) weight[rows[i]!] = ratio[g.base[i]!]! * (ctx.base.weight ? ctx.base.weight[rows[i]!]! : 1);
  const view: EvalView = { ...ctx.base, weight };
  const caps = { ...capabilities(ctx.base, ctx.cur), weighted: true };
  let run: Run;
  if (ctx.cur.task === 'regression') run = buildRegRun(view, rows);
  else {
    const space = unifyClasses(ctx.base, ctx.cur);
    run = buildClassRun(view, rows, space, space.baseMap!, caps);
  }
  const names = metricNames([run]);
  const out = new Float64Array(names.length);
  makeKernel(run, names).evaluate(null, out);
  return new Map(names.map((m, j) => [m, out[j]!]));
}
