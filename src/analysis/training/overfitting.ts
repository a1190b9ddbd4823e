/**
 * Overfitting: validation loss bottoms out and climbs back while training loss keeps falling,
 * or the val − train gap widens, in the current log beyond what the baseline log already shows.
 */
import type { Evidence } from '../signals.js';
import { NOT_DETECTED, type CheckContext, type Draft } from './draft.js';
import type { InstabilityDraft } from './instability.js';
import { levelSe, median } from './series.js';
import { fmt, logRamp, pct, round6 } from './strength.js';
import type { LogSummary, SeriesSummary } from './summary.js';

/**
 * Rise anchors, on (val end level − best) / best in excess of the baseline's own rise:
 * +5% minor, +20% major, ~+105% (validation loss doubled after its best) critical.
 */
const RISE_MINOR = 0.05;
const RISE_MAJOR = 0.2;

/**
 * Gap anchors, on the growth of (val − train) / val against the baseline: +0.05 minor, +0.2 major,
 * but capped below major: a wider gap without the validation loss rising can be benign (a model
 * that fits its training set better at equal validation loss), so alone it is a minor finding.
 */
const GAP_MINOR = 0.05;
const GAP_MAJOR = 0.2;
const GAP_CAP = 0.45;
/** …and the absolute gap must at least grow by half, so a near-zero baseline gap is not a ratio trap. */
const GAP_RATIO_MIN = 1.5;

/** Without a train_loss column the "train keeps improving" half cannot be checked. */
const NO_TRAIN_FACTOR = 0.6;

/** (end level − best) relative to the best value (to the scale when the loss can be ≤ 0). */
function riseAfterBest(s: SeriesSummary): number | null {
  if (s.best === null || s.endLevel === null) return null;
  return (s.endLevel - s.best) / (s.best > 0 ? s.best : s.scale);
}

function relGap(s: LogSummary): number | null {
  const t = s.trainLoss?.endLevel;
  const v = s.valLoss?.endLevel;
  if (t == null || v == null || v === 0) return null;
  return (v - t) / Math.abs(v);
}

/** Standard error of relGap from the point noise of both end levels (each a median of `levelWindow` points). */
function relGapSe(s: LogSummary): number {
  const t = s.trainLoss;
  const v = s.valLoss;
  if (!t || !v || v.endLevel === null || v.endLevel === 0) return 0;
  return Math.hypot(levelSe(t.noise, t.levelWindow), levelSe(v.noise, v.levelWindow)) / Math.abs(v.endLevel);
}

/** Median of the finite train losses logged at rows row-1..row+1 (one row is too noisy a reference). */
function trainAround(train: Float64Array, row: number): number | null {
  const vals: number[] = [];
  for (let i = Math.max(0, row - 1); i <= Math.min(train.length - 1, row + 1); i++) if (Number.isFinite(train[i]!)) vals.push(train[i]!);
  return vals.length ? median(vals) : null;
}

