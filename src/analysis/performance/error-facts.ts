/**
 * The facts behind "accuracy fell", as numbers for the text module (diagnosis/text/errors.ts):
 * which confusion cells moved — binary: true/false positives and negatives with recall, the
 * false-positive rate and precision; multiclass: the class whose recall fell most and the class
 * pairs confused more — and whether a headline metric is no better than a trivial predictor
 * (trivial.ts). Pure functions of the analysis's typed results; no prose here.
 */
import { twoProportionTest } from '../stats/two-sample.js';
import { MAX_CONFUSIONS } from './errors.js';
import type { Condition, ConfusionCells, MetricName, PerformanceAnalysis } from './types.js';

/**
 * When a confusion rate's change is material (worth an evidence line), both:
 * - significant: a pooled two-proportion z-test at the table's alpha, Bonferroni-divided by the
 *   number of rates of its family examined on the same rows (binary: 2, recall and the
 *   false-positive rate; k classes: the k recalls, and apart from them the k(k − 1) pair rates,
 *   since "which class lost" and "what is it taken for" are two questions), because a cell
 *   picked among many must survive the number of looks. Where a class's recall fell, the class
 *   its rows went to is named without a test of its own: it decomposes a change already found
 *   material. The runs are tested as independent samples: for paired rows (the same
 *   examples in both runs) that overstates the variance, so the test errs towards silence.
 *   Weighted rows count at their Kish effective size (Σw)² / Σw² of the set of rows;
 * - and at least MIN_RATE_CHANGE: 1 pt is where the points ramp of the signals (signals.ts,
 *   POINT_KNOTS) first reaches a minor finding; a smaller move of one cell is not one a reader
 *   should act on, however large the table that makes it significant.
 */
export const MIN_RATE_CHANGE = 0.01;

/** Values of one quantity in each run. */
export interface RunPair {
  readonly base: number;
  readonly current: number;
}

/** A rate in each run and the test of its change (see MIN_RATE_CHANGE). */
export interface RateMove extends RunPair {
  readonly pValue: number;
  readonly material: boolean;
}

export interface BinaryConfusionFacts {
  readonly kind: 'binary';
  /** classes[1] and classes[0] of the analysis. */
  readonly positive: string;
  readonly negative: string;
  /** Weighted rows of the set in each run. */
  readonly n: RunPair;
  readonly tp: RunPair;
  readonly fn: RunPair;
  readonly fp: RunPair;
  readonly tn: RunPair;
  /** TP / (TP + FN); null when a run has no positive. */
  readonly recall: RateMove | null;
  /** FP / (FP + TN); null when a run has no negative. */
  readonly falsePositiveRate: RateMove | null;
  /** TP / (TP + FP) per run; null where nothing was predicted positive. */
  readonly precision: { readonly base: number | null; readonly current: number | null };
  readonly accuracy: RunPair;
}

/** A class's recall (share of its rows predicted as itself) in each run. */
export interface ClassRecallMove extends RateMove {
  readonly cls: string;
  readonly nBase: number;
  readonly nCurrent: number;
  /** The other class whose share of this class's rows grew most: where the lost recall went. */
  readonly lostTo: { readonly cls: string; readonly baseCount: number; readonly currentCount: number } | null;
}

/** Share of a true class's rows predicted as another class, in each run. */
export interface PairMove extends RateMove {
  readonly trueClass: string;
  readonly predictedClass: string;
  readonly baseCount: number;
  readonly currentCount: number;
  /** Share of all rows, current − baseline (errors.ts's order). */
  readonly deltaShare: number;
}

export interface MulticlassConfusionFacts {
  readonly kind: 'multiclass';
  readonly n: RunPair;
  /** Classes whose recall fell materially, largest fall first. */
  readonly recallFell: readonly ClassRecallMove[];
  /** Class pairs confused materially more, largest growth in share of rows first (at most MAX_CONFUSIONS). */
  readonly confusedMore: readonly PairMove[];
}

export type ConfusionFacts = BinaryConfusionFacts | MulticlassConfusionFacts;

/** Headline metrics a trivial predictor scores too (trivial.ts). */
export type TrivialMetric = 'accuracy' | 'log_loss' | 'rmse';

