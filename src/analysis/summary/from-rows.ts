/**
 * `ml-doctor summarize`: an eval table's rows → a Summary (src/artifacts/summary.ts). The rows
 * kept are the ones the row path analyses (a label and a prediction, and a finite score when the
 * table has scores). The baseline's summary, when given, fixes the sketch edges and which numeric
 * columns are categories, so the current run is counted on the baseline's bins.
 */
import { cellText, type Column } from '../../artifacts/table.js';
import type { EvalView } from '../../artifacts/types.js';
import { InputError } from '../../errors.js';
import {
  SCORE_BINS,
  SKETCH_BINS,
  SUMMARY_VERSION,
  type BinaryCell,
  type Categories,
  type Cell,
  type RegressionCell,
  type Sketch,
  type Summary,
} from '../../artifacts/summary.js';
import { binIndex, quantileEdges } from '../stats/distance.js';
import { sortFloat64InPlace } from '../stats/two-sample.js';
import { PSI_BINS } from '../data/drift.js';
import { MAX_NUMERIC_CATEGORIES, MISSING_LABEL } from '../performance/segment-columns.js';
import { capabilities, usableRows } from '../performance/prepare.js';

/** Accumulates cells of one task; `add(cell index, row)`. */
interface CellAcc {
  add(slot: number, row: number): void;
  cell(slot: number): Cell;
}

function binaryAcc(slots: number, y: Float64Array, p: Float64Array): CellAcc {
  const a = new Float64Array(slots * 4);
  return {
    add(s, i) {
      const pos = y[i] === 1;
      const hit = p[i] === 1;
      a[s * 4 + (pos ? (hit ? 0 : 2) : hit ? 1 : 3)]! += 1;
    },
    cell(s): BinaryCell {
      const [tp, fp, fn, tn] = [a[s * 4]!, a[s * 4 + 1]!, a[s * 4 + 2]!, a[s * 4 + 3]!];
      return { n: tp + fp + fn + tn, tp, fp, fn, tn };
    },
  };
}

function regressionAcc(slots: number, y: Float64Array, p: Float64Array): CellAcc {
  const a = new Float64Array(slots * 7);
  return {
    add(s, i) {
      const e = p[i]! - y[i]!;
      const o = s * 7;
      const e2 = e * e;
      a[o]! += 1;
      a[o + 1]! += e;
      a[o + 2]! += e2;
      a[o + 3]! += Math.abs(e);
      a[o + 4]! += e2 * e2;
      a[o + 5]! += y[i]!;
      a[o + 6]! += y[i]! * y[i]!;
    },
    cell(s): RegressionCell {
      const o = s * 7;
      return { n: a[o]!, sum_err: a[o + 1]!, sum_sq_err: a[o + 2]!, sum_abs_err: a[o + 3]!, sum_err4: a[o + 4]!, sum_y: a[o + 5]!, sum_y2: a[o + 6]! };
    },
  };
}

/** Sketch edges of a sorted finite sample: its percentiles and deciles (quantileEdges, method 'lower'). */
export function sketchEdges(sorted: Float64Array): { edges: number[]; psiEdges: number[] } {
  return { edges: Array.from(quantileEdges(sorted, SKETCH_BINS)), psiEdges: Array.from(quantileEdges(sorted, PSI_BINS)) };
}

function sketchOf(
  column: string,
  role: Sketch['role'],
  values: Float64Array,
  missingAt: ((i: number) => boolean) | null,
  rows: Int32Array,
  fixed: Sketch | undefined,
  acc: ((slots: number) => CellAcc) | null,
): Sketch {
  let m = 0;
  const finite = new Float64Array(rows.length);
  let sum = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const v = values[i]!;
    if ((missingAt && missingAt(i)) || v - v !== 0) continue;
    finite[m++] = v;
    sum += v;
  }
  const sorted = sortFloat64InPlace(finite.subarray(0, m));
  const { edges, psiEdges } = fixed ? { edges: fixed.edges.slice(), psiEdges: fixed.psi_edges.slice() } : sketchEdges(sorted);
  const e = Float64Array.from(edges);
  const counts = new Array<number>(edges.length + 1).fill(0);
  const cells = acc ? acc(edges.length + 1) : null;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const v = values[i]!;
    if ((missingAt && missingAt(i)) || v - v !== 0) continue;
    const b = binIndex(e, v);
    counts[b]!++;
    cells?.add(b, i);
  }
  return {
    column,
    role,
    edges,
    psi_edges: psiEdges,
    counts,
    ...(cells ? { cells: counts.map((_, b) => cells.cell(b)) } : {}),
    missing: rows.length - m,
    sum,
    min: m > 0 ? sorted[0]! : null,
    max: m > 0 ? sorted[m - 1]! : null,
  };
}

