/**
 * Segmenters: a column turned into a label per analysis row, shared by both runs so that
 * "region=EU" or "carat in [1.2, 5]" means the same rows' kind in baseline and current.
 * String columns give one label per value (matched by text, since each run has its own
 * dictionary); numeric features are cut at the quintiles of the baseline values.
 *
 * Paired runs use one label per pair, taken from the baseline row (the bins come from baseline
 * values too), falling back to the current row when the baseline cell is empty: a pair then
 * belongs to one segment even if a feature changed between the runs.
 */
import type { Column, StringCodes } from '../../artifacts/table.js';
import { cellText } from '../../artifacts/table.js';
import type { EvalView } from '../../artifacts/types.js';
import { quantileSorted } from '../stats/bootstrap.js';
import { sortFloat64InPlace } from '../stats/two-sample.js';
import { distinctFinite, finiteQuintiles, QUINTILES } from '../data/columns.js';
import { sameBytes, sameCells } from '../same-cells.js';

export const MISSING_LABEL = '(missing)';
import { MAX_NUMERIC_CATEGORIES } from '../data/columns.js';

export { MAX_NUMERIC_CATEGORIES };

export interface Segmenter {
  readonly column: string;
  readonly kind: 'category' | 'bin';
  readonly labels: readonly string[];
  /** Label index per analysis row (-1: in no segment). Paired runs share one array. */
  readonly base: SegmentCodes | null;
  readonly cur: SegmentCodes;
}

/**
 * A segmenter's label per analysis row, in two bytes: a segmenter has at most
 * MAX_CATEGORY_LABELS labels. Its arrays are a large share of the review's memory: at 10^6 rows,
 * a pair with 8 segment columns and 12 numeric features holds 40 of them, 153 MiB as 4-byte
 * labels, 76 MiB as two (issue 11).
 */
export type SegmentCodes = Int16Array;

/** Codes per row that the segment scans count: a segmenter's labels, or cells of two of them (slices.ts). */
export type CodeArray = Int16Array | Int32Array;

/** More distinct values than this and a column is not a category segmenter (an id, free text). */
const MAX_CATEGORY_LABELS = 200;

/** Where each run's analysis rows come from in its view. */
export interface RowSource {
  readonly base: { readonly view: EvalView; readonly rows: Int32Array } | null;
  readonly cur: { readonly view: EvalView; readonly rows: Int32Array };
  readonly paired: boolean;
}

function columnOf(v: EvalView, name: string): Column | undefined {
  return v.features.find((c) => c.name === name) ?? v.table.columns.find((c) => c.name === name);
}

/**
 * How a column is cut: numeric columns with more than 10 distinct values are binned, others
 * (codes, flags, small counts: `sex` written as 1/2, `children` 0-5) are categories. `auto` is a
 * segment column, `feature` a numeric feature.
 */
export type SegmentMode = 'auto' | 'feature';

/**
 * Builds the segmenter of one column, or null when the column is missing from a run, does not
 * qualify under `mode`, or gives fewer than two segments.
 */
export function buildSegmenter(name: string, src: RowSource): Segmenter | null {
  const curCol = columnOf(src.cur.view, name);
  const baseCol = src.base ? columnOf(src.base.view, name) : undefined;
  if (!curCol || (src.base && !baseCol)) return null;
  if (baseCol && baseCol.kind !== curCol.kind) return null;
  const ref = baseCol && src.base ? { col: baseCol, rows: src.base.rows } : { col: curCol, rows: src.cur.rows };
  let bins = false;
  if (curCol.kind === 'number') bins = ref.col.kind === 'number' && distinctFinite(ref.col, MAX_NUMERIC_CATEGORIES, ref.rows) > MAX_NUMERIC_CATEGORIES;
  const twin = baseCol !== undefined && src.paired && sameCells(baseCol, curCol) && sameRows(src);
  const seg = bins ? binSegmenter(name, src, baseCol ?? null, curCol, ref, twin) : categorySegmenter(name, src, baseCol ?? null, curCol, twin);
  if (!seg) return null;
  return countUsedLabels(seg) >= 2 ? seg : null;
}

function countUsedLabels(s: Segmenter): number {
  const used = new Uint8Array(s.labels.length);
  markUsed(s.cur, used);
  if (s.base && s.base !== s.cur) markUsed(s.base, used);
  let n = 0;
  for (let l = 0; l < used.length; l++) n += used[l]!;
  return n;
}

