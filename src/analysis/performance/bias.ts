/**
 * Disparity between groups of a protected attribute: accuracy, TPR, FPR and positive rate per
 * group, the max accuracy gap, demographic-parity and equalized-odds differences (fairlearn's
 * definitions: max - min across groups; equalized odds = the larger of the TPR and FPR gaps),
 * and how they moved from baseline to current, with a bootstrap interval on the change of the
 * max accuracy gap.
 *
 * The max gap alone misses the usual case of three or more groups: a middle group that drops
 * while staying inside the best-worst range leaves the gap unchanged. So every group is also
 * tested on its own (groupTests):
 * - its accuracy change against its own baseline, with the segment tests (exact McNemar on
 *   id-matched rows, Fisher's exact test otherwise, a linearisation z-test for weighted rows;
 *   segment-tests.ts), and
 * - its gap to the rest: the group's change minus the change of every row outside it, a z-test
 *   with the two (disjoint, hence independent) changes' variances added;
 * each corrected with Benjamini–Hochberg across the groups of the attribute. A group has
 * worsened when both say so: it lost accuracy and lost more than the rest. A uniform drop (every
 * group down alike) is the headline regression's business, not a disparity.
 *
 * The interval resamples within each group (stratified). Unweighted rows need only counts:
 * paired groups draw their 4 cells (right/wrong in each run) as a multinomial, unpaired groups
 * one binomial per run, both exact and O(groups) per resample. Weighted rows resample rows.
 */
import { createRng } from '../stats/rng.js';
import {
  binomialSample,
  bootstrapPValue,
  deriveSeed,
  multinomialCounts,
  multinomialSmall,
  percentileInterval,
  type Rng,
} from '../stats/bootstrap.js';
import type { EvalView } from '../../artifacts/types.js';
import type { Comparison } from './context.js';
import type { ClassRun } from './prepare.js';
import { buildSegmenter, MISSING_LABEL, type RowSource, type Segmenter, type SegmentCodes } from './segment-columns.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import { normalQuantile, normalTwoSidedP } from './special.js';
import { deltaStandardError, M, N_ROWS, CUR, primaryTest } from './segment-tests.js';
import { intervalSetup, labelMoments } from './segments.js';
import { partialMoments, partialTest } from './partial.js';
import type { BiasResult, FairnessSnapshot, GroupChangeTest, GroupMetrics, Interval, PerformanceOptions } from './types.js';

/** Attribute names treated as protected when the config names none. */
export const PROTECTED_NAMES = ['sex', 'gender', 'race', 'ethnicity', 'age', 'age_group', 'religion', 'nationality', 'disability'];

/** Lower-case word tokens of a column name: `applicantGender` → applicant, gender; `age_group` → age, group, age_group. */
function nameTokens(name: string): string[] {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  return [...words, words.join('_')];
}

/** Protected columns: the configured ones, else columns named like a protected attribute. */
export function protectedColumnNames(cur: EvalView): string[] {
  if (cur.protectedColumns.length > 0) return [...cur.protectedColumns];
  const names = new Set(PROTECTED_NAMES);
  return cur.features.filter((c) => nameTokens(c.name).some((t) => names.has(t))).map((c) => c.name);
}

/** Per-group sums of one run: weight, correct, and for binary TP / positives / predicted positives. */
interface GroupSums {
  readonly w: Float64Array;
  readonly correct: Float64Array;
  readonly pos: Float64Array;
  readonly tp: Float64Array;
  readonly predPos: Float64Array;
}

