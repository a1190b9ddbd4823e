/**
 * Turns the EvalViews of two runs into aligned, typed per-row arrays the metrics and tests work
 * on: drops unusable rows, puts both runs on one class list, matches rows by id (pairing), and
 * precomputes per-row terms (correctness, log loss, Brier, calibration bin) and score orders.
 *
 * "Analysis rows" are the rows kept, in a fixed order; when the runs are paired, analysis row k
 * of the baseline and analysis row k of the current run carry the same id.
 */
import type { EvalView } from '../../artifacts/types.js';
import { eceBin } from './calibration.js';
import { binaryLogLossRow, multiclassBrierRow, multiclassLogLossRow } from './metrics.js';
import { gatherF64, gatherI32, iota } from './arrays.js';
import { argsortDescending, rankRows, type Ranked } from './ranked.js';
import { sameIdSequence } from '../../artifacts/row-ids.js';
import { sameBytes } from '../../artifacts/twins.js';
import { HashIndex } from '../data/columns.js';
import { releaseNow } from '../../memory.js';

/**
 * Share of rows that must find a partner by id for the comparison to be paired. Above it the
 * few rows without a partner are left out (at most 10% of the rows: little power lost, and every
 * headline metric keeps its paired bootstrap); below it the eval set itself changed and the runs
 * are compared as independent samples, with the matched part still tested paired where tests
 * run per segment (PARTIAL_PAIRING_MIN_PAIRS).
 */
export const PAIRING_MIN_MATCH = 0.9;

/**
 * Fewest id-matched pairs for a partial match to be used: below the default segment support
 * (30 rows) a paired part could not carry a segment's test of its own, and the comparison stays
 * purely unpaired as before. With at least this many pairs, segment and group tests run paired on
 * the matched rows and unpaired on the rest, the two p-values combined by Stouffer's weighted Z
 * (partial.ts).
 */
export const PARTIAL_PAIRING_MIN_PAIRS = 30;

/** The two runs' class lists merged: baseline order first, then classes new in the current run. */
export interface ClassSpace {
  readonly classes: readonly string[];
  /** View class index → unified index, per run. */
  readonly baseMap: Int32Array | null;
  readonly curMap: Int32Array;
}

export function unifyClasses(base: EvalView | null, cur: EvalView): ClassSpace {
  const classes = [...(base ? base.classes : cur.classes)];
  const index = new Map(classes.map((c, i) => [c, i]));
  const mapOf = (v: EvalView): Int32Array =>
    Int32Array.from(v.classes, (c) => {
      let i = index.get(c);
      if (i === undefined) {
        i = classes.length;
        classes.push(c);
        index.set(c, i);
      }
      return i;
    });
  const baseMap = base ? mapOf(base) : null;
  const curMap = mapOf(cur);
  return { classes, baseMap, curMap };
}

/** What each run offers, decided once for both runs so that they are compared on the same metrics. */
export interface Capabilities {
  /** Binary score / multiclass probabilities present in every compared run. */
  readonly scores: boolean;
  /** Scores are probabilities in [0, 1]: log loss, Brier and calibration apply. */
  readonly probabilistic: boolean;
  readonly weighted: boolean;
}

function hasScores(v: EvalView): boolean {
  return v.task === 'binary' ? v.score !== null : v.task === 'multiclass' ? v.probs !== null && v.probs.length > 0 : false;
}

export function capabilities(base: EvalView | null, cur: EvalView): Capabilities {
  const views = base ? [base, cur] : [cur];
  const scores = views.every(hasScores);
  const probabilistic = scores && views.every(scoresInUnitInterval);
  return { scores, probabilistic, weighted: views.some((v) => v.weight !== null) };
}

/**
 * What a view's rows allow, computed once per view: the performance stage and the diagnosis's
 * attribution (analysis/attribution) both ask, and each answer is a pass over every row (at 10^6
 * rows, 20-30 ms of the review's serial end). Views do not change after the load; the arrays
 * returned are shared and never written.
 */
const inUnitInterval = new WeakMap<EvalView, boolean>();
const usable = new WeakMap<EvalView, { withScores?: Int32Array; withoutScores?: Int32Array }>();

function scoresInUnitInterval(v: EvalView): boolean {
  let known = inUnitInterval.get(v);
  if (known === undefined) inUnitInterval.set(v, (known = scanUnitInterval(v)));
  return known;
}

