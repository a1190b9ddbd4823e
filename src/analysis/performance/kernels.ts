/**
 * Metric kernels: all headline metrics of one run under a vector of row multiplicities
 * (a bootstrap resample; null = every row once, the point estimate). Nothing is re-sorted per
 * resample: binary runs make two passes in score order (BinaryScoreKernel), multiclass runs one
 * pass over the rows plus one per class order, regression one pass of weighted sums. This is
 * what keeps a 100k-row, 1000-resample paired bootstrap within its time budget.
 */
import { releaseNow } from '../../memory.js';
import { gatherF64 } from './arrays.js';
import { ECE_BINS, eceFromBins } from './calibration.js';
import { f1FromConfusion, prfFromCounts, r2FromSums } from './metrics.js';
import type { ClassRun, RegRun, Run } from './prepare.js';
import { keepRuns, rankStats, scoreRuns, RUN_BIN_END, RUN_TIES, type RankStats } from './ranked.js';
import { AP, AP_CUM, AP_S1, AP_S2, AP_TP, AREA, CUM, RANK_SUMS, SC, TP, apGroupValues, apStretch, aucGroupValues, aucStretch, binGap, distinctStretch, eceBinValues, groupWeights, tieGroupSums } from './run-loops.js';
import type { MetricName } from './types.js';

export interface Kernel {
  /** The metrics this kernel computes, in output order. */
  readonly metrics: readonly MetricName[];
  /** Writes metric j of the (re)sampled run into out[j]; NaN where undefined. */
  evaluate(counts: Int32Array | null, out: Float64Array): void;
  /**
   * The linearization of metric j (its empirical influence values): writes L_i per analysis row
   * so that, for row multiplicities c near 1, metric(c) - metric ≈ Σ_i (c_i - 1)·L_i. Returns
   * false when this kernel has no linearization (its metrics are then bootstrapped row by row).
   * See docs/decisions/0006-scale.md and analyticDeltas in compare.ts.
   */
  linearize(j: number, out: Float64Array): boolean;
  /**
   * Metric j's linearization as a formula of each analysis row's own values (RowTerm), when it is
   * one: a paired comparison then forms the differences row by row in one pass (analyticDeltaSe)
   * instead of writing both runs' values out first. Optional; null when the metric has none.
   */
  rowTerm?(j: number): RowTerm | null;
  /**
   * Frees the per-row arrays this kernel made for itself (decision 0032); the kernel is not used
   * after. Arrays it shares with its run stay.
   */
  release(): void;
}

/**
 * A linearization that is a formula of one row's own values (unit weights), with the values
 * BinaryScoreKernel.linearize writes, bit for bit (its unit weights multiply exactly):
 * - `counts` (accuracy, precision, recall, F1): one of four values by the row's 0/1 label and
 *   prediction, `byCell[2·y + pred]` (class 1 is positive);
 * - `loss` (log loss, Brier): (t_r - value) / W with t the row's loss term.
 */
export type RowTerm =
  | { readonly kind: 'counts'; readonly byCell: Float64Array; readonly y: Int32Array; readonly pred: Int32Array }
  | { readonly kind: 'loss'; readonly value: number; readonly W: number; readonly t: Float64Array };

/** Metrics a classification run supports, in METRIC_NAMES order. */
export function classMetricNames(run: ClassRun): MetricName[] {
  const names: MetricName[] = ['accuracy'];
  if (run.binary) names.push('precision', 'recall', 'f1');
  else names.push('f1_macro', 'f1_weighted');
  if (run.ranked) names.push(...(run.binary ? (['auc'] as const) : (['auc_ovr_macro'] as const)));
  if (run.ranked && run.binary) names.push('average_precision');
  if (run.ll) names.push('log_loss', 'brier', 'ece');
  return names;
}