/** A headline metric of the current run at or worse than its trivial predictor's. */
export interface TrivialFact {
  readonly metric: TrivialMetric;
  readonly current: number;
  /** The trivial predictor's score on the current run's labels. */
  readonly trivial: number;
  readonly baseline: number | null;
  readonly trivialBaseline: number | null;
  /** The baseline was strictly better than its own trivial predictor: the PR crossed the line. */
  readonly crossed: boolean;
  /** Accuracy: the class always predicted. */
  readonly majorityClass: string | null;
}

/** Error facts of one signal's rows. */
export interface ErrorFacts {
  /** The segment's or slice's conditions; null for the whole table. */
  readonly where: readonly Condition[] | null;
  readonly confusion: ConfusionFacts | null;
  readonly trivial: readonly TrivialFact[];
}

/** Pooled two-proportion test of x/n per run, on Kish effective counts. */
function rateMove(xb: number, nb: number, xc: number, nc: number, scaleB: number, scaleC: number, alpha: number): RateMove | null {
  if (!(nb > 0) || !(nc > 0)) return null;
  const base = xb / nb;
  const current = xc / nc;
  const pValue = twoProportionTest(xb * scaleB, nb * scaleB, xc * scaleC, nc * scaleC).pValue;
  return { base, current, pValue, material: pValue < alpha && Math.abs(current - base) >= MIN_RATE_CHANGE };
}

function sum(v: readonly number[]): number {
  let s = 0;
  for (const x of v) s += x;
  return s;
}

/** Σw / Σw²: multiplies weighted counts into Kish effective counts (1 for unweighted rows). */
function kishScale(total: number, squares: number): number {
  return squares > 0 ? total / squares : 1;
}

/** The confusion facts of a set of rows; `alpha` is the table's significance level. */
export function confusionFacts(cells: ConfusionCells, classes: readonly string[], alpha: number): ConfusionFacts | null {
  const { k, base: b, current: c } = cells;
  if (k < 2 || classes.length < k) return null;
  const nb = sum(b);
  const nc = sum(c);
  if (!(nb > 0) || !(nc > 0)) return null;
  const sb = kishScale(nb, cells.baseWeightSquares);
  const sc = kishScale(nc, cells.currentWeightSquares);
  if (k === 2) {
    const tests = 2;
    const [tnB, fpB, fnB, tpB] = b as [number, number, number, number];
    const [tnC, fpC, fnC, tpC] = c as [number, number, number, number];
    return {
      kind: 'binary',
      positive: classes[1]!,
      negative: classes[0]!,
      n: { base: nb, current: nc },
      tp: { base: tpB, current: tpC },
      fn: { base: fnB, current: fnC },
      fp: { base: fpB, current: fpC },
      tn: { base: tnB, current: tnC },
      recall: rateMove(tpB, tpB + fnB, tpC, tpC + fnC, sb, sc, alpha / tests),
      falsePositiveRate: rateMove(fpB, fpB + tnB, fpC, fpC + tnC, sb, sc, alpha / tests),
      precision: { base: tpB + fpB > 0 ? tpB / (tpB + fpB) : null, current: tpC + fpC > 0 ? tpC / (tpC + fpC) : null },
      accuracy: { base: (tpB + tnB) / nb, current: (tpC + tnC) / nc },
    };
  }
  const recallAlpha = alpha / k;
  const pairAlpha = alpha / (k * (k - 1));
  const recallFell: ClassRecallMove[] = [];
  const confusedMore: PairMove[] = [];
  for (let a = 0; a < k; a++) {
    let rowB = 0;
    let rowC = 0;
    for (let p = 0; p < k; p++) {
      rowB += b[a * k + p]!;
      rowC += c[a * k + p]!;
    }
    const recall = rateMove(b[a * k + a]!, rowB, c[a * k + a]!, rowC, sb, sc, recallAlpha);
    if (recall && recall.material && recall.current < recall.base) recallFell.push({ ...recall, cls: classes[a]!, nBase: rowB, nCurrent: rowC, lostTo: lostTo(b, c, k, a, rowB, rowC, classes) });
    for (let p = 0; p < k; p++) {
      if (p === a) continue;
      const move = rateMove(b[a * k + p]!, rowB, c[a * k + p]!, rowC, sb, sc, pairAlpha);
      if (!move || !move.material || !(move.current > move.base)) continue;
      confusedMore.push({
        ...move,
        trueClass: classes[a]!,
        predictedClass: classes[p]!,
        baseCount: b[a * k + p]!,
        currentCount: c[a * k + p]!,
        deltaShare: c[a * k + p]! / nc - b[a * k + p]! / nb,
      });
    }
  }
  recallFell.sort((x, y) => x.current - x.base - (y.current - y.base) || compareText(x.cls, y.cls));
  confusedMore.sort((x, y) => y.deltaShare - x.deltaShare || compareText(x.trueClass, y.trueClass) || compareText(x.predictedClass, y.predictedClass));
  return { kind: 'multiclass', n: { base: nb, current: nc }, recallFell, confusedMore: confusedMore.slice(0, MAX_CONFUSIONS) };
}

