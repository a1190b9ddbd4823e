/**
 * Turns a PerformanceAnalysis into Signals: metric_regression (a headline metric got
 * significantly worse: its interval excludes 0 and it survives Benjamini–Hochberg across the
 * table's headline metrics, since ~9 correlated metrics are tested at once), segment_regression
 * (BH-significant worse segments and the discovered slices), calibration (ECE or Brier
 * significantly worse, same rule) and bias (a group of a protected attribute got significantly
 * worse, against its own baseline and against the rest of the data; bias.ts). Improvements never become signals; they stay in `analysis.improved`.
 *
 * Strength mapping (Signal.strength: >= 0.25 minor, >= 0.5 major, >= 0.8 critical):
 * - effect size first, on the metric's natural scale:
 *   points (rates on [0, 1], e.g. accuracy, AUC, ECE, a group gap): 1 pt → 0.30, 3 pts → 0.59,
 *   10 pts → 0.95, 20 pts → 1 (linear in between);
 *   relative change (losses and errors: log loss, Brier, RMSE, MAE, MAPE; mean error relative
 *   to the baseline RMSE): 5% → 0.30, 15% → 0.59, 50% → 0.95, 100% → 1; R² on both scales, the
 *   larger: its drop in points (the share of the variance explained) and the relative growth of
 *   the unexplained variance 1 - R²;
 * - times a noise factor from z = |delta| / SE (SE read off the interval): 0.85 when the effect
 *   is just significant (z = 1.96), rising linearly to 1 at z = 4. A barely significant effect
 *   from a small or noisy eval set therefore lands one notch lower than the same effect measured
 *   precisely, while the anchors hold even at z = 1.96: a 1-pt accuracy drop is minor
 *   (0.255), 3 pts major (0.50), 10 pts critical (0.81);
 * - regression segments tested by rank (segments.ts): the MAE change relative to the baseline
 *   MAE on the relative ramp, with the noise factor of the MAE interval;
 * - segments: times (0.5 + 0.5 × localisation), localisation = (share of the drop - share of
 *   the rows) / (1 - share of the rows), clamped to [0, 1]: 0 when the slice carries no more of
 *   the drop than its size (a global regression seen through a window), 1 when it carries all
 *   of it; 0.5 when there is no share (AUC, or no overall drop). Segments outside the discovered
 *   slice set get a further × 0.8 (they are correlated echoes or minor contributors).
 */
import type { Evidence, Signal } from '../signals.js';
import { errorFacts } from './error-facts.js';
import { benjaminiHochberg, holm } from '../stats/multiple-testing.js';
import { METRIC_INFO } from './metric-defs.js';
import { normalQuantile } from './special.js';
import type { BiasResult, ConfusionCells, Interval, MaeChange, MetricComparison, MetricName, PerformanceAnalysis, SegmentResult, SliceResult } from './types.js';

const POINT_KNOTS: readonly [number, number][] = [
  [0, 0],
  [0.5, 0.12],
  [1, 0.3],
  [3, 0.59],
  [10, 0.95],
  [20, 1],
];
const RELATIVE_KNOTS: readonly [number, number][] = [
  [0, 0],
  [0.02, 0.12],
  [0.05, 0.3],
  [0.15, 0.59],
  [0.5, 0.95],
  [1, 1],
];
/** Segment signals beyond the discovered slices, strongest first. */
export const MAX_SEGMENT_SIGNALS = 10;
const NON_SLICE_FACTOR = 0.8;

function interpolate(x: number, knots: readonly [number, number][]): number {
  if (!(x > 0)) return 0;
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i]!;
    const [x0, y0] = knots[i - 1]!;
    if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return knots[knots.length - 1]![1];
}

/** Severity of a change in points (|delta| × 100 on a [0, 1] rate). */
export function pointsSeverity(absDelta: number): number {
  return interpolate(absDelta * 100, POINT_KNOTS);
}

/** Severity of a relative worsening (0.1 = 10% worse). */
export function relativeSeverity(rel: number): number {
  return interpolate(rel, RELATIVE_KNOTS);
}

/** Noise factor from the interval: 0.85 at z = 1.96 rising to 1 at z = 4 (see the module comment). */
export function noiseFactor(delta: number, ci: Interval | null, alpha: number): number {
  if (!ci) return 0.85;
  const half = (ci[1] - ci[0]) / 2;
  const zCrit = normalQuantile(1 - alpha / 2);
  if (!(half > 0)) return 1;
  const z = Math.abs(delta) / (half / zCrit);
  return 0.85 + 0.15 * Math.min(1, Math.max(0, (z - 1.96) / (4 - 1.96)));
}

