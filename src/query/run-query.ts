/**
 * The agent's look into the rows: a `RunDataQuery` over the two loaded runs. Pure functions of
 * plain data (the columnar tables of artifacts/, the training logs); nothing here reads files or
 * calls the analysis, so an answer is what the rows say, recomputed simply and capped in size.
 * Every name and value in an answer comes from an artifact: the agent fences it as data.
 */
import { cellText, type Column, type NumberColumn } from '../artifacts/table.js';
import type { EvalView, RunArtifacts, TrainLog } from '../artifacts/types.js';
import type { PlainValue, RunDataQuery, SegmentRef } from './port.js';

/** Largest answers: groups of a segment column, examples, curve points, features shown per example, characters per text. */
export const QUERY_LIMITS = { groups: 30, examples: 20, points: 50, featuresPerExample: 8, text: 200, topValues: 10 } as const;

const CLASSIFICATION_METRICS = ['accuracy', 'error_rate', 'positive_rate', 'mean_score', 'n'] as const;
const REGRESSION_METRICS = ['mae', 'rmse', 'mean_error', 'n'] as const;

function r6(x: number): number | null {
  return Number.isFinite(x) ? Number(x.toPrecision(6)) : null;
}

function cut(s: string): string {
  return s.length > QUERY_LIMITS.text ? `${s.slice(0, QUERY_LIMITS.text - 1)}…` : s;
}

function column(view: EvalView, name: string): Column | undefined {
  return view.table.columns.find((c) => c.name === name) ?? view.table.columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
}

function columnNames(view: EvalView): string[] {
  return view.table.columns.slice(0, 60).map((c) => cut(c.name));
}

// A numeric bin as the report writes it: [12.5, 40) or [40, 95].
const BIN = /^\[\s*(-?[\d.eE+-]+|-inf)\s*,\s*(-?[\d.eE+-]+|inf)\s*([)\]])$/;

/** Row indices of `view` in the segment, or an error naming what exists. */
function segmentRows(view: EvalView, segment: SegmentRef | undefined): number[] | { error: string; columns: string[] } {
  const all = Array.from({ length: view.n }, (_, i) => i);
  if (segment === undefined) return all;
  const col = column(view, segment.column);
  if (col === undefined) return { error: `no column '${cut(segment.column)}' in ${view.path}`, columns: columnNames(view) };
  const bin = col.kind === 'number' ? BIN.exec(segment.value.trim()) : null;
  if (bin && col.kind === 'number') {
    const lo = bin[1] === '-inf' ? -Infinity : Number(bin[1]);
    const hi = bin[2] === 'inf' ? Infinity : Number(bin[2]);
    return all.filter((i) => !col.missing[i] && col.values[i]! >= lo && (bin[3] === ']' ? col.values[i]! <= hi : col.values[i]! < hi));
  }
  return all.filter((i) => cellText(col, i) === segment.value);
}

