/**
 * Where table files are parsed: the port the loader parses eval tables and reference data through.
 */
import { parseTableBytes } from './parse-bytes.js';
import type { Table } from './table.js';

/** Parses one table file; `read` returns its bytes (called again if a worker died with them). */
export interface TableParser {
  parse(path: string, read: () => Uint8Array): Promise<Table>;
  /** Stops any worker threads (the process can then exit); the parser is not used afterwards. */
  close(): Promise<void>;
}

/** Parses in this thread. */
export const IN_PROCESS_PARSER: TableParser = {
  // async: a read that throws becomes a rejected promise, like a parse error.
  parse: async (path, read) => parseTableBytes(path, read()),
  close: () => Promise.resolve(),
};