/** Effect severity of a metric change from `base` to `cur` on the metric's natural scale. */
export function effectSeverity(name: MetricName, base: number, cur: number, baseRmse: number | null): number {
  const info = METRIC_INFO[name];
  if (info.scale === 'points') return pointsSeverity(Math.abs(cur - base));
  if (name === 'r2') {
    // R² is the share of the variance the model explains, a proportion like accuracy: its drop in
    // points says how much of what the model explains was lost (0.11 → 0.05 is half the model's
    // value, although RMSE rose 3 %). The relative growth of the unexplained part (1 − R²) says
    // the same as RMSE for a model that explains most of the variance; the larger of the two.
    const unexplained = 1 - base;
    const points = pointsSeverity(base - cur);
    return unexplained > 0 ? Math.max(points, relativeSeverity((base - cur) / unexplained)) : points;
  }
  if (name === 'mean_error') {
    const scale = baseRmse && baseRmse > 0 ? baseRmse : Math.abs(base);
    return scale > 0 ? relativeSeverity((Math.abs(cur) - Math.abs(base)) / scale) : 0;
  }
  return Math.abs(base) > 0 ? relativeSeverity(Math.abs(cur - base) / Math.abs(base)) : 1;
}

/** The vocabulary's labels (metric-defs.ts), indexed as before. */
const LABELS: Readonly<Record<MetricName, string>> = Object.fromEntries(Object.entries(METRIC_INFO).map(([k, v]) => [k, v.label])) as Record<MetricName, string>;

/** Compact number for titles: 3 significant digits, no exponent for everyday magnitudes. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e7)) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}

/** "fell 6.8 pts" / "rose 9.5%" / "moved from 3.1 to 45": the change in words. */
export function describeChange(name: MetricName, base: number, cur: number): string {
  const verb = cur < base ? 'fell' : 'rose';
  if (METRIC_INFO[name].scale === 'points') return `${verb} ${(Math.abs(cur - base) * 100).toFixed(1)} pts`;
  // R² and mean error have no natural relative scale: say how far they moved (the title adds "(a → b)").
  if (name === 'r2') return `${verb} by ${fmt(Math.abs(cur - base))}`;
  if (name === 'mean_error' || base === 0) return `moved by ${fmt(cur - base)}`;
  return `${verb} ${((Math.abs(cur - base) / Math.abs(base)) * 100).toFixed(1)}%`;
}

function ciText(ci: Interval | null): string {
  return ci ? `95% CI of the change [${fmt(ci[0])}, ${fmt(ci[1])}]` : 'no interval';
}

function baseRmseOf(a: PerformanceAnalysis): number | null {
  return a.metrics.find((m) => m.name === 'rmse')?.baseline ?? null;
}

/** A regression that also survives Benjamini–Hochberg across the table's headline metrics. */
function passes(m: MetricComparison, alpha: number): boolean {
  return m.status === 'regressed' && m.qValue !== null && m.qValue <= alpha;
}

/** Precision and recall are the two sides of one operating point (the decision threshold). */
const OPERATING_PARTNER: Partial<Record<MetricName, MetricName>> = { precision: 'recall', recall: 'precision' };

/**
 * A fall of precision (recall) while its partner rose significantly, F1 (their harmonic mean) did
 * not fall and no other metric got worse is the operating point moving along the same
 * precision-recall curve — a different trade-off (another seed, another threshold), not a worse
 * model. It stays in the metrics table. When anything else got worse too (accuracy, log loss,
 * Brier, ECE: a calibration step dropped), the fall is part of a regression and is reported.
 */
export function isOperatingTradeOff(a: PerformanceAnalysis, m: MetricComparison): boolean {
  const partner = OPERATING_PARTNER[m.name];
  if (!partner) return false;
  const other = a.metrics.find((x) => x.name === partner);
  const f1 = a.metrics.find((x) => x.name === 'f1');
  const elsewhere = a.metrics.some((x) => x.name !== m.name && x.name !== partner && x.status === 'regressed');
  return other?.status === 'improved' && f1 !== undefined && f1.status !== 'regressed' && !elsewhere;
}

