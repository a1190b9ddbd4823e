import { describe, expect, it } from 'vitest';
import { analyzeTraining, trainingSignals } from '../../../src/analysis/training/index.js';
import type { Signal } from '../../../src/analysis/signals.js';
import type { TrainLog } from '../../../src/artifacts/types.js';
import type { ParamChangeInput } from '../../../src/analysis/training/index.js';
import { constant, decay, healthyRun, makeLog, noisy, range, uShape } from './helpers.js';

function signalsOf(base: TrainLog | null, cur: TrainLog, paramChanges: readonly ParamChangeInput[] = []): Signal[] {
  return trainingSignals(analyzeTraining({ base, cur, paramChanges }));
}

function strongest(signals: readonly Signal[]): Signal {
  expect(signals.length).toBeGreaterThan(0);
  return signals.reduce((a, b) => (b.strength > a.strength ? b : a));
}

/** Strongest of the four training categories (config_change restates another finding's strength). */
function strongestFinding(signals: readonly Signal[]): Signal {
  return strongest(signals.filter((s) => s.category !== 'config_change'));
}

function byCategory(signals: readonly Signal[], category: Signal['category']): Signal | undefined {
  return signals.find((s) => s.category === category);
}

const BASE = makeLog(healthyRun(1));

describe('overfitting', () => {
  const n = 60;
  const cur = makeLog({
    trainLoss: noisy(decay(n, 0.7, 0.01, 0.1), 0.01, 11),
    valLoss: noisy(uShape(n, 0.72, 0.3, 9, 0.6), 0.01, 12),
    lr: constant(n, 0.01),
    gradNorm: noisy(decay(n, 1.0, 0.3, 0.1), 0.05, 13),
  });
  const params = [
    { key: 'optimizer.weight_decay', baseline: 0.001, current: 0 },
    { key: 'optimizer.epochs', baseline: 30, current: 60 },
    { key: 'seed', baseline: 1, current: 2 },
  ];

  it('flags validation loss rising after an early best while training loss keeps falling', () => {
    const signals = signalsOf(BASE, cur, params);
    const top = strongestFinding(signals);
    expect(top.category).toBe('overfitting');
    expect(top.area).toBe('training');
    expect(top.strength).toBeGreaterThanOrEqual(0.5);
    expect(top.significant).toBe(true);
    expect(top.details.best_val_x).toBe(10);
    expect(top.details.rise_after_best as number).toBeGreaterThan(0.8);
    expect(top.title).toMatch(/val_loss rose/);
    expect(top.evidence.some((e) => /train_loss kept falling/.test(e.text))).toBe(true);
  });

  it('names the removed weight decay and the raised epochs as related params and as a config_change', () => {
    const signals = signalsOf(BASE, cur, params);
    const over = byCategory(signals, 'overfitting')!;
    expect(over.details.related_params).toContain('optimizer.weight_decay');
    expect(over.details.related_params).toContain('optimizer.epochs');
    expect(over.details.related_params).not.toContain('seed');
    expect(over.evidence.some((e) => e.text.includes('optimizer.weight_decay 0.001 → 0 (removed)'))).toBe(true);
    const cfg = byCategory(signals, 'config_change')!;
    expect(cfg.details).toMatchObject({ key: 'optimizer.weight_decay', baseline: 0.001, current: 0, tied_to: 'overfitting' });
    expect(cfg.details.keys).toBe('optimizer.weight_decay,optimizer.epochs');
    expect(cfg.strength).toBeLessThan(over.strength);
  });

  it('does not flag overfitting when the baseline shows the same rise after its best', () => {
    const base = makeLog({ ...healthyRun(1, 60), trainLoss: noisy(decay(n, 0.7, 0.01, 0.1), 0.01, 21), valLoss: noisy(uShape(n, 0.72, 0.3, 9, 0.6), 0.01, 22) });
    const signals = signalsOf(base, cur, [{ key: 'seed', baseline: 7, current: 8 }]);
    expect(byCategory(signals, 'overfitting')).toBeUndefined();
  });

  it('does not flag a near-copy of the baseline with small noise', () => {
    expect(signalsOf(BASE, makeLog(healthyRun(101)), [{ key: 'seed', baseline: 7, current: 8 }])).toEqual([]);
  });
});

