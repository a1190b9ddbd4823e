/**
 * Twin arrays share one memory (decision 0034). A pull request usually scores the same eval set
 * with a new model: the baseline's and the current run's id, label, feature and segment columns
 * are then the same bytes, and so are the arrays derived from them at load (class indices, row-id
 * hashes). Each run parsed its own copy; at 10^6 rows the copies of the bench pair's 20 unchanged
 * columns come to ~150 MB that the whole review would carry twice. After the load, every array of
 * one run (the baseline: see review.ts and the decision for why that one) that holds the same bytes
 * as the other run's array in the same place (same eval table, same column name or role) is
 * replaced by the other run's, and its own copy is left to the collector.
 *
 * Nothing is computed from object identity: the analyses see the same values either way, and the
 * checks that already ask whether two columns hold the same cells (decision 0027) answer at once
 * for a shared array. The comparison is of the bytes (native memcmp); a column that differs does
 * so within its first cells as a rule, and one that does not costs one sequential read of both.
 */
import type { EvalView, RunArtifacts } from './types.js';
import type { Column, Table } from './table.js';

function bytesOf(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/** Whether two views hold the same bytes. */
export function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a === b) return true;
  if (a.byteLength !== b.byteLength) return false;
  return bytesOf(a).equals(bytesOf(b));
}

/**
 * Whether two columns have the same kind and the same cells in the same rows: a number column's
 * values and missing flags byte for byte, a string column's dictionary (in order) and codes
 * (decision 0027; the analyses ask through analysis/same-cells.ts, which caches the answer).
 */
export function sameColumnCells(a: Column, b: Column): boolean {
  if (a === b) return true;
  if (a.kind === 'number' && b.kind === 'number') return sameBytes(a.values, b.values) && sameBytes(a.missing, b.missing);
  if (a.kind === 'string' && b.kind === 'string') {
    if (a.dict.length !== b.dict.length || !sameBytes(a.codes, b.codes)) return false;
    for (let i = 0; i < a.dict.length; i++) if (a.dict[i] !== b.dict[i]) return false;
    return true;
  }
  return false;
}

/** `own` itself, or `twin` when both hold the same bytes (and are the same kind of array). */
function shared<T extends ArrayBufferView>(own: T, twin: ArrayBufferView | null | undefined): T {
  if (!twin || twin === own || twin.constructor !== own.constructor) return own;
  return sameBytes(own, twin) ? (twin as T) : own;
}

function sharedColumn(own: Column, twin: Column | undefined): Column {
  if (!twin || twin.kind !== own.kind) return own;
  if (own.kind === 'number' && twin.kind === 'number') {
    const values = shared(own.values, twin.values);
    const missing = shared(own.missing, twin.missing);
    return values === own.values && missing === own.missing ? own : { ...own, values, missing };
  }
  if (own.kind === 'string' && twin.kind === 'string') {
    // A dictionary in the same order is what makes equal codes the same cells.
    const sameDict = own.dict.length === twin.dict.length && own.dict.every((s, i) => s === twin.dict[i]);
    if (!sameDict) return own;
    const codes = shared(own.codes, twin.codes);
    return codes === own.codes ? own : { ...own, codes, dict: twin.dict };
  }
  return own;
}

/** `own` with every column that has the same cells as `twin`'s same-named column taking that column's arrays. */
function sharedTable(own: Table, twin: Table, renamed: Map<Column, Column>): Table {
  if (own.nRows !== twin.nRows) return own;
  const byName = new Map(twin.columns.map((c) => [c.name, c]));
  let changed = false;
  const columns = own.columns.map((c) => {
    const s = sharedColumn(c, byName.get(c.name));
    if (s !== c) {
      renamed.set(c, s);
      changed = true;
    }
    return s;
  });
  return changed ? { ...own, columns } : own;
}

function sharedView(own: EvalView, twin: EvalView): EvalView {
  // Tables of other lengths share nothing (sharedTable would find no twin column either).
  if (own.n !== twin.n) return own;
  const renamed = new Map<Column, Column>();
  const table = sharedTable(own.table, twin.table, renamed);
  // Arrays derived at load: the same bytes from the same column in the same role.
  const idTwin = own.ids !== null && twin.ids !== null && own.idColumn === twin.idColumn && own.idColumn !== null
    && sharesColumn(table, twin.table, own.idColumn);
  return {
    ...own,
    table,
    yTrue: own.labelColumn === twin.labelColumn ? shared(own.yTrue, twin.yTrue) : own.yTrue,
    yPred: own.yPred && own.predColumn === twin.predColumn ? shared(own.yPred, twin.yPred) : own.yPred,
    score: own.score && own.scoreColumn === twin.scoreColumn ? shared(own.score, twin.score) : own.score,
    weight: own.weight ? shared(own.weight, twin.weight) : own.weight,
    // Row ids are hashes of the id column's text and read it back: the same column, the same ids.
    ids: idTwin ? twin.ids : own.ids,
    features: own.features.map((c) => renamed.get(c) ?? c),
  };
}

/** Whether the column `name` of `own` shares its arrays with the same-named column of `twin`. */
function sharesColumn(own: Table, twin: Table, name: string): boolean {
  const c = own.columns.find((x) => x.name === name);
  const b = twin.columns.find((x) => x.name === name);
  if (!c || !b) return false;
  if (c.kind === 'number' && b.kind === 'number') return c.values === b.values && c.missing === b.missing;
  if (c.kind === 'string' && b.kind === 'string') return c.codes === b.codes;
  return false;
}

/**
 * `run` with each eval table's arrays replaced by `other`'s same eval table's where they hold the
 * same bytes (above). Other artifacts are small and left as they are; `run` itself is not changed.
 */
export function shareTwinArrays(run: RunArtifacts, other: RunArtifacts): RunArtifacts {
  const byPath = new Map(other.evals.map((v) => [v.path, v]));
  let changed = false;
  const evals = run.evals.map((v) => {
    const o = byPath.get(v.path);
    const s = o ? sharedView(v, o) : v;
    if (s !== v) changed = true;
    return s;
  });
  return changed ? { ...run, evals } : run;
}
