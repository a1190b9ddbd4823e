/**
 * Headline comparison: every metric of the baseline run against the current run, with a
 * percentile bootstrap interval and p-value of the delta. Paired runs share one resample of
 * row ids (the delta's noise then excludes the variation of the eval set itself); unpaired runs
 * are resampled independently. Paired accuracy also gets the exact McNemar test, which is the
 * exact test for that question and needs no resampling.
 */
import { createRng } from '../stats/rng.js';
import { bootstrapPValue, deriveSeed, multinomialCounts, percentileInterval } from '../stats/bootstrap.js';
import { mcnemarExact } from '../stats/exact-tests.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import type { Kernel } from './kernels.js';
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
  const deltas = bootstrapDeltas(baseKernel, curKernel, base.n, cur.n, paired, opts.resamples, deriveSeed(opts.seed, 'headline'));
  const level = 1 - opts.alpha;
  // McNemar counts rows, so it only applies when rows are unweighted.
  const mcnemarP =
    paired && base.kind === 'class' && cur.kind === 'class' && !base.weighted && !cur.weighted ? mcnemarForRuns(base, cur) : null;
  const rows = baseKernel.metrics.map((name, j) => {
    const b = vb[j]!;
    const c = vc[j]!;
    const defined = Number.isFinite(b) && Number.isFinite(c);
    const ci = defined ? percentileInterval(deltas[j]!, level) : null;
    const mc = name === 'accuracy' ? mcnemarP : null;
    const significant = defined && excludesZero(ci) && (mc === null || mc < opts.alpha);
    return {
      name,
      direction: METRIC_INFO[name].direction,
      baseline: finiteOrNull(b),
      current: finiteOrNull(c),
      delta: defined ? c - b : null,
      ci,
      pValue: defined ? finiteOrNull(bootstrapPValue(deltas[j]!)) : null,
      mcnemarP: mc,
      qValue: null,
      test: paired ? 'paired_bootstrap' : 'unpaired_bootstrap',
      significant,
      status: defined ? statusOf(name, b, c, significant) : 'unchanged',
    } satisfies MetricComparison;
  });
  // Several metrics are tested at once: q-values keep a seed change from raising a false signal.
  const family = rows.map((m) => (m.pValue === null ? NaN : Math.max(m.pValue, m.mcnemarP ?? 0)));
  const q = benjaminiHochberg(family);
  return rows.map((m, j) => ({ ...m, qValue: finiteOrNull(q[j]!) }));
}
