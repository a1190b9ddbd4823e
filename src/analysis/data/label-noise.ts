/**
 * Label noise in the eval set. Three pieces of evidence:
 * - confident learning (Northcutt et al.): with the model's probabilities, the threshold of
 *   class j is the mean probability of j over rows labelled j; a row is a suspected label error
 *   when another class's probability reaches that class's threshold and exceeds the probability
 *   of the given label. The suspect rate is compared between runs, overall and per segment;
 * - rows matched by id whose label changed while the model's prediction did not (the model did
 *   not move, the label did), and among them those the model now contradicts;
 * - conflicting labels: identical feature rows carrying different labels.
 * A rise that concentrates in one segment is reported with that segment: of the significant,
 * concentrated segments, the one that covers the most of the anomaly, ties (within
 * NOISE_COVERAGE_TOLERANCE) going to the strongest evidence. The largest rate difference alone
 * would prefer a small subset nested inside the noisy segment.
 */
import type { Column } from '../../artifacts/table.js';
import type { EvalView } from '../../artifacts/types.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import { twoProportionTest } from '../stats/two-sample.js';
import { HashIndex, hashRows, rowsSharingLead, type SegmentSpec } from './columns.js';
import { comparableFeatures } from './quality.js';
import { normalSf } from '../stats/distributions.js';
import { FDR, mapStrength, NOISE_ANCHORS, NOISE_COVERAGE_TOLERANCE, NOT_SIGNIFICANT_FACTOR } from './strength.js';
import type { LabelNoiseResult, NoiseCounts, NoiseSegment } from './types.js';

type Pairs = { base: Int32Array; cur: Int32Array } | null;

/** A segment's rise must be this many times the rise outside it to be called concentrated. */
const CONCENTRATION = 3;
/** Fewest contradicted label changes that count as evidence on their own. */
const MIN_CONTRADICTED = 5;

/** Per-row class probabilities of a classification view, or null without scores. */
function probabilityOf(v: EvalView): ((i: number, k: number) => number) | null {
  if (v.task === 'regression') return null;
  if (v.task === 'binary' && v.score) {
    const s = v.score;
    return (i, k) => (k === 1 ? s[i]! : 1 - s[i]!);
  }
  if (v.probs && v.probs.length === v.classes.length) {
    const p = v.probs;
    return (i, k) => p[k]![i]!;
  }
  return null;
}

/**
 * Rows, suspects and their rate, built by a constructor rather than an object literal. Once in 12
 * runs of data-runner.test.ts under load, the two runs' counts from the literal that stood here
 * came out with the same `rate` (the later one's) while their `suspects` differed, which no
 * JavaScript semantics allows; it did not reproduce outside the suite. If the cause is storage of
 * the literal's double field shared between its objects, a field a constructor adds has its own.
 */
class Counts implements NoiseCounts {
  readonly rate: number;
  constructor(
    readonly n: number,
    readonly suspects: number,
  ) {
    this.rate = n > 0 ? suspects / n : 0;
  }
}

/** Confident-learning suspects: 1 per suspected row, 0 otherwise; and the class thresholds. */
export function confidentLearning(v: EvalView): { suspect: Uint8Array; thresholds: number[]; counts: NoiseCounts } | null {
  const prob = probabilityOf(v);
  if (!prob) return null;
  const K = v.classes.length;
  const sum = new Float64Array(K);
  const cnt = new Float64Array(K);
  const usable = new Uint8Array(v.n);
  for (let i = 0; i < v.n; i++) {
    const y = v.yTrue[i]!;
    if (!(y >= 0 && y < K)) continue;
    let ok = true;
    for (let k = 0; k < K && ok; k++) if (!Number.isFinite(prob(i, k))) ok = false;
    if (!ok) continue;
    usable[i] = 1;
    sum[y]! += prob(i, y);
    cnt[y]!++;
  }
  // A class nobody carries gets an unreachable threshold: no row can be "really" of that class.
  const thresholds = Array.from(sum, (s, k) => (cnt[k]! > 0 ? s / cnt[k]! : Infinity));
  const suspect = new Uint8Array(v.n);
  let n = 0;
  let suspects = 0;
  for (let i = 0; i < v.n; i++) {
    if (!usable[i]) continue;
    n++;
    const y = v.yTrue[i]!;
    const py = prob(i, y);
    for (let k = 0; k < K; k++) {
      if (k === y) continue;
      const pk = prob(i, k);
      if (pk >= thresholds[k]! && pk > py) {
        suspect[i] = 1;
        suspects++;
        break;
      }
    }
  }
  return { suspect, thresholds, counts: new Counts(n, suspects) };
}

