/**
 * The data checks over one eval table pair and the runs' reference (training) samples: feature
 * drift (eval vs eval, training sample vs eval, training sample vs training sample), label and
 * prediction shift, data quality, preprocessing skew, label noise and leakage. Pure and
 * deterministic: the same tables and seed give the same DataAnalysis.
 */
import { featureSegmentSpec, isRangeFeature, matchIds, pairReference, profileColumns, releaseScratch, segmentSpec, type SegmentSpec } from './columns.js';
import { driftEval, driftReference, driftTrainVsEval } from './drift.js';
import { labelNoise } from './label-noise.js';
import { featureLeakParts, trainOverlap, type ContextExchange } from './leakage.js';
import { skewEval, skewReference, skewTrainVsEval, swappedColumns } from './preprocessing.js';
import { columnProfiles, qualityCurrentOnly, qualityEval, qualityReference, qualityTrainVsEval } from './quality.js';
import { labelShift, labelShiftReference, predictionShift } from './shift.js';
import type { DataAnalysis, DataInput, DataOptions, DriftResult, LeakageFinding, QualityIssue, SkewFinding } from './types.js';
import type { EvalView } from '../../artifacts/types.js';

/**
 * A drift or out-of-range finding on a feature whose preprocessing skew was found is the
 * symptom, not the cause: it keeps its numbers but its strength is scaled by this factor so the
 * preprocessing finding ranks first.
 */
const SYMPTOM_FACTOR = 0.6;

const ID_NAMES = ['id', 'row_id', 'example_id', 'uid'];

/**
 * Numeric features that drifted inside the same segment are one population change (the
 * diagnosis reports them as one finding, named by the strongest). Its name is the feature that
 * moved furthest in its own spread there (largest standardized shift): rows picked on one
 * feature move it most, the features correlated with it by r about r times as far, and PSI
 * saturates once the samples stop overlapping. The leader takes the group's strength; the others
 * rank below it as its followers (SYMPTOM_FACTOR).
 */
/**
 * Segment codes of the features that are not segment columns already (see featureSegmentSpec), in
 * feature order, in two steps: `now` has every spec but the numeric ranges, `later()` the whole list
 * (called after the drift checks, whose sorts give the ranges' baseline profiles).
 */
function featureSegments(base: EvalView, cur: EvalView, segments: readonly SegmentSpec[]): { now: SegmentSpec[]; later: () => SegmentSpec[] } {
  const have = new Set(segments.map((s) => s.column));
  const slots: (SegmentSpec | string | null)[] = [];
  for (const col of cur.features) {
    if (have.has(col.name)) continue;
    slots.push(isRangeFeature(col.name, base.table, cur.table) ? col.name : featureSegmentSpec(col.name, base.table, cur.table));
  }
  return {
    now: slots.filter((s): s is SegmentSpec => s !== null && typeof s !== 'string'),
    later: () => {
      const out: SegmentSpec[] = [];
      for (const s of slots) {
        const spec = typeof s === 'string' ? featureSegmentSpec(s, base.table, cur.table) : s;
        if (spec) out.push(spec);
      }
      return out;
    },
  };
}

export function leadSegmentDrifts(drift: readonly DriftResult[]): DriftResult[] {
  const groups = new Map<string, DriftResult[]>();
  for (const d of drift) {
    if (d.comparison !== 'eval' || !d.flagged || d.explainedBy !== null || d.segment?.shiftIn == null) continue;
    const key = `${d.segment.column}\u0000${d.segment.value}`;
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  }
  const replaced = new Map<DriftResult, DriftResult>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const leader = g.reduce((a, b) => (b.segment!.shiftIn! > a.segment!.shiftIn! ? b : a));
    const top = Math.max(...g.map((d) => d.strength));
    replaced.set(leader, { ...leader, strength: top });
    for (const d of g) if (d !== leader) replaced.set(d, { ...d, explainedBy: `feature_drift:${leader.feature}`, strength: Math.min(d.strength, top) * SYMPTOM_FACTOR });
  }
  return drift.map((d) => replaced.get(d) ?? d);
}

