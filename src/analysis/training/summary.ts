/**
 * One training log reduced to plain numbers: per-loss levels, best value, tail slope, noise,
 * spikes and oscillation; grad-norm and learning-rate summaries; non-finite counts per column.
 * The checks compare these summaries (current against baseline) instead of raw rows.
 */
import type { TrainLog } from '../../artifacts/types.js';
import {
  finitePoints,
  findSpikes,
  levelWindow,
  median,
  noiseSigma,
  oscillation,
  seriesScale,
  tailTrend,
  type Oscillation,
  type Points,
  type Spike,
  type TailTrend,
} from './series.js';

export interface SeriesSummary {
  /** Finite values. */
  readonly finite: number;
  /** NaN and ±Infinity values, kept as logged. */
  readonly nonFinite: number;
  readonly firstNonFiniteX: number | null;
  /** The last logged value is NaN/inf: the run ended broken. */
  readonly endsNonFinite: boolean;
  /** First / last finite value. */
  readonly first: number | null;
  readonly final: number | null;
  /** Minimum finite value and where it was logged. */
  readonly best: number | null;
  readonly bestX: number | null;
  /** Row of the best value. */
  readonly bestRow: number | null;
  /** Where the best value sits in the run: 0 = first row, 1 = last row. */
  readonly bestPosition: number | null;
  /**
   * The lowest level the series held: the smallest median over `levelWindow` consecutive finite
   * values. The best a run reached, robust to one lucky epoch (the minimum of single points is
   * biased low by the noise, the more so the noisier the run).
   */
  readonly bestLevel: number | null;
  /** Median of the first / last `levelWindow` finite values (see series.ts). */
  readonly startLevel: number | null;
  readonly endLevel: number | null;
  readonly levelWindow: number;
  /** Theil–Sen trend over the last 20% of the finite values; null with fewer than 5. */
  readonly tail: TailTrend | null;
  /** Last finite value minus the one before it (the only trend a 2-4 point log has); null with fewer than 2. */
  readonly lastStep: number | null;
  /** Point noise σ (second-difference MAD); null with fewer than 4 finite values. */
  readonly noise: number | null;
  /** Steps where the value went up. */
  readonly increases: number;
  readonly oscillation: Oscillation | null;
  readonly spikes: readonly Spike[];
  /** Positive unit the spike heights and oscillation are expressed in (see seriesScale). */
  readonly scale: number;
}

export type LrSchedule = 'constant' | 'decaying' | 'increasing' | 'warmup_decay' | 'varying';

export interface LrSummary {
  readonly schedule: LrSchedule;
  readonly first: number;
  readonly last: number;
  readonly min: number;
  readonly max: number;
  readonly median: number;
}

export interface GradSummary {
  readonly max: number;
  /** Median of the first `levelWindow` values: the scale of gradients before anything could blow up. */
  readonly early: number;
  readonly endLevel: number;
  readonly final: number;
}

export interface LogSummary {
  readonly path: string;
  readonly xName: string;
  readonly rows: number;
  readonly firstX: number | null;
  readonly lastX: number | null;
  readonly trainLoss: SeriesSummary | null;
  readonly valLoss: SeriesSummary | null;
  readonly finalTrainLoss: number | null;
  readonly finalValLoss: number | null;
  readonly bestValLoss: number | null;
  readonly bestValX: number | null;
  /** val − train at the last row where both are finite. */
  readonly finalGap: number | null;
  /** val end level − train end level (robust version of the final gap). */
  readonly endGap: number | null;
  /** Theil–Sen slope of each loss over the last 20% of the run (per x unit); null when too short. */
  readonly trainTailSlope: number | null;
  readonly valTailSlope: number | null;
  /** Val-loss steps that went up. */
  readonly valIncreases: number | null;
  readonly gradNorm: GradSummary | null;
  readonly lr: LrSummary | null;
  /** Non-finite count per column: train_loss, val_loss, lr, grad_norm and every other series. */
  readonly nonFinite: Readonly<Record<string, number>>;
}

export function summarizeSeries(x: Float64Array, y: Float64Array): SeriesSummary {
  const p = finitePoints(x, y);
  const n = p.y.length;
  let firstNonFiniteX: number | null = null;
  let nonFinite = 0;
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i]!)) {
      nonFinite++;
      if (firstNonFiniteX === null) firstNonFiniteX = x[i]!;
    }
  }
  const w = levelWindow(n);
  const startLevel = n > 0 ? median(p.y.subarray(0, w)) : null;
  const endLevel = n > 0 ? median(p.y.subarray(n - w)) : null;
  const best = bestOf(p);
  const scale = seriesScale(p.y);
  const noise = noiseSigma(p.y);
  let increases = 0;
  for (let i = 1; i < n; i++) if (p.y[i]! > p.y[i - 1]!) increases++;
  return {
    finite: n,
    nonFinite,
    firstNonFiniteX,
    endsNonFinite: y.length > 0 && !Number.isFinite(y[y.length - 1]!),
    first: n > 0 ? p.y[0]! : null,
    final: n > 0 ? p.y[n - 1]! : null,
    best: best?.value ?? null,
    bestX: best?.x ?? null,
    bestRow: best?.row ?? null,
    bestPosition: best === null ? null : y.length > 1 ? best.row / (y.length - 1) : 0,
    bestLevel: bestLevelOf(p.y, w),
    startLevel,
    endLevel,
    levelWindow: w,
    tail: tailTrend(p, noise),
    lastStep: n >= 2 ? p.y[n - 1]! - p.y[n - 2]! : null,
    noise,
    increases,
    oscillation: oscillation(p, scale),
    spikes: findSpikes(p, scale),
    scale,
  };
}

