import { describe, expect, it } from 'vitest';
import { findSpikes, finitePoints, noiseSigma, oscillation, theilSen } from '../../../src/analysis/training/series.js';
import { summarizeLog, summarizeLr } from '../../../src/analysis/training/summary.js';
import { constant, decay, makeLog, noisy, range } from './helpers.js';

describe('summarizeLog', () => {
  it('reports rows, final and best losses, the best val x, the final gap and val increases', () => {
    const s = summarizeLog(
      makeLog({
        trainLoss: [0.9, 0.7, 0.5, 0.4, 0.35, 0.3],
        valLoss: [1.0, 0.8, 0.6, 0.65, 0.7, 0.72],
        gradNorm: [1, 2, 5, 3, 2, 1],
      }),
    );
    expect(s.rows).toBe(6);
    expect(s.finalTrainLoss).toBe(0.3);
    expect(s.finalValLoss).toBe(0.72);
    expect(s.bestValLoss).toBe(0.6);
    expect(s.bestValX).toBe(3);
    expect(s.finalGap).toBeCloseTo(0.42, 12);
    expect(s.valIncreases).toBe(3);
    expect(s.gradNorm?.max).toBe(5);
    expect(s.valLoss?.bestPosition).toBeCloseTo(0.4, 12);
  });

  it('counts NaN and inf per column, including extra series, and skips them in the statistics', () => {
    const s = summarizeLog(
      makeLog({
        trainLoss: [0.9, NaN, 0.5, Infinity, 0.4],
        valLoss: [1, 0.9, 0.8, 0.7, -Infinity],
        lr: [0.1, 0.1, NaN, 0.1, 0.1],
        series: { val_acc: [0.5, NaN, NaN, 0.7, 0.8] },
      }),
    );
    expect(s.nonFinite).toEqual({ train_loss: 2, val_loss: 1, lr: 1, val_acc: 2 });
    expect(s.trainLoss?.firstNonFiniteX).toBe(2);
    expect(s.trainLoss?.best).toBe(0.4);
    expect(s.finalTrainLoss).toBe(0.4);
    expect(s.valLoss?.endsNonFinite).toBe(true);
    expect(s.trainLoss?.endsNonFinite).toBe(false);
    // The last row where both are finite is row 3 (x = 3): 0.8 − 0.5.
    expect(s.finalGap).toBeCloseTo(0.3, 12);
  });

  it('measures the tail slope of each loss over the last 20% of the run', () => {
    const n = 50;
    const train = range(n, 0).map((i) => 1 - 0.01 * i);
    const val = range(n, 0).map((i) => 0.5 + 0.002 * i);
    const s = summarizeLog(makeLog({ trainLoss: train, valLoss: val }));
    expect(s.trainLoss?.tail?.slope).toBeCloseTo(-0.01, 12);
    expect(s.valLoss?.tail?.slope).toBeCloseTo(0.002, 12);
    expect(s.trainLoss?.tail?.fromX).toBe(41);
    expect(s.trainLoss?.tail?.toX).toBe(50);
  });

  it('leaves the tail slope empty on logs too short to have a tail', () => {
    expect(summarizeLog(makeLog({ trainLoss: [0.5, 0.4, 0.3, 0.3] })).trainLoss?.tail).toBeNull();
  });
});

describe('summarizeLr', () => {
  it.each([
    ['constant', constant(20, 0.01)],
    ['decaying', range(30, 0).map((i) => 0.1 * 0.5 ** Math.floor(i / 10))],
    ['increasing', range(10, 1).map((i) => 0.001 * i)],
    ['warmup_decay', [...range(5, 1).map((i) => 0.02 * i), ...range(10, 0).map((i) => 0.1 * 0.8 ** i)]],
    ['varying', [0.1, 0.05, 0.1, 0.05, 0.1, 0.05]],
  ] as const)('classifies a %s schedule', (schedule, values) => {
    expect(summarizeLr(Float64Array.from(values))?.schedule).toBe(schedule);
  });

  it('does not read float noise in a logged constant lr as a schedule', () => {
    expect(summarizeLr(Float64Array.from([0.001, 0.0010000000000000002, 0.001]))?.schedule).toBe('constant');
  });
});

describe('series statistics', () => {
  it('gives the Theil–Sen slope of a line even with one wild point', () => {
    const x = range(10);
    const y = x.map((v) => 2 - 0.1 * v);
    y[6] = 50;
    expect(theilSen(x, y)).toBeCloseTo(-0.1, 12);
  });

  it('estimates point noise without being inflated by the downward trend', () => {
    const y = noisy(decay(200, 1, 0.5, 0.01), 0.02, 5);
    const sigma = noiseSigma(Float64Array.from(y))!;
    // 2% of a level around 0.5-0.6 is ~0.011.
    expect(sigma).toBeGreaterThan(0.006);
    expect(sigma).toBeLessThan(0.02);
    expect(noiseSigma(Float64Array.from(decay(200, 1, 0.5, 0.01)))!).toBeLessThan(1e-4);
  });

  it('finds a point that jumps above 3× the median of the previous 5', () => {
    const y = [1, 0.9, 0.8, 0.7, 0.65, 2.5, 0.6, 0.58, 1.5];
    const spikes = findSpikes(finitePoints(Float64Array.from(range(9)), Float64Array.from(y)), 1);
    expect(spikes.map((s) => s.x)).toEqual([6]);
    expect(spikes[0]!.median).toBe(0.8);
  });

  it('tells an oscillating loss from a smooth one', () => {
    const x = Float64Array.from(range(20));
    const smooth = oscillation(finitePoints(x, Float64Array.from(decay(20, 1, 0.2, 0.2))), 1)!;
    const bouncing = oscillation(finitePoints(x, Float64Array.from(decay(20, 1, 0.2, 0.2).map((v, i) => v * (i % 2 ? 1.4 : 1)))), 1)!;
    expect(smooth.signChangeRate).toBe(0);
    expect(smooth.upMove75).toBe(0);
    expect(bouncing.signChangeRate).toBe(1);
    expect(bouncing.upMove75).toBeGreaterThan(0.05);
  });
});