describe('underfitting', () => {
  // The same model stopped after 10 of the baseline's 30 epochs: both losses high and still falling.
  const full = healthyRun(31);
  const cur = makeLog({
    trainLoss: full.trainLoss!.slice(0, 10),
    valLoss: full.valLoss!.slice(0, 10),
    lr: constant(10, 0.01),
    gradNorm: full.gradNorm!.slice(0, 10),
  });
  const params = [{ key: 'train.epochs', baseline: 30, current: 10 }];

  it('flags both losses ending above the baseline and still falling after fewer epochs', () => {
    const signals = signalsOf(BASE, cur, params);
    const top = strongestFinding(signals);
    expect(top.category).toBe('underfitting');
    expect(top.strength).toBeGreaterThanOrEqual(0.5);
    expect(top.details).toMatchObject({ still_falling: true, fewer_steps: true, last_x: 10, base_last_x: 30 });
    expect(top.evidence.some((e) => /still falling/.test(e.text))).toBe(true);
    const cfg = byCategory(signals, 'config_change')!;
    expect(cfg.details).toMatchObject({ key: 'train.epochs', baseline: 30, current: 10, tied_to: 'underfitting' });
  });

  it('does not flag underfitting when the current run reaches the baseline losses', () => {
    const signals = signalsOf(BASE, makeLog(healthyRun(41)), [{ key: 'seed', baseline: 1, current: 2 }]);
    expect(byCategory(signals, 'underfitting')).toBeUndefined();
  });

  it('does not call a longer run that ends at the same losses underfitting', () => {
    const longer = makeLog(healthyRun(51, 45));
    expect(signalsOf(BASE, longer, [{ key: 'train.epochs', baseline: 30, current: 45 }])).toEqual([]);
  });
});

describe('training instability', () => {
  it('flags a NaN training loss as training_instability', () => {
    const spec = healthyRun(61);
    const train = [...spec.trainLoss!];
    const val = [...spec.valLoss!];
    for (let i = 20; i < 30; i++) train[i] = NaN;
    for (let i = 21; i < 30; i++) val[i] = Number.POSITIVE_INFINITY;
    const signals = signalsOf(BASE, makeLog({ ...spec, trainLoss: train, valLoss: val }));
    const top = strongestFinding(signals);
    expect(top.category).toBe('training_instability');
    expect(top.strength).toBeGreaterThanOrEqual(0.8);
    expect(top.details.main_component).toBe('non_finite');
    expect(top.title).toMatch(/NaN\/inf at epoch 21/);
    // A run broken by NaN is neither over- nor underfitting.
    expect(byCategory(signals, 'overfitting')).toBeUndefined();
    expect(byCategory(signals, 'underfitting')).toBeUndefined();
  });

  it('rates a NaN loss that recovers below one that ends the run', () => {
    const spec = healthyRun(62);
    const train = [...spec.trainLoss!];
    train[12] = NaN;
    const signals = signalsOf(BASE, makeLog({ ...spec, trainLoss: train }));
    const inst = byCategory(signals, 'training_instability')!;
    expect(inst.strength).toBeGreaterThanOrEqual(0.5);
    expect(inst.strength).toBeLessThan(0.8);
  });

  it('flags loss spikes above k × the rolling median', () => {
    const spec = healthyRun(63);
    const train = [...spec.trainLoss!];
    for (const i of [8, 15, 22]) train[i] = train[i]! * 6;
    const signals = signalsOf(BASE, makeLog({ ...spec, trainLoss: train }));
    const top = strongestFinding(signals);
    expect(top.category).toBe('training_instability');
    expect(top.details.main_component).toBe('spikes');
    expect(top.details.spike_k).toBe(3);
    expect(top.title).toMatch(/^3 train_loss spikes/);
    expect(top.strength).toBeGreaterThanOrEqual(0.5);
  });

  it('flags gradient norms orders of magnitude above the baseline as exploding gradients', () => {
    const spec = healthyRun(64);
    const grad = range(30, 0).map((i) => 10 ** (i / 6));
    const signals = signalsOf(BASE, makeLog({ ...spec, gradNorm: grad }));
    const top = strongestFinding(signals);
    expect(top.category).toBe('training_instability');
    expect(top.details.main_component).toBe('exploding_gradients');
    expect(top.metric).toBe('grad_norm');
    expect(top.strength).toBeGreaterThanOrEqual(0.8);
  });

  it('flags a diverging loss growing by orders of magnitude', () => {
    const n = 30;
    const train = range(n, 0).map((i) => (i < 8 ? 0.7 - 0.05 * i : 0.3 * 1.6 ** (i - 8)));
    const signals = signalsOf(BASE, makeLog({ ...healthyRun(65), trainLoss: train, valLoss: train.map((v) => v * 1.2) }));
    const top = strongestFinding(signals);
    expect(top.category).toBe('training_instability');
    expect(top.details.main_component).toBe('divergence');
    expect(top.strength).toBe(1);
    expect(top.evidence.some((e) => /orders of magnitude/.test(e.text))).toBe(true);
    expect(byCategory(signals, 'overfitting')).toBeUndefined();
  });

  it('does not flag instability for a near-copy of the baseline with small noise', () => {
    for (const seed of [71, 72, 73]) {
      const signals = signalsOf(BASE, makeLog(healthyRun(seed)), [{ key: 'seed', baseline: 1, current: seed }]);
      expect(byCategory(signals, 'training_instability')).toBeUndefined();
    }
  });

  it('does not flag spikes the baseline log already had', () => {
    const withSpikes = (seed: number) => {
      const spec = healthyRun(seed);
      const train = [...spec.trainLoss!];
      for (const i of [8, 15, 22]) train[i] = train[i]! * 6;
      return makeLog({ ...spec, trainLoss: train });
    };
    expect(byCategory(signalsOf(withSpikes(81), withSpikes(82)), 'training_instability')).toBeUndefined();
  });
});

