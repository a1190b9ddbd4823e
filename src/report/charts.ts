/**
 * The charts of report.md: each one a Mermaid xychart (mermaid.ts) with a line above saying what
 * it shows and, right below it, the same numbers as a markdown table (collapsed), for the mobile
 * apps and e-mails that show the source. Charts stay outside `<details>`: GitHub has failed to
 * render Mermaid inside a collapsed block. What is charted when is docs/decisions/0013.
 */
import { cell, code, inline } from './escape.js';
import { fmt, pct, signed } from './format.js';
import { xychart, yRange, type Series } from './mermaid.js';
import type { CurveSeries, FeatureHistogram, Finding, LearningCurves, Reliability, SegmentDeltas, Visuals } from './types.js';
import { METRIC_INFO } from '../analysis/performance/metric-defs.js';
import type { MetricName } from '../analysis/performance/types.js';

export const BASE_COLOUR = '#1f77b4';
export const CURRENT_COLOUR = '#d62728';
const BASE_LIGHT = '#aec7e8';
const CURRENT_LIGHT = '#ff9896';
const REFERENCE_COLOUR = '#bdbdbd';
/** Loss curves switch to log10 when the plotted values span more than this ratio. */
export const LOG_RATIO = 100;

export type ChartKind = 'segmentDeltas' | 'histogram' | 'learningCurves' | 'reliability';

const CHART_OF: Partial<Record<Finding['category'], ChartKind>> = {
  feature_drift: 'histogram',
  segment_regression: 'segmentDeltas',
  metric_regression: 'segmentDeltas',
  overfitting: 'learningCurves',
  underfitting: 'learningCurves',
  training_instability: 'learningCurves',
  learning_rate: 'learningCurves',
  calibration: 'reliability',
};
const DEFAULT_ORDER: readonly ChartKind[] = ['segmentDeltas', 'histogram', 'learningCurves', 'reliability'];

/** The charts there is data for, the one that illustrates the most important finding first. */
export function chartOrder(visuals: Visuals, findings: readonly Finding[]): ChartKind[] {
  const order: ChartKind[] = [];
  for (const f of findings) {
    const k = CHART_OF[f.category];
    if (k && !order.includes(k)) order.push(k);
  }
  for (const k of DEFAULT_ORDER) if (!order.includes(k)) order.push(k);
  return order.filter((k) => visuals[k] !== undefined);
}

/** The charts section (`maxCharts` of them, most relevant first), or '' when there is none. */
export function renderCharts(visuals: Visuals | undefined, findings: readonly Finding[], maxCharts: number): string {
  if (!visuals || maxCharts <= 0) return '';
  const blocks: string[] = [];
  for (const k of chartOrder(visuals, findings)) {
    if (blocks.length >= maxCharts) break;
    const b = renderOne(visuals, k);
    if (b) blocks.push(b);
  }
  if (blocks.length === 0) return '';
  return ['## Charts', '', ...blocks].join('\n');
}

function renderOne(v: Visuals, k: ChartKind): string | null {
  switch (k) {
    case 'segmentDeltas':
      return v.segmentDeltas ? segmentChart(v.segmentDeltas) : null;
    case 'histogram':
      return v.histogram ? histogramChart(v.histogram) : null;
    case 'learningCurves':
      return v.learningCurves ? curvesChart(v.learningCurves) : null;
    case 'reliability':
      return v.reliability ? reliabilityChart(v.reliability) : null;
  }
}

