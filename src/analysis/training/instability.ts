/**
 * Training instability: NaN/inf losses, loss spikes, divergence and exploding or vanishing
 * gradients in the current log, each measured against what the baseline log already shows so
 * that a run which always had a noisy loss is not flagged for it.
 */
import type { Evidence } from '../signals.js';
import { NOT_DETECTED, primaryLoss, type CheckContext, type Draft } from './draft.js';
import { SPIKE_K, SPIKE_WINDOW, type Spike } from './series.js';
import { fmt, logRamp, NO_BASELINE_FACTOR, round6 } from './strength.js';
import { summarizeGrad, type GradSummary, type LogSummary, type SeriesSummary } from './summary.js';

export interface InstabilityDraft extends Draft {
  /** The loss diverged or ended non-finite: other loss-shape checks must not read it as over/underfitting. */
  readonly diverged: boolean;
  /** Some loss value was NaN/inf beyond the baseline's rate. */
  readonly nonFiniteLoss: boolean;
}

interface Component {
  readonly name: 'non_finite' | 'divergence' | 'spikes' | 'exploding_gradients' | 'vanishing_gradients';
  readonly raw: number;
  readonly significant: boolean;
  readonly title: string;
  readonly metric: string;
  readonly evidence: Evidence[];
}

/**
 * Strength of non-finite losses, fixed rather than scaled: a run whose last logged loss is
 * NaN/inf produced no usable model (0.9, critical); one that hit NaN/inf and recovered had an
 * overflow that may have corrupted weights or checkpoints (0.6, major); NaN/inf only in the
 * gradient norm with finite losses is a warning sign (0.4, minor).
 */
const NON_FINITE_END = 0.9;
const NON_FINITE_RECOVERED = 0.6;
const NON_FINITE_GRAD_ONLY = 0.4;

/** Divergence anchors on (end level / best) − 1: 1.5× the best is minor, 3× major, ~12× critical. */
const DIVERGENCE_MINOR = 0.5;
const DIVERGENCE_MAJOR = 2;
/** A rise must also be material for the run: at least 10% of the loss's initial value (near-zero losses jitter by large ratios). */
const DIVERGENCE_MATERIAL = 0.1;

/** Spike height anchors (jump above the rolling median, in units of the initial loss): 0.25 minor, 1 major. */
const SPIKE_MINOR = 0.25;
const SPIKE_MAJOR = 1;

/** Exploding gradients: grad norm ratio vs the baseline (or the run's early values): 5× minor, 30× major, ~260× critical. */
const EXPLODE_MINOR = 5;
const EXPLODE_MAJOR = 30;

/** Vanishing gradients: early / end grad-norm ratio, 1e3 minor, 1e5 major, and only while the loss is stuck. */
const VANISH_MINOR = 1e3;
const VANISH_MAJOR = 1e5;

export function assessInstability(ctx: CheckContext): InstabilityDraft {
  const comps: Component[] = [];
  const nf = nonFiniteComponent(ctx);
  if (nf) comps.push(nf);
  const div = divergenceComponent(ctx);
  if (div) comps.push(div);
  const sp = spikeComponent(ctx);
  if (sp) comps.push(sp);
  const ex = explodingComponent(ctx);
  if (ex) comps.push(ex);
  const va = vanishingComponent(ctx);
  if (va) comps.push(va);

  const endsBroken = Boolean(ctx.cur.trainLoss?.endsNonFinite || ctx.cur.valLoss?.endsNonFinite);
  const diverged = div !== null || (nf !== null && endsBroken);
  const strengthOf = (name: Component['name']) => round6(comps.find((c) => c.name === name)?.raw ?? 0);
  const details = {
    non_finite_strength: strengthOf('non_finite'),
    divergence_strength: strengthOf('divergence'),
    spike_strength: strengthOf('spikes'),
    exploding_gradient_strength: strengthOf('exploding_gradients'),
    vanishing_gradient_strength: strengthOf('vanishing_gradients'),
    spike_k: SPIKE_K,
    spike_window: SPIKE_WINDOW,
    train_loss_non_finite: ctx.cur.trainLoss?.nonFinite ?? null,
    val_loss_non_finite: ctx.cur.valLoss?.nonFinite ?? null,
    grad_norm_max: round6(ctx.cur.gradNorm?.max ?? null),
    base_grad_norm_max: round6(ctx.base?.gradNorm?.max ?? null),
    rows: ctx.cur.rows,
    base_rows: ctx.base?.rows ?? null,
  };
  if (comps.length === 0) return { ...NOT_DETECTED(details), diverged: false, nonFiniteLoss: false };

  // Strongest component first; ties keep the fixed order above (non-finite, divergence, ...).
  const ordered = [...comps].sort((a, b) => b.raw - a.raw);
  const top = ordered[0]!;
  return {
    detected: true,
    raw: top.raw,
    significant: ordered.some((c) => c.significant),
    title: top.title,
    metric: top.metric,
    evidence: ordered.flatMap((c) => c.evidence),
    details: { ...details, main_component: top.name, components: ordered.map((c) => c.name).join(',') },
    diverged,
    nonFiniteLoss: nf !== null && nf.metric !== 'grad_norm',
  };
}

