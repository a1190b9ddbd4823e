/** The merge and explain tables of the diagnosis, rule by rule on hand-built signals. */
import { describe, expect, it } from 'vitest';
import type { Category, Signal } from '../../src/analysis/signals.js';
import { EXPLAIN_RULES, explainRuleFor, MERGE_RULES, mergeRuleFor, mayExplain, ORDER_SECTIONS, orderFindings, UPSTREAM_ORDER, upstreamRank, type ExplainNode, type OrderGroups } from '../../src/diagnosis/rules.js';
import type { Severity } from '../../src/report/types.js';

const sig = (category: Category, extra: Partial<Signal> = {}): Signal => ({
  category,
  area: 'data',
  strength: 0.6,
  significant: true,
  title: `${category} ${extra.feature ?? ''}`,
  evidence: [],
  details: {},
  ...extra,
});
const node = (signal: Signal, severity: Severity = 'major', share: number | null = null, lo = share ?? 0): ExplainNode => ({
  signal,
  severity,
  share: share === null ? null : { share: { share, lo } },
});
const rule = (keep: Signal, other: Signal) => mergeRuleFor(keep, other)?.name ?? null;
const explains = (cause: ExplainNode, effect: ExplainNode) => explainRuleFor(cause, effect)?.name ?? null;

describe('merge rules', () => {
  it('every rule is named and says why', () => {
    for (const r of MERGE_RULES) {
      expect(r.name.length).toBeGreaterThan(5);
      expect(r.why.length).toBeGreaterThan(20);
    }
    expect(new Set(MERGE_RULES.map((r) => r.name)).size).toBe(MERGE_RULES.length);
  });

  it('one headline regression: two metric regressions are one finding', () => {
    expect(rule(sig('metric_regression', { metric: 'f1' }), sig('metric_regression', { metric: 'accuracy' }))).toBe('one headline regression');
  });

  it('features drifting inside one segment are one population change; other segments are not', () => {
    const seg = { column: 'season', value: 'autumn' };
    expect(rule(sig('feature_drift', { feature: 'temp_min', segment: seg }), sig('feature_drift', { feature: 'temp_max', segment: seg }))).toBe('one population change in a segment');
    expect(rule(sig('feature_drift', { feature: 'temp_min', segment: seg }), sig('feature_drift', { feature: 'temp_max', segment: { column: 'season', value: 'spring' } }))).toBeNull();
  });

  it('one feature drifting overall and in a segment is one drift', () => {
    expect(rule(sig('feature_drift', { feature: 'x', segment: { column: 's', value: 'a' } }), sig('feature_drift', { feature: 'x' }))).toBe('one drift of a feature');
  });

  it('a unit change or a quality break takes the drift and the quality findings of its feature', () => {
    expect(rule(sig('preprocessing', { feature: 'x' }), sig('feature_drift', { feature: 'x' }))).toBe('a break shows as drift');
    expect(rule(sig('data_quality', { feature: 'x', details: { kind: 'missing' } }), sig('feature_drift', { feature: 'x' }))).toBe('a break shows as drift');
    expect(rule(sig('preprocessing', { feature: 'x' }), sig('feature_drift', { feature: 'y' }))).toBeNull();
  });

  it('out-of-range values are part of a drift of the same feature, and never lead it', () => {
    const range = sig('data_quality', { feature: 'x', details: { kind: 'out_of_range' } });
    expect(rule(sig('feature_drift', { feature: 'x' }), range)).toBe('out-of-range values are the edge of a drift');
    expect(rule(range, sig('feature_drift', { feature: 'x' }))).toBeNull();
  });

  it('the same finding twice merges, except for categories with several findings per feature', () => {
    expect(rule(sig('leakage', { feature: 'x' }), sig('leakage', { feature: 'x' }))).toBe('the same finding twice');
    expect(rule(sig('leakage', { feature: 'x' }), sig('leakage', { feature: 'y' }))).toBeNull();
    expect(rule(sig('config_change'), sig('config_change'))).toBeNull();
    expect(rule(sig('segment_regression', { segment: { column: 'a', value: '1' } }), sig('segment_regression', { segment: { column: 'a', value: '2' } }))).toBeNull();
    expect(rule(sig('infrastructure'), sig('infrastructure'))).toBeNull();
  });
});

