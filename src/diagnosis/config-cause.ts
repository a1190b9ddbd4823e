/**
 * A changed parameter tied to a regression by what it does, not by elimination. A change that
 * makes the model weaker — shorter training, less capacity, more regularisation (the changes that
 * make underfitting more likely, analysis/training/params.ts) — next to a regression that no
 * data-side cause explains: the eval inputs did not move, the model itself got worse, and this is
 * the change that weakens it. With a training log the training analysis ties such a key to its
 * underfitting finding; without one (a gradient-boosted model logs nothing) the diagnosis names
 * the parameter directly, as strong as the regression it must explain, and the attribution (the
 * rows whose inputs did not change) measures how much of it it carries. A calibration change
 * next to it is then that weaker model's symptom (diagnose.ts explains it when the share is most
 * of the regression).
 */
import type { RunAnalysis } from '../analysis/analyze.js';
import type { Category, Signal } from '../analysis/signals.js';
import { classifyParams, describeChange, supportsUnderfitting } from '../analysis/training/params.js';

/** Causes that sit in the data: with one of them found, the model's inputs moved and the parameter is not the only suspect. */
const DATA_SIDE = new Set<Category>(['leakage', 'preprocessing', 'data_quality', 'label_noise', 'label_shift', 'feature_drift']);

/** A signal that reached minor severity (significant, strength ≥ 0.25; see diagnose's severityOf). */
const counts = (s: Signal): boolean => s.significant && s.strength >= 0.25;

export function configRoleSignals(a: RunAnalysis, signals: readonly Signal[]): Signal[] {
  const weakening = classifyParams(a.paramChanges).filter(supportsUnderfitting);
  if (weakening.length === 0) return [];
  // A training log already ties the parameter to a finding of its own (config_change tied to underfitting).
  if (signals.some((s) => s.category === 'config_change' || (s.area === 'training' && counts(s)))) return [];
  if (signals.some((s) => DATA_SIDE.has(s.category) && counts(s))) return [];
  const regressions = signals.filter((s) => s.category === 'metric_regression' && counts(s));
  if (regressions.length === 0) return [];
  const strongest = regressions.reduce((m, s) => (s.strength > m.strength ? s : m));
  const main = weakening[0]!;
  const changes = weakening.map(describeChange);
  return [
    {
      category: 'config_change',
      area: 'model',
      strength: strongest.strength,
      significant: true,
      title: `${changes.join('; ')} weakens the model (${main.role === 'epochs' ? 'shorter training' : main.role === 'capacity' ? 'less capacity' : main.role === 'regularization' || main.role === 'dropout' ? 'more regularisation' : 'an earlier stop'}), and the model got worse on unchanged inputs`,
      evidence: [
        ...weakening.map((p) => ({ text: `changed parameter: ${describeChange(p)}`, ...(p.ratio !== null ? { value: p.ratio } : {}) })),
        { text: `regression it explains: ${strongest.title}` },
        { text: 'no feature drift, data-quality, preprocessing, leakage or label signal reached minor severity: the eval inputs did not move' },
      ],
      details: {
        key: main.key,
        baseline: main.baseline,
        current: main.current,
        ratio: main.ratio,
        direction: main.direction,
        role: main.role,
        keys: weakening.map((p) => p.key).join(','),
        changes: changes.join('; '),
        suspected_by: 'role',
      },
    },
  ];
}