/** The numbers of a chart, collapsed below it. */
function numbers(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string {
  return [
    '<details><summary>Numbers behind the chart</summary>',
    '',
    `| ${header.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    '</details>',
    '',
  ].join('\n');
}

function block(heading: string, chart: string, table: string): string {
  return [heading, '', chart, '', table].join('\n');
}

function metricLabel(m: string): string {
  return m.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

// ---- segment deltas --------------------------------------------------------------------------

function segmentChart(s: SegmentDeltas): string | null {
  if (s.rows.length === 0) return null;
  const points = (METRIC_INFO[s.metric as MetricName]?.scale ?? 'relative') === 'points';
  const scale = points ? 100 : 1;
  const unit = points ? 'points' : `${s.metric} units`;
  const losses = s.rows.map((r) => r.loss * scale);
  const [lo, hi] = yRange(losses, { fromZero: true });
  const label = metricLabel(s.metric);
  const chart = xychart({
    title: `${label} lost per segment (${unit})`,
    xTitle: 'segment',
    categories: s.rows.map((r) => `${r.column}=${r.value}`),
    yTitle: `${label} lost (${unit})`,
    yMin: lo,
    yMax: hi,
    series: [{ kind: 'bar', values: losses }],
    palette: [CURRENT_COLOUR],
    horizontal: true,
  });
  const heading = `**${inline(label)} by segment** (${code(s.table)}): how much of it each segment lost, the segments holding most of the drop first; only segments that got significantly worse (Benjamini–Hochberg q < 0.05).`;
  const table = numbers(
    ['segment', 'n', 'baseline', 'current', 'Δ'],
    ['l', 'r', 'r', 'r', 'r'],
    s.rows.map((r) => [cell(`${r.column}=${r.value}`), String(r.n), fmt(r.baseline), fmt(r.current), signed(r.delta)]),
  );
  return block(heading, chart, table);
}

// ---- histogram -------------------------------------------------------------------------------

function histogramChart(h: FeatureHistogram): string | null {
  if (h.bins.length === 0) return null;
  const base = h.bins.map((b) => b.base * 100);
  const cur = h.bins.map((b) => b.current * 100);
  const [lo, hi] = yRange([...base, ...cur], { fromZero: true, max: 100 });
  const where = h.segment ? ` in ${h.segment.column}=${h.segment.value}` : '';
  const chart = xychart({
    title: `${h.feature}${where}: share of rows (%)`,
    xTitle: h.kind === 'number' ? h.feature : 'value',
    categories: h.bins.map((b) => b.label),
    yTitle: 'share of rows (%)',
    yMin: lo,
    yMax: hi,
    series: [
      { kind: 'bar', values: base },
      { kind: 'line', values: cur },
    ],
    palette: [BASE_COLOUR, CURRENT_COLOUR],
  });
  const whereMd = h.segment ? ` inside ${code(`${h.segment.column}=${h.segment.value}`)}` : '';
  const ends = h.kind === 'number' ? ' The end bins hold everything below the 1st and above the 99th percentile.' : '';
  const heading = `**Distribution of ${code(h.feature)}**${whereMd} (${code(h.table)}, n ${h.nBase} → ${h.nCurrent}): blue bars = base, red line = current, as shares of the rows.${ends}`;
  const table = numbers(
    [h.kind === 'number' ? 'bin' : 'value', 'base', 'current'],
    ['l', 'r', 'r'],
    h.bins.map((b) => [cell(b.label), pct(b.base), pct(b.current)]),
  );
  return block(heading, chart, table);
}

// ---- learning curves -------------------------------------------------------------------------

interface Line {
  readonly run: 'base' | 'current';
  readonly name: string;
  readonly points: readonly [number, number | null][];
  readonly colour: string;
}

function linesOf(lc: LearningCurves): Line[] {
  const light = (s: CurveSeries): boolean => s.name.startsWith('train');
  const out: Line[] = [];
  for (const s of lc.series) if (s.base && s.base.length > 0) out.push({ run: 'base', name: s.name, points: s.base, colour: light(s) ? BASE_LIGHT : BASE_COLOUR });
  for (const s of lc.series) if (s.current.length > 0) out.push({ run: 'current', name: s.name, points: s.current, colour: light(s) ? CURRENT_LIGHT : CURRENT_COLOUR });
  return out;
}

/** The longest run of points from the start whose values are finite (a NaN/inf loss ends the line). */
function finitePrefix(points: readonly [number, number | null][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [x, y] of points) {
    if (y === null || !Number.isFinite(y)) break;
    out.push([x, y]);
  }
  return out;
}

function curvesChart(lc: LearningCurves): string | null {
  const lines = linesOf(lc);
  if (lines.length === 0) return null;
  const plotted = lines.map((l) => ({ ...l, finite: finitePrefix(l.points) }));
  const values = plotted.flatMap((l) => l.finite.map((p) => p[1]));
  if (values.length === 0) return null;
  const positive = values.every((v) => v > 0);
  const log = positive && Math.max(...values) / Math.min(...values) > LOG_RATIO;
  const tr = (v: number): number => (log ? Math.log10(v) : v);
  const yTitle = log ? 'log10 of the loss' : 'loss';
  const [lo, hi] = yRange(values.map(tr));
  const sameX = (a: readonly [number, unknown][], b: readonly [number, unknown][]): boolean => a.length === b.length && a.every((p, i) => p[0] === b[i]![0]);
  const charts: string[] = [];
  const cut: string[] = [];
  for (const l of plotted) if (l.finite.length < l.points.length) cut.push(`${l.run} ${l.name} is not finite from ${lc.xName} ${fmt(l.points[l.finite.length]![0])} on`);
  const usable = plotted.filter((l) => l.finite.length >= 2);
  if (usable.length === 0) return null;
  // xychart plots every line over the same categories: lines share a chart only on one x grid.
  const groups: (typeof usable)[] = usable.every((l) => sameX(l.finite, usable[0]!.finite))
    ? [usable]
    : (['base', 'current'] as const).map((run) => usable.filter((l) => l.run === run)).filter((g) => g.length > 0);
  for (const g of groups) {
    // Within one run the train and validation lines can still differ in x: keep the common prefix.
    let n = Math.min(...g.map((l) => l.finite.length));
    while (n > 0 && !g.every((l) => l.finite[n - 1]![0] === g[0]!.finite[n - 1]![0])) n--;
    const grid = g[0]!.finite.slice(0, n).map((p) => p[0]);
    const sub = g.filter((l) => sameX(l.finite.slice(0, n), g[0]!.finite.slice(0, n)));
    if (grid.length < 2 || sub.length === 0) continue;
    const runs = [...new Set(sub.map((l) => l.run))];
    charts.push(
      xychart({
        title: `Loss by ${lc.xName}${runs.length === 1 ? ` (${runs[0]})` : ''}`,
        xTitle: lc.xName,
        categories: grid.map((x) => fmt(x)),
        yTitle,
        yMin: lo,
        yMax: hi,
        series: sub.map((l): Series => ({ kind: 'line', values: l.finite.slice(0, n).map((p) => tr(p[1])) })),
        palette: sub.map((l) => l.colour),
      }),
    );
  }
  if (charts.length === 0) return null;
  const names = [...new Set(lines.map((l) => l.name))];
  const legend = names.length > 1 ? '; light = train loss, dark = validation loss' : '';
  const logNote = log ? ' Values are log10 of the loss: the curves span more than two orders of magnitude, and Mermaid has no log axis.' : '';
  const cutNote = cut.length > 0 ? ` Not drawn past a non-finite value: ${inline(cut.join('; '))}.` : '';
  const split = charts.length > 1 ? ' Base and current are logged at different steps, so each has its own chart on the same y scale.' : '';
  const heading = `**Learning curves** (${code(lc.path)}, by ${inline(lc.xName)}): blue = base, red = current${legend}.${logNote}${split}${cutNote}`;
  // The table: every logged x of either run, the four columns side by side.
  const xs = [...new Set(lines.flatMap((l) => l.points.map((p) => p[0])))].sort((a, b) => a - b);
  const at = (l: Line, x: number): string => {
    const p = l.points.find((q) => q[0] === x);
    return p ? (p[1] === null ? 'NaN/∞' : fmt(p[1])) : '';
  };
  const table = numbers(
    [inline(lc.xName), ...lines.map((l) => `${l.run} ${inline(l.name)}`)],
    ['r', ...lines.map((): 'r' => 'r')],
    xs.map((x) => [fmt(x), ...lines.map((l) => at(l, x))]),
  );
  return [heading, '', charts.join('\n\n'), '', table].join('\n');
}

// ---- reliability -----------------------------------------------------------------------------

function reliabilityChart(r: Reliability): string | null {
  const hasBase = r.bins.some((b) => b.baseObserved !== null);
  const bins = r.bins.filter((b) => b.currentObserved !== null && (!hasBase || b.baseObserved !== null));
  if (bins.length < 2) return null;
  const series: Series[] = [{ kind: 'line', values: bins.map((b) => (b.lo + b.hi) / 2) }];
  const palette = [REFERENCE_COLOUR];
  if (hasBase) {
    series.push({ kind: 'line', values: bins.map((b) => b.baseObserved!) });
    palette.push(BASE_COLOUR);
  }
  series.push({ kind: 'line', values: bins.map((b) => b.currentObserved!) });
  palette.push(CURRENT_COLOUR);
  const what = r.kind === 'positive_class' ? 'positive class' : 'top label';
  const chart = xychart({
    title: `Reliability (${what}): observed rate per predicted bin`,
    xTitle: 'predicted probability (bin centre)',
    categories: bins.map((b) => ((b.lo + b.hi) / 2).toFixed(2)),
    yTitle: 'observed rate',
    yMin: 0,
    yMax: 1,
    series,
    palette,
  });
  const skipped = r.bins.length - bins.length;
  const ece = hasBase ? `ECE ${fmt(r.baseEce)} → ${fmt(r.currentEce)}` : `ECE ${fmt(r.currentEce)}`;
  const heading =
    `**Reliability diagram** (${code(r.table)}, ${what}; ${ece}): grey = perfect calibration (bin centre), ${hasBase ? 'blue = base, ' : ''}red = current.` +
    (skipped > 0 ? ` ${skipped} bin${skipped === 1 ? '' : 's'} with rows in only one run ${skipped === 1 ? 'is' : 'are'} in the table, not the chart.` : '');
  const table = numbers(
    ['bin', 'base predicted', 'base observed', 'base n', 'current predicted', 'current observed', 'current n'],
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    r.bins.map((b) => [`${fmt(b.lo, 3)}–${fmt(b.hi, 3)}`, fmt(b.basePredicted), fmt(b.baseObserved), fmt(b.baseN, 1), fmt(b.currentPredicted), fmt(b.currentObserved), fmt(b.currentN, 1)]),
  );
  return block(heading, chart, table);
}
