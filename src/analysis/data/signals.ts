/**
 * Turns a DataAnalysis into Signals (categories feature_drift, label_shift, prediction_shift,
 * data_quality, preprocessing, label_noise, leakage). Strengths come from the checks, mapped as
 * documented in strength.ts; this module picks what is reported, writes the one-line titles and
 * puts the key numbers in `details` (rounded to 6 significant digits so report.json is stable).
 */
import type { Evidence, Signal } from '../signals.js';
import type { DataAnalysis, DriftResult, LabelNoiseResult, LeakageFinding, QualityIssue, ShiftResult, SkewFinding } from './types.js';

type Details = Record<string, number | string | boolean | null>;

/** Prediction shifts below minor are still passed on (informational) from this strength up. */
const PREDICTION_INFO_FLOOR = 0.1;

function r6(v: number | null | undefined): number | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return Number(v.toPrecision(6));
}

/** Compact number for titles (no locale). */
export function num(v: number | null): string {
  if (v === null || Number.isNaN(v)) return 'n/a';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return v.toExponential(2);
  if (a >= 100) return String(Math.round(v * 10) / 10);
  return String(Number(v.toPrecision(3)));
}

function pct(v: number | null): string {
  return v === null ? 'n/a' : `${(100 * v).toFixed(1)}%`;
}

function roundDetails(d: Readonly<Record<string, number | string | boolean | null>>): Details {
  const out: Details = {};
  for (const [k, v] of Object.entries(d)) out[k] = typeof v === 'number' ? r6(v) : v;
  return out;
}

function clampStrength(s: number): number {
  return Math.min(1, Math.max(0, Number(s.toFixed(4))));
}

// ---------------------------------------------------------------------------------------------

function driftDetails(d: DriftResult): Details {
  const det: Details = {
    comparison: d.comparison,
    psi: d.psi,
    psi_excess: d.psiExcess,
    psi_noise: d.psiNoise,
    p_value: d.pValue,
    q_value: d.qValue,
    n_base: d.nBase,
    n_cur: d.nCur,
    n: d.nCur,
    bins: d.bins,
  };
  if (d.numeric) {
    Object.assign(det, {
      ks: d.numeric.ks,
      ks_p: d.numeric.ksP,
      wasserstein: d.numeric.wasserstein,
      wasserstein_scaled: d.numeric.wassersteinScaled,
      scale_iqr: d.numeric.scale,
      mean_base: d.numeric.meanBase,
      mean_cur: d.numeric.meanCur,
      median_base: d.numeric.medianBase,
      median_cur: d.numeric.medianCur,
    });
  }
  if (d.categorical) {
    Object.assign(det, {
      chi2: d.categorical.chi2,
      chi2_p: d.categorical.chi2P,
      js: d.categorical.js,
      unseen_share: d.categorical.unseenShare,
      vanished_share: d.categorical.vanishedShare,
      unseen: d.categorical.unseen.map((u) => u.value).join(', ') || null,
      vanished: d.categorical.vanished.map((u) => u.value).join(', ') || null,
    });
  }
  // The value that lost the largest part of its share (relative): for a changed training sample,
  // the group the new model has seen least of, chosen before looking at any eval outcome. A
  // numeric code with a few values (sex = 1/2) counts as categories here, as it does in segments.
  const moves = d.categorical?.topMoves ?? d.numeric?.valueMoves ?? null;
  const fell = moves?.filter((m) => m.base > 0 && m.cur < m.base).sort((x, y) => x.cur / x.base - y.cur / y.base)[0];
  if (fell) Object.assign(det, { most_reduced_value: fell.value, most_reduced_base: fell.base, most_reduced_cur: fell.cur });
  else if (d.numeric && d.numeric.valueMoves === null && d.numeric.reducedAt !== null) det.most_reduced_at = d.numeric.reducedAt;
  if (d.segment) {
    Object.assign(det, {
      segment_psi: d.segment.psiIn,
      segment_psi_excess: d.segment.psiInExcess,
      outside_psi: d.segment.psiOut,
      outside_psi_excess: d.segment.psiOutExcess,
      segment_n_base: d.segment.nBase,
      segment_n_cur: d.segment.nCur,
      segment_share: d.segment.share,
      segment_q: d.segment.qValue,
    });
    if (d.segment.shiftIn !== null) det.segment_shift_sd = d.segment.shiftIn;
  }
  if (d.baseline) Object.assign(det, { psi_baseline: d.baseline.psi, psi_excess_baseline: d.baseline.psiExcess });
  if (d.explainedBy) det.explained_by = d.explainedBy;
  return roundDetails(det);
}