function metricSignals(a: PerformanceAnalysis): Signal[] {
  const out: Signal[] = [];
  const alpha = a.options.alpha;
  // The whole table's moved confusion cells and trivial comparisons: on every metric signal, since
  // the diagnosis keeps the strongest of them and folds the others into it.
  const facts = errorFacts(a, a.confusion, null);
  for (const m of a.metrics) {
    // ECE is the calibration signal's business; the other metrics are headline regressions.
    if (!passes(m, alpha) || m.name === 'ece' || !measured(m)) continue;
    if (isOperatingTradeOff(a, m)) continue;
    const more: Evidence[] = [];
    if (m.mcnemarP !== null) more.push({ text: `exact McNemar p = ${fmt(m.mcnemarP)}`, value: m.mcnemarP });
    const trivial = facts?.trivial.some((t) => t.metric === m.name) ? null : trivialContext(a, m.name);
    if (trivial) more.push(trivial);
    out.push(metricSignal(a, m, facts, more));
  }
  return out;
}

type Measured = MetricComparison & { readonly baseline: number; readonly current: number; readonly delta: number };

function measured(m: MetricComparison): m is Measured {
  return m.baseline !== null && m.current !== null && m.delta !== null;
}

/** The metric_regression signal of one headline metric: its change and interval, then `more` evidence. */
function metricSignal(a: PerformanceAnalysis, m: Measured, facts: ReturnType<typeof errorFacts>, more: readonly Evidence[], extra: Record<string, unknown> = {}): Signal {
  const strength = effectSeverity(m.name, m.baseline, m.current, baseRmseOf(a)) * noiseFactor(m.delta, m.ci, a.options.alpha);
  return {
    category: 'metric_regression',
    area: 'model',
    strength: clamp01(strength),
    significant: true,
    title: `${LABELS[m.name]} ${describeChange(m.name, m.baseline, m.current)} (${fmt(m.baseline)} → ${fmt(m.current)}, n=${a.nCurrent})`,
    metric: m.name,
    source: a.table,
    evidence: [{ text: `${LABELS[m.name]} ${fmt(m.baseline)} → ${fmt(m.current)} (${ciText(m.ci)}, ${m.test.replaceAll('_', ' ')})`, value: m.current }, ...more],
    details: {
      metric: m.name,
      baseline: m.baseline,
      current: m.current,
      delta: m.delta,
      ciLow: m.ci ? m.ci[0] : null,
      ciHigh: m.ci ? m.ci[1] : null,
      pValue: m.pValue,
      qValue: m.qValue,
      mcnemarP: m.mcnemarP,
      n: a.nCurrent,
      nBase: a.nBase,
      paired: a.paired,
      direction: m.direction,
      ...extra,
    },
    ...(facts ? { errors: facts } : {}),
  };
}

function trivialContext(a: PerformanceAnalysis, name: MetricName): Evidence | null {
  const t = a.trivialCurrent;
  if (name === 'accuracy' && t.majorityAccuracy !== null) return { text: `always predicting ${t.majorityClass} scores ${fmt(t.majorityAccuracy)}`, value: t.majorityAccuracy };
  if (name === 'log_loss' && t.priorLogLoss !== null) return { text: `predicting the class prior scores ${fmt(t.priorLogLoss)}`, value: t.priorLogLoss };
  if (name === 'rmse' && t.meanRmse !== null) return { text: `predicting the mean scores ${fmt(t.meanRmse)}`, value: t.meanRmse };
  return null;
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}

interface SegmentGroup {
  readonly column: string;
  readonly value: string;
  readonly results: SegmentResult[];
}

interface SegmentLike {
  readonly mae?: MaeChange;
  readonly metric: MetricName;
  readonly baseline: number;
  readonly current: number;
  readonly delta: number;
  readonly ci: Interval | null;
  readonly nCurrent: number;
}

/** How much more of the drop a slice carries than its share of rows (see the module comment). */
export function localisation(share: number | null, rowShare: number): number | null {
  if (share === null) return null;
  if (rowShare >= 1) return 0;
  return clamp01((share - rowShare) / (1 - rowShare));
}

/** A change read at the conservative end of its interval when the interval excludes 0. */
function conservativeSize(delta: number, ci: Interval | null): number {
  return ci && Math.sign(ci[0]) === Math.sign(ci[1]) ? Math.min(Math.abs(ci[0]), Math.abs(ci[1]), Math.abs(delta)) : Math.abs(delta);
}

/**
 * How a segment's change is read. `conservative` (the default): at the end of its interval nearer
 * 0, because the segment was picked as one of the worst among many (the winner's curse inflates
 * the point estimate of a selected segment). `point`: at its point estimate, for a segment named
 * before its outcome was looked at (a cause points at it: the group whose training share fell),
 * where no selection biases the estimate; the noise factor still discounts a noisy one.
 */
export type SegmentReading = 'conservative' | 'point';

