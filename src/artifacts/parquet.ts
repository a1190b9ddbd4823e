/**
 * Parquet → columnar Table, typed like the CSV reader's output: numeric physical types (ints,
 * floats, decimals) become Float64Array columns with a missing mask, strings and booleans become
 * dictionary-encoded string columns (booleans as 'true'/'false', as the JSONL reader writes
 * them), timestamps and dates their ISO text. Read with hyparquet (pure JS, bundles into dist/;
 * the choice and its measurements are in docs/decisions/0008-parquet.md) and the codecs of
 * hyparquet-compressors. Pure: takes the file's bytes; loading them is the caller's job.
 */
import { parquetMetadata, parquetRead, type FileMetaData, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { InputError } from '../errors.js';
import { readFully, type ReadAt } from './read-at.js';
import { ownBuffer } from './own-buffer.js';
import { newPageScratch, readFlatColumn, releasePageScratch, type FileBytes } from './parquet-flat.js';
import { maxCode, type Column, type Table } from './table.js';
import { copyCodes, rowCodes, rowF64, rowU8, sharedZeros } from './shared.js';

/** Parquet's physical types that hold numbers (INT96 is a legacy timestamp: read as a date). */
const NUMERIC_TYPES = new Set(['INT32', 'INT64', 'FLOAT', 'DOUBLE']);

/** How a column's decoded values turn into a Column. */
type Kind = 'number' | 'string';

/** The flat columns of the file and how each is read; throws on nested or binary columns. */
function planColumns(path: string, meta: FileMetaData): { name: string; kind: Kind; el: SchemaElement }[] {
  const [root, ...rest] = meta.schema;
  if (!root) throw new InputError(path, null, 'Parquet file has no schema');
  const out: { name: string; kind: Kind; el: SchemaElement }[] = [];
  for (const el of rest) {
    // A group (num_children) or a repeated field is a nested column: lists and structs have no
    // place in a one-row-per-example eval table.
    if ((el.num_children ?? 0) > 0 || el.repetition_type === 'REPEATED') {
      throw new InputError(path, `column '${el.name}'`, 'nested Parquet columns (lists, structs, maps) are not supported; write one flat column per feature');
    }
    const logical = el.logical_type?.type;
    const converted = el.converted_type;
    const isText = converted === 'UTF8' || converted === 'ENUM' || converted === 'JSON' || logical === 'STRING' || logical === 'ENUM' || logical === 'JSON' || logical === 'UUID';
    const isTime = logical === 'TIMESTAMP' || logical === 'DATE' || logical === 'TIME' || (converted !== undefined && /^(TIMESTAMP|DATE|TIME)/.test(converted)) || el.type === 'INT96';
    const isDecimal = converted === 'DECIMAL' || logical === 'DECIMAL';
    if (isText || isTime || el.type === 'BOOLEAN') out.push({ name: el.name, kind: 'string', el });
    else if (isDecimal || (el.type !== undefined && NUMERIC_TYPES.has(el.type))) out.push({ name: el.name, kind: 'number', el });
    else throw new InputError(path, `column '${el.name}'`, `binary Parquet column (${el.type ?? 'no type'}) is not supported; store text as UTF8 strings`);
  }
  const seen = new Set<string>();
  for (const c of out) {
    if (seen.has(c.name)) throw new InputError(path, `column '${c.name}'`, 'duplicate column name');
    seen.add(c.name);
  }
  return out;
}

/** The text of one decoded cell of a string-kind column, or null when it is missing. */
function cellString(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v);
}

/** Joins a column's chunks into a Column (codes in order of first appearance, as the CSV reader does). */
function buildColumn(name: string, kind: Kind, chunks: readonly ArrayLike<unknown>[], nRows: number): Column {
  if (kind === 'number') {
    const values = rowF64(nRows);
    const missing = rowU8(nRows);
    let i = 0;
    for (const chunk of chunks) {
      if (chunk instanceof Float64Array || chunk instanceof Float32Array || chunk instanceof Int32Array) {
        values.set(chunk, i);
        i += chunk.length;
        continue;
      }
      for (let j = 0; j < chunk.length; j++, i++) {
        const v = chunk[j];
        if (v === null || v === undefined) {
          values[i] = NaN;
          missing[i] = 1;
        } else values[i] = Number(v);
      }
    }
    return { kind: 'number', name, values, missing };
  }
  // The narrowest codes that hold the dictionary so far (StringCodes), widened by a new entry that needs more.
  let codes = rowCodes(nRows, 0);
  const dict: string[] = [];
  const index = new Map<string, number>();
  let i = 0;
  // Dictionary-encoded pages decode to runs of the same string object: remember the last cell.
  let last: unknown = undefined;
  let lastCode = -1;
  for (const chunk of chunks) {
    for (let j = 0; j < chunk.length; j++, i++) {
      const v = chunk[j];
      if (v === last && i > 0) {
        codes[i] = lastCode;
        continue;
      }
      const s = cellString(v);
      let code = -1;
      if (s !== null) {
        const known = index.get(s);
        if (known === undefined) {
          code = dict.length;
          dict.push(s);
          index.set(s, code);
          if (code > maxCode(codes)) codes = copyCodes(codes, i, nRows, code);
        } else code = known;
      }
      codes[i] = code;
      last = v;
      lastCode = code;
    }
  }
  return { kind: 'string', name, codes, dict };
}

