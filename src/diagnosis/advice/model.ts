/**
 * Advice for what the model's outputs show when no other finding explains it: a headline or a
 * segment regression with no cause found, scores or decisions that moved, calibration that broke
 * while the ranking held, and infrastructure problems. When a cause explains one of these, the
 * symptom's text comes from symptoms.ts instead and the advice is the cause's.
 */
import type { Signal } from '../../analysis/signals.js';
import { type Advice, type AdviceContext, bool, changeText, count, list, metricName, n3, num, pct, seg, str } from './facts.js';
import { changedKeys } from './origin.js';

/** Score PSI below which the score distribution is read as back to the baseline's (the usual 0.1 PSI line). */
const SCORE_PSI_STABLE = 0.1;
/** ECE tolerance suggested for a gate: one point of calibration error, a change a person can see on a reliability diagram. */
const ECE_GATE_TOLERANCE = 0.01;
/** At most this many changed parameters are listed in a bisection plan. */
const MAX_PLAN = 3;
const CALIBRATION_KEY = /calibrat|temperature|platt|isotonic/i;

export function metricRegression(s: Signal, ctx: AdviceContext): Advice {
  const m = metricName(s.metric) ?? 'The headline metric';
  const base = num(s, 'baseline');
  const changes = ctx.paramChanges;
  return {
    rootCause: `${m} got worse beyond noise (${s.title}), and no data, training or calibration check accounts for it${changes.length > 0 ? `; the PR changed ${changes.length} parameter${changes.length > 1 ? 's' : ''}` : '; the PR changed no logged parameter, so the cause is in code or data the artifacts do not describe'}.`,
    fix: changes.length > 0
      ? `Revert the changed parameters one at a time, starting with ${list(changes.slice(0, MAX_PLAN).map(changeText))}, and re-run the eval after each.`
      : 'Bisect the PR\'s commits (revert half, re-run the eval) to find the change; log the features of the eval rows so ml-doctor can compare them next time.',
    verification: `${m} back near ${base !== null ? `the baseline's ${n3(base)}` : 'the baseline'}, the CI of its change covering 0`,
    prevention: `Write the inputs the model was scored on (features, ids) into the eval table, so the next regression of ${m} is traced to its rows.`,
  };
}

export function segmentRegression(s: Signal): Advice {
  const where = seg(s) ?? 'one slice';
  const m = metricName(s.metric) ?? 'the metric';
  const share = num(s, 'shareOfDrop');
  const n = num(s, 'n');
  const base = num(s, 'baseline');
  return {
    rootCause: `The slice ${where} carries ${share !== null ? pct(Math.min(1, share)) : 'most'} of the drop${n !== null ? ` in ${count(n)} rows` : ''}, and no data or training check explains it there.`,
    fix: `Compare the eval rows of ${where} between the two runs (features, labels, predictions), and check whether ${s.segment ? `\`${s.segment.column}\`` : 'the slice'} is still represented in training as before.`,
    verification: `${m} for ${where} near ${base !== null ? `the baseline's ${n3(base)}` : 'the baseline'}`,
    prevention: `Keep ${s.segment ? `\`${s.segment.column}\`` : 'this column'} in the eval table so every PR reports the slice.`,
  };
}

export function predictionShift(s: Signal): Advice {
  if (str(s, 'kind') === 'decision_rule') {
    const lo = num(s, 'threshold_base_high');
    const hi = num(s, 'threshold_cur_high');
    return {
      rootCause: `The model's scores did not change, its decisions did: ${count(num(s, 'flips') ?? 0)} predictions flipped on rows with the same score${lo !== null && hi !== null ? ` (implied threshold ${n3(lo)} → ${n3(hi)})` : ''}. A hard-coded threshold or a post-processing step changed, outside the parameters.`,
      fix: str(s, 'fix') ?? 'Find the code that turns scores into classes and restore the baseline rule.',
      verification: 'No prediction flips on id-matched rows whose score is unchanged',
      prevention: 'Keep the decision threshold in params.yaml (reviewed in the diff) and assert in the eval that predictions equal `score >= threshold`.',
    };
  }
  const psi = num(s, 'psi');
  const what = str(s, 'what') ?? 'score';
  return {
    rootCause: `The model's ${what.replace(/_/g, ' ')}s moved${psi !== null ? ` (PSI ${n3(psi)})` : ''} and no input, training or calibration check explains why: the change is in the model or its post-processing.`,
    fix: 'Diff the model artifact and the scoring code between the runs (weights, feature order, post-processing); score a few fixed rows with both models to see where the outputs part.',
    verification: `The ${what.replace(/_/g, ' ')} distribution's PSI against the baseline below ${SCORE_PSI_STABLE}`,
    prevention: 'Score a fixed set of golden rows in CI and assert the outputs match the released model\'s within a tolerance.',
  };
}

