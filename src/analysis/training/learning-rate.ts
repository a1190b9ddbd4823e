/**
 * Learning rate too high or too low for this run. Too high: the loss oscillates (many reversals
 * with large upward moves) or training became unstable after the learning rate went up. Too low:
 * after the learning rate went down, the loss ends higher than the baseline's (slow decrease).
 * The learning-rate change comes from the params diff (key named in details) or, without one,
 * from the logged lr column.
 */
import type { Evidence } from '../signals.js';
import { fallingAtStop, NOT_DETECTED, primaryLoss, type CheckContext, type Draft } from './draft.js';
import { levelSe } from './series.js';
import type { InstabilityDraft } from './instability.js';
import { describeChange, formatRatio, type ParamContext } from './params.js';
import { fmt, logRamp, NO_BASELINE_FACTOR, pct, round6 } from './strength.js';
import { fewerSteps, LEVEL_MAJOR, LEVEL_MINOR, levelExcess, progressFactor, tailDrop } from './underfitting.js';

/**
 * Oscillation rule. A reversal-heavy loss (sign-change rate ≥ 0.3) whose typical upward move
 * (75th percentile, in units of the loss at the start of training) is at least 3% is
 * oscillating; smaller wiggles are minibatch noise, visible on any loss that has flattened out.
 * Against a baseline the anchors are on the ratio of typical upward moves: 3× minor, 10× major,
 * ~42× critical, with the baseline's value floored at 1% (the noise level) so that a perfectly
 * smooth baseline does not make the smallest oscillation look infinite. Without a baseline:
 * 5% minor, 15% major.
 */
const OSC_SIGN_RATE_MIN = 0.3;
const OSC_UP_MIN = 0.03;
const OSC_BASE_FLOOR = 0.01;
const OSC_RATIO_MINOR = 3;
const OSC_RATIO_MAJOR = 10;
const OSC_ABS_MINOR = 0.05;
const OSC_ABS_MAJOR = 0.15;

/** Oscillation with no learning-rate change to blame: lr is the usual suspect but not the only one (tiny batches, data order). */
const SUSPECT_FACTOR = 0.7;

/** A logged lr column counts as changed when its median moved by more than 1%. */
const LR_COLUMN_TOLERANCE = 0.01;

/** Floor for the best-level tolerance: best levels within 2% of the baseline's are the same run (seed noise). */
const BEST_TOLERANCE_FLOOR = 0.02;

export interface LearningRateDraft extends Draft {
  readonly direction: 'too_high' | 'too_low' | null;
  /** The diagnosis rests on a learning-rate change (params or lr column), so it names a cause. */
  readonly fromChange: boolean;
}