/** MAPE is only reported when no target is near 0, where it explodes (see regMetricNames). */
export function mapeDefined(y: Float64Array): boolean {
  if (y.length === 0) return false;
  const abs = Float64Array.from(y, Math.abs).sort();
  const median = abs[abs.length >> 1]!;
  // "Near 0": below 1% of the typical magnitude; one such row can dominate the mean.
  return abs[0]! > 0 && abs[0]! >= 0.01 * median;
}

export function regMetricNames(runs: readonly RegRun[]): MetricName[] {
  const names: MetricName[] = ['rmse', 'mae', 'r2', 'mean_error'];
  if (runs.every((r) => mapeDefined(r.y))) names.push('mape');
  return names;
}

export function metricNames(runs: readonly Run[]): MetricName[] {
  const first = runs[0]!;
  if (first.kind === 'reg') return regMetricNames(runs as RegRun[]);
  // Compared runs share capabilities, so the first run's list holds for all.
  return classMetricNames(first);
}

export function makeKernel(run: Run, metrics: readonly MetricName[]): Kernel {
  if (run.kind === 'reg') return new RegKernel(run, metrics);
  return run.binary && run.ranked ? new BinaryScoreKernel(run, metrics) : new ClassKernel(run, metrics);
}

/**
 * Binary run with scores: every metric from two lean passes. The rank pass walks the rows in
 * descending score order: there a calibration bin and a tie group are contiguous runs of
 * positions, so their sums are running scalars flushed at the boundaries (no scattered stores),
 * and positives seen so far give the ROC area, the precision at each threshold and the bin hit
 * counts. The linear pass (Σc·pred, Σc·y·pred, log loss, Brier) does not care about order and
 * reads the rows as stored. Multiplicities are indexed by analysis row; the rank pass gathers
 * them through the score order, or reads them in place when the analysis rows are already in
 * score order (see scoreOrder in prepare.ts).
 *
 * Measured design choices (100k rows): all arrays Float64 (mixing int and double arithmetic cost
 * 2-3x), and two loops of few accumulators instead of one fused loop (register spills cost 2x).
 */
class BinaryScoreKernel implements Kernel {
  private readonly slots: Readonly<Partial<Record<MetricName, number>>>;
  /** Score order (null when it is the identity). */
  private readonly order: Int32Array | null;
  /** Weights in score order (all 1 when unweighted). */
  private readonly wRank: Float64Array;
  /**
   * Score order: positive flag (the ranking's own bytes, read as 0/1: a Float64Array copy was 8 MB
   * a run at 10^6 rows, at the review's peak), confidence (= score), end of a tie group /
   * calibration bin.
   */
  private readonly yRank: Uint8Array;
  private readonly conf: Float64Array | null;
  /** Score order cut into runs: [start, end, flags] triples (RUN_TIES, RUN_BIN_END). */
  private readonly runs: Int32Array;
  /** Score order too: predicted positive, true positive (bytes: less memory traffic), log loss and Brier terms. */
  private readonly pred: Uint8Array;
  private readonly yp: Uint8Array;
  private readonly ll: Float64Array | null;
  private readonly br: Float64Array | null;
  /** The score-order copies made here (none when the run's arrays are in score order already). */
  private readonly gathered: readonly (Float64Array | null)[];
  /** Multiplicity × weight per position, rebuilt for each resample (allocated on first use: large runs never resample). */
  private scratchBuf: Float64Array | null = null;
  private readonly weighted: boolean;
  /** Point values, computed on the first linearize call. */
  private point: Float64Array | null = null;
  /** Σw, Σw·y and Σw·pred over the positions, computed on the first linearize call. */
  private totals: { readonly W: number; readonly P: number; readonly PP: number } | null = null;
  /** The run's labels, predictions and loss terms in analysis-row order (its own arrays), for rowTerm. */
  private readonly rowY: Int32Array;
  private readonly rowPred: Int32Array;
  private readonly rowLl: Float64Array | null;
  private readonly rowBr: Float64Array | null;

