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
  /** rowReliability of the shorter of the two logs (strength.ts). */
  readonly reliability: number;
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

/** The mirror test: the series rose over its tail beyond noise. */
export function stillRising(s: SeriesSummary | null, z = 2): boolean {
  if (!s || !s.tail || s.endLevel === null) return false;
  const rise = s.tail.change;
  return rise > 0 && rise > z * s.tail.changeSe && rise >= 0.005 * Math.abs(s.endLevel);
}
