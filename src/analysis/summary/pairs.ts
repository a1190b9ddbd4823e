/**
 * Pairs the baseline's and the current run's eval summaries (by path; a lone summary on each side
 * is paired whatever the names) and compares each pair. A current summary without a baseline
 * summary is left out with a note: one summary alone has nothing to be compared with.
 */
import type { Summary } from '../../artifacts/summary.js';
import type { DataAnalysis } from '../data/types.js';
import type { PerformanceAnalysis, PerformanceOptions } from '../performance/types.js';
import { summaryData, summaryPerformance } from './analyze.js';

export interface SummaryPair {
  readonly path: string;
  readonly nCur: number;
  readonly performance: PerformanceAnalysis;
  readonly data: DataAnalysis;
}

type Named = { readonly path: string; readonly summary: Summary };

export function analyzeSummaryPairs(base: readonly Named[], cur: readonly Named[], opts: PerformanceOptions): SummaryPair[] {
  const out: SummaryPair[] = [];
  for (const c of cur) {
    const b = base.find((x) => x.path.toLowerCase() === c.path.toLowerCase()) ?? (base.length === 1 && cur.length === 1 ? base[0]! : undefined);
    if (!b || b.summary.task !== c.summary.task) continue;
    const performance = summaryPerformance(b.summary, c.summary, opts);
    out.push({ path: c.path, nCur: c.summary.overall.n, performance, data: summaryData(b.summary, c.summary, [...performance.notes]) });
  }
  return out;
}
