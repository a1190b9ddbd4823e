/**
 * The diagnosis rules that decide which findings are one phenomenon (merge) and which cause
 * explains which other finding (explain), as small named tables: each rule has a name, the reason
 * it holds, and a predicate over plain signals. `diagnose.ts` applies them; the tables are tested
 * rule by rule on hand-built signals (test/diagnosis/rules.test.ts).
 */
import type { Category, Signal } from '../analysis/signals.js';
import type { Severity } from '../report/types.js';
import { SHARE_MOST } from './attribution.js';
import { FDR } from '../analysis/data/strength.js';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, minor: 1, major: 2, critical: 3 };

/** Two measured shares closer than this (10 points) are a tie: the order falls to strength and upstream position. */
export const SHARE_TIE = 0.1;

export const sameFeature = (a: Signal, b: Signal): boolean => a.feature !== undefined && a.feature === b.feature;
export const sameSegment = (a: Signal, b: Signal): boolean =>
  a.segment !== undefined && b.segment !== undefined && a.segment.column === b.segment.column && a.segment.value === b.segment.value;
/** Out-of-range values: a consequence of a drift, not a break of the data. */
export const isRangeQuality = (s: Signal): boolean => s.category === 'data_quality' && s.details['kind'] === 'out_of_range';
/** A PSI under this is negligible whatever the sample size (the PSI anchors' minor line). */
const NEGLIGIBLE_PSI = 0.1;
/** The re-weighted PSI must have lost at least this much of the drift (at most 35 % left). */
const PRIOR_LEFT = 0.35;
/**
 * The drift disappears against the prior-re-weighted baseline (see analysis/prior-adjusted.ts):
 * at most PRIOR_LEFT of it is left, and what is left is negligible. A drift located in a segment
 * is compared inside it, where "negligible" also takes what the segment's few rows cannot tell
 * from no drift (the χ² p-value of the re-weighted PSI above the FDR level): the fixed
 * NEGLIGIBLE_PSI line is a whole table's, and a segment of 60 rows has a no-change PSI of that
 * size by itself. A whole table keeps the fixed line: there, a drift of a feature that predicts
 * the label is what a covariate shift looks like too, and "not significant" is no evidence that
 * the prior explains it.
 */
export const explainedByPrior = (s: Signal): boolean => {
  const adj = s.details['prior_adjusted_psi'];
  const p = s.details['prior_adjusted_p'];
  const raw = s.segment ? s.details['segment_psi'] : s.details['psi'];
  if (typeof adj !== 'number' || typeof raw !== 'number' || adj > PRIOR_LEFT * raw) return false;
  return adj < NEGLIGIBLE_PSI || (s.segment !== undefined && typeof p === 'number' && p > FDR);
};
/** A quality break of a feature (missing, NaN, type change, ...), as opposed to out-of-range values. */
const isBreak = (s: Signal): boolean => s.category === 'data_quality' && !isRangeQuality(s);

export interface MergeRule {
  readonly name: string;
  readonly why: string;
  /** Does `other` merge into `keep` (the stronger one, already kept)? */
  readonly applies: (keep: Signal, other: Signal) => boolean;
}

/** Categories whose findings are never merged just for sharing a category and a feature. */
const NO_SAME_CATEGORY_MERGE = new Set<Category>(['segment_regression', 'config_change', 'data_quality', 'feature_drift', 'infrastructure']);

export const MERGE_RULES: readonly MergeRule[] = [
  {
    name: 'one headline regression',
    why: 'the metrics of one table move together: the strongest leads, the others are its evidence',
    applies: (a, b) => a.category === 'metric_regression' && b.category === 'metric_regression',
  },
  {
    name: 'one population change in a segment',
    why: 'several features drifting inside the same segment are one change of who is in it',
    applies: (a, b) => a.category === 'feature_drift' && b.category === 'feature_drift' && a.segment !== undefined && sameSegment(a, b),
  },
  {
    name: 'one drift of a feature',
    why: 'the same feature drifting overall and inside a segment: the localized finding carries it',
    applies: (a, b) => a.category === 'feature_drift' && b.category === 'feature_drift' && sameFeature(a, b),
  },
  {
    name: 'a break shows as drift',
    why: 'a unit change or a quality break of a feature also shows as a drift or out-of-range values of it',
    applies: (a, b) => (a.category === 'preprocessing' || isBreak(a)) && (b.category === 'feature_drift' || b.category === 'data_quality') && sameFeature(a, b),
  },
  {
    name: 'out-of-range values are the edge of a drift',
    why: 'values outside the baseline range are what a drift looks like at its edge',
    applies: (a, b) => a.category === 'feature_drift' && isRangeQuality(b) && sameFeature(a, b),
  },
  {
    name: 'the same finding twice',
    why: 'two findings of one category on the same feature and segment column say one thing (categories with several legitimate findings per feature excepted)',
    applies: (a, b) => a.category === b.category && !NO_SAME_CATEGORY_MERGE.has(a.category) && a.feature === b.feature && a.segment?.column === b.segment?.column,
  },
];