function groupSums(run: ClassRun, codes: SegmentCodes, groups: number, counts: Int32Array | null): GroupSums {
  const s: GroupSums = {
    w: new Float64Array(groups),
    correct: new Float64Array(groups),
    pos: new Float64Array(groups),
    tp: new Float64Array(groups),
    predPos: new Float64Array(groups),
  };
  for (let i = 0; i < run.n; i++) {
    const g = codes[i]!;
    if (g < 0) continue;
    const w = run.w[i]! * (counts ? counts[i]! : 1);
    if (w === 0) continue;
    s.w[g]! += w;
    if (run.correct[i]) s.correct[g]! += w;
    if (run.binary) {
      const yPos = run.y[i] === 1;
      const pPos = run.pred[i] === 1;
      if (yPos) s.pos[g]! += w;
      if (pPos) s.predPos[g]! += w;
      if (yPos && pPos) s.tp[g]! += w;
    }
  }
  return s;
}

function spread(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length >= 2 ? Math.max(...v) - Math.min(...v) : null;
}

function snapshot(run: ClassRun, s: GroupSums, groups: readonly number[], labels: readonly string[]): FairnessSnapshot {
  const metrics: GroupMetrics[] = groups.map((g) => {
    const w = s.w[g]!;
    const neg = w - s.pos[g]!;
    return {
      group: labels[g]!,
      n: w,
      accuracy: s.correct[g]! / w,
      tpr: run.binary && s.pos[g]! > 0 ? s.tp[g]! / s.pos[g]! : null,
      fpr: run.binary && neg > 0 ? (s.predPos[g]! - s.tp[g]!) / neg : null,
      positiveRate: run.binary ? s.predPos[g]! / w : null,
    };
  });
  let worst = metrics[0]!;
  let best = metrics[0]!;
  for (const m of metrics) {
    if (m.accuracy < worst.accuracy) worst = m;
    if (m.accuracy > best.accuracy) best = m;
  }
  const tprGap = spread(metrics.map((m) => m.tpr));
  const fprGap = spread(metrics.map((m) => m.fpr));
  return {
    groups: metrics,
    maxAccuracyGap: best.accuracy - worst.accuracy,
    demographicParityDiff: run.binary ? spread(metrics.map((m) => m.positiveRate)) : null,
    equalizedOddsDiff: run.binary && (tprGap !== null || fprGap !== null) ? Math.max(tprGap ?? 0, fprGap ?? 0) : null,
    worstGroup: worst.group,
    bestGroup: best.group,
  };
}

function gapOf(acc: ArrayLike<number>): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < acc.length; i++) {
    lo = Math.min(lo, acc[i]!);
    hi = Math.max(hi, acc[i]!);
  }
  return hi - lo;
}

/** Bootstrap distribution of (current gap - baseline gap) over the given groups. */
function gapDeltas(c: Comparison, base: ClassRun, cur: ClassRun, seg: Segmenter, groups: readonly number[], rng: Rng): Float64Array {
  const R = c.opts.resamples;
  const out = new Float64Array(R);
  const accB = new Float64Array(groups.length);
  const accC = new Float64Array(groups.length);
  if (c.setup.weighted) {
    const countsB = new Int32Array(base.n);
    const countsC = c.paired ? countsB : new Int32Array(cur.n);
    for (let r = 0; r < R; r++) {
      multinomialCounts(rng, countsB);
      if (!c.paired) multinomialCounts(rng, countsC);
      const sb = groupSums(base, seg.base!, seg.labels.length, countsB);
      const sc = groupSums(cur, seg.cur, seg.labels.length, countsC);
      groups.forEach((g, k) => {
        accB[k] = sb.correct[g]! / sb.w[g]!;
        accC[k] = sc.correct[g]! / sc.w[g]!;
      });
      out[r] = gapOf(accC) - gapOf(accB);
    }
    return out;
  }
  // Unweighted: per-group counts of (base right, current right).
  const cells = groups.map(() => new Float64Array(4));
  const nB = groups.map(() => 0);
  const nC = groups.map(() => 0);
  const kB = groups.map(() => 0);
  const kC = groups.map(() => 0);
  const pos = new Map(groups.map((g, k) => [g, k]));
  for (let i = 0; i < base.n; i++) {
    const k = pos.get(seg.base![i]!);
    if (k === undefined) continue;
    nB[k]!++;
    kB[k]! += base.correct[i]!;
    if (c.paired) cells[k]![base.correct[i]! * 2 + cur.correct[i]!]!++;
  }
  for (let i = 0; i < cur.n; i++) {
    const k = pos.get(seg.cur[i]!);
    if (k === undefined) continue;
    nC[k]!++;
    kC[k]! += cur.correct[i]!;
  }
  const draw = new Int32Array(4);
  const probs = cells.map((cell, k) => Array.from(cell, (v) => v / nB[k]!));
  for (let r = 0; r < R; r++) {
    for (let k = 0; k < groups.length; k++) {
      if (c.paired) {
        // Cells: 0 wrong/wrong, 1 base wrong cur right, 2 base right cur wrong, 3 both right.
        multinomialSmall(rng, nB[k]!, probs[k]!, draw);
        accB[k] = (draw[2]! + draw[3]!) / nB[k]!;
        accC[k] = (draw[1]! + draw[3]!) / nB[k]!;
      } else {
        accB[k] = binomialSample(rng, nB[k]!, kB[k]! / nB[k]!) / nB[k]!;
        accC[k] = binomialSample(rng, nC[k]!, kC[k]! / nC[k]!) / nC[k]!;
      }
    }
    out[r] = gapOf(accC) - gapOf(accB);
  }
  return out;
}