function segmentStrength(a: PerformanceAnalysis, r: SegmentLike, share: number | null, reading: SegmentReading = 'conservative'): number {
  // A segment's effect is read at the conservative end of its interval: a 20-point drop measured
  // on 70 rows ([-32, -8]) is a major finding, not a critical one.
  const size = (delta: number, ci: Interval | null) => (reading === 'point' ? Math.abs(delta) : conservativeSize(delta, ci));
  const loc = localisation(share, r.nCurrent / a.nCurrent);
  const where = 0.5 + 0.5 * (loc ?? 0.5);
  if (r.mae) {
    // Rank-tested regression segments: the MAE change relative to the baseline MAE, on the
    // relative ramp (5% → 0.30, 15% → 0.59, 50% → 0.95), read like the RMSE change was. MAE,
    // not RMSE: the test is on absolute errors, and one huge error would inflate the RMSE change.
    const m = r.mae;
    const sev = m.delta > 0 ? relativeSeverity(m.base > 0 ? size(m.delta, m.ci) / m.base : 1) : 0;
    return sev * noiseFactor(m.delta, m.ci, a.options.alpha) * where;
  }
  const change = size(r.delta, r.ci);
  const sev = r.metric === 'rmse' ? relativeSeverity(r.baseline > 0 ? change / r.baseline : 1) : pointsSeverity(change);
  return sev * noiseFactor(r.delta, r.ci, a.options.alpha) * where;
}

/**
 * The rows a binary segment's metric rests on in the current run (weighted counts, from its
 * confusion cells: cell y·2 + pred): both classes for a ranking metric (the rarer one), the
 * positives for recall and F1, the predicted positives for precision; null for metrics every
 * row counts in (accuracy, log loss, Brier), for other tasks, or without cells. The diagnosis
 * requires a minimum of it before a segment is a finding of its own (MIN_CLASS_SUPPORT).
 */
export function classSupport(metric: MetricName, c: ConfusionCells | undefined | null): number | null {
  if (!c || c.k !== 2 || c.current.length !== 4) return null;
  const [tn, fp, fn, tp] = c.current as [number, number, number, number];
  switch (metric) {
    case 'auc':
    case 'average_precision':
      return Math.min(tn + fp, fn + tp);
    case 'recall':
    case 'f1':
      return fn + tp;
    case 'precision':
      return fp + tp;
    default:
      return null;
  }
}

function sliceSignal(a: PerformanceAnalysis, s: SliceResult, rank: number): Signal {
  const facts = errorFacts(a, s.confusion, s.conditions);
  const column = s.conditions.map((c) => c.column).join(' & ');
  const value = s.conditions.map((c) => c.value).join(' & ');
  const where = s.conditions.map((c) => `${c.column}=${c.value}`).join(' & ');
  const share = s.shareOfDrop;
  const shareText = share !== null ? `, ${Math.round(share * 100)}% of the overall drop` : '';
  return {
    category: 'segment_regression',
    area: 'model',
    strength: clamp01(segmentStrength(a, s, share)),
    significant: true,
    title: `${LABELS[s.metric]} ${describeChange(s.metric, s.baseline, s.current)} for ${where} (n=${s.nCurrent}${shareText})`,
    metric: s.metric,
    segment: { column, value },
    source: a.table,
    evidence: [
      { text: `${LABELS[s.metric]} ${fmt(s.baseline)} → ${fmt(s.current)} in ${where} (${ciText(s.ci)}, q = ${fmt(s.qValue)})`, value: s.current },
      ...(share !== null ? [{ text: `carries ${Math.round(share * 100)}% of the overall drop`, value: share }] : []),
    ],
    details: {
      metric: s.metric,
      baseline: s.baseline,
      current: s.current,
      delta: s.delta,
      class_support: classSupport(s.metric, s.confusion),
      ciLow: s.ci ? s.ci[0] : null,
      ciHigh: s.ci ? s.ci[1] : null,
      pValue: s.pValue,
      qValue: s.qValue,
      test: s.test,
      n: s.nCurrent,
      nBase: s.nBase,
      shareOfDrop: share,
      marginalShare: s.marginalShare,
      dropMass: s.dropMass,
      sliceRank: rank,
      strength_named: clamp01(segmentStrength(a, s, share, 'point')),
      rowShare: s.nCurrent / a.nCurrent,
      localisation: localisation(share, s.nCurrent / a.nCurrent),
      conditions: s.conditions.length,
      paired: a.paired,
    },
    ...(facts ? { errors: facts } : {}),
  };
}