describe('explain rules', () => {
  it('every rule is named and says why', () => {
    for (const r of EXPLAIN_RULES) expect(r.why.length).toBeGreaterThan(20);
    expect(new Set(EXPLAIN_RULES.map((r) => r.name)).size).toBe(EXPLAIN_RULES.length);
  });

  it('a weaker finding never explains a stronger one, by severity or by share', () => {
    const drift = sig('feature_drift', { feature: 'x' });
    const pre = sig('preprocessing', { feature: 'x' });
    expect(mayExplain(node(pre, 'minor'), node(drift, 'major'))).toBe(false);
    expect(explains(node(pre, 'minor'), node(drift, 'major'))).toBeNull();
    expect(mayExplain(node(pre, 'major', 0.3), node(drift, 'major', 0.8))).toBe(false);
    // Within the 10-point tie the share does not block.
    expect(mayExplain(node(pre, 'major', 0.75), node(drift, 'major', 0.8))).toBe(true);
  });

  it('calibration follows an upstream cause only when that cause accounts for most of the regression', () => {
    const cal = node(sig('calibration'), 'major');
    expect(explains(node(sig('data_quality', { feature: 'x', details: { kind: 'duplicates' } }), 'major', 0.9, 0.7), cal)).toMatch(/^calibration and label shift/);
    expect(explains(node(sig('data_quality', { feature: 'x', details: { kind: 'duplicates' } }), 'major', 0.6, 0.3), cal)).toBeNull();
    expect(explains(node(sig('data_quality', { feature: 'x' }), 'major'), cal)).toBeNull();
    // Downstream never explains upstream.
    expect(explains(node(cal.signal, 'critical', 1, 1), node(sig('label_shift'), 'major'))).toBeNull();
  });

  it('a drift that is the label shift seen through a feature explains no calibration change', () => {
    const drift = sig('feature_drift', { feature: 'x', details: { psi: 0.5, prior_adjusted_psi: 0.05 } });
    expect(explains(node(drift, 'major', 0.9, 0.7), node(sig('calibration'), 'major'))).toBeNull();
    expect(explains(node(sig('label_shift'), 'major'), node(drift, 'major'))).toBe('a drift that vanishes under the new label prior is the label shift');
  });

  it('a drift located in a segment is the label shift when what is left of it there is noise', () => {
    const inSeg = (adj: number, p: number) =>
      sig('feature_drift', { feature: 'pid', segment: { column: 'self_lr', value: '4' }, details: { psi: 0.05, segment_psi: 0.92, prior_adjusted_psi: adj, prior_adjusted_p: p } });
    const rule = 'a drift that vanishes under the new label prior is the label shift';
    expect(explains(node(sig('label_shift'), 'minor'), node(inSeg(0.04, 0.001), 'minor'))).toBe(rule);
    // Not negligible, but indistinguishable from no drift in the segment's few rows.
    expect(explains(node(sig('label_shift'), 'minor'), node(inSeg(0.29, 0.14), 'minor'))).toBe(rule);
    // A real drift left after the re-weighting.
    expect(explains(node(sig('label_shift'), 'minor'), node(inSeg(0.29, 0.001), 'minor'))).toBeNull();
    // A whole table keeps the fixed line: a not-significant remainder is no evidence there.
    const whole = sig('feature_drift', { feature: 'x', details: { psi: 0.9, prior_adjusted_psi: 0.2, prior_adjusted_p: 0.3 } });
    expect(explains(node(sig('label_shift'), 'minor'), node(whole, 'minor'))).toBeNull();
    // Compared with the segment's PSI, not the (small) overall one: more than 35 % of it left.
    expect(explains(node(sig('label_shift'), 'minor'), node(inSeg(0.4, 0.5), 'minor'))).toBeNull();
  });

  it('a drift beside a break of the same feature is the break; beside leakage a training-sample drift is the leak', () => {
    const drift = node(sig('feature_drift', { feature: 'x' }), 'major');
    expect(explains(node(sig('preprocessing', { feature: 'x' }), 'major'), drift)).toBe('a drift beside a break of the same feature is the break');
    expect(explains(node(sig('leakage'), 'critical'), node(sig('feature_drift', { feature: 'y', details: { comparison: 'reference' } }), 'major'))).toBe('a training-sample drift beside leakage is the leak');
    expect(explains(node(sig('leakage'), 'critical'), node(sig('feature_drift', { feature: 'y', details: { comparison: 'eval' } }), 'major'))).toBeNull();
  });

  it('out-of-range values beside a drift of the feature are explained by it', () => {
    const range = node(sig('data_quality', { feature: 'x', details: { kind: 'out_of_range' } }), 'minor');
    expect(explains(node(sig('feature_drift', { feature: 'x' }), 'major'), range)).toBe("out-of-range values beside a drift of the feature are the drift's edge");
  });

  it('nothing explains itself, and upstream order puts data before training before the model', () => {
    const n = node(sig('preprocessing', { feature: 'x' }));
    expect(explainRuleFor(n, n)).toBeNull();
    expect(upstreamRank('leakage')).toBeLessThan(upstreamRank('learning_rate'));
    expect(upstreamRank('learning_rate')).toBeLessThan(upstreamRank('calibration'));
    expect(upstreamRank('metric_regression')).toBe(UPSTREAM_ORDER.length);
  });
});

describe('order sections', () => {
  const groups = (over: Partial<Record<keyof OrderGroups<string>, string[]>> = {}): OrderGroups<string> => ({
    seriousInfrastructure: [],
    strongCauses: ['cause1', 'cause2', 'cause3'],
    metricSymptoms: ['metric'],
    namedSegments: ['named-seg'],
    headlineSymptoms: ['metric', 'named-seg', 'seg'],
    restSymptoms: ['seg'],
    weakCauses: ['weak'],
    explained: ['explained'],
    otherSymptoms: ['shift'],
    minorInfrastructure: ['note'],
    ...over,
  });

  it('keeps the headline regression right after the first cause, however many strong causes', () => {
    expect(orderFindings(groups())).toEqual(['cause1', 'metric', 'named-seg', 'cause2', 'cause3', 'seg', 'weak', 'explained', 'shift', 'note']);
  });

  it('puts a missing or cut-off artifact first', () => {
    expect(orderFindings(groups({ seriousInfrastructure: ['cut-off table'] }))[0]).toBe('cut-off table');
  });

  it('with no cause found, at most one localized segment leads the headline regression', () => {
    const g = groups({ strongCauses: [], headlineSymptoms: ['seg1', 'seg2', 'metric'], restSymptoms: ['seg1', 'seg2'], namedSegments: [] });
    expect(orderFindings(g).slice(0, 3)).toEqual(['seg1', 'metric', 'seg2']);
  });

  it('every section is named and says why; every finding appears once', () => {
    for (const s of ORDER_SECTIONS) expect(s.why.length).toBeGreaterThan(10);
    const out = orderFindings(groups());
    expect(new Set(out).size).toBe(out.length);
  });
});
