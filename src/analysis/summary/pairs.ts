/**
 * Pairs the current run's eval summaries with the baseline's (by path; a lone summary on each
 * side is paired whatever the names) and compares each pair. A baseline given as an eval table
 * is summarized on the fly (its own percentiles: the edges `summarize` gives it, so a current
 * summary made with `--baseline` of that summary matches). What cannot be compared — no baseline
 * counterpart, other tasks, sketches on other edges — becomes a problem the report shows.
 */
import type { Summary } from '../../artifacts/summary.js';
import type { EvalView, LoadProblem } from '../../artifacts/types.js';
import { summarizeView } from './from-rows.js';
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

export interface SummaryPairing {
  readonly pairs: SummaryPair[];
  /** Baseline eval tables summarized to stand in for a summary (not missing from the current run). */
  readonly usedViews: EvalView[];
  readonly problems: LoadProblem[];
}

const stem = (p: string) => p.toLowerCase().replace(/\.summary\.json$|\.(csv|jsonl|parquet)$/, '');

/**
 * `freeViews`: the baseline's eval tables no current eval table was paired with. Null `hasBaseline`
 * runs (no baseline at all) compare nothing and report nothing here: the infrastructure finding says it.
 */
export function analyzeSummaryPairs(
  base: readonly Named[],
  cur: readonly Named[],
  opts: PerformanceOptions,
  freeViews: readonly EvalView[] = [],
  hasBaseline = true,
): SummaryPairing {
  const pairs: SummaryPair[] = [];
  const usedViews: EvalView[] = [];
  const problems: LoadProblem[] = [];
  const lone = cur.length === 1;
  for (const c of cur) {
    let b: Summary | null = (base.find((x) => x.path.toLowerCase() === c.path.toLowerCase()) ?? (base.length === 1 && lone ? base[0]! : undefined))?.summary ?? null;
    if (!b) {
      const v = freeViews.find((x) => stem(x.path) === stem(c.path)) ?? (freeViews.length === 1 && lone && base.length === 0 ? freeViews[0]! : undefined);
      if (v && v.task !== 'multiclass' && !v.weight && v.yPred) {
        b = summarizeView(v, null, v.path);
        usedViews.push(v);
      }
    }
    if (!b) {
      if (hasBaseline) problems.push({ file: c.path, message: `${c.path}: no baseline summary or eval table to compare it with (summarize both runs, docs/summary.md)` });
      continue;
    }
    if (b.task !== c.summary.task) {
      problems.push({ file: c.path, message: `${c.path}: task ${c.summary.task} but the baseline's is ${b.task}; not compared` });
      continue;
    }
    const off = c.summary.sketches.filter((k) => {
      const bk = b!.sketches.find((x) => x.column === k.column && x.role === k.role);
      return bk !== undefined && !sameEdges(bk, k);
    });
    if (off.length > 0) {
      problems.push({
        file: c.path,
        message: `${c.path}: ${off.map((k) => k.column).join(', ')} not counted on the baseline's edges, so not compared (make it with summarize --baseline BASE.summary.json)`,
      });
    }
    const performance = summaryPerformance(b, c.summary, opts);
    pairs.push({ path: c.path, base: b, cur: c.summary, nCur: c.summary.overall.n, performance, data: summaryData(b, c.summary, [...performance.notes]) });
  }
  return { pairs, usedViews, problems };
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