/** Groups with enough rows in every compared run (the missing-value bucket is not a group). */
function eligibleGroups(seg: Segmenter, runs: { codes: SegmentCodes }[], minSupport: number): number[] {
  const out: number[] = [];
  for (let g = 0; g < seg.labels.length; g++) {
    if (seg.labels[g] === MISSING_LABEL) continue;
    let ok = true;
    for (const r of runs) {
      let n = 0;
      for (let i = 0; i < r.codes.length; i++) if (r.codes[i] === g) n++;
      if (n < minSupport) ok = false;
    }
    if (ok) out.push(g);
  }
  return out;
}

/** Bias of the current run alone (no baseline). */
export function currentBias(cur: ClassRun, src: RowSource, columns: readonly string[], opts: PerformanceOptions): BiasResult[] {
  const out: BiasResult[] = [];
  for (const column of columns) {
    const seg = buildSegmenter(column, src);
    if (!seg) continue;
    const groups = eligibleGroups(seg, [{ codes: seg.cur }], opts.minSupport);
    if (groups.length < 2) continue;
    out.push({
      column,
      baseline: null,
      current: snapshot(cur, groupSums(cur, seg.cur, seg.labels.length, null), groups, seg.labels),
      gapDelta: null,
      gapCi: null,
      gapPValue: null,
      demographicParityDelta: null,
      equalizedOddsDelta: null,
      gapGrewSignificantly: false,
      groupTests: [],
      worstChange: null,
    });
  }
  return out;
}

