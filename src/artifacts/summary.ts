/**
 * The summary input (docs/summary.md, schema/summary.schema.json): an eval table reduced to
 * mergeable statistics — counts, confusion cells / error sums per segment and per sketch bin,
 * fixed-edge histograms per numeric column and a score histogram — so a table that lives in a
 * warehouse can be diagnosed from the output of one aggregation query. Every number is a sum over
 * rows, so summaries of partitions add up to the summary of the whole table when their edges agree.
 *
 * This module holds the format: its types, how a file is recognised, and a validating parser
 * whose errors name the file and the JSON path at fault.
 */
import { InputError } from '../errors.js';

/** The version this build reads and writes. A file with another version is refused, by name. */
export const SUMMARY_VERSION = 1;

/**
 * Equal-width bins of the score histogram on [0, 1]. AUC from the histogram is exact up to the
 * pairs that share a bin, at most Σ_b pos_b·neg_b / (P·N) / 2 (reported with the AUC): with 1000
 * bins and a smooth score density that is ~1e-3 of the pairs or less.
 */
export const SCORE_BINS = 1000;

/**
 * Sketch resolution: every numeric column is histogrammed on its baseline's percentiles
 * (numpy method 'lower', as quantileEdges), so each baseline bin holds ≈ 1 % of the rows. The
 * PSI deciles are unions of these bins (exact), the KS statistic is bracketed within the largest
 * bin mass of either run (see analysis/summary/sketch.ts).
 */
export const SKETCH_BINS = 100;

/** Rows of one group (the whole table, a category, a sketch bin): binary confusion cells or regression error sums. */
export type Cell = BinaryCell | RegressionCell;

export interface BinaryCell {
  readonly n: number;
  /** Confusion cells against classes[1] as positive; pred from the pred column, else score ≥ 0.5. */
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

export interface RegressionCell {
  readonly n: number;
  /** Sums of e = prediction − label: Σe, Σe², Σ|e|, Σe⁴ (the last for the variance of the MSE). */
  readonly sum_err: number;
  readonly sum_sq_err: number;
  readonly sum_abs_err: number;
  readonly sum_err4: number;
  /** Σy, Σy² of the label (R²). */
  readonly sum_y: number;
  readonly sum_y2: number;
}

/** A numeric column on fixed edges: bin b is (edges[b-1], edges[b]], the first (-∞, edges[0]], the last (edges[last], ∞). */
export interface Sketch {
  readonly column: string;
  /** `feature`, or the score / label / prediction column (prediction and label shift). */
  readonly role: 'feature' | 'score' | 'label' | 'pred';
  readonly edges: readonly number[];
  /** The PSI decile edges (a subset of `edges`: the baseline's deciles, as quantileEdges(…, 10)). */
  readonly psi_edges: readonly number[];
  /** Rows per bin (edges.length + 1 bins). */
  readonly counts: readonly number[];
  /** Cells per bin (features only): the per-bin errors behind numeric segments. */
  readonly cells?: readonly Cell[];
  readonly missing: number;
  readonly sum: number;
  readonly min: number | null;
  readonly max: number | null;
}

export interface CategoryValue {
  readonly value: string;
  readonly cell: Cell;
}

/** A string / boolean column (or a numeric one with ≤ 10 distinct values): one cell per value; `(missing)` for empty cells. */
export interface Categories {
  readonly column: string;
  /** Counted as a feature for drift (string columns), and/or tested as a segment column (CONTRACT §2). */
  readonly feature: boolean;
  readonly segment: boolean;
  readonly values: readonly CategoryValue[];
}

export interface ScoreHistogram {
  /** Positives / negatives per equal-width bin of [0, 1] (SCORE_BINS bins; a score of exactly 1 is in the last). */
  readonly pos: readonly number[];
  readonly neg: readonly number[];
}

export interface Summary {
  readonly summary_version: typeof SUMMARY_VERSION;
  /** The eval table it was made from (a path or a warehouse table name). */
  readonly source: string;
  readonly task: 'binary' | 'regression';
  /** Binary: [negative, positive] class names as text. Empty for regression. */
  readonly classes: readonly string[];
  readonly columns: { readonly label: string; readonly pred: string | null; readonly score: string | null };
  readonly overall: Cell;
  readonly score_hist: ScoreHistogram | null;
  readonly sketches: readonly Sketch[];
  readonly categories: readonly Categories[];
}

/** A summary file is recognised by its name: `*.summary.json` where an eval table may be (docs/summary.md). */
export function isSummaryPath(path: string): boolean {
  return /\.summary\.json$/i.test(path);
}

// ---------------------------------------------------------------------------------------------
// Parsing and validation
// ---------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

class Reader {
  constructor(readonly file: string) {}
  fail(place: string, detail: string): never {
    throw new InputError(this.file, place, detail);
  }
  obj(v: Json | undefined, place: string): { [k: string]: Json } {
    if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) this.fail(place, 'expected an object');
    return v;
  }
  arr(v: Json | undefined, place: string): Json[] {
    if (!Array.isArray(v)) this.fail(place, 'expected an array');
    return v;
  }
  num(v: Json | undefined, place: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(place, 'expected a finite number');
    return v;
  }
  count(v: Json | undefined, place: string): number {
    const n = this.num(v, place);
    if (n < 0 || !Number.isInteger(n)) this.fail(place, 'expected a count (a whole number ≥ 0)');
    return n;
  }
  str(v: Json | undefined, place: string): string {
    if (typeof v !== 'string') this.fail(place, 'expected a string');
    return v;
  }
  strOrNull(v: Json | undefined, place: string): string | null {
    return v === null || v === undefined ? null : this.str(v, place);
  }
  numOrNull(v: Json | undefined, place: string): number | null {
    return v === null || v === undefined ? null : this.num(v, place);
  }
  bool(v: Json | undefined, place: string): boolean {
    if (typeof v !== 'boolean') this.fail(place, 'expected true or false');
    return v;
  }
  counts(v: Json | undefined, place: string, length?: number): number[] {
    const a = this.arr(v, place).map((x, i) => this.count(x, `${place}[${i}]`));
    if (length !== undefined && a.length !== length) this.fail(place, `expected ${length} counts, found ${a.length}`);
    return a;
  }
}

