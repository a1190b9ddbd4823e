/**
 * Headline comparison: every metric of the baseline run against the current run, with a
 * percentile bootstrap interval and p-value of the delta. Paired runs share one resample of
 * row ids (the delta's noise then excludes the variation of the eval set itself); unpaired runs
 * are resampled independently. Paired accuracy also gets the exact McNemar test, which is the
 * exact test for that question and needs no resampling.
 */
import { releaseNow } from '../../memory.js';
import { createRng } from '../stats/rng.js';
import { bootstrapPValue, deriveSeed, multinomialCounts, percentileInterval } from '../stats/bootstrap.js';
import { mcnemarExact } from '../stats/exact-tests.js';
import { normalQuantile, normalTwoSidedP } from './special.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import type { Kernel, RowTerm } from './kernels.js';
import { finiteOrNull, isBetter, isWorse, METRIC_INFO } from './metric-defs.js';
import type { ClassRun, Run } from './prepare.js';
import type { ComparisonStatus, Interval, MetricComparison, MetricName, PerformanceOptions } from './types.js';

/** Point values of a kernel's metrics on the full run. */
export function pointValues(k: Kernel): Float64Array {
  const out = new Float64Array(k.metrics.length);
  k.evaluate(null, out);
  return out;
}

/**
 * Bootstrap distribution of current - baseline for every metric of the kernels (which must list
 * the same metrics). Returns one Float64Array of `resamples` deltas per metric.
 */
export function bootstrapDeltas(
  base: Kernel,
  cur: Kernel,
  nBase: number,
  nCur: number,
  paired: boolean,
  resamples: number,
  seed: number,
): Float64Array[] {
  const m = base.metrics.length;
  const deltas = Array.from({ length: m }, () => new Float64Array(resamples));
  const vb = new Float64Array(m);
  const vc = new Float64Array(m);
  const rng = createRng(seed);
  const countsB = new Int32Array(nBase);
  const countsC = paired ? countsB : new Int32Array(nCur);
  for (let r = 0; r < resamples; r++) {
    multinomialCounts(rng, countsB, nBase);
    if (!paired) multinomialCounts(rng, countsC, nCur);
    base.evaluate(countsB, vb);
    cur.evaluate(countsC, vc);
    for (let j = 0; j < m; j++) deltas[j]![r] = vc[j]! - vb[j]!;
  }
  return deltas;
}

/**
 * Rows per run from which the headline intervals come from the kernels' linearizations instead of
 * the row bootstrap (docs/decisions/0006-scale.md). Below it the bootstrap is cheap (rows ×
 * resamples stays under 5e7) and makes no large-sample assumption; above it the bootstrap
 * distribution of these metrics is normal to well within its own Monte-Carlo noise.
 */
export const ANALYTIC_MIN_ROWS = 50_000;
/** Positives, negatives and predicted positives (rows, per run) each ratio metric needs for the normal limit. */
export const ANALYTIC_MIN_CELL = 500;

/**
 * Standard error of current - baseline per metric from the linearizations (the delta method:
 * the variance the multinomial row bootstrap estimates, to first order, without resampling).
 * With multiplicities c ~ Multinomial(n, 1/n), Var(Σ c_i L_i) = Σ L_i² - (Σ L_i)²/n; paired runs
 * share c, so the paired delta uses L^cur_i - L^base_i row by row. NaN for a metric a kernel
 * cannot linearize. Two n-sized buffers in all, whatever the number of metrics.
 */