  constructor(
    run: ClassRun,
    readonly metrics: readonly MetricName[],
  ) {
    this.slots = Object.fromEntries(metrics.map((m, j) => [m, j]));
    const ranked = run.ranked![0]!;
    const order = ranked.order;
    const n = run.n;
    this.order = ranked.identity ? null : order;
    this.wRank = ranked.weight;
    this.yRank = ranked.positive;
    this.weighted = run.weighted;
    this.rowY = run.y;
    this.rowPred = run.pred;
    this.rowLl = run.ll;
    this.rowBr = run.br;
    this.pred = new Uint8Array(n);
    this.yp = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
      const r = order[j]!;
      // Flags without a branch (see rankRows).
      const p = +(run.pred[r] === 1);
      this.pred[j] = p;
      this.yp[j] = p & +(run.y[r] === 1);
    }
    // In score order: the run's own arrays when its rows are in score order already (one run of a
    // paired comparison is: see scoreOrder in prepare.ts), else gathered copies (8 MB each at 10^6 rows).
    const inOrder = (a: Float64Array | null): Float64Array | null => (a === null ? null : ranked.identity ? a : gatherF64(a, order));
    this.ll = inOrder(run.ll);
    this.br = inOrder(run.br);
    this.conf = inOrder(run.conf);
    this.gathered = ranked.identity ? [] : [this.ll, this.br, this.conf];
    this.runs = scoreRuns(ranked.groupEnd, run.bin ? binEnds(run.bin, order) : null);
    // The segment AUC tests read the same runs (rankedRuns); they give them back (releaseRuns).
    keepRuns(ranked, this.runs);
  }

  release(): void {
    // wRank and yRank are the ranking's, shared with the run, and so are ll, br and conf unless
    // gathered here; the runs are kept with the ranking (keepRuns).
    for (const a of [this.pred, this.yp, ...this.gathered, this.scratchBuf]) if (a) releaseNow(a);
    this.scratchBuf = null;
  }

  evaluate(counts: Int32Array | null, out: Float64Array): void {
    // The point estimate reads the weights themselves; a resample writes its multiplicities.
    const c = counts === null ? this.wRank : this.fill(counts);
    const lin = this.linearSums(c);
    const r = this.rankPass(c);
    const { slots } = this;
    const positives = r.tp;
    const tot = r.cum;
    const fp = lin.predPos - lin.tpAll;
    const fn = positives - lin.tpAll;
    put(out, slots.accuracy, (tot - fp - fn) / tot);
    const prf = prfFromCounts(lin.tpAll, fp, fn);
    put(out, slots.precision, prf.precision);
    put(out, slots.recall, prf.recall);
    put(out, slots.f1, prf.f1);
    const negatives = r.cum - positives;
    put(out, slots.auc, positives > 0 && negatives > 0 ? r.area / (positives * negatives) : NaN);
    put(out, slots.average_precision, positives > 0 ? r.ap / positives : NaN);
    put(out, slots.log_loss, lin.ll / tot);
    put(out, slots.brier, lin.br / tot);
    put(out, slots.ece, r.ece / tot);
  }

  /**
   * Influence values of each metric, computed once on the full run in score order (O(n), no
   * resampling). Each is the derivative of the metric in one row's multiplicity, so Σ_i L_i = 0
   * for these ratio statistics. AUC's is the DeLong placement (the positive's share of negatives
   * below it, ties at half, minus the AUC, over the positives); AP's comes from the tie-group
   * form Σ_g gPos·TP_g/CUM_g / P, differentiated through every group at or below the row's; ECE's
   * treats each bin's sign of Σ(y - conf) as fixed (conservative for bins near 0).
   */
  /** Metric j's point value (all metrics evaluated on the first call). */
  private pointValue(j: number): number {
    const pt = (this.point ??= (() => {
      const v = new Float64Array(this.metrics.length);
      this.evaluate(null, v);
      return v;
    })());
    return pt[j]!;
  }

  /** Σw, Σw·y and Σw·pred: the same three sums for every metric, once per kernel. */
  private sums(): { readonly W: number; readonly P: number; readonly PP: number } {
    const { wRank: w, yRank: y, pred } = this;
    return (this.totals ??= (() => {
      let W = 0;
      let P = 0;
      let PP = 0;
      for (let q = 0; q < w.length; q++) {
        W += w[q]!;
        P += w[q]! * y[q]!;
        PP += w[q]! * pred[q]!;
      }
      return { W, P, PP };
    })());
  }

  rowTerm(j: number): RowTerm | null {
    const name = this.metrics[j];
    // Unit weights only: a weight would multiply each term first.
    if (this.weighted || name === undefined) return null;
    const value = this.pointValue(j);
    const { W, P, PP } = this.sums();
    if (name === 'log_loss' || name === 'brier') {
      const t = name === 'log_loss' ? this.rowLl : this.rowBr;
      return t ? { kind: 'loss', value, W, t } : null;
    }
    if (name !== 'accuracy' && name !== 'precision' && name !== 'recall' && name !== 'f1') return null;
    // The expressions of linearize's cases below, with w = 1, for each (y, pred).
    const cell = (y: number, p: number): number =>
      name === 'accuracy' ? (+(p === y) - value) / W : name === 'precision' ? (p * (y - value)) / PP : name === 'recall' ? (y * (p - value)) / P : (2 * (y & p) - value * (p + y)) / (PP + P);
    const byCell = Float64Array.of(cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1));
    return { kind: 'counts', byCell, y: this.rowY, pred: this.rowPred };
  }

  linearize(j: number, out: Float64Array): boolean {
    const name = this.metrics[j];
    if (name === undefined) return false;
    const value = this.pointValue(j);
    const { order, wRank: w, yRank: y, pred, yp } = this;
    const n = w.length;
    const at = (pos: number): number => (order === null ? pos : order[pos]!);
    const { W, P, PP } = this.sums();
    switch (name) {
      case 'accuracy':
        // +(a === b), not a ternary, which V8 compiles to a branch (mispredicted on every error).
        for (let q = 0; q < n; q++) out[at(q)] = (w[q]! * (+(pred[q]! === y[q]!) - value)) / W;
        return true;
      case 'precision':
        for (let q = 0; q < n; q++) out[at(q)] = (w[q]! * pred[q]! * (y[q]! - value)) / PP;
        return true;
      case 'recall':
        for (let q = 0; q < n; q++) out[at(q)] = (w[q]! * y[q]! * (pred[q]! - value)) / P;
        return true;
      case 'f1':
        for (let q = 0; q < n; q++) out[at(q)] = (w[q]! * (2 * yp[q]! - value * (pred[q]! + y[q]!))) / (PP + P);
        return true;
      case 'log_loss':
      case 'brier': {
        const t = name === 'log_loss' ? this.ll : this.br;
        if (!t) return false;
        for (let q = 0; q < n; q++) out[at(q)] = (w[q]! * (t[q]! - value)) / W;
        return true;
      }
      case 'auc':
        this.linearizeAuc(value, W - P, P, out);
        return true;
      case 'average_precision':
        this.linearizeAp(value, W, P, out);
        return true;
      case 'ece':
        return this.linearizeEce(value, W, out);
      default:
        return false;
    }
  }

  /**
   * The groups are the tie runs and each position of a distinct-score run, in score order. A
   * distinct-score run is one flat loop (each position its own group); only a tie run loops over
   * its group. Walked through a callback per group, this long, once-called pass left its compiled
   * code about 1,200 times a review at 10^6 rows (V8 deoptimized the callback again and again);
   * without it, analyticDeltaSe takes about 8 % less thread CPU (bench/RESULTS.md, seventeenth part).
   */
  private linearizeAuc(auc: number, N: number, P: number, out: Float64Array): void {
    const { order, wRank: w, yRank: y, runs } = this;
    // Each run's loop a function of its own (run-loops.ts, decision 0040).
    const g = new Float64Array(2);
    const above = new Float64Array(2);
    for (let k = 0; k < runs.length; k += 3) {
      const runStart = runs[k]!;
      const runEnd = runs[k + 1]!;
      if (runs[k + 2]! & RUN_TIES) {
        groupWeights(w, y, runStart, runEnd, g);
        const gAll = g[0]!;
        const gPos = g[1]!;
        const gNeg = gAll - gPos;
        const posAbove = above[0]!;
        const negAbove = above[1]!;
        // Descending order: negatives below a positive are those after its group.
        const v = (N - negAbove - gNeg + 0.5 * gNeg) / N;
        const u = (posAbove + 0.5 * gPos) / P;
        aucGroupValues(w, y, order, out, runStart, runEnd, v, u, auc, P, N);
        above[0] = posAbove + gPos;
        above[1] = negAbove + gNeg;
        continue;
      }
      aucStretch(w, y, order, out, runStart, runEnd, auc, N, P, above);
    }
  }

  private linearizeAp(ap: number, W: number, P: number, out: Float64Array): void {
    const { order, wRank: w, yRank: y, runs } = this;
    // Groups from the lowest score up: suffix sums S1 = Σ gPos/CUM, S2 = Σ gPos·a/CUM over the
    // row's group and every group below it; TP and CUM of a group are the totals minus what lies below.
    // The groups as in linearizeAuc, walked backwards from the runs themselves: a list of 10^6
    // group bounds cost more than the sums. Each run's loop a function of its own (decision 0040).
    const g = new Float64Array(2);
    const sums = Float64Array.of(W, P, 0, 0);
    for (let k = runs.length - 3; k >= 0; k -= 3) {
      const runStart = runs[k]!;
      const runEnd = runs[k + 1]!;
      if (runs[k + 2]! & RUN_TIES) {
        groupWeights(w, y, runStart, runEnd, g);
        const gAll = g[0]!;
        const gPos = g[1]!;
        const cum = sums[AP_CUM]!;
        const tp = sums[AP_TP]!;
        const a = cum > 0 ? tp / cum : 0;
        if (cum > 0) {
          sums[AP_S1] = sums[AP_S1]! + gPos / cum;
          sums[AP_S2] = sums[AP_S2]! + (gPos * a) / cum;
        }
        apGroupValues(w, y, order, out, runStart, runEnd, a, sums[AP_S1]!, sums[AP_S2]!, ap, P);
        sums[AP_CUM] = cum - gAll;
        sums[AP_TP] = tp - gPos;
        continue;
      }
      // A distinct-score run, each position a group of one (see linearizeAuc), from its end.
      apStretch(w, y, order, out, runStart, runEnd, ap, P, sums);
    }
  }

  private linearizeEce(ece: number, W: number, out: Float64Array): boolean {
    const { order, wRank: w, yRank: y, conf, runs } = this;
    if (!conf) return false;
    let binStart = 0;
    for (let k = 0; k < runs.length; k += 3) {
      if (!(runs[k + 2]! & RUN_BIN_END) && k + 3 < runs.length) continue;
      const end = runs[k + 1]!;
      // The bin's loops functions of their own (decision 0040).
      const d = binGap(w, y, conf, binStart, end);
      const sign = d < 0 ? -1 : 1;
      eceBinValues(w, y, conf, order, out, binStart, end, sign, ece, W);
      binStart = end;
    }
    return true;
  }

  private get scratch(): Float64Array {
    return (this.scratchBuf ??= new Float64Array(this.wRank.length));
  }

  /** Writes multiplicity × weight per position (score order) into `scratch` and returns it. */
  private fill(counts: Int32Array): Float64Array {
    const { order, wRank: w, scratch: c } = this;
    const n = c.length;
    // Measured: skipping the multiply by all-ones weights saves memory traffic on 100k rows.
    if (order === null) {
      if (this.weighted) for (let j = 0; j < n; j++) c[j] = counts[j]! * w[j]!;
      else for (let j = 0; j < n; j++) c[j] = counts[j]!;
    } else if (this.weighted) for (let j = 0; j < n; j++) c[j] = counts[order[j]!]! * w[j]!;
    else for (let j = 0; j < n; j++) c[j] = counts[order[j]!]!;
    return c;
  }

  /** The sums that do not depend on order: Σc·pred, Σc·y·pred, Σc·log loss, Σc·Brier. */
  private linearSums(c: Float64Array): LinearSums {
    const { pred, yp } = this;
    // Without loss terms any Float64Array of the length stands in (the sums are not reported),
    // so that the loop reads one kind of array.
    const llr = this.ll ?? this.wRank;
    const brr = this.br ?? this.wRank;
    const n = c.length;
    let predPos = 0;
    let tpAll = 0;
    let ll = 0;
    let br = 0;
    for (let j = 0; j < n; j++) {
      const cj = c[j]!;
      predPos += cj * pred[j]!;
      tpAll += cj * yp[j]!;
      ll += cj * llr[j]!;
      br += cj * brr[j]!;
    }
    return { predPos, tpAll, ll: this.ll ? ll : NaN, br: this.br ? br : NaN };
  }

  /**
   * The rank pass, run by run (see `runs`): inside a stretch of distinct scores each position is
   * its own threshold and the per-row formulas need no branch (copies of one row drawn several
   * times tie only with each other, which those formulas already treat as one group); a tie
   * group is summed first and then enters as one threshold, positives and negatives of the group
   * meeting at half weight. Calibration bins end on run boundaries, so the ECE numerator
   * Σ_bins |Σ c·y - Σ c·conf| is flushed between runs. The 1e-300 keeps the precision term free
   * of 0/0 without a branch; it is far below any weight's ulp, so it never changes a value.
   */
  private rankPass(c: Float64Array): RankSums {
    const { yRank: y, runs } = this;
    const conf = this.conf ?? this.wRank;
    // Each run's loop a function of its own (run-loops.ts, decision 0040); the running sums in s.
    const s = new Float64Array(RANK_SUMS);
    const g = new Float64Array(3);
    let ece = 0;
    let tpBin = 0;
    for (let k = 0; k < runs.length; k += 3) {
      const start = runs[k]!;
      const end = runs[k + 1]!;
      const flags = runs[k + 2]!;
      if (flags & RUN_TIES) {
        g[2] = s[SC]!;
        tieGroupSums(c, y, conf, start, end, g);
        const gAll = g[0]!;
        const gPos = g[1]!;
        s[SC] = g[2]!;
        const tp = s[TP]! + gPos;
        s[AREA] = s[AREA]! + (gAll - gPos) * (s[TP]! + 0.5 * gPos);
        s[TP] = tp;
        const cum = s[CUM]! + gAll;
        s[CUM] = cum;
        s[AP] = s[AP]! + (gPos * tp) / (cum + 1e-300);
      } else distinctStretch(c, y, conf, start, end, s);
      if (flags & RUN_BIN_END) {
        ece += Math.abs(s[TP]! - tpBin - s[SC]!);
        tpBin = s[TP]!;
        s[SC] = 0;
      }
    }
    return { cum: s[CUM]!, tp: s[TP]!, area: s[AREA]!, ap: s[AP]!, ece: this.conf ? ece : NaN };
  }
}

