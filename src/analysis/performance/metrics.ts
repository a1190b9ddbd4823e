/**
 * Point metrics with scikit-learn's definitions (sample weights honoured wherever sklearn
 * honours them). Classification labels are class indices; binary metrics take the positive
 * class as 1. The per-row and from-counts helpers are shared with the bootstrap kernels so that
 * point estimates and resamples can never disagree on a definition.
 */
import { rankRows, rankStats } from './ranked.js';

/** float64 machine epsilon: sklearn 1.2's log_loss clip and MAPE floor. */
export const FLOAT_EPS = 2.220446049250313e-16;

function weightAt(w: ArrayLike<number> | null | undefined, i: number): number {
  return w ? w[i]! : 1;
}

export function accuracy(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, w?: ArrayLike<number> | null): number {
  let hit = 0;
  let tot = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const wi = weightAt(w, i);
    tot += wi;
    if (yTrue[i] === yPred[i]) hit += wi;
  }
  return hit / tot;
}

/** Weighted confusion matrix, row-major K×K, rows = true class (sklearn.metrics.confusion_matrix). */
export function confusionMatrix(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  k: number,
  w?: ArrayLike<number> | null,
): Float64Array {
  const cm = new Float64Array(k * k);
  for (let i = 0; i < yTrue.length; i++) cm[yTrue[i]! * k + yPred[i]!]! += weightAt(w, i);
  return cm;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from weighted counts; 0 where a denominator is 0 (sklearn's zero_division default). */
export function prfFromCounts(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const denom = precision + recall;
  const f1 = denom > 0 ? (2 * precision * recall) / denom : 0;
  return { precision, recall, f1 };
}

/** Binary precision/recall/F1 on the positive class (index 1). */
export function precisionRecallF1(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, w?: ArrayLike<number> | null): Prf {
  const cm = confusionMatrix(yTrue, yPred, 2, w);
  return prfFromCounts(cm[3]!, cm[1]!, cm[2]!);
}

export interface F1Averages {
  macro: number;
  weighted: number;
}

/**
 * Macro and support-weighted F1 from a K×K confusion matrix. Like sklearn, the label set is
 * every class that occurs in y_true or y_pred (a class absent from both is not averaged in).
 */
export function f1FromConfusion(cm: ArrayLike<number>, k: number): F1Averages {
  let macro = 0;
  let weighted = 0;
  let labels = 0;
  let support = 0;
  for (let c = 0; c < k; c++) {
    let row = 0;
    let col = 0;
    for (let j = 0; j < k; j++) {
      row += cm[c * k + j]!;
      col += cm[j * k + c]!;
    }
    if (row === 0 && col === 0) continue;
    const tp = cm[c * k + c]!;
    const f = prfFromCounts(tp, col - tp, row - tp).f1;
    labels++;
    macro += f;
    weighted += f * row;
    support += row;
  }
  return { macro: labels > 0 ? macro / labels : NaN, weighted: support > 0 ? weighted / support : 0 };
}

export function f1Averages(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  k: number,
  w?: ArrayLike<number> | null,
): F1Averages {
  return f1FromConfusion(confusionMatrix(yTrue, yPred, k, w), k);
}

/** ROC AUC of a binary label (1 = positive) against a score; NaN when a class is absent. */
export function rocAuc(yTrue: ArrayLike<number>, score: Float64Array, w?: Float64Array | null): number {
  return rankStats(rankRows(score, yTrue, 1, w ?? null), null).auc;
}

/** Average precision as sklearn.metrics.average_precision_score; NaN without positives. */
export function averagePrecision(yTrue: ArrayLike<number>, score: Float64Array, w?: Float64Array | null): number {
  return rankStats(rankRows(score, yTrue, 1, w ?? null), null).ap;
}

/**
 * One-vs-rest macro ROC AUC (sklearn roc_auc_score(multi_class='ovr', average='macro')).
 * Classes without both positives and negatives are skipped (sklearn refuses such input).
 */
export function rocAucOvrMacro(yTrue: ArrayLike<number>, probs: readonly Float64Array[], w?: Float64Array | null): number {
  let sum = 0;
  let m = 0;
  for (let c = 0; c < probs.length; c++) {
    const a = rankStats(rankRows(probs[c]!, yTrue, c, w ?? null), null).auc;
    if (Number.isFinite(a)) {
      sum += a;
      m++;
    }
  }
  return m > 0 ? sum / m : NaN;
}

/** Per-row binary log loss with sklearn 1.2's clipping to [eps, 1 - eps] and renormalisation. */
export function binaryLogLossRow(y: number, p: number): number {
  const p1 = Math.min(Math.max(p, FLOAT_EPS), 1 - FLOAT_EPS);
  const p0 = 1 - p1;
  return -Math.log((y === 1 ? p1 : p0) / (p0 + p1));
}

/** Per-row multiclass log loss: each probability clipped, then the row renormalised (sklearn 1.2). */
export function multiclassLogLossRow(y: number, probs: readonly Float64Array[], i: number): number {
  let sum = 0;
  let own = 0;
  for (let c = 0; c < probs.length; c++) {
    const p = Math.min(Math.max(probs[c]![i]!, FLOAT_EPS), 1 - FLOAT_EPS);
    sum += p;
    if (c === y) own = p;
  }
  return -Math.log(own / sum);
}

/** Per-row multiclass Brier term Σ_k (p_k - [y = k])² (range [0, 2]). */
export function multiclassBrierRow(y: number, probs: readonly Float64Array[], i: number): number {
  let s = 0;
  for (let c = 0; c < probs.length; c++) {
    const d = probs[c]![i]! - (c === y ? 1 : 0);
    s += d * d;
  }
  return s;
}

function weightedMean(n: number, term: (i: number) => number, w?: ArrayLike<number> | null): number {
  let s = 0;
  let tot = 0;
  for (let i = 0; i < n; i++) {
    const wi = weightAt(w, i);
    s += wi * term(i);
    tot += wi;
  }
  return s / tot;
}

export function logLossBinary(yTrue: ArrayLike<number>, p: ArrayLike<number>, w?: ArrayLike<number> | null): number {
  return weightedMean(yTrue.length, (i) => binaryLogLossRow(yTrue[i]!, p[i]!), w);
}

export function logLossMulticlass(yTrue: ArrayLike<number>, probs: readonly Float64Array[], w?: ArrayLike<number> | null): number {
  return weightedMean(yTrue.length, (i) => multiclassLogLossRow(yTrue[i]!, probs, i), w);
}

/** sklearn.metrics.brier_score_loss (binary, positive class = 1). */
export function brierBinary(yTrue: ArrayLike<number>, p: ArrayLike<number>, w?: ArrayLike<number> | null): number {
  return weightedMean(yTrue.length, (i) => (yTrue[i]! - p[i]!) ** 2, w);
}

export function brierMulticlass(yTrue: ArrayLike<number>, probs: readonly Float64Array[], w?: ArrayLike<number> | null): number {
  return weightedMean(yTrue.length, (i) => multiclassBrierRow(yTrue[i]!, probs, i), w);
}

export function rmse(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, w?: ArrayLike<number> | null): number {
  return Math.sqrt(weightedMean(yTrue.length, (i) => (yTrue[i]! - yPred[i]!) ** 2, w));
}

export function mae(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, w?: ArrayLike<number> | null): number {
  return weightedMean(yTrue.length, (i) => Math.abs(yTrue[i]! - yPred[i]!), w);
}

/** Mean of pred - true: positive means the model over-predicts. */
export function meanError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, w?: ArrayLike<number> | null): number {
  return weightedMean(yTrue.length, (i) => yPred[i]! - yTrue[i]!, w);
}

/** sklearn.metrics.mean_absolute_percentage_error (a fraction, not %). */
export function mape(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, w?: ArrayLike<number> | null): number {
  return weightedMean(yTrue.length, (i) => Math.abs(yPred[i]! - yTrue[i]!) / Math.max(Math.abs(yTrue[i]!), FLOAT_EPS), w);
}

/** R² from residual and total sums of squares, with sklearn's force_finite rule for a constant target. */
export function r2FromSums(ssRes: number, ssTot: number): number {
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

export function r2(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, w?: ArrayLike<number> | null): number {
  const mean = weightedMean(yTrue.length, (i) => yTrue[i]!, w);
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const wi = weightAt(w, i);
    ssRes += wi * (yTrue[i]! - yPred[i]!) ** 2;
    ssTot += wi * (yTrue[i]! - mean) ** 2;
  }
  return r2FromSums(ssRes, ssTot);
}
