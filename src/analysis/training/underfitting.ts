/**
 * Underfitting: both losses end higher than the baseline's and are still falling (or the run
 * stopped earlier than the baseline) — the model has not learned what the baseline learned.
 * Without a baseline: both losses still falling clearly at the end of the run.
 */
import type { Evidence } from '../signals.js';
import { fallingAtStop, NOT_DETECTED, stillFalling, stillRising, valueAt, type CheckContext, type Draft } from './draft.js';
import type { InstabilityDraft } from './instability.js';
import { levelSe } from './series.js';
import { fmt, logRamp, pct, round6 } from './strength.js';
import type { LogSummary, SeriesSummary } from './summary.js';

/**
 * Level anchors, on current end level / baseline end level − 1 (the smaller over train and val,
 * since both must be high): +5% minor, +20% major, ~+105% critical. The same anchors measure
 * "still falling" without a baseline (the drop over the last 20% of the run, relative to its level).
 */
export const LEVEL_MINOR = 0.05;
export const LEVEL_MAJOR = 0.2;

/** Floor for the noise tolerance: end levels within 2% of the baseline's are the same run (seed noise). */
const LEVEL_TOLERANCE_FLOOR = 0.02;

export interface LevelExcess {
  readonly series: 'train_loss' | 'val_loss';
  /** current end level / baseline end level − 1. */
  readonly excess: number;
  /** Relative difference the two end levels' noise can produce (3 standard errors, at least 2%). */
  readonly tolerance: number;
  readonly cur: number;
  readonly base: number;
}

/**
 * Current end level against the baseline's. A log too short to estimate its own noise (under 4
 * points: a run cut to 2 epochs) borrows the other run's: same model, same data, so the same
 * epoch-to-epoch noise is the honest assumption, and it keeps a one-point end level from being
 * treated as exact.
 */
export function levelExcess(name: 'train_loss' | 'val_loss', c: SeriesSummary | null, b: SeriesSummary | null): LevelExcess | null {
  if (!c || !b || c.endLevel === null || b.endLevel === null || !(b.endLevel > 0)) return null;
  const se = Math.hypot(levelSe(c.noise ?? b.noise, c.levelWindow), levelSe(b.noise ?? c.noise, b.levelWindow));
  return {
    series: name,
    excess: c.endLevel / b.endLevel - 1,
    tolerance: Math.max(LEVEL_TOLERANCE_FLOOR, (3 * se) / b.endLevel),
    cur: c.endLevel,
    base: b.endLevel,
  };
}

/** Relative drop over the tail (positive when falling), null without a tail trend. */
export function tailDrop(s: SeriesSummary | null): number | null {
  if (!s?.tail || s.endLevel === null || s.endLevel === 0) return null;
  return -s.tail.change / Math.abs(s.endLevel);
}

/**
 * How much the shape of the end of the run supports "not finished learning": still falling
 * beyond noise (1), not falling but stopped earlier than the baseline (0.8), neither (0.6: the
 * losses are merely higher, which a harder dataset can also cause).
 */
export function progressFactor(falling: boolean, fewerSteps: boolean): number {
  if (falling) return 1;
  return fewerSteps ? 0.8 : 0.6;
}

/**
 * A run cut short whose train loss is well above the baseline's while its validation loss is
 * within noise of the baseline's (small validation sets are noisy) has still not learned what the
 * baseline learned — CONTRACT §6: "training stopped too early" — but the generalisation cost is
 * not confirmed by the log, so the finding keeps this share of the train-loss strength; the eval
 * rows (attribution) then say how much of the regression it carries.
 */
export const VAL_UNCONFIRMED_FACTOR = 0.6;

export function fewerSteps(ctx: CheckContext): boolean {
  const { cur, base } = ctx;
  return Boolean(base && base.lastX !== null && cur.lastX !== null && base.xName === cur.xName && cur.lastX < 0.9 * base.lastX);
}