/** Findings sorted by strength, then by key: the order of every list of the data analysis. */
const byStrength =
  <T extends { strength: number }>(key: (x: T) => string) =>
  (a: T, b: T): number =>
    b.strength - a.strength || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * The leakage checks of a pair, sorted: the last of the data checks, and independent of the rest,
 * so that both threads share them out when they are free (decisions 0025, 0028).
 */
export function leakageChecks(input: DataInput, seed: number): LeakageFinding[] {
  const parts = leakageParts(input, seed);
  return sortedLeakage(Array.from({ length: parts.count }, (_, i) => parts.run(i)));
}

/** The leakage checks of a pair in independent parts: the train/eval overlap, then one per current feature (decision 0028). */
export interface LeakageParts {
  readonly count: number;
  run(part: number): LeakageFinding[];
}

/** `exchange`: the other thread's end for the feature parts' shared context (featureLeakParts), when two threads run parts. */
export function leakageParts(input: DataInput, seed: number, exchange?: ContextExchange): LeakageParts {
  const { base, cur, refBase, refCur } = input;
  const features = featureLeakParts(base, cur, seed, exchange);
  return { count: 1 + features.count, run: (i) => (i === 0 ? trainOverlap(base, cur, refBase, refCur) : features.run(i - 1)) };
}

/** The findings of every part, given in part order, as the review lists them. */
export function sortedLeakage(parts: readonly (readonly LeakageFinding[])[]): LeakageFinding[] {
  const leakage = parts.flat();
  leakage.sort(byStrength((l) => `${l.kind}:${l.reference ?? ''}:${l.feature ?? ''}`));
  return leakage;
}

/**
 * The data checks of one eval pair. `leakage` runs the leakage checks, or returns null when
 * another thread runs them (the result then has none, for the caller to fill in).
 */
