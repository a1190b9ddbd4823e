/**
 * What each kind of finding means for the engineer: root cause, a concrete fix, how to verify it
 * and a check that prevents it. Texts are built from the signal's own names and numbers so every
 * sentence points at a column, key or file of this run.
 */
import type { Category, Signal } from '../analysis/signals.js';
import type { ParamChange } from '../analysis/compare/params-diff.js';

export interface Advice {
  readonly rootCause: string;
  readonly fix: string;
  readonly verification: string;
  readonly prevention: string;
}

export interface AdviceContext {
  readonly paramChanges: readonly ParamChange[];
  /** Headline metric that regressed most, e.g. `accuracy` — used to say what to expect after the fix. */
  readonly headlineMetric: string | null;
}

const d = (s: Signal, k: string): string | number | boolean | null | undefined => s.details[k];
const num = (v: unknown, digits = 4): string => (typeof v === 'number' ? String(Number(v.toPrecision(digits))) : String(v));
const seg = (s: Signal): string => (s.segment ? `${s.segment.column}=${s.segment.value}` : '');
const where = (s: Signal): string => (s.segment ? ` within ${seg(s)}` : '');

function paramKeyText(ctx: AdviceContext, pattern: RegExp): string | null {
  const hits = ctx.paramChanges.filter((p) => pattern.test(p.key));
  if (hits.length === 0) return null;
  return hits.map((p) => `\`${p.key}\` ${String(p.baseline)} → ${String(p.current)}`).join(', ');
}

function revertText(ctx: AdviceContext, pattern: RegExp): string | null {
  const hits = ctx.paramChanges.filter((p) => pattern.test(p.key));
  if (hits.length === 0) return null;
  return hits.map((p) => `\`${p.key}: ${String(p.baseline)}\``).join(', ');
}