function segmentSignal(a: PerformanceAnalysis, g: SegmentGroup, pLabel = 'q'): Signal {
  const share = g.results.find((r) => r.shareOfDrop !== null)?.shareOfDrop ?? null;
  const primary = g.results.reduce((best, r) => (segmentStrength(a, r, share) > segmentStrength(a, best, share) ? r : best));
  const strength = segmentStrength(a, primary, share) * NON_SLICE_FACTOR;
  const where = `${g.column}=${g.value}`;
  const facts = errorFacts(a, g.results.find((r) => r.confusion)?.confusion, [{ column: g.column, value: g.value }]);
  return {
    category: 'segment_regression',
    area: 'model',
    strength: clamp01(strength),
    significant: true,
    title: `${LABELS[primary.metric]} ${describeChange(primary.metric, primary.baseline, primary.current)} for ${where} (n=${primary.nCurrent})`,
    metric: primary.metric,
    segment: { column: g.column, value: g.value },
    source: a.table,
    evidence: g.results.map((r) =>
      r.mae
        ? {
            text: `MAE ${fmt(r.mae.base)} → ${fmt(r.mae.cur)} (${ciText(r.mae.ci)}), RMSE ${fmt(r.baseline)} → ${fmt(r.current)}; ${r.test.replaceAll('_', ' ')} on absolute errors ${pLabel} = ${fmt(r.qValue)}`,
            value: r.mae.cur,
          }
        : { text: `${LABELS[r.metric]} ${fmt(r.baseline)} → ${fmt(r.current)} (${ciText(r.ci)}, ${pLabel} = ${fmt(r.qValue)})`, value: r.current },
    ),
    details: {
      metric: primary.metric,
      class_support: classSupport(primary.metric, primary.confusion ?? g.results.find((r) => r.confusion)?.confusion),
      baseline: primary.baseline,
      current: primary.current,
      delta: primary.delta,
      ciLow: primary.ci ? primary.ci[0] : null,
      ciHigh: primary.ci ? primary.ci[1] : null,
      pValue: primary.pValue,
      qValue: primary.qValue,
      test: primary.test,
      n: primary.nCurrent,
      nBase: primary.nBase,
      shareOfDrop: share,
      rowShare: primary.nCurrent / a.nCurrent,
      localisation: localisation(share, primary.nCurrent / a.nCurrent),
      sliceRank: null,
      strength_named: clamp01(segmentStrength(a, primary, share, 'point')),
      paired: a.paired,
      ...maeDetails(primary),
    },
    ...(facts ? { errors: facts } : {}),
  };
}

/** MAE and RMSE changes of a rank-tested regression segment, both for the diagnosis to read. */
function maeDetails(r: SegmentResult): Record<string, number | null> {
  if (!r.mae) return {};
  return {
    maeBase: r.mae.base,
    maeCurrent: r.mae.cur,
    maeDelta: r.mae.delta,
    maeRelative: r.mae.base > 0 ? r.mae.delta / r.mae.base : null,
    maeCiLow: r.mae.ci ? r.mae.ci[0] : null,
    maeCiHigh: r.mae.ci ? r.mae.ci[1] : null,
    rmseBase: r.baseline,
    rmseCurrent: r.current,
    rmseDelta: r.delta,
  };
}

/** `column\u0000value` of the one-condition slices: their segments are reported as slices already. */
function singleSliceKeys(slices: readonly SliceResult[]): Set<string> {
  return new Set(slices.filter((s) => s.conditions.length === 1).map((s) => `${s.conditions[0]!.column}\u0000${s.conditions[0]!.value}`));
}

function segmentSignals(a: PerformanceAnalysis): Signal[] {
  const out: Signal[] = [];
  const slices = a.slices?.slices ?? [];
  slices.forEach((s, i) => out.push(sliceSignal(a, s, i + 1)));
  const inSlices = singleSliceKeys(slices);
  const groups = new Map<string, SegmentGroup>();
  for (const r of a.segments) {
    if (!r.significant || !r.worse) continue;
    const key = `${r.column}\u0000${r.value}`;
    if (inSlices.has(key)) continue;
    const g = groups.get(key) ?? { column: r.column, value: r.value, results: [] };
    g.results.push(r);
    groups.set(key, g);
  }
  const rest = [...groups.values()].map((g) => segmentSignal(a, g)).sort((x, y) => y.strength - x.strength || (x.title < y.title ? -1 : 1));
  return [...out, ...rest.slice(0, MAX_SEGMENT_SIGNALS)];
}