export function assessLearningRate(
  ctx: CheckContext,
  instability: InstabilityDraft,
  lrChange: ParamContext | null,
  lrColumnRatio: number | null,
): LearningRateDraft {
  const { cur, base } = ctx;
  const paramRatio = lrChange?.ratio ?? null;
  const paramDir = lrChange && (lrChange.direction === 'up' || lrChange.direction === 'added') ? 'up' : lrChange?.direction === 'down' ? 'down' : null;
  const columnDir = lrColumnRatio === null ? null : lrColumnRatio > 1 + LR_COLUMN_TOLERANCE ? 'up' : lrColumnRatio < 1 - LR_COLUMN_TOLERANCE ? 'down' : null;
  const lrDir = paramDir ?? columnDir;
  const ratio = paramRatio ?? (lrDir !== null ? lrColumnRatio : null);

  const osc = oscillationEvidence(ctx);
  const details = {
    key: lrChange?.key ?? null,
    baseline: lrChange?.baseline ?? null,
    current: lrChange?.current ?? null,
    ratio: round6(ratio),
    lr_column_ratio: round6(lrColumnRatio),
    lr_schedule: cur.lr?.schedule ?? null,
    base_lr_schedule: base?.lr?.schedule ?? null,
    lr_median: round6(cur.lr?.median ?? null),
    base_lr_median: round6(base?.lr?.median ?? null),
    osc_series: osc.series,
    osc_sign_change_rate: round6(osc.signRate),
    osc_up_move_75: round6(osc.up),
    base_osc_up_move_75: round6(osc.baseUp),
    osc_ratio: round6(osc.ratio),
    instability_strength: round6(instability.detected ? instability.raw : 0),
    reliability: round6(ctx.reliability),
  };

  // Too high. After an increase, the strongest of: the run became unstable, its loss
  // oscillates, or it never reached the level the baseline reached (a worse best validation
  // loss: the larger steps bounce around the minimum the baseline settled into). Without an
  // increase only oscillation points at the learning rate, as a suspect.
  const best = lrDir === 'up' ? worseBest(ctx) : null;
  let highRaw = 0;
  let highWhy: 'instability' | 'oscillation' | 'worse_best' | null = null;
  if (lrDir === 'up') {
    const options = [
      { why: 'instability' as const, raw: instability.detected ? instability.raw : 0 },
      { why: 'oscillation' as const, raw: osc.raw },
      { why: 'worse_best' as const, raw: best?.raw ?? 0 },
    ].filter((o) => o.raw > 0);
    // Ties keep this order: instability names the most specific symptom.
    const top = options.reduce<(typeof options)[number] | null>((m, o) => (m === null || o.raw > m.raw ? o : m), null);
    if (top) {
      highRaw = top.raw;
      highWhy = top.why;
    }
  } else if (osc.raw > 0) {
    highRaw = osc.raw * SUSPECT_FACTOR;
    highWhy = 'oscillation';
  }

  // Too low: only when the learning rate went down, and the loss is behind the baseline's.
  let lowRaw = 0;
  let low: { excess: number; series: string; cur: number | null; base: number | null; falling: boolean } | null = null;
  if (lrDir === 'down' && !instability.diverged) {
    const p = primaryLoss(cur);
    const z = base ? 2 : 3;
    const falling = fallingAtStop(cur.trainLoss, base?.trainLoss?.noise ?? null, z) || fallingAtStop(cur.valLoss, base?.valLoss?.noise ?? null, z);
    if (p && base) {
      const l = levelExcess(p.name, p.s, p.name === 'train_loss' ? base.trainLoss : base.valLoss);
      if (l && l.excess >= Math.max(LEVEL_MINOR, l.tolerance)) {
        lowRaw = logRamp(l.excess, LEVEL_MINOR, LEVEL_MAJOR) * progressFactor(falling, fewerSteps(ctx)) * ctx.levelReliability;
        low = { excess: l.excess, series: p.name, cur: l.cur, base: l.base, falling };
      }
    } else if (p && falling) {
      const drop = tailDrop(p.s);
      if (drop !== null && drop >= LEVEL_MINOR) {
        lowRaw = logRamp(drop, LEVEL_MINOR, LEVEL_MAJOR) * ctx.curReliability;
        low = { excess: drop, series: p.name, cur: p.s.endLevel, base: null, falling };
      }
    }
  }

  if (!(highRaw > 0) && !(lowRaw > 0)) return { ...NOT_DETECTED(details), direction: null, fromChange: false };

  const evidence: Evidence[] = [];
  if (lrChange) evidence.push({ text: `learning rate changed: ${describeChange(lrChange)}`, value: round6(paramRatio) ?? undefined });
  if (lrColumnRatio !== null && columnDir !== null) {
    evidence.push({
      text: `logged lr median ${fmt(cur.lr?.median ?? null)} vs ${fmt(base?.lr?.median ?? null)} in the baseline (${formatRatio(lrColumnRatio)}; schedule ${cur.lr?.schedule ?? 'n/a'})`,
      value: round6(lrColumnRatio) ?? undefined,
    });
  }
  const what = lrChange ? lrChange.key : 'logged lr';
  const change = ratio !== null ? `${lrDir === 'up' ? 'raised' : 'lowered'} ${formatRatio(ratio)}` : 'changed';
  const from = lrChange ? ` (${fmtScalar(lrChange.baseline)} → ${fmtScalar(lrChange.current)})` : '';

  if (highRaw >= lowRaw) {
    if (best && best.raw > 0) evidence.push(best.evidence);
    // Under divergence every step is "up"; the oscillation numbers would only restate it.
    if (osc.raw > 0 && (highWhy === 'oscillation' || !instability.diverged)) evidence.push(osc.evidence!);
    if (highWhy === 'instability') evidence.push({ text: `after the increase: ${instability.title}`, value: round6(instability.raw) ?? undefined });
    const symptom = highWhy === 'instability' ? instability.title : highWhy === 'worse_best' ? best!.title : osc.title;
    const title =
      lrDir === 'up' ? `${what} ${change}${from}: ${symptom}` : `Learning rate likely too high: ${osc.title}`;
    const significant =
      highWhy === 'instability' ? instability.significant : highWhy === 'worse_best' ? best!.significant : osc.significant;
    return {
      detected: true,
      raw: highRaw,
      significant,
      title,
      metric: highWhy === 'instability' ? instability.metric : highWhy === 'worse_best' ? best!.series : osc.series,
      evidence,
      details: { ...details, direction: 'too_high', evidence_kind: highWhy },
      direction: 'too_high',
      fromChange: lrDir === 'up',
    };
  }
  const l = low!;
  evidence.push({
    text: l.base !== null
      ? `${l.series} ends at ${fmt(l.cur)} vs ${fmt(l.base)} in the baseline (${pct(l.excess)})${l.falling ? ', still falling' : ''}`
      : `${l.series} still falling at the end (${pct(-l.excess)} over the last 20% of the run)`,
    value: round6(l.excess) ?? undefined,
  });
  const symptom = l.base !== null ? `${l.series} ends ${pct(l.excess)} above the baseline${l.falling ? ', still falling' : ''}` : `${l.series} still falling at the end`;
  return {
    detected: true,
    raw: lowRaw,
    significant: ctx.levelReliability >= 1,
    title: `${what} ${change}${from}: ${symptom}`,
    metric: l.series,
    evidence,
    details: { ...details, direction: 'too_low', evidence_kind: 'slow_decrease', level_excess: round6(l.excess) },
    direction: 'too_low',
    fromChange: true,
  };
}

