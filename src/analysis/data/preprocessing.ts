/**
 * Preprocessing skew: the signature of a transform applied differently on the two sides rather
 * than of the world changing. A numeric feature multiplied by a common factor (every quantile
 * ×12, ×1000, ×1.609…), standardized or min-max scaled on one side only, or a part of the rows
 * scaled; a categorical column recoded (yes/no → 1/0) or whose value sets stopped overlapping.
 * When the rows match by id the same rows are compared directly, which turns "looks like ×12"
 * into "every row is exactly ×12". Eval is also compared with the training sample, so a
 * transform applied at serving time only (train/serve skew) is caught even when the baseline
 * eval had the same fault.
 */
import { cellText, type Column, type NumberColumn, type StringColumn, type Table } from '../../artifacts/table.js';
import type { EvalView } from '../../artifacts/types.js';
import { jensenShannon } from '../stats/distance.js';
import { alignCategories, profile, quantileAt, sampleStep, type NumericProfile } from './columns.js';
import { sameCells } from '../same-cells.js';
import {
  SKEW_DISJOINT,
  SKEW_KNOWN_FACTOR,
  SKEW_RECODED,
  SKEW_ROWS,
  SKEW_STANDARDIZED,
  SKEW_UNKNOWN_FACTOR,
} from './strength.js';
import type { Comparison, SkewFinding, SkewKind } from './types.js';

/** Unit and convention factors a skew is most often made of; their reciprocals count too. */
const KNOWN_FACTORS: readonly (readonly [number, string])[] = [
  [12, 'monthly vs yearly'],
  [100, 'fraction vs percent'],
  [1000, 'thousands / milli- units'],
  [1e6, 'millions / micro- units'],
  [10, 'a factor of ten'],
  [60, 'seconds / minutes / hours'],
  [3600, 'seconds vs hours'],
  [24, 'hours vs days'],
  [7, 'days vs weeks'],
  [30, 'days vs months'],
  [52, 'weeks vs years'],
  [365, 'days vs years'],
  [1.609344, 'miles vs kilometres'],
  [2.54, 'inches vs centimetres'],
  [3.28084, 'metres vs feet'],
  [2.20462, 'kilograms vs pounds'],
  [3.78541, 'US gallons vs litres'],
  [1024, 'binary kilo'],
];
/** A ratio within 2 % of a known factor is taken to be that factor. */
const FACTOR_TOLERANCE = 0.02;
/** An unknown multiplicative map is only believed when it is at least this large (or its inverse). */
const UNKNOWN_FACTOR_MIN = 3;
/** Quantile levels of the affine fit (the ratio test uses the nonzero deciles). */
const AFFINE_LEVELS = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
/** Minimum usable values per side, and minimum id-matched rows, for any verdict. */
const MIN_VALUES = 20;
/**
 * Two columns are swapped when each current column equals the other's baseline on at least this
 * share of id-matched rows (missing on both sides counts as equal); a real change of either
 * feature leaves far fewer rows equal.
 */
const SWAP_MATCH = 0.95;
/**
 * A recoding: the baseline value of a row decides its current value on at least this share of
 * id-matched rows (a real change of the feature scatters the rows of one value over several).
 */
const RECODE_CONSISTENCY = 0.95;
/**
 * A numeric column with at most this many distinct values is read as a code that a lookup table
 * can re-map (the contract's limit for a categorical column); with more, every value occurs about
 * once and any row-by-row comparison is trivially "one-to-one".
 */
const CODE_MAX_DISTINCT = 50;
/**
 * Numbers written as text: the current text reads back as the row's baseline number (after
 * units, thousands separators or a decimal comma are stripped) on at least this share of the
 * id-matched rows whose text differs. That is a parse failure (data quality: the value no longer
 * parses as its type), not a transform: the values themselves did not change.
 */
const TEXT_SAME_NUMBER = 0.95;

export function knownFactor(ratio: number): { factor: number; name: string } | null {
  if (!(ratio > 0)) return null;
  for (const [f, name] of KNOWN_FACTORS) {
    for (const cand of [f, 1 / f]) {
      if (Math.abs(ratio / cand - 1) <= FACTOR_TOLERANCE) return { factor: cand, name };
    }
  }
  return null;
}