function scanUnitInterval(v: EvalView): boolean {
  const cols = v.task === 'binary' ? (v.score ? [v.score] : []) : (v.probs ?? []);
  for (const col of cols) {
    for (let i = 0; i < col.length; i++) {
      const p = col[i]!;
      if (p < 0 || p > 1) return false;
    }
  }
  return true;
}

/** Indices of the rows of `v` that every metric can use (an array shared by every caller: read only). */
export function usableRows(v: EvalView, caps: Capabilities): Int32Array {
  let known = usable.get(v);
  if (!known) usable.set(v, (known = {}));
  if (caps.scores) return (known.withScores ??= scanUsableRows(v, true));
  return (known.withoutScores ??= scanUsableRows(v, false));
}

function scanUsableRows(v: EvalView, scores: boolean): Int32Array {
  if (everyRowUsable(v, scores)) return iota(v.n);
  // A typed buffer of the largest size, not a growing number[]: this runs over every row.
  const keep = new Int32Array(v.n);
  let kept = 0;
  const k = v.classes.length;
  for (let i = 0; i < v.n; i++) {
    const y = v.yTrue[i]!;
    const p = v.yPred ? v.yPred[i]! : NaN;
    if (!Number.isFinite(y) || !Number.isFinite(p)) continue;
    if (v.weight) {
      const w = v.weight[i]!;
      if (!Number.isFinite(w) || w < 0) continue;
    }
    if (v.task !== 'regression') {
      if (!Number.isInteger(y) || !Number.isInteger(p) || y < 0 || p < 0 || y >= k || p >= k) continue;
      if (scores && !scoresFinite(v, i)) continue;
    }
    keep[kept++] = i;
  }
  return kept === keep.length ? keep : keep.slice(0, kept);
}

/**
 * scanUsableRows keeps every row (the usual eval table): classification codes that are integers in
 * [0, k), a finite score, a finite non-negative weight, a finite regression label and prediction.
 * The same tests as its loop, row for row, folded into one flag without a branch per test: the
 * loop's dozen branches per row took 25 ms of a 10^6-row view, on the review's serial path
 * (issue 11). Multiclass probabilities go through the loop.
 */
function everyRowUsable(v: EvalView, scores: boolean): boolean {
  const { yTrue, yPred, weight, n } = v;
  if (!yPred) return false;
  let bad = 0;
  if (v.task === 'regression') {
    for (let i = 0; i < n; i++) bad |= yTrue[i]! - yTrue[i]! === 0 && yPred[i]! - yPred[i]! === 0 ? 0 : 1;
  } else {
    if (scores && v.task !== 'binary') return false;
    const score = scores ? v.score : null;
    if (scores && !score) return false;
    const k = v.classes.length;
    for (let i = 0; i < n; i++) {
      // x >>> 0 === x: a finite integer in [0, 2^32) (NaN, ±Infinity, fractions and negatives fail it).
      const y = yTrue[i]!;
      const p = yPred[i]!;
      bad |= (y >>> 0 !== y ? 1 : 0) | (p >>> 0 !== p ? 1 : 0) | (y >= k ? 1 : 0) | (p >= k ? 1 : 0);
    }
    if (score) for (let i = 0; i < n; i++) bad |= score[i]! - score[i]! === 0 ? 0 : 1;
  }
  if (weight) for (let i = 0; i < n; i++) bad |= weight[i]! - weight[i]! === 0 && weight[i]! >= 0 ? 0 : 1;
  return bad === 0;
}

function scoresFinite(v: EvalView, i: number): boolean {
  if (v.task === 'binary') return v.score !== null && Number.isFinite(v.score[i]!);
  for (const col of v.probs ?? []) if (!Number.isFinite(col[i]!)) return false;
  return true;
}

export type Pairing =
  | { readonly paired: true; readonly base: Int32Array; readonly cur: Int32Array; readonly unmatched: number }
  | {
      readonly paired: false;
      readonly reason: 'no_ids' | 'duplicate_ids' | 'ids_differ';
      readonly matchShare: number;
      /** View rows of the id-matched pairs when enough ids match (PARTIAL_PAIRING_MIN_PAIRS), else null. */
      readonly partial: { readonly base: Int32Array; readonly cur: Int32Array } | null;
    };