function driftEvidence(d: DriftResult): Evidence[] {
  const ev: Evidence[] = [{ text: `PSI ${num(d.psi)} (no-change level ${num(d.psiNoise)}, ${d.bins} bins)`, value: r6(d.psi) ?? 0 }];
  if (d.numeric) {
    ev.push({ text: `KS ${num(d.numeric.ks)}, p ${num(d.numeric.ksP)} (${d.numeric.ksMethod})`, value: r6(d.numeric.ks) ?? 0 });
    ev.push({ text: `median ${num(d.numeric.medianBase)} → ${num(d.numeric.medianCur)}; Wasserstein ${num(d.numeric.wassersteinScaled)} × IQR`, value: r6(d.numeric.wassersteinScaled) ?? 0 });
  }
  if (d.categorical) {
    ev.push({ text: `chi-square p ${num(d.categorical.chi2P)}, Jensen-Shannon ${num(d.categorical.js)}`, value: r6(d.categorical.js) ?? 0 });
    const moves = d.categorical.topMoves.slice(0, 3).map((m) => `${m.value} ${pct(m.base)} → ${pct(m.cur)}`);
    if (moves.length) ev.push({ text: `largest moves: ${moves.join('; ')}` });
    if (d.categorical.unseen.length) ev.push({ text: `new values (${pct(d.categorical.unseenShare)} of rows): ${d.categorical.unseen.slice(0, 5).map((u) => u.value).join(', ')}`, value: r6(d.categorical.unseenShare) ?? 0 });
    if (d.categorical.vanished.length) ev.push({ text: `vanished values (${pct(d.categorical.vanishedShare)} of baseline rows): ${d.categorical.vanished.slice(0, 5).map((u) => u.value).join(', ')}`, value: r6(d.categorical.vanishedShare) ?? 0 });
  }
  if (d.segment) {
    ev.push({
      text: `within ${d.segment.column}=${d.segment.value}: PSI ${num(d.segment.psiIn)} (n ${d.segment.nBase} → ${d.segment.nCur}); outside it: PSI ${num(d.segment.psiOut)}`,
      value: r6(d.segment.psiIn) ?? 0,
    });
  }
  if (d.baseline) ev.push({ text: `same comparison in the baseline run: PSI ${num(d.baseline.psi)}`, value: r6(d.baseline.psi) ?? 0 });
  if (d.explainedBy === 'data_quality:sentinel') ev.push({ text: 'explained by a sentinel value filled into the same feature (data quality)' });
  else if (d.explainedBy?.startsWith('feature_drift:') && d.segment)
    ev.push({ text: `moved with ${d.explainedBy.slice('feature_drift:'.length)} inside ${d.segment.column}=${d.segment.value}, less far in its own spread (${num(d.segment.shiftIn ?? NaN)} SD): a feature correlated with the one the rows were selected on` });
  else if (d.explainedBy) ev.push({ text: `explained by a preprocessing skew of the same feature (${d.explainedBy.replace('preprocessing:', '')})` });
  return ev;
}

function driftTitle(d: DriftResult): string {
  const key = d.numeric ? `KS ${num(d.numeric.ks)}` : d.categorical ? `JS ${num(d.categorical.js)}` : '';
  if (d.segment) {
    return `PSI ${num(d.segment.psiIn)} for ${d.feature} within ${d.segment.column}=${d.segment.value} (n=${d.segment.nCur}); outside it ${num(d.segment.psiOut)}`;
  }
  if (d.comparison === 'train_vs_eval') {
    return `${d.feature} differs between training sample and eval: PSI ${num(d.psi)}${d.baseline ? ` (baseline run ${num(d.baseline.psi)})` : ''}`;
  }
  if (d.comparison === 'reference') return `Training sample changed for ${d.feature}: PSI ${num(d.psi)}, ${key} (n=${d.nCur})`;
  return `${d.feature} drifted: PSI ${num(d.psi)}, ${key} (n=${d.nCur})`;
}

