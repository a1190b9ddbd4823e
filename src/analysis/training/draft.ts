/**
 * What the four training checks share: the input they read (both logs and their summaries)
 * and the draft they return before analyze.ts applies the cross-check factors.
 */
import type { TrainLog } from '../../artifacts/types.js';
import type { Evidence } from '../signals.js';
import type { SeriesSummary, LogSummary } from './summary.js';
import type { Details } from './types.js';

export interface CheckContext {
  readonly cur: LogSummary;
  readonly curLog: TrainLog;
  readonly base: LogSummary | null;
  readonly baseLog: TrainLog | null;
  /** rowReliability of the shorter of the two logs (strength.ts): for patterns compared across both. */
  readonly reliability: number;
  /** rowReliability of the current log alone: for a pattern measured on it, the baseline only a reference. */
  readonly curReliability: number;
  /**
   * rowReliability of the longer log: for level comparisons (end or best levels), which rest on
   * the levels and their noise, and one well-logged run sets the noise scale for both (a run cut
   * to 2 epochs is judged against the baseline's full log).
   */
  readonly levelReliability: number;
}

export interface Draft {
  readonly detected: boolean;
  /** Effect-size strength, row reliability already applied where the check is pattern-based. */
  readonly raw: number;
  readonly significant: boolean;
  readonly title: string;
  readonly metric: string | null;
  readonly evidence: Evidence[];
  readonly details: Details;
}

export const NOT_DETECTED = (details: Details = {}): Draft => ({
  detected: false,
  raw: 0,
  significant: false,
  title: '',
  metric: null,
  evidence: [],
  details,
});

/** The loss a check should look at: train loss when logged, else validation loss. */
export function primaryLoss(s: LogSummary): { name: 'train_loss' | 'val_loss'; s: SeriesSummary } | null {
  if (s.trainLoss && s.trainLoss.finite >= 3) return { name: 'train_loss', s: s.trainLoss };
  if (s.valLoss && s.valLoss.finite >= 3) return { name: 'val_loss', s: s.valLoss };
  return null;
}

/**
 * The series moved down over its tail by more than its noise allows: the Theil–Sen change over
 * the last 20% is negative, beyond `z` standard errors, and at least 0.5% of its level (so a
 * noiseless synthetic or quantised log does not call a 1e-6 drift "still falling"). z = 2 when a
 * baseline also has to differ; the absolute no-baseline rule asks for 3.
 */
export function stillFalling(s: SeriesSummary | null, z = 2): boolean {
  if (!s || !s.tail || s.endLevel === null) return false;
  const drop = -s.tail.change;
  return drop > 0 && drop > z * s.tail.changeSe && drop >= 0.005 * Math.abs(s.endLevel);
}

/**
 * "Still falling" for any length: the tail trend when the series has one (5+ points), else its
 * last step — a drop beyond z standard errors of a two-point difference (√2·σ, with σ its own
 * noise or, on a log too short to estimate one, `fallbackSigma`: the baseline's) and at least
 * 0.5% of its level. A run cut to 2 epochs whose loss halved in its last epoch was stopped while
 * learning fast.
 */
export function fallingAtStop(s: SeriesSummary | null, fallbackSigma: number | null, z = 2): boolean {
  if (!s) return false;
  if (s.tail) return stillFalling(s, z);
  if (s.lastStep === null || s.final === null) return false;
  const drop = -s.lastStep;
  const sigma = s.noise ?? fallbackSigma ?? 0;
  return drop > 0 && drop > z * Math.SQRT2 * sigma && drop >= 0.005 * Math.abs(s.final);
}

/**
 * The value of a logged series at `x` (linear interpolation between the two nearest finite
 * points; the first / last finite value outside them), so two runs can be compared at the same
 * epoch or step. Null without finite points.
 */
export function valueAt(xs: Float64Array, ys: Float64Array, x: number): number | null {
  let prev = -1;
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(ys[i]!) || !Number.isFinite(xs[i]!)) continue;
    if (xs[i]! >= x) {
      if (prev < 0 || xs[i] === x) return ys[i]!;
      const t = (x - xs[prev]!) / (xs[i]! - xs[prev]!);
      return ys[prev]! + t * (ys[i]! - ys[prev]!);
    }
    prev = i;
  }
  return prev >= 0 ? ys[prev]! : null;
}

/** The mirror test: the series rose over its tail beyond noise. */
export function stillRising(s: SeriesSummary | null, z = 2): boolean {
  if (!s || !s.tail || s.endLevel === null) return false;
  const rise = s.tail.change;
  return rise > 0 && rise > z * s.tail.changeSe && rise >= 0.005 * Math.abs(s.endLevel);
}
