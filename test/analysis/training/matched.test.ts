// Runs compared where they can be compared: a run cut to 2 epochs against the baseline's first
// epochs and its full log; a run whose learning rate went up against the best level the baseline
// reached; a pattern on a long current log against a short (early-stopped) baseline.
import { describe, expect, it } from 'vitest';
import { analyzeTraining, trainingSignals } from '../../../src/analysis/training/index.js';
import type { ParamChangeInput } from '../../../src/analysis/training/index.js';
import type { Signal } from '../../../src/analysis/signals.js';
import type { TrainLog } from '../../../src/artifacts/types.js';
import { levelWindow } from '../../../src/analysis/training/series.js';
import { constant, decay, makeLog, noisy, uShape } from './helpers.js';

function signalsOf(base: TrainLog | null, cur: TrainLog, paramChanges: readonly ParamChangeInput[] = []): Signal[] {
  return trainingSignals(analyzeTraining({ base, cur, paramChanges }));
}
const byCategory = (signals: readonly Signal[], c: Signal['category']) => signals.find((s) => s.category === c);

/** First `k` values of a series: the baseline's own run, stopped after k epochs. */
const head = (v: readonly number[], k: number) => v.slice(0, k);

describe('level windows', () => {
  it('never lets the start and end levels of a short log share a point', () => {
    expect([1, 2, 3, 4, 5, 6, 30, 100].map(levelWindow)).toEqual([1, 1, 1, 2, 2, 3, 3, 10]);
  });
});

