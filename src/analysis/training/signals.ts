/**
 * Turns a TrainingAnalysis into Signals (area `training`): one per detected assessment, plus a
 * `config_change` signal for each detected finding of at least minor strength that changed
 * hyper-parameters push towards (details.key / baseline / current / keys / tied_to).
 */
import type { Category, Signal } from '../signals.js';
import { describeChange, type ParamRole } from './params.js';
import { CONFIG_CHANGE_CONTEXT_FACTOR, CONFIG_CHANGE_PRIMARY_FACTOR, round6 } from './strength.js';
import type { TrainingAnalysis, TrainingCategory } from './types.js';

/** A finding below minor strength is informational: it does not get a config_change of its own. */
const CONFIG_CHANGE_MIN_TIED = 0.25;

const ORDER: readonly Category[] = ['learning_rate', 'training_instability', 'overfitting', 'underfitting', 'config_change'];

/** Which changed key is named first in a finding's config_change: the most direct lever on it. */
const ROLE_PRIORITY: Readonly<Record<TrainingCategory, readonly ParamRole[]>> = {
  learning_rate: ['learning_rate'],
  training_instability: ['learning_rate', 'grad_clip', 'batch_size'],
  overfitting: ['regularization', 'dropout', 'early_stopping', 'epochs', 'capacity'],
  underfitting: ['epochs', 'early_stopping', 'regularization', 'dropout', 'capacity'],
};

export function trainingSignals(a: TrainingAnalysis): Signal[] {
  const assessments = [a.learningRate, a.instability, a.overfitting, a.underfitting].filter((x) => x.detected);
  const out: Signal[] = assessments.map((x) => ({
    category: x.category,
    area: 'training',
    strength: x.strength,
    significant: x.significant,
    title: x.title,
    ...(x.metric ? { metric: x.metric } : {}),
    source: a.source,
    evidence: x.evidence,
    details: x.details,
  }));

  // One config_change per finding, naming the changed keys that push training towards it (most
  // telling role first; details.key / baseline / current describe that one). One per finding
  // rather than per key keeps four context keys from crowding the findings they explain. A key
  // already tied to a stronger finding is not repeated. Strength: the lr key behind a
  // learning_rate / instability finding is the named cause (0.8 of the finding); context keys
  // such as weight_decay or epochs are contributors among several (0.6).
  const used = new Set<string>();
  const byStrength = [...assessments].sort((x, y) => y.strength - x.strength || ORDER.indexOf(x.category) - ORDER.indexOf(y.category));
  for (const x of byStrength) {
    if (x.strength < CONFIG_CHANGE_MIN_TIED) continue;
    const keys = [...x.causalParams]
      .filter((p) => !used.has(p.key))
      .sort((p, q) => ROLE_PRIORITY[x.category].indexOf(p.role) - ROLE_PRIORITY[x.category].indexOf(q.role) || (p.key < q.key ? -1 : 1));
    if (keys.length === 0) continue;
    for (const p of keys) used.add(p.key);
    const main = keys[0]!;
    const primary = main.role === 'learning_rate' && (x.category === 'learning_rate' || x.category === 'training_instability');
    const changes = keys.map(describeChange);
    out.push({
      category: 'config_change',
      area: 'training',
      strength: round6(x.strength * (primary ? CONFIG_CHANGE_PRIMARY_FACTOR : CONFIG_CHANGE_CONTEXT_FACTOR))!,
      significant: x.significant,
      title: `${changes.join('; ')} — tied to ${x.category}`,
      source: a.source,
      evidence: [
        ...keys.map((p) => ({ text: `changed parameter: ${describeChange(p)}`, ...(p.ratio !== null ? { value: round6(p.ratio)! } : {}) })),
        { text: `${x.category}: ${x.title}`, value: x.strength },
      ],
      details: {
        key: main.key,
        baseline: main.baseline,
        current: main.current,
        ratio: round6(main.ratio),
        direction: main.direction,
        role: main.role,
        keys: keys.map((p) => p.key).join(','),
        changes: changes.join('; '),
        tied_to: x.category,
        tied_strength: x.strength,
      },
    });
  }

  const rank = (s: Signal) => ORDER.indexOf(s.category);
  return out.sort((x, y) => y.strength - x.strength || rank(x) - rank(y) || (x.title < y.title ? -1 : x.title > y.title ? 1 : 0));
}