function driftSignal(d: DriftResult): Signal {
  return {
    category: 'feature_drift',
    area: 'data',
    strength: clampStrength(d.strength),
    significant: d.significant,
    title: driftTitle(d),
    feature: d.feature,
    ...(d.segment ? { segment: { column: d.segment.column, value: d.segment.value } } : {}),
    source: d.source,
    evidence: driftEvidence(d),
    details: driftDetails(d),
  };
}

function movesText(d: DriftResult): string {
  const m = d.categorical?.topMoves[0];
  if (m) return ` (${m.value} ${pct(m.base)} → ${pct(m.cur)})`;
  if (d.numeric) return ` (median ${num(d.numeric.medianBase)} → ${num(d.numeric.medianCur)})`;
  return '';
}

/**
 * A changed training sample is one event however many columns it moves (a new query, a dropped
 * group): its drifted columns become one signal, named after the most drifted one, with the
 * others listed. The train-vs-eval view of the same columns adds nothing and is folded in.
 */
function referenceSignal(group: DriftResult[]): Signal {
  const top = group[0]!;
  const sig = driftSignal(top);
  const others = group.slice(1);
  const title = `Training sample changed: ${group
    .slice(0, 3)
    .map((d) => `${d.feature} PSI ${num(d.psi)}${d === top ? movesText(d) : ''}`)
    .join(', ')}${others.length > 2 ? ` and ${others.length - 2} more` : ''} (n=${top.nBase} → ${top.nCur})`;
  return {
    ...sig,
    title,
    evidence: [
      ...sig.evidence,
      ...others.slice(0, 5).map((d) => ({ text: `${d.feature}: PSI ${num(d.psi)}${movesText(d)}`, value: r6(d.psi) ?? 0 })),
    ],
    details: { ...sig.details, drifted_columns: group.length, other_columns: others.map((d) => d.feature).join(', ') || null },
  };
}

/**
 * The column a changed training sample was selected on leads its group. A filter on X leaves the
 * distribution of any other column given X unchanged, so every other column moves by at most as
 * much as X does (the data-processing inequality, for any divergence that obeys it). Among numeric
 * columns the Kolmogorov-Smirnov distance is read for that, not the PSI: decile bins blur a sharp
 * cut (a quartile filter on mean_radius shows a larger decile PSI on the correlated worst_radius).
 * Categorical columns keep the order by strength; the numeric lead is chosen only when the
 * strongest column is numeric.
 */
export function leadFirst(group: DriftResult[]): DriftResult[] {
  if (!group[0]?.numeric) return group;
  const lead = group.reduce((b, d) => (d.numeric && d.numeric.ks > b.numeric!.ks ? d : b), group[0]);
  return [lead, ...group.filter((d) => d !== lead)];
}

function driftSignals(a: DataAnalysis): Signal[] {
  const flagged = a.drift.filter((d) => d.flagged);
  const evalFlagged = new Set(flagged.filter((d) => d.comparison === 'eval').map((d) => d.feature));
  const refGroups = new Map<string, DriftResult[]>();
  for (const d of flagged) {
    if (d.comparison !== 'reference') continue;
    const g = refGroups.get(d.source) ?? [];
    g.push(d);
    refGroups.set(d.source, g);
  }
  const refFeatures = new Set<string>();
  for (const [src, g] of refGroups) for (const d of g) refFeatures.add(`${src}\u0000${d.feature}`);
  const out: Signal[] = [];
  for (const d of flagged) {
    if (d.comparison === 'reference') continue;
    if (d.comparison === 'train_vs_eval') {
      // Seen already from eval vs eval, or explained by the training sample having changed.
      if (evalFlagged.has(d.feature)) continue;
      const refPath = d.source.split(' vs ')[0]!;
      if (refFeatures.has(`${refPath}\u0000${d.feature}`)) continue;
    }
    out.push(driftSignal(d));
  }
  for (const g of refGroups.values()) out.push(referenceSignal(leadFirst(g.slice().sort((x, y) => y.strength - x.strength || (x.feature < y.feature ? -1 : 1)))));
  return out;
}

// ---------------------------------------------------------------------------------------------

