/**
 * Column roles of an eval table (CONTRACT §2): label, prediction, score, per-class probabilities,
 * id, weight, features, task, segments, protected attributes. Config overrides win; otherwise the
 * first matching conventional name (case-insensitive).
 */
import type { EvalTableConfig } from '../config/config.js';
import { InputError } from '../errors.js';
import type { EvalView, Task, TrainLog } from './types.js';
import { cellText, distinctCount, findColumnCI, formatNumber, SMALL_INTS, type Column, type NumberColumn, type Table } from './table.js';
import { rowIdsOf } from './row-ids.js';
import { rowF64 } from './shared.js';

const LABEL = ['label', 'y_true', 'target', 'y', 'actual', 'ground_truth'];
const PRED = ['pred', 'prediction', 'y_pred', 'predicted', 'predicted_label'];
const SCORE = ['score', 'prob', 'proba', 'probability', 'y_score', 'y_prob'];
const ID = ['id', 'row_id', 'example_id', 'uid'];
const WEIGHT = ['weight', 'sample_weight'];
const PROB_PREFIX = /^(prob|proba|score)_(.+)$/i;
const PROTECTED = /^(sex|gender|race|ethnicity|age|age_group|religion|nationality|disability)$/i;
const POSITIVE_NAMES = ['1', '1.0', 'true', 'yes', 'y', 'positive', 'pos'];

function pick(table: Table, names: readonly string[], override: string | undefined, what: string): Column | undefined {
  if (override) {
    const c = findColumnCI(table, override);
    if (!c) throw new InputError(table.path, `column '${override}'`, `configured ${what} column not found`);
    return c;
  }
  for (const n of names) {
    const c = findColumnCI(table, n);
    if (c) return c;
  }
  return undefined;
}

function numericOf(table: Table, col: Column, what: string): Float64Array {
  if (col.kind !== 'number') throw new InputError(table.path, `column '${col.name}'`, `${what} column must be numeric`);
  return col.values;
}

function isContinuous(col: NumberColumn): boolean {
  const { values } = col;
  for (let i = 0; i < values.length; i++) {
    // A finite value with a fraction: v - floor(v) is in (0, 1) for it, 0 for an integer (and -0),
    // NaN for NaN and ±Infinity (one test, where Number.isFinite and isInteger were two calls a row).
    const v = values[i]!;
    if (v - Math.floor(v) > 0) return true;
  }
  return false;
}

/**
 * A count or rating target (doctor visits, items bought, stars) has a few distinct integer labels,
 * which alone reads as classes; a model that predicts it outputs values between the integers,
 * which no classifier's predicted label can be. With more than two labels, a numeric prediction
 * column holding non-integer values and no score or per-class probability columns, the table is
 * a regression. (Two labels with fractional predictions stay binary: that is a probability
 * written in the prediction column.)
 */
function countRegression(pred: Column | undefined, score: Column | undefined, nProbCols: number): boolean {
  return pred?.kind === 'number' && !score && nProbCols === 0 && isContinuous(pred);
}

function sortClasses(names: string[]): string[] {
  const allNum = names.every((n) => n !== '' && Number.isFinite(Number(n)));
  return allNum ? names.sort((a, b) => Number(a) - Number(b)) : names.sort();
}

/**
 * cellText of row i, for every row of a column: a string column's text is its dictionary entry,
 * a numeric column's is formatted once per distinct value (labels and predictions repeat a few
 * values over 10^6 rows; String(v) per row was most of building the view).
 */
function texts(col: Column): (i: number) => string {
  if (col.kind === 'string') return (i) => cellText(col, i);
  const cache = new Map<number, string>();
  return (i) => {
    if (col.missing[i]) return '';
    const v = col.values[i]!;
    let t = cache.get(v);
    if (t === undefined) {
      // Map keys treat -0 as 0; both format as '0'.
      t = formatNumber(v);
      cache.set(v, t);
    }
    return t;
  };
}

