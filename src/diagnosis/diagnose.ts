/**
 * Signals → a diagnosis: merged findings, causal ranking (causes above the symptoms they
 * explain), severities, the verdict, and the problem characterization with the hypotheses that
 * were considered and ruled out.
 */
import type { Config } from '../config/config.js';
import type { RunAnalysis } from '../analysis/analyze.js';
import type { Category, SegmentRef, Signal } from '../analysis/signals.js';
import type { Characterization, Finding, Hypothesis, Severity, Verdict } from '../report/types.js';
import { round6 } from '../report/format.js';
import { causeAdvice, symptomAdvice, type Advice } from './advice/index.js';
import { errorEvidence } from './text/errors.js';
import { explainRuleFor, mergeRuleFor, orderFindings, SEVERITY_RANK, SHARE_TIE, sameSegment, upstreamRank } from './rules.js';
import { configRoleSignals } from './config-cause.js';
import { normalQuantile } from '../analysis/performance/special.js';
import { expectedCalibrationError } from '../analysis/performance/calibration.js';
import { priorReweightedEce } from '../analysis/attribution/attribute.js';
import { attributeSignal, attributionInput, attributionText, priorImpactSignals, SHARE_LITTLE, SHARE_MOST, type Attribution, type AttributionInput } from './attribution.js';
import {
  configSuspectSignals,
  consistencySignals,
  decisionRuleSignals,
  groupRegressionSignals,
  infrastructureSignals,
  LOCALIZED,
  localization,
  metricFileSignals,
  namedSegmentKeys,
  namedSegmentSignals,
  predictedHeadlineSignals,
  readNamedSegments,
  trainingMixChanged,
  type BaselineStatus,
} from './derived-signals.js';

export { localization } from './derived-signals.js';

export interface Diagnosis {
  readonly findings: Finding[];
  readonly verdict: Verdict;
  readonly summary: string;
  readonly characterization: Characterization;
}

/**
 * Findings that keep their own severity whatever the headline regression: leakage and
 * infrastructure make the metrics themselves untrustworthy; calibration (ECE, Brier) and bias (a
 * group's metric) are measured regressions of their own.
 */
const NO_REGRESSION_EXEMPT = new Set<Category>(['leakage', 'infrastructure', 'bias', 'calibration']);

/** Metrics of how well the model ranks (threshold-free), and of its decisions at a threshold. */
const RANKING_METRICS = /^(auc|auc_ovr_macro|average_precision|r2)$/;
const THRESHOLD_METRICS = /^(accuracy|f1|f1_macro|r2)$/;

/** Symptoms: what the user sees. Everything else is a candidate cause. */
const SYMPTOMS = new Set<Category>(['metric_regression', 'segment_regression', 'prediction_shift']);
const SEVERITY_BY_RANK: readonly Severity[] = ['info', 'minor', 'major', 'critical'];
/** Causes in the data and the training process: they can explain a model-side effect (a group gap). */
const UPSTREAM = new Set<Category>(['leakage', 'preprocessing', 'data_quality', 'label_noise', 'feature_drift', 'learning_rate', 'training_instability', 'overfitting', 'underfitting']);

/**
 * Severity from the stage's strength (0..1) and significance. An effect that failed its
 * significance test is at most `info`: we never raise an alarm on noise.
 */
export function severityOf(s: Pick<Signal, 'strength' | 'significant'>): Severity {
  if (!s.significant) return 'info';
  if (s.strength >= 0.8) return 'critical';
  if (s.strength >= 0.5) return 'major';
  if (s.strength >= 0.25) return 'minor';
  return 'info';
}

interface Node {
  signal: Signal;
  severity: Severity;
  /** Extra evidence folded in from signals this one explains. */
  extra: { text: string; value?: number }[];
  explainedBy: Node | null;
  /** Signals merged away into this one (not shown as their own findings). */
  absorbed: number;
  /** The share of the headline regression this finding accounts for, when measured (with the segment it names, if any). */
  share: (Attribution & { segmentValue?: string }) | null;
}

function byStrength(a: Node, b: Node): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.signal.strength - a.signal.strength || (a.signal.title < b.signal.title ? -1 : 1);
}

/** Folds `child` into `parent`: its title becomes evidence of the parent. */
function absorb(parent: Node, child: Node): void {
  parent.extra.push({ text: child.signal.title, ...(child.signal.details['psi'] !== undefined && typeof child.signal.details['psi'] === 'number' ? { value: child.signal.details['psi'] } : {}) });
  parent.absorbed++;
}

