/**
 * Which share of the regression each finding accounts for: the rule that picks, per kind of
 * finding, the measurement of analysis/attribution that answers it, and the named cut-offs the
 * diagnosis applies to a share (rank, severity, explaining). Pure.
 */
import type { RunAnalysis } from '../analysis/analyze.js';
import {
  attributionContext,
  attributionLoss,
  changedRowsShare,
  duplicateRowsShare,
  largestSegmentShare,
  missingRowsShare,
  mixShare,
  modelShare,
  priorReweightedMetrics,
  priorShare,
  segmentShare,
  segmentValueAt,
  LOSS_LABEL,
  type Attribution,
  type AttributionContext,
  type LossKind,
} from '../analysis/attribution/attribute.js';
import type { Signal } from '../analysis/signals.js';
import { share as sharePct } from '../report/format.js';

export type { Attribution } from '../analysis/attribution/attribute.js';

/**
 * A cause "accounts for most of" a regression when the lower end of its share's 95 % interval is
 * at least this: more than half of the drop is on it even at the pessimistic end.
 */
export const SHARE_MOST = 0.5;
/**
 * A cause accounts for "little" of a regression when even the upper end of its share's interval is
 * below this: with confidence, four fifths of the drop lie elsewhere. Its severity is then capped
 * at minor (it is real, but not why the model got worse).
 */
export const SHARE_LITTLE = 0.2;

/** Training-side causes: what they explain is the change left when the eval inputs did not move. */
const MODEL_SIDE = new Set(['learning_rate', 'training_instability', 'overfitting', 'underfitting', 'config_change']);

export interface AttributionInput {
  readonly ctx: AttributionContext;
  readonly loss: LossKind;
  /** The metric whose regression the shares are of (the headline). */
  readonly metric: string | null;
}

/** The attribution setting of a run: the first compared eval table, measured on the headline metric's loss. */
export function attributionInput(a: RunAnalysis, headlineMetric: string | null): AttributionInput | null {
  for (const p of a.evalPairs) {
    if (!p.base) continue;
    const ctx = attributionContext(p.base, p.cur);
    if (ctx) return { ctx, loss: attributionLoss(ctx, headlineMetric), metric: headlineMetric };
  }
  return null;
}

/** The attribution of one finding, by what kind of finding it is; null when nothing measures it. */
export function attributeSignal(inp: AttributionInput, s: Signal): (Attribution & { segmentValue?: string; segments?: number }) | null {
  const { ctx, loss } = inp;
  const kind = s.details['kind'];
  const comparison = s.details['comparison'];
  // Label noise is measured on the rows whose label changed, wherever they are (its segment is
  // where they concentrate, cut by the data checks, not necessarily a performance segment).
  if (s.category === 'label_noise' && ctx.src.paired) return changedRowsShare(ctx, loss, [], true);
  // A cause located in a segment: the change inside that segment.
  if (s.segment && !s.segment.column.includes(' & ') && s.category !== 'feature_drift') return segmentShare(ctx, loss, s.segment.column, s.segment.value);
  switch (s.category) {
    case 'segment_regression':
    case 'bias':
      return s.segment ? segmentShare(ctx, loss, s.segment.column, s.segment.value) : null;
    case 'feature_drift': {
      if (comparison === 'reference' && s.feature) {
        // The training data's make-up changed on this column. The group that lost most of its share
        // is chosen from the training data alone (one a-priori test); without one (a numeric
        // column), the eval segment of it that got worse most (a choice among `segments`).
        const reduced = s.details['most_reduced_value'];
        if (typeof reduced === 'string') {
          const a = segmentShare(ctx, loss, s.feature, reduced);
          if (a) return { ...a, segmentValue: reduced, segments: 1 };
        }
        // A continuous column: the eval bin holding the range whose training share fell most,
        // also chosen from the training data alone.
        const at = s.details['most_reduced_at'];
        const bin = typeof at === 'number' ? segmentValueAt(ctx, s.feature, at) : null;
        if (bin !== null) {
          const a = segmentShare(ctx, loss, s.feature, bin);
          if (a) return { ...a, segmentValue: bin, segments: 1 };
        }
        const best = largestSegmentShare(ctx, loss, s.feature);
        return best ? { ...best, segmentValue: best.value, segments: best.segments } : null;
      }
      if (s.segment) return segmentShare(ctx, loss, s.segment.column, s.segment.value);
      if (!s.feature) return null;
      return ctx.src.paired ? changedRowsShare(ctx, loss, [s.feature]) : mixShare(ctx, loss, s.feature);
    }
    case 'preprocessing':
      if (!s.feature) return null;
      return changedRowsShare(ctx, loss, [s.feature, ...(typeof s.details['partner'] === 'string' ? [s.details['partner']] : [])]);
    case 'data_quality': {
      if (kind === 'duplicate_rows') return duplicateRowsShare(ctx, loss);
      if (!s.feature) return null;
      if (kind === 'missing' || kind === 'nan' || kind === 'inf' || kind === 'type_change' || kind === 'column_removed' || kind === 'column_renamed') {
        return ctx.src.paired ? changedRowsShare(ctx, loss, [s.feature]) : missingRowsShare(ctx, loss, s.feature);
      }
      return ctx.src.paired ? changedRowsShare(ctx, loss, [s.feature]) : null;
    }
    case 'label_shift':
      if (typeof s.details['prior_share'] === 'number') return priorMetricAttribution(s);
      return ctx.src.paired ? changedRowsShare(ctx, loss, [], true) : priorShare(ctx, loss);
    default:
      return MODEL_SIDE.has(s.category) ? modelShare(ctx, loss) : null;
  }
}