function diffOrNull(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** Bias baseline vs current for every protected column. */
export function compareBias(c: Comparison, src: RowSource, columns: readonly string[]): BiasResult[] {
  const { base, cur } = c;
  if (base.kind !== 'class' || cur.kind !== 'class') return [];
  const out: BiasResult[] = [];
  for (const column of columns) {
    const seg = buildSegmenter(column, src);
    if (!seg) continue;
    const groups = eligibleGroups(seg, [{ codes: seg.base! }, { codes: seg.cur }], c.opts.minSupport);
    if (groups.length < 2) continue;
    const sb = snapshot(base, groupSums(base, seg.base!, seg.labels.length, null), groups, seg.labels);
    const sc = snapshot(cur, groupSums(cur, seg.cur, seg.labels.length, null), groups, seg.labels);
    const deltas = gapDeltas(c, base, cur, seg, groups, createRng(deriveSeed(c.opts.seed, `bias:${column}`)));
    const gapDelta = sc.maxAccuracyGap - sb.maxAccuracyGap;
    const gapCi = percentileInterval(deltas, 1 - c.opts.alpha);
    out.push({
      column,
      baseline: sb,
      current: sc,
      gapDelta,
      gapCi,
      gapPValue: bootstrapPValue(deltas),
      demographicParityDelta: diffOrNull(sc.demographicParityDiff, sb.demographicParityDiff),
      equalizedOddsDelta: diffOrNull(sc.equalizedOddsDiff, sb.equalizedOddsDiff),
      gapGrewSignificantly: gapDelta > 0 && gapCi !== null && gapCi[0] > 0,
      ...groupChanges(c, seg, groups),
    });
  }
  return out;
}

type PendingGroup = Omit<GroupChangeTest, 'qValue' | 'gapQValue' | 'worsened'>;

/**
 * Each eligible group against its own baseline and against the rest of the rows (see the module
 * comment). The rest is every row outside the group, the small groups and missing values
 * included: moments are sums, so the rest's moments are the total's minus the group's.
 */
function groupChanges(c: Comparison, seg: Segmenter, groups: readonly number[]): Pick<BiasResult, 'groupTests' | 'worstChange'> {
  const acc = labelMoments(c, seg);
  const total = new Float64Array(M);
  for (let l = 0; l < seg.labels.length; l++) for (let k = 0; k < M; k++) total[k]! += acc[l * M + k]!;
  const zCrit = normalQuantile(1 - c.opts.alpha / 2);
  // A partial id match: the group's change is tested paired on its matched rows and unpaired on
  // the rest (partial.ts); its gap to the rest keeps the unpaired z-test (valid, if less sharp).
  const parts = c.partial ? partialMoments(c, c.partial, seg) : null;
  const pending: PendingGroup[] = [];
  for (const g of groups) {
    const label = seg.labels[g]!;
    const t = primaryTest(acc, g * M, c.setup, intervalSetup(c, `bias:${seg.column}=${label}`));
    const combined = parts ? partialTest(c, parts, g * M) : null;
    const rest = new Float64Array(M);
    for (let k = 0; k < M; k++) rest[k] = total[k]! - acc[g * M + k]!;
    const r = primaryTest(rest, 0, c.setup, null);
    if (!t || !r) continue;
    const gap = t.delta - r.delta;
    const se = Math.hypot(deltaStandardError(acc, g * M, c.paired), deltaStandardError(rest, 0, c.paired));
    const ci: Interval | null = se > 0 ? [gap - zCrit * se, gap + zCrit * se] : null;
    pending.push({
      group: label,
      nBase: acc[g * M + N_ROWS]!,
      nCurrent: acc[g * M + CUR + N_ROWS]!,
      baseline: t.base,
      current: t.cur,
      delta: t.delta,
      ci: t.ci,
      pValue: combined ? combined.p : t.p,
      test: combined ? 'partial_paired' : t.test,
      restBaseline: r.base,
      restCurrent: r.cur,
      restDelta: r.delta,
      gapToRest: gap,
      gapCi: ci,
      gapPValue: se > 0 ? normalTwoSidedP(gap / se) : gap === 0 ? 1 : 0,
    });
  }
  const q = benjaminiHochberg(pending.map((p) => p.pValue));
  const qGap = benjaminiHochberg(pending.map((p) => p.gapPValue));
  const alpha = c.opts.alpha;
  const groupTests: GroupChangeTest[] = pending.map((p, i) => ({
    ...p,
    qValue: q[i]!,
    gapQValue: qGap[i]!,
    worsened: p.delta < 0 && p.gapToRest < 0 && q[i]! <= alpha && qGap[i]! <= alpha,
  }));
  let worstChange: GroupChangeTest | null = null;
  for (const t of groupTests) if (t.worsened && (!worstChange || t.gapToRest < worstChange.gapToRest)) worstChange = t;
  return { groupTests, worstChange };
}