function markUsed(codes: SegmentCodes, used: Uint8Array): void {
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (c >= 0) used[c] = 1;
  }
}

const rowsAlike = new WeakMap<RowSource, boolean>();

/**
 * Whether paired runs take each pair from the same view row in both (the eval tables list the
 * same ids in the same order). A column with the same cells in both runs (sameCells) then labels
 * every pair alike, and its segmenter labels the baseline's rows only (decision 0027).
 */
function sameRows(src: RowSource): boolean {
  if (!src.base) return false;
  let same = rowsAlike.get(src);
  if (same === undefined) rowsAlike.set(src, (same = sameBytes(src.base.rows, src.cur.rows)));
  return same;
}

/** Label per analysis row of one run, from a per-view-row labeller. */
function labelRows(rows: Int32Array, labelOf: (viewRow: number) => number): Int32Array {
  const out = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = labelOf(rows[k]!);
  return out;
}

/**
 * Paired runs: one label per pair, the baseline's unless it is empty. Written over the
 * baseline's labels (a fresh array of this module's): a third 4 MB array per segmenter at 10^6
 * rows is fresh memory, which costs more in page faults than the pass that fills it.
 */
function finish(column: string, kind: 'category' | 'bin', labels: string[], src: RowSource, base: SegmentCodes | null, cur: SegmentCodes): Segmenter {
  if (src.paired && base === cur) return { column, kind, labels, base, cur };
  if (src.paired && base) {
    for (let k = 0; k < base.length; k++) if (base[k]! < 0) base[k] = cur[k]!;
    return { column, kind, labels, base, cur: base };
  }
  return { column, kind, labels, base, cur };
}

/**
 * Dictionaries gathered code by code (labelledCodes): below this many entries every label of the
 * segmenter (one per entry and the missing one) fits its two-byte labels; larger ones go row by
 * row and are narrowed afterwards if they qualify (MAX_CATEGORY_LABELS).
 */
const SMALL_DICT = 255;

/**
 * A category segmenter's labels of `rows` from a column's codes: the code's label (`map`), or the
 * missing label (`missingLabel`, made at the first missing cell) for a negative code.
 */
function labelledCodes(codes: StringCodes, rows: Int32Array, map: Int32Array, missingLabel: () => number): Int16Array {
  const out = new Int16Array(rows.length);
  let missing = -1;
  for (let k = 0; k < rows.length; k++) {
    const c = codes[rows[k]!]!;
    if (c >= 0) out[k] = map[c]!;
    else out[k] = missing < 0 ? (missing = missingLabel()) : missing;
  }
  return out;
}

/** `twin`: paired runs, and the column has the same cells in the same rows of both (sameRows): the baseline's labels are the current run's. */
function categorySegmenter(name: string, src: RowSource, baseCol: Column | null, curCol: Column, twin: boolean): Segmenter | null {
  const labels: string[] = [];
  const index = new Map<string, number>();
  const labelOfText = (t: string): number => {
    const key = t === '' ? MISSING_LABEL : t;
    let i = index.get(key);
    if (i === undefined) {
      i = labels.length;
      labels.push(key);
      index.set(key, i);
    }
    return i;
  };
  const labelled = (col: Column, rows: Int32Array): SegmentCodes | Int32Array => {
    if (col.kind === 'string' && col.dict.length < SMALL_DICT) {
      // Map the dictionary once, then gather the codes through the analysis rows (in score
      // order). The readers give such a column one- or two-byte codes (StringCodes): at 10^6 rows
      // a gather of four-byte codes missed the cache on every row.
      const map = Int32Array.from(col.dict, (t) => labelOfText(t));
      return labelledCodes(col.codes, rows, map, () => labelOfText(''));
    }
    if (col.kind === 'string') {
      const map = Int32Array.from(col.dict, (t) => labelOfText(t));
      return labelRows(rows, (r) => {
        const c = col.codes[r]!;
        return c >= 0 ? map[c]! : labelOfText('');
      });
    }
    return labelRows(rows, (r) => labelOfText(cellText(col, r)));
  };
  const base = baseCol && src.base ? labelled(baseCol, src.base.rows) : null;
  const cur = twin && base ? null : labelled(curCol, src.cur.rows);
  if (labels.length > MAX_CATEGORY_LABELS) return null;
  // Labels written one row at a time came as four bytes; at most MAX_CATEGORY_LABELS fit in two.
  const narrow = (c: SegmentCodes | Int32Array): SegmentCodes => (c instanceof Int16Array ? c : Int16Array.from(c));
  const narrowBase = base && narrow(base);
  return finish(name, 'category', labels, src, narrowBase, cur ? narrow(cur) : narrowBase!);
}