export function assessUnderfitting(ctx: CheckContext, instability: InstabilityDraft): Draft {
  const { cur, base } = ctx;
  const xName = cur.xName;
  if (instability.diverged || instability.nonFiniteLoss) return NOT_DETECTED({ reason: 'loss diverged or went non-finite (see training_instability)' });
  // A training loss going up at the end is not "has not learned yet".
  if (stillRising(cur.trainLoss)) return NOT_DETECTED({ reason: 'train_loss rising at the end' });

  // Without a baseline the falling tail is the only evidence, so it must clear 3 standard errors.
  const z = base ? 2 : 3;
  const fallingS = (c: SeriesSummary | null, b: SeriesSummary | null | undefined) => fallingAtStop(c, b?.noise ?? null, z);
  const falling = cur.valLoss ? fallingS(cur.valLoss, base?.valLoss) && (cur.trainLoss === null || fallingS(cur.trainLoss, base?.trainLoss)) : fallingS(cur.trainLoss, base?.trainLoss);
  const fewer = fewerSteps(ctx);

  if (!base) {
    // Absolute rule: both losses still clearly falling when the run stopped.
    const drops = [tailDrop(cur.trainLoss), tailDrop(cur.valLoss)].filter((d): d is number => d !== null);
    const drop = drops.length ? Math.min(...drops) : null;
    const details = { tail_drop: round6(drop), still_falling: falling, rows: cur.rows, reliability: round6(ctx.reliability) };
    if (!falling || drop === null || drop < LEVEL_MINOR) return NOT_DETECTED(details);
    const raw = logRamp(drop, LEVEL_MINOR, LEVEL_MAJOR) * ctx.reliability;
    const s = cur.valLoss ?? cur.trainLoss!;
    return {
      detected: raw > 0,
      raw,
      significant: ctx.reliability >= 1,
      title: `Losses still falling when training stopped at ${xName} ${fmt(cur.lastX)} (${pct(-drop)} over the last ${fmt(s.tail!.toX - s.tail!.fromX)} ${xName}s)`,
      metric: cur.valLoss ? 'val_loss' : 'train_loss',
      evidence: fallingEvidence(cur.trainLoss, cur.valLoss, xName, z),
      details,
    };
  }

  const levels = [levelExcess('train_loss', cur.trainLoss, base.trainLoss), levelExcess('val_loss', cur.valLoss, base.valLoss)].filter(
    (l): l is LevelExcess => l !== null,
  );
  const details = {
    train_excess: round6(levels.find((l) => l.series === 'train_loss')?.excess ?? null),
    val_excess: round6(levels.find((l) => l.series === 'val_loss')?.excess ?? null),
    still_falling: falling,
    fewer_steps: fewer,
    last_x: round6(cur.lastX),
    base_last_x: round6(base.lastX),
    rows: cur.rows,
    base_rows: base.rows,
    reliability: round6(ctx.levelReliability),
  };
  if (levels.length === 0) return NOT_DETECTED(details);
  const beyond = (l: LevelExcess) => l.excess >= Math.max(LEVEL_MINOR, l.tolerance);
  // Both losses must be high: the smaller excess decides (one high loss alone is over- or mis-fitting).
  const weakest = levels.reduce((a, b) => (b.excess < a.excess ? b : a));
  const bothHigh = beyond(weakest) && levels.every((l) => l.excess >= l.tolerance);
  // …or the run was cut short while still learning: train loss well above the baseline's, the
  // validation loss not better than the baseline's beyond its noise (VAL_UNCONFIRMED_FACTOR).
  const train = levels.find((l) => l.series === 'train_loss');
  const val = levels.find((l) => l.series === 'val_loss');
  const stoppedEarly = !bothHigh && fewer && falling && train !== undefined && beyond(train) && val !== undefined && val.excess > -val.tolerance;
  if (!bothHigh && !stoppedEarly) return NOT_DETECTED(details);
  const lead = bothHigh ? weakest : train!;

  // A run cut short is the usual way to underfit, and it leaves few rows. The level comparison
  // then rests on the baseline's full log (its noise sets the tolerance): level reliability.
  const reliability = ctx.levelReliability;
  const raw = logRamp(lead.excess, LEVEL_MINOR, LEVEL_MAJOR) * (bothHigh ? progressFactor(falling, fewer) : VAL_UNCONFIRMED_FACTOR) * reliability;
  const evidence: Evidence[] = levels.map((l) => ({
    text: `${l.series} ends at ${fmt(l.cur)} vs ${fmt(l.base)} in the baseline (${pct(l.excess)}${beyond(l) || l === lead ? '' : l.excess < l.tolerance ? `, within its noise ±${fmt(l.tolerance * 100)}%` : `, under the ${pct(LEVEL_MINOR)} that counts`})`,
    value: round6(l.excess) ?? undefined,
  }));
  if (falling) evidence.push(...fallingEvidence(cur.trainLoss, cur.valLoss, xName, z, base));
  if (fewer) evidence.push(...matchedEvidence(ctx));
  const tail = falling ? ' and still falling' : '';
  const short = fewer ? ` after ${fmt(cur.lastX)} ${xName}s (baseline ${fmt(base.lastX)})` : '';
  return {
    detected: raw > 0,
    raw,
    significant: reliability >= 1,
    title: bothHigh
      ? `Losses end ${pct(weakest.excess)} above the baseline${tail}${short}`
      : `Training stopped at ${xName} ${fmt(cur.lastX)} of the baseline's ${fmt(base.lastX)} while still learning: train_loss ends ${pct(train!.excess)} above the baseline`,
    metric: lead.series,
    evidence,
    details: { ...details, level_excess: round6(lead.excess), level_tolerance: round6(lead.tolerance), path: bothHigh ? 'both_high' : 'stopped_early' },
  };
}