function calibrationSignals(a: PerformanceAnalysis): Signal[] {
  const cal = a.calibration;
  if (!cal || !cal.ece || !cal.brier || !cal.baseline) return [];
  // ECE is biased upward on small samples; when the two runs differ in size (or spread of
  // confidences) the floor moves, so the ECE change counts only net of the floors' difference.
  const floorShift = cal.current.eceFloor - cal.baseline.eceFloor;
  const eceHolds = cal.ece.ci !== null && cal.ece.ci[0] - floorShift > 0;
  const worse = [cal.ece, cal.brier].filter(
    (m): m is MetricComparison & { baseline: number; current: number; delta: number } => passes(m, a.options.alpha) && (m.name !== 'ece' || eceHolds),
  );
  if (worse.length === 0) return [];
  const strength = Math.max(...worse.map((m) => effectSeverity(m.name, m.baseline, m.current, null) * noiseFactor(m.delta, m.ci, a.options.alpha)));
  const auc = a.metrics.find((m) => m.name === 'auc' || m.name === 'auc_ovr_macro');
  const discriminationKept = auc !== undefined && auc.status !== 'regressed';
  const lead = worse[0]!;
  return [
    {
      category: 'calibration',
      area: 'model',
      strength: clamp01(strength),
      significant: true,
      title: `${LABELS[lead.name]} ${describeChange(lead.name, lead.baseline, lead.current)} (${fmt(lead.baseline)} → ${fmt(lead.current)}, n=${a.nCurrent})`,
      metric: lead.name,
      source: a.table,
      evidence: [
        ...worse.map((m) => ({ text: `${LABELS[m.name]} ${fmt(m.baseline)} → ${fmt(m.current)} (${ciText(m.ci)})`, value: m.current })),
        { text: `MCE ${fmt(cal.baseline.mce)} → ${fmt(cal.current.mce)}; adaptive ECE ${fmt(cal.baseline.eceAdaptive)} → ${fmt(cal.current.eceAdaptive)}`, value: cal.current.mce },
        { text: `ECE a calibrated model would show on these rows: ${fmt(cal.baseline.eceFloor)} → ${fmt(cal.current.eceFloor)} (finite-sample floor)`, value: cal.current.eceFloor },
        ...(discriminationKept ? [{ text: 'ranking quality (AUC) did not regress: the probabilities, not the ordering, got worse' }] : []),
      ],
      details: {
        kind: cal.kind,
        eceBase: cal.ece.baseline,
        eceCurrent: cal.ece.current,
        eceDelta: cal.ece.delta,
        eceCiLow: cal.ece.ci ? cal.ece.ci[0] : null,
        eceCiHigh: cal.ece.ci ? cal.ece.ci[1] : null,
        eceSignificant: cal.ece.status === 'regressed',
        brierBase: cal.brier.baseline,
        brierCurrent: cal.brier.current,
        brierDelta: cal.brier.delta,
        brierSignificant: cal.brier.status === 'regressed',
        mceBase: cal.baseline.mce,
        mceCurrent: cal.current.mce,
        discriminationKept,
        n: a.nCurrent,
      },
    },
  ];
}

/**
 * The bias signal of one protected column: the group with the strongest significant worsening
 * (bias.ts: worse against its own baseline and against the rest, BH across the groups). Strength
 * from the gap to the rest on the points scale, read like a segment's change: at the
 * conservative end of its interval (a group is a segment, and a 5-point gap measured as
 * [-9, -1] on two fresh samples is a minor finding, not a major one).
 */