/** x rounded to p significant digits (toPrecision cleans the float noise of the scaling). */
function roundSig(x: number, p: number): number {
  return Number(x.toPrecision(p));
}

/** x rounded to p significant digits, away from the data: down (`floor`) or up. */
function roundSigOutward(x: number, p: number, dir: 'down' | 'up'): number {
  const r = roundSig(x, p);
  if (x === 0 || (dir === 'down' ? r <= x : r >= x)) return r;
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(x))) - p + 1);
  return roundSig(dir === 'down' ? r - unit : r + unit, p);
}

/**
 * Bin edges as short numbers: the baseline quintiles that fall strictly inside (lo, hi), ties
 * collapsing bins, rounded to the fewest significant digits (3 or more) that keep every quintile
 * bin; the outer edges are the min and max over both runs rounded outward. Rows are assigned
 * with the rounded edges themselves, so a label `[lo, hi)` is exactly true of its rows.
 */
export function quintileEdges(quintiles: ArrayLike<number>, lo: number, hi: number): number[] {
  const raw = [...new Set(Array.from(quintiles))].filter((e) => e > lo && e < hi);
  for (let p = 3; p <= 17; p++) {
    const a = roundSigOutward(lo, p, 'down');
    const b = roundSigOutward(hi, p, 'up');
    const inner = [...new Set(raw.map((e) => roundSig(e, p)))].filter((e) => e > a && e < b);
    if (inner.length === raw.length) return [a, ...inner, b];
  }
  return [lo, ...raw, hi];
}

/** Bin labels `[lo, hi)`, the last one closed `[lo, hi]`. */
export function binLabels(edges: readonly number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b + 1 < edges.length; b++) out.push(`[${edges[b]}, ${edges[b + 1]}${b + 2 === edges.length ? ']' : ')'}`);
  return out;
}

/**
 * The finite values of a numeric column over the given rows, sorted. Straight into a typed array
 * and through the radix sort: at 10^6 rows a boxed number[] and the comparison sort cost about
 * 0.5 s per column, a dozen columns per run.
 */
function sortedFiniteValues(col: Column, rows: Int32Array): Float64Array {
  if (col.kind !== 'number') return new Float64Array(0);
  const out = new Float64Array(rows.length);
  let m = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const v = col.values[r]!;
    if (!col.missing[r] && v - v === 0) out[m++] = v;
  }
  return sortFloat64InPlace(out.subarray(0, m));
}

const MISSING_CODE = 255;

/**
 * Bin index per row (edges as from quintileEdges, at most 254 bins; a value equal to an inner
 * edge goes up), MISSING_CODE for a missing or non-finite cell.
 */
function binCodes(values: Float64Array, missing: Uint8Array, edges: readonly number[]): Uint8Array {
  const out = new Uint8Array(values.length);
  const inner = Float64Array.from(edges.slice(1, -1));
  const m = inner.length;
  if (m <= 4) {
    // Quintile bins (the usual case): the bin is the count of inner edges ≤ v, summed from
    // comparisons with unused edges at +∞ — the same index as the loop below, with no
    // data-dependent branch to mispredict.
    const e = new Float64Array(4).fill(Infinity);
    e.set(inner);
    const e0 = e[0]!, e1 = e[1]!, e2 = e[2]!, e3 = e[3]!;
    for (let r = 0; r < values.length; r++) {
      const v = values[r]!;
      out[r] = missing[r] || v - v !== 0 ? MISSING_CODE : +(v >= e0) + +(v >= e1) + +(v >= e2) + +(v >= e3);
    }
    return out;
  }
  for (let r = 0; r < values.length; r++) {
    const v = values[r]!;
    if (missing[r] || v - v !== 0) {
      out[r] = MISSING_CODE;
      continue;
    }
    let b = 0;
    while (b < m && v >= inner[b]!) b++;
    out[r] = b;
  }
  return out;
}

/**
 * Smallest and largest finite value of a numeric column over the given rows, or over all its rows
 * in storage order when `rows` is null (the analysis rows are in score order: reading the column
 * through them missed the cache on every row). [+inf, -inf] when none.
 */