/**
 * Where the baseline stood when this run stopped, and where it went after: a run that matches
 * the baseline at the same epoch and stops there is the baseline's training cut short.
 */
function matchedEvidence(ctx: CheckContext): Evidence[] {
  const { cur, base, curLog, baseLog } = ctx;
  const out: Evidence[] = [];
  if (!base || !baseLog || cur.lastX === null) return out;
  const xName = cur.xName;
  const sameUnits = base.xName === xName;
  for (const [name, c, b, bs] of [
    ['train_loss', curLog.trainLoss, baseLog.trainLoss, base.trainLoss],
    ['val_loss', curLog.valLoss, baseLog.valLoss, base.valLoss],
  ] as const) {
    if (!sameUnits || !c || !b || !bs || bs.endLevel === null) continue;
    const at = valueAt(baseLog.x, b, cur.lastX);
    const mine = valueAt(curLog.x, c, cur.lastX);
    if (at === null || mine === null) continue;
    out.push({
      text: `at ${xName} ${fmt(cur.lastX)}, where this run stopped, the baseline's ${name} was ${fmt(at)} (this run ${fmt(mine)}); the baseline went on to ${fmt(bs.endLevel)} by ${xName} ${fmt(base.lastX)}`,
      value: round6(at) ?? undefined,
    });
  }
  if (out.length === 0) out.push({ text: `ran to ${xName} ${fmt(cur.lastX)} vs ${fmt(base.lastX)} in the baseline`, value: round6(cur.lastX) ?? undefined });
  return out;
}

function fallingEvidence(train: SeriesSummary | null, val: SeriesSummary | null, xName: string, z: number, base: LogSummary | null = null): Evidence[] {
  const out: Evidence[] = [];
  for (const [name, s, b] of [
    ['train_loss', train, base?.trainLoss ?? null],
    ['val_loss', val, base?.valLoss ?? null],
  ] as const) {
    if (s && !s.tail && s.lastStep !== null && s.final !== null && fallingAtStop(s, b?.noise ?? null, z)) {
      out.push({
        text: `${name} still falling when the run stopped: ${fmt(s.final - s.lastStep)} → ${fmt(s.final)} in its last logged ${xName} (${pct(s.lastStep / Math.abs(s.final - s.lastStep))})`,
        value: round6(s.lastStep) ?? undefined,
      });
      continue;
    }
    if (!s?.tail || !stillFalling(s, z)) continue;
    const drop = tailDrop(s)!;
    out.push({
      text: `${name} still falling at the end: ${pct(-drop)} from ${xName} ${fmt(s.tail.fromX)} to ${fmt(s.tail.toX)} (Theil–Sen slope ${fmt(s.tail.slope)} per ${xName}, noise ±${fmt(2 * s.tail.changeSe)})`,
      value: round6(s.tail.slope) ?? undefined,
    });
  }
  return out;
}
