/**
 * Error analysis: which class pairs got confused more (confusion-matrix difference, on shares
 * of all rows so that runs of different sizes compare), the error rate of each true class, and
 * for regressions a residual summary.
 */
import { quantileSorted } from '../stats/bootstrap.js';
import type { ClassRun, RegRun } from './prepare.js';
import type { ClassErrorRate, ConfusionChange, ErrorAnalysis, ResidualSummary } from './types.js';

/** Confusion changes listed (largest growth first). */
export const MAX_CONFUSIONS = 10;

function confusion(run: ClassRun): Float64Array {
  const cm = new Float64Array(run.k * run.k);
  for (let i = 0; i < run.n; i++) cm[run.cell[i]!]! += run.w[i]!;
  return cm;
}

function toRows(cm: Float64Array, k: number): number[][] {
  return Array.from({ length: k }, (_, a) => Array.from(cm.subarray(a * k, a * k + k)));
}

function rowSums(cm: Float64Array, k: number): Float64Array {
  const out = new Float64Array(k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) out[a]! += cm[a * k + b]!;
  return out;
}

function total(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return s;
}

export function analyzeErrors(base: ClassRun | null, cur: ClassRun, classes: readonly string[]): ErrorAnalysis {
  const k = cur.k;
  const cmC = confusion(cur);
  const cmB = base ? confusion(base) : null;
  const rowC = rowSums(cmC, k);
  const rowB = cmB ? rowSums(cmB, k) : null;
  const totC = total(rowC);
  const totB = rowB ? total(rowB) : 0;
  const changes: ConfusionChange[] = [];
  if (cmB && rowB) {
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        if (a === b) continue;
        const deltaShare = cmC[a * k + b]! / totC - cmB[a * k + b]! / totB;
        if (!(deltaShare > 0)) continue;
        changes.push({
          trueClass: classes[a]!,
          predictedClass: classes[b]!,
          baseCount: cmB[a * k + b]!,
          currentCount: cmC[a * k + b]!,
          deltaShare,
          baseRate: rowB[a]! > 0 ? cmB[a * k + b]! / rowB[a]! : null,
          currentRate: rowC[a]! > 0 ? cmC[a * k + b]! / rowC[a]! : null,
        });
      }
    }
    changes.sort((x, y) => y.deltaShare - x.deltaShare || (x.trueClass < y.trueClass ? -1 : x.trueClass > y.trueClass ? 1 : 0));
  }
  const errorRateByClass: ClassErrorRate[] = [];
  for (let a = 0; a < k; a++) {
    const eb = rowB && rowB[a]! > 0 ? 1 - cmB![a * k + a]! / rowB[a]! : null;
    const ec = rowC[a]! > 0 ? 1 - cmC[a * k + a]! / rowC[a]! : null;
    if (eb === null && ec === null) continue;
    errorRateByClass.push({
      cls: classes[a]!,
      nBase: rowB ? rowB[a]! : 0,
      nCurrent: rowC[a]!,
      baseline: eb,
      current: ec,
      delta: eb !== null && ec !== null ? ec - eb : null,
    });
  }
  return {
    classes: classes.slice(0, k),
    baseConfusion: cmB ? toRows(cmB, k) : null,
    currentConfusion: toRows(cmC, k),
    confusedMore: changes.slice(0, MAX_CONFUSIONS),
    errorRateByClass,
  };
}

export function residualSummary(run: RegRun): ResidualSummary {
  let s = 0;
  let t = 0;
  const abs = new Float64Array(run.n);
  for (let i = 0; i < run.n; i++) {
    const e = run.pred[i]! - run.y[i]!;
    s += run.w[i]! * e;
    t += run.w[i]!;
    abs[i] = Math.abs(e);
  }
  abs.sort();
  return {
    meanError: s / t,
    absErrorP50: quantileSorted(abs, 0.5),
    absErrorP90: quantileSorted(abs, 0.9),
    absErrorP99: quantileSorted(abs, 0.99),
  };
}
