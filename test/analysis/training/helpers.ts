/**
 * Hand-built training logs for the training-analysis tests: deterministic curves (exponential
 * decay, U-shaped validation loss) with seeded noise, wrapped into TrainLog objects.
 */
import { createRng } from '../../../src/analysis/stats/rng.js';
import type { TrainLog } from '../../../src/artifacts/types.js';

export interface LogSpec {
  readonly path?: string;
  readonly xName?: string;
  /** Defaults to 1..n (n from the first series given). */
  readonly x?: readonly number[];
  readonly trainLoss?: readonly number[] | null;
  readonly valLoss?: readonly number[] | null;
  readonly lr?: readonly number[] | null;
  readonly gradNorm?: readonly number[] | null;
  readonly series?: Readonly<Record<string, readonly number[]>>;
}

export function makeLog(spec: LogSpec): TrainLog {
  const n = spec.x?.length ?? spec.trainLoss?.length ?? spec.valLoss?.length ?? spec.lr?.length ?? spec.gradNorm?.length ?? 0;
  const arr = (v: readonly number[] | null | undefined) => (v ? Float64Array.from(v) : null);
  const series: Record<string, Float64Array> = {};
  for (const [k, v] of Object.entries(spec.series ?? {})) series[k] = Float64Array.from(v);
  return {
    path: spec.path ?? 'train_log.csv',
    xName: spec.xName ?? 'epoch',
    x: Float64Array.from(spec.x ?? range(n)),
    trainLoss: arr(spec.trainLoss),
    valLoss: arr(spec.valLoss),
    lr: arr(spec.lr),
    gradNorm: arr(spec.gradNorm),
    series,
  };
}

/** from, from + step, … (n values). */
export function range(n: number, from = 1, step = 1): number[] {
  return Array.from({ length: n }, (_, i) => from + i * step);
}

export function constant(n: number, v: number): number[] {
  return Array.from({ length: n }, () => v);
}

/** floor + (start − floor)·e^(−rate·i), i = 0..n−1: a loss that falls fast, then flattens. */
export function decay(n: number, start: number, floor: number, rate: number): number[] {
  return Array.from({ length: n }, (_, i) => floor + (start - floor) * Math.exp(-rate * i));
}

/**
 * Validation loss that falls to `min` at index `minAt` (quadratically from `start`), then rises
 * linearly to `end` at the last index: the classic overfitting shape.
 */
export function uShape(n: number, start: number, min: number, minAt: number, end: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    if (i <= minAt) return min + (start - min) * (1 - i / Math.max(1, minAt)) ** 2;
    return min + ((end - min) * (i - minAt)) / Math.max(1, n - 1 - minAt);
  });
}

/** Multiplies each value by (1 + rel·z), z standard normal from a seeded generator. */
export function noisy(values: readonly number[], rel: number, seed: number): number[] {
  const rng = createRng(seed);
  return values.map((v) => {
    // Box–Muller; 1 − u keeps the log argument in (0, 1].
    const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    return v * (1 + rel * z);
  });
}

/** A healthy MLP-style baseline: both losses fall and flatten, constant lr, shrinking grad norm. */
export function healthyRun(seed: number, n = 30, noise = 0.01): LogSpec {
  return {
    trainLoss: noisy(decay(n, 0.7, 0.15, 0.15), noise, seed),
    valLoss: noisy(decay(n, 0.72, 0.25, 0.15), noise, seed + 1),
    lr: constant(n, 0.01),
    gradNorm: noisy(decay(n, 1.0, 0.3, 0.1), 0.05, seed + 2),
  };
}