/** Builds the EvalView of a table. Throws InputError when no label column can be found. */
export function buildEvalView(table: Table, cfg: EvalTableConfig | undefined): EvalView {
  const label = pick(table, LABEL, cfg?.label, 'label');
  if (!label) {
    throw new InputError(table.path, 'header', `no label column; expected one of: ${LABEL.join(', ')} (or set eval[].label in the config)`);
  }
  const predCol = pick(table, PRED, cfg?.pred, 'prediction');
  const scoreCol = pick(table, SCORE, cfg?.score, 'score');
  const idCol = pick(table, ID, cfg?.id, 'id');
  const weightCol = pick(table, WEIGHT, cfg?.weight, 'weight');
  const probCols = table.columns
    .map((c) => ({ c, m: PROB_PREFIX.exec(c.name) }))
    .filter((x): x is { c: Column; m: RegExpExecArray } => x.m !== null && x.c !== scoreCol);

  let task: Task;
  const nLabel = distinctCount(label, 51);
  if (cfg?.task === 'regression') task = 'regression';
  else if (cfg?.task === 'classification') task = nLabel <= 2 && probCols.length === 0 ? 'binary' : 'multiclass';
  else if (label.kind === 'number' && (nLabel > 50 || isContinuous(label))) task = 'regression';
  else if (label.kind === 'number' && nLabel > 2 && countRegression(predCol, scoreCol, probCols.length)) task = 'regression';
  else task = nLabel <= 2 && probCols.length <= 2 ? 'binary' : 'multiclass';

  const n = table.nRows;
  const roleCols = new Set<Column>([label]);
  for (const c of [predCol, scoreCol, idCol, weightCol]) if (c) roleCols.add(c);
  for (const p of probCols) roleCols.add(p.c);

  let classes: string[] = [];
  let yTrue: Float64Array;
  let yPred: Float64Array | null = null;
  let score: Float64Array | null = null;
  let probs: Float64Array[] | null = null;

  if (task === 'regression') {
    yTrue = numericOf(table, label, 'regression label');
    if (predCol) yPred = numericOf(table, predCol, 'prediction');
  } else {
    const classSet = distinctTexts(label, n);
    for (const p of probCols) classSet.add(p.m[2]!);
    classes = sortClasses([...classSet]);
    if (task === 'binary') {
      if (scoreCol) score = numericOf(table, scoreCol, 'score');
      else if (probCols.length === 2) {
        // Two per-class columns on a binary task: the positive class's column is the score.
        const pos = choosePositive(classes, cfg?.positive, null, label, n);
        const pc = probCols.find((p) => p.m[2] === pos);
        if (pc) score = numericOf(table, pc.c, 'probability');
      }
      if (classes.length === 1) classes.push(classes[0] === '1' ? '0' : '1');
      const pos = choosePositive(classes, cfg?.positive, score, label, n);
      classes = [classes.find((c) => c !== pos) ?? '', pos];
    }
    const index = new Map(classes.map((c, i) => [c, i]));
    yTrue = encode(label, index, n);
    if (task === 'multiclass' && probCols.length > 0) {
      probs = classes.map((c) => {
        const pc = probCols.find((p) => p.m[2] === c);
        return pc ? numericOf(table, pc.c, 'probability') : rowF64(n);
      });
    }
    if (predCol) {
      yPred = encodePred(predCol, index, classes, n);
    } else if (score) {
      yPred = rowF64(n);
      for (let i = 0; i < n; i++) yPred[i] = Number.isNaN(score[i]!) ? NaN : score[i]! >= 0.5 ? 1 : 0;
    } else if (probs) {
      yPred = argmax(probs, n);
    }
  }

  const features = table.columns.filter((c) => !roleCols.has(c));
  const segmentColumns = cfg?.segments
    ? cfg.segments.map((s) => {
        const c = findColumnCI(table, s);
        if (!c) throw new InputError(table.path, `column '${s}'`, 'configured segment column not found');
        return c.name;
      })
    : features.filter((c) => c.kind === 'string' && isSegmentLike(c)).map((c) => c.name);
  const protectedColumns = cfg?.protected
    ? cfg.protected.map((s) => {
        const c = findColumnCI(table, s);
        if (!c) throw new InputError(table.path, `column '${s}'`, 'configured protected column not found');
        return c.name;
      })
    : features.filter((c) => PROTECTED.test(c.name)).map((c) => c.name);

  return {
    path: table.path,
    table,
    task,
    n,
    classes,
    labelColumn: label.name,
    yTrue,
    predColumn: predCol?.name ?? null,
    yPred,
    scoreColumn: scoreCol?.name ?? null,
    score,
    probs,
    idColumn: idCol?.name ?? null,
    ids: idCol ? rowIdsOf(idCol, n) : null,
    weight: weightCol ? numericOf(table, weightCol, 'weight') : null,
    features,
    segmentColumns,
    protectedColumns,
  };
}