const gateSnippet = (metric: string | null) =>
  `add a gate to \`.github/ml-doctor.yml\`: \`gate: { fail-on: major }\`${metric ? ` and \`metrics: { ${metric}: { tolerance: 0.005 } }\`` : ''}`;

type Builder = (s: Signal, ctx: AdviceContext) => Advice;

const PLAYBOOK: Record<Category, Builder> = {
  metric_regression: (s, ctx) => ({
    rootCause: `${s.metric ?? 'A headline metric'} got worse beyond noise; this is the symptom — the findings ranked above it name what changed upstream.`,
    fix: 'Fix the upstream cause named in the findings above; if none is named, bisect the PR (revert half the changed files/params) and re-run the eval.',
    verification: `Re-run the training/eval job on this branch and compare again: ${s.metric ?? 'the metric'} should be back near ${typeof d(s, 'baseline') === 'number' ? `the baseline's ${num(d(s, 'baseline'))}` : 'the baseline value'}, with the 95% CI of the delta including 0.`,
    prevention: gateSnippet(ctx.headlineMetric ?? s.metric ?? null),
  }),
  segment_regression: (s) => ({
    rootCause: `The regression is concentrated in ${seg(s) || 'one slice of the data'}; rows there changed or the model now handles them worse.`,
    fix: `Inspect the eval rows with ${seg(s) || 'this slice'} (compare their features with the baseline's) and fix the upstream change named above; if the slice is under-represented in training, re-weight or add data for it.`,
    verification: `Re-run the eval: ${s.metric ?? 'the metric'} for ${seg(s) || 'the slice'} should be back near ${typeof d(s, 'baseline') === 'number' ? `the baseline's ${num(d(s, 'baseline'))}` : 'the baseline value'} (n=${String(d(s, 'n') ?? '?')}), with the CI of the change including 0.`,
    prevention: `Name \`${s.segment?.column ?? 'the column'}\` under \`eval[].segments\` in \`.github/ml-doctor.yml\` so every PR reports it, and keep \`gate: { fail-on: major }\`.`,
  }),
  feature_drift: (s) => ({
    rootCause: `The distribution of \`${s.feature ?? 'a feature'}\` moved${where(s)} (${
      typeof d(s, 'segment_psi') === 'number'
        ? `PSI ${num(d(s, 'segment_psi'), 3)} inside, ${num(d(s, 'outside_psi'), 3)} outside`
        : d(s, 'psi') !== undefined
          ? `PSI ${num(d(s, 'psi'), 3)}`
          : 'see evidence'
    }): ${d(s, 'comparison') === 'reference' ? 'the training sample is not the one the baseline model was trained on' : 'the eval data is not what the model was trained and evaluated on before'}.`,
    fix: `Check where \`${s.feature ?? 'the feature'}\`${where(s)} comes from in this PR (data snapshot, query, join, sampling). If the new population is intended, retrain on data that includes it; if not, restore the previous data source.`,
    verification: `Re-run ml-doctor: PSI of \`${s.feature ?? 'the feature'}\`${where(s)} below 0.1 (or the segment's metric back within its CI after retraining).`,
    prevention: `Add a data-contract test on the eval snapshot: the PSI of \`${s.feature ?? 'the feature'}\` against the training sample must stay below 0.25, per \`${s.segment?.column ?? 'segment'}\`.`,
  }),
  label_shift: (s) => ({
    rootCause: `The label distribution of the eval set changed${where(s)}; metrics move with class priors even when the model is unchanged.`,
    fix: 'Confirm the eval split/labels are the intended ones; if the new prior is real, recalibrate the threshold / priors (or retrain) for it; report per-class recall alongside accuracy.',
    verification: 'Per-class recall should be unchanged if only the prior moved; re-run and compare the per-class numbers.',
    prevention: 'Pin the eval split (hash of ids) in CI and assert its label distribution in a data test.',
  }),
  prediction_shift: (s) =>
    d(s, 'kind') === 'decision_rule'
      ? {
          rootCause: `The model's scores did not change, its decisions did: the rule that turns scores into classes moved (implied threshold ${num(Number(d(s, 'threshold_base_high')), 3)} → ${num(Number(d(s, 'threshold_cur_high')), 3)}). A hard-coded threshold or a post-processing step in serving code changed, outside the parameters.`,
          fix: String(d(s, 'fix')),
          verification: 'Re-run the eval: on the id-matched rows, no prediction flips while the scores stay the same, and the threshold metrics (accuracy, precision, recall, F1) return to the baseline within their CIs.',
          prevention: 'Keep the decision threshold in params.yaml (reviewed in the PR diff) and assert in the eval that predictions equal `score >= threshold`.',
        }
      : {
    rootCause: `The model's predictions/scores moved${where(s)}; on its own this is a symptom of a change in inputs, weights or post-processing.`,
    fix: 'Look at the upstream findings (data, preprocessing, training, calibration) for why the scores moved.',
    verification: 'After the fix, the score distribution PSI against the baseline is below 0.1.',
    prevention: 'Track the score distribution in the eval artifacts and gate on prediction shift with ml-doctor.',
        },
  data_quality: (s) =>
    d(s, 'kind') === 'sentinel'
      ? {
          rootCause: `Unknown values of \`${s.feature ?? 'the column'}\` are now written as the number ${String(d(s, 'sentinel'))}: ${s.title}. The model reads the sentinel as a real, extreme value it never saw in training.`,
          fix: `Map ${String(d(s, 'sentinel'))} in \`${s.feature ?? 'the column'}\` back to missing where the data is read (or restore the upstream export that wrote nulls), so the model's missing-value handling applies.`,
          verification: `Re-run: no ${String(d(s, 'sentinel'))} left in \`${s.feature ?? 'the column'}\`, and the headline metric within its CI.`,
          prevention: `Add a data-contract assertion before scoring, e.g. \`assert not (df["${s.feature ?? 'col'}"] == ${String(d(s, 'sentinel'))}).any()\`, and a range check against the training data.`,
        }
      : {
    rootCause: `Data quality of \`${s.feature ?? 'the eval data'}\` broke: ${s.title}. The model is scored on values it never saw in training (e.g. imputed or missing).`,
    fix: `Fix the join/source that fills \`${s.feature ?? 'the column'}\` (restore the previous source or backfill it); make the pipeline fail instead of silently imputing when the missing rate jumps.`,
    verification: `Re-run: the missing / invalid rate of \`${s.feature ?? 'the column'}\` back to the baseline's, and the headline metric within its CI.`,
    prevention: `Add a data-contract assertion in the pipeline, e.g. \`assert df["${s.feature ?? 'col'}"].isna().mean() <= ${num(Math.max(0.01, Number(d(s, 'missing_base') ?? 0) + 0.01), 2)}\`, before scoring.`,
        },
  label_noise: (s) => ({
    rootCause: `Eval labels${where(s)} look wrong: the model is confidently right about rows whose label says otherwise (confident-learning check). The model did not get worse there; the labels did.`,
    fix: `Audit the label source/join for ${seg(s) || 'the affected rows'} (e.g. a join on the wrong key); restore the previous labels, or relabel the suspected rows (those the model confidently contradicts, and rows whose label changed while the prediction did not).`,
    verification: 'Re-run the eval with corrected labels: the suspected-label-error rate returns to the baseline rate and the segment metric recovers.',
    prevention: 'Add a test that the eval labels of rows present in both versions of the label table are identical, or gate on the label-noise rate per segment.',
  }),
  leakage: (s) => ({
    rootCause: `Eval rows are visible to training (${s.title}); the metric "improvement" measures memorisation, not generalisation, and cannot be trusted.`,
    fix: `Remove the eval rows from the training data (${s.details['param'] ? `\`${String(d(s, 'param'))}\`` : 'the training tables / split code'}); split by id before any concatenation.`,
    verification: 'Re-run: no eval id or row hash in the training sample, and metrics back near the baseline.',
    prevention: 'Add a CI assertion that training ids and eval ids are disjoint (`set(train.id) & set(eval.id) == set()`); ml-doctor reports this as leakage on every PR.',
  }),
  overfitting: (_s, ctx) => ({
    rootCause: `The model overfits: validation loss bottoms out early and rises while training loss keeps falling${paramKeyText(ctx, /(weight_decay|dropout|early_stopping|epochs|patience|restore_best|l2|regulari)/i) ? ` after ${paramKeyText(ctx, /(weight_decay|dropout|early_stopping|epochs|patience|restore_best|l2|regulari)/i)}` : ''}.`,
    fix: `Restore regularisation / early stopping — ${revertText(ctx, /(weight_decay|dropout|early_stopping|epochs|patience|restore_best|l2|regulari)/i) ? `revert to ${revertText(ctx, /(weight_decay|dropout|early_stopping|epochs|patience|restore_best|l2|regulari)/i)}` : 'weight decay, dropout, early stopping on validation loss'} — or keep the checkpoint of the best validation epoch.`,
    verification: `Re-run training: the validation loss should not rise more than a few % after its minimum, and the eval ${ctx.headlineMetric ?? 'loss'} returns within the baseline's CI.`,
    prevention: 'Keep early stopping with restore-best in the training config and let ml-doctor gate on the validation-loss gap (overfitting is a major finding).',
  }),
  underfitting: (_s, ctx) => ({
    rootCause: `The model underfits: both losses are higher than the baseline's and still falling at the end${paramKeyText(ctx, /(epochs|max_iter|n_estimators|steps|hidden|layers|depth)/i) ? ` (${paramKeyText(ctx, /(epochs|max_iter|n_estimators|steps|hidden|layers|depth)/i)})` : ''}.`,
    fix: 'Train longer or restore capacity (epochs, iterations, model size) to the baseline values; check the learning rate is not too low.',
    verification: 'Re-run training: final training and validation loss at or below the baseline values, loss curve flat at the end.',
    prevention: 'Log and gate on the slope of the loss over the last epochs; a still-falling loss at the end is flagged.',
  }),
  training_instability: (s, ctx) => ({
    rootCause: `Training is unstable: ${s.title}${paramKeyText(ctx, /(^|\.)(lr|learning_rate|eta|step_size)$/i) ? `, after ${paramKeyText(ctx, /(^|\.)(lr|learning_rate|eta|step_size)$/i)}` : ''}.`,
    fix: 'Lower the learning rate (or add warm-up), add gradient clipping (e.g. `clip_grad_norm_(params, 1.0)`), and check the inputs for NaN/inf.',
    verification: 'Re-run training: no NaN/inf losses, no spike above 3× the rolling median, gradient norm within the baseline range.',
    prevention: 'Fail the training job on non-finite loss and log the gradient norm every epoch so ml-doctor can compare it.',
  }),
  learning_rate: (s, ctx) => ({
    rootCause: `The learning rate is wrong for this run: ${s.title}${paramKeyText(ctx, /(^|\.)(lr|learning_rate|eta|step_size)$/i) ? ` (${paramKeyText(ctx, /(^|\.)(lr|learning_rate|eta|step_size)$/i)})` : ''}.`,
    fix: `Revert ${s.details['key'] ? `\`${String(d(s, 'key'))}\` to ${String(d(s, 'baseline'))}` : 'the learning rate to the baseline value'}, or run a short LR range test and pick the largest LR whose loss still falls smoothly.`,
    verification: 'Re-run training: validation loss decreases monotonically over the first epochs and the final loss matches the baseline.',
    prevention: 'Treat the learning-rate key as a reviewed parameter: ml-doctor annotates it on the PR; add an LR sweep job before changing it.',
  }),
  calibration: (s, ctx) => ({
    rootCause: `Predicted probabilities are less trustworthy: ${s.title}${paramKeyText(ctx, /calibrat|temperature/i) ? ` (${paramKeyText(ctx, /calibrat|temperature/i)})` : ''}. Ranking metrics may be unchanged while probabilities are over/under-confident.`,
    fix: `Restore the calibration step${paramKeyText(ctx, /calibrat|temperature/i) ? ` (${paramKeyText(ctx, /calibrat|temperature/i)})` : ''} — temperature/Platt scaling fitted on the validation split — before writing scores.`,
    verification: `Re-run the eval: ECE back near the baseline's ${typeof d(s, 'eceBase') === 'number' ? num(d(s, 'eceBase'), 3) : 'value'} and Brier near ${typeof d(s, 'brierBase') === 'number' ? num(d(s, 'brierBase'), 3) : 'its baseline'}, with the CIs of the changes including 0; AUC should not move.`,
    prevention: 'Add `metrics: { ece: { direction: lower, tolerance: 0.01 } }` to `.github/ml-doctor.yml` and a unit test that the inference path applies calibration.',
  }),
  bias: (s) => ({
    rootCause: `The metric gap between groups of the protected attribute \`${s.segment?.column ?? 'attribute'}\` grew (${s.title}); the model now serves one group worse${s.details['ref_share_base'] !== undefined ? ` — the training data's share of the group changed from ${num(d(s, 'ref_share_base'), 3)} to ${num(d(s, 'ref_share_cur'), 3)}` : ''}.`,
    fix: `Restore the group's representation in the training data (check the training query/join for dropped rows of ${seg(s) || 'that group'}), or re-weight by group; compare group sizes in the training sample before and after the PR.`,
    verification: `Re-run: the gap between groups of \`${s.segment?.column ?? 'attribute'}\` back within the baseline's CI, and each group's metric within its CI.`,
    prevention: `List \`${s.segment?.column ?? 'the attribute'}\` under \`eval[].protected\` in \`.github/ml-doctor.yml\` and assert group counts of the training sample in a data test.`,
  }),
  config_change: (s) => ({
    rootCause: `Parameter \`${String(d(s, 'key') ?? '?')}\` changed from ${String(d(s, 'baseline'))} to ${String(d(s, 'current'))}, and the evidence ties it to the regression.`,
    fix: `Revert \`${String(d(s, 'key') ?? 'the key')}\` to ${String(d(s, 'baseline'))}, or justify the new value with a sweep.`,
    verification: 'Re-run with the reverted value: the regression disappears.',
    prevention: 'Require a sweep/benchmark for changes to this key; ml-doctor annotates changed keys on the PR.',
  }),
  preprocessing: (s) => ({
    rootCause: `Train/serve skew: \`${s.feature ?? 'a feature'}\` is transformed differently at eval time than in training (${s.title}) — e.g. a unit or scale change in the feature source.`,
    fix: `Apply the same transform to \`${s.feature ?? 'the feature'}\` on both paths${typeof d(s, 'ratio') === 'number' ? ` (values are ×${num(d(s, 'ratio'), 4)}: convert back, e.g. divide by ${num(d(s, 'ratio'), 4)}, or retrain on the new unit)` : ''}; share one preprocessing function between training and serving.`,
    verification: `Re-run: the median of \`${s.feature ?? 'the feature'}\` in eval matches the training sample (ratio ≈ 1) and the headline metric is back within its CI.`,
    prevention: `Add a unit test of the preprocessing that feeds a known row through the serving path and asserts \`${s.feature ?? 'feature'}\` equals the training value; add a range assertion on \`${s.feature ?? 'feature'}\`.`,
  }),
  infrastructure: (s) => ({
    rootCause: s.title,
    fix: String(d(s, 'fix') ?? 'Make the CI job write the missing artifact, or point the config at it.'),
    verification: 'Re-run the workflow: the report lists the artifact as loaded.',
    prevention: 'Upload the artifacts directory on every run of the default branch so a baseline always exists.',
  }),
};