function parseCell(r: Reader, v: Json | undefined, place: string, task: Summary['task']): Cell {
  const o = r.obj(v, place);
  const n = r.count(o['n'], `${place}.n`);
  if (task === 'binary') {
    const c = { n, tp: r.count(o['tp'], `${place}.tp`), fp: r.count(o['fp'], `${place}.fp`), fn: r.count(o['fn'], `${place}.fn`), tn: r.count(o['tn'], `${place}.tn`) };
    if (c.tp + c.fp + c.fn + c.tn !== n) r.fail(place, `tp + fp + fn + tn = ${c.tp + c.fp + c.fn + c.tn} but n = ${n}`);
    return c;
  }
  const f = (k: string) => r.num(o[k], `${place}.${k}`);
  return { n, sum_err: f('sum_err'), sum_sq_err: f('sum_sq_err'), sum_abs_err: f('sum_abs_err'), sum_err4: f('sum_err4'), sum_y: f('sum_y'), sum_y2: f('sum_y2') };
}

function ascending(r: Reader, v: Json | undefined, place: string): number[] {
  const a = r.arr(v, place).map((x, i) => r.num(x, `${place}[${i}]`));
  for (let i = 1; i < a.length; i++) if (!(a[i]! > a[i - 1]!)) r.fail(`${place}[${i}]`, 'edges must be strictly increasing');
  return a;
}

