/**
 * One table file's bytes → Table, by extension. The same function runs in this thread and in a
 * parse worker (parse-worker.ts), so both paths give the same columns by construction.
 */
import { InputError } from '../errors.js';
import { parseCsv, parseCsvBytes } from './csv.js';
import { parseJsonl } from './jsonl.js';
import { parseParquet } from './parquet.js';
import type { Table } from './table.js';

/** Kept BOM (`ignoreBOM`): the CSV reader skips it itself, as it does for readFileSync's text. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Parses a text table (CSV or JSONL) by extension (pure: text in, Table out). */
export function parseTable(path: string, text: string): Table {
  if (/\.csv$/i.test(path)) return parseCsv(path, text);
  if (/\.jsonl$/i.test(path)) return parseJsonl(path, text);
  if (/\.parquet$/i.test(path)) throw new InputError(path, null, 'a Parquet file is binary: read it with parseTableBytes');
  throw new InputError(path, null, 'unknown table format; expected .csv, .jsonl or .parquet');
}

/**
 * Parses a table file's bytes: Parquet and CSV as they are (the CSV scanner reads UTF-8 bytes and
 * decodes only the cells that are text), JSONL as UTF-8 text. `take` hands the bytes over once:
 * nothing here keeps them after the parse, and JSONL's after the text is decoded.
 */
export async function parseTableFrom(path: string, take: () => Uint8Array): Promise<Table> {
  if (/\.parquet$/i.test(path)) return parseParquet(path, take());
  if (/\.csv$/i.test(path)) return parseCsvBytes(path, take());
  return parseTable(path, UTF8.decode(take()));
}

/** parseTableFrom over bytes the caller keeps. */
export function parseTableBytes(path: string, bytes: Uint8Array): Promise<Table> {
  return parseTableFrom(path, () => bytes);
}
