/**
 * The PR's own parameter changes that point at a cause: a changed data-origin key (a snapshot,
 * table, query, source, path, version) for a cause in the data, a changed training key for a
 * cause in training. Bookkeeping keys (seed, workers, names) never point anywhere.
 */
import type { Category } from '../../analysis/signals.js';
import type { ParamChange } from '../../analysis/compare/params-diff.js';
import { changeText } from './facts.js';

/** Causes in the data: a changed data-origin parameter is their likely origin. */
const DATA_CAUSES = new Set<Category>(['feature_drift', 'preprocessing', 'data_quality', 'label_shift', 'label_noise', 'leakage', 'bias']);
/** Causes in training: the changed training parameters are theirs. */
const TRAINING_CAUSES = new Set<Category>(['learning_rate', 'training_instability', 'overfitting', 'underfitting']);
/** Keys that name where data comes from: a section (`data.`, `features.`, `serving.`) or a leaf (`…snapshot`, `…table`, `…query`). */
const DATA_ORIGIN_KEY = /(^|\.)(data|dataset|datasets|features|serving|feature_store|inputs?)\.|(snapshot|tables?|query|source|sources|path|paths|uri|url|version|split|keys?)$/i;
/** Keys that set the training process: a section (`optimizer.`, `training.`, `model.`) or a known hyperparameter leaf. */
const TRAINING_KEY = /(^|\.)(optimizer|optim|trainer|training|model|scheduler)\.|(^|\.)(lr|learning_rate|epochs?|batch_size|weight_decay|grad_clip|clip|patience|early_stopping\w*|hidden|dropout|momentum|warmup\w*|restore_best)$/i;
/** Keys that do not change data or training however they move (bookkeeping). */
const BOOKKEEPING_KEY = /(^|\.)(seed|num_workers|workers|log_every|logging\.\w+|name|tag|comment|description|run_id)$/i;
/** At most this many changes are named in a sentence; the params table lists them all. */
const MAX_NAMED = 4;

/** The changes that point at a cause of this category (none for symptoms and other categories). */
export function originChanges(category: Category, changes: readonly ParamChange[]): ParamChange[] {
  const pattern = DATA_CAUSES.has(category) ? DATA_ORIGIN_KEY : TRAINING_CAUSES.has(category) ? TRAINING_KEY : null;
  if (!pattern) return [];
  return changes.filter((p) => pattern.test(p.key) && !BOOKKEEPING_KEY.test(p.key)).slice(0, MAX_NAMED);
}

/** The same as text (`key` a → b, …); null when none. */
export function originOf(category: Category, changes: readonly ParamChange[]): string | null {
  const hits = originChanges(category, changes);
  return hits.length > 0 ? hits.map(changeText).join(', ') : null;
}

/** Changes whose key matches `pattern`, as text; null when none. */
export function changedKeys(changes: readonly ParamChange[], pattern: RegExp): string | null {
  const hits = changes.filter((p) => pattern.test(p.key));
  return hits.length > 0 ? hits.map(changeText).join(', ') : null;
}

/** The baseline values of those keys as `key: value` spans (what to revert to); null when none. */
export function revertTo(changes: readonly ParamChange[], pattern: RegExp): string | null {
  const hits = changes.filter((p) => pattern.test(p.key));
  return hits.length > 0 ? hits.map((p) => `\`${p.key}: ${String(p.baseline)}\``).join(', ') : null;
}