export function analyzeData(input: DataInput, opts: DataOptions, leakage: () => LeakageFinding[] | null = () => leakageChecks(input, opts.seed)): DataAnalysis {
  const { base, cur, refBase, refCur } = input;
  const notes: string[] = [];
  const minSupport = Math.max(1, opts.minSupport);

  let pairs: { base: Int32Array; cur: Int32Array } | null = null;
  if (base?.ids && cur.ids) {
    const m = matchIds(base.ids, cur.ids);
    if (m.cur.length > 0) pairs = m;
  }
  if (!base) notes.push('no baseline eval table: eval-vs-eval drift, shifts, label changes and most quality checks skipped');
  else if (!pairs) notes.push('rows could not be matched by id: preprocessing skew judged on distributions only');

  const segments: SegmentSpec[] = [];
  if (base) {
    for (const col of cur.segmentColumns) {
      const spec = segmentSpec(col, base.table, cur.table);
      if (spec) segments.push(spec);
    }
  }

  const exclude = new Set([...ID_NAMES, cur.labelColumn.toLowerCase(), ...(cur.idColumn ? [cur.idColumn.toLowerCase()] : [])]);
  const refPairs = refCur.map((rc) => ({ rc, rb: pairReference(rc, refBase) }));

  let drift: DriftResult[] = [];
  // Drift is located in the segment columns and in the numeric code columns (pid, educ written as
  // numbers): both are groups a population change arrives by. Continuous features are not cut
  // into ranges here; a range of one feature is where another drifted only through correlation.
  const features = base ? featureSegments(base, cur, segments) : null;
  const driftSegments = [...segments, ...(features ? features.now : []).filter((s) => !s.values[0]!.startsWith('['))];
  if (base) drift.push(...driftEval(cur.path, base.features, cur.features, driftSegments, minSupport));
  const featureSpecs = features ? features.later() : [];
  // The label and prediction shifts sort the scores (a regression's labels and predictions) as
  // their columns, which fills those columns' profiles: before the rest is profiled.
  const labelShifts = base ? labelShift(base, cur, pairs) : [];
  const predictionShifts = base ? predictionShift(base, cur, pairs) : [];
  // The rest of the columns profiled here, after drift: a column's first sort fills its profile,
  // so the columns drift sorted (every current-run feature) are not sorted again (see profile()).
  if (base) profileColumns(base.table.columns);
  profileColumns(cur.table.columns, base?.table.columns);
  for (const { rc, rb } of refPairs) {
    drift.push(...driftTrainVsEval(rc, cur.features, rb, base?.features ?? null, cur.path));
    if (rb) drift.push(...driftReference(rb, rc, exclude));
  }

  for (const { rc, rb } of refPairs) if (rb) labelShifts.push(...labelShiftReference(rb, rc, cur.labelColumn));

  let quality: QualityIssue[] = base ? qualityEval(base, cur, pairs, minSupport) : qualityCurrentOnly(cur);
  if (!base) for (const { rc } of refPairs) quality.push(...qualityTrainVsEval(rc, cur));
  for (const { rc, rb } of refPairs) if (rb) quality.push(...qualityReference(rb, rc));

  const swaps = base ? swappedColumns(base, cur, pairs) : [];
  const swapped = new Set(swaps.flatMap((s) => [s.feature, s.partner ?? '']));
  const preprocessing: SkewFinding[] = base ? [...swaps, ...skewEval(base, cur, pairs, swapped)] : [];
  for (const { rc, rb } of refPairs) {
    preprocessing.push(...skewTrainVsEval(rc, cur, rb, base));
    if (rb) preprocessing.push(...skewReference(rb, rc, exclude));
  }
  if (refCur.length === 0) notes.push('no reference (training) sample: train/serve checks and train/eval overlap skipped');

  const modelShifted = predictionShifts.some((p) => p.flagged);
  // Label noise is localised over every feature, not only the segment columns: a labelling
  // vendor's batch is a range of some feature as often as a declared segment. Its BH family
  // grows with the candidates, and the segment must still carry most of the anomaly.
  const noiseSegments = [...segments, ...featureSpecs];
  const noise = labelNoise(base, cur, pairs, noiseSegments, minSupport, modelShifted);
  if (!noise) notes.push('label noise: no probabilities, no id-matched rows and no baseline to compare conflicts with');

  const leaks = leakage() ?? [];

  // Symptoms of a preprocessing skew rank below it.
  const skewed = new Map<string, SkewFinding>();
  for (const p of preprocessing) {
    if (!skewed.has(p.feature)) skewed.set(p.feature, p);
    if (p.partner !== undefined && !skewed.has(p.partner)) skewed.set(p.partner, p);
  }
  // So are those of a sentinel fill: the drift is the fill's mass at the sentinel value (eval
  // comparison only: the sentinel was found there).
  const sentinels = new Set(quality.filter((q) => q.kind === 'sentinel' && q.column !== null && !skewed.has(q.column)).map((q) => q.column!));
  drift = drift.map((d) => {
    const s = skewed.get(d.feature);
    if (s && d.flagged) return { ...d, explainedBy: `preprocessing:${s.kind}`, strength: d.strength * SYMPTOM_FACTOR };
    if (d.flagged && d.comparison === 'eval' && sentinels.has(d.feature)) return { ...d, explainedBy: 'data_quality:sentinel', strength: d.strength * SYMPTOM_FACTOR };
    return d;
  });
  quality = quality.map((q) => {
    const s = q.column !== null && (q.kind === 'out_of_range' || q.kind === 'sentinel') ? skewed.get(q.column) : undefined;
    return s ? { ...q, strength: q.strength * SYMPTOM_FACTOR, details: { ...q.details, explained_by: `preprocessing:${s.kind}` } } : q;
  });

  drift = leadSegmentDrifts(drift);

  drift.sort(byStrength((d) => `${d.comparison}:${d.feature}`));
  quality.sort(byStrength((q) => `${q.kind}:${q.column ?? ''}`));
  preprocessing.sort(byStrength((p) => `${p.comparison}:${p.feature}`));
  const columns = { base: base ? columnProfiles(base.table) : null, cur: columnProfiles(cur.table) };
  releaseScratch();

  return {
    source: cur.path,
    task: cur.task,
    nBase: base?.n ?? null,
    nCur: cur.n,
    drift,
    labelShift: labelShifts,
    predictionShift: predictionShifts,
    columns,
    quality,
    preprocessing,
    labelNoise: noise,
    leakage: leaks,
    notes,
  };
}