/** Rows in groups of identical features (the named ones) that carry more than one label. */
export function conflictingLabels(v: EvalView, features: readonly string[]): NoiseCounts {
  const cols = features.map((n) => v.features.find((c) => c.name === n)).filter((c): c is Column => c !== undefined);
  let n = 0;
  for (let i = 0; i < v.n; i++) if (!Number.isNaN(v.yTrue[i]!)) n++;
  // Only rows that share their most varied feature with another row can be in a group.
  const lead = rowsSharingLead(cols, v.n);
  const rows = lead ?? Int32Array.from({ length: v.n }, (_, i) => i);
  const h = hashRows(cols, v.n, lead);
  const index = new HashIndex(h, rows.length, true);
  // Each row's group is the first row with its features; a group conflicts when a later row's label differs.
  const group = new Int32Array(rows.length).fill(-1);
  const conflict = new Uint8Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const y = v.yTrue[rows[r]!]!;
    if (Number.isNaN(y)) continue;
    const first = index.add(r);
    group[r] = first < 0 ? r : first;
    if (first >= 0 && v.yTrue[rows[first]!] !== y) conflict[first] = 1;
  }
  let conflicted = 0;
  for (let r = 0; r < rows.length; r++) if (group[r]! >= 0 && conflict[group[r]!]) conflicted++;
  return new Counts(n, conflicted);
}

function labelName(v: EvalView, i: number, values: Float64Array): string | number | null {
  const x = values[i]!;
  if (Number.isNaN(x)) return null;
  return v.task === 'regression' ? x : (v.classes[x] ?? null);
}

/**
 * Label changes on id-matched rows say something about the labels only when those rows kept
 * their predictions, i.e. the rows are the same examples seen by (nearly) the same model.
 */
const MIN_PREDICTION_AGREEMENT = 0.8;

interface Changes {
  matched: number;
  changed: number;
  predSame: number;
  contradicted: number;
  /** Share of matched rows whose predicted class (or value) is the same in both runs. */
  agreement: number;
  /** Per current row: 1 when matched, 2 when matched and a contradicted label change. */
  flag: Uint8Array;
}

/**
 * Matched rows whose label changed while the predicted class (or value) stayed the same; of
 * those, "contradicted" ones are now suspects (or now mispredicted) and were not before.
 */
function labelChanges(base: EvalView, cur: EvalView, pairs: Pairs, sb: Uint8Array | null, sc: Uint8Array | null): Changes | null {
  if (!pairs || !base.yPred || !cur.yPred) return null;
  const flag = new Uint8Array(cur.n);
  let matched = 0;
  let changed = 0;
  let predSame = 0;
  let contradicted = 0;
  let agree = 0;
  for (let r = 0; r < pairs.base.length; r++) {
    const i = pairs.base[r]!;
    const j = pairs.cur[r]!;
    const yb = labelName(base, i, base.yTrue);
    const yc = labelName(cur, j, cur.yTrue);
    if (yb === null || yc === null) continue;
    matched++;
    flag[j] = 1;
    const pb = labelName(base, i, base.yPred);
    const pc = labelName(cur, j, cur.yPred);
    const samePred = pb !== null && pb === pc;
    if (samePred) agree++;
    if (yb === yc) continue;
    changed++;
    if (!samePred) continue;
    predSame++;
    const contra = sb && sc ? sc[j] === 1 && sb[i] === 0 : pc !== yc && pb === yb;
    if (contra) {
      contradicted++;
      flag[j] = 2;
    }
  }
  const agreement = matched > 0 ? agree / matched : 0;
  if (agreement < MIN_PREDICTION_AGREEMENT) {
    // Different examples or a different model: the changes are not evidence about the labels.
    flag.fill(0);
    return { matched, changed, predSame: 0, contradicted: 0, agreement, flag };
  }
  return { matched, changed, predSame, contradicted, agreement, flag };
}

/**
 * `modelShifted`: the predictions moved between the runs. Confident learning reads labels
 * through the model, so a new model alone changes the suspect rate; the rate's rise then says
 * nothing about the labels. When most rows match by id the label changes themselves are the
 * evidence, and the suspect rate only serves to tell which changes the model contradicts.
 */