function shiftSignal(s: ShiftResult, category: 'label_shift' | 'prediction_shift'): Signal {
  const what = { label: 'Label', predicted_class: 'Predicted class', score: 'Score', confidence: 'Top-class confidence', prediction: 'Prediction' }[s.what];
  const moves = s.shares
    .slice()
    .sort((x, y) => Math.abs(y.cur - y.base) - Math.abs(x.cur - x.base))
    .slice(0, 3);
  const head = s.comparison === 'reference' ? `${what} mix of the training sample` : `${what} distribution`;
  const title =
    moves.length > 0
      ? `${head} moved: ${moves.map((m) => `${m.value} ${pct(m.base)} → ${pct(m.cur)}`).join(', ')} (PSI ${num(s.psi)})`
      : `${head} moved: PSI ${num(s.psi)}${s.numeric ? `, KS ${num(s.numeric.ks)}, median ${num(s.numeric.medianBase)} → ${num(s.numeric.medianCur)}` : ''}`;
  const details: Details = {
    comparison: s.comparison,
    column: s.column,
    what: s.what,
    psi: s.psi,
    psi_excess: s.psiExcess,
    p_value: s.pValue,
    n_base: s.nBase,
    n_cur: s.nCur,
    n: s.nCur,
    changed_rows: s.changedRows,
    matched_rows: s.matchedRows,
  };
  if (s.numeric) Object.assign(details, { ks: s.numeric.ks, ks_p: s.numeric.ksP, mean_base: s.numeric.meanBase, mean_cur: s.numeric.meanCur });
  if (s.categorical) Object.assign(details, { chi2: s.categorical.chi2, chi2_p: s.categorical.chi2P, js: s.categorical.js });
  for (const m of moves) {
    details[`share_base:${m.value}`] = m.base;
    details[`share_cur:${m.value}`] = m.cur;
  }
  const evidence: Evidence[] = [{ text: `PSI ${num(s.psi)}, p ${num(s.pValue)}`, value: r6(s.psi) ?? 0 }];
  if (s.changedRows !== null && s.matchedRows) evidence.push({ text: `${s.changedRows} of ${s.matchedRows} id-matched rows changed value`, value: s.changedRows });
  return {
    category,
    area: category === 'label_shift' ? 'data' : 'model',
    strength: clampStrength(s.strength),
    significant: s.significant,
    title,
    source: s.source,
    evidence,
    details: roundDetails(details),
  };
}

// ---------------------------------------------------------------------------------------------

function qualityTitle(q: QualityIssue): string {
  const msg = q.message.charAt(0).toUpperCase() + q.message.slice(1);
  return q.kind === 'missing' || q.kind === 'nan' || q.kind === 'inf' ? `${msg} (n=${q.n})` : msg;
}

function qualitySignal(q: QualityIssue): Signal {
  const details: Details = { kind: q.kind, comparison: q.comparison, ...q.details, n: q.n, p_value: q.pValue };
  if (q.kind === 'missing') Object.assign(details, { missing_base: q.base, missing_cur: q.cur });
  return {
    category: 'data_quality',
    area: 'data',
    strength: clampStrength(q.strength),
    significant: q.significant,
    title: qualityTitle(q),
    ...(q.column ? { feature: q.column } : {}),
    source: q.source,
    evidence: [{ text: q.message, ...(q.cur !== null ? { value: r6(q.cur) ?? 0 } : {}) }],
    details: roundDetails(details),
  };
}

// ---------------------------------------------------------------------------------------------

