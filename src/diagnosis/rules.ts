/**
 * The diagnosis rules that decide which findings are one phenomenon (merge) and which cause
 * explains which other finding (explain), as small named tables: each rule has a name, the reason
 * it holds, and a predicate over plain signals. `diagnose.ts` applies them; the tables are tested
 * rule by rule on hand-built signals (test/diagnosis/rules.test.ts).
 */
import type { Category, Signal } from '../analysis/signals.js';
import type { Severity } from '../report/types.js';
import { SHARE_MOST } from './attribution.js';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, minor: 1, major: 2, critical: 3 };

/** Two measured shares closer than this (10 points) are a tie: the order falls to strength and upstream position. */
export const SHARE_TIE = 0.1;

export const sameFeature = (a: Signal, b: Signal): boolean => a.feature !== undefined && a.feature === b.feature;
export const sameSegment = (a: Signal, b: Signal): boolean =>
  a.segment !== undefined && b.segment !== undefined && a.segment.column === b.segment.column && a.segment.value === b.segment.value;
/** Out-of-range values: a consequence of a drift, not a break of the data. */
export const isRangeQuality = (s: Signal): boolean => s.category === 'data_quality' && s.details['kind'] === 'out_of_range';
/** The drift nearly disappears against the prior-re-weighted baseline (see analysis/prior-adjusted.ts). */
export const explainedByPrior = (s: Signal): boolean => {
  const adj = s.details['prior_adjusted_psi'];
  const raw = s.details['psi'];
  return typeof adj === 'number' && typeof raw === 'number' && adj < 0.1 && adj <= 0.35 * raw;
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