function isSegmentLike(c: Column): boolean {
  const d = distinctCount(c, 51);
  return d >= 2 && d <= 50;
}

function choosePositive(classes: string[], configured: string | undefined, score: Float64Array | null, label: Column, n: number): string {
  if (configured !== undefined) {
    if (!classes.includes(configured)) classes.push(configured);
    return configured;
  }
  for (const name of POSITIVE_NAMES) {
    const hit = classes.find((c) => c.toLowerCase() === name);
    if (hit) return hit;
  }
  if (score && classes.length === 2) {
    // The class whose rows get the higher mean score is the one the score is the probability of.
    const sums = [0, 0];
    const counts = [0, 0];
    const labelText = texts(label);
    for (let i = 0; i < n; i++) {
      const k = classes.indexOf(labelText(i));
      const s = score[i]!;
      if (k >= 0 && Number.isFinite(s)) {
        sums[k]! += s;
        counts[k]!++;
      }
    }
    const m0 = sums[0]! / Math.max(1, counts[0]!);
    const m1 = sums[1]! / Math.max(1, counts[1]!);
    return m0 > m1 ? classes[0]! : classes[1]!;
  }
  return classes[classes.length - 1]!;
}

/**
 * The non-empty texts of a column's first n cells, as a set: each distinct value formatted once
 * (a string column's dictionary entries that occur, a number column's distinct values) instead of
 * one text per row.
 */
function distinctTexts(col: Column, n: number): Set<string> {
  const out = new Set<string>();
  if (col.kind === 'string') {
    const seen = new Uint8Array(col.dict.length);
    for (let i = 0; i < n; i++) {
      const c = col.codes[i]!;
      if (c >= 0) seen[c] = 1;
    }
    for (let c = 0; c < seen.length; c++) if (seen[c] && col.dict[c] !== '') out.add(col.dict[c]!);
    return out;
  }
  // Small non-negative integers (0/1 labels, class ids) through an array, the rest through a Set:
  // a Set insertion per row was most of this over 10^6 labels.
  const values = new Set<number>();
  const small = new Uint8Array(SMALL_INTS);
  const { missing } = col;
  const vals = col.values;
  for (let i = 0; i < n; i++) {
    if (missing[i]) continue;
    const x = vals[i]!;
    if (x >>> 0 === x && x < SMALL_INTS) small[x] = 1;
    else values.add(x);
  }
  for (let x = 0; x < SMALL_INTS; x++) if (small[x]) values.add(x);
  // Set keys treat -0 as 0; both format as '0'.
  for (const v of values) {
    const t = formatNumber(v);
    if (t !== '') out.add(t);
  }
  return out;
}


function encode(col: Column, index: Map<string, number>, n: number): Float64Array {
  const codeOf = (t: string): number => index.get(t) ?? NaN;
  if (col.kind === 'number' && codesAreValues(col, index, n)) return col.values;
  const out = rowF64(n);
  if (col.kind === 'number') {
    // One code per distinct value (texts() formats each once; its '' for a missing cell).
    const missingCode = codeOf('');
    const small = new Float64Array(SMALL_INTS);
    const known = new Uint8Array(SMALL_INTS);
    const memo = new Map<number, number>();
    const { values, missing } = col;
    for (let i = 0; i < n; i++) {
      if (missing[i]) {
        out[i] = missingCode;
        continue;
      }
      const x = values[i]!;
      if (x >>> 0 === x && x < SMALL_INTS) {
        if (!known[x]) {
          small[x] = codeOf(formatNumber(x));
          known[x] = 1;
        }
        out[i] = small[x]!;
        continue;
      }
      let k = memo.get(x);
      if (k === undefined) {
        k = codeOf(formatNumber(x));
        memo.set(x, k);
      }
      out[i] = k;
    }
    return out;
  }
  const text = texts(col);
  for (let i = 0; i < n; i++) out[i] = codeOf(text(i));
  return out;
}