function fmtScalar(v: ParamContext['baseline']): string {
  return typeof v === 'number' ? fmt(v) : String(v);
}

interface OscillationEvidence {
  readonly raw: number;
  readonly significant: boolean;
  readonly series: 'train_loss' | 'val_loss' | null;
  readonly signRate: number | null;
  readonly up: number | null;
  readonly baseUp: number | null;
  readonly ratio: number | null;
  readonly title: string;
  readonly evidence: Evidence | null;
}

/**
 * Oscillation of either loss, the stronger one. A too-large step often shows on the validation
 * loss first: the training loss still falls on the batches it steps on while the validation loss
 * bounces between epochs.
 */
function oscillationEvidence(ctx: CheckContext): OscillationEvidence {
  const all = (['train_loss', 'val_loss'] as const).map((name) => oscillationOf(ctx, name));
  const p = primaryLoss(ctx.cur);
  const fallback = all.find((o) => o.series === p?.name) ?? all[0]!;
  return all.reduce((m, o) => (o.raw > m.raw ? o : m), fallback);
}

function oscillationOf(ctx: CheckContext, name: 'train_loss' | 'val_loss'): OscillationEvidence {
  const s = name === 'train_loss' ? ctx.cur.trainLoss : ctx.cur.valLoss;
  const p = s && s.finite >= 3 ? { name, s } : null;
  const o = p?.s.oscillation ?? null;
  if (!p || !o) return { raw: 0, significant: false, series: name, signRate: null, up: null, baseUp: null, ratio: null, title: '', evidence: null };
  const b = ctx.base ? (p.name === 'train_loss' ? ctx.base.trainLoss : ctx.base.valLoss) : null;
  const baseUp = b?.oscillation?.upMove75 ?? null;
  const ratio = baseUp !== null ? o.upMove75 / Math.max(baseUp, OSC_BASE_FLOOR) : null;
  let raw = 0;
  if (o.signChangeRate >= OSC_SIGN_RATE_MIN && o.upMove75 >= OSC_UP_MIN) {
    if (ratio !== null) raw = ratio >= OSC_RATIO_MINOR ? logRamp(ratio, OSC_RATIO_MINOR, OSC_RATIO_MAJOR) : 0;
    // No baseline series to compare with: absolute anchors (a baseline log without this loss
    // column gets the no-baseline factor here; without any baseline log analyze.ts applies it).
    else if (!b) raw = (o.upMove75 >= OSC_ABS_MINOR ? logRamp(o.upMove75, OSC_ABS_MINOR, OSC_ABS_MAJOR) : 0) * (ctx.base ? NO_BASELINE_FACTOR : 1);
  }
  raw *= ctx.reliability;
  const baseText = baseUp !== null ? ` vs ${fmt(baseUp)} in the baseline` : '';
  return {
    raw,
    significant: ctx.reliability >= 1,
    series: p.name,
    signRate: o.signChangeRate,
    up: o.upMove75,
    baseUp,
    ratio,
    title: `${p.name} oscillates (${fmt(o.signChangeRate * 100)}% of steps reverse; typical rise ${fmt(o.upMove75 * 100)}% of its initial value${baseText ? `, ${ratio !== null ? fmt(ratio) : ''}× the baseline` : ''})`,
    evidence: {
      text: `${p.name} reverses direction in ${fmt(o.signChangeRate * 100)}% of steps; 75th-percentile upward move ${fmt(o.upMove75 * 100)}% of its initial value${baseText}`,
      value: round6(o.upMove75) ?? undefined,
    },
  };
}