interface LinearSums {
  /** Σc·pred and Σc·y·pred: with the positives they give the confusion cells. */
  predPos: number;
  tpAll: number;
  ll: number;
  br: number;
}


/** 1 at positions (score order) after which the calibration bin changes, and at the last one. */
function binEnds(bin: Uint8Array, order: Int32Array): Uint8Array {
  const n = order.length;
  const out = new Uint8Array(n);
  for (let j = 0; j < n; j++) out[j] = j === n - 1 ? 1 : +(bin[order[j + 1]!] !== bin[order[j]!]);
  return out;
}

interface RankSums {
  /** Total multiplicity × weight, positives among it, ROC area sum, AP sum, Σ|hits - conf| over bins. */
  cum: number;
  tp: number;
  area: number;
  ap: number;
  ece: number;
}

class ClassKernel implements Kernel {
  private readonly cm: Float64Array;
  private readonly binW = new Float64Array(ECE_BINS);
  private readonly binConf = new Float64Array(ECE_BINS);
  private readonly binHit = new Float64Array(ECE_BINS);
  private readonly rank: RankStats = { auc: NaN, ap: NaN };
  private readonly slots: Readonly<Partial<Record<MetricName, number>>>;

  constructor(
    private readonly run: ClassRun,
    readonly metrics: readonly MetricName[],
  ) {
    this.cm = new Float64Array(run.k * run.k);
    this.slots = Object.fromEntries(metrics.map((m, j) => [m, j]));
  }