/**
 * True when encode's codes of a numeric column are its values, row for row: every cell is a
 * missing one holding NaN, or a small integer x (not -0) whose text is class x (0/1 labels with
 * classes ['0', '1'], class ids 0..k-1). encode then returns the column's own array (read only, as
 * every view array is) instead of a copy: 8 MB of fresh memory and a pass per column at 10^6 rows.
 */
function codesAreValues(col: NumberColumn, index: Map<string, number>, n: number): boolean {
  if (col.values.length !== n) return false;
  // '' is never a class (distinctTexts skips it): a missing cell codes as NaN.
  if (index.has('')) return false;
  const classOf = new Float64Array(SMALL_INTS).fill(-1);
  for (const [name, k] of index) {
    const x = Number(name);
    if (k < SMALL_INTS && x === k && formatNumber(x) === name) classOf[k] = k;
  }
  const { values, missing } = col;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    if (missing[i]) {
      if (x === x) return false;
      continue;
    }
    // k === x fails for NaN; -0 passes it and is ruled out by 1 / x. One test of the four
    // together: 0/1 labels are random along the rows, and a branch on x === 0 mispredicted.
    const k = x >>> 0;
    if (((k !== x ? 1 : 0) | (k >= SMALL_INTS ? 1 : 0) | (classOf[k & (SMALL_INTS - 1)] !== x ? 1 : 0) | (1 / x < 0 ? 1 : 0)) !== 0) return false;
  }
  return true;
}

function encodePred(col: Column, index: Map<string, number>, classes: string[], n: number): Float64Array {
  const out = encode(col, index, n);
  // A 0/1 prediction column against text labels (no/yes): 1 means the positive class. (A column
  // encode returned as is has no such cell: its missing cells hold NaN, its others their class.)
  if (out !== (col.kind === 'number' ? col.values : null) && classes.length === 2 && !index.has('1') && col.kind === 'number') {
    for (let i = 0; i < n; i++) {
      const v = col.values[i]!;
      if (Number.isNaN(out[i]!) && (v === 0 || v === 1)) out[i] = v;
    }
  }
  return out;
}

function argmax(probs: Float64Array[], n: number): Float64Array {
  const out = rowF64(n);
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let k = NaN;
    for (let c = 0; c < probs.length; c++) {
      const p = probs[c]![i]!;
      if (p > best) {
        best = p;
        k = c;
      }
    }
    out[i] = k;
  }
  return out;
}

const X_NAMES = ['epoch', 'step'];
const TRAIN_LOSS = ['train_loss', 'loss'];
const VAL_LOSS = ['val_loss', 'valid_loss', 'eval_loss'];
const LR = ['lr', 'learning_rate'];
const GRAD = ['grad_norm'];

/** Builds the TrainLog view of a training-log table (CONTRACT §2). */
export function buildTrainLog(table: Table): TrainLog {
  const num = (names: string[]): NumberColumn | undefined => {
    for (const nm of names) {
      const c = findColumnCI(table, nm);
      if (c && c.kind === 'number') return c;
    }
    return undefined;
  };
  const xCol = num(X_NAMES);
  const roles = [xCol, num(TRAIN_LOSS), num(VAL_LOSS), num(LR), num(GRAD)];
  const used = new Set(roles.filter((c): c is NumberColumn => c !== undefined));
  const series: Record<string, Float64Array> = {};
  for (const c of table.columns) if (c.kind === 'number' && !used.has(c)) series[c.name] = c.values;
  const x = xCol ? xCol.values : Float64Array.from({ length: table.nRows }, (_, i) => i + 1);
  return {
    path: table.path,
    xName: xCol ? xCol.name : 'row',
    x,
    trainLoss: roles[1]?.values ?? null,
    valLoss: roles[2]?.values ?? null,
    lr: roles[3]?.values ?? null,
    gradNorm: roles[4]?.values ?? null,
    series,
  };
}
