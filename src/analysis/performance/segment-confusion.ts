/**
 * Confusion cells of the rows behind a segment or slice finding, per run: which cells moved
 * inside the segment (a tier that lost most of its true positives) says what the accuracy or
 * AUC change of the segment test does not. Computed from the same analysis rows and segment
 * labels the segment tests use (segments.ts), one pass over the rows per segment column for all
 * of its values at once, into typed arrays; only for the segments and slices that can become
 * signals (significant and worse), so a scan of hundreds of columns pays nothing extra.
 */
import type { Comparison } from './context.js';
import type { ClassRun } from './prepare.js';
import type { SegmentCodes, Segmenter } from './segment-columns.js';
import type { Condition, ConfusionCells, ErrorAnalysis, SegmentResult, SliceDiscovery, SliceResult } from './types.js';

/** Weighted cells (labels × k × k) and Σw² per label of one run, in one pass over its rows. */
export interface LabelCells {
  readonly cells: Float64Array;
  readonly weightSquares: Float64Array;
}

/** Both runs' label cells of one segmenter (the baseline's `b`, the current run's `c`). */
export interface RunsCells {
  readonly b: LabelCells;
  readonly c: LabelCells;
}

/**
 * Confusion cells of every label of `codes` (label per analysis row, -1: in none) over one run's
 * rows: `cells[l·k² + y·k + pred]` = Σw, `weightSquares[l]` = Σw².
 */
export function labelCells(run: ClassRun, codes: SegmentCodes, labels: number): LabelCells {
  const kk = run.k * run.k;
  const cells = new Float64Array(labels * kk);
  const weightSquares = new Float64Array(labels);
  const { cell, w } = run;
  if (!run.weighted) {
    // Unit weights: integer counts are the same sums, bit for bit (integers below 2^53), without a
    // read of the all-ones weights and a float addition per row.
    // A label's rows are the sum of its cells, not a second counter per row (whose increments
    // wait on each other whenever two rows in a row share a label).
    const counts = new Int32Array(labels * kk);
    for (let i = 0; i < run.n; i++) {
      const l = codes[i]!;
      if (l < 0) continue;
      counts[l * kk + cell[i]!]!++;
    }
    for (let j = 0; j < counts.length; j++) cells[j] = counts[j]!;
    for (let l = 0; l < labels; l++) {
      let rows = 0;
      for (let j = l * kk; j < l * kk + kk; j++) rows += counts[j]!;
      weightSquares[l] = rows;
    }
    return { cells, weightSquares };
  }
  for (let i = 0; i < run.n; i++) {
    const l = codes[i]!;
    if (l < 0) continue;
    const wi = w[i]!;
    cells[l * kk + cell[i]!]! += wi;
    weightSquares[l]! += wi * wi;
  }
  return { cells, weightSquares };
}

/**
 * Both runs' labelCells from a segmenter's jointCounts (paired binary runs with unit weights,
 * segment-tests.ts): each cell's count is a sum of joint counts, integers, so the cells are the
 * ones labelCells counts, bit for bit.
 */
export function jointCells(joint: Int32Array): RunsCells {
  const labels = joint.length >> 6;
  const b = { cells: new Float64Array(labels * 4), weightSquares: new Float64Array(labels) };
  const c = { cells: new Float64Array(labels * 4), weightSquares: new Float64Array(labels) };
  for (let l = 0; l < labels; l++) {
    let rows = 0;
    for (let byte = 0; byte < 64; byte++) {
      const n = joint[(l << 6) | byte]!;
      b.cells[l * 4 + ((byte >> 2) & 3)]! += n;
      c.cells[l * 4 + (byte & 3)]! += n;
      rows += n;
    }
    b.weightSquares[l] = rows;
    c.weightSquares[l] = rows;
  }
  return { b, c };
}

function cellsOf(k: number, b: LabelCells, c: LabelCells, l: number): ConfusionCells {
  const kk = k * k;
  return {
    k,
    base: Array.from(b.cells.subarray(l * kk, l * kk + kk)),
    current: Array.from(c.cells.subarray(l * kk, l * kk + kk)),
    baseWeightSquares: b.weightSquares[l]!,
    currentWeightSquares: c.weightSquares[l]!,
  };
}