function describeRatio(r: number): string {
  const k = knownFactor(r);
  const shown = k ? k.factor : r;
  const txt = shown >= 1 ? `×${fmt(shown)}` : `÷${fmt(1 / shown)}`;
  return k ? `${txt} (${k.name})` : txt;
}

function fmt(v: number): string {
  return String(Number(v.toPrecision(4)));
}

// ---------------------------------------------------------------------------------------------
// Numeric, from the two distributions
// ---------------------------------------------------------------------------------------------

interface QuantileVerdict {
  readonly kind: SkewKind;
  readonly ratio: number;
  readonly offset: number;
  readonly known: { factor: number; name: string } | null;
  readonly fit: number;
  readonly strength: number;
  readonly what: string;
}

function median(v: number[]): number {
  const s = v.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Every nonzero decile multiplied by one factor, zeros staying zeros. */
function ratioTest(pb: NumericProfile, pc: NumericProfile): { ratio: number; fit: number } | null {
  const nzB = pb.finite - pb.zeros;
  const nzC = pc.finite - pc.zeros;
  if (nzB < MIN_VALUES || nzC < MIN_VALUES) return null;
  if (Math.abs(pb.zeros / pb.finite - pc.zeros / pc.finite) > 0.05) return null;
  const ratios: number[] = [];
  for (let j = 0; j < 9; j++) {
    const qb = pb.nonzeroDeciles[j]!;
    const qc = pc.nonzeroDeciles[j]!;
    if (qb === 0 || qb * qc <= 0) return null;
    ratios.push(qc / qb);
  }
  const r = median(ratios);
  const devs = ratios.map((x) => Math.abs(x / r - 1));
  // Sampling noise moves single quantiles; the typical one must sit within 3 %, none beyond 15 %.
  if (median(devs) > 0.03 || Math.max(...devs) > 0.15) return null;
  return { ratio: r, fit: devs.filter((d) => d <= 0.03).length / devs.length };
}

/** Least-squares line through the quantile-quantile points (0.05 … 0.95), with its R². */
function affineFit(pb: NumericProfile, pc: NumericProfile): { a: number; b: number; r2: number } {
  const xs = AFFINE_LEVELS.map((q) => quantileAt(pb, q));
  const ys = AFFINE_LEVELS.map((q) => quantileAt(pc, q));
  return lineFit(xs, ys);
}

function lineFit(xs: ArrayLike<number>, ys: ArrayLike<number>): { a: number; b: number; r2: number } {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return { a: NaN, b: NaN, r2: 0 };
  const a = sxy / sxx;
  return { a, b: my - a * mx, r2: (sxy * sxy) / (sxx * syy) };
}

function isStandardized(p: NumericProfile): boolean {
  return Math.abs(p.mean) <= 0.1 && Math.abs(p.std - 1) <= 0.1;
}

function isUnitRange(p: NumericProfile): boolean {
  return p.finite > 0 && p.min >= 0 && p.max <= 1 && p.max - p.min >= 0.5;
}

/** Judges a numeric feature from its two distributions only. */
function quantileVerdict(pb: NumericProfile, pc: NumericProfile): QuantileVerdict | null {
  if (pb.finite < MIN_VALUES || pc.finite < MIN_VALUES) return null;
  const rt = ratioTest(pb, pc);
  if (rt && Math.abs(Math.log(rt.ratio)) >= Math.log(1.05)) {
    const known = knownFactor(rt.ratio);
    if (known) {
      return { kind: 'scale', ratio: rt.ratio, offset: 0, known, fit: rt.fit, strength: SKEW_KNOWN_FACTOR, what: `every quantile ${describeRatio(rt.ratio)}` };
    }
    if (Math.abs(Math.log(rt.ratio)) >= Math.log(UNKNOWN_FACTOR_MIN)) {
      return { kind: 'scale', ratio: rt.ratio, offset: 0, known: null, fit: rt.fit, strength: SKEW_UNKNOWN_FACTOR, what: `every quantile ${describeRatio(rt.ratio)}` };
    }
  }
  // Standardized / min-max scaled on one side only: an affine map between the two sides.
  const stdB = isStandardized(pb);
  const stdC = isStandardized(pc);
  const unitB = isUnitRange(pb);
  const unitC = isUnitRange(pc);
  const far = (p: NumericProfile): boolean => Math.abs(p.mean) > 0.5 || Math.abs(p.std - 1) > 0.5;
  const oneSided = (stdB !== stdC && (stdB ? far(pc) : far(pb))) || (unitB !== unitC && (unitB ? !isUnitLike(pc) : !isUnitLike(pb)));
  if (!oneSided) return null;
  const fit = affineFit(pb, pc);
  if (!(fit.r2 >= 0.99) || !(fit.a > 0)) return null;
  const standardized = stdB !== stdC;
  const side = (standardized ? stdC : unitC) ? 'current' : 'baseline';
  return {
    kind: standardized ? 'standardized' : 'affine',
    ratio: fit.a,
    offset: fit.b,
    known: null,
    fit: fit.r2,
    strength: SKEW_STANDARDIZED,
    what: standardized
      ? `standardized (mean 0, sd 1) on the ${side} side only`
      : `min-max scaled to [0, 1] on the ${side} side only`,
  };
}

function isUnitLike(p: NumericProfile): boolean {
  return p.finite > 0 && p.min >= -0.01 && p.max <= 1.01;
}

// ---------------------------------------------------------------------------------------------
// Numeric, row by row
// ---------------------------------------------------------------------------------------------

function roundSignificant(v: number, digits: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const scale = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - digits + 1);
  return Math.round(v / scale) * scale;
}