  /** Nothing per row of its own: the run's arrays stay. */
  release(): void {}

  evaluate(counts: Int32Array | null, out: Float64Array): void {
    const { run, cm, binW, binConf, binHit, slots } = this;
    const { n, w, cell, k } = run;
    cm.fill(0);
    let tot = 0;
    let ll = 0;
    let br = 0;
    if (run.ll && run.br && run.bin && run.conf && run.hit) {
      binW.fill(0);
      binConf.fill(0);
      binHit.fill(0);
      const { ll: llr, br: brr, bin, conf, hit } = run;
      for (let i = 0; i < n; i++) {
        const c = counts === null ? 1 : counts[i]!;
        if (c === 0) continue;
        const wc = c * w[i]!;
        tot += wc;
        cm[cell[i]!]! += wc;
        ll += wc * llr[i]!;
        br += wc * brr[i]!;
        const b = bin[i]!;
        binW[b]! += wc;
        binConf[b]! += wc * conf[i]!;
        if (hit[i]) binHit[b]! += wc;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const c = counts === null ? 1 : counts[i]!;
        if (c === 0) continue;
        const wc = c * w[i]!;
        tot += wc;
        cm[cell[i]!]! += wc;
      }
    }
    let trace = 0;
    for (let c = 0; c < k; c++) trace += cm[c * k + c]!;
    put(out, slots.accuracy, trace / tot);
    if (run.binary) {
      const prf = prfFromCounts(cm[3]!, cm[1]!, cm[2]!);
      put(out, slots.precision, prf.precision);
      put(out, slots.recall, prf.recall);
      put(out, slots.f1, prf.f1);
    } else if (slots.f1_macro !== undefined || slots.f1_weighted !== undefined) {
      const f = f1FromConfusion(cm, k);
      put(out, slots.f1_macro, f.macro);
      put(out, slots.f1_weighted, f.weighted);
    }
    put(out, slots.log_loss, ll / tot);
    put(out, slots.brier, br / tot);
    if (slots.ece !== undefined) out[slots.ece] = eceFromBins({ weight: binW, conf: binConf, hit: binHit });
    this.rankMetrics(counts, out);
  }