/** The file's metadata and plan, read from its bytes (a view: nothing is copied). */
function openParquet(path: string, bytes: Uint8Array): { meta: FileMetaData; plan: { name: string; kind: Kind; el: SchemaElement }[]; nRows: number } {
  let meta: FileMetaData;
  try {
    meta = parquetMetadata(bytes);
  } catch (e) {
    throw new InputError(path, null, `not a readable Parquet file (${oneLine(e)})`);
  }
  const plan = planColumns(path, meta);
  const nRows = Number(meta.num_rows);
  if (plan.length === 0) throw new InputError(path, null, 'Parquet file has no columns');
  if (nRows === 0) throw new InputError(path, null, 'Parquet file has no rows');
  return { meta, plan, nRows };
}

/**
 * A Parquet file whose columns are all flat numbers and text (what eval tables hold), decoded at
 * once by the direct reader (parquet-flat.ts), or null when a column needs hyparquet. Synchronous
 * and keeps no view of `bytes` (every value is decoded or copied into the columns), so the bytes
 * may sit in memory reused from file to file (ReadBuffer) like a CSV's. Throws InputError as
 * parseParquet does.
 */
export function parseParquetDirect(path: string, bytes: Uint8Array): Table | null {
  return directTable(path, bytes, openParquet(path, bytes));
}

/** Every column of the plan through the direct reader, or null when it does not cover one. */
function directTable(path: string, file: Uint8Array | FileBytes, { meta, plan, nRows }: ReturnType<typeof openParquet>): Table | null {
  const columns: Column[] = [];
  const noneMissing = sharedZeros(nRows);
  const scratch = newPageScratch();
  try {
    for (const { kind, el } of plan) {
      const direct = readFlatColumn(file, meta, el, kind, nRows, noneMissing, scratch);
      if (!direct) return null;
      columns.push(direct);
    }
  } finally {
    releasePageScratch(scratch);
  }
  return { path, nRows, columns };
}

/**
 * parseParquetDirect of a file of `size` bytes read range by range (its footer, then each column
 * chunk in turn) into one reused buffer, instead of the whole file into memory of its own: the
 * column chunks of a 10^6-row eval table are a few MB each, the file ~70 MB. Null when the direct
 * reader does not cover a column, or the footer does not read as Parquet: the caller then parses
 * the whole file, which reports a bad file as it always does.
 */
export function parseParquetRanges(path: string, size: number, readAt: ReadAt): Table | null {
  const FOOTER_TAIL = 8;
  if (size < 12) return null;
  const tail = new Uint8Array(FOOTER_TAIL);
  if (readFully(readAt, tail, size - FOOTER_TAIL) !== FOOTER_TAIL) return null;
  const metaLength = new DataView(tail.buffer).getUint32(0, true);
  if (metaLength > size - 12) return null;
  const footer = new Uint8Array(metaLength + FOOTER_TAIL);
  if (readFully(readAt, footer, size - footer.length) !== footer.length) return null;
  let opened: ReturnType<typeof openParquet>;
  try {
    opened = openParquet(path, footer);
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
  let buf = new Uint8Array(0);
  const file: FileBytes = {
    size,
    range(start, end) {
      const length = end - start;
      if (buf.length < length) buf = new Uint8Array(length);
      const view = buf.subarray(0, length);
      // A short read (the file changed under us): readFlatColumn takes a RangeError as a column it
      // does not cover and returns null, and the whole-file path follows.
      if (readFully(readAt, view, start) !== length) throw new RangeError('short read');
      return view;
    },
  };
  return directTable(path, file, opened);
}

/**
 * Parses a Parquet file's bytes. Throws InputError naming the file for a corrupt file, an
 * unsupported codec or a nested / binary column, so the loader turns it into one LoadProblem line.
 */
export async function parseParquet(
  path: string,
  bytes: Uint8Array,
  /** `direct: false` reads every column through hyparquet (the reference the direct reader is tested against). */
  options: { readonly direct?: boolean } = {},
): Promise<Table> {
  const { meta, plan, nRows } = openParquet(path, bytes);
  // One column at a time: hyparquet decodes a column into a plain array (nulls in place) before
  // it becomes typed; decoding all 24 columns of a 1M-row group at once held them all (1.7 GiB
  // peak for the 1M + 1M pair against 1.0 GiB for the same CSVs).
  // Flat numeric and text columns (what eval tables hold) are decoded directly (parquet-flat.ts);
  // any other column, and one that reader finds it does not cover, goes through hyparquet, which
  // reads from an ArrayBuffer of the file's own (a small Buffer from readFileSync is a view into a pool).
  let buffer: ArrayBuffer | null = null;
  const columns: Column[] = [];
  const noneMissing = sharedZeros(nRows);
  const scratch = newPageScratch();
  for (const { name, kind, el } of plan) {
    const direct = options.direct === false ? null : readFlatColumn(bytes, meta, el, kind, nRows, noneMissing, scratch);
    if (direct) {
      columns.push(direct);
      continue;
    }
    buffer ??= ownBuffer(bytes);
    const parts: { rowStart: number; data: ArrayLike<unknown> }[] = [];
    try {
      await parquetRead({
        file: buffer,
        metadata: meta,
        compressors,
        columns: [name],
        onChunk: (c) => parts.push({ rowStart: c.rowStart, data: c.columnData as ArrayLike<unknown> }),
      });
    } catch (e) {
      throw new InputError(path, `column '${name}'`, `cannot decode Parquet data (${oneLine(e)})`);
    }
    parts.sort((x, y) => x.rowStart - y.rowStart);
    const rows = parts.reduce((s, p) => s + p.data.length, 0);
    if (rows !== nRows) throw new InputError(path, `column '${name}'`, `holds ${rows} values, the file says ${nRows} rows`);
    columns.push(buildColumn(name, kind, parts.map((p) => p.data), nRows));
  }
  releasePageScratch(scratch);
  return { path, nRows, columns };
}

/** A library error as one short line (no stack, no newlines). */
function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.replace(/\s+/g, ' ').trim().slice(0, 200) || 'unknown error';
}