function biasSignal(a: PerformanceAnalysis, b: BiasResult): Signal | null {
  const w = b.worstChange;
  if (!w || !b.baseline) return null;
  const strength = pointsSeverity(conservativeSize(w.gapToRest, w.gapCi)) * noiseFactor(w.gapToRest, w.gapCi, a.options.alpha);
  const groupText = b.current.groups.map((g) => `${g.group} ${fmt(g.accuracy)}`).join(', ');
  const baseText = b.baseline.groups.map((g) => `${g.group} ${fmt(g.accuracy)}`).join(', ');
  const pts = (d: number) => `${(d * 100).toFixed(1)} pts`;
  return {
    category: 'bias',
    area: 'model',
    strength: clamp01(strength),
    significant: true,
    title: `Accuracy for ${b.column}=${w.group} fell ${pts(-w.delta)} (${fmt(w.baseline)} → ${fmt(w.current)}, n=${w.nCurrent}), ${pts(-w.gapToRest)} more than the rest of the data`,
    segment: { column: b.column, value: w.group },
    metric: 'accuracy',
    source: a.table,
    evidence: [
      { text: `accuracy of ${b.column}=${w.group} ${fmt(w.baseline)} → ${fmt(w.current)} (${ciText(w.ci)}, ${w.test.replaceAll('_', ' ')} p = ${fmt(w.pValue)}, q = ${fmt(w.qValue)})`, value: w.current },
      { text: `the rest of the data ${fmt(w.restBaseline)} → ${fmt(w.restCurrent)}; the group's change minus the rest's: ${ciText(w.gapCi)} (q = ${fmt(w.gapQValue)})`, value: w.gapToRest },
      { text: `accuracy by ${b.column}: baseline ${baseText}; current ${groupText}`, value: b.current.maxAccuracyGap },
      ...(b.gapDelta !== null ? [{ text: `change of the max accuracy gap: ${fmt(b.gapDelta)} (${ciText(b.gapCi)})`, value: b.gapDelta }] : []),
      ...(b.equalizedOddsDelta !== null ? [{ text: `equalized-odds difference changed by ${fmt(b.equalizedOddsDelta)}`, value: b.equalizedOddsDelta }] : []),
      ...(b.demographicParityDelta !== null
        ? [{ text: `demographic-parity difference changed by ${fmt(b.demographicParityDelta)}`, value: b.demographicParityDelta }]
        : []),
    ],
    details: {
      column: b.column,
      group: w.group,
      groupBase: w.baseline,
      groupCurrent: w.current,
      groupDelta: w.delta,
      restBase: w.restBaseline,
      restCurrent: w.restCurrent,
      restDelta: w.restDelta,
      gapToRest: w.gapToRest,
      gapToRestCiLow: w.gapCi ? w.gapCi[0] : null,
      gapToRestCiHigh: w.gapCi ? w.gapCi[1] : null,
      pValue: w.pValue,
      qValue: w.qValue,
      gapPValue: w.gapPValue,
      gapQValue: w.gapQValue,
      test: w.test,
      n: w.nCurrent,
      nBase: w.nBase,
      worstGroup: b.current.worstGroup,
      bestGroup: b.current.bestGroup,
      gapBase: b.baseline.maxAccuracyGap,
      gapCurrent: b.current.maxAccuracyGap,
      gapDelta: b.gapDelta,
      ciLow: b.gapCi ? b.gapCi[0] : null,
      ciHigh: b.gapCi ? b.gapCi[1] : null,
      maxGapPValue: b.gapPValue,
      demographicParityDelta: b.demographicParityDelta,
      equalizedOddsDelta: b.equalizedOddsDelta,
      groups: b.current.groups.length,
      paired: a.paired,
    },
  };
}

/**
 * Segments of the columns a cause names (the training data's make-up of `sex` changed; a drift
 * inside `region=EU`) are a confirmatory question, not one more draw of the exploratory family:
 * they are tested with Benjamini–Hochberg across that column's own values only, so a real drop in
 * a named group is not lost among every bin of every column. Returns the segments this finds that
 * the exploratory family did not.
 */
export function confirmatorySegmentSignals(a: PerformanceAnalysis, columns: ReadonlySet<string>): Signal[] {
  const slices = a.slices?.slices ?? [];
  const inSlices = singleSliceKeys(slices);
  const groups = new Map<string, SegmentGroup>();
  for (const column of [...columns].sort()) {
    for (const metric of [...new Set(a.segments.filter((r) => r.column === column).map((r) => r.metric))]) {
      const family = a.segments.filter((r) => r.column === column && r.metric === metric);
      const q = benjaminiHochberg(family.map((r) => r.pValue));
      family.forEach((r, i) => {
        if (!r.worse || r.significant || q[i]! > a.options.alpha) return;
        const key = `${r.column}\u0000${r.value}`;
        if (inSlices.has(key) || a.segments.some((x) => x.column === r.column && x.value === r.value && x.significant && x.worse)) return;
        const g = groups.get(key) ?? { column: r.column, value: r.value, results: [] };
        g.results.push({ ...r, qValue: q[i]! });
        groups.set(key, g);
      });
    }
  }
  return [...groups.values()].map((g) => {
    const s = segmentSignal(a, g);
    return {
      ...s,
      evidence: [...s.evidence, { text: `confirmatory test: \`${g.column}\` is named by a cause, so its ${a.segments.filter((r) => r.column === g.column && r.metric === g.results[0]!.metric).length} values form their own Benjamini–Hochberg family` }],
      details: { ...s.details, confirmatory: true },
    };
  });
}

/** Signals of one performance analysis, in a fixed order (metric, segment, calibration, bias). */
export function performanceSignals(a: PerformanceAnalysis): Signal[] {
  if (!a.hasBaseline) return [];
  const bias = a.bias.map((b) => biasSignal(a, b)).filter((s): s is Signal => s !== null);
  return [...metricSignals(a), ...segmentSignals(a), ...calibrationSignals(a), ...bias];
}