/** The predicted class (≠ a) whose share of class a's rows grew most; null when none grew. */
function lostTo(b: readonly number[], c: readonly number[], k: number, a: number, rowB: number, rowC: number, classes: readonly string[]): ClassRecallMove['lostTo'] {
  let best = -1;
  let growth = 0;
  for (let p = 0; p < k; p++) {
    if (p === a) continue;
    const g = c[a * k + p]! / rowC - b[a * k + p]! / rowB;
    if (g > growth) {
      growth = g;
      best = p;
    }
  }
  return best < 0 ? null : { cls: classes[best]!, baseCount: b[a * k + best]!, currentCount: c[a * k + best]! };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether the material part of the facts is empty (nothing moved enough to be worth a line). */
export function confusionMoved(f: ConfusionFacts): boolean {
  return f.kind === 'binary' ? Boolean(f.recall?.material || f.falsePositiveRate?.material) : f.recallFell.length > 0 || f.confusedMore.length > 0;
}

/** Relative tolerance of "at" the trivial score: two summation orders of one number, not a threshold. */
const SAME_NUMBER = 1e-9;

const TRIVIAL: readonly { metric: TrivialMetric; higherIsBetter: boolean; of: (t: PerformanceAnalysis['trivialCurrent']) => number | null }[] = [
  { metric: 'accuracy', higherIsBetter: true, of: (t) => t.majorityAccuracy },
  { metric: 'log_loss', higherIsBetter: false, of: (t) => t.priorLogLoss },
  { metric: 'rmse', higherIsBetter: false, of: (t) => t.meanRmse },
];

/** `value` no better than `trivial` (ties within rounding count as "at"). */
function noBetter(value: number, trivial: number, higherIsBetter: boolean): boolean {
  const tol = SAME_NUMBER * Math.max(1, Math.abs(trivial));
  return higherIsBetter ? value <= trivial + tol : value >= trivial - tol;
}

/**
 * The headline metrics of the current run that score at or worse than their trivial predictor
 * (always the majority class, the class prior for every row, the mean target), with whether the
 * baseline was still better than its own.
 */
export function trivialFacts(a: PerformanceAnalysis): TrivialFact[] {
  const out: TrivialFact[] = [];
  for (const t of TRIVIAL) {
    const m = a.metrics.find((x) => x.name === (t.metric satisfies MetricName));
    const trivial = t.of(a.trivialCurrent);
    if (!m || m.current === null || trivial === null || !noBetter(m.current, trivial, t.higherIsBetter)) continue;
    const trivialBaseline = a.trivialBaseline ? t.of(a.trivialBaseline) : null;
    const crossed = m.baseline !== null && trivialBaseline !== null && !noBetter(m.baseline, trivialBaseline, t.higherIsBetter);
    out.push({
      metric: t.metric,
      current: m.current,
      trivial,
      baseline: m.baseline,
      trivialBaseline,
      crossed,
      majorityClass: t.metric === 'accuracy' ? a.trivialCurrent.majorityClass : null,
    });
  }
  return out;
}

/** The error facts of a set of rows of an analysis (whole table: `where` null, with the trivial comparisons). */
export function errorFacts(a: PerformanceAnalysis, cells: ConfusionCells | null | undefined, where: readonly Condition[] | null): ErrorFacts | null {
  const confusion = cells ? confusionFacts(cells, a.classes, a.options.alpha) : null;
  const moved = confusion !== null && confusionMoved(confusion) ? confusion : null;
  const trivial = where === null ? trivialFacts(a) : [];
  return moved || trivial.length > 0 ? { where, confusion: moved, trivial } : null;
}