function finiteRange(col: Column, rows: Int32Array | null): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  if (col.kind !== 'number') return [lo, hi];
  const m = rows ? rows.length : col.values.length;
  for (let k = 0; k < m; k++) {
    const r = rows ? rows[k]! : k;
    const v = col.values[r]!;
    if (col.missing[r] || v - v !== 0) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

function binSegmenter(
  name: string,
  src: RowSource,
  baseCol: Column | null,
  curCol: Column,
  ref: { col: Column; rows: Int32Array },
  twin: boolean,
): Segmenter | null {
  if (curCol.kind !== 'number' || (baseCol && baseCol.kind !== 'number')) return null;
  // The baseline's quintiles and range: over all of the table's rows when the analysis rows are
  // all of them (the usual case: the column's profile if it has one, else by selection), else
  // from a sort of the rows kept.
  let quintiles: ArrayLike<number>;
  let lo: number;
  let hi: number;
  if (ref.col.kind === 'number' && ref.rows.length === ref.col.values.length) {
    const pr = finiteQuintiles(ref.col);
    if (pr.finite === 0) return null;
    quintiles = pr.quintiles;
    lo = pr.min;
    hi = pr.max;
  } else {
    const refSorted = sortedFiniteValues(ref.col, ref.rows);
    if (refSorted.length === 0) return null;
    quintiles = QUINTILES.map((q) => quantileSorted(refSorted, q));
    lo = refSorted[0]!;
    hi = refSorted[refSorted.length - 1]!;
  }
  // A twin's current range is the baseline's over the same rows, inside [lo, hi] already.
  if (baseCol && src.base && !twin) {
    const [a, b] = finiteRange(curCol, curCol.values.length === src.cur.rows.length ? null : src.cur.rows);
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  const edges = quintileEdges(quintiles, lo, hi);
  if (edges.length < 3) return null;
  const labels = binLabels(edges);
  let missingLabel = -1;
  // Bin every view row in storage order first (a sequential read of the column), then gather the
  // one-byte codes through the analysis rows: those are in score order, and gathering the 8-byte
  // values through them missed the cache on every row at 10^6 rows.
  const labelled = (col: Column, rows: Int32Array): SegmentCodes => {
    const out = new Int16Array(rows.length);
    if (col.kind !== 'number') return out.fill(-1);
    const codes = binCodes(col.values, col.missing, edges);
    for (let k = 0; k < rows.length; k++) {
      const c = codes[rows[k]!]!;
      if (c === MISSING_CODE && missingLabel < 0) {
        missingLabel = labels.length;
        labels.push(MISSING_LABEL);
      }
      out[k] = c === MISSING_CODE ? missingLabel : c;
    }
    return out;
  };
  const base = baseCol && src.base ? labelled(baseCol, src.base.rows) : null;
  const cur = twin && base ? base : labelled(curCol, src.cur.rows);
  return finish(name, 'bin', labels, src, base, cur);
}

/**
 * Makes ahead the sorts that binSegmenter takes of numeric segment columns (finiteQuintiles of
 * the baseline's column, or the current one's without a baseline: the column's profile), in
 * segmentColumnNames' order, for as long as `more()` says so; returns how many it made. The data
 * worker makes them while the review's thread still prepares the analysis rows that the
 * segmenters label (decision 0044): a segmenter built later finds its column's profile made. None
 * is wasted where a segmenter does not bin its column (a few distinct values, analysis rows that
 * are not all of the table's): the data checks profile every numeric column of both runs.
 */
export function presortSegmentColumns(base: EvalView | null, cur: EvalView, more: () => boolean): number {
  let made = 0;
  for (const { name } of segmentColumnNames(base, cur)) {
    if (!more()) break;
    const curCol = columnOf(cur, name);
    const col = base ? columnOf(base, name) : curCol;
    if (!curCol || !col || curCol.kind !== 'number' || col.kind !== 'number') continue;
    finiteQuintiles(col);
    made++;
  }
  return made;
}

/** Columns to segment by: configured/auto-detected segment columns, then binned numeric features. */
export function segmentColumnNames(base: EvalView | null, cur: EvalView): { name: string; mode: SegmentMode }[] {
  const out: { name: string; mode: SegmentMode }[] = [];
  const seen = new Set<string>();
  for (const name of cur.segmentColumns) {
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, mode: 'auto' });
  }
  const ref = base ?? cur;
  for (const col of ref.features) {
    if (col.kind !== 'number' || seen.has(col.name)) continue;
    seen.add(col.name);
    // Only features with more than 10 distinct values are binned (see SegmentMode).
    out.push({ name: col.name, mode: 'feature' });
  }
  return out;
}