function skewSignal(p: SkewFinding, a: DataAnalysis): Signal {
  const drift = a.drift.find((d) => d.feature === p.feature && d.comparison === p.comparison) ?? a.drift.find((d) => d.feature === p.feature);
  const details: Details = {
    kind: p.kind,
    comparison: p.comparison,
    ratio: p.ratio,
    offset: p.offset,
    known_factor: p.knownFactor,
    evidence: p.evidence,
    fit: p.fit,
    matched_rows: p.matchedRows,
    overlap_rate: p.overlapRate,
    mapping: p.mapping.length ? p.mapping.map(([x, y]) => `${x}->${y}`).join(', ') : null,
    psi: drift?.psi ?? null,
    n: drift?.nCur ?? p.matchedRows ?? null,
  };
  if (drift?.numeric) Object.assign(details, { ks: drift.numeric.ks, ks_p: drift.numeric.ksP, median_base: drift.numeric.medianBase, median_cur: drift.numeric.medianCur });
  const evidence: Evidence[] = [{ text: p.message, ...(p.ratio !== null ? { value: r6(p.ratio) ?? 0 } : {}) }];
  if (drift) evidence.push({ text: `the feature's distribution moved accordingly: PSI ${num(drift.psi)}`, value: r6(drift.psi) ?? 0 });
  let title: string;
  if (p.kind === 'scale' || p.kind === 'partial_scale') {
    title = `${p.feature} ${p.kind === 'partial_scale' ? 'partly ' : ''}scaled by ${num(p.ratio)}${p.comparison === 'train_vs_eval' ? ' in eval vs the training sample' : p.comparison === 'reference' ? ' in the training sample' : ' vs baseline'} (${p.evidence === 'rows' ? `${p.matchedRows} matched rows` : 'quantile ratios'})`;
  } else if (p.kind === 'standardized' || p.kind === 'affine') {
    title = `${p.feature} transformed differently: ${p.kind === 'standardized' ? 'standardized on one side only' : 'affine map'} (slope ${num(p.ratio)}, offset ${num(p.offset)})`;
  } else if (p.kind === 'swapped') {
    title = `${p.feature} and ${p.partner ?? '?'} swapped: each now holds the other's values (${p.matchedRows} matched rows)`;
  } else if (p.kind === 'disjoint_categories') {
    title = `${p.feature} values no longer overlap: ${pct(p.overlapRate)} of current rows use a known value`;
  } else {
    title = `${p.feature} re-encoded: ${p.mapping.slice(0, 3).map(([x, y]) => `${x}→${y}`).join(', ')}`;
  }
  return {
    category: 'preprocessing',
    area: 'data',
    strength: clampStrength(p.strength),
    significant: true,
    title,
    feature: p.feature,
    source: p.source,
    evidence,
    details: roundDetails(details),
  };
}

// ---------------------------------------------------------------------------------------------

