/**
 * Advice for causes in training (overfitting, underfitting, instability, the learning rate, a
 * changed parameter): the curve's own numbers and the PR's training changes; the fix reverts
 * what the PR changed when it changed something, and names the standard remedy (a sketch in
 * PyTorch/Keras terms) when it did not.
 */
import type { Signal } from '../../analysis/signals.js';
import { type Advice, type AdviceContext, n3, num, pct, str } from './facts.js';
import { changedKeys, revertTo } from './origin.js';

const REGULARISATION_KEY = /(weight_decay|dropout|early_stopping|epochs|patience|restore_best|l2|regulari)/i;
const CAPACITY_KEY = /(epochs|max_iter|n_estimators|steps|hidden|layers|depth)/i;
const LR_KEY = /(^|\.)(lr|learning_rate|eta|step_size)$/i;

export function overfitting(s: Signal, ctx: AdviceContext): Advice {
  const changed = changedKeys(ctx.paramChanges, REGULARISATION_KEY);
  const revert = revertTo(ctx.paramChanges, REGULARISATION_KEY);
  const bestX = num(s, 'best_val_x');
  const best = num(s, 'best_val_loss');
  const rise = num(s, 'rise_after_best');
  const baseRise = num(s, 'base_rise_after_best');
  return {
    rootCause: `The model overfits: ${s.title}${changed ? `, after the PR changed ${changed}` : ''}.`,
    fix: revert
      ? `Revert ${revert}, or keep the checkpoint of the best validation epoch${bestX !== null ? ` (${n3(bestX)}${best !== null ? `, val loss ${n3(best)}` : ''})` : ''}.`
      : `Add back regularisation or early stopping on the validation loss (sketch: \`EarlyStopping(monitor="val_loss", patience=5, restore_best_weights=True)\`), or keep the checkpoint of the best validation epoch${bestX !== null ? ` (${n3(bestX)})` : ''}.`,
    verification: `Validation loss rises at most ${baseRise !== null ? pct(Math.max(baseRise, 0)) : 'as much as in the baseline'} after its minimum${rise !== null ? ` (now ${pct(rise)})` : ''}`,
    prevention: `Keep early stopping with restore-best in the training config${changed ? ', and review changes to those keys with a validation curve attached to the PR' : ''}.`,
  };
}

export function underfitting(s: Signal, ctx: AdviceContext): Advice {
  const changed = changedKeys(ctx.paramChanges, CAPACITY_KEY);
  const revert = revertTo(ctx.paramChanges, CAPACITY_KEY);
  return {
    rootCause: `The model underfits: ${s.title}${changed ? `, after the PR changed ${changed}` : ''}.`,
    fix: revert ? `Revert ${revert}; then check that the loss curve is flat at the end.` : 'Train longer or restore capacity (epochs, iterations, model size) until the loss curve is flat at the end; check that the learning rate is not too low.',
    verification: 'Final training and validation losses at or below the baseline\'s, with a flat end of the curve',
    prevention: 'Log both losses every epoch and let ml-doctor compare the end of the curve with the baseline\'s.',
  };
}

export function trainingInstability(s: Signal, ctx: AdviceContext): Advice {
  const lr = changedKeys(ctx.paramChanges, LR_KEY);
  const revert = revertTo(ctx.paramChanges, LR_KEY);
  const component = str(s, 'main_component');
  const gradMax = num(s, 'grad_norm_max');
  const baseGradMax = num(s, 'base_grad_norm_max');
  return {
    rootCause: `Training is unstable: ${s.title}${lr ? `, after the PR changed ${lr}` : ''}.`,
    fix: revert
      ? `Revert ${revert}; if the higher rate is wanted, add warm-up and gradient clipping (sketch: \`torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)\`).`
      : `${component === 'non_finite' ? 'Check the inputs and the loss for NaN/inf first, then lower' : 'Lower'} the learning rate or add warm-up, and clip gradients (sketch: \`torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)\`).`,
    verification: `No non-finite or spiking loss${gradMax !== null && baseGradMax !== null ? `, and the gradient norm's maximum back near ${n3(baseGradMax)} (now ${n3(gradMax)})` : ''}`,
    prevention: 'Fail the training job on a non-finite loss, and log the gradient norm every step so the next PR is compared on it.',
  };
}

export function learningRate(s: Signal, ctx: AdviceContext): Advice {
  const key = str(s, 'key');
  const base = s.details['baseline'];
  const cur = s.details['current'];
  const direction = str(s, 'direction');
  const lrNow = num(s, 'lr_median');
  const changed = key !== null ? `\`${key}\` ${String(base)} → ${String(cur)}` : changedKeys(ctx.paramChanges, LR_KEY);
  return {
    rootCause: `The learning rate is ${direction === 'too_low' ? 'too low' : 'too high'} for this run: ${s.title.replace(/^learning rate (likely )?too (high|low):\s*/i, '')}${changed && !s.title.includes(key ?? '\u0000') ? ` (${changed})` : ''}.`,
    fix: key !== null
      ? `Revert \`${key}\` to ${String(base)}, or run a short LR range test and take the largest rate whose loss still falls smoothly.`
      : `${direction === 'too_low' ? 'Raise' : 'Lower'} the learning rate${lrNow !== null ? ` (now ${n3(lrNow)})` : ''} by 2–3× and compare the first epochs, or add warm-up and a decay schedule.`,
    verification: `The loss falls smoothly over the first epochs and ends at the baseline's level`,
    prevention: `Run a short LR sweep in CI before changing ${key !== null ? `\`${key}\`` : 'the learning rate'}, and attach its curve to the PR.`,
  };
}

export function configChange(s: Signal, ctx: AdviceContext): Advice {
  if (str(s, 'kind') === 'decision_rule') {
    const key = str(s, 'key') ?? 'the threshold';
    return {
      rootCause: `${s.title}: the model's scores are the same, the rule that turns them into classes moved.`,
      fix: `Revert \`${key}\` to ${String(s.details['baseline'])}, or re-pick the threshold on the validation split for the metric the product needs.`,
      verification: `no prediction flips on id-matched rows whose score is unchanged`,
      prevention: `Choose \`${key}\` with a documented rule (a precision or recall target on validation), and assert in the eval that predictions equal \`score >= threshold\`.`,
    };
  }
  const key = str(s, 'key');
  const keys = str(s, 'keys');
  const changes = str(s, 'changes');
  const tied = str(s, 'tied_to');
  const all = keys ? keys.split(',').filter((k) => k !== '') : key ? [key] : [];
  const revert = all.length > 0 ? revertTo(ctx.paramChanges.filter((p) => all.includes(p.key)), /./) : null;
  const many = all.length > 1;
  return {
    rootCause: `The PR changed ${changes ?? (key ? `\`${key}\`` : 'a parameter')}${tied ? `, and the ${tied.replace(/_/g, ' ')} finding ties ${many ? 'these changes' : 'it'} to the regression` : ''}.`,
    fix: revert ? `Revert ${revert}, or justify the new ${many ? 'values' : 'value'} with a sweep.` : 'Revert the changed parameters, or justify the new values with a sweep.',
    verification: `with ${many ? 'these keys' : key !== null ? `\`${key}\`` : 'the change'} reverted, the ${tied ? tied.replace(/_/g, ' ') : 'linked'} evidence is gone`,
    prevention: `${many ? 'These keys change' : 'This key changes'} how the model trains: ask for a sweep or a validation curve in the PR that changes ${many ? 'them' : 'it'}.`,
  };
}
