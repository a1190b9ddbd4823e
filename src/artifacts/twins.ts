/**
 * Twin arrays share one memory (decision 0034). A pull request usually scores the same eval set
 * with a new model: the baseline's and the current run's id, label, feature and segment columns
 * are then the same bytes, and so are the arrays derived from them at load (class indices, row-id
 * hashes). Each run parsed its own copy; at 10^6 rows the copies of the bench pair's 20 unchanged
 * columns come to ~150 MB that the whole review would carry twice. After the load, every array of
 * the current run that holds the same bytes as the baseline's array in the same place (same eval
 * table, same column name or role) is replaced by the baseline's, and the current run's copy is
 * left to the collector.
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

/** `cur` itself, or `base` when both hold the same bytes (and are the same kind of array). */
function shared<T extends ArrayBufferView>(cur: T, base: ArrayBufferView | null | undefined): T {
  if (!base || base === cur || base.constructor !== cur.constructor) return cur;
  return sameBytes(cur, base) ? (base as T) : cur;
}

function sharedColumn(cur: Column, base: Column | undefined): Column {
  if (!base || base.kind !== cur.kind) return cur;
  if (cur.kind === 'number' && base.kind === 'number') {
    const values = shared(cur.values, base.values);
    const missing = shared(cur.missing, base.missing);
    return values === cur.values && missing === cur.missing ? cur : { ...cur, values, missing };
  }
  if (cur.kind === 'string' && base.kind === 'string') {
    // A dictionary in the same order is what makes equal codes the same cells.
    const sameDict = cur.dict.length === base.dict.length && cur.dict.every((s, i) => s === base.dict[i]);
    if (!sameDict) return cur;
    const codes = shared(cur.codes, base.codes);
    return codes === cur.codes ? cur : { ...cur, codes, dict: base.dict };
  }
  return cur;
}

/** The current table with every column that has the same cells as the baseline's same-named column sharing its arrays. */
function sharedTable(cur: Table, base: Table, renamed: Map<Column, Column>): Table {
  if (cur.nRows !== base.nRows) return cur;
  const byName = new Map(base.columns.map((c) => [c.name, c]));
  let changed = false;
  const columns = cur.columns.map((c) => {
    const s = sharedColumn(c, byName.get(c.name));
    if (s !== c) {
      renamed.set(c, s);
      changed = true;
    }
    return s;
  });
  return changed ? { ...cur, columns } : cur;
}

function sharedView(cur: EvalView, base: EvalView): EvalView {
  const renamed = new Map<Column, Column>();
  const table = sharedTable(cur.table, base.table, renamed);
  if (cur.n !== base.n) return table === cur.table ? cur : { ...cur, table, features: cur.features.map((c) => renamed.get(c) ?? c) };
  // Arrays derived at load: the same bytes from the same column in the same role.
  const idTwin = cur.ids !== null && base.ids !== null && cur.idColumn === base.idColumn && cur.idColumn !== null
    && sharesColumn(table, base.table, cur.idColumn);
  return {
    ...cur,
    table,
    yTrue: cur.labelColumn === base.labelColumn ? shared(cur.yTrue, base.yTrue) : cur.yTrue,
    yPred: cur.yPred && cur.predColumn === base.predColumn ? shared(cur.yPred, base.yPred) : cur.yPred,
    score: cur.score && cur.scoreColumn === base.scoreColumn ? shared(cur.score, base.score) : cur.score,
    weight: cur.weight ? shared(cur.weight, base.weight) : cur.weight,
    // Row ids are hashes of the id column's text and read it back: the same column, the same ids.
    ids: idTwin ? base.ids : cur.ids,
    features: cur.features.map((c) => renamed.get(c) ?? c),
  };
}

/** Whether the column `name` of `cur` shares its arrays with the same-named column of `base`. */
function sharesColumn(cur: Table, base: Table, name: string): boolean {
  const c = cur.columns.find((x) => x.name === name);
  const b = base.columns.find((x) => x.name === name);
  if (!c || !b) return false;
  if (c.kind === 'number' && b.kind === 'number') return c.values === b.values && c.missing === b.missing;
  if (c.kind === 'string' && b.kind === 'string') return c.codes === b.codes;
  return false;
}

/**
 * The current run with each eval table's arrays shared with the baseline's same eval table where
 * they hold the same bytes (above). Other artifacts are small and left as they are.
 */
export function shareTwinArrays(cur: RunArtifacts, base: RunArtifacts): RunArtifacts {
  const byPath = new Map(base.evals.map((v) => [v.path, v]));
  let changed = false;
  const evals = cur.evals.map((v) => {
    const b = byPath.get(v.path);
    const s = b ? sharedView(v, b) : v;
    if (s !== v) changed = true;
    return s;
  });
  return changed ? { ...cur, evals } : cur;
}