describe('learning rate', () => {
  it('flags a learning-rate increase that diverges as learning_rate and training_instability', () => {
    const n = 30;
    // 10× the step size: the loss bounces and grows by orders of magnitude.
    const train = range(n, 0).map((i) => 0.7 * 1.4 ** i * (i % 2 === 0 ? 1 : 0.6));
    const cur = makeLog({
      trainLoss: train,
      valLoss: train.map((v) => v * 1.3),
      lr: constant(n, 0.1),
      gradNorm: range(n, 0).map((i) => 1.2 * 1.3 ** i),
    });
    const signals = signalsOf(BASE, cur, [{ key: 'optimizer.lr', baseline: 0.01, current: 0.1 }]);
    const top = strongestFinding(signals);
    expect(top.category).toBe('learning_rate');
    expect(top.details).toMatchObject({ key: 'optimizer.lr', baseline: 0.01, current: 0.1, ratio: 10, direction: 'too_high' });
    expect(top.evidence[0]!.text).toContain('optimizer.lr 0.01 → 0.1 (10×)');
    const inst = byCategory(signals, 'training_instability')!;
    expect(inst.strength).toBeGreaterThanOrEqual(0.5);
    expect(inst.strength).toBeLessThan(top.strength);
    expect(inst.details.explained_by).toBe('learning_rate');
    const cfg = byCategory(signals, 'config_change')!;
    expect(cfg.details).toMatchObject({ key: 'optimizer.lr', baseline: 0.01, current: 0.1, ratio: 10, tied_to: 'learning_rate' });
    expect(signals.filter((s) => s.category === 'config_change')).toHaveLength(1);
  });

  it('flags an oscillating loss after a 10× learning-rate increase as learning_rate', () => {
    const spec = healthyRun(91);
    // Same trend, but every other step bounces 30% up: the optimiser overshoots.
    const train = spec.trainLoss!.map((v, i) => v * (i % 2 === 0 ? 1 : 1.3));
    const cur = makeLog({ ...spec, trainLoss: train, lr: constant(30, 0.1) });
    const signals = signalsOf(BASE, cur, [{ key: 'model.learning_rate', baseline: 0.01, current: 0.1 }]);
    const top = strongestFinding(signals);
    expect(top.category).toBe('learning_rate');
    expect(top.details).toMatchObject({ key: 'model.learning_rate', direction: 'too_high', evidence_kind: 'oscillation', ratio: 10 });
    expect(top.details.osc_sign_change_rate as number).toBeGreaterThan(0.8);
    expect(top.strength).toBeGreaterThanOrEqual(0.25);
  });

  it('flags a learning-rate decrease that leaves the loss high and slowly falling as learning_rate', () => {
    const n = 30;
    const cur = makeLog({
      trainLoss: noisy(decay(n, 0.7, 0.15, 0.02), 0.01, 92),
      valLoss: noisy(decay(n, 0.72, 0.25, 0.02), 0.01, 93),
      lr: constant(n, 0.001),
      gradNorm: noisy(decay(n, 1.0, 0.3, 0.02), 0.05, 94),
    });
    const signals = signalsOf(BASE, cur, [{ key: 'optimizer.lr', baseline: 0.01, current: 0.001 }]);
    const top = strongestFinding(signals);
    expect(top.category).toBe('learning_rate');
    expect(top.details).toMatchObject({ key: 'optimizer.lr', direction: 'too_low', ratio: 0.1 });
    expect(top.title).toMatch(/lowered/);
    // The slow convergence is also underfitting, reported as the symptom.
    const under = byCategory(signals, 'underfitting');
    if (under) expect(under.strength).toBeLessThan(top.strength);
  });

  it('detects a learning-rate change from the logged lr column when params do not name it', () => {
    const n = 30;
    const cur = makeLog({
      trainLoss: noisy(decay(n, 0.7, 0.15, 0.02), 0.01, 95),
      valLoss: noisy(decay(n, 0.72, 0.25, 0.02), 0.01, 96),
      lr: constant(n, 0.001),
    });
    const lr = byCategory(signalsOf(BASE, cur), 'learning_rate')!;
    expect(lr.details).toMatchObject({ key: null, lr_column_ratio: 0.1, direction: 'too_low' });
  });

  it('does not flag a learning-rate increase that trains as well as the baseline', () => {
    const cur = makeLog({ ...healthyRun(97), lr: constant(30, 0.02) });
    expect(signalsOf(BASE, cur, [{ key: 'optimizer.lr', baseline: 0.01, current: 0.02 }])).toEqual([]);
  });

  it('does not flag learning_rate for a near-copy of the baseline with small noise', () => {
    const signals = signalsOf(BASE, makeLog(healthyRun(98)), [{ key: 'seed', baseline: 1, current: 2 }]);
    expect(byCategory(signals, 'learning_rate')).toBeUndefined();
  });
});