export function labelNoise(
  base: EvalView | null,
  cur: EvalView,
  pairs: Pairs,
  segments: readonly SegmentSpec[],
  minSupport: number,
  modelShifted: boolean,
): LabelNoiseResult | null {
  const clCur = confidentLearning(cur);
  const clBase = base ? confidentLearning(base) : null;
  // Conflicts are compared on the features both runs have intact (see comparableFeatures).
  const comparable = base ? comparableFeatures(base, cur) : cur.features.map((c) => c.name);
  const conflictsCur = conflictingLabels(cur, comparable);
  const conflictsBase = base && base.task !== 'regression' && comparable.length > 0 ? conflictingLabels(base, comparable) : null;
  const changes = base ? labelChanges(base, cur, pairs, clBase?.suspect ?? null, clCur?.suspect ?? null) : null;
  if (!clCur && !changes && !conflictsBase) return null;

  const rowsMatched = changes !== null && changes.matched >= 0.5 * cur.n;
  // Suspect rates are compared between runs only when rows cannot be matched and the model held still.
  const hasCl = clCur !== null && clBase !== null && !rowsMatched && !modelShifted;
  const clDelta = hasCl ? clCur.counts.rate - clBase.counts.rate : 0;
  const clP = hasCl ? twoProportionTest(clBase.counts.suspects, clBase.counts.n, clCur.counts.suspects, clCur.counts.n).pValue : 1;
  const contradictedRate = changes && changes.matched > 0 ? changes.contradicted / changes.matched : 0;

  const segs =
    base && (hasCl || changes)
      ? noiseSegments(base, cur, segments, minSupport, hasCl ? clBase.suspect : null, hasCl ? clCur.suspect : null, changes, clBase?.suspect ?? null, clCur?.suspect ?? null)
      : [];
  const q = benjaminiHochberg(segs.map((s) => s.pValue));
  const scored = segs.map((s, i) => ({ ...s, qValue: q[i]! }));
  const candidates = scored.filter(
    (s) => s.qValue <= FDR && s.effectIn >= NOISE_ANCHORS[0]![0] && s.effectIn >= CONCENTRATION * Math.max(0, s.effectOut) + 0.01,
  );
  const best = chooseNoiseSegment(candidates);

  const overallEffect = Math.max(clDelta, contradictedRate);
  const significant = clP <= FDR || (changes !== null && changes.contradicted >= MIN_CONTRADICTED) || best !== null;
  let strength: number;
  if (best) strength = mapStrength(best.effectIn, NOISE_ANCHORS) * Math.min(1, 0.5 + 2.5 * best.share);
  else strength = mapStrength(overallEffect, NOISE_ANCHORS) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR);
  strength = Math.max(strength, best ? mapStrength(overallEffect, NOISE_ANCHORS) : 0);
  const flagged = best !== null || (overallEffect >= NOISE_ANCHORS[0]![0] && significant);

  // Conflicting labels: more identical-feature rows disagreeing than in the baseline.
  let conflictsFlagged = false;
  let conflictsStrength = 0;
  if (conflictsBase) {
    const d = conflictsCur.rate - conflictsBase.rate;
    const p = twoProportionTest(conflictsBase.suspects, conflictsBase.n, conflictsCur.suspects, conflictsCur.n).pValue;
    conflictsFlagged = d >= 0.01 && p <= FDR;
    conflictsStrength = conflictsFlagged ? mapStrength(d, NOISE_ANCHORS) : 0;
  }

  const strip = (s: (typeof scored)[number]): NoiseSegment => ({
    column: s.column,
    value: s.value,
    nBase: s.nBase,
    nCur: s.nCur,
    rateBase: s.rateBase,
    rateCur: s.rateCur,
    rateOutBase: s.rateOutBase,
    rateOutCur: s.rateOutCur,
    changed: s.changed,
    changedOut: s.changedOut,
    coverage: s.coverage,
    pValue: s.pValue,
    qValue: s.qValue,
  });
  const top = scored
    .slice()
    .sort((a, b) => b.effectIn - b.effectOut - (a.effectIn - a.effectOut) || (a.column + a.value < b.column + b.value ? -1 : 1))
    .slice(0, 5)
    .map(strip);
  return {
    source: cur.path,
    base: clBase?.counts ?? null,
    cur: clCur?.counts ?? null,
    thresholds: clCur?.thresholds ?? [],
    matched: changes?.matched ?? 0,
    labelsChanged: changes?.changed ?? 0,
    changedPredSame: changes?.predSame ?? 0,
    changedContradicted: changes?.contradicted ?? 0,
    segment: best ? strip(best) : null,
    segments: top,
    conflicts: { base: conflictsBase, cur: conflictsCur },
    conflictsFlagged,
    conflictsStrength,
    significant,
    strength: flagged ? strength : Math.min(strength, 0.2),
    flagged,
  };
}