/**
 * Matches usable rows by id (the hashes of their text, see RowIds). Paired when ids are unique in both runs and at least 90% of
 * the rows of each run find a partner; rows without one are then left out of the comparison.
 * Below that, unpaired, with the matched pairs returned as a partial match when there are
 * enough of them (PARTIAL_PAIRING_MIN_PAIRS). Analysis order is the baseline's row order.
 */
export function pairRows(base: EvalView, baseRows: Int32Array, cur: EvalView, curRows: Int32Array): Pairing {
  // Once per pair of views and rows, like usableRows (the arrays of a Pairing are read only).
  const byCur = pairings.get(base) ?? new WeakMap();
  pairings.set(base, byCur);
  const known = byCur.get(cur);
  if (known && known.baseRows === baseRows && known.curRows === curRows) return known.pairing;
  const pairing = matchRows(base, baseRows, cur, curRows);
  byCur.set(cur, { baseRows, curRows, pairing });
  return pairing;
}

const pairings = new WeakMap<EvalView, WeakMap<EvalView, { baseRows: Int32Array; curRows: Int32Array; pairing: Pairing }>>();

function matchRows(base: EvalView, baseRows: Int32Array, cur: EvalView, curRows: Int32Array): Pairing {
  if (!base.ids || !cur.ids) return { paired: false, reason: 'no_ids', matchShare: 0, partial: null };
  const same = sameIdSequence(base.ids, cur.ids) ? positionalPairs(baseRows, curRows) : null;
  if (same) return same;
  const index = new HashIndex(base.ids, baseRows.length);
  for (let k = 0; k < baseRows.length; k++) {
    if (index.add(baseRows[k]!) >= 0) return { paired: false, reason: 'duplicate_ids', matchShare: 0, partial: null };
  }
  // partner[baseRow] = current row with the same id; a second claim means a duplicate id.
  const partner = new Int32Array(base.n).fill(-1);
  let matched = 0;
  for (let k = 0; k < curRows.length; k++) {
    const c = curRows[k]!;
    const b = index.find(cur.ids.h1[c]!, cur.ids.h2[c]!);
    if (b < 0) continue;
    if (partner[b] !== -1) return { paired: false, reason: 'duplicate_ids', matchShare: 0, partial: null };
    partner[b] = curRows[k]!;
    matched++;
  }
  const share = matched / Math.max(baseRows.length, curRows.length, 1);
  const pb = new Int32Array(matched);
  const pc = new Int32Array(matched);
  let j = 0;
  for (let k = 0; k < baseRows.length; k++) {
    const b = baseRows[k]!;
    if (partner[b] === -1) continue;
    pb[j] = b;
    pc[j++] = partner[b]!;
  }
  if (share < PAIRING_MIN_MATCH) {
    return { paired: false, reason: 'ids_differ', matchShare: share, partial: matched >= PARTIAL_PAIRING_MIN_PAIRS ? { base: pb, cur: pc } : null };
  }
  return { paired: true, base: pb, cur: pc, unmatched: baseRows.length + curRows.length - 2 * matched };
}


/**
 * Both tables list the same ids in the same order (the usual case: one eval set scored twice):
 * row i pairs with row i, with no hashing of 100k ids. Repeated ids are harmless here, the
 * position settles which row is which.
 */
function positionalPairs(baseRows: Int32Array, curRows: Int32Array): Pairing | null {
  const n = Math.max(baseRows.length, curRows.length);
  const inCur = new Uint8Array(n === 0 ? 0 : Math.max(baseRows[baseRows.length - 1] ?? 0, curRows[curRows.length - 1] ?? 0) + 1);
  for (let k = 0; k < curRows.length; k++) inCur[curRows[k]!] = 1;
  const keep = new Int32Array(baseRows.length);
  let kept = 0;
  for (let k = 0; k < baseRows.length; k++) if (inCur[baseRows[k]!]) keep[kept++] = baseRows[k]!;
  if (kept / Math.max(n, 1) < PAIRING_MIN_MATCH) return null;
  const rows = kept === keep.length ? keep : keep.slice(0, kept);
  return { paired: true, base: rows, cur: rows, unmatched: baseRows.length + curRows.length - 2 * rows.length };
}

/**
 * Permutation of analysis rows into descending order of the (binary) score of `v`, or null when
 * there is no score. The bootstrap draws rows exchangeably, so the analysis row order is free;
 * putting it in score order lets the binary kernel read resample counts in place (kernels.ts).
 */