describe('baseline-relative noise', () => {
  const seedPair = (minAt: number, seed: number) => {
    // Validation loss flattens with a shallow dip at `minAt`: the best epoch moves with the seed.
    const n = 30;
    const val = decay(n, 0.72, 0.3, 0.5).map((v, i) => v - (i === minAt - 1 ? 0.004 : 0));
    return makeLog({
      trainLoss: noisy(decay(n, 0.7, 0.2, 0.2), 0.002, seed),
      valLoss: noisy(val, 0.002, seed + 1),
      lr: constant(n, 0.02),
      gradNorm: noisy(decay(n, 0.4, 0.25, 0.2), 0.05, seed + 2),
    });
  };

  it('gives no signal for a seed change that moves the best epoch from 16 to 24', () => {
    const a = analyzeTraining({ base: seedPair(16, 1), cur: seedPair(24, 2), paramChanges: [{ key: 'seed', baseline: 7, current: 8 }] });
    expect(a.base!.bestValX).toBe(16);
    expect(a.cur.bestValX).toBe(24);
    expect(Math.abs(a.cur.finalValLoss! / a.base!.finalValLoss! - 1)).toBeLessThan(0.01);
    expect(trainingSignals(a)).toEqual([]);
  });

  it.each([
    ['a healthy 30-epoch MLP', (s: number) => makeLog(healthyRun(s))],
    ['a noisier 30-epoch MLP', (s: number) => makeLog(healthyRun(s, 30, 0.03))],
    [
      'a 200-step boosting log that overfits mildly in both runs',
      (s: number) =>
        makeLog({
          xName: 'step',
          trainLoss: noisy(decay(200, 0.68, 0.45, 0.02), 0.001, s),
          valLoss: noisy(uShape(200, 0.69, 0.64, 30, 0.65), 0.001, s + 1),
          lr: constant(200, 0.1),
        }),
    ],
    [
      'a step-decayed schedule',
      (s: number) => makeLog({ ...healthyRun(s), lr: range(30, 0).map((i) => 0.1 * 0.5 ** Math.floor(i / 10)) }),
    ],
    [
      'a 6-row random-forest log',
      (s: number) =>
        makeLog({
          xName: 'step',
          x: [50, 100, 150, 200, 250, 300],
          trainLoss: noisy([0.0668, 0.0664, 0.0659, 0.0662, 0.066, 0.0661], 0.01, s),
          valLoss: noisy([0.5585, 0.4349, 0.3933, 0.3919, 0.3921, 0.392], 0.015, s + 1),
        }),
    ],
  ])('gives no signal for %s re-run with another seed', (_name, build) => {
    for (const [b, c] of [
      [1, 2],
      [3, 4],
      [5, 6],
    ] as const) {
      expect(signalsOf(build(b * 10), build(c * 10), [{ key: 'seed', baseline: b, current: c }])).toEqual([]);
    }
  });

  it('does not call a 6-row log whose last validation point ticks up overfitting', () => {
    const x = [50, 100, 150, 200, 250, 300];
    const base = makeLog({ xName: 'step', x, trainLoss: [0.066, 0.066, 0.066, 0.066, 0.066, 0.066], valLoss: [0.56, 0.43, 0.39, 0.39, 0.39, 0.39] });
    const cur = makeLog({ xName: 'step', x, trainLoss: [0.066, 0.065, 0.064, 0.064, 0.063, 0.063], valLoss: [0.56, 0.43, 0.39, 0.385, 0.4, 0.41] });
    const signals = signalsOf(base, cur);
    expect(signals.every((s) => s.strength < 0.25)).toBe(true);
  });
});