export function assessOverfitting(ctx: CheckContext, instability: InstabilityDraft): Draft {
  const { cur, base, curLog } = ctx;
  const v = cur.valLoss;
  const xName = cur.xName;
  if (!v || v.finite < 5 || v.best === null || v.bestRow === null || v.endLevel === null) return NOT_DETECTED({ reason: 'no usable val_loss' });
  // Divergence raises both losses; it is instability, not overfitting.
  if (instability.diverged) return NOT_DETECTED({ reason: 'loss diverged (see training_instability)' });

  const rise = riseAfterBest(v)!;
  const baseVal = base?.valLoss ?? null;
  const baseRise = baseVal ? riseAfterBest(baseVal) : null;
  const excess = rise - Math.max(0, baseRise ?? 0);
  let pointsAfterBest = 0;
  for (let i = v.bestRow + 1; i < curLog.x.length; i++) if (Number.isFinite(curLog.valLoss![i]!)) pointsAfterBest++;
  // best is the minimum of noisy points, so it sits ~2σ under the curve; 3σ keeps noise out.
  const beyondNoise = v.endLevel - v.best > 3 * (v.noise ?? 0);

  const t = cur.trainLoss;
  const trainAtBest = curLog.trainLoss ? trainAround(curLog.trainLoss, v.bestRow) : null;
  let trainDrop: number | null = null;
  let trainFalling: boolean | null = null;
  if (t?.endLevel != null && trainAtBest !== null) {
    trainDrop = (trainAtBest - t.endLevel) / Math.abs(trainAtBest || 1);
    trainFalling = trainAtBest - t.endLevel > 2 * (t.noise ?? 0) && trainDrop > 0;
  }

  let riseRaw = 0;
  if (excess >= RISE_MINOR && beyondNoise && pointsAfterBest >= 2 && trainFalling !== false) {
    riseRaw = logRamp(excess, RISE_MINOR, RISE_MAJOR) * (trainFalling === null ? NO_TRAIN_FACTOR : 1);
  }

  const gap = cur.endGap;
  const baseGap = base?.endGap ?? null;
  const gapRel = relGap(cur);
  const baseGapRel = base ? relGap(base) : null;
  const gapDelta = gapRel !== null && baseGapRel !== null ? gapRel - baseGapRel : null;
  const gapRatio = gap !== null && baseGap !== null && baseGap > 0 ? gap / baseGap : null;
  let gapRaw = 0;
  const trainNotWorse = t?.endLevel != null && base?.trainLoss?.endLevel != null && t.endLevel <= 1.02 * base.trainLoss.endLevel;
  // Seed noise moves both end levels; the widening must exceed 3 standard errors of the difference.
  const gapSe = base ? Math.sqrt(relGapSe(cur) ** 2 + relGapSe(base) ** 2) : 0;
  const gapBeyondNoise = gapDelta !== null && gapDelta > 3 * gapSe;
  if (gapDelta !== null && gapDelta >= GAP_MINOR && gapBeyondNoise && (baseGap! <= 0 || (gapRatio ?? 0) >= GAP_RATIO_MIN) && trainNotWorse) {
    gapRaw = Math.min(GAP_CAP, logRamp(gapDelta, GAP_MINOR, GAP_MAJOR));
  }

  const details = {
    best_val_loss: round6(v.best),
    best_val_x: round6(v.bestX),
    best_val_position: round6(v.bestPosition),
    base_best_val_x: round6(baseVal?.bestX ?? null),
    val_end_level: round6(v.endLevel),
    rise_after_best: round6(rise),
    base_rise_after_best: round6(baseRise),
    rise_excess: round6(excess),
    train_drop_after_best: round6(trainDrop),
    gap: round6(gap),
    base_gap: round6(baseGap),
    gap_ratio: round6(gapRatio),
    gap_rel_delta: round6(gapDelta),
    gap_rel_delta_se: round6(gapSe),
    val_increases: v.increases,
    base_val_increases: baseVal?.increases ?? null,
    rows: cur.rows,
    base_rows: base?.rows ?? null,
    reliability: round6(ctx.reliability),
  };
  // The rise after the best is a pattern of this run's own log (the baseline only says how much
  // of it is usual), so this log's rows decide how far to trust it; the widening gap compares
  // both logs' end levels, so the shorter log does.
  const reliability = riseRaw >= gapRaw ? ctx.curReliability : ctx.reliability;
  const raw = Math.max(riseRaw * ctx.curReliability, gapRaw * ctx.reliability);
  if (!(raw > 0)) return NOT_DETECTED(details);

  const evidence: Evidence[] = [];
  const position = v.bestPosition !== null ? ` (${fmt(v.bestPosition * 100)}% into the run)` : '';
  evidence.push({
    text: `val_loss best ${fmt(v.best)} at ${xName} ${fmt(v.bestX)}${position}, then ended at ${fmt(v.endLevel)} (${pct(rise)} vs its best${baseRise !== null ? `; baseline ${pct(baseRise)}, best at ${base!.xName} ${fmt(baseVal!.bestX)}` : ''})`,
    value: round6(rise) ?? undefined,
  });
  if (trainDrop !== null && t) {
    evidence.push({
      text: `train_loss ${trainFalling ? 'kept falling' : 'moved'} after ${xName} ${fmt(v.bestX)}: ${fmt(trainAtBest)} → ${fmt(t.endLevel)} (${pct(-trainDrop)})`,
      value: round6(trainDrop) ?? undefined,
    });
  }
  if (gap !== null && baseGap !== null) {
    evidence.push({
      text: `val − train gap ${fmt(gap)} vs ${fmt(baseGap)} in the baseline${gapRatio !== null ? ` (${fmt(gapRatio)}×)` : ''}`,
      value: round6(gap) ?? undefined,
    });
  }
  if (v.finite > 1) evidence.push({ text: `val_loss went up in ${v.increases} of ${v.finite - 1} steps`, value: v.increases });

  const title =
    riseRaw >= gapRaw
      ? `val_loss rose ${pct(rise)} after its best at ${xName} ${fmt(v.bestX)} while train_loss kept falling${baseRise !== null ? ` (baseline ${pct(baseRise)})` : ''}`
      : `val − train loss gap widened ${gapRatio !== null ? `${fmt(gapRatio)}×` : ''} vs the baseline (${fmt(baseGap)} → ${fmt(gap)})`;
  return {
    detected: true,
    raw,
    significant: (riseRaw >= gapRaw ? beyondNoise : gapBeyondNoise) && reliability >= 1,
    title,
    metric: 'val_loss',
    evidence,
    details: { ...details, path: riseRaw >= gapRaw ? 'rise_after_best' : 'gap' },
  };
}