function bestLevelOf(y: Float64Array, w: number): number | null {
  if (y.length === 0 || w < 1) return null;
  let best = Infinity;
  for (let i = 0; i + w <= y.length; i++) best = Math.min(best, median(y.subarray(i, i + w)));
  return best;
}

function bestOf(p: Points): { value: number; x: number; row: number } | null {
  if (p.y.length === 0) return null;
  let k = 0;
  for (let i = 1; i < p.y.length; i++) if (p.y[i]! < p.y[k]!) k = i;
  return { value: p.y[k]!, x: p.x[k]!, row: p.rows[k]! };
}

export function summarizeLr(lr: Float64Array): LrSummary | null {
  const v = lr.filter((a) => Number.isFinite(a));
  if (v.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  let argmax = 0;
  for (let i = 0; i < v.length; i++) {
    min = Math.min(min, v[i]!);
    if (v[i]! > max) {
      max = v[i]!;
      argmax = i;
    }
  }
  // Float noise in a logged constant lr (1e-3 vs 0.0010000000000000002) must not read as a schedule.
  const tol = 1e-9 * Math.max(Math.abs(max), Math.abs(min));
  const monotone = (from: number, to: number, sign: 1 | -1) => {
    for (let i = from + 1; i <= to; i++) if (sign * (v[i]! - v[i - 1]!) < -tol) return false;
    return true;
  };
  let schedule: LrSchedule;
  if (max - min <= tol) schedule = 'constant';
  else if (monotone(0, v.length - 1, -1)) schedule = 'decaying';
  else if (monotone(0, v.length - 1, 1)) schedule = 'increasing';
  else if (monotone(0, argmax, 1) && monotone(argmax, v.length - 1, -1)) schedule = 'warmup_decay';
  else schedule = 'varying';
  return { schedule, first: v[0]!, last: v[v.length - 1]!, min, max, median: median(v) };
}

export function summarizeGrad(g: Float64Array): GradSummary | null {
  const v = g.filter((a) => Number.isFinite(a));
  if (v.length === 0) return null;
  const w = levelWindow(v.length);
  let max = -Infinity;
  for (const a of v) max = Math.max(max, a);
  return { max, early: median(v.subarray(0, w)), endLevel: median(v.subarray(v.length - w)), final: v[v.length - 1]! };
}

export function summarizeLog(log: TrainLog): LogSummary {
  const train = log.trainLoss ? summarizeSeries(log.x, log.trainLoss) : null;
  const val = log.valLoss ? summarizeSeries(log.x, log.valLoss) : null;
  let finalGap: number | null = null;
  if (log.trainLoss && log.valLoss) {
    for (let i = log.x.length - 1; i >= 0; i--) {
      const t = log.trainLoss[i]!;
      const v = log.valLoss[i]!;
      if (Number.isFinite(t) && Number.isFinite(v)) {
        finalGap = v - t;
        break;
      }
    }
  }
  const nonFinite: Record<string, number> = {};
  const count = (a: Float64Array) => a.reduce((s, v) => s + (Number.isFinite(v) ? 0 : 1), 0);
  if (log.trainLoss) nonFinite.train_loss = count(log.trainLoss);
  if (log.valLoss) nonFinite.val_loss = count(log.valLoss);
  if (log.lr) nonFinite.lr = count(log.lr);
  if (log.gradNorm) nonFinite.grad_norm = count(log.gradNorm);
  for (const name of Object.keys(log.series).sort()) nonFinite[name] = count(log.series[name]!);
  const rows = log.x.length;
  return {
    path: log.path,
    xName: log.xName,
    rows,
    firstX: rows > 0 ? log.x[0]! : null,
    lastX: rows > 0 ? log.x[rows - 1]! : null,
    trainLoss: train,
    valLoss: val,
    finalTrainLoss: train?.final ?? null,
    finalValLoss: val?.final ?? null,
    bestValLoss: val?.best ?? null,
    bestValX: val?.bestX ?? null,
    finalGap,
    endGap: train?.endLevel != null && val?.endLevel != null ? val.endLevel - train.endLevel : null,
    trainTailSlope: train?.tail?.slope ?? null,
    valTailSlope: val?.tail?.slope ?? null,
    valIncreases: val?.increases ?? null,
    gradNorm: log.gradNorm ? summarizeGrad(log.gradNorm) : null,
    lr: log.lr ? summarizeLr(log.lr) : null,
    nonFinite,
  };
}