export function scoreOrder(v: EvalView, rows: Int32Array, space: ClassSpace, map: Int32Array): Int32Array | null {
  if (v.task !== 'binary' || !v.score) return null;
  const flip = map[1] === 0 && space.classes.length === 2;
  const ahead = ordersAhead.get(v.score);
  if (ahead && ahead.flip === flip && sameBytes(ahead.rows, rows)) return ahead.order;
  return sortedScores(v.score, rows, flip);
}

function sortedScores(score: Float64Array, rows: Int32Array, flip: boolean): Int32Array {
  const s = gatherF64(score, rows);
  if (flip) for (let k = 0; k < s.length; k++) s[k] = 1 - s[k]!;
  return argsortDescending(s);
}

/**
 * Score orders made ahead (prepareAhead), by the score array they sort: the rows and the flip
 * they were made for, which scoreOrder checks (a view the twin step replaced keeps its score
 * array unless the other run's scores are the same bytes; then the order is made again).
 */
const ordersAhead = new WeakMap<Float64Array, { readonly rows: Int32Array; readonly flip: boolean; readonly order: Int32Array }>();

/**
 * The part of prepare that one run's view allows on its own: its usable rows with scores and its
 * score order over them, unflipped (the positive class is the view's own classes[1], as the
 * unified class list keeps it unless the other run names the classes otherwise). The review calls
 * it for the baseline while the current run's table is still being parsed on another core, when
 * this thread would wait (issue 11: the baseline's score sort was 85 ms of the serial start at
 * 10^6 rows). prepareRows then finds the order when the rows and flip are the same, and makes its
 * own otherwise: the analysis is the same either way (decision 0038).
 */
export function prepareAhead(v: EvalView): void {
  if (v.task !== 'binary' || !v.score || ordersAhead.has(v.score)) return;
  const rows = usableRows(v, { scores: true, probabilistic: false, weighted: false });
  ordersAhead.set(v.score, { rows, flip: false, order: sortedScores(v.score, rows, false) });
}

export function permute(rows: Int32Array, perm: Int32Array | null): Int32Array {
  return perm ? gatherI32(rows, perm) : rows;
}

/** A classification run restricted to its analysis rows. */
export interface ClassRun {
  readonly kind: 'class';
  readonly view: EvalView;
  /** View row index of each analysis row. */
  readonly rows: Int32Array;
  readonly n: number;
  readonly k: number;
  readonly binary: boolean;
  readonly y: Int32Array;
  readonly pred: Int32Array;
  /** Row weights (all 1 when the table has none). */
  readonly w: Float64Array;
  readonly weighted: boolean;
  /** 1 when pred = y. */
  readonly correct: Uint8Array;
  /** Confusion cell y·k + pred. */
  readonly cell: Int32Array;
  /** Binary: score of the positive class. */
  readonly score: Float64Array | null;
  /** Multiclass: probability per unified class. */
  readonly probs: Float64Array[] | null;
  /**
   * Per-row log loss and Brier terms (probabilistic scores only). Read by the headline metrics'
   * kernels alone, and let go after them (releaseLossTerms): null from then on.
   */
  ll: Float64Array | null;
  br: Float64Array | null;
  /** Calibration view: confidence, hit and ECE bin per row. */
  readonly conf: Float64Array | null;
  readonly hit: Uint8Array | null;
  readonly bin: Uint8Array | null;
  /** Score orders: binary [positive class]; multiclass one per class (one-vs-rest). */
  readonly ranked: Ranked[] | null;
}

/** A regression run restricted to its analysis rows. */
export interface RegRun {
  readonly kind: 'reg';
  readonly view: EvalView;
  readonly rows: Int32Array;
  readonly n: number;
  readonly y: Float64Array;
  readonly pred: Float64Array;
  readonly w: Float64Array;
  readonly weighted: boolean;
  /** Squared error per row. */
  readonly se: Float64Array;
}

export type Run = ClassRun | RegRun;

function weightsOf(v: EvalView, rows: Int32Array): Float64Array {
  return v.weight ? gatherF64(v.weight, rows) : unitWeights(rows.length);
}

/** The all-ones weights last made, while anything holds them (see unitWeights). */
let lastUnit: WeakRef<Float64Array> | null = null;

/**
 * All-ones weights of `n` rows, one array for every unweighted run of that size: the runs of a
 * comparison have the same rows as a rule, and nothing writes to a run's weights (8 MB a run at
 * 10^6 rows; decision 0032). Held weakly, so that it goes with the last run that uses it.
 */