/**
 * The segment that explains the anomaly: the largest coverage, and among those within
 * NOISE_COVERAGE_TOLERANCE of it the smallest p-value (then the larger rate difference, then the
 * name, for a total order).
 */
export function chooseNoiseSegment<T extends { coverage: number; pValue: number; effectIn: number; effectOut: number; column: string; value: string }>(
  candidates: readonly T[],
): T | null {
  if (candidates.length === 0) return null;
  const top = Math.max(...candidates.map((s) => s.coverage));
  const near = candidates.filter((s) => s.coverage >= top - NOISE_COVERAGE_TOLERANCE);
  return near.reduce((b, s) => {
    const byP = s.pValue - b.pValue;
    if (byP !== 0) return byP < 0 ? s : b;
    const byEffect = s.effectIn - s.effectOut - (b.effectIn - b.effectOut);
    if (byEffect !== 0) return byEffect > 0 ? s : b;
    return s.column + s.value < b.column + b.value ? s : b;
  });
}

interface ScoredSegment extends Omit<NoiseSegment, 'qValue'> {
  readonly effectIn: number;
  readonly effectOut: number;
  readonly share: number;
}

/**
 * Rows per segment code of each run, with their shown (0/1) rows and, in the current run, the
 * changed (flag > 0) and contradicted (flag 2) ones: integer counts per code 0-255.
 */
export function segmentNoiseCounts(
  codesB: Uint8Array,
  nBase: number,
  showB: Uint8Array | null,
  codesC: Uint8Array,
  nCur: number,
  showC: Uint8Array | null,
  flag: Uint8Array | null,
): { nB: Int32Array; xB: Int32Array; nC: Int32Array; xC: Int32Array; mC: Int32Array; kC: Int32Array } {
  // Per segment code (NO_SEGMENT, 255, counts into a spare slot that only the totals read): integer
  // counts, summed without a branch on the data. The flag of a changed row is 0, 1 or 2:
  // (f + 1) >> 1 counts the changed rows (f > 0) and f >> 1 the contradicted ones (f === 2).
  const nB = new Int32Array(256);
  const xB = new Int32Array(256);
  const nC = new Int32Array(256);
  const xC = new Int32Array(256);
  const mC = new Int32Array(256);
  const kC = new Int32Array(256);
  if (showB) {
    // One counter per (code, flag) and one increment a row; the sums come from the counters. Four
    // counters a row waited on each other whenever two rows in a row shared a code.
    const combo = new Int32Array(256 * 2);
    for (let i = 0; i < nBase; i++) combo[(codesB[i]! << 1) | showB[i]!]!++;
    for (let s = 0; s < 256; s++) {
      nB[s] = combo[2 * s]! + combo[2 * s + 1]!;
      xB[s] = combo[2 * s + 1]!;
    }
  } else for (let i = 0; i < nBase; i++) nB[codesB[i]!]!++;
  if (showC && flag) {
    // Per (code, shown, flag): flag is 0, 1 or 2, so three bits hold the pair.
    const combo = new Int32Array(256 * 8);
    for (let i = 0; i < nCur; i++) combo[(codesC[i]! << 3) | (showC[i]! << 2) | flag[i]!]!++;
    for (let s = 0; s < 256; s++) {
      let n = 0;
      let x = 0;
      let m = 0;
      let k = 0;
      for (let show = 0; show < 2; show++) {
        for (let f = 0; f < 3; f++) {
          const c = combo[(s << 3) | (show << 2) | f]!;
          n += c;
          x += show * c;
          m += ((f + 1) >> 1) * c;
          k += (f >> 1) * c;
        }
      }
      nC[s] = n;
      xC[s] = x;
      mC[s] = m;
      kC[s] = k;
    }
  } else {
    for (let i = 0; i < nCur; i++) nC[codesC[i]!]!++;
    if (showC) for (let i = 0; i < nCur; i++) xC[codesC[i]!]! += showC[i]!;
    if (flag) {
      for (let i = 0; i < nCur; i++) {
        const f = flag[i]!;
        const s = codesC[i]!;
        mC[s]! += (f + 1) >> 1;
        kC[s]! += f >> 1;
      }
    }
  }
  return { nB, xB, nC, xC, mC, kC };
}