/** Parses and validates a summary file. Pure: text in, Summary out; InputError naming the JSON path on any fault. */
export function parseSummary(file: string, text: string): Summary {
  const r: Reader = new Reader(file);
  let raw: Json = null;
  try {
    raw = JSON.parse(text) as Json;
  } catch (e) {
    r.fail('JSON', e instanceof Error ? e.message : String(e));
  }
  const root = r.obj(raw, '$');
  const version = root['summary_version'];
  if (version === undefined) r.fail('$.summary_version', 'missing: a summary file carries summary_version (docs/summary.md)');
  if (version !== SUMMARY_VERSION) r.fail('$.summary_version', `unsupported version ${JSON.stringify(version)}; this ml-doctor reads version ${SUMMARY_VERSION}`);
  const taskText = r.str(root['task'], '$.task');
  if (taskText !== 'binary' && taskText !== 'regression') r.fail('$.task', `'${taskText}' is not supported by summary version 1; expected binary or regression`);
  const task: Summary['task'] = taskText;
  const classes = r.arr(root['classes'], '$.classes').map((x, i) => r.str(x, `$.classes[${i}]`));
  if (task === 'binary' && classes.length !== 2) r.fail('$.classes', `a binary summary names 2 classes, found ${classes.length}`);
  const cols = r.obj(root['columns'], '$.columns');
  const columns = { label: r.str(cols['label'], '$.columns.label'), pred: r.strOrNull(cols['pred'], '$.columns.pred'), score: r.strOrNull(cols['score'], '$.columns.score') };
  let scoreHist: ScoreHistogram | null = null;
  if (root['score_hist'] !== null && root['score_hist'] !== undefined) {
    const h = r.obj(root['score_hist'], '$.score_hist');
    scoreHist = { pos: r.counts(h['pos'], '$.score_hist.pos', SCORE_BINS), neg: r.counts(h['neg'], '$.score_hist.neg', SCORE_BINS) };
  }
  const sketches = r.arr(root['sketches'], '$.sketches').map((sv, i): Sketch => {
    const p = `$.sketches[${i}]`;
    const s = r.obj(sv, p);
    const roleText = r.str(s['role'], `${p}.role`);
    if (roleText !== 'feature' && roleText !== 'score' && roleText !== 'label' && roleText !== 'pred') r.fail(`${p}.role`, `'${roleText}'; expected feature, score, label or pred`);
    const role: Sketch['role'] = roleText;
    const edges = ascending(r, s['edges'], `${p}.edges`);
    const psiEdges = ascending(r, s['psi_edges'], `${p}.psi_edges`);
    const inEdges = new Set(edges);
    psiEdges.forEach((e, k) => {
      if (!inEdges.has(e)) r.fail(`${p}.psi_edges[${k}]`, `${e} is not one of the sketch edges`);
    });
    const counts = r.counts(s['counts'], `${p}.counts`, edges.length + 1);
    const cells = s['cells'] === undefined ? undefined : r.arr(s['cells'], `${p}.cells`).map((c, k) => parseCell(r, c, `${p}.cells[${k}]`, task));
    if (cells && cells.length !== counts.length) r.fail(`${p}.cells`, `expected ${counts.length} cells (one per bin), found ${cells.length}`);
    cells?.forEach((c, k) => {
      if (c.n !== counts[k]) r.fail(`${p}.cells[${k}].n`, `${c.n} rows but counts[${k}] = ${counts[k]}`);
    });
    return {
      column: r.str(s['column'], `${p}.column`),
      role,
      edges,
      psi_edges: psiEdges,
      counts,
      ...(cells ? { cells } : {}),
      missing: r.count(s['missing'], `${p}.missing`),
      sum: r.num(s['sum'], `${p}.sum`),
      min: r.numOrNull(s['min'], `${p}.min`),
      max: r.numOrNull(s['max'], `${p}.max`),
    };
  });
  const categories = r.arr(root['categories'], '$.categories').map((cv, i): Categories => {
    const p = `$.categories[${i}]`;
    const c = r.obj(cv, p);
    return {
      column: r.str(c['column'], `${p}.column`),
      feature: r.bool(c['feature'], `${p}.feature`),
      segment: r.bool(c['segment'], `${p}.segment`),
      values: r.arr(c['values'], `${p}.values`).map((vv, k) => {
        const o = r.obj(vv, `${p}.values[${k}]`);
        return { value: r.str(o['value'], `${p}.values[${k}].value`), cell: parseCell(r, o['cell'], `${p}.values[${k}].cell`, task) };
      }),
    };
  });
  return {
    summary_version: SUMMARY_VERSION,
    source: r.str(root['source'], '$.source'),
    task,
    classes,
    columns,
    overall: parseCell(r, root['overall'], '$.overall', task),
    score_hist: scoreHist,
    sketches,
    categories,
  };
}

/** The cell of no rows. */
export function emptyCell(task: Summary['task']): Cell {
  return task === 'binary' ? { n: 0, tp: 0, fp: 0, fn: 0, tn: 0 } : { n: 0, sum_err: 0, sum_sq_err: 0, sum_abs_err: 0, sum_err4: 0, sum_y: 0, sum_y2: 0 };
}

/** Sum of two cells of the same task (summaries are mergeable: every field is a sum over rows). */
export function addCells(a: Cell, b: Cell): Cell {
  if ('tp' in a && 'tp' in b) return { n: a.n + b.n, tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn };
  const x = a as RegressionCell;
  const y = b as RegressionCell;
  return {
    n: x.n + y.n,
    sum_err: x.sum_err + y.sum_err,
    sum_sq_err: x.sum_sq_err + y.sum_sq_err,
    sum_abs_err: x.sum_abs_err + y.sum_abs_err,
    sum_err4: x.sum_err4 + y.sum_err4,
    sum_y: x.sum_y + y.sum_y,
    sum_y2: x.sum_y2 + y.sum_y2,
  };
}
