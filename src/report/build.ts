/**
 * Assembles report.json (CONTRACT §5) from the analysis and the diagnosis. Numbers are rounded
 * to 6 significant digits so reports diff cleanly; order is deterministic.
 */
import type { Config } from '../config/config.js';
import type { RunAnalysis } from '../analysis/analyze.js';
import type { Diagnosis } from '../diagnosis/diagnose.js';
import { VERSION } from '../version.js';
import type { MetricRow, Report, SegmentRow } from './types.js';
import { buildVisuals, type HistogramsAhead } from './visuals.js';
import { round6 } from './format.js';

/** A metric's change computed from the eval rows: the interval and the values it is the interval of. */
export interface RowInterval {
  readonly ci: [number, number];
  readonly significant: boolean;
  readonly rows?: { readonly table: string; readonly baseline: number; readonly current: number; readonly delta: number };
}

export interface BuildInput {
  readonly analysis: RunAnalysis;
  readonly diagnosis: Diagnosis;
  readonly config: Config;
  readonly baseline: Report['baseline'];
  readonly current: Report['current'];
  /** Row-based intervals for metrics-file rows, keyed by metric leaf name (accuracy, auc, ...). */
  readonly intervals?: ReadonlyMap<string, RowInterval>;
  readonly segments?: readonly SegmentRow[];
  /** Histograms made ahead (the data worker's, review.ts): the same numbers, counted earlier. */
  readonly histograms?: HistogramsAhead;
}

export { round6 } from './format.js';

export function buildReport(input: BuildInput): Report {
  const { analysis, diagnosis } = input;
  const metrics: MetricRow[] = analysis.metricDiffs.map((m) => {
    const row: MetricRow = {
      name: m.name,
      baseline: finiteOrNull(m.baseline),
      current: finiteOrNull(m.current),
      delta: m.delta === null ? null : finiteOrNull(round6(m.delta)),
      direction: m.direction,
      status: m.status,
    };
    const iv = input.intervals?.get(m.name.split(/[.:]/).pop()!);
    if (iv && !/^(train|val|valid|validation|data)\./i.test(m.name)) {
      row.ci = [round6(iv.ci[0]), round6(iv.ci[1])];
      row.significant = iv.significant;
      if (iv.rows) row.rows = { table: iv.rows.table, baseline: round6(iv.rows.baseline), current: round6(iv.rows.current), delta: round6(iv.rows.delta) };
    }
    return row;
  });
  const visuals = buildVisuals(analysis, diagnosis, input.histograms);
  return {
    schemaVersion: 1,
    tool: { name: 'ml-doctor', version: VERSION },
    verdict: diagnosis.verdict,
    summary: diagnosis.summary,
    baseline: input.baseline,
    current: input.current,
    metrics,
    params: analysis.paramChanges.map((p) => ({ key: p.key, baseline: p.baseline, current: p.current })),
    segments: [...(input.segments ?? [])],
    findings: diagnosis.findings,
    characterization: diagnosis.characterization,
    ...(visuals ? { visuals } : {}),
  };
}

// JSON has no NaN/Infinity: the metrics row carries null and the finding says what the value was.
function finiteOrNull(v: number | null): number | null {
  return v === null || !Number.isFinite(v) ? null : v;
}