/** Both runs' label cells (paired runs share the label array: the current one is used for both). */
function runCells(c: Comparison, codesBase: SegmentCodes | null, codesCur: SegmentCodes, labels: number): RunsCells | null {
  if (c.base.kind !== 'class' || c.cur.kind !== 'class' || c.base.k !== c.cur.k) return null;
  const base = c.paired ? codesCur : codesBase;
  if (!base) return null;
  return { b: labelCells(c.base, base, labels), c: labelCells(c.cur, codesCur, labels) };
}

/** Per row: 0 when every condition holds, else -1 (a slice as a one-label segmenter). */
function sliceCodes(conditions: readonly Condition[], segs: readonly Segmenter[], run: 'base' | 'cur', n: number): SegmentCodes | null {
  const parts: { codes: SegmentCodes; label: number }[] = [];
  for (const cond of conditions) {
    const seg = segs.find((s) => s.column === cond.column);
    const label = seg ? seg.labels.indexOf(cond.value) : -1;
    const codes = seg ? (run === 'cur' ? seg.cur : seg.base) : null;
    if (!codes || label < 0) return null;
    parts.push({ codes, label });
  }
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    let inside = 0;
    for (const p of parts) {
      if (p.codes[i] !== p.label) {
        inside = -1;
        break;
      }
    }
    out[i] = inside;
  }
  return out;
}

/** Whether a segment result can become a signal (signals.ts reads significant, worse segments). */
function wanted(r: SegmentResult): boolean {
  return r.significant && r.worse;
}

/**
 * The segment results and slices with their confusion cells: every significant worse segment
 * (all its metrics' results share the rows) and every discovered slice. Classification only;
 * regression results come back unchanged.
 */
export function withConfusion(
  c: Comparison,
  segs: readonly Segmenter[],
  results: readonly SegmentResult[],
  slices: SliceDiscovery | null,
  /** Both runs' cells of segmenters the segment scan counted already (jointCells). */
  counted: ReadonlyMap<Segmenter, RunsCells> = new Map(),
): { results: SegmentResult[]; slices: SliceDiscovery | null } {
  if (c.cur.kind !== 'class') return { results: [...results], slices };
  const k = c.cur.k;
  const byKey = new Map<string, ConfusionCells>();
  const columns = new Set(results.filter(wanted).map((r) => r.column));
  for (const seg of segs) {
    if (!columns.has(seg.column)) continue;
    const both = counted.get(seg) ?? runCells(c, seg.base, seg.cur, seg.labels.length);
    if (!both) continue;
    seg.labels.forEach((value, l) => byKey.set(`${seg.column}\u0000${value}`, cellsOf(k, both.b, both.c, l)));
  }
  const out = results.map((r) => {
    const cells = wanted(r) ? byKey.get(`${r.column}\u0000${r.value}`) : undefined;
    return cells ? { ...r, confusion: cells } : r;
  });
  if (!slices) return { results: out, slices };
  const withCells: SliceResult[] = slices.slices.map((s) => {
    const one = s.conditions.length === 1 ? byKey.get(`${s.conditions[0]!.column}\u0000${s.conditions[0]!.value}`) : undefined;
    if (one) return { ...s, confusion: one };
    const codesCur = sliceCodes(s.conditions, segs, 'cur', c.cur.n);
    const codesBase = c.paired ? codesCur : sliceCodes(s.conditions, segs, 'base', c.base.n);
    if (!codesCur) return s;
    const both = runCells(c, codesBase, codesCur, 1);
    return both ? { ...s, confusion: cellsOf(k, both.b, both.c, 0) } : s;
  });
  return { results: out, slices: { ...slices, slices: withCells } };
}

function weightSquares(run: ClassRun): number {
  if (!run.weighted) return run.n;
  let s = 0;
  for (let i = 0; i < run.n; i++) s += run.w[i]! * run.w[i]!;
  return s;
}

/** The whole table's cells, from the error analysis's confusion matrices (errors.ts). */
export function tableConfusion(errors: ErrorAnalysis, base: ClassRun, cur: ClassRun): ConfusionCells | null {
  if (!errors.baseConfusion || base.k !== cur.k) return null;
  return {
    k: cur.k,
    base: errors.baseConfusion.flat(),
    current: errors.currentConfusion.flat(),
    baseWeightSquares: weightSquares(base),
    currentWeightSquares: weightSquares(cur),
  };
}