export function analyticDeltaSe(base: Kernel, cur: Kernel, nBase: number, nCur: number, paired: boolean): Float64Array {
  const m = base.metrics.length;
  const se = new Float64Array(m);
  const lb = new Float64Array(nBase);
  const lc = new Float64Array(nCur);
  const variance = (l: Float64Array): number => {
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < l.length; i++) {
      s += l[i]!;
      s2 += l[i]! * l[i]!;
    }
    return Math.max(0, s2 - (s * s) / l.length);
  };
  for (let j = 0; j < m; j++) {
    const tb = paired ? (base.rowTerm?.(j) ?? null) : null;
    const tc = tb ? (cur.rowTerm?.(j) ?? null) : null;
    if (tb && tc && tb.kind === tc.kind && nBase === nCur && rowsOf(tb) === nBase && rowsOf(tc) === nCur) {
      se[j] = Math.sqrt(pairedTermVariance(tb, tc));
      continue;
    }
    if (!base.linearize(j, lb) || !cur.linearize(j, lc)) {
      se[j] = NaN;
      continue;
    }
    if (paired) {
      // The differences summed as they are made: the same values in the same order as writing
      // them out first and summing after, one pass less over 10^6 rows per metric.
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < nCur; i++) {
        const d = lc[i]! - lb[i]!;
        s += d;
        s2 += d * d;
      }
      se[j] = Math.sqrt(Math.max(0, s2 - (s * s) / nCur));
    } else se[j] = Math.sqrt(variance(lb) + variance(lc));
  }
  releaseNow(lb);
  releaseNow(lc);
  return se;
}

/**
 * Σd² - (Σd)²/n of the paired differences d_r = L^cur_r - L^base_r, in row order: what
 * analyticDeltaSe computes from the two written-out linearizations, the same values and sums, in
 * one pass over the rows (no scattered writes of the current run's values into row order).
 */
function pairedTermVariance(tb: RowTerm, tc: RowTerm): number {
  const n = rowsOf(tb);
  let s = 0;
  let s2 = 0;
  if (tb.kind === 'counts' && tc.kind === 'counts') {
    // A row's value is one of four per run: looked up, not computed by a call per row (whose
    // double results V8 allocated, 8·10^6 a review).
    const { byCell: lb, y: yb, pred: pb } = tb;
    const { byCell: lc, y: yc, pred: pc } = tc;
    for (let r = 0; r < n; r++) {
      const d = lc[(+(yc[r] === 1) << 1) | +(pc[r] === 1)]! - lb[(+(yb[r] === 1) << 1) | +(pb[r] === 1)]!;
      s += d;
      s2 += d * d;
    }
  } else if (tb.kind === 'loss' && tc.kind === 'loss') {
    const { t: xb, value: vb, W: wb } = tb;
    const { t: xc, value: vc, W: wc } = tc;
    for (let r = 0; r < n; r++) {
      const d = (xc[r]! - vc) / wc - (xb[r]! - vb) / wb;
      s += d;
      s2 += d * d;
    }
  }
  return Math.max(0, s2 - (s * s) / n);
}

/** The analysis rows a RowTerm covers. */
function rowsOf(t: RowTerm): number {
  return t.kind === 'counts' ? t.y.length : t.t.length;
}

/** Whether both runs are large enough, in every cell their ratio metrics divide by, for analytic intervals. */
export function analyticApplies(base: Run, cur: Run): boolean {
  if (base.n < ANALYTIC_MIN_ROWS || cur.n < ANALYTIC_MIN_ROWS) return false;
  if (base.kind === 'reg' && cur.kind === 'reg') return true;
  if (base.kind !== 'class' || cur.kind !== 'class' || !base.binary || !cur.binary) return false;
  for (const r of [base, cur]) {
    let pos = 0;
    let predPos = 0;
    for (let i = 0; i < r.n; i++) {
      pos += +(r.y[i] === 1);
      predPos += +(r.pred[i] === 1);
    }
    if (Math.min(pos, r.n - pos, predPos) < ANALYTIC_MIN_CELL) return false;
  }
  return true;
}

/** Normal interval and two-sided p-value of a delta with standard error `se`. */
function normalTest(delta: number, se: number, level: number): { ci: Interval; p: number } {
  const z = normalQuantile(1 - (1 - level) / 2);
  if (!(se > 0)) return { ci: [delta, delta], p: delta === 0 ? 1 : 0 };
  return { ci: [delta - z * se, delta + z * se], p: normalTwoSidedP(delta / se) };
}