describe('a run cut to 2 epochs', () => {
  const n = 30;
  const train = noisy(decay(n, 1.3, 0.01, 0.35), 0.01, 3);
  const val = noisy(decay(n, 1.26, 0.17, 0.3), 0.01, 4);
  const grad = noisy(decay(n, 2.0, 0.05, 0.15), 0.03, 5);
  const base = makeLog({ trainLoss: train, valLoss: val, lr: constant(n, 0.003), gradNorm: grad });

  it('is underfitting, judged against the baseline full log, with the baseline at the same epoch as evidence', () => {
    const cur = makeLog({ trainLoss: head(train, 2), valLoss: head(val, 2), lr: constant(2, 0.003), gradNorm: head(grad, 2) });
    const s = signalsOf(base, cur);
    const under = byCategory(s, 'underfitting')!;
    expect(under.significant).toBe(true);
    expect(under.strength).toBeGreaterThanOrEqual(0.8);
    expect(under.evidence.some((e) => /at epoch 2, where this run stopped, the baseline's train_loss was/.test(e.text))).toBe(true);
    expect(under.evidence.some((e) => /still falling when the run stopped/.test(e.text))).toBe(true);
  });

  it('does not read the gradient norms of its first epochs as exploding against the baseline converged end', () => {
    const cur = makeLog({ trainLoss: head(train, 2), valLoss: head(val, 2), lr: constant(2, 0.003), gradNorm: head(grad, 2) });
    expect(byCategory(signalsOf(base, cur), 'training_instability')).toBeUndefined();
  });

  it('still flags gradient norms far above the baseline at the same epochs', () => {
    const cur = makeLog({ trainLoss: head(train, 2), valLoss: head(val, 2), lr: constant(2, 0.003), gradNorm: head(grad, 2).map((g) => 40 * g) });
    const inst = byCategory(signalsOf(base, cur), 'training_instability')!;
    expect(inst.details['main_component']).toBe('exploding_gradients');
    expect(inst.title).toMatch(/40×/);
  });

  it('is a weaker underfitting when the validation loss stays within reach of the baseline', () => {
    // Train loss far from the baseline's end, validation loss already at the baseline's level.
    const flatVal = noisy(decay(n, 0.46, 0.44, 0.5), 0.01, 6);
    const b = makeLog({ trainLoss: noisy(decay(n, 0.58, 0.31, 0.2), 0.01, 7), valLoss: flatVal, lr: constant(n, 0.003) });
    const cur = makeLog({ trainLoss: [0.575, 0.452], valLoss: [0.509, 0.457], lr: constant(2, 0.003) });
    const under = byCategory(signalsOf(b, cur), 'underfitting')!;
    expect(under.details['path']).toBe('stopped_early');
    expect(under.significant).toBe(true);
    expect(under.strength).toBeGreaterThanOrEqual(0.25);
    expect(under.strength).toBeLessThan(0.5);
    expect(under.title).toMatch(/stopped at epoch 2 of the baseline's 30/);
  });

  it('is not underfitting when the 2 epochs already reach the baseline losses', () => {
    const b = makeLog({ trainLoss: noisy(decay(n, 0.5, 0.3, 2), 0.01, 8), valLoss: noisy(decay(n, 0.5, 0.32, 2), 0.01, 9), lr: constant(n, 0.003) });
    const cur = makeLog({ trainLoss: [0.32, 0.3], valLoss: [0.33, 0.32], lr: constant(2, 0.003) });
    expect(byCategory(signalsOf(b, cur), 'underfitting')).toBeUndefined();
  });
});

describe('a learning rate raised 10×', () => {
  const n = 13;
  const base = makeLog({
    trainLoss: noisy(decay(n, 1.6, 0.45, 0.3), 0.01, 21),
    valLoss: noisy(uShape(n, 1.24, 0.65, 6, 0.7), 0.01, 22),
    lr: constant(n, 0.003),
  });

  it('is learning_rate when the validation loss never gets down to the baseline best level', () => {
    const cur = makeLog({
      trainLoss: noisy(decay(n, 1.1, 0.3, 0.5), 0.03, 23),
      valLoss: noisy(uShape(n, 1.3, 0.8, 5, 0.82), 0.02, 24),
      lr: constant(n, 0.03),
    });
    const lr = byCategory(signalsOf(base, cur), 'learning_rate')!;
    expect(lr.details).toMatchObject({ direction: 'too_high', evidence_kind: 'worse_best', lr_column_ratio: 10 });
    expect(lr.significant).toBe(true);
    expect(lr.title).toMatch(/val_loss never got below/);
  });

  it('is learning_rate when the validation loss bounces while the training loss falls smoothly', () => {
    const bounce = Array.from({ length: n }, (_, i) => 0.66 + (i % 2 === 0 ? 0 : 0.08));
    const cur = makeLog({ trainLoss: noisy(decay(n, 1.1, 0.3, 0.5), 0.005, 25), valLoss: bounce, lr: constant(n, 0.03) });
    const lr = byCategory(signalsOf(base, cur), 'learning_rate')!;
    expect(lr.details['osc_series']).toBe('val_loss');
    expect(lr.details['direction']).toBe('too_high');
  });

  it('names overfitting that follows the increase as its symptom', () => {
    const cur = makeLog({
      trainLoss: noisy(decay(n, 0.9, 0.05, 0.5), 0.01, 26),
      valLoss: noisy(uShape(n, 0.9, 0.7, 2, 1.2), 0.01, 27),
      lr: constant(n, 0.03),
    });
    const a = analyzeTraining({ base, cur, paramChanges: [] });
    expect(a.learningRate.detected).toBe(true);
    expect(a.overfitting.details['explained_by']).toBe('learning_rate');
  });

  it('is not learning_rate when the run reaches the baseline best level', () => {
    const cur = makeLog({
      trainLoss: noisy(decay(n, 1.6, 0.45, 0.3), 0.01, 28),
      valLoss: noisy(uShape(n, 1.24, 0.65, 6, 0.7), 0.01, 29),
      lr: constant(n, 0.03),
    });
    expect(byCategory(signalsOf(base, cur), 'learning_rate')).toBeUndefined();
  });
});

describe('a long current log against an early-stopped baseline', () => {
  it('trusts the rise of validation loss measured on the 120-row current log', () => {
    const base = makeLog({ trainLoss: noisy(decay(9, 0.55, 0.35, 0.4), 0.01, 31), valLoss: noisy(decay(9, 0.5, 0.415, 0.6), 0.01, 32) });
    const cur = makeLog({ trainLoss: noisy(decay(120, 0.4, 0.05, 0.05), 0.01, 33), valLoss: noisy(uShape(120, 0.46, 0.4, 4, 0.55), 0.01, 34) });
    const over = byCategory(signalsOf(base, cur), 'overfitting')!;
    expect(over.significant).toBe(true);
    expect(over.strength).toBeGreaterThanOrEqual(0.5);
  });

  it('trusts a 40-row slow run against an 8-row baseline for a lowered learning rate', () => {
    const base = makeLog({ trainLoss: noisy(decay(8, 0.54, 0.515, 0.5), 0.002, 35), valLoss: noisy(decay(8, 0.594, 0.583, 0.5), 0.002, 36), lr: constant(8, 0.003) });
    const cur = makeLog({ trainLoss: noisy(decay(40, 0.834, 0.3, 0.02), 0.0005, 37), valLoss: noisy(decay(40, 0.815, 0.3, 0.02), 0.0005, 38), lr: constant(40, 1e-5) });
    const lr = byCategory(signalsOf(base, cur), 'learning_rate')!;
    expect(lr.details['direction']).toBe('too_low');
    expect(lr.significant).toBe(true);
  });
});