  /** Multiclass and score-less runs keep the row bootstrap (their F1 averages and one-vs-rest AUCs have no linearization here). */
  linearize(): boolean {
    return false;
  }

  private rankMetrics(counts: Int32Array | null, out: Float64Array): void {
    const { run, slots, rank } = this;
    if (!run.ranked) return;
    if (run.binary) {
      rankStats(run.ranked[0]!, counts, rank);
      put(out, slots.auc, rank.auc);
      put(out, slots.average_precision, rank.ap);
      return;
    }
    if (slots.auc_ovr_macro === undefined) return;
    let sum = 0;
    let m = 0;
    for (const r of run.ranked) {
      const a = rankStats(r, counts, rank).auc;
      if (Number.isFinite(a)) {
        sum += a;
        m++;
      }
    }
    out[slots.auc_ovr_macro] = m > 0 ? sum / m : NaN;
  }
}

function put(out: Float64Array, slot: number | undefined, v: number): void {
  if (slot !== undefined) out[slot] = v;
}

class RegKernel implements Kernel {
  private readonly slots: Readonly<Partial<Record<MetricName, number>>>;
  /** Target centred on its full-sample weighted mean: keeps Σy² - (Σy)²/W well conditioned. */
  private readonly yc: Float64Array;
  private readonly ape: Float64Array | null;

