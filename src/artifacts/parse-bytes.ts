/**
 * One table file's bytes → Table, by extension. The same function runs in this thread and in a
 * parse worker (parse-worker.ts), so both paths give the same columns by construction.
 */
import { InputError } from '../errors.js';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parseCsv, parseCsvBytes, parseCsvChunks } from './csv.js';
import { parseJsonl } from './jsonl.js';
import { loadParquet } from './parquet-load.js';
import type { Table } from './table.js';

/** Kept BOM (`ignoreBOM`): the CSV reader skips it itself, as it does for readFileSync's text. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Parses a text table (CSV or JSONL) by extension (pure: text in, Table out). */
export function parseTable(path: string, text: string): Table {
  const parse = textParser(path);
  try {
    return parse(path, text);
  } catch (e) {
    return recoverTruncated(path, text, parse, e);
  }
}

function textParser(path: string): (path: string, text: string) => Table {
  if (/\.csv$/i.test(path)) return parseCsv;
  if (/\.jsonl$/i.test(path)) return parseJsonl;
  if (/\.parquet$/i.test(path)) throw new InputError(path, null, 'a Parquet file is binary: read it with parseTableBytes');
  throw new InputError(path, null, 'unknown table format; expected .csv, .jsonl or .parquet');
}

/**
/**
 * A file cut off mid-write (a job killed while writing, a partial upload) ends inside a row and
 * without a final newline. That is not a malformed file but a failed step: when the content up
 * to the last newline parses, the table is those complete rows, marked `truncated` (the review
 * reports it as an infrastructure finding). Anything else rethrows the original error: a bad
 * row in the middle of a file, or a last row that is broken although the file ends normally,
 * stays an input error. Works on text and on UTF-8 bytes (a newline is one byte in both).
 */
function recoverTruncated<T extends string | Uint8Array>(path: string, data: T, parse: (path: string, data: T) => Table, error: unknown): Table {
  const NL = 0x0a;
  const at = (i: number) => (typeof data === 'string' ? data.charCodeAt(i) : data[i]!);
  if (!(error instanceof InputError) || data.length === 0 || at(data.length - 1) === NL) throw error;
  let cut = data.length - 1;
  while (cut >= 0 && at(cut) !== NL) cut--;
  if (cut < 0) throw error;
  let table: Table;
  try {
    table = parse(path, (typeof data === 'string' ? data.slice(0, cut + 1) : data.subarray(0, cut + 1)) as T);
  } catch {
    throw error;
  }
  let line = 1;
  for (let i = 0; i <= cut; i++) if (at(i) === NL) line++;
  return { ...table, truncated: { line, detail: error.detail } };
}

/**
 * Parses a table file's bytes: Parquet and CSV as they are (the CSV scanner reads UTF-8 bytes and
 * decodes only the cells that are text), JSONL as UTF-8 text. `take` hands the bytes over once:
 * nothing here keeps them after the parse, and JSONL's after the text is decoded.
 */
export async function parseTableFrom(path: string, take: () => Uint8Array): Promise<Table> {
  if (/\.parquet$/i.test(path)) return (await loadParquet()).parseParquet(path, take());
  if (/\.csv$/i.test(path)) {
    const bytes = take();
    try {
      return parseCsvBytes(path, bytes);
    } catch (e) {
      return recoverTruncated(path, bytes, parseCsvBytes, e);
    }
  }
  return parseTable(path, UTF8.decode(take()));
}

/** parseTableFrom over bytes the caller keeps. */
export function parseTableBytes(path: string, bytes: Uint8Array): Promise<Table> {
  return parseTableFrom(path, () => bytes);
}

/**
 * A table file on this machine (`file`) read in pieces into reused memory instead of whole into
 * memory of its own: a CSV in line-cut pieces (parseCsvChunks), a Parquet file footer first, then
 * column chunk by column chunk (parseParquetRanges). Null when that does not apply (another format,
 * a CSV with a quote in its first piece, a Parquet column the direct reader does not cover) or the
 * file has an error: the caller then parses the whole file, which reports errors and truncated
 * last rows as it always does.
 */
export async function readTableInPieces(path: string, file: string): Promise<Table | null> {
  const csv = /\.csv$/i.test(path);
  if (!csv && !/\.parquet$/i.test(path)) return null;
  // A CSV is parsed before this function first yields; only Parquet waits for its reader.
  const parquet = csv ? null : await loadParquet();
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const readAt = (buf: Uint8Array, offset: number, length: number, position: number) => readSync(fd, buf, offset, length, position);
    return parquet ? parquet.parseParquetRanges(path, size, readAt) : parseCsvChunks(path, size, readAt);
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  } finally {
    closeSync(fd);
  }
}

/** parseTableFrom of a file on this machine, read in pieces when that applies (readTableInPieces). */
export async function parseTableFile(path: string, file: string, take: () => Uint8Array): Promise<Table> {
  return (await readTableInPieces(path, file)) ?? parseTableFrom(path, take);
}