/** The prior_metric attribution a label-shift signal carries in its details (see priorImpactSignals). */
function priorMetricAttribution(s: Signal): Attribution | null {
  const d = s.details;
  const num = (k: string) => (typeof d[k] === 'number' ? (d[k] as number) : NaN);
  const [share, lo, hi, base, rw, cur] = ['prior_share', 'prior_share_lo', 'prior_share_hi', 'prior_metric_base', 'prior_metric_reweighted', 'prior_metric_current'].map(num) as [number, number, number, number, number, number];
  if (![share, lo, hi, base, rw, cur].every(Number.isFinite)) return null;
  return {
    method: 'prior_metric',
    loss: 'metric',
    share: { share, lo, hi, total: { value: cur - base, se: 0 }, part: { value: rw - base, se: 0 } },
    rows: typeof d['n'] === 'number' ? d['n'] : 0,
    metricValues: { base, reweighted: rw, current: cur },
  };
}

/**
 * A label prior that moved is judged by what it does to the headline metric, not by its PSI: a
 * few points of prevalence of a rare class move average precision, precision and F1 a lot. The
 * baseline model is scored under the current label mix (priorReweightedMetrics); when that
 * accounts for most of the regression, with the change's own interval, the label shift is a
 * cause as severe as the regression (a weak, unflagged label shift is raised to it).
 * Returns the label-shift signals to add and the ones they replace.
 */
export function priorImpactSignals(a: RunAnalysis, inp: AttributionInput, headline: Signal, signals: readonly Signal[]): { add: Signal[]; replace: Signal[] } {
  const metric = headline.metric;
  const base = headline.details['baseline'];
  const cur = headline.details['current'];
  const lo = headline.details['ciLow'];
  const hi = headline.details['ciHigh'];
  if (!metric || typeof base !== 'number' || typeof cur !== 'number' || typeof lo !== 'number' || typeof hi !== 'number') return { add: [], replace: [] };
  // The change's interval must exclude 0 for a share of it to be bounded.
  if (!(lo > 0 || hi < 0)) return { add: [], replace: [] };
  const shift = a.evalPairs.flatMap((p) => p.data.labelShift.filter((l) => l.comparison === 'eval' && l.significant))[0];
  if (!shift) return { add: [], replace: [] };
  const rw = priorReweightedMetrics(inp.ctx)?.get(metric);
  if (rw === undefined || !Number.isFinite(rw)) return { add: [], replace: [] };
  const part = rw - base;
  const share = part / (cur - base);
  const ends = [part / lo, part / hi];
  const sLo = Math.min(...ends);
  const sHi = Math.max(...ends);
  if (sLo < SHARE_MOST) return { add: [], replace: [] };
  const existing = signals.filter((s) => s.category === 'label_shift' && s.details['comparison'] === 'eval');
  const prev = existing[0];
  const moves = shift.shares
    .slice()
    .sort((x, y) => Math.abs(y.cur - y.base) - Math.abs(x.cur - x.base))
    .slice(0, 3)
    .map((m) => `${m.value} ${sharePct(m.base)} → ${sharePct(m.cur)}`);
  const signal: Signal = {
    category: 'label_shift',
    area: 'data',
    strength: Math.max(prev?.strength ?? 0, headline.strength),
    significant: true,
    title: prev?.title ?? `Label distribution moved${moves.length ? `: ${moves.join(', ')}` : ''} (PSI ${r4(shift.psi)}), and the ${metric} moved with it`,
    source: shift.source,
    evidence: prev?.evidence ?? [{ text: `PSI ${r4(shift.psi)}, p ${r4(shift.pValue)}`, value: shift.psi }],
    details: {
      ...(prev?.details ?? { comparison: 'eval', column: shift.column, what: 'label', psi: shift.psi, p_value: shift.pValue, n: shift.nCur }),
      prior_share: share,
      prior_share_lo: sLo,
      prior_share_hi: sHi,
      prior_metric_base: base,
      prior_metric_reweighted: rw,
      prior_metric_current: cur,
    },
  };
  return { add: [signal], replace: existing };
}


/** "Accounts for 86 % of the accuracy drop (95 % CI 70–101 %)", with what it was measured on. */
export function attributionText(a: Attribution, metric: string | null): string {
  const what = metric ? `the ${metric} regression` : `the regression`;
  const how: Record<Attribution['method'], string> = {
    changed_rows: `the id-matched rows whose value changed (${fmtRows(a.rows)})`,
    segment: `the change inside the segment (${fmtRows(a.rows)})`,
    mix: "the baseline model's loss under the new mix of values (covariate re-weighting)",
    prior: "the baseline model's loss under the new label mix (prior re-weighting)",
    model: `the rows whose inputs did not change (${fmtRows(a.rows)})`,
    prior_metric: "the baseline model under the current label mix (prior re-weighting)",
    duplicates: `the current rows with each duplicated row counted once (${a.rows} extra copies)`,
  };
  if (a.method === 'prior_metric' && a.metricValues) {
    const v = a.metricValues;
    return `Accounts for ${sharePct(a.share.share)} of ${what} (95 % CI ${sharePct(a.share.lo)} to ${sharePct(a.share.hi)}, from the change's interval): the baseline model re-weighted to the current label mix scores ${r4(v.reweighted)} (baseline ${r4(v.base)}, current ${r4(v.current)})`;
  }
  return `Accounts for ${sharePct(a.share.share)} of ${what} (95 % CI ${sharePct(a.share.lo)} to ${sharePct(a.share.hi)}), measured on the ${LOSS_LABEL[a.loss]} of ${how[a.method]}`;
}

const r4 = (v: number) => String(Number(v.toPrecision(4)));

function fmtRows(n: number): string {
  return `${Number.isInteger(n) ? n : Number(n.toPrecision(4))} rows`;
}