/** Exact McNemar p-value on the discordant pairs of paired, unweighted classification runs. */
export function mcnemarForRuns(base: ClassRun, cur: ClassRun): number {
  let b = 0;
  let c = 0;
  for (let i = 0; i < base.n; i++) {
    const cb = base.correct[i]!;
    const cc = cur.correct[i]!;
    if (cb && !cc) b++;
    else if (!cb && cc) c++;
  }
  return mcnemarExact(b, c);
}

function excludesZero(ci: Interval | null): boolean {
  return ci !== null && (ci[0] > 0 || ci[1] < 0);
}

export function statusOf(name: MetricName, base: number, cur: number, significant: boolean): ComparisonStatus {
  if (!significant) return 'unchanged';
  if (isWorse(name, base, cur)) return 'regressed';
  if (isBetter(name, base, cur)) return 'improved';
  return 'unchanged';
}

/** Current-only view of the metrics (no baseline to compare with). */
export function currentOnly(cur: Kernel): MetricComparison[] {
  const v = pointValues(cur);
  return cur.metrics.map((name, j) => ({
    name,
    direction: METRIC_INFO[name].direction,
    baseline: null,
    current: finiteOrNull(v[j]!),
    delta: null,
    ci: null,
    pValue: null,
    mcnemarP: null,
    qValue: null,
    test: 'none',
    significant: false,
    status: 'new',
  }));
}

export interface HeadlineInput {
  readonly base: Run;
  readonly cur: Run;
  readonly baseKernel: Kernel;
  readonly curKernel: Kernel;
  readonly paired: boolean;
}

export function compareHeadline(input: HeadlineInput, opts: PerformanceOptions): MetricComparison[] {
  const { base, cur, baseKernel, curKernel, paired } = input;
  const vb = pointValues(baseKernel);
  const vc = pointValues(curKernel);
  const level = 1 - opts.alpha;
  // Large runs: intervals from the linearizations, in O(rows) instead of O(rows × resamples);
  // any metric without one (NaN) falls back to the row bootstrap with the others.
  const se = analyticApplies(base, cur) ? analyticDeltaSe(baseKernel, curKernel, base.n, cur.n, paired) : null;
  const deltas = se && se.every(Number.isFinite) ? null : bootstrapDeltas(baseKernel, curKernel, base.n, cur.n, paired, opts.resamples, deriveSeed(opts.seed, 'headline'));
  // McNemar counts rows, so it only applies when rows are unweighted.
  const mcnemarP =
    paired && base.kind === 'class' && cur.kind === 'class' && !base.weighted && !cur.weighted ? mcnemarForRuns(base, cur) : null;
  const rows = baseKernel.metrics.map((name, j) => {
    const b = vb[j]!;
    const c = vc[j]!;
    const defined = Number.isFinite(b) && Number.isFinite(c);
    const analytic = se !== null && Number.isFinite(se[j]!) ? normalTest(c - b, se[j]!, level) : null;
    const ci = !defined ? null : analytic ? analytic.ci : percentileInterval(deltas![j]!, level);
    const pValue = !defined ? null : analytic ? analytic.p : finiteOrNull(bootstrapPValue(deltas![j]!));
    const mc = name === 'accuracy' ? mcnemarP : null;
    const significant = defined && excludesZero(ci) && (mc === null || mc < opts.alpha);
    return {
      name,
      direction: METRIC_INFO[name].direction,
      baseline: finiteOrNull(b),
      current: finiteOrNull(c),
      delta: defined ? c - b : null,
      ci,
      pValue,
      mcnemarP: mc,
      qValue: null,
      test: analytic ? (paired ? 'paired_delta_method' : 'unpaired_delta_method') : paired ? 'paired_bootstrap' : 'unpaired_bootstrap',
      significant,
      status: defined ? statusOf(name, b, c, significant) : 'unchanged',
    } satisfies MetricComparison;
  });
  // Several metrics are tested at once: q-values keep a seed change from raising a false signal.
  const family = rows.map((m) => (m.pValue === null ? NaN : Math.max(m.pValue, m.mcnemarP ?? 0)));
  const q = benjaminiHochberg(family);
  return rows.map((m, j) => ({ ...m, qValue: finiteOrNull(q[j]!) }));
}
