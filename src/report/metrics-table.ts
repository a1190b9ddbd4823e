/**
 * The metrics table of report.md: one row per metrics-file entry, whose Δ and 95 % CI come from
 * the same numbers. When the eval rows gave the interval, the row shows the values computed from
 * those rows, and the metrics file's own numbers go to a column of their own wherever they
 * differ (a metrics.json written from other rows, another threshold or a stale run); the
 * status reads "within noise" when the interval covers 0.
 */
import { cell } from './escape.js';
import { fmt, signed } from './format.js';
import type { MetricRow } from './types.js';

/**
 * The metrics file and the rows agree when they differ by at most half a unit in the third
 * decimal (relative to the value when it is above 1): a value written with 3 decimals — the
 * coarsest rounding metrics files commonly use — is that close to the one it rounds.
 */
export const METRICS_FILE_AGREES = 5e-4;

function agrees(file: number | null, rows: number): boolean {
  return file !== null && Math.abs(file - rows) <= METRICS_FILE_AGREES * Math.max(1, Math.abs(rows));
}

/** Does the metrics file's row say something else than the eval rows? */
export function fileDiffers(m: MetricRow): boolean {
  return m.rows !== undefined && !(agrees(m.baseline, m.rows.baseline) && agrees(m.current, m.rows.current));
}

/** The status of the numbers shown: from the rows' interval when there is one, else the metrics file's. */
export function shownStatus(m: MetricRow): string {
  if (m.ci && m.significant !== undefined && (m.rows || m.status === 'regressed' || m.status === 'improved')) {
    if (!m.significant) return 'within noise';
    const delta = m.rows?.delta ?? m.delta;
    if (delta !== null && delta !== 0) return (delta > 0) === (m.direction === 'higher') ? 'improved' : 'regressed';
  }
  return m.status;
}

/** The table's lines (header included); `limit` rows at most, with a pointer to report.json for the rest. */
export function renderMetricsTable(metrics: readonly MetricRow[], limit: number): string[] {
  const shown = metrics.slice(0, limit);
  const withFile = shown.some(fileDiffers);
  const L = [
    `| metric | baseline | current | Δ | 95% CI | status |${withFile ? ' metrics file |' : ''}`,
    `|---|---:|---:|---:|---|---|${withFile ? '---|' : ''}`,
  ];
  for (const m of shown) {
    const v = m.rows ?? { baseline: m.baseline, current: m.current, delta: m.delta };
    const ci = m.ci ? `[${signed(m.ci[0])}, ${signed(m.ci[1])}]${m.significant ? ' *' : ''}` : '';
    const file = withFile ? (fileDiffers(m) ? ` ${fmt(m.baseline)} → ${fmt(m.current)} |` : ' |') : '';
    L.push(`| ${cell(m.name)} | ${fmt(v.baseline)} | ${fmt(v.current)} | ${signed(v.delta)} | ${ci} | ${shownStatus(m)} |${file}`);
  }
  if (metrics.length > limit) L.push(`\n…${metrics.length - limit} more in report.json.`);
  return L;
}