interface RowVerdict {
  readonly kind: SkewKind;
  readonly ratio: number;
  readonly offset: number;
  readonly fit: number;
  readonly matched: number;
  readonly what: string;
  readonly strength: number;
}

/** Compares the same rows: one exact factor, one exact affine map, or a part of the rows scaled. */
function rowVerdict(cb: NumberColumn, cc: NumberColumn, pairs: { base: Int32Array; cur: Int32Array }): RowVerdict | null {
  const step = sampleStep(pairs.base.length);
  const xs = new Float64Array(Math.ceil(pairs.base.length / step));
  const ys = new Float64Array(xs.length);
  let m = 0;
  for (let i = 0; i < pairs.base.length; i += step) {
    const x = cb.values[pairs.base[i]!]!;
    const y = cc.values[pairs.cur[i]!]!;
    if (x - x === 0 && y - y === 0) {
      xs[m] = x;
      ys[m] = y;
      m++;
    }
  }
  if (m < MIN_VALUES) return null;
  let unchanged = 0;
  let zeros = 0;
  const ratioCounts = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (x === y) {
      unchanged++;
      if (x === 0) zeros++;
      continue;
    }
    if (x === 0) continue;
    // 4 significant digits absorb the rounding of values written as text.
    const r = roundSignificant(y / x, 4);
    ratioCounts.set(r, (ratioCounts.get(r) ?? 0) + 1);
  }
  if (unchanged / m >= 0.95) return null;
  let modeRatio = NaN;
  let modeCount = 0;
  for (const [r, c] of ratioCounts) {
    if (c > modeCount || (c === modeCount && r < modeRatio)) {
      modeRatio = r;
      modeCount = c;
    }
  }
  if (modeCount > 0 && modeRatio !== 1) {
    const fit = (modeCount + zeros) / m;
    if (fit >= 0.9) {
      return { kind: 'scale', ratio: modeRatio, offset: 0, fit, matched: m, strength: SKEW_ROWS, what: `${(100 * fit).toFixed(1)}% of ${m} id-matched rows are exactly ${describeRatio(modeRatio)}` };
    }
    const part = modeCount / m;
    if (part >= 0.05 && (modeCount + unchanged) / m >= 0.9) {
      return {
        kind: 'partial_scale',
        ratio: modeRatio,
        offset: 0,
        fit: part,
        matched: m,
        strength: Math.min(SKEW_ROWS, 0.5 + 0.4 * part),
        what: `${(100 * part).toFixed(1)}% of ${m} id-matched rows are ${describeRatio(modeRatio)}, the rest unchanged`,
      };
    }
  }
  // One affine map for all rows (standardized, shifted and scaled).
  const line = lineFit(xs.subarray(0, m), ys.subarray(0, m));
  if (!Number.isFinite(line.a)) return null;
  let sd = 0;
  let my = 0;
  for (let i = 0; i < m; i++) my += ys[i]!;
  my /= m;
  for (let i = 0; i < m; i++) sd += (ys[i]! - my) ** 2;
  sd = Math.sqrt(sd / Math.max(1, m - 1));
  const tol = 1e-3 * (sd || 1);
  let within = 0;
  for (let i = 0; i < m; i++) if (Math.abs(ys[i]! - (line.a * xs[i]! + line.b)) <= tol) within++;
  const fit = within / m;
  if (fit < 0.9 || (Math.abs(line.a - 1) <= 1e-3 && Math.abs(line.b) <= tol)) return null;
  const standardized = Math.abs(my) <= 0.1 && Math.abs(sd - 1) <= 0.1;
  return {
    kind: standardized ? 'standardized' : 'affine',
    ratio: line.a,
    offset: line.b,
    fit,
    matched: m,
    strength: SKEW_ROWS,
    what: `${(100 * fit).toFixed(1)}% of ${m} id-matched rows follow current = ${fmt(line.a)} × baseline ${line.b >= 0 ? '+' : '−'} ${fmt(Math.abs(line.b))}${standardized ? ' (standardized now)' : ''}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Categorical
// ---------------------------------------------------------------------------------------------

/** Row-by-row cross-tab of two columns' texts: a consistent, non-identity map is a recoding. */
function recodingByRows(
  cb: Column,
  cc: Column,
  pairs: { base: Int32Array; cur: Int32Array },
): { consistency: number; same: number; matched: number; mapping: [string, string][] } | null {
  const table = new Map<string, Map<string, number>>();
  let m = 0;
  let same = 0;
  const step = sampleStep(pairs.base.length);
  for (let i = 0; i < pairs.base.length; i += step) {
    const a = cellText(cb, pairs.base[i]!);
    const b = cellText(cc, pairs.cur[i]!);
    if (a === '' || b === '') continue;
    m++;
    if (a === b) same++;
    let row = table.get(a);
    if (!row) table.set(a, (row = new Map<string, number>()));
    row.set(b, (row.get(b) ?? 0) + 1);
  }
  if (m < MIN_VALUES) return null;
  let consistent = 0;
  const mapping: [string, string, number][] = [];
  for (const [a, row] of table) {
    let best = '';
    let bestN = 0;
    for (const [b, n] of row) {
      if (n > bestN || (n === bestN && b < best)) {
        best = b;
        bestN = n;
      }
    }
    consistent += bestN;
    mapping.push([a, best, bestN]);
  }
  mapping.sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1));
  return { consistency: consistent / m, same: same / m, matched: m, mapping: mapping.slice(0, 5).map(([a, b]) => [a, b]) };
}

/**
 * The numbers a text may be written as: the first numeric token, read with ',' as a thousands
 * separator and with ',' as a decimal comma.
 */
export function numbersInText(text: string): number[] {
  const m = /[-+]?(?:\d[\d,.\s]*\d|\d)(?:[eE][-+]?\d+)?/.exec(text.replace(/\u00a0/g, ' '));
  if (!m) return [];
  const tok = m[0].replace(/\s/g, '');
  const out: number[] = [];
  for (const cand of [tok.replace(/,/g, ''), tok.replace(/\./g, '').replace(',', '.')]) {
    const v = Number(cand);
    if (Number.isFinite(v) && !out.includes(v)) out.push(v);
  }
  return out;
}

/** The current texts of a column that turned to text read back as the same rows' baseline numbers (TEXT_SAME_NUMBER). */
function writtenAsText(cb: NumberColumn, cc: StringColumn, pairs: { base: Int32Array; cur: Int32Array }): boolean {
  let differ = 0;
  let same = 0;
  const step = sampleStep(pairs.base.length);
  for (let i = 0; i < pairs.base.length; i += step) {
    const x = cb.values[pairs.base[i]!]!;
    const t = cellText(cc, pairs.cur[i]!);
    if (t === '' || t === cellText(cb, pairs.base[i]!) || x - x !== 0) continue;
    differ++;
    const tol = 1e-9 * Math.max(1, Math.abs(x));
    if (numbersInText(t).some((v) => Math.abs(v - x) <= tol)) same++;
  }
  return differ > 0 && same / differ >= TEXT_SAME_NUMBER;
}

/** Share of current rows whose value occurs in the baseline; and a rank-by-frequency pairing. */
function overlap(cb: StringColumn, cc: StringColumn): { rate: number; mapping: [string, string][]; sameProfile: boolean } {
  const a = alignCategories(cb, cc);
  let inBase = 0;
  let total = 0;
  for (let i = 0; i < a.names.length; i++) {
    total += a.curCounts[i]!;
    if (a.baseCounts[i]! > 0) inBase += a.curCounts[i]!;
  }
  const rank = (counts: Float64Array): number[] =>
    Array.from(counts.keys())
      .filter((i) => counts[i]! > 0)
      .sort((x, y) => counts[y]! - counts[x]! || x - y);
  const rb = rank(a.baseCounts);
  const rc = rank(a.curCounts);
  const mapping: [string, string][] = [];
  for (let i = 0; i < Math.min(5, rb.length, rc.length); i++) mapping.push([a.names[rb[i]!]!, a.names[rc[i]!]!]);
  // Same share profile under the rank pairing: the values were renamed, not redistributed.
  let sameProfile = false;
  if (rb.length === rc.length && rb.length >= 2) {
    const sb = rb.map((i) => a.baseCounts[i]!);
    const sc = rc.map((i) => a.curCounts[i]!);
    sameProfile = jensenShannon(sb, sc, 2) <= 0.1;
  }
  return { rate: total > 0 ? inBase / total : 1, mapping, sameProfile };
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

function finding(
  feature: string,
  comparison: Comparison,
  source: string,
  fields: Omit<SkewFinding, 'feature' | 'comparison' | 'source' | 'message'>,
  what: string,
): SkewFinding {
  const where =
    comparison === 'eval' ? 'current eval vs baseline eval' : comparison === 'train_vs_eval' ? 'eval vs training sample' : 'current vs baseline training sample';
  return { feature, comparison, source, ...fields, message: `${feature}: ${what} (${where})` };
}

function fromQuantiles(feature: string, comparison: Comparison, source: string, v: QuantileVerdict): SkewFinding {
  return finding(
    feature,
    comparison,
    source,
    {
      kind: v.kind,
      ratio: v.ratio,
      offset: v.offset,
      knownFactor: v.known?.factor ?? null,
      evidence: 'quantiles',
      matchedRows: null,
      fit: v.fit,
      overlapRate: null,
      mapping: [],
      strength: v.strength,
    },
    v.what,
  );
}

/** One feature pair with no row matching (or not enough). */
function judgeDistributions(cb: Column, cc: Column, feature: string, comparison: Comparison, source: string): SkewFinding | null {
  if (cb.kind === 'number' && cc.kind === 'number') {
    const v = quantileVerdict(profile(cb), profile(cc));
    return v ? fromQuantiles(feature, comparison, source, v) : null;
  }
  if (cb.kind === 'string' && cc.kind === 'string') {
    const pb = profile(cb);
    const pc = profile(cc);
    const nb = pb.n - pb.missing;
    const nc = pc.n - pc.missing;
    // Id-like columns (mostly unique values) overlap little by nature.
    if (nb < MIN_VALUES || nc < MIN_VALUES || pb.distinct < 2 || pc.distinct < 2 || pb.distinct > nb / 2 || pc.distinct > nc / 2) return null;
    const o = overlap(cb, cc);
    if (o.rate >= 0.5) return null;
    return finding(
      feature,
      comparison,
      source,
      {
        kind: 'disjoint_categories',
        ratio: null,
        offset: null,
        knownFactor: null,
        evidence: 'values',
        matchedRows: null,
        fit: o.sameProfile ? 1 : 0,
        overlapRate: o.rate,
        mapping: o.mapping,
        strength: SKEW_DISJOINT,
      },
      `only ${(100 * o.rate).toFixed(1)}% of current values occur in the baseline${o.sameProfile ? '; the shares match value for value, so the values were renamed' : ''}`,
    );
  }
  return null;
}

/**
 * Two numeric columns exchanged (the feature vector assembled in another order): on id-matched
 * rows the current `a` equals the baseline `b` and the current `b` the baseline `a`, while `a`
 * itself changed. One finding for the pair (the event is one), named by the first column.
 */
export function swappedColumns(base: EvalView, cur: EvalView, pairs: { base: Int32Array; cur: Int32Array } | null): SkewFinding[] {
  if (!pairs || pairs.cur.length < MIN_VALUES || pairs.cur.length < 0.5 * cur.n) return [];
  const nums = cur.features.filter((c): c is NumberColumn => c.kind === 'number');
  const baseOf = (name: string) => base.features.find((c): c is NumberColumn => c.name === name && c.kind === 'number');
  const step = sampleStep(pairs.cur.length);
  const same = (x: number, y: number) => x === y || (x - x !== 0 && y - y !== 0);
  /** Share of sampled matched rows where current column `c` equals baseline column `b`. */
  const agree = (c: NumberColumn, b: NumberColumn) => {
    let hit = 0;
    let seen = 0;
    for (let i = 0; i < pairs.cur.length; i += step) {
      seen++;
      if (same(c.values[pairs.cur[i]!]!, b.values[pairs.base[i]!]!)) hit++;
    }
    return seen === 0 ? 0 : hit / seen;
  };
  const out: SkewFinding[] = [];
  const used = new Set<string>();
  for (let i = 0; i < nums.length; i++) {
    const a = nums[i]!;
    const ba = baseOf(a.name);
    // `a` changed; it may still keep its own value on many rows (two columns that are both 0 on a
    // fifth of the rows keep them through the swap), so "changed" is "not unchanged".
    const own = ba ? agree(a, ba) : 1;
    if (!ba || used.has(a.name) || own >= SWAP_MATCH) continue;
    for (let j = i + 1; j < nums.length; j++) {
      const b = nums[j]!;
      const bb = baseOf(b.name);
      if (!bb || used.has(b.name)) continue;
      const fit = Math.min(agree(a, bb), agree(b, ba));
      // Each column must hold the other's baseline on more rows than it holds its own.
      if (fit < SWAP_MATCH || fit <= own || fit <= agree(b, bb)) continue;
      used.add(a.name);
      used.add(b.name);
      out.push(
        finding(a.name, 'eval', cur.path, {
          kind: 'swapped',
          ratio: null,
          offset: null,
          knownFactor: null,
          evidence: 'rows',
          matchedRows: pairs.cur.length,
          fit,
          overlapRate: null,
          mapping: [],
          partner: b.name,
          strength: SKEW_ROWS,
        }, `${a.name} now holds the baseline's ${b.name} and ${b.name} the baseline's ${a.name} on ${(100 * fit).toFixed(1)}% of ${pairs.cur.length} id-matched rows: the two columns were swapped`),
      );
      break;
    }
  }
  return out;
}

/**
 * Baseline eval vs current eval. With id-matched rows the rows decide (a feature whose matched
 * rows are unchanged is not skewed whatever its quantiles say); without, the distributions do.
 */
export function skewEval(base: EvalView, cur: EvalView, pairs: { base: Int32Array; cur: Int32Array } | null, skip: ReadonlySet<string> = new Set()): SkewFinding[] {
  const out: SkewFinding[] = [];
  const rowsDecide = pairs !== null && pairs.cur.length >= MIN_VALUES && pairs.cur.length >= 0.5 * cur.n;
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb || skip.has(cc.name)) continue;
    if (rowsDecide && pairs) {
      // The same cells in both runs (decision 0027) read through the same matched rows: every
      // matched row is unchanged, so neither the row verdict (95 % unchanged: none) nor the
      // recoding (all values kept: none) can find a skew. Both sampled the rows to learn it:
      // about 70 ms of the data worker for the bench pair's 19 such features at 10^6 rows.
      if (pairs.base === pairs.cur && sameCells(cb, cc)) continue;
      if (cb.kind === 'number' && cc.kind === 'number') {
        const v = rowVerdict(cb, cc, pairs);
        if (v) {
          const known = knownFactor(v.ratio);
          out.push(
            finding(cc.name, 'eval', cur.path, {
              kind: v.kind,
              ratio: v.ratio,
              offset: v.offset,
              knownFactor: v.kind === 'scale' || v.kind === 'partial_scale' ? (known?.factor ?? null) : null,
              evidence: 'rows',
              matchedRows: v.matched,
              fit: v.fit,
              overlapRate: null,
              mapping: [],
              strength: v.strength,
            }, v.what),
          );
          continue;
        }
        // A numeric code (educ = 1..7) re-mapped by a lookup table follows no factor or line; the
        // same rows then show a one-to-one map of the codes, as a recoded category does.
        if (profile(cb).distinct > CODE_MAX_DISTINCT) continue;
      }
      const rec = recodingByRows(cb, cc, pairs);
      if (rec && rec.consistency >= RECODE_CONSISTENCY && rec.same < 0.5 && !(cb.kind === 'number' && cc.kind === 'string' && writtenAsText(cb, cc, pairs))) {
        const kind: SkewKind = cb.kind !== cc.kind ? 'type_encoding' : 'recoded';
        out.push(
          finding(cc.name, 'eval', cur.path, {
            kind,
            ratio: null,
            offset: null,
            knownFactor: null,
            evidence: 'rows',
            matchedRows: rec.matched,
            fit: rec.consistency,
            overlapRate: rec.same,
            mapping: rec.mapping,
            strength: SKEW_RECODED,
          }, `values recoded one-to-one on ${(100 * rec.consistency).toFixed(1)}% of ${rec.matched} id-matched rows (${rec.mapping.map(([a, b]) => `${a}→${b}`).join(', ')})`),
        );
      }
      continue;
    }
    const f = judgeDistributions(cb, cc, cc.name, 'eval', cur.path);
    if (f) out.push(f);
  }
  return out;
}

/**
 * Current training sample vs current eval, minus what the baseline run already had: the same
 * kind of skew at the same ratio (within 2 %) in refBase vs base eval is not new.
 */
export function skewTrainVsEval(refCur: Table, cur: EvalView, refBase: Table | null, base: EvalView | null): SkewFinding[] {
  const out: SkewFinding[] = [];
  for (const cc of cur.features) {
    const rc = refCur.columns.find((c) => c.name === cc.name);
    if (!rc) continue;
    const f = judgeDistributions(rc, cc, cc.name, 'train_vs_eval', `${refCur.path} vs ${cur.path}`);
    if (!f) continue;
    if (refBase && base) {
      const rb = refBase.columns.find((c) => c.name === cc.name);
      const cb = base.features.find((c) => c.name === cc.name);
      const old = rb && cb ? judgeDistributions(rb, cb, cc.name, 'train_vs_eval', refBase.path) : null;
      if (old && old.kind === f.kind && (f.ratio === null || old.ratio === null || Math.abs(f.ratio / old.ratio - 1) <= FACTOR_TOLERANCE)) continue;
    }
    out.push(f);
  }
  return out;
}

/** Baseline training sample vs current training sample: the training features were transformed. */
export function skewReference(refBase: Table, refCur: Table, exclude: ReadonlySet<string>): SkewFinding[] {
  const out: SkewFinding[] = [];
  for (const cc of refCur.columns) {
    if (exclude.has(cc.name.toLowerCase())) continue;
    const cb = refBase.columns.find((c) => c.name === cc.name);
    if (!cb) continue;
    const f = judgeDistributions(cb, cc, cc.name, 'reference', refCur.path);
    if (f) out.push(f);
  }
  return out;
}