function categoriesOf(col: Column, rows: Int32Array, feature: boolean, segment: boolean, acc: (slots: number) => CellAcc): Categories {
  const index = new Map<string, number>();
  const labels: string[] = [];
  const slotOf = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const t = cellText(col, rows[k]!);
    const key = t === '' ? MISSING_LABEL : t;
    let s = index.get(key);
    if (s === undefined) {
      s = labels.length;
      labels.push(key);
      index.set(key, s);
    }
    slotOf[k] = s;
  }
  const a = acc(labels.length);
  for (let k = 0; k < rows.length; k++) a.add(slotOf[k]!, rows[k]!);
  const values = labels.map((value, s) => ({ value, cell: a.cell(s) })).sort((x, y) => (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
  return { column: col.name, feature, segment, values };
}

function fewDistinct(col: Column, rows: Int32Array): boolean {
  if (col.kind !== 'number') return true;
  const seen = new Set<number>();
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (col.missing[r] || !Number.isFinite(col.values[r]!)) continue;
    seen.add(col.values[r]!);
    if (seen.size > MAX_NUMERIC_CATEGORIES) return false;
  }
  return true;
}

/**
 * Summarizes one eval view. `baseline` (the baseline run's summary) fixes the sketch edges and the
 * numeric columns counted as categories; without it the table's own percentiles are used.
 */
export function summarizeView(v: EvalView, baseline: Summary | null, source: string = v.path): Summary {
  if (v.task === 'multiclass') throw new InputError(v.path, `column '${v.labelColumn}'`, 'multiclass tables are not supported by summary version 1 (binary and regression are)');
  if (v.weight) throw new InputError(v.path, 'weight column', 'weighted rows are not supported by summary version 1; drop the weight column or diagnose the rows');
  if (!v.yPred) throw new InputError(v.path, 'header', 'no prediction or score column: a summary needs predictions');
  if (baseline && baseline.task !== v.task) throw new InputError(v.path, null, `task ${v.task} differs from the baseline summary's ${baseline.task}`);
  // The rows the row path analyses (summaries refuse weighted tables, so weights never drop a row).
  const rows = usableRows(v, capabilities(null, v));
  const y = v.yTrue;
  const p = v.yPred;
  const acc = (slots: number): CellAcc => (v.task === 'binary' ? binaryAcc(slots, y, p) : regressionAcc(slots, y, p));
  const overallAcc = acc(1);
  for (let k = 0; k < rows.length; k++) overallAcc.add(0, rows[k]!);

  const baseSketch = (column: string, role: Sketch['role']) => baseline?.sketches.find((s) => s.column === column && s.role === role);
  const baseCats = (column: string) => baseline?.categories.find((c) => c.column === column);
  const sketches: Sketch[] = [];
  const categories: Categories[] = [];
  let scoreHist: Summary['score_hist'] = null;
  if (v.task === 'binary' && v.score) {
    const s = v.score;
    let inUnit = true;
    for (let k = 0; k < rows.length && inUnit; k++) inUnit = s[rows[k]!]! >= 0 && s[rows[k]!]! <= 1;
    if (inUnit) {
      const pos = new Array<number>(SCORE_BINS).fill(0);
      const neg = new Array<number>(SCORE_BINS).fill(0);
      for (let k = 0; k < rows.length; k++) {
        const i = rows[k]!;
        const b = Math.min(SCORE_BINS - 1, Math.floor(s[i]! * SCORE_BINS));
        if (y[i] === 1) pos[b]!++;
        else neg[b]!++;
      }
      scoreHist = { pos, neg };
    }
    sketches.push(sketchOf(v.scoreColumn!, 'score', s, null, rows, baseSketch(v.scoreColumn!, 'score'), null));
  }
  if (v.task === 'regression') {
    sketches.push(sketchOf(v.labelColumn, 'label', y, null, rows, baseSketch(v.labelColumn, 'label'), null));
    sketches.push(sketchOf(v.predColumn ?? 'prediction', 'pred', p, null, rows, baseSketch(v.predColumn ?? 'prediction', 'pred'), null));
  }
  const segmentCols = new Set(v.segmentColumns);
  for (const col of v.features) {
    if (col.kind === 'number') {
      const fixed = baseSketch(col.name, 'feature');
      sketches.push(sketchOf(col.name, 'feature', col.values, (i) => col.missing[i] === 1, rows, fixed, acc));
      // Numeric columns with few values are segments by category (segment-columns.ts), decided on the baseline.
      const asCategory = baseline ? baseCats(col.name)?.segment === true : fewDistinct(col, rows);
      if (asCategory || segmentCols.has(col.name)) categories.push(categoriesOf(col, rows, false, true, acc));
    } else {
      categories.push(categoriesOf(col, rows, true, segmentCols.has(col.name), acc));
    }
  }
  return {
    summary_version: SUMMARY_VERSION,
    source,
    task: v.task,
    classes: v.task === 'binary' ? v.classes.slice() : [],
    columns: { label: v.labelColumn, pred: v.predColumn, score: v.scoreColumn },
    overall: overallAcc.cell(0),
    score_hist: scoreHist,
    sketches,
    categories,
  };
}
