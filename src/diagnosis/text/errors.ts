/**
 * The words of the model area's error analysis: evidence lines from the typed error facts of a
 * metric or segment signal (analysis/performance/error-facts.ts) — the confusion cells that
 * moved, the class whose recall fell, the class pairs confused more, and a headline metric that
 * does no better than a trivial predictor. Only material moves reach here (MIN_RATE_CHANGE).
 * Class labels and segment values come from the artifacts: they are written as code spans, and
 * the renderer passes every evidence line through the escaper (report/escape.ts `inline`).
 */
import type { Evidence } from '../../analysis/signals.js';
import type { BinaryConfusionFacts, ErrorFacts, MulticlassConfusionFacts, RunPair, TrivialFact } from '../../analysis/performance/error-facts.js';
import { fmt } from '../../analysis/performance/signals.js';
import type { Condition } from '../../analysis/performance/types.js';

/** Class pairs named in the "confused more" line: one line a reader takes in at a glance. */
export const MAX_PAIRS_SHOWN = 3;

/** A code span that shows `value` verbatim, fenced one backtick longer than any run inside it. */
export function name(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const padded = value.startsWith('`') || value.endsWith('`') ? ` ${value} ` : value;
  return `${fence}${padded}${fence}`;
}

/** A count: whole numbers as they are, weighted sums to 3 significant digits. */
function count(v: number): string {
  return Number.isInteger(v) ? String(v) : fmt(v);
}

function pct(v: number): string {
  return `${Math.round(100 * v)}%`;
}

function arrow(p: RunPair, f: (v: number) => string = fmt): string {
  return `${f(p.base)} → ${f(p.current)}`;
}

/** " in `value_tier=high` (n=810)": where the rows are, or nothing for the whole table. */
function inWhere(where: readonly Condition[] | null, n: number): string {
  if (!where) return '';
  return ` in ${where.map((c) => name(`${c.column}=${c.value}`)).join(' & ')} (n=${count(n)})`;
}

/** Whole table: the moved cells, counts base → current, with recall and precision beside accuracy. */
function binaryTable(f: BinaryConfusionFacts): Evidence[] {
  const cells: string[] = [];
  const rates: string[] = [];
  if (f.recall?.material) {
    cells.push(`TP ${arrow(f.tp, count)}`, `FN ${arrow(f.fn, count)}`);
    rates.push(`recall ${arrow(f.recall)}`);
  }
  if (f.falsePositiveRate?.material) {
    cells.push(`FP ${arrow(f.fp, count)}`, `TN ${arrow(f.tn, count)}`);
    rates.push(`false-positive rate ${arrow(f.falsePositiveRate)}`);
  }
  if (!f.recall?.material && f.recall) rates.push(`recall ${arrow(f.recall)}`);
  if (f.precision.base !== null && f.precision.current !== null) rates.push(`precision ${fmt(f.precision.base)} → ${fmt(f.precision.current)}`);
  rates.push(`accuracy ${arrow(f.accuracy)}`);
  return [{ text: `Confusion cells that moved (positive class ${name(f.positive)}): ${cells.join(', ')}; ${rates.join(', ')}`, value: f.recall?.material ? f.recall.current : f.accuracy.current }];
}

/** A segment or slice: the true positives lost (or gained) and the false positives added (or removed). */
function binarySegment(f: BinaryConfusionFacts, where: readonly Condition[]): Evidence[] {
  const out: Evidence[] = [];
  const at = inWhere(where, f.n.current);
  const r = f.recall;
  if (r?.material) {
    const lost = f.tp.base - f.tp.current;
    const head = lost >= 0 ? `Lost ${count(lost)} of ${count(f.tp.base)} true positives` : `Gained ${count(-lost)} true positives (${arrow(f.tp, count)})`;
    out.push({ text: `${head}: recall ${arrow(r)}${at}`, value: r.current });
  }
  const fpr = f.falsePositiveRate;
  if (fpr?.material) out.push({ text: `False positives ${arrow(f.fp, count)}: false-positive rate ${arrow(fpr)}${at}`, value: fpr.current });
  return out;
}

function multiclass(f: MulticlassConfusionFacts, where: readonly Condition[] | null): Evidence[] {
  const out: Evidence[] = [];
  const at = inWhere(where, f.n.current);
  const top = f.recallFell[0];
  if (top) {
    const to = top.lostTo ? `, taken for ${name(top.lostTo.cls)} ${count(top.lostTo.baseCount)} → ${count(top.lostTo.currentCount)} times` : '';
    const more = f.recallFell.length - 1;
    out.push({
      text: `Recall of class ${name(top.cls)} fell ${arrow(top)} (${count(top.nCurrent)} rows)${to}${at}${more > 0 ? `; ${more} more class${more > 1 ? 'es' : ''} lost recall` : ''}`,
      value: top.current,
    });
  }
  if (f.confusedMore.length > 0) {
    const pairs = f.confusedMore
      .slice(0, MAX_PAIRS_SHOWN)
      .map((p) => `${name(p.trueClass)} predicted as ${name(p.predictedClass)} ${count(p.baseCount)} → ${count(p.currentCount)} times (${pct(p.base)} → ${pct(p.current)} of ${name(p.trueClass)})`);
    out.push({ text: `Confused more${at}: ${pairs.join('; ')}`, value: f.confusedMore[0]!.current });
  }
  return out;
}

const TRIVIAL_PREDICTOR: Readonly<Record<TrivialFact['metric'], (t: TrivialFact) => string>> = {
  accuracy: (t) => `always predicting ${name(t.majorityClass ?? '?')}`,
  log_loss: () => 'predicting the class prior for every row',
  rmse: () => 'predicting the mean for every row',
};

const TRIVIAL_LABEL: Readonly<Record<TrivialFact['metric'], string>> = { accuracy: 'Accuracy', log_loss: 'Log loss', rmse: 'RMSE' };

/** "Accuracy 0.81 is below always predicting `no` (0.83)", with the baseline's side of the line. */
function trivialLine(t: TrivialFact): Evidence {
  const worse = t.metric === 'accuracy' ? 'below' : 'above';
  const position = t.current === t.trivial ? 'equals' : t.crossed ? `${t.metric === 'accuracy' ? 'fell' : 'rose'} ${worse}` : `is ${worse}`;
  const predictor = TRIVIAL_PREDICTOR[t.metric](t);
  let baseline = '';
  if (t.baseline !== null && t.trivialBaseline !== null) {
    baseline = t.crossed
      ? `; in the baseline it was better: ${fmt(t.baseline)} against ${fmt(t.trivialBaseline)}`
      : `; the baseline did no better (${fmt(t.baseline)} against ${fmt(t.trivialBaseline)})`;
  }
  const r2 = t.metric === 'rmse' ? ' — R² at or below 0' : '';
  return { text: `${TRIVIAL_LABEL[t.metric]} ${fmt(t.current)} ${position} ${predictor} (${fmt(t.trivial)})${r2}${baseline}`, value: t.trivial };
}

/** Evidence lines of a signal's error facts, most telling first: trivial baselines, then the cells. */
export function errorEvidence(f: ErrorFacts): Evidence[] {
  const out: Evidence[] = f.trivial.map(trivialLine);
  const c = f.confusion;
  if (c?.kind === 'binary') out.push(...(f.where ? binarySegment(c, f.where) : binaryTable(c)));
  else if (c) out.push(...multiclass(c, f.where));
  return out;
}
