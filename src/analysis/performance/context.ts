/**
 * What the segment, slice and bias analyses share about a baseline/current comparison: the
 * aligned runs, the per-row primary value (correctness or squared error) and the overall drop
 * that segment shares are measured against.
 */
import type { Run } from './prepare.js';
import type { MetricName, PerformanceOptions } from './types.js';
import type { TestSetup } from './segment-tests.js';

/** Analysis-row indices of id-matched pairs inside an unpaired comparison, in matching order. */
export interface PartialPairs {
  readonly base: Int32Array;
  readonly cur: Int32Array;
}

export interface Comparison {
  readonly base: Run;
  readonly cur: Run;
  readonly paired: boolean;
  /**
   * Unpaired comparison whose ids partly match (prepare.ts, PARTIAL_PAIRING_MIN_ROWS): analysis
   * rows of the id-matched pairs, tested paired; the other rows are tested on their own. Null
   * when the comparison is paired or no useful part matched.
   */
  readonly partial: PartialPairs | null;
  readonly setup: TestSetup;
  /** accuracy (classification) or rmse (regression). */
  readonly primary: MetricName;
  /** Per analysis row: 1/0 correct (classification) or squared error (regression). */
  readonly xBase: Float64Array;
  readonly xCur: Float64Array;
  /** Row weights for the moment accumulators; null when a run is unweighted (faster unit path). */
  readonly momentWeightsBase: Float64Array | null;
  readonly momentWeightsCur: Float64Array | null;
  readonly totalWeightBase: number;
  readonly totalWeightCur: number;
  /**
   * Overall worsening of the primary metric on the additive scale: accuracy_base - accuracy_cur,
   * or MSE_cur - MSE_base. Positive = worse.
   */
  readonly overallDrop: number;
  readonly opts: PerformanceOptions;
}

function primaryValues(run: Run): Float64Array {
  return run.kind === 'class' ? Float64Array.from(run.correct) : run.se;
}

function weightedMean(x: Float64Array, w: Float64Array): { mean: number; total: number } {
  let s = 0;
  let t = 0;
  for (let i = 0; i < x.length; i++) {
    s += w[i]! * x[i]!;
    t += w[i]!;
  }
  return { mean: s / t, total: t };
}

export function makeComparison(base: Run, cur: Run, paired: boolean, opts: PerformanceOptions, partial: PartialPairs | null = null): Comparison {
  const xBase = primaryValues(base);
  const xCur = primaryValues(cur);
  const mb = weightedMean(xBase, base.w);
  const mc = weightedMean(xCur, cur.w);
  const kind = cur.kind;
  return {
    base,
    cur,
    paired,
    partial: paired ? null : partial,
    setup: { kind, paired, weighted: base.weighted || cur.weighted },
    primary: kind === 'class' ? 'accuracy' : 'rmse',
    xBase,
    xCur,
    momentWeightsBase: base.weighted ? base.w : null,
    momentWeightsCur: cur.weighted ? cur.w : null,
    totalWeightBase: mb.total,
    totalWeightCur: mc.total,
    overallDrop: kind === 'class' ? mb.mean - mc.mean : mc.mean - mb.mean,
    opts,
  };
}

/**
 * Drop mass of a set of rows: its weight share in the current run times its worsening on the
 * additive scale (n × delta / N). Summed over a partition of paired rows it gives overallDrop.
 */
export function dropMass(c: Comparison, weightCur: number, meanBase: number, meanCur: number): number {
  const worsening = c.setup.kind === 'class' ? meanBase - meanCur : meanCur - meanBase;
  return (weightCur / c.totalWeightCur) * worsening;
}

/** Share of the overall drop, when there is an overall drop to share. */
export function shareOf(c: Comparison, mass: number): number | null {
  return c.overallDrop > 0 ? mass / c.overallDrop : null;
}