function unitWeights(n: number): Float64Array {
  const last = lastUnit?.deref();
  if (last !== undefined && last.length === n) return last;
  const unit = new Float64Array(n).fill(1);
  lastUnit = new WeakRef(unit);
  return unit;
}

export function buildRegRun(v: EvalView, rows: Int32Array): RegRun {
  const y = gatherF64(v.yTrue, rows);
  const pred = gatherF64(v.yPred!, rows);
  const se = new Float64Array(rows.length);
  for (let i = 0; i < se.length; i++) se[i] = (pred[i]! - y[i]!) ** 2;
  return { kind: 'reg', view: v, rows, n: rows.length, y, pred, w: weightsOf(v, rows), weighted: v.weight !== null, se };
}

/**
 * Builds a classification run on the unified class space. A binary run whose positive class is
 * the unified negative one (class order flipped between runs) gets its score mirrored.
 */
export function buildClassRun(v: EvalView, rows: Int32Array, space: ClassSpace, map: Int32Array, caps: Capabilities, other: ClassRun | null = null): ClassRun {
  const n = rows.length;
  const k = v.task === 'binary' ? 2 : space.classes.length;
  const binary = v.task === 'binary';
  // The other run's true classes when they are these (sameLabels): one array, read only.
  const shared = other !== null && sameLabels(other, v, rows, map);
  const y = shared ? other.y : new Int32Array(n);
  const pred = new Int32Array(n);
  const correct = new Uint8Array(n);
  const cell = new Int32Array(n);
  // The rows are in score order: the classes are mapped to bytes in storage order first (a
  // sequential read), then gathered through the rows from an eighth of the memory.
  if (!shared) gatherClasses(y, rows, v.yTrue, map);
  gatherClasses(pred, rows, v.yPred!, map);
  for (let i = 0; i < n; i++) {
    correct[i] = +(y[i] === pred[i]);
    cell[i] = y[i]! * k + pred[i]!;
  }
  const w = weightsOf(v, rows);
  let score: Float64Array | null = null;
  let probs: Float64Array[] | null = null;
  if (caps.scores && binary && v.score) {
    score = gatherF64(v.score, rows);
    if (map[1] === 0) for (let i = 0; i < n; i++) score[i] = 1 - score[i]!;
  }
  if (caps.scores && !binary && v.probs) {
    probs = [];
    for (let c = 0; c < k; c++) probs.push(new Float64Array(n));
    v.probs.forEach((col, vc) => {
      const target = probs![map[vc]!]!;
      for (let i = 0; i < n; i++) target[i] = col[rows[i]!]!;
    });
  }
  const derived = caps.probabilistic ? probabilisticTerms(y, score, probs) : null;
  const ranked = score
    ? [rankRows(score, y, 1, v.weight ? w : null, undefined, w)]
    : probs
      ? probs.map((col, c) => rankRows(col, y, c, v.weight ? w : null, undefined, w))
      : null;
  const run: ClassRun = {
    kind: 'class',
    view: v,
    rows,
    n,
    k,
    binary,
    y,
    pred,
    w,
    weighted: v.weight !== null,
    correct,
    cell,
    score,
    probs,
    ll: derived?.ll ?? null,
    br: derived?.br ?? null,
    conf: derived?.conf ?? null,
    hit: derived?.hit ?? null,
    bin: derived?.bin ?? null,
    ranked,
  };
  classMaps.set(run, map);
  return run;
}

/**
 * map[values[r]] for every row r in storage order, one byte each (a value the map has no entry
 * for, such as NaN, is 0, as an Int32Array store of it is); null when a map entry does not fit
 * in a byte.
 */
function classBytes(values: Float64Array, map: Int32Array): Uint8Array | null {
  for (let c = 0; c < map.length; c++) if (!(map[c]! >= 0 && map[c]! < 256)) return null;
  const out = new Uint8Array(values.length);
  const m = map.length;
  for (let r = 0; r < values.length; r++) {
    const x = values[r]!;
    out[r] = x >= 0 && x < m ? map[x]! : 0;
  }
  return out;
}

/** map[values[rows[i]]] for each position i into out: through classBytes when the map fits in bytes. */
function gatherClasses(out: Int32Array, rows: Int32Array, values: Float64Array, map: Int32Array): void {
  const bytes = classBytes(values, map);
  if (bytes) {
    gatherBytes(out, rows, bytes);
    releaseNow(bytes);
  } else gatherMapped(out, rows, values, map);
}

