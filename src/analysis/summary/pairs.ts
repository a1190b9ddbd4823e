/**
 * Pairs the baseline's and the current run's eval summaries (by path; a lone summary on each side
 * is paired whatever the names) and compares each pair. A current summary without a baseline
 * summary is left out with a note: one summary alone has nothing to be compared with.
 */
import type { Summary } from '../../artifacts/summary.js';
import type { DataAnalysis } from '../data/types.js';
import type { PerformanceAnalysis, PerformanceOptions } from '../performance/types.js';
import type { Signal } from '../signals.js';
import { performanceSignals } from '../performance/index.js';
import { dataSignals } from '../data/index.js';
import { histogramAuc, summaryData, summaryPerformance } from './analyze.js';
import { ksBounds, sameEdges } from './sketch.js';

export interface SummaryPair {
  readonly path: string;
  readonly base: Summary;
  readonly cur: Summary;
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
    out.push({ path: c.path, base: b.summary, cur: c.summary, nCur: c.summary.overall.n, performance, data: summaryData(b.summary, c.summary, [...performance.notes]) });
  }
  return out;
}

const r3 = (x: number) => String(Number(x.toPrecision(3)));

/**
 * The shared performance and data signals of a pair, with the summary's own error stated in the
 * evidence: the AUC's discretization bound and the KS statistic's bracket (docs/summary.md).
 */
export function summarySignals(p: SummaryPair): Signal[] {
  const hb = p.base.score_hist ? histogramAuc(p.base.score_hist.pos, p.base.score_hist.neg) : null;
  const hc = p.cur.score_hist ? histogramAuc(p.cur.score_hist.pos, p.cur.score_hist.neg) : null;
  const from = { text: `compared from summaries ${p.path} (unpaired; docs/summary.md)` };
  return [...performanceSignals(p.performance), ...dataSignals(p.data)].map((s) => {
    const extra = [from];
    // On every headline finding: the AUC may be folded into it as evidence of another metric.
    if (s.category === 'metric_regression' && hb && hc) {
      extra.push({ text: `AUC from 1,000-bin score histograms: within ${r3(hb.bound)} (baseline) and ${r3(hc.bound)} (current) of the rows' AUC` });
    }
    if (s.category === 'feature_drift' && s.feature) {
      const b = p.base.sketches.find((k) => k.column === s.feature && k.role === 'feature');
      const c = p.cur.sketches.find((k) => k.column === s.feature && k.role === 'feature');
      if (b && c && sameEdges(b, c)) {
        const ks = ksBounds(b, c);
        extra.push({ text: `KS from the sketches: between ${r3(ks.lower)} and ${r3(ks.upper)} on the rows` });
      }
    }
    return { ...s, evidence: [...s.evidence, ...extra] };
  });
}