function lossNonFinite(s: LogSummary): number {
  return (s.trainLoss?.nonFinite ?? 0) + (s.valLoss?.nonFinite ?? 0);
}

/** Count expected in the current log at the baseline's rate (0 without a baseline). */
function expectedAtBaseRate(baseCount: number, base: LogSummary | null, cur: LogSummary): number {
  if (!base || base.rows === 0) return 0;
  return (baseCount * cur.rows) / base.rows;
}

function nonFiniteComponent(ctx: CheckContext): Component | null {
  const { cur, base } = ctx;
  const lossNf = lossNonFinite(cur);
  const lossExpected = base ? expectedAtBaseRate(lossNonFinite(base), base, cur) : 0;
  if (lossNf > lossExpected + 0.5) {
    const ends = Boolean(cur.trainLoss?.endsNonFinite || cur.valLoss?.endsNonFinite);
    const worst = (cur.trainLoss?.nonFinite ?? 0) >= (cur.valLoss?.nonFinite ?? 0) ? 'train_loss' : 'val_loss';
    const s = worst === 'train_loss' ? cur.trainLoss! : cur.valLoss!;
    const baseText = base ? ` (baseline: ${lossNonFinite(base)} of ${base.rows})` : '';
    const text = `${worst} is NaN/inf in ${s.nonFinite} of ${cur.rows} rows, first at ${cur.xName} ${fmt(s.firstNonFiniteX)}${ends ? ', and the run ends non-finite' : ''}${baseText}`;
    return {
      name: 'non_finite',
      raw: ends ? NON_FINITE_END : NON_FINITE_RECOVERED,
      significant: true,
      title: `${worst} became NaN/inf at ${cur.xName} ${fmt(s.firstNonFiniteX)} (${s.nonFinite} of ${cur.rows} rows)`,
      metric: worst,
      evidence: [{ text, value: s.nonFinite }],
    };
  }
  const gradNf = cur.nonFinite.grad_norm ?? 0;
  const gradExpected = base ? expectedAtBaseRate(base.nonFinite.grad_norm ?? 0, base, cur) : 0;
  if (gradNf > gradExpected + 0.5) {
    return {
      name: 'non_finite',
      raw: NON_FINITE_GRAD_ONLY,
      significant: true,
      title: `grad_norm is NaN/inf in ${gradNf} of ${cur.rows} rows while the losses stay finite`,
      metric: 'grad_norm',
      evidence: [{ text: `grad_norm is NaN/inf in ${gradNf} of ${cur.rows} rows (gradient overflow, likely skipped steps)`, value: gradNf }],
    };
  }
  return null;
}

/** (end level / best) − 1, or the rise in units of the initial loss when the loss can be ≤ 0. */
function divergenceRatio(s: SeriesSummary): number | null {
  if (s.best === null || s.endLevel === null) return null;
  if (s.best > 0) return s.endLevel / s.best - 1;
  return (s.endLevel - s.best) / s.scale;
}