/** The first merge rule under which `other` is part of `keep`, or null. */
export function mergeRuleFor(keep: Signal, other: Signal): MergeRule | null {
  return MERGE_RULES.find((r) => r.applies(keep, other)) ?? null;
}

/** Upstream first: the data and the training process explain model-side effects. */
export const UPSTREAM_ORDER: readonly Category[] = [
  'leakage',
  'preprocessing',
  'data_quality',
  'label_noise',
  'learning_rate',
  'training_instability',
  'overfitting',
  'underfitting',
  'feature_drift',
  'bias',
  'config_change',
  'label_shift',
  'calibration',
];

export function upstreamRank(c: Category): number {
  const i = UPSTREAM_ORDER.indexOf(c);
  return i < 0 ? UPSTREAM_ORDER.length : i;
}

/** What the explain rules read of a finding: its signal, severity and measured share. */
export interface ExplainNode {
  readonly signal: Signal;
  readonly severity: Severity;
  readonly share: { readonly share: { readonly share: number; readonly lo: number } } | null;
}

export interface ExplainRule {
  readonly name: string;
  readonly why: string;
  /** Does `cause` explain `effect`? (The gate `mayExplain` is checked first.) */
  readonly applies: (cause: ExplainNode, effect: ExplainNode) => boolean;
}

/**
 * The gate before any explain rule: a weaker finding never explains a stronger one, not by
 * severity, not by measured share (beyond a tie).
 */
export function mayExplain(cause: ExplainNode, effect: ExplainNode): boolean {
  if (SEVERITY_RANK[cause.severity] < SEVERITY_RANK[effect.severity]) return false;
  if (cause.share && effect.share && cause.share.share.share < effect.share.share.share - SHARE_TIE) return false;
  return true;
}

export const EXPLAIN_RULES: readonly ExplainRule[] = [
  {
    name: 'calibration and label shift follow an upstream cause that accounts for most of the regression',
    why: 'coming earlier in the pipeline is not enough: the upstream cause must account for at least half of the regression (the lower bound of its share), so a duplicated-rows finding does not swallow a label-prior change; a drift that is the label shift seen through a feature explains nothing',
    applies: (m, n) => {
      const c = n.signal.category;
      return (
        (c === 'calibration' || c === 'label_shift') &&
        upstreamRank(m.signal.category) < upstreamRank(c) &&
        m.share !== null &&
        m.share.share.lo >= SHARE_MOST &&
        !(m.signal.category === 'feature_drift' && explainedByPrior(m.signal))
      );
    },
  },
  {
    name: 'a drift beside a break of the same feature is the break',
    why: 'a unit change or a quality break moves the feature\'s distribution too',
    applies: (m, n) => n.signal.category === 'feature_drift' && (m.signal.category === 'preprocessing' || isBreak(m.signal)) && sameFeature(m.signal, n.signal),
  },
  {
    name: 'a training-sample drift beside leakage is the leak',
    why: 'leakage changes the training data, so any drift of the reference sample is part of it',
    applies: (m, n) => n.signal.category === 'feature_drift' && m.signal.category === 'leakage' && n.signal.details['comparison'] === 'reference',
  },
  {
    name: 'a drift that vanishes under the new label prior is the label shift',
    why: 'a feature correlated with the label moves when the label mix moves; re-weighting the baseline to the new prior removes it',
    applies: (m, n) => n.signal.category === 'feature_drift' && m.signal.category === 'label_shift' && explainedByPrior(n.signal),
  },
  {
    name: 'out-of-range values beside a drift of the feature are the drift\'s edge',
    why: 'values past the baseline range are the tail of the moved distribution',
    applies: (m, n) => isRangeQuality(n.signal) && m.signal.category === 'feature_drift' && sameFeature(m.signal, n.signal),
  },
];