function gatherBytes(out: Int32Array, rows: Int32Array, bytes: Uint8Array): void {
  for (let i = 0; i < out.length; i++) out[i] = bytes[rows[i]!]!;
}

function gatherMapped(out: Int32Array, rows: Int32Array, values: Float64Array, map: Int32Array): void {
  for (let i = 0; i < out.length; i++) out[i] = map[values[rows[i]!]!]!;
}

/**
 * Whether a run built from view `v`, analysis rows `rows` and class map `map` would have the true
 * classes `other` has: the same label array (a twin column shares one, decision 0034), the same
 * rows, the same map. Then its labels are `other.y` itself: at 10^6 rows a 4 MB array and a
 * gather through the rows less (issue 11).
 */
function sameLabels(other: ClassRun, v: EvalView, rows: Int32Array, map: Int32Array): boolean {
  if (other.view.yTrue !== v.yTrue || other.rows.length !== rows.length) return false;
  const otherMap = classMaps.get(other);
  return otherMap !== undefined && sameBytes(otherMap, map) && sameBytes(other.rows, rows);
}

/** The class map each classification run was built with (sameLabels). */
const classMaps = new WeakMap<ClassRun, Int32Array>();

/**
 * Gives a classification run's log-loss and Brier terms back once the headline metrics are
 * computed (decision 0032): nothing after them reads the terms, and at 10^6 rows they are 16 MB a
 * run that the segment scan, which allocates next, then reuses instead of fresh memory (the
 * review's peak).
 */
export function releaseLossTerms(run: Run): void {
  if (run.kind !== 'class') return;
  for (const a of [run.ll, run.br]) if (a) releaseNow(a);
  run.ll = null;
  run.br = null;
}

interface ProbTerms {
  ll: Float64Array;
  br: Float64Array;
  conf: Float64Array;
  hit: Uint8Array;
  bin: Uint8Array;
}

function probabilisticTerms(y: Int32Array, score: Float64Array | null, probs: Float64Array[] | null): ProbTerms | null {
  const n = y.length;
  const ll = new Float64Array(n);
  const br = new Float64Array(n);
  const hit = new Uint8Array(n);
  const bin = new Uint8Array(n);
  if (score) {
    for (let i = 0; i < n; i++) {
      const p = score[i]!;
      ll[i] = binaryLogLossRow(y[i]!, p);
      br[i] = (y[i]! - p) ** 2;
      hit[i] = y[i]!;
      bin[i] = eceBin(p);
    }
    // Binary calibration is of the positive class: the confidence is the score itself (shared,
    // read-only; a copy is 8 MB per run at 10^6 rows).
    return { ll, br, conf: score, hit, bin };
  }
  if (!probs) return null;
  const conf = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    ll[i] = multiclassLogLossRow(y[i]!, probs, i);
    br[i] = multiclassBrierRow(y[i]!, probs, i);
    // Top label: the first class with the highest probability (numpy argmax).
    let top = 0;
    for (let c = 1; c < probs.length; c++) if (probs[c]![i]! > probs[top]![i]!) top = c;
    conf[i] = probs[top]![i]!;
    hit[i] = +(top === y[i]);
    bin[i] = eceBin(conf[i]!);
  }
  return { ll, br, conf, hit, bin };
}

/**
 * View-row pairs of a partial match as analysis-row indices of the two runs (analysis rows may be
 * permuted into score order after pairing). Pairs whose rows are not analysis rows are dropped.
 */
export function partialAnalysisPairs(
  pairs: { readonly base: Int32Array; readonly cur: Int32Array },
  baseRows: Int32Array,
  curRows: Int32Array,
  baseN: number,
  curN: number,
): { base: Int32Array; cur: Int32Array } {
  const posB = new Int32Array(baseN).fill(-1);
  const posC = new Int32Array(curN).fill(-1);
  baseRows.forEach((r, k) => (posB[r] = k));
  curRows.forEach((r, k) => (posC[r] = k));
  const b: number[] = [];
  const c: number[] = [];
  for (let k = 0; k < pairs.base.length; k++) {
    const i = posB[pairs.base[k]!]!;
    const j = posC[pairs.cur[k]!]!;
    if (i < 0 || j < 0) continue;
    b.push(i);
    c.push(j);
  }
  return { base: Int32Array.from(b), cur: Int32Array.from(c) };
}