function divergenceComponent(ctx: CheckContext): Component | null {
  const p = primaryLoss(ctx.cur);
  if (!p) return null;
  const s = p.s;
  const d = divergenceRatio(s);
  if (d === null || s.endLevel === null || s.best === null) return null;
  const baseSeries = ctx.base ? (p.name === 'train_loss' ? ctx.base.trainLoss : ctx.base.valLoss) : null;
  const dBase = baseSeries ? divergenceRatio(baseSeries) : null;
  // Relative to the baseline: a loss that ends 2× its best is only news if the baseline's did not.
  const excess = dBase !== null && dBase > 0 ? (1 + d) / (1 + dBase) - 1 : d;
  const material = s.endLevel - s.best >= DIVERGENCE_MATERIAL * s.scale;
  if (!(excess >= DIVERGENCE_MINOR) || !material) return null;
  const ratio = s.best > 0 ? s.endLevel / s.best : null;
  const orders = s.endLevel > 0 && s.first !== null && s.first > 0 ? Math.log10(s.endLevel / s.scale) : null;
  const growth = ratio !== null ? `${fmt(ratio)}× its best` : `${fmt(s.endLevel - s.best)} above its best`;
  const evidence: Evidence[] = [
    {
      text: `${p.name} ends at ${fmt(s.endLevel)} (median of the last ${s.levelWindow} rows; last ${fmt(s.final)}) vs its best ${fmt(s.best)} at ${ctx.cur.xName} ${fmt(s.bestX)}: ${growth}`,
      value: round6(s.endLevel) ?? undefined,
    },
  ];
  if (orders !== null && orders >= 1) {
    evidence.push({ text: `${p.name} grew ${fmt(orders)} orders of magnitude from its initial ${fmt(s.scale)}`, value: round6(orders) ?? undefined });
  }
  if (dBase !== null && baseSeries?.best != null) {
    evidence.push({ text: `baseline ${p.name} ends ${fmt(1 + dBase)}× its best (${fmt(baseSeries.endLevel)} vs ${fmt(baseSeries.best)})`, value: round6(1 + dBase) ?? undefined });
  }
  const other = p.name === 'train_loss' ? ctx.cur.valLoss : null;
  const dOther = other ? divergenceRatio(other) : null;
  if (other && dOther !== null && dOther >= DIVERGENCE_MINOR) {
    evidence.push({ text: `val_loss ends at ${fmt(other.endLevel)} vs its best ${fmt(other.best)} as well`, value: round6(other.endLevel) ?? undefined });
  }
  return {
    name: 'divergence',
    raw: logRamp(excess, DIVERGENCE_MINOR, DIVERGENCE_MAJOR),
    significant: true,
    title:
      orders !== null && orders >= 1
        ? `${p.name} diverged: ${fmt(s.endLevel)} at the end vs best ${fmt(s.best)} (${fmt(orders)} orders of magnitude above its initial value)`
        : `${p.name} diverged: ends ${growth} (${fmt(s.endLevel)} vs ${fmt(s.best)})`,
    metric: p.name,
    evidence,
  };
}

function spikeComponent(ctx: CheckContext): Component | null {
  let best: { name: string; spikes: readonly Spike[]; excess: number; height: number } | null = null;
  for (const name of ['train_loss', 'val_loss'] as const) {
    const s = name === 'train_loss' ? ctx.cur.trainLoss : ctx.cur.valLoss;
    if (!s || s.spikes.length === 0) continue;
    const b = ctx.base ? (name === 'train_loss' ? ctx.base.trainLoss : ctx.base.valLoss) : null;
    const expected = b && b.finite > 0 ? (b.spikes.length * s.finite) / b.finite : 0;
    const excess = s.spikes.length - expected;
    const height = Math.max(...s.spikes.map((k) => k.height));
    const baseHeight = b && b.spikes.length > 0 ? Math.max(...b.spikes.map((k) => k.height)) : 0;
    // A run that always spiked as high is not news; the current spikes must be more or larger.
    if (excess < 1 || height <= 1.5 * baseHeight) continue;
    if (!best || height > best.height) best = { name, spikes: s.spikes, excess, height };
  }
  if (!best) return null;
  const raw = logRamp(best.height, SPIKE_MINOR, SPIKE_MAJOR) * ctx.reliability;
  if (!(raw > 0) || best.height < SPIKE_MINOR) return null;
  const top = [...best.spikes].sort((a, b) => b.height - a.height)[0]!;
  const xName = ctx.cur.xName;
  const where = best.spikes
    .slice(0, 8)
    .map((k) => fmt(k.x))
    .join(', ');
  return {
    name: 'spikes',
    raw,
    significant: best.excess >= 2 || best.height >= SPIKE_MAJOR,
    title: `${best.spikes.length} ${best.name} spike${best.spikes.length > 1 ? 's' : ''} above ${SPIKE_K}× the rolling median (largest ${fmt(top.value)} vs ${fmt(top.median)} at ${xName} ${fmt(top.x)})`,
    metric: best.name,
    evidence: [
      {
        text: `${best.name} jumped above ${SPIKE_K}× the median of the previous ${SPIKE_WINDOW} rows at ${xName} ${where}${best.spikes.length > 8 ? ', …' : ''}; largest jump ${fmt(top.height)}× its initial value`,
        value: best.spikes.length,
      },
    ],
  };
}

