/**
 * Which changed hyper-parameters can explain a training-process finding: recognises learning
 * rate, training length, regularisation, dropout, early stopping, batch size and gradient
 * clipping by the last segment of the dot path, and says in which direction each one moved.
 */
import type { Scalar } from '../../artifacts/types.js';

export interface ParamChangeInput {
  readonly key: string;
  readonly baseline: Scalar;
  readonly current: Scalar;
}

export type ParamRole =
  | 'learning_rate'
  | 'epochs'
  | 'regularization'
  | 'dropout'
  | 'early_stopping'
  | 'batch_size'
  | 'grad_clip'
  | 'capacity';

/**
 * up / down: both values numeric. removed: an active setting (non-zero number, true, a name)
 * became inactive (null, 0, false, "none", "off", ""); added: the reverse. changed: anything else.
 */
export type ParamDirection = 'up' | 'down' | 'removed' | 'added' | 'changed';

export interface ParamContext {
  readonly key: string;
  readonly role: ParamRole;
  readonly baseline: Scalar;
  readonly current: Scalar;
  /** current / baseline when both are positive numbers, else null. */
  readonly ratio: number | null;
  readonly direction: ParamDirection;
}

// Matched against the last dot segment (after any `file:` prefix the params diff adds).
const ROLE_PATTERNS: readonly (readonly [ParamRole, RegExp])[] = [
  ['learning_rate', /^(lr|learning_?rate|eta|step_?size)$/],
  [
    'epochs',
    /^((n|num|max)_?)?epochs?$|^(n_estimators|num_boost_round|num_rounds|n_iter|max_iter|max_steps|num_train_steps|train_steps|iterations|num_iterations)$/,
  ],
  // Minimum leaf sizes regularise trees the way a penalty does: larger means a simpler model.
  [
    'regularization',
    /^(weight_?decay|wd|l1|l2|l2_reg|l2_lambda|l2_regularization|reg_lambda|reg_alpha|lambda_l1|lambda_l2|lambda|alpha_l2|min_samples_leaf|min_samples_split|min_child_samples|min_child_weight|min_data_in_leaf)$/,
  ],
  // How much the model can represent: tree depth and leaves, layer count and width.
  ['capacity', /^(max_?depth|depth|num_leaves|max_leaf_nodes|n_layers|num_layers|hidden_size|hidden_dim|d_model|units|width)$/],
  ['dropout', /dropout|^drop_?rate$/],
  ['early_stopping', /^(early_?stop\w*|patience|restore_best\w*|n_iter_no_change|early_stopping_rounds)$/],
  ['batch_size', /^(batch_?size|train_batch_size|per_device_train_batch_size|batch)$/],
  ['grad_clip', /^(grad_?clip\w*|clip_grad\w*|max_grad_norm|clip_?norm|clip_?value|gradient_clip_val)$/],
];

export function paramRole(key: string): ParamRole | null {
  const path = key.includes(':') ? key.slice(key.lastIndexOf(':') + 1) : key;
  const last = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  for (const [role, re] of ROLE_PATTERNS) if (re.test(last)) return role;
  // `early_stopping: {patience: 5}` and similar: the section name carries the meaning.
  if (/(^|\.)early_?stop/i.test(path)) return 'early_stopping';
  return null;
}

/** Numbers and numeric strings ("1e-3" from a YAML 1.1 writer) as numbers; anything else null. */
export function toNumber(v: Scalar): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

function isActive(v: Scalar): boolean {
  if (v === null || v === false) return false;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (typeof v === 'string') return !/^(|none|null|off|false|no|0)$/i.test(v.trim());
  return true;
}

export function directionOf(baseline: Scalar, current: Scalar): ParamDirection {
  const b = toNumber(baseline);
  const c = toNumber(current);
  if (isActive(baseline) && !isActive(current)) return 'removed';
  if (!isActive(baseline) && isActive(current)) return 'added';
  if (b !== null && c !== null && b !== c) return c > b ? 'up' : 'down';
  return 'changed';
}