function noiseSignals(n: LabelNoiseResult): Signal[] {
  const out: Signal[] = [];
  if (n.flagged) {
    const seg = n.segment;
    const details: Details = {
      suspect_rate_base: n.base?.rate ?? null,
      suspect_rate_cur: n.cur?.rate ?? null,
      suspects_cur: n.cur?.suspects ?? null,
      n: n.cur?.n ?? n.matched,
      matched_rows: n.matched,
      labels_changed: n.labelsChanged,
      labels_changed_pred_same: n.changedPredSame,
      labels_changed_contradicted: n.changedContradicted,
      contradicted_share: n.changedPredSame > 0 ? n.changedContradicted / n.changedPredSame : null,
    };
    if (seg) {
      Object.assign(details, {
        segment_rate_base: seg.rateBase,
        segment_rate_cur: seg.rateCur,
        outside_rate_base: seg.rateOutBase,
        outside_rate_cur: seg.rateOutCur,
        segment_changed: seg.changed,
        outside_changed: seg.changedOut,
        segment_n: seg.nCur,
        segment_q: seg.qValue,
        segment_coverage: seg.coverage,
      });
    }
    const evidence: Evidence[] = [];
    if (n.base && n.cur) evidence.push({ text: `suspected label errors (confident learning) ${pct(n.base.rate)} → ${pct(n.cur.rate)}`, value: r6(n.cur.rate) ?? 0 });
    if (n.labelsChanged > 0) {
      evidence.push({
        text: `${n.labelsChanged} of ${n.matched} id-matched rows changed label; ${n.changedPredSame} with the prediction unchanged, ${n.changedContradicted} now contradicted by the model`,
        value: n.changedContradicted,
      });
    }
    if (seg) {
      evidence.push({
        text: `within ${seg.column}=${seg.value}: suspects ${pct(seg.rateBase)} → ${pct(seg.rateCur)}, ${seg.changed} contradicted label changes; outside: ${pct(seg.rateOutBase)} → ${pct(seg.rateOutCur)}, ${seg.changedOut}`,
        value: r6(seg.rateCur) ?? 0,
      });
    }
    const title = seg
      ? `Label noise concentrated in ${seg.column}=${seg.value}: suspected errors ${pct(seg.rateBase)} → ${pct(seg.rateCur)} (n=${seg.nCur})${seg.changed > 0 ? `, ${seg.changed} labels changed against an unchanged model` : ''}`
      : n.changedContradicted > 0
        ? `${n.changedContradicted} eval labels changed against an unchanged model (${n.labelsChanged} changed of ${n.matched} matched rows)`
        : `Suspected label errors rose ${pct(n.base?.rate ?? null)} → ${pct(n.cur?.rate ?? null)} (n=${n.cur?.n ?? 0})`;
    // Without id-matched rows whose label changed under an unchanged model, the evidence is a
    // difference of suspect rates between two different samples: real, but circumstantial, so it
    // stays a minor finding whatever its size (a fresh eval split moves these rates by chance).
    const paired = n.changedContradicted > 0;
    out.push({
      category: 'label_noise',
      area: 'data',
      strength: paired ? clampStrength(n.strength) : Math.min(0.45, clampStrength(n.strength)),
      significant: n.significant,
      title,
      ...(seg ? { segment: { column: seg.column, value: seg.value } } : {}),
      source: n.source,
      evidence,
      details: roundDetails(details),
    });
  }
  if (n.conflictsFlagged && n.conflicts.base) {
    const c = n.conflicts;
    out.push({
      category: 'label_noise',
      area: 'data',
      strength: clampStrength(n.conflictsStrength),
      significant: true,
      title: `Conflicting labels on identical feature rows rose ${pct(c.base!.rate)} → ${pct(c.cur.rate)} (n=${c.cur.n})`,
      source: n.source,
      evidence: [{ text: `${c.cur.suspects} rows share their features with a row of another label (baseline ${c.base!.suspects})`, value: c.cur.suspects }],
      details: roundDetails({ kind: 'conflicting_labels', conflict_rate_base: c.base!.rate, conflict_rate_cur: c.cur.rate, n: c.cur.n }),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function leakageSignal(l: LeakageFinding): Signal {
  const title =
    l.kind === 'train_overlap'
      ? `${pct(l.cur)} of eval rows are in the training sample ${l.reference}${l.base !== null ? ` (baseline ${pct(l.base)})` : ''} (n=${l.n})`
      : `${l.feature} alone predicts the label: ${l.details.measure === 'auc' ? 'AUC' : l.details.measure === 'lambda' ? 'λ' : '|corr|'} ${l.cur.toFixed(4)}${l.base !== null ? ` (baseline ${l.base.toFixed(4)})` : ''}`;
  return {
    category: 'leakage',
    area: 'evaluation',
    strength: clampStrength(l.strength),
    significant: l.significant,
    title,
    ...(l.feature ? { feature: l.feature } : {}),
    source: l.source,
    evidence: [{ text: l.message, value: r6(l.cur) ?? 0 }],
    details: roundDetails({ kind: l.kind, ...l.details, n: l.n, p_value: l.pValue }),
  };
}

/**
 * One preprocessing signal per feature: the strongest finding (row evidence beats quantiles),
 * with the other comparisons that saw the same feature skewed listed in its details.
 */
function skewSignals(a: DataAnalysis): Signal[] {
  const byFeature = new Map<string, SkewFinding[]>();
  for (const p of a.preprocessing) {
    const g = byFeature.get(p.feature) ?? [];
    g.push(p);
    byFeature.set(p.feature, g);
  }
  const out: Signal[] = [];
  for (const g of byFeature.values()) {
    const sorted = g.slice().sort((x, y) => y.strength - x.strength || (x.comparison < y.comparison ? -1 : 1));
    const sig = skewSignal(sorted[0]!, a);
    const also = sorted.slice(1);
    out.push(
      also.length === 0
        ? sig
        : {
            ...sig,
            evidence: [...sig.evidence, ...also.map((p) => ({ text: p.message, ...(p.ratio !== null ? { value: r6(p.ratio) ?? 0 } : {}) }))],
            details: { ...sig.details, also_seen: also.map((p) => `${p.comparison}:${p.kind}${p.ratio !== null ? `:${num(p.ratio)}` : ''}`).join(', ') },
          },
    );
  }
  return out;
}

/** All signals of a DataAnalysis, most severe first within each category. */
export function dataSignals(a: DataAnalysis): Signal[] {
  const out: Signal[] = [];
  out.push(...skewSignals(a));
  out.push(...driftSignals(a));
  out.push(...a.labelShift.filter((s) => s.flagged).map((s) => shiftSignal(s, 'label_shift')));
  out.push(
    ...a.predictionShift
      .filter((s) => s.flagged || s.strength >= PREDICTION_INFO_FLOOR)
      .map((s) => shiftSignal(s, 'prediction_shift')),
  );
  out.push(...a.quality.map(qualitySignal));
  if (a.labelNoise) out.push(...noiseSignals(a.labelNoise));
  out.push(...a.leakage.map(leakageSignal));
  return out;
}