describe('without a baseline log', () => {
  it('gives no signal for a healthy log', () => {
    expect(signalsOf(null, makeLog(healthyRun(111)))).toEqual([]);
  });

  it('still flags a NaN loss, at lower strength than with a baseline', () => {
    const spec = healthyRun(112);
    const train = [...spec.trainLoss!];
    for (let i = 20; i < 30; i++) train[i] = NaN;
    const cur = makeLog({ ...spec, trainLoss: train });
    const without = byCategory(signalsOf(null, cur), 'training_instability')!;
    const withBase = byCategory(signalsOf(BASE, cur), 'training_instability')!;
    expect(without.strength).toBeGreaterThanOrEqual(0.5);
    expect(without.strength).toBeLessThan(withBase.strength);
    expect(without.details.baseline_log).toBe(false);
  });

  it('flags an early validation minimum followed by a steady rise with absolute rules only', () => {
    const n = 60;
    const cur = makeLog({ trainLoss: decay(n, 0.7, 0.01, 0.1), valLoss: uShape(n, 0.72, 0.3, 9, 0.6) });
    const over = byCategory(signalsOf(null, cur), 'overfitting')!;
    const withBase = byCategory(signalsOf(BASE, cur), 'overfitting')!;
    expect(over.strength).toBeGreaterThanOrEqual(0.25);
    expect(over.strength).toBeLessThan(withBase.strength);
  });
});

describe('analysis output', () => {
  it('is deterministic: the same logs give byte-identical signals', () => {
    const cur = makeLog({ ...healthyRun(121), trainLoss: noisy(decay(30, 0.7, 0.01, 0.1), 0.01, 122) });
    const run = () => JSON.stringify(signalsOf(BASE, cur, [{ key: 'optimizer.weight_decay', baseline: 0.01, current: 0 }]));
    expect(run()).toBe(run());
  });

  it('keeps details JSON-safe (no NaN or Infinity)', () => {
    const spec = healthyRun(123);
    const train = [...spec.trainLoss!];
    train[29] = Number.POSITIVE_INFINITY;
    const signals = signalsOf(null, makeLog({ ...spec, trainLoss: train, gradNorm: constant(30, 0) }));
    for (const s of signals) {
      for (const v of Object.values(s.details)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      expect(Number.isFinite(s.strength)).toBe(true);
    }
  });

  it('handles an empty log without signals', () => {
    expect(signalsOf(makeLog({ trainLoss: [] }), makeLog({ trainLoss: [] }))).toEqual([]);
  });

  it('reports per-log summaries alongside the assessments', () => {
    const a = analyzeTraining({ base: BASE, cur: makeLog(healthyRun(124)), paramChanges: [] });
    expect(a.hasBaseline).toBe(true);
    expect(a.cur.rows).toBe(30);
    expect(a.cur.lr?.schedule).toBe('constant');
    expect(a.overfitting.detected).toBe(false);
    expect(a.overfitting.strength).toBe(0);
  });
});