/** The first explain rule by which `cause` explains `effect` (after the gate), or null. */
export function explainRuleFor(cause: ExplainNode, effect: ExplainNode): ExplainRule | null {
  if (cause === effect || !mayExplain(cause, effect)) return null;
  return EXPLAIN_RULES.find((r) => r.applies(cause, effect)) ?? null;
}

/** The findings of one review, grouped for the order (built in diagnose.ts). */
export interface OrderGroups<T> {
  /** Infrastructure findings of major or critical severity. */
  readonly seriousInfrastructure: readonly T[];
  /** Causes nothing explains: the first, and those of major or critical severity, in cause order. */
  readonly strongCauses: readonly T[];
  /** The headline metric regression (at most one after merging). */
  readonly metricSymptoms: readonly T[];
  /** Segment regressions a strong cause names (where the regression sits). */
  readonly namedSegments: readonly T[];
  /** The metric and segment regressions in their own order (used when no cause was found). */
  readonly headlineSymptoms: readonly T[];
  /** The other segment regressions. */
  readonly restSymptoms: readonly T[];
  /** Minor causes nothing explains. */
  readonly weakCauses: readonly T[];
  /** Causes another cause explains. */
  readonly explained: readonly T[];
  /** Prediction shifts and other symptoms. */
  readonly otherSymptoms: readonly T[];
  /** Infrastructure findings below major. */
  readonly minorInfrastructure: readonly T[];
}

export interface OrderSection {
  readonly name: string;
  readonly why: string;
  readonly take: <T>(g: OrderGroups<T>) => readonly T[];
}

/**
 * The order of the findings, section by section. The headline regression stays right after the
 * first cause, so several strong causes cannot push it out of the first three.
 */
export const ORDER_SECTIONS: readonly OrderSection[] = [
  { name: 'serious infrastructure', why: 'a missing or cut-off artifact makes every other number suspect', take: (g) => g.seriousInfrastructure },
  { name: 'the first cause', why: 'what to fix first', take: (g) => g.strongCauses.slice(0, 1) },
  {
    name: 'the headline regression and where it sits',
    why: 'right after the first cause; with no cause found, the symptoms in their own order with at most one localized segment ahead of the headline',
    take: (g) => (g.strongCauses.length > 0 ? [...g.metricSymptoms, ...g.namedSegments] : headlineFirst(g.headlineSymptoms, g.metricSymptoms)),
  },
  { name: 'the other strong causes', why: 'further causes of major or critical severity', take: (g) => g.strongCauses.slice(1) },
  { name: 'the other segments', why: 'segments no cause names (with no cause found they came with the headline)', take: (g) => (g.strongCauses.length > 0 ? g.restSymptoms : []) },
  { name: 'minor causes', why: 'possible causes that do not change the verdict', take: (g) => g.weakCauses },
  { name: 'explained causes', why: 'findings another cause accounts for', take: (g) => g.explained },
  { name: 'other symptoms', why: 'prediction shifts and calibration that follow the causes above', take: (g) => g.otherSymptoms },
  { name: 'minor infrastructure', why: 'notes about the artifacts that do not affect the numbers', take: (g) => g.minorInfrastructure },
];

export function orderFindings<T>(g: OrderGroups<T>): T[] {
  return ORDER_SECTIONS.flatMap((s) => [...s.take(g)]);
}

/**
 * The headline symptoms when no cause was found: at most one segment (the first, when it ranks
 * ahead of the headline metric regression) before the headline regression, then the rest in
 * their order.
 */
export function headlineFirst<T>(ordered: readonly T[], metrics: readonly T[]): T[] {
  const lead = metrics[0];
  if (lead === undefined) return [...ordered];
  const firstAt = ordered.indexOf(lead);
  const ahead = firstAt > 0 ? ordered.slice(0, 1) : [];
  return [...ahead, ...metrics, ...ordered.filter((n) => !ahead.includes(n) && !metrics.includes(n))];
}