/** Causes in the data: a changed data-origin parameter (a snapshot, table, query, source, path, version) is their likely origin. */
const DATA_CAUSES = new Set<Category>(['feature_drift', 'preprocessing', 'data_quality', 'label_shift', 'label_noise', 'leakage', 'bias']);
/** Causes in training: the changed training parameters are theirs. */
const TRAINING_CAUSES = new Set<Category>(['learning_rate', 'training_instability', 'overfitting', 'underfitting']);
/** Keys that name where data comes from: a section (`data.`, `features.`, `serving.`) or a leaf (`…snapshot`, `…table`, `…query`). */
const DATA_ORIGIN_KEY = /(^|\.)(data|dataset|datasets|features|serving|feature_store|inputs?)\.|(snapshot|tables?|query|source|sources|path|paths|uri|url|version|split|keys?)$/i;
/** Keys that set the training process: a section (`optimizer.`, `training.`, `model.`) or a known hyperparameter leaf. */
const TRAINING_KEY = /(^|\.)(optimizer|optim|trainer|training|model|scheduler)\.|(^|\.)(lr|learning_rate|epochs?|batch_size|weight_decay|grad_clip|clip|patience|early_stopping\w*|hidden|dropout|momentum|warmup\w*|restore_best)$/i;
/** Keys that do not change data or training however they move (bookkeeping). */
const BOOKKEEPING_KEY = /(^|\.)(seed|num_workers|workers|log_every|logging\.\w+|name|tag|comment|description|run_id)$/i;

/** The PR's own parameter changes that point at a cause of this category, as text; null when none. */
export function originOf(category: Category, changes: readonly ParamChange[]): string | null {
  const pattern = DATA_CAUSES.has(category) ? DATA_ORIGIN_KEY : TRAINING_CAUSES.has(category) ? TRAINING_KEY : null;
  if (!pattern) return null;
  const hits = changes.filter((p) => pattern.test(p.key) && !BOOKKEEPING_KEY.test(p.key));
  if (hits.length === 0) return null;
  return hits
    .slice(0, 4)
    .map((p) => `\`${p.key}\` ${String(p.baseline)} → ${String(p.current)}`)
    .join(', ');
}

export function adviceFor(s: Signal, ctx: AdviceContext): Advice {
  const advice = PLAYBOOK[s.category](s, ctx);
  const origin = originOf(s.category, ctx.paramChanges);
  if (!origin) return advice;
  return {
    ...advice,
    rootCause: `${advice.rootCause} The PR's own change that points here: ${origin}.`,
    fix: `Start with what the PR changed — ${origin}. ${advice.fix}`,
  };
}
