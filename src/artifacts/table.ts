/**
 * The columnar table every reader produces. Numbers live in Float64Array, strings are
 * dictionary-encoded into integer codes (StringCodes): on a path that scales with rows we never
 * build arrays of row objects (see docs/decisions/0002-columnar-tables.md).
 */

/** A numeric column. `values[i]` is NaN when the cell is empty *or* literally NaN; `missing` tells them apart. */
export interface NumberColumn {
  readonly kind: 'number';
  readonly name: string;
  readonly values: Float64Array;
  /** 1 where the cell was empty / null (not a literal NaN token). */
  readonly missing: Uint8Array;
}

/**
 * A string column's codes: one byte a row while its dictionary has at most 128 entries (codes up to
 * 127), two bytes up to 32,768, four beyond (narrowestCodes). The readers write the narrowest that
 * holds their dictionary (issue 11: eight segment columns of a 10^6-row table were 32 MB of codes
 * a run as four bytes, 8 MB as one); every reader of codes takes any of the three.
 */
export type StringCodes = Int8Array | Int16Array | Int32Array;

/** The largest code a codes array holds. */
export function maxCode(codes: StringCodes): number {
  return codes instanceof Int8Array ? 0x7f : codes instanceof Int16Array ? 0x7fff : 0x7fffffff;
}

/** A string column, dictionary-encoded. `codes[i]` is -1 when the cell is empty / null. */
export interface StringColumn {
  readonly kind: 'string';
  readonly name: string;
  readonly codes: StringCodes;
  /** Distinct values in order of first appearance. */
  readonly dict: readonly string[];
}

export type Column = NumberColumn | StringColumn;

export interface Table {
  /** The file the table came from, relative to its run directory (for messages and report keys). */
  readonly path: string;
  readonly nRows: number;
  readonly columns: readonly Column[];
  /**
   * Set when the file ended inside a row without a final newline (cut off mid-write): the table
   * holds the complete rows before `line`, and `detail` is the parser's message for that line.
   */
  readonly truncated?: { readonly line: number; readonly detail: string };
}

/** Case-insensitive lookup, used by column auto-detection. */
export function findColumnCI(table: Table, name: string): Column | undefined {
  const lower = name.toLowerCase();
  return table.columns.find((c) => c.name.toLowerCase() === lower);
}

/** The string form of cell `i` (for display, hashing and id matching); '' when missing. */
export function cellText(col: Column, i: number): string {
  if (col.kind === 'string') {
    const code = col.codes[i]!;
    return code < 0 ? '' : col.dict[code]!;
  }
  if (col.missing[i]) return '';
  return formatNumber(col.values[i]!);
}

export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  return String(v);
}

/**
 * Up to this limit, distinctCount of a number column compares each value with the few seen so far
 * instead of adding it to a Set: the loads ask whether a label or a column has at most 51 values,
 * and a 10^6-row label column with two of them took 20 ms through a Set.
 */
const SMALL_DISTINCT_LIMIT = 64;

/** distinctCount of a number column with a small limit: the values seen so far in an array (SameValueZero, as a Set). */
function fewDistinct(col: NumberColumn, limit: number): number {
  const seen = new Float64Array(Math.max(limit, 0));
  // Small non-negative integers (0/1 labels, class ids) are marked in an array: a 0/1 column's
  // values are random along the rows, and the compare-with-each-seen loop mispredicted a branch
  // per row. The others are compared with the values seen so far. `m` counts both.
  const small = new Uint8Array(SMALL_INTS);
  let big = 0;
  let m = 0;
  let nan = 0;
  const { values, missing } = col;
  for (let i = 0; i < values.length; i++) {
    if (missing[i]) continue;
    const x = values[i]!;
    // k === x for an integer in [0, 2^32): -0 is 0 here, as SameValueZero has it; NaN fails it.
    const k = x >>> 0;
    if (k === x && k < SMALL_INTS) {
      if (small[k] === 0) {
        small[k] = 1;
        if (m + nan + 1 > limit) return m + nan + 1;
        m++;
      }
      continue;
    }
    if (x !== x) {
      if (nan === 0) {
        nan = 1;
        if (m + nan > limit) return m + nan;
      }
      continue;
    }
    let j = 0;
    while (j < big && seen[j] !== x) j++;
    if (j < big) continue;
    if (m + nan + 1 > limit) return m + nan + 1;
    seen[big++] = x;
    m++;
  }
  return m + nan;
}

/**
 * Small non-negative integers (0/1 labels, class ids) below this are marked or coded through an
 * array indexed by the value instead of a Set or Map (here and in artifacts/roles.ts). A power of
 * two, so that a value can be masked into range.
 */
export const SMALL_INTS = 1024;

/** Count of distinct non-missing values (cheap for string columns, a Set for numbers). */
export function distinctCount(col: Column, limit = Infinity): number {
  if (col.kind === 'string') {
    const seen = new Uint8Array(col.dict.length);
    let n = 0;
    // Codes index the dictionary: once every entry is seen no other value can follow, and a
    // segment column's few values are all seen within its first rows (the loads ask this of every
    // text column, 1M rows each, before the analyses can start).
    const all = col.dict.length;
    for (let i = 0; i < col.codes.length && n < all; i++) {
      const c = col.codes[i]!;
      if (c >= 0 && !seen[c]) {
        seen[c] = 1;
        if (++n > limit) return n;
      }
    }
    return n;
  }
  if (limit <= SMALL_DISTINCT_LIMIT) return fewDistinct(col, limit);
  const s = new Set<number>();
  for (let i = 0; i < col.values.length; i++) {
    if (col.missing[i]) continue;
    s.add(col.values[i]!);
    if (s.size > limit) return s.size;
  }
  return s.size;
}

/** Builds a number column from plain values (tests and small derived tables). */
export function numberColumn(name: string, values: ArrayLike<number | null>): NumberColumn {
  const out = new Float64Array(values.length);
  const missing = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      out[i] = NaN;
      missing[i] = 1;
    } else out[i] = v;
  }
  return { kind: 'number', name, values: out, missing };
}

/** Builds a dictionary-encoded string column from plain values (tests and small derived tables). */
export function stringColumn(name: string, values: ArrayLike<string | null>): StringColumn {
  const codes = new Int32Array(values.length);
  const dict: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === '') {
      codes[i] = -1;
      continue;
    }
    let c = index.get(v);
    if (c === undefined) {
      c = dict.length;
      dict.push(v);
      index.set(v, c);
    }
    codes[i] = c;
  }
  return { kind: 'string', name, codes, dict };
}

export function makeTable(path: string, columns: Column[]): Table {
  const nRows = columns.length === 0 ? 0 : columns[0]!.kind === 'number' ? columns[0]!.values.length : columns[0]!.codes.length;
  return { path, nRows, columns };
}