  constructor(
    private readonly run: RegRun,
    readonly metrics: readonly MetricName[],
  ) {
    this.slots = Object.fromEntries(metrics.map((m, j) => [m, j]));
    let sw = 0;
    let sy = 0;
    for (let i = 0; i < run.n; i++) {
      sw += run.w[i]!;
      sy += run.w[i]! * run.y[i]!;
    }
    const mean = sy / sw;
    this.yc = new Float64Array(run.n);
    for (let i = 0; i < run.n; i++) this.yc[i] = run.y[i]! - mean;
    this.ape = null;
    if (metrics.includes('mape')) {
      this.ape = new Float64Array(run.n);
      for (let i = 0; i < run.n; i++) this.ape[i] = Math.abs(run.pred[i]! - run.y[i]!) / Math.abs(run.y[i]!);
    }
  }

  release(): void {
    releaseNow(this.yc);
    if (this.ape) releaseNow(this.ape);
  }

  /**
   * Influence values: plain means of per-row terms for MAE, mean error and MAPE; RMSE through
   * d√MSE = dMSE / 2RMSE; R² = 1 - SSE/SST through both sums (SST's mean moves only at second order).
   */
  linearize(j: number, out: Float64Array): boolean {
    const name = this.metrics[j];
    const { run, yc, ape } = this;
    const { n, w, y, pred, se } = run;
    let W = 0;
    let sse = 0;
    let sst = 0;
    for (let i = 0; i < n; i++) {
      W += w[i]!;
      sse += w[i]! * se[i]!;
    }
    const v = new Float64Array(this.metrics.length);
    this.evaluate(null, v);
    const value = v[j]!;
    switch (name) {
      case 'rmse':
        for (let i = 0; i < n; i++) out[i] = value > 0 ? (w[i]! * (se[i]! - value * value)) / W / (2 * value) : 0;
        return true;
      case 'mae':
        for (let i = 0; i < n; i++) out[i] = (w[i]! * (Math.abs(pred[i]! - y[i]!) - value)) / W;
        return true;
      case 'mean_error':
        for (let i = 0; i < n; i++) out[i] = (w[i]! * (pred[i]! - y[i]! - value)) / W;
        return true;
      case 'mape':
        if (!ape) return false;
        for (let i = 0; i < n; i++) out[i] = (w[i]! * (ape[i]! - value)) / W;
        return true;
      case 'r2': {
        let sy = 0;
        for (let i = 0; i < n; i++) sy += w[i]! * yc[i]!;
        const mean = sy / W;
        for (let i = 0; i < n; i++) sst += w[i]! * (yc[i]! - mean) ** 2;
        if (!(sst > 0)) return false;
        for (let i = 0; i < n; i++) out[i] = (-w[i]! * (se[i]! - (sse / sst) * (yc[i]! - mean) ** 2)) / sst;
        return true;
      }
      default:
        return false;
    }
  }

  evaluate(counts: Int32Array | null, out: Float64Array): void {
    const { run, yc, ape, slots } = this;
    const { n, w, y, pred, se } = run;
    let tot = 0;
    let sse = 0;
    let sae = 0;
    let serr = 0;
    let sape = 0;
    let sy = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
      const c = counts === null ? 1 : counts[i]!;
      if (c === 0) continue;
      const wc = c * w[i]!;
      const e = pred[i]! - y[i]!;
      tot += wc;
      sse += wc * se[i]!;
      sae += wc * Math.abs(e);
      serr += wc * e;
      if (ape) sape += wc * ape[i]!;
      const t = yc[i]!;
      sy += wc * t;
      syy += wc * t * t;
    }
    put(out, slots.rmse, Math.sqrt(sse / tot));
    put(out, slots.mae, sae / tot);
    put(out, slots.mean_error, serr / tot);
    put(out, slots.mape, sape / tot);
    put(out, slots.r2, r2FromSums(sse, syy - (sy * sy) / tot));
  }
}