/** The changes whose key has a known role, in key order; unchanged entries are dropped. */
export function classifyParams(changes: readonly ParamChangeInput[]): ParamContext[] {
  const out: ParamContext[] = [];
  for (const ch of changes) {
    if (ch.baseline === ch.current) continue;
    const role = paramRole(ch.key);
    if (role === null) continue;
    const b = toNumber(ch.baseline);
    const c = toNumber(ch.current);
    out.push({
      key: ch.key,
      role,
      baseline: ch.baseline,
      current: ch.current,
      ratio: b !== null && c !== null && b > 0 && c > 0 ? c / b : null,
      direction: directionOf(ch.baseline, ch.current),
    });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The learning-rate change with the largest |log ratio| (a numeric one first), or null. */
export function learningRateChange(params: readonly ParamContext[]): ParamContext | null {
  let best: ParamContext | null = null;
  const weight = (p: ParamContext) => (p.ratio === null ? -1 : Math.abs(Math.log(p.ratio)));
  for (const p of params) if (p.role === 'learning_rate' && (best === null || weight(p) > weight(best))) best = p;
  return best;
}

/** A patience-like key (epochs without improvement before stopping): larger means a later stop. */
export function isPatience(key: string): boolean {
  return /patience|n_iter_no_change|rounds/i.test(key.slice(key.lastIndexOf('.') + 1));
}

/** A change that makes overfitting more likely: less regularisation, longer training, no early stop, more capacity. */
export function supportsOverfitting(p: ParamContext): boolean {
  switch (p.role) {
    case 'capacity':
      return p.direction === 'up';
    case 'regularization':
    case 'dropout':
      return p.direction === 'down' || p.direction === 'removed';
    case 'epochs':
      return p.direction === 'up';
    case 'early_stopping':
      // A longer patience stops later; removing early stopping (or restore-best) lets it run on.
      return p.direction === 'removed' || (isPatience(p.key) && p.direction === 'up');
    default:
      return false;
  }
}

/** A change that makes underfitting more likely: shorter training, more regularisation, earlier stop, less capacity. */
export function supportsUnderfitting(p: ParamContext): boolean {
  switch (p.role) {
    case 'capacity':
      return p.direction === 'down';
    case 'regularization':
    case 'dropout':
      return p.direction === 'up' || p.direction === 'added';
    case 'epochs':
      return p.direction === 'down';
    case 'early_stopping':
      return p.direction === 'added' || (isPatience(p.key) && p.direction === 'down');
    default:
      return false;
  }
}

/** A change that makes unstable optimisation more likely: larger steps, noisier batches, no clipping. */
export function supportsInstability(p: ParamContext): boolean {
  switch (p.role) {
    case 'learning_rate':
      return p.direction === 'up' || p.direction === 'added';
    case 'batch_size':
      return p.direction === 'down';
    case 'grad_clip':
      return p.direction === 'removed' || p.direction === 'up';
    default:
      return false;
  }
}

/** Roles worth naming as context next to each finding (whether or not they point the same way). */
export const CONTEXT_ROLES: Readonly<Record<'overfitting' | 'underfitting' | 'training_instability' | 'learning_rate', readonly ParamRole[]>> = {
  overfitting: ['regularization', 'dropout', 'epochs', 'early_stopping', 'batch_size', 'capacity'],
  underfitting: ['regularization', 'dropout', 'epochs', 'early_stopping', 'batch_size', 'learning_rate', 'capacity'],
  training_instability: ['learning_rate', 'batch_size', 'grad_clip'],
  learning_rate: ['learning_rate', 'batch_size', 'epochs'],
};

export function formatScalar(v: Scalar): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

/** "optimizer.weight_decay 0.001 → 0 (removed)" */
export function describeChange(p: ParamContext): string {
  const tail = p.ratio !== null ? ` (${formatRatio(p.ratio)})` : p.direction === 'changed' ? '' : ` (${p.direction})`;
  return `${p.key} ${formatScalar(p.baseline)} → ${formatScalar(p.current)}${tail}`;
}

export function formatRatio(r: number): string {
  if (r >= 1) return `${trimNumber(r)}×`;
  return `1/${trimNumber(1 / r)}×`;
}

function trimNumber(v: number): string {
  return Number(v.toPrecision(3)).toString();
}
