import { describe, expect, it } from 'vitest';
import { classifyParams, learningRateChange, paramRole, supportsOverfitting, supportsUnderfitting, toNumber } from '../../../src/analysis/training/params.js';

describe('training parameters', () => {
  it.each([
    ['optimizer.lr', 'learning_rate'],
    ['model.learning_rate', 'learning_rate'],
    ['params:xgb.eta', 'learning_rate'],
    ['sgd.step_size', 'learning_rate'],
    ['optimizer.weight_decay', 'regularization'],
    ['model.dropout', 'dropout'],
    ['train.max_epochs', 'epochs'],
    ['model.n_estimators', 'epochs'],
    ['optimizer.early_stopping_patience', 'early_stopping'],
    ['callbacks.early_stopping.min_delta', 'early_stopping'],
    ['optimizer.restore_best', 'early_stopping'],
    ['data.batch_size', 'batch_size'],
    ['trainer.max_grad_norm', 'grad_clip'],
    ['model.max_depth', 'capacity'],
    ['lgbm.num_leaves', 'capacity'],
    ['model.min_samples_leaf', 'regularization'],
  ] as const)('recognises %s as %s', (key, role) => {
    expect(paramRole(key)).toBe(role);
  });

  it.each(['scheduler.gamma', 'model.clr_mode', 'seed', 'data.lr_file_name'])('gives %s no training role', (key) => {
    expect(paramRole(key)).toBeNull();
  });

  it('reads less depth as a push towards underfitting and more depth as one towards overfitting', () => {
    const [shallower, deeper] = classifyParams([
      { key: 'a.max_depth', baseline: 6, current: 1 },
      { key: 'b.max_depth', baseline: 3, current: 6 },
    ]);
    expect([supportsUnderfitting(shallower!), supportsOverfitting(shallower!)]).toEqual([true, false]);
    expect([supportsUnderfitting(deeper!), supportsOverfitting(deeper!)]).toEqual([false, true]);
  });

  it('reads numeric strings as numbers and nothing else', () => {
    expect(toNumber('1e-3')).toBe(0.001);
    expect(toNumber('adam')).toBeNull();
    expect(toNumber(true)).toBeNull();
    expect(toNumber('')).toBeNull();
  });

  it('says which way each change moved and whether it pushes towards overfitting', () => {
    const ps = classifyParams([
      { key: 'optimizer.weight_decay', baseline: 0.001, current: 0 },
      { key: 'optimizer.epochs', baseline: 60, current: 150 },
      { key: 'optimizer.early_stopping_patience', baseline: 5, current: null },
      { key: 'optimizer.restore_best', baseline: true, current: false },
      { key: 'optimizer.batch_size', baseline: 64, current: 64 },
      { key: 'seed', baseline: 7, current: 8 },
    ]);
    expect(ps.map((p) => [p.key, p.direction, supportsOverfitting(p)])).toEqual([
      ['optimizer.early_stopping_patience', 'removed', true],
      ['optimizer.epochs', 'up', true],
      ['optimizer.restore_best', 'removed', true],
      ['optimizer.weight_decay', 'removed', true],
    ]);
    expect(ps.find((p) => p.key === 'optimizer.epochs')?.ratio).toBe(2.5);
  });

  it('picks the largest learning-rate change when several keys moved', () => {
    const lr = learningRateChange(
      classifyParams([
        { key: 'head.lr', baseline: 0.01, current: 0.02 },
        { key: 'backbone.lr', baseline: 0.001, current: 0.1 },
      ]),
    );
    expect(lr?.key).toBe('backbone.lr');
    expect(lr?.ratio).toBeCloseTo(100, 9);
  });
});