interface WorseBest {
  readonly raw: number;
  readonly significant: boolean;
  readonly series: 'train_loss' | 'val_loss';
  readonly title: string;
  readonly evidence: Evidence;
}

/**
 * The best level this run reached against the baseline's (SeriesSummary.bestLevel): the
 * validation loss when both logs have it — what the model generalises to — else the primary
 * loss. The anchors are the underfitting level anchors (+5% minor, +20% major); the tolerance is
 * 3 standard errors of the two best levels (each a median of `levelWindow` points under its
 * log's noise; a log too short for its own noise borrows the other's), at least 2%. A level
 * comparison: level reliability.
 */
function worseBest(ctx: CheckContext): WorseBest | null {
  const { cur, base } = ctx;
  if (!base) return null;
  const name: 'train_loss' | 'val_loss' | null = cur.valLoss && base.valLoss ? 'val_loss' : (primaryLoss(cur)?.name ?? null);
  if (!name) return null;
  const c = name === 'val_loss' ? cur.valLoss : cur.trainLoss;
  const b = name === 'val_loss' ? base.valLoss : base.trainLoss;
  if (!c || !b || c.bestLevel === null || b.bestLevel === null || !(b.bestLevel > 0)) return null;
  const se = Math.hypot(levelSe(c.noise ?? b.noise, c.levelWindow), levelSe(b.noise ?? c.noise, b.levelWindow));
  const excess = c.bestLevel / b.bestLevel - 1;
  const tolerance = Math.max(BEST_TOLERANCE_FLOOR, (3 * se) / b.bestLevel);
  if (!(excess >= Math.max(LEVEL_MINOR, tolerance))) return null;
  const raw = logRamp(excess, LEVEL_MINOR, LEVEL_MAJOR) * ctx.levelReliability;
  return {
    raw,
    significant: ctx.levelReliability >= 1,
    series: name,
    title: `${name} never got below ${fmt(c.bestLevel)}, ${pct(excess)} above the baseline's best ${fmt(b.bestLevel)}`,
    evidence: {
      text: `best ${name} level ${fmt(c.bestLevel)} vs ${fmt(b.bestLevel)} in the baseline (${pct(excess)}; medians of ${c.levelWindow} and ${b.levelWindow} consecutive ${ctx.cur.xName}s, noise ±${fmt(tolerance * 100)}%)`,
      value: round6(excess) ?? undefined,
    },
  };
}