function explodingComponent(ctx: CheckContext): Component | null {
  const g = ctx.cur.gradNorm;
  if (!g) return null;
  const b = matchedBaseGrad(ctx);
  let ratio: number;
  let reference: string;
  let factor = 1;
  if (b) {
    const endRatio = b.endLevel > 0 ? g.endLevel / b.endLevel : 0;
    const maxRatio = b.max > 0 ? g.max / b.max : 0;
    ratio = Math.max(endRatio, maxRatio);
    const matched = ctx.base?.gradNorm && b !== ctx.base.gradNorm ? ` up to ${ctx.cur.xName} ${fmt(ctx.cur.lastX)}, where this run stopped` : '';
    reference = `the baseline's${matched} (end ${fmt(b.endLevel)}, max ${fmt(b.max)})`;
  } else {
    if (!(g.early > 0)) return null;
    ratio = g.max / g.early;
    reference = `its own early level ${fmt(g.early)}`;
    // With a baseline log that lacks grad_norm, only this run's own history is a reference.
    if (ctx.base) factor = NO_BASELINE_FACTOR;
  }
  if (!(ratio >= EXPLODE_MINOR)) return null;
  return {
    name: 'exploding_gradients',
    raw: logRamp(ratio, EXPLODE_MINOR, EXPLODE_MAJOR) * factor,
    significant: true,
    title: `grad_norm exploded: ${fmt(ratio)}× ${b ? "the baseline's" : 'its early level'} (max ${fmt(g.max)}, end ${fmt(g.endLevel)})`,
    metric: 'grad_norm',
    evidence: [{ text: `grad_norm reaches ${fmt(g.max)} (end level ${fmt(g.endLevel)}), ${fmt(ratio)}× ${reference}`, value: round6(ratio) ?? undefined }],
  };
}

/**
 * The baseline's gradient norms over the span the current run covered. Gradients shrink as
 * training converges, so a run that stopped at epoch 2 must be compared with the baseline's
 * first two epochs, not with its converged end (a 2-epoch run would look "6× the baseline" at
 * the same gradient norms the baseline had at epoch 2). The whole baseline when the current run
 * went as far or further, or the logs count different x units.
 */
function matchedBaseGrad(ctx: CheckContext): GradSummary | null {
  const b = ctx.base?.gradNorm ?? null;
  const log = ctx.baseLog;
  const lastX = ctx.cur.lastX;
  if (!b || !log?.gradNorm || lastX === null || ctx.base!.xName !== ctx.cur.xName || !(ctx.base!.lastX !== null && lastX < ctx.base!.lastX)) return b;
  const keep: number[] = [];
  for (let i = 0; i < log.x.length; i++) if (log.x[i]! <= lastX) keep.push(log.gradNorm[i]!);
  // Not even the baseline's first row falls in the span: its first row is the nearest reference.
  return summarizeGrad(Float64Array.from(keep.length ? keep : [log.gradNorm[0]!])) ?? b;
}

function vanishingComponent(ctx: CheckContext): Component | null {
  const g = ctx.cur.gradNorm;
  const train = primaryLoss(ctx.cur);
  if (!g || !train || !(g.early > 0) || g.endLevel < 0) return null;
  const drop = g.endLevel > 0 ? g.early / g.endLevel : Infinity;
  if (!(drop >= VANISH_MINOR)) return null;
  const b = ctx.base?.gradNorm ?? null;
  if (b && !(g.endLevel <= 1e-2 * b.endLevel)) return null;
  // Gradients going to ~0 while the loss is still high means learning stopped; at a low loss it is convergence.
  const s = train.s;
  const baseS = ctx.base ? (train.name === 'train_loss' ? ctx.base.trainLoss : ctx.base.valLoss) : null;
  const stuck =
    baseS?.endLevel != null && s.endLevel !== null
      ? s.endLevel > 1.05 * baseS.endLevel
      : s.endLevel !== null && s.startLevel !== null && s.endLevel >= 0.9 * s.startLevel;
  if (!stuck) return null;
  return {
    name: 'vanishing_gradients',
    raw: logRamp(Number.isFinite(drop) ? drop : VANISH_MAJOR * 10, VANISH_MINOR, VANISH_MAJOR),
    significant: true,
    title: `grad_norm vanished: ${fmt(g.endLevel)} at the end vs ${fmt(g.early)} early, while ${train.name} stays at ${fmt(s.endLevel)}`,
    metric: 'grad_norm',
    evidence: [
      {
        text: `grad_norm fell from ${fmt(g.early)} to ${fmt(g.endLevel)}${b ? ` (baseline ends at ${fmt(b.endLevel)})` : ''} while ${train.name} stayed at ${fmt(s.endLevel)}`,
        value: round6(g.endLevel) ?? undefined,
      },
    ],
  };
}