/**
 * The one-sided p-value for "this change is a worsening", from a two-sided p whose test statistic
 * has a symmetric null distribution (the paired bootstrap, the Wilcoxon signed-rank and the
 * exact McNemar tests used here): half of it when the change points the worse way, else 1 − p/2.
 */
export function oneSidedWorse(pTwoSided: number, worse: boolean): number {
  const half = Math.min(1, Math.max(0, pTwoSided)) / 2;
  return worse ? half : 1 - half;
}

/**
 * A group a cause names before any outcome is read — the training data's share of `sex=2` fell,
 * a drift located inside `region=EU` — comes with a direction: that group should get worse. Such
 * a prediction is tested one-sided, on that group alone (Holm across the named groups of one run),
 * instead of as one more value of a column's two-sided family. Returns the named groups that this
 * test confirms and no exploratory or column-family test already reported.
 */
export function namedGroupSignals(a: PerformanceAnalysis, groups: readonly NamedGroup[], already: ReadonlySet<string>): Signal[] {
  const slices = singleSliceKeys(a.slices?.slices ?? []);
  const tested = groups
    .map((g) => {
      const results = a.segments.filter((r) => r.column === g.column && r.value === g.value);
      const primary = results.find((r) => r.metric === (a.task === 'regression' ? 'rmse' : 'accuracy')) ?? results[0];
      return primary ? { g, primary, p: oneSidedWorse(primary.pValue, primary.worse) } : null;
    })
    .filter((t): t is { g: NamedGroup; primary: SegmentResult; p: number } => t !== null);
  const adjusted = holm(tested.map((t) => t.p));
  const out: Signal[] = [];
  tested.forEach((t, i) => {
    const key = `${t.g.column}\u0000${t.g.value}`;
    if (!t.primary.worse || adjusted[i]! > a.options.alpha || already.has(key) || slices.has(key)) return;
    if (a.segments.some((x) => x.column === t.g.column && x.value === t.g.value && x.significant && x.worse)) return;
    const family = tested.length > 1 ? ` (Holm across the ${tested.length} groups the causes name)` : '';
    const s = segmentSignal(a, { column: t.g.column, value: t.g.value, results: [{ ...t.primary, qValue: adjusted[i]! }] }, `one-sided p${family}`);
    out.push({
      ...s,
      evidence: [...s.evidence, { text: `tested alone and one-sided because a cause predicted this group would get worse: ${t.g.because}` }],
      details: { ...s.details, confirmatory: true, one_sided_p: adjusted[i]!, named_by: t.g.because },
    });
  });
  return out;
}

/** A group a cause names, with the reason it should have got worse. */
export interface NamedGroup {
  readonly column: string;
  readonly value: string;
  readonly because: string;
}

/**
 * The metric a training cause's prediction — the held-out error rose — is tested on, chosen before
 * looking: absolute errors for regression (the MAE, robust to the heavy tails that hide a rise in
 * squared error, as the regression segments are tested) and correctness for classification
 * (accuracy, exact McNemar). One metric, so no family to correct across.
 */
export const CONFIRMATORY_METRICS: readonly MetricName[] = ['mae', 'accuracy'];

/**
 * The headline regression a training cause predicts (the training log shows the model fitting the
 * held-out data worse: validation loss rising after its best, losses ending higher, divergence),
 * tested one-sided on the pre-named metric. Returns its metric_regression signal when that test
 * confirms a worsening the exploratory family (two-sided, BH across ~9 metrics) did not.
 */
export function confirmatoryMetricSignals(a: PerformanceAnalysis, because: string): Signal[] {
  if (!a.hasBaseline) return [];
  const m = a.metrics.find((x) => CONFIRMATORY_METRICS.includes(x.name));
  if (!m || !measured(m) || m.pValue === null) return [];
  const worse = m.direction === 'lower' ? m.delta > 0 : m.direction === 'higher' ? m.delta < 0 : false;
  const p = oneSidedWorse(m.mcnemarP ?? m.pValue, worse);
  if (!worse || p > a.options.alpha || passes(m, a.options.alpha)) return [];
  const why = { text: `one-sided p = ${fmt(p)}: the ${because} predicts a worse held-out ${LABELS[m.name]}, so this one metric, named in advance, is tested in that direction only`, value: p };
  return [metricSignal(a, m, errorFacts(a, a.confusion, null), [why], { one_sided_p: p, confirmatory: true, named_by: because })];
}