function metricOf(view: EvalView, rows: readonly number[], metric: string): number | null {
  if (metric === 'n') return rows.length;
  let sum = 0;
  let count = 0;
  for (const i of rows) {
    const t = view.yTrue[i]!;
    const p = view.yPred?.[i] ?? NaN;
    let v: number;
    switch (metric) {
      case 'accuracy':
        v = p === t ? 1 : 0;
        break;
      case 'error_rate':
        v = p === t ? 0 : 1;
        break;
      case 'positive_rate':
        v = p === 1 ? 1 : 0;
        break;
      case 'mean_score':
        v = view.score?.[i] ?? NaN;
        break;
      case 'mae':
        v = Math.abs(p - t);
        break;
      case 'rmse':
        v = (p - t) ** 2;
        break;
      default: // mean_error
        v = p - t;
    }
    if ((metric === 'accuracy' || metric === 'error_rate' || metric === 'positive_rate') && (Number.isNaN(t) || Number.isNaN(p))) continue;
    if (!Number.isFinite(v)) continue;
    sum += v;
    count++;
  }
  if (count === 0) return null;
  return metric === 'rmse' ? r6(Math.sqrt(sum / count)) : r6(sum / count);
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function finiteSorted(col: NumberColumn, rows: readonly number[]): Float64Array {
  const out: number[] = [];
  for (const i of rows) {
    const v = col.values[i]!;
    if (!col.missing[i] && Number.isFinite(v)) out.push(v);
  }
  return Float64Array.from(out).sort();
}

/** The groups of a segment column: its values (most frequent first), or quartile bins of a numeric one. */
function groupsOf(col: Column, rows: readonly number[]): { labels: string[]; omitted: number } {
  if (col.kind === 'string') {
    const counts = new Map<string, number>();
    for (const i of rows) {
      const t = cellText(col, i);
      if (t !== '') counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const labels = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
    return { labels: labels.slice(0, QUERY_LIMITS.groups), omitted: Math.max(0, labels.length - QUERY_LIMITS.groups) };
  }
  const sorted = finiteSorted(col, rows);
  if (sorted.length === 0) return { labels: [], omitted: 0 };
  const edges = [...new Set([0, 0.25, 0.5, 0.75, 1].map((q) => Number(quantile(sorted, q).toPrecision(6))))];
  if (edges.length === 1) return { labels: [`[${edges[0]}, ${edges[0]}]`], omitted: 0 };
  const labels = edges.slice(0, -1).map((lo, k) => `[${lo}, ${edges[k + 1]}${k === edges.length - 2 ? ']' : ')'}`);
  return { labels, omitted: 0 };
}

/** The baseline table that matches the current one: same path, else the first. */
function pair(base: RunArtifacts | null, cur: RunArtifacts): { cur: EvalView | undefined; base: EvalView | undefined } {
  const c = cur.evals[0];
  const b = c && base ? (base.evals.find((e) => e.path === c.path) ?? base.evals[0]) : undefined;
  return { cur: c, base: b };
}

function distribution(view: EvalView | undefined, feature: string, segment: SegmentRef | undefined): PlainValue {
  if (view === undefined) return null;
  const col = column(view, feature);
  if (col === undefined) return { error: `no column '${cut(feature)}' in ${view.path}` };
  const rows = segmentRows(view, segment);
  if (!Array.isArray(rows)) return rows;
  if (col.kind === 'number') {
    const s = finiteSorted(col, rows);
    let sum = 0;
    for (const v of s) sum += v;
    const mean = s.length > 0 ? sum / s.length : NaN;
    let sq = 0;
    for (const v of s) sq += (v - mean) ** 2;
    return {
      n: rows.length,
      missingOrNonFinite: rows.length - s.length,
      mean: r6(mean),
      std: r6(s.length > 1 ? Math.sqrt(sq / (s.length - 1)) : NaN),
      min: r6(s[0] ?? NaN),
      p25: r6(quantile(s, 0.25)),
      median: r6(quantile(s, 0.5)),
      p75: r6(quantile(s, 0.75)),
      max: r6(s[s.length - 1] ?? NaN),
    };
  }
  const counts = new Map<string, number>();
  let missing = 0;
  for (const i of rows) {
    const t = cellText(col, i);
    if (t === '') missing++;
    else counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return {
    n: rows.length,
    missing,
    distinct: counts.size,
    top: top.slice(0, QUERY_LIMITS.topValues).map(([value, c]) => ({ value: cut(value), count: c, share: r6(c / rows.length) })),
  };
}

function labelText(view: EvalView, v: number): PlainValue {
  if (Number.isNaN(v)) return null;
  return view.task === 'regression' ? r6(v) : cut(view.classes[v] ?? String(v));
}

const CURVE_ALIASES: Readonly<Record<string, keyof Pick<TrainLog, 'trainLoss' | 'valLoss' | 'lr' | 'gradNorm'>>> = {
  train_loss: 'trainLoss',
  loss: 'trainLoss',
  val_loss: 'valLoss',
  valid_loss: 'valLoss',
  eval_loss: 'valLoss',
  lr: 'lr',
  learning_rate: 'lr',
  grad_norm: 'gradNorm',
};

function curveOf(log: TrainLog | undefined, series: string): PlainValue {
  if (log === undefined) return null;
  const key = series.toLowerCase();
  const alias = CURVE_ALIASES[key];
  const values = alias ? log[alias] : (log.series[series] ?? Object.entries(log.series).find(([k]) => k.toLowerCase() === key)?.[1] ?? null);
  if (values === null) return { error: `no series '${cut(series)}' in ${log.path}`, series: [...Object.keys(CURVE_ALIASES).filter((k) => CURVE_ALIASES[k] && log[CURVE_ALIASES[k]] !== null), ...Object.keys(log.series)].map(cut) };
  const n = values.length;
  const step = Math.max(1, Math.ceil(n / QUERY_LIMITS.points));
  const idx: number[] = [];
  for (let i = 0; i < n; i += step) idx.push(i);
  if (n > 0 && idx[idx.length - 1] !== n - 1) idx.push(n - 1);
  let best = -1;
  for (let i = 0; i < n; i++) if (Number.isFinite(values[i]!) && (best < 0 || values[i]! < values[best]!)) best = i;
  const nonFinite = values.filter((v) => !Number.isFinite(v)).length;
  return {
    path: cut(log.path),
    x: log.xName,
    points: idx.map((i) => [r6(log.x[i]!), r6(values[i]!)]),
    ...(idx.length < n ? { pointsShown: idx.length, pointsLogged: n } : {}),
    min: best >= 0 ? { x: r6(log.x[best]!), value: r6(values[best]!) } : null,
    last: n > 0 ? r6(values[n - 1]!) : null,
    nonFinite,
  };
}

/** The data query the agent gets for one review: both runs, read-only. */
export function runDataQuery(base: RunArtifacts | null, cur: RunArtifacts): RunDataQuery {
  const views = pair(base, cur);
  return {
    segmentMetrics(columnName, metricName, value): PlainValue {
      const c = views.cur;
      if (c === undefined) return { error: 'the current run has no eval table' };
      const metric = metricName.trim().toLowerCase();
      const allowed: readonly string[] = c.task === 'regression' ? REGRESSION_METRICS : CLASSIFICATION_METRICS;
      if (!allowed.includes(metric)) return { error: `metric '${cut(metricName)}' is not one of: ${allowed.join(', ')} (${c.task})` };
      const col = column(c, columnName);
      if (col === undefined) return { error: `no column '${cut(columnName)}' in ${c.path}`, columns: columnNames(c) };
      const groups = value === undefined ? groupsOf(col, segmentRows(c, undefined) as number[]) : { labels: [value], omitted: 0 };
      const rows = groups.labels.map((label) => {
        const seg = { column: col.name, value: label };
        const curRows = segmentRows(c, seg);
        const baseRows = views.base ? segmentRows(views.base, seg) : null;
        const cv = Array.isArray(curRows) ? metricOf(c, curRows, metric) : null;
        const bv = views.base && Array.isArray(baseRows) ? metricOf(views.base, baseRows, metric) : null;
        return {
          value: cut(label),
          n: Array.isArray(curRows) ? curRows.length : 0,
          nBaseline: Array.isArray(baseRows) ? baseRows.length : null,
          baseline: bv,
          current: cv,
          delta: bv !== null && cv !== null ? r6(cv - bv) : null,
        };
      });
      return { table: cut(c.path), column: cut(col.name), metric, rows, ...(groups.omitted > 0 ? { omitted: groups.omitted } : {}) };
    },
    featureDistribution(feature, segment): PlainValue {
      if (views.cur === undefined) return { error: 'the current run has no eval table' };
      return { feature: cut(feature), ...(segment ? { segment: { column: cut(segment.column), value: cut(segment.value) } } : {}), baseline: distribution(views.base, feature, segment), current: distribution(views.cur, feature, segment) };
    },
    exampleErrors(limit, segment): PlainValue {
      const c = views.cur;
      if (c === undefined) return { error: 'the current run has no eval table' };
      if (c.yPred === null) return { error: `${c.path} has no prediction or score column` };
      const rows = segmentRows(c, segment);
      if (!Array.isArray(rows)) return rows;
      const yPred = c.yPred;
      const confidence = (i: number): number => {
        if (c.task === 'regression') return Math.abs(yPred[i]! - c.yTrue[i]!);
        if (c.score) return Math.abs(c.score[i]! - 0.5) * 2;
        if (c.probs) return Math.max(...c.probs.map((p) => p[i]!));
        return 0;
      };
      const wrong = rows.filter((i) => (c.task === 'regression' ? Number.isFinite(yPred[i]! - c.yTrue[i]!) : !Number.isNaN(c.yTrue[i]!) && !Number.isNaN(yPred[i]!) && yPred[i] !== c.yTrue[i]));
      const conf = new Map(wrong.map((i) => [i, confidence(i)]));
      wrong.sort((a, b) => (conf.get(b)! - conf.get(a)!) || a - b);
      const n = Math.max(1, Math.min(QUERY_LIMITS.examples, Math.floor(limit)));
      const shown = c.features.slice(0, QUERY_LIMITS.featuresPerExample);
      return {
        table: cut(c.path),
        rows: rows.length,
        [c.task === 'regression' ? 'withError' : 'misclassified']: wrong.length,
        examples: wrong.slice(0, n).map((i) => ({
          row: i + 1,
          ...(c.ids ? { id: cut(c.ids.text(i)) } : {}),
          label: labelText(c, c.yTrue[i]!),
          prediction: labelText(c, yPred[i]!),
          ...(c.score ? { score: r6(c.score[i]!) } : {}),
          features: Object.fromEntries(shown.map((f) => [cut(f.name), cut(cellText(f, i))])),
        })),
        ...(c.features.length > shown.length ? { featuresNotShown: c.features.length - shown.length } : {}),
      };
    },
    trainingCurve(series): PlainValue {
      const cl = cur.trainLogs[0];
      if (cl === undefined) return { error: 'the current run has no training log' };
      const bl = base?.trainLogs.find((l) => l.path === cl.path) ?? base?.trainLogs[0];
      return { series: cut(series), baseline: curveOf(bl, series), current: curveOf(cl, series) };
    },
  };
}