/**
 * Per segment value: the rise of the suspect rate inside vs outside, and the share of matched
 * rows whose label change the model contradicts, inside vs outside. The test is the two-
 * proportion test of the suspect rate (baseline vs current) inside the segment, or, without
 * confident learning, of contradicted changes inside vs outside.
 */
function noiseSegments(
  base: EvalView,
  cur: EvalView,
  segments: readonly SegmentSpec[],
  minSupport: number,
  sb: Uint8Array | null,
  sc: Uint8Array | null,
  changes: Changes | null,
  showB: Uint8Array | null,
  showC: Uint8Array | null,
): ScoredSegment[] {
  const out: ScoredSegment[] = [];
  for (const spec of segments) {
    const V = spec.values.length;
    const { nB, xB, nC, xC, mC, kC } = segmentNoiseCounts(spec.baseCodes, base.n, showB, spec.curCodes, cur.n, showC, changes ? changes.flag : null);
    const totNB = base.n;
    const totNC = cur.n;
    let totXB = 0;
    let totXC = 0;
    let totM = 0;
    let totK = 0;
    for (let s = 0; s < 256; s++) {
      totXB += xB[s]!;
      totXC += xC[s]!;
      totM += mC[s]!;
      totK += kC[s]!;
    }
    for (let s = 0; s < V; s++) {
      const nb = nB[s]!;
      const nc = nC[s]!;
      if (nb < minSupport || nc < minSupport || totNB - nb < minSupport || totNC - nc < minSupport) continue;
      const rateBase = xB[s]! / nb;
      const rateCur = xC[s]! / nc;
      const rateOutBase = (totXB - xB[s]!) / (totNB - nb);
      const rateOutCur = (totXC - xC[s]!) / (totNC - nc);
      const mIn = mC[s]!;
      const mOut = totM - mIn;
      const kIn = kC[s]!;
      const kOut = totK - kIn;
      const contraIn = mIn > 0 ? kIn / mIn : 0;
      const contraOut = mOut > 0 ? kOut / mOut : 0;
      const clIn = sb && sc ? rateCur - rateBase : 0;
      const clOut = sb && sc ? rateOutCur - rateOutBase : 0;
      // Between two different samples the suspect rate moves by chance everywhere; what points at
      // the labels of one segment is its rise *beyond* the rise outside it (difference in differences).
      const pCl = sb && sc ? didOneSided(rateBase, nb, rateCur, nc, rateOutBase, totNB - nb, rateOutCur, totNC - nc) : 1;
      const pCh = changes && mIn > 0 && mOut > 0 ? oneSided(twoProportionTest(kOut, mOut, kIn, mIn)) : 1;
      // Share of the anomaly inside: contradicted changes, or suspects beyond each part's baseline rate.
      const covCh = totK > 0 ? kIn / totK : 0;
      const excessIn = sb && sc ? xC[s]! - rateBase * nc : 0;
      const excessAll = sb && sc ? excessIn + (totXC - xC[s]! - rateOutBase * (totNC - nc)) : 0;
      const covCl = excessAll > 0 ? Math.min(1, Math.max(0, excessIn / excessAll)) : 0;
      out.push({
        column: spec.column,
        value: spec.values[s]!,
        nBase: nb,
        nCur: nc,
        rateBase,
        rateCur,
        rateOutBase,
        rateOutCur,
        changed: kIn,
        changedOut: kOut,
        pValue: Math.min(pCl, pCh),
        effectIn: Math.max(clIn, contraIn),
        effectOut: Math.max(clOut, contraOut),
        share: totNC > 0 ? nc / totNC : 0,
        coverage: Math.max(covCh, covCl),
      });
    }
  }
  return out;
}

/** One-sided p-value that (inCur − inBase) − (outCur − outBase) > 0, normal approximation. */
function didOneSided(inB: number, nInB: number, inC: number, nInC: number, outB: number, nOutB: number, outC: number, nOutC: number): number {
  const v = (p: number, n: number) => (n > 0 ? (p * (1 - p)) / n : 0);
  const se = Math.sqrt(v(inB, nInB) + v(inC, nInC) + v(outB, nOutB) + v(outC, nOutC));
  const d = inC - inB - (outC - outB);
  if (se === 0) return d > 0 ? 0 : 1;
  return normalSf(d / se);
}

/** One-sided p-value for "the second rate is higher". */
function oneSided(t: { z: number; pValue: number }): number {
  return t.z > 0 ? t.pValue / 2 : 1 - t.pValue / 2;
}