export function diagnose(analysis: RunAnalysis, config: Config, baseline: BaselineStatus = { fetchFailed: false }): Diagnosis {
  const observed: Signal[] = [
    ...analysis.signals,
    ...metricFileSignals(analysis),
    ...infrastructureSignals(analysis, baseline, config.gate.onMissingBaseline),
    ...consistencySignals(analysis),
  ];
  observed.push(...predictedHeadlineSignals(analysis, observed));
  // The headline regression the shares are of: the strongest significant row-tested metric.
  const headline = observed
    .filter((s) => s.category === 'metric_regression' && s.significant && s.source !== 'metrics file')
    .sort((a, b) => b.strength - a.strength)[0];
  const attr = attributionInput(analysis, headline?.metric ?? null);
  const prior = attr && headline ? priorImpactSignals(analysis, attr, headline, observed) : { add: [], replace: [] };
  const observedPrior = [...observed.filter((s) => !prior.replace.includes(s)), ...prior.add];
  const named = [...observedPrior, ...namedSegmentSignals(analysis, observedPrior)];
  const confirmed = readNamedSegments([...named, ...(attr && headline ? referenceSegmentSignals(attr, named, headline) : [])]);
  const withGroups = [...confirmed, ...groupRegressionSignals(analysis, confirmed), ...decisionRuleSignals(analysis, headline)];
  const withConfig = [...withGroups, ...configRoleSignals(analysis, withGroups)];
  const nCur = analysis.summaryPairs.reduce((m, p) => Math.max(m, p.nCur), analysis.evalPairs.reduce((m, p) => Math.max(m, p.cur.n), 0));
  const kept = [...withConfig, ...configSuspectSignals(analysis, withConfig)].filter((sig) => !withinTolerance(sig, config));
  const namedKeys = namedSegmentKeys(kept);
  const signals: Signal[] = kept.map((sig) => (headline ? sizedByImpact(sig, headline, nCur, namedKeys) : sig));
  let nodes: Node[] = signals
    .map((signal) => ({ signal, severity: severityOf(signal), extra: [], explainedBy: null, absorbed: 0, share: null }) as Node)
    .filter((n) => n.severity !== 'info' || n.signal.category === 'infrastructure');
  nodes.sort(byStrength);

  // 0. Findings of one event: several features broken by the same transform (the same kind and
  // factor / offset in the same comparison) are one finding naming them all.
  nodes = mergeOneEvent(nodes);
  // 1. Merge duplicates of one phenomenon into the strongest node.
  nodes = mergeWhere(nodes, (keep, other) => mergeRuleFor(keep.signal, other.signal) !== null);
  // Bias and a changed training-data composition on the same protected column: the bias finding carries it.
  for (const bias of nodes.filter((n) => n.signal.category === 'bias')) {
    nodes = nodes.filter((n) => {
      const isReference = n.signal.details['comparison'] === 'reference';
      if (n.signal.category === 'feature_drift' && isReference && n.signal.feature === bias.signal.segment?.column) {
        absorb(bias, n);
        // The absorbed title leads the evidence, said once.
        const line = bias.extra.pop()!;
        bias.extra.unshift({ ...line, text: `training data changed for this attribute: ${line.text}` });
        return false;
      }
      return true;
    });
  }
  // A segment whose share of the drop is about its share of rows is not where the regression
  // sits — the whole model got worse. Such segments become evidence of the metric finding.
  // A segment a cause named beforehand stays a finding when it got worse on its own test: the
  // cause predicted that group, and the finding shows where it acts; only segments found by
  // searching must be where the regression concentrates.
  const metricNode = nodes.find((n) => n.signal.category === 'metric_regression');
  if (metricNode && nCur > 0) {
    nodes = nodes.filter((n) => {
      if (n.signal.category !== 'segment_regression' || keepsSegment(n.signal, namedKeys, nCur)) return true;
      absorb(metricNode, n);
      return false;
    });
    // A slice that repeats a stronger one — it adds a condition to it, or covers nearly the same
    // rows with nearly the same change (a correlated column) — is evidence of that one.
    // Simpler slices first: `value_tier=high` should carry `value_tier=high & monthly_charges=…`.
    // A slice that a cause names (drift inside value_tier=high) is preferred, then categories over bins.
    const conds = (n: Node) => n.signal.segment?.column.split(' & ').length ?? 1;
    const named = (n: Node) => (nodes.some((c) => !SYMPTOMS.has(c.signal.category) && c.signal.segment && sameSegment(c.signal, n.signal)) ? 0 : 1);
    const isBin = (n: Node) => (/^[[(]/.test(n.signal.segment?.value ?? '') ? 1 : 0);
    const segsByStrength = nodes
      .filter((n) => n.signal.category === 'segment_regression')
      .sort((x, y) => named(x) - named(y) || conds(x) - conds(y) || isBin(x) - isBin(y) || byStrength(x, y));
    for (let i = 0; i < segsByStrength.length; i++) {
      const b = segsByStrength[i]!;
      const a = segsByStrength.slice(0, i).find((k) => nodes.includes(k) && repeatsSlice(k.signal, b.signal));
      if (a) {
        absorb(a, b);
        nodes = nodes.filter((n) => n !== b);
      }
    }
    // At most three segment findings; the rest are evidence of the strongest one.
    const segs = nodes.filter((n) => n.signal.category === 'segment_regression').sort(byStrength);
    for (const extra of segs.slice(3)) {
      absorb(segs[0]!, extra);
      nodes = nodes.filter((n) => n !== extra);
    }
  }
  // A symptom's severity is the regression's it belongs to: predictions that moved while no metric
  // got worse (a better model, a fresh sample) are information, not an alarm.
  // The mean error says which way the errors lean, not how large they are: a lean that moved while
  // no error-size metric (RMSE, MAE, R², ...) got significantly worse is at most minor.
  const metricLead = nodes.find((n) => n.signal.category === 'metric_regression');
  if (metricLead && metricLead.signal.metric === 'mean_error' && SEVERITY_RANK[metricLead.severity] > 1) {
    const sizeFell = signals.some((x) => x.category === 'metric_regression' && x.metric !== 'mean_error' && x.source !== 'metrics file' && severityOf(x) !== 'info');
    if (!sizeFell) metricLead.severity = 'minor';
  }
  const regressionRank = Math.max(0, ...nodes.filter((n) => n.signal.category === 'metric_regression' || n.signal.category === 'segment_regression').map((n) => SEVERITY_RANK[n.severity]));
  for (const n of nodes) {
    // An undeclared decision rule keeps its own (minor) severity: it is a change, not a symptom.
    if (n.signal.category === 'prediction_shift' && n.signal.details['kind'] !== 'decision_rule' && SEVERITY_RANK[n.severity] > regressionRank) n.severity = SEVERITY_BY_RANK[regressionRank]!;
  }
  // Worse calibration next to a worse ranking (AUC / AP / accuracy) is a symptom of a worse model,
  // not a cause of its own; it is a cause when discrimination held (e.g. a calibration step dropped).
  // Discrimination is judged by the ranking metrics when the runs have scores: a calibration step
  // that was dropped (or classes re-weighted) moves every threshold metric — accuracy, F1 — while
  // the ranking holds, and then calibration is the cause, not a symptom. Without scores the
  // threshold metrics are all there is.
  const ranked = analysis.evalPairs.some((p) => p.performance.metrics.some((m) => RANKING_METRICS.test(m.name) && m.baseline !== null && m.current !== null));
  const discrimination = ranked ? RANKING_METRICS : THRESHOLD_METRICS;
  const discriminationLabels = ranked ? /^(ROC AUC|Average precision)/ : /^(Accuracy|F1|Macro F1|R²)/;
  // How far the ranking fell (severity rank; -1: it held). A calibration change is its symptom
  // only when the ranking fell at least as far: a weaker finding never explains a stronger one.
  const discriminationRank = Math.max(
    -1,
    ...signals.filter((s) => s.category === 'metric_regression' && s.significant && s.strength >= 0.25 && discrimination.test(s.metric ?? '')).map((s) => SEVERITY_RANK[severityOf(s)]),
    ...[...(nodes.find((n) => n.signal.category === 'metric_regression')?.extra ?? [])].filter((e) => discriminationLabels.test(e.text) && / fell/.test(e.text)).map(() => 1),
  );
  // A group disparity is a cause of its own only when the training data's make-up of that
  // attribute changed, or when nothing upstream can explain it; a group that suffers because a
  // feature broke or drifted is a consequence of that break.
  const upstreamCause = nodes.some((n) => UPSTREAM.has(n.signal.category) && n.severity !== 'info' && !(n.signal.details['comparison'] === 'reference'));
  const biasIsConsequence = (n: Node) => n.signal.category === 'bias' && upstreamCause && !trainingMixChanged(signals, n.signal.segment?.column);
  // A quality break of the prediction or score columns is the model's output breaking (a diverged
  // model writes NaN): a symptom of what broke the model, not a data cause of its own.
  const outputColumns = new Set(analysis.evalPairs.flatMap((p) => [p.cur.predColumn, p.cur.scoreColumn].filter((x): x is string => x !== null)));
  // A changed decision rule (same scores, flipped classes) is the mechanism of the regression: a cause.
  const isDecisionRule = (n: Node) => n.signal.details['kind'] === 'decision_rule';
  const isModelOutput = (n: Node) => n.signal.category === 'data_quality' && n.signal.feature !== undefined && outputColumns.has(n.signal.feature);
  const isSymptom = (n: Node): boolean =>
    (SYMPTOMS.has(n.signal.category) && !isDecisionRule(n)) || (n.signal.category === 'calibration' && discriminationRank >= SEVERITY_RANK[n.severity]) || biasIsConsequence(n) || isModelOutput(n);

  // Attribution: the share of the headline regression each finding accounts for.
  if (attr && headline) for (const n of nodes) if (n.signal.category !== 'infrastructure') n.share = attributeSignal(attr, n.signal);
  // Severity from impact: a cause that, with confidence, accounts for little of the regression is
  // at most minor; one that accounts for most of it is as severe as the regression.
  for (const n of nodes) {
    if (!n.share || isSymptom(n) || n.signal.category === 'infrastructure') continue;
    if (n.share.share.hi < SHARE_LITTLE && SEVERITY_RANK[n.severity] > 1) n.severity = 'minor';
    else if (n.share.share.lo >= SHARE_MOST && SEVERITY_RANK[n.severity] < regressionRank) n.severity = SEVERITY_BY_RANK[regressionRank]!;
  }

  // Severity from impact, without a regression: when no metric and no segment got worse beyond
  // noise, the PR passes — a cause is at most minor. Leakage and infrastructure are exempt (they make
  // the metrics themselves untrustworthy), and so is a group that got worse on its own (bias).
  if (regressionRank === 0) {
    for (const n of nodes) {
      if (NO_REGRESSION_EXEMPT.has(n.signal.category) || SEVERITY_RANK[n.severity] <= 1) continue;
      n.severity = 'minor';
    }
  }
  // A parameter suspected only by elimination (nothing upstream found) is no more severe than the
  // regression it must explain. Causes with evidence of their own keep theirs: a broken join that
  // empties a third of a feature is worth a warning even when the metric moved only a little.
  for (const n of nodes) {
    if (n.signal.details['suspected_by'] === 'elimination' && SEVERITY_RANK[n.severity] > Math.max(1, regressionRank)) n.severity = SEVERITY_BY_RANK[Math.max(1, regressionRank)]!;
  }

  // 2. Explaining away: which candidate causes explain which other nodes.
  const causes = nodes.filter((n) => !isSymptom(n) && n.signal.category !== 'infrastructure');
  const primaryRank = upstreamRank;
  // Measured explanations first: a calibration change that the prior-reweighted baseline
  // reproduces is the label shift's, whatever the two findings' severities (the label shift then
  // takes the calibration finding's severity: it accounts for it).
  const labelShift = causes.find((m) => m.signal.category === 'label_shift');
  const priorEce = labelShift && attr ? priorReweightedEce(attr.ctx, expectedCalibrationError) : null;
  if (labelShift && priorEce && priorEce.cur - priorEce.base > 0 && (priorEce.reweighted - priorEce.base) / (priorEce.cur - priorEce.base) >= SHARE_MOST) {
    for (const n of causes.filter((x) => x.signal.category === 'calibration')) {
      n.explainedBy = labelShift;
      if (SEVERITY_RANK[labelShift.severity] < SEVERITY_RANK[n.severity]) labelShift.severity = n.severity;
      n.extra.unshift({
        text: `the baseline model re-weighted to the current label mix shows ECE ${r3(priorEce.reweighted)} (baseline ${r3(priorEce.base)}, current ${r3(priorEce.cur)}): the label prior accounts for ${Math.round((100 * (priorEce.reweighted - priorEce.base)) / (priorEce.cur - priorEce.base))} % of the change`,
      });
    }
  }
  for (const n of causes) {
    if (n.explainedBy) continue;
    const explainer = causes.find((m) => explainRuleFor(m, n) !== null);
    if (explainer) n.explainedBy = explainer;
  }

  // Causes by severity, then by the share of the regression they account for, then strength and upstream position.
  const byShare = (a: Node, b: Node) => (a.share && b.share && Math.abs(a.share.share.share - b.share.share.share) > SHARE_TIE ? b.share.share.share - a.share.share.share : 0);
  const primary = causes
    .filter((n) => n.explainedBy === null)
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || byShare(a, b) || byStrength(a, b) || primaryRank(a.signal.category) - primaryRank(b.signal.category));
  const top = primary[0] ?? null;
  // A symptom is the top cause's when that cause accounts for a measured part of the regression
  // (or no share could be measured); a cause whose share is 0 at best explains nothing.
  const topExplains = top !== null && (top.share === null || top.share.share.lo > 0);
  for (const n of nodes) {
    if (isSymptom(n) && top && topExplains) n.explainedBy = top;
  }

  // 3. Order: strong primary causes, then the symptoms (segments that match a cause first), then the rest.
  // The segment a cause is located in, or names through its attribution (a changed training mix).
  const segmentOf = (p: Node): SegmentRef | undefined =>
    p.signal.segment ?? (p.share?.segmentValue !== undefined && p.signal.feature ? { column: p.signal.feature, value: p.share.segmentValue } : undefined);
  const names = (p: Node, s: Signal) => {
    const seg = segmentOf(p);
    return seg !== undefined && s.segment !== undefined && seg.column === s.segment.column && seg.value === s.segment.value;
  };
  const headlineNode = nodes.find((n) => n.signal.category === 'metric_regression' && n.explainedBy === top);
  if (top && headlineNode) {
    const causeColumns = new Set(primary.flatMap((p) => segmentOf(p)?.column ?? []));
    nodes = nodes.filter((n) => {
      if (n.signal.category !== 'segment_regression' || n.explainedBy !== top || !n.signal.segment) return true;
      if (!segmentIsEvidence(n.signal.segment, top.share?.share.lo ?? null, causeColumns, namedKeys)) return true;
      absorb(headlineNode, n);
      return false;
    });
  }
  const causeSegmentCols = new Set(primary.flatMap((p) => (p.signal.segment ? [p.signal.segment.column] : [])));
  const causeSegments = primary.filter((p) => segmentOf(p));
  const symptomRank = (n: Node): number => {
    const s = n.signal;
    if (s.category === 'segment_regression') {
      if (causeSegments.some((p) => names(p, s))) return 0;
      if (s.segment && causeSegmentCols.has(s.segment.column)) return 1;
      // With no upstream cause found, a slice that carries most of the drop, and is much worse than
      // the rest of the data, says more than the overall number.
      const share = s.details['shareOfDrop'];
      const n_ = s.details['n'];
      if (primary.length === 0 && typeof share === 'number' && typeof n_ === 'number' && share >= 0.5 && localization(share, n_, nCur) >= LOCALIZED) return 1.5;
      return 3;
    }
    if (s.category === 'metric_regression') return 2;
    if (s.category === 'calibration') return 3.5;
    return 4;
  };
  const symptoms = nodes.filter(isSymptom).sort((a, b) => symptomRank(a) - symptomRank(b) || byStrength(a, b));
  const strongPrimary = primary.filter((p, i) => i === 0 || SEVERITY_RANK[p.severity] >= 2);
  const weakPrimary = primary.filter((p) => !strongPrimary.includes(p));
  const explained = causes.filter((n) => n.explainedBy !== null).sort(byStrength);
  const infra = nodes.filter((n) => n.signal.category === 'infrastructure').sort(byStrength);
  const headlineSymptoms = symptoms.filter((s) => s.signal.category === 'metric_regression' || s.signal.category === 'segment_regression');
  const otherSymptoms = symptoms.filter((s) => !headlineSymptoms.includes(s));
  // The first cause, then the headline regression and the segments that cause names, then the other causes.
  const metricSymptoms = headlineSymptoms.filter((s) => s.signal.category === 'metric_regression');
  // The segments a strong cause names (where the regression sits) follow the headline regression.
  const namedSegments = headlineSymptoms.filter((s) => s.signal.category === 'segment_regression' && symptomRank(s) === 0 && strongPrimary.some((p) => names(p, s.signal)));
  const restSymptoms = headlineSymptoms.filter((s) => !metricSymptoms.includes(s) && !namedSegments.includes(s));
  const ordered = orderFindings({
    seriousInfrastructure: infra.filter((n) => SEVERITY_RANK[n.severity] >= 2),
    strongCauses: strongPrimary,
    metricSymptoms,
    namedSegments,
    headlineSymptoms,
    restSymptoms,
    weakCauses: weakPrimary,
    explained,
    otherSymptoms,
    minorInfrastructure: infra.filter((n) => SEVERITY_RANK[n.severity] < 2),
  });

  const headlineMetric = symptoms.find((n) => n.signal.category === 'metric_regression')?.signal.metric ?? null;
  const ids = new Map<Node, string>();
  ordered.forEach((n, i) => ids.set(n, `F${i + 1}`));
  const ctx = { paramChanges: analysis.paramChanges, headlineMetric };
  // Advice is written once, at the cause: a cause's verification lists the numbers of the
  // symptoms it explains; a symptom's text names its cause and the measured link to it.
  const advice = new Map<Node, Advice>();
  const adviceOf = (n: Node, seen: ReadonlySet<Node> = new Set()): Advice => {
    const known = advice.get(n);
    if (known) return known;
    const cause = n.explainedBy && ids.has(n.explainedBy) && !seen.has(n.explainedBy) ? n.explainedBy : null;
    const a = cause
      ? symptomAdvice(
          n.signal,
          { id: ids.get(cause)!, signal: cause.signal, share: cause.share ? { share: cause.share.share.share, lo: cause.share.share.lo, hi: cause.share.share.hi, metric: attr?.metric ?? null } : null },
          adviceOf(cause, new Set([...seen, n])),
        )
      : causeAdvice(
          n.signal,
          ctx,
          ordered.filter((m) => m.explainedBy === n).map((m) => ({ id: ids.get(m)!, signal: m.signal })),
        );
    advice.set(n, a);
    return a;
  };
  const findings: Finding[] = ordered.map((n) => {
    const s = n.signal;
    const f: Finding = {
      id: ids.get(n)!,
      category: s.category,
      severity: n.severity,
      area: s.area,
      title: s.title,
      ...(s.metric !== undefined ? { metric: s.metric } : {}),
      ...(s.feature !== undefined ? { feature: s.feature } : {}),
      ...(s.segment !== undefined ? { segment: { column: s.segment.column, value: s.segment.value } } : {}),
      evidence: [...(n.share ? [{ text: attributionText(n.share, attr?.metric ?? null), value: n.share.share.share }] : []), ...s.evidence, ...(s.errors ? errorEvidence(s.errors) : []), ...n.extra].map((e) => ({
        text: e.text,
        ...(e.value !== undefined && Number.isFinite(e.value) ? { value: e.value } : {}),
      })),
      ...adviceOf(n),
    };
    if (n.explainedBy && ids.has(n.explainedBy)) f.explainedBy = ids.get(n.explainedBy)!;
    f.role = f.explainedBy !== undefined || isSymptom(n) ? 'symptom' : 'cause';
    if (n.share) f.attribution = { share: round6(n.share.share.share), lo: round6(n.share.share.lo), hi: round6(n.share.share.hi), metric: attr?.metric ?? null };
    return f;
  });

  const verdict = verdictOf(findings, config.gate.failOn);
  const characterization = characterize(findings, analysis, signals);
  return { findings, verdict, summary: summarize(findings, verdict, analysis), characterization };
}

const Z95 = normalQuantile(0.975);

/**
 * Rows a binary segment's metric must rest on (performance/signals.ts classSupport: the rarer
 * class for AUC, the positives for recall) before the segment is a finding of its own: below 10,
 * one relabelled or re-scored row moves that recall or AUC by 10 pts or more (the usual "10
 * events" minimum for a stable estimate). Such a segment stays evidence of the headline finding —
 * the `major` AUC drop of a slice resting on 2 positives (issue 12).
 */
export const MIN_CLASS_SUPPORT = 10;

/**
 * Does a segment regression stay a finding of its own next to the headline regression? A segment
 * a cause named beforehand does; otherwise not when its metric rests on fewer than
 * MIN_CLASS_SUPPORT rows of the class it needs. Yes when
 * it is where the regression sits (LOCALIZED times worse than the rest of the rows), or when a
 * cause named it beforehand (see namedSegmentKeys); else it only carries its share of rows of a
 * model that got worse everywhere, and becomes evidence of the metric finding.
 */
export function keepsSegment(s: Signal, named: ReadonlySet<string>, nRows: number): boolean {
  if (s.segment && named.has(`${s.segment.column}\u0000${s.segment.value}`)) return true;
  const support = s.details['class_support'];
  if (typeof support === 'number' && support < MIN_CLASS_SUPPORT) return false;
  const share = s.details['shareOfDrop'];
  const n = s.details['n'];
  if (typeof share !== 'number' || typeof n !== 'number') return true;
  return localization(share, n, nRows) >= LOCALIZED;
}

/**
 * Does a segment regression that the top cause explains become evidence of the headline
 * regression instead of a finding of its own? Yes when that cause is measured to account for most
 * of the headline regression (the lower end of its share's CI at SHARE_MOST or more): a segment
 * found by searching then only shows where the cause's effect is largest (the pixel slices of a
 * digits model whose learning rate diverged; a `table` range under a drift located in `cut`;
 * issue 12: three findings restating one cause). A segment on a column a cause is located in (the
 * same rows at another granularity, or the range a training filter lost, named through the
 * attribution) and a segment a cause named beforehand stay findings: they say where a cause acts.
 * With no measured share, a localized segment may be a problem of its own, and stays.
 */
export function segmentIsEvidence(seg: SegmentRef, topShareLo: number | null, causeColumns: ReadonlySet<string>, named: ReadonlySet<string>): boolean {
  if (topShareLo === null || topShareLo < SHARE_MOST) return false;
  if (causeColumns.has(seg.column)) return false;
  return !named.has(`${seg.column}\u0000${seg.value}`);
}

/**
 * A symptom's severity is the regression's it belongs to. A significant segment regression that a
 * cause named beforehand (the group whose training share fell, the segment a drift is in; see
 * namedSegmentKeys) and that is where the headline regression sits — LOCALIZED times worse than
 * the rest of the rows, or carrying all of the drop — is that regression in its rows: its strength
 * is at least the headline's times the share of the drop it carries, however small its own
 * relative change (a 3 % RMSE rise in a third of the rows that is the whole of an R² drop).
 * Segments found by searching are not raised: among many, one carries most of a small drop by
 * chance (a fresh sample of the same population does that).
 */
export function sizedByImpact(s: Signal, headline: Signal, nRows: number, named: ReadonlySet<string>): Signal {
  if (s.category !== 'segment_regression' || !s.significant || nRows <= 0 || !s.segment) return s;
  if (!named.has(`${s.segment.column}\u0000${s.segment.value}`)) return s;
  const share = s.details['shareOfDrop'];
  const n = s.details['n'];
  if (typeof share !== 'number' || typeof n !== 'number' || !(share > 0)) return s;
  if (localization(share, n, nRows) < LOCALIZED) return s;
  const impact = headline.strength * Math.min(1, share);
  return impact > s.strength ? { ...s, strength: impact, details: { ...s.details, strength_from: 'share of the headline regression' } } : s;
}



/**
 * A column whose make-up in the training data changed (a reference drift) points at a segment:
 * the eval segment of that column whose within-segment change accounts for the largest share of
 * the regression. When no segment test of that column reached significance (small evals), the
 * attribution is the confirmatory test: the share's interval, Bonferroni-widened over the
 * column's segments, must exclude 0.
 */
function referenceSegmentSignals(attr: AttributionInput, signals: readonly Signal[], headline: Signal): Signal[] {
  const out: Signal[] = [];
  for (const s of signals) {
    if (s.category !== 'feature_drift' || s.details['comparison'] !== 'reference' || !s.feature || !s.significant || s.strength < 0.25) continue;
    const a = attributeSignal(attr, s);
    if (!a || a.segmentValue === undefined) continue;
    const column = s.feature;
    const value = a.segmentValue;
    if (signals.some((x) => x.category === 'segment_regression' && x.significant && x.strength >= 0.25 && x.segment?.column === column && x.segment.value === value)) continue;
    // One a-priori segment: a plain two-sided test; a segment picked among k: Bonferroni over k.
    const groups = Math.max(1, a.segments ?? 2);
    const se = (a.share.hi - a.share.lo) / (2 * Z95);
    if (!(se > 0) || a.share.share / se < normalQuantile(1 - 0.025 / groups)) continue;
    out.push({
      category: 'segment_regression',
      area: 'evaluation',
      strength: Math.max(0.25, headline.strength * Math.min(1, a.share.share)),
      significant: true,
      title: `${column}=${value}: the segment whose training-data share changed carries ${Math.round(100 * a.share.share)} % of the ${headline.metric ?? 'metric'} regression`,
      ...(headline.metric !== undefined ? { metric: headline.metric } : {}),
      segment: { column, value },
      evidence: [{ text: `the training data's make-up of ${column} changed: ${s.title}` }],
      details: { shareOfDrop: a.share.share, share_lo: a.share.lo, share_hi: a.share.hi, n: a.rows, derived_from: 'attribution' },
    });
  }
  return out;
}

/** Does slice `b` repeat slice `a` (same rows plus a condition, or near-identical rows and change)? */
function repeatsSlice(a: Signal, b: Signal): boolean {
  if (!a.segment || !b.segment) return false;
  const condsA = a.segment.column.split(' & ').map((c, i) => `${c}=${a.segment!.value.split(' & ')[i] ?? ''}`);
  const condsB = b.segment.column.split(' & ').map((c, i) => `${c}=${b.segment!.value.split(' & ')[i] ?? ''}`);
  if (condsA.every((c) => condsB.includes(c))) return true;
  const nA = a.details['n'];
  const nB = b.details['n'];
  const dA = a.details['delta'];
  const dB = b.details['delta'];
  if (typeof nA !== 'number' || typeof nB !== 'number' || typeof dA !== 'number' || typeof dB !== 'number') return false;
  if (a.metric !== b.metric) return false;
  return Math.abs(nA - nB) <= 0.05 * Math.max(nA, nB) && Math.abs(dA - dB) <= 0.2 * Math.abs(dA);
}

/**
 * A metric change the user declared acceptable (`metrics.<name>.tolerance` in the config) is not
 * a regression, however significant: CONTRACT §6 says "beyond tolerance and noise".
 */
function withinTolerance(s: Signal, config: Config): boolean {
  if (s.category !== 'metric_regression' || !s.metric) return false;
  // Rules may be keyed by the row metric (`accuracy`) or by its metrics-file path (`test.accuracy`).
  const leaf = s.metric.split(/[.:]/).pop()!;
  const key = Object.keys(config.metrics).find((k) => k === s.metric || k.split(/[.:]/).pop() === leaf);
  const rule = key === undefined ? undefined : config.metrics[key];
  const delta = s.details['delta'];
  const base = s.details['baseline'];
  if (!rule || rule.tolerance === undefined || typeof delta !== 'number') return false;
  const limit = rule.relative ? rule.tolerance * Math.abs(typeof base === 'number' ? base : 0) : rule.tolerance;
  return Math.abs(delta) <= limit;
}

/**
 * Two transforms are one event when their factor (or offset) agrees within this relative
 * tolerance: a unit bug or a shared scaling step hits its columns with the same number, while
 * independent drifts practically never agree to 1 %.
 */
const SAME_EVENT_REL = 0.01;

/** The event key of a preprocessing transform: its kind, comparison and number; null when it has no number. */
function eventOf(s: Signal): { key: string; value: number } | null {
  if (s.category !== 'preprocessing' || !s.feature) return null;
  const kind = s.details['kind'];
  const v = kind === 'offset' ? s.details['offset'] : s.details['ratio'];
  if (typeof kind !== 'string' || typeof v !== 'number' || !Number.isFinite(v) || v === 0) return null;
  return { key: `${kind}|${String(s.details['comparison'])}`, value: v };
}

function mergeOneEvent(nodes: Node[]): Node[] {
  const out: Node[] = [];
  const groups: { key: string; value: number; nodes: Node[] }[] = [];
  for (const n of nodes) {
    const e = eventOf(n.signal);
    if (!e) {
      out.push(n);
      continue;
    }
    const g = groups.find((x) => x.key === e.key && Math.abs(x.value - e.value) <= SAME_EVENT_REL * Math.max(Math.abs(x.value), Math.abs(e.value)));
    if (g) g.nodes.push(n);
    else {
      groups.push({ key: e.key, value: e.value, nodes: [n] });
      out.push(n);
    }
  }
  for (const g of groups) {
    if (g.nodes.length < 2) continue;
    const [lead, ...rest] = g.nodes;
    const names = g.nodes.map((n) => `\`${n.signal.feature!}\``);
    lead!.signal = {
      ...lead!.signal,
      title: `${lead!.signal.title} — one event: ${names.join(', ')} changed by the same ${lead!.signal.details['kind'] === 'offset' ? 'offset' : 'factor'}`,
      details: { ...lead!.signal.details, same_event_features: g.nodes.map((n) => n.signal.feature!).join(', ') },
    };
    for (const r of rest) absorb(lead!, r);
  }
  return out;
}

function mergeWhere(nodes: Node[], same: (keep: Node, other: Node) => boolean): Node[] {
  const out: Node[] = [];
  for (const n of nodes) {
    const keep = out.find((k) => same(k, n));
    if (keep) absorb(keep, n);
    else out.push(n);
  }
  return out;
}

export function verdictOf(findings: readonly Pick<Finding, 'severity'>[], failOn: Config['gate']['failOn']): Verdict {
  const worst = Math.max(-1, ...findings.map((f) => SEVERITY_RANK[f.severity]));
  const threshold = failOn === 'critical' ? 3 : failOn === 'major' ? 2 : failOn === 'any' ? 1 : Infinity;
  if (worst >= threshold) return 'fail';
  if (worst >= 2) return 'warn';
  return 'pass';
}

function summarize(findings: readonly Finding[], verdict: Verdict, analysis: RunAnalysis): string {
  const counted = findings.filter((f) => f.severity !== 'info');
  if (counted.length === 0) {
    const n = analysis.evalPairs.reduce((a, p) => a + p.cur.n, 0);
    return `No regression beyond noise: ${analysis.metricDiffs.length} metrics compared${n > 0 ? `, ${n} eval rows analysed` : ''}; nothing reached minor severity.`;
  }
  const top = counted[0]!;
  const rest = counted.length - 1;
  const bySev = (s: Severity) => counted.filter((f) => f.severity === s).length;
  const parts = (['critical', 'major', 'minor'] as const).filter((s) => bySev(s) > 0).map((s) => `${bySev(s)} ${s}`);
  return `Verdict ${verdict}: ${parts.join(', ')}. Most likely root cause (${top.category}): ${top.title}.${rest > 0 ? ` ${rest} further finding${rest > 1 ? 's' : ''} below, symptoms linked to their cause.` : ''}`;
}

const HYPOTHESES: { category: Category; label: string }[] = [
  { category: 'leakage', label: 'train/eval leakage' },
  { category: 'preprocessing', label: 'train/serve preprocessing skew' },
  { category: 'data_quality', label: 'data quality (missing / invalid values, schema)' },
  { category: 'feature_drift', label: 'feature drift' },
  { category: 'label_shift', label: 'label shift' },
  { category: 'label_noise', label: 'label noise' },
  { category: 'learning_rate', label: 'learning rate' },
  { category: 'training_instability', label: 'training instability' },
  { category: 'overfitting', label: 'overfitting' },
  { category: 'underfitting', label: 'underfitting' },
  { category: 'calibration', label: 'calibration' },
  { category: 'bias', label: 'group disparity (bias)' },
  { category: 'config_change', label: 'a changed parameter' },
];

function characterize(findings: readonly Finding[], analysis: RunAnalysis, signals: readonly Signal[]): Characterization {
  const serious = findings.filter((f) => f.severity !== 'info');
  const top = serious.find((f) => !SYMPTOMS.has(f.category)) ?? serious[0];
  const symptom = serious.find((f) => f.category === 'metric_regression' || f.category === 'segment_regression');
  const hypotheses: Hypothesis[] = HYPOTHESES.map(({ category, label }) => {
    const f = findings.find((x) => x.category === category && x.severity !== 'info');
    if (f) return { category, status: 'supported', evidence: `${label}: ${f.id} ${f.title}` };
    const weak = signals.filter((s) => s.category === category).sort((a, b) => b.strength - a.strength)[0];
    if (weak) return { category, status: 'ruled_out', evidence: `${label}: strongest signal below minor — ${weak.title}` };
    const tested = testedFor(category, analysis);
    return tested
      ? { category, status: 'ruled_out', evidence: `${label}: ${tested}` }
      : { category, status: 'untested', evidence: `${label}: no artifact to test it (${missingFor(category)})` };
  });
  const phaseOf = (f: Finding | undefined): Characterization['phase'] => {
    if (!f) return 'none';
    if (f.area === 'training') return 'training';
    return 'eval';
  };
  return {
    symptom: symptom ? symptom.title : top ? top.title : 'no regression beyond noise',
    phase: phaseOf(top),
    kind: top ? (top.area === 'evaluation' ? 'evaluation' : top.area) : 'none',
    severity: top ? top.severity : 'none',
    hypotheses,
  };
}

const r3 = (v: number) => String(Number(v.toPrecision(3)));

/** The numbers behind "ruled out": the largest effect each check saw, below its threshold. */
function measuredFor(category: Category, a: RunAnalysis): string | null {
  const t = a.training.find((x) => x.base !== null);
  const fin = (v: number | null | undefined) => (v === null || v === undefined ? '—' : r3(v));
  if (t?.base && (category === 'overfitting' || category === 'underfitting')) {
    return `final val loss ${fin(t.base.finalValLoss)} → ${fin(t.cur.finalValLoss)}, best at ${t.base.xName} ${fin(t.base.bestValX)} → ${fin(t.cur.bestValX)}, gap ${fin(t.base.finalGap)} → ${fin(t.cur.finalGap)}`;
  }
  if (t?.base && (category === 'training_instability' || category === 'learning_rate')) {
    const nf = Object.values(t.cur.nonFinite).reduce((x, y) => x + y, 0);
    return `${nf} non-finite values; max grad norm ${fin(t.base.gradNorm?.max)} → ${fin(t.cur.gradNorm?.max)}; final train loss ${fin(t.base.finalTrainLoss)} → ${fin(t.cur.finalTrainLoss)}`;
  }
  const pairs = a.evalPairs.filter((p) => p.base !== null);
  if (pairs.length === 0) return null;
  const data = pairs.map((p) => p.data);
  const perf = pairs.map((p) => p.performance);
  switch (category) {
    case 'feature_drift': {
      const all = data.flatMap((d) => d.drift.filter((x) => x.comparison === 'eval'));
      if (all.length === 0) return null;
      const top = all.reduce((m, x) => (x.psi > m.psi ? x : m));
      return `largest eval drift PSI ${r3(top.psi)} (${top.feature}) across ${all.length} features`;
    }
    case 'label_shift': {
      const l = data.flatMap((d) => d.labelShift.filter((x) => x.comparison === 'eval'))[0];
      return l ? `label distribution PSI ${r3(l.psi)}` : null;
    }
    case 'leakage': {
      const l = data.flatMap((d) => d.leakage.filter((x) => x.kind === 'train_overlap'))[0];
      return l ? `${r3(100 * l.cur)}% of eval rows in the training sample` : null;
    }
    case 'calibration': {
      const c = perf.find((p) => p.calibration?.ece);
      const e = c?.calibration?.ece;
      return e && e.baseline !== null && e.current !== null ? `ECE ${r3(e.baseline)} → ${r3(e.current)}${e.ci ? ` (95% CI of the change [${r3(e.ci[0])}, ${r3(e.ci[1])}])` : ''}` : null;
    }
    case 'bias': {
      const b = perf.flatMap((p) => p.bias)[0];
      return b && b.gapDelta !== null ? `largest group gap of ${b.column} changed by ${r3(b.gapDelta)}` : null;
    }
    default:
      return null;
  }
}

function testedFor(category: Category, a: RunAnalysis): string | null {
  const haveEval = a.evalPairs.some((p) => p.base !== null);
  const haveLogs = a.logPairs.length > 0;
  const measured = measuredFor(category, a);
  if (measured) return measured;
  switch (category) {
    case 'learning_rate':
    case 'training_instability':
    case 'overfitting':
    case 'underfitting':
      return haveLogs ? `no signal in ${a.logPairs.map((l) => l.cur.path).join(', ')}` : null;
    case 'config_change':
      return a.paramChanges.length === 0 ? 'no parameter changed' : `${a.paramChanges.length} changed parameter(s), none tied to a regression`;
    default:
      return haveEval ? `no signal in ${a.evalPairs.map((p) => p.path).join(', ')}` : null;
  }
}

function missingFor(category: Category): string {
  if (['learning_rate', 'training_instability', 'overfitting', 'underfitting'].includes(category)) return 'no training log in both runs';
  if (category === 'config_change') return 'no params file';
  return 'no eval table in both runs';
}