export function calibration(s: Signal, ctx: AdviceContext): Advice {
  const eb = num(s, 'eceBase');
  const ec = num(s, 'eceCurrent');
  const bb = num(s, 'brierBase');
  const kept = bool(s, 'discriminationKept');
  const param = changedKeys(ctx.paramChanges, CALIBRATION_KEY);
  const ece = eb !== null && ec !== null ? `ECE ${n3(eb)} → ${n3(ec)}` : s.title;
  if (kept !== false) {
    return {
      rootCause: `The probabilities are off while the ranking held (${ece}${kept ? ', AUC unchanged' : ''})${param ? `, and the PR changed ${param}` : ''}: the signature of a calibration step that was dropped or fitted on other data.`,
      fix: param
        ? `Restore the calibration step (${param}), fitted on the validation split, before the scores are written (sketch: \`CalibratedClassifierCV(model, method="sigmoid", cv="prefit").fit(X_val, y_val)\`).`
        : 'Check that the calibration step still runs and which split it is fitted on; re-fit it on the current validation split if the model changed under it (sketch: `CalibratedClassifierCV(model, method="sigmoid", cv="prefit").fit(X_val, y_val)`).',
      verification: `ECE back near ${eb !== null ? n3(eb) : 'the baseline'}${bb !== null ? ` and Brier near ${n3(bb)}` : ''}, AUC unchanged`,
      prevention: `Gate on calibration (\`metrics: { ece: { direction: lower, tolerance: ${ECE_GATE_TOLERANCE} } }\` in \`.github/ml-doctor.yml\`) and unit-test that the inference path applies the calibrator.`,
    };
  }
  return {
    rootCause: `The probabilities are off and the ranking changed with them (${ece}): the model itself changed, not only its calibration${param ? `; the PR changed ${param}` : ''}.`,
    fix: 'Find what changed the model first (the training and data findings, the PR\'s changes); re-fitting a calibrator on top would hide a ranking change.',
    verification: `ECE back near ${eb !== null ? n3(eb) : 'the baseline'} with AUC back within its CI`,
    prevention: `Gate on calibration (\`metrics: { ece: { direction: lower, tolerance: ${ECE_GATE_TOLERANCE} } }\` in \`.github/ml-doctor.yml\`) next to AUC.`,
  };
}

export function infrastructure(s: Signal): Advice {
  // A metrics file that disagrees with the eval rows (details.rows: the value from the rows).
  const disagreement = num(s, 'rows') !== null;
  return {
    rootCause: /[.!?]$/.test(s.title) ? s.title : `${s.title}.`,
    fix: str(s, 'fix') ?? 'Make the CI job write the missing artifact, or point the config at it.',
    verification: disagreement ? 'the metrics file and the eval rows agree' : 'the report lists the artifact as loaded',
    prevention: disagreement
      ? 'Compute metrics.json from the eval table in the step that writes the table (one function for both), so the two cannot part.'
      : 'Upload the artifacts directory on every run of the default branch so a baseline always exists.',
  };
}
