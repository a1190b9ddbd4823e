/**
 * Training-process diagnosis of one current log against its baseline log: summarises both,
 * runs the instability, overfitting, underfitting and learning-rate checks, then applies the
 * shared factors (no baseline, cause-over-symptom) and attaches the changed parameters that
 * can explain each finding. Pure and deterministic: same input, same output.
 */
import type { Evidence } from '../signals.js';
import type { CheckContext, Draft } from './draft.js';
import { assessInstability } from './instability.js';
import { assessLearningRate } from './learning-rate.js';
import { assessOverfitting } from './overfitting.js';
import {
  classifyParams,
  CONTEXT_ROLES,
  describeChange,
  learningRateChange,
  supportsInstability,
  supportsOverfitting,
  supportsUnderfitting,
  type ParamContext,
} from './params.js';
import { clamp01, NO_BASELINE_FACTOR, round6, rowReliability, SYMPTOM_FACTOR } from './strength.js';
import { summarizeLog } from './summary.js';
import type { Assessment, TrainingAnalysis, TrainingCategory, TrainingInput } from './types.js';
import { assessUnderfitting } from './underfitting.js';

export function analyzeTraining(input: TrainingInput): TrainingAnalysis {
  const cur = summarizeLog(input.cur);
  const base = input.base ? summarizeLog(input.base) : null;
  const params = classifyParams(input.paramChanges);
  const lrChange = learningRateChange(params);
  const lrColumnRatio = cur.lr && base?.lr && base.lr.median > 0 && cur.lr.median > 0 ? cur.lr.median / base.lr.median : null;
  const ctx: CheckContext = {
    cur,
    curLog: input.cur,
    base,
    baseLog: input.base,
    reliability: rowReliability(Math.min(cur.rows, base?.rows ?? Infinity)),
    curReliability: rowReliability(cur.rows),
    levelReliability: rowReliability(Math.max(cur.rows, base?.rows ?? 0)),
  };

  const inst = assessInstability(ctx);
  const over = assessOverfitting(ctx, inst);
  const under = assessUnderfitting(ctx, inst);
  const lr = assessLearningRate(ctx, inst, lrChange, lrColumnRatio);

  // Cause over symptom: a learning-rate change that explains the instability (or the slow
  // convergence) ranks first; the symptom keeps its evidence at SYMPTOM_FACTOR strength.
  const lrExplains = lr.detected && lr.fromChange;
  const instExplained = lrExplains && lr.direction === 'too_high';
  // Validation loss climbing while the training loss falls, right after the steps got larger, is
  // the too-large step overshooting into sharp minima as much as it is overfitting.
  const overExplained = lrExplains && lr.direction === 'too_high';
  const underExplained = lrExplains && lr.direction === 'too_low';

  const baseFactor = base ? 1 : NO_BASELINE_FACTOR;
  const related = (cat: TrainingCategory) => params.filter((p) => CONTEXT_ROLES[cat].includes(p.role));
  // The lr key is a cause only when it moved the way the finding says (up for too high, down for too low).
  const lrRaised = lrChange?.direction === 'up' || lrChange?.direction === 'added';
  const lrCausal =
    lrChange && lr.detected && ((lr.direction === 'too_high' && lrRaised) || (lr.direction === 'too_low' && lrChange.direction === 'down')) ? [lrChange] : [];

  return {
    source: cur.path,
    hasBaseline: base !== null,
    base,
    cur,
    lrChange,
    lrColumnRatio: round6(lrColumnRatio),
    params,
    overfitting: finalize(
      'overfitting',
      over,
      baseFactor,
      overExplained ? 'learning_rate' : null,
      related('overfitting'),
      related('overfitting').filter(supportsOverfitting),
    ),
    underfitting: finalize(
      'underfitting',
      under,
      baseFactor,
      underExplained ? 'learning_rate' : null,
      related('underfitting'),
      related('underfitting').filter(supportsUnderfitting),
    ),
    instability: finalize(
      'training_instability',
      inst,
      baseFactor,
      instExplained ? 'learning_rate' : null,
      related('training_instability'),
      related('training_instability').filter(supportsInstability),
    ),
    learningRate: finalize('learning_rate', lr, baseFactor, null, related('learning_rate'), lrCausal),
  };
}

function finalize(
  category: TrainingCategory,
  d: Draft,
  baseFactor: number,
  explainedBy: TrainingCategory | null,
  relatedParams: readonly ParamContext[],
  causalParams: readonly ParamContext[],
): Assessment {
  const factor = baseFactor * (explainedBy ? SYMPTOM_FACTOR : 1);
  const strength = d.detected ? round6(clamp01(d.raw * factor))! : 0;
  const causal = d.detected ? causalParams : [];
  const evidence: Evidence[] = [...d.evidence];
  if (d.detected) {
    // The lr change is already the first evidence line of a learning_rate finding.
    for (const p of relatedParams) {
      if (category === 'learning_rate' && p.role === 'learning_rate') continue;
      evidence.push({ text: `changed parameter: ${describeChange(p)}`, value: p.ratio !== null ? round6(p.ratio)! : undefined });
    }
  }
  return {
    category,
    detected: d.detected,
    strength,
    rawStrength: round6(d.raw)!,
    significant: d.detected && d.significant,
    title: d.title,
    metric: d.metric,
    evidence,
    details: {
      ...d.details,
      baseline_log: baseFactor === 1,
      explained_by: explainedBy,
      related_params: relatedParams.length ? relatedParams.map(describeChange).join('; ') : null,
      causal_params: causal.length ? causal.map((p) => p.key).join(',') : null,
    },
    relatedParams,
    causalParams: causal,
  };
}
