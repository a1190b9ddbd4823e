/**
 * The CSV scanner's row loop in WebAssembly (wasm/csv-scan.ts, decision 0051), for the pieces of a
 * large CSV (csv.ts, parseCsvChunks). The module takes the rows whose cells are all plain decimal
 * numbers in the numeric columns and known short values in the string columns — the rows of an eval
 * table, as a rule — into per-column slices of its memory, appended to the column builders after
 * each call; it stops before any other row, which the JavaScript scanner takes (a new dictionary
 * entry, a missing or non-plain cell, a quote, a blank line, a row of the wrong width, and its
 * error). The values are the JavaScript scanner's, bit for bit: the same fast path, the same
 * dictionary codes. Where WebAssembly is not available the JavaScript scanner takes every row.
 */
import { CSV_SCAN_WASM } from './csv-scan-wasm.js';
import { instantiate, reserve, type WasmMemory } from './wasm.js';
import { RANGE_SLOTS, type ColumnBuilder } from './column-builder.js';
import type { Cursor } from './csv.js';

/**
 * Rows one call of the module scans at most: each column's slice of them (8 bytes a row for
 * numbers, 4 for codes) is appended to its builder after the call. 8,192 rows of 24 columns are
 * 2.3 MB of slices, within a runner core's share of the last-level cache, and a call's cost is
 * nothing beside its rows.
 */
export const SCAN_ROWS = 8192;

/**
 * The module takes the rows of a parse until the JavaScript scanner has taken more than one row in
 * MAX_STOP_SHARE of them, after at least MIN_STOPS stops: a stop costs a call out and back (about
 * a microsecond) beside the JavaScript row, so a column with many missing or non-plain cells would
 * make the module slower than the JavaScript scanner alone. Building a column's dictionary stops
 * once per new entry, hence the allowance.
 */
const MAX_STOP_SHARE = 1 / 16;
const MIN_STOPS = 4096;

/** Bytes past a piece's end the module may read: a line feed, then a word of a short cell. */
const PAD = 16;
const LF = 10;

interface ScanExports {
  readonly memory: WasmMemory;
  heapBase(): number;
  scan(pos: number, len: number, ncols: number, cap: number, slots: number, kinds: number, nums: number, codes: number, tables: number, state: number): number;
}

/** This thread's instance (null: not available), reused from parse to parse (its memory holds no state between pieces but the tables, copied in again). */
let instance: ScanExports | null | undefined;

function exports(): ScanExports | null {
  if (instance === undefined) instance = instantiate<ScanExports>(CSV_SCAN_WASM);
  return instance;
}

const align = (n: number): number => (n + 15) & ~15;

/** Pieces copied into the module, rows it took and rows it stopped at, over this thread's parses: for the tests and the benchmarks to see the path taken. */
export const wasmScanCounts = { pieces: 0, rows: 0, stops: 0 };

/** The module's scanner for one parse of a table of `nCols` columns (null where WebAssembly is not available). */
export class WasmRows {
  private readonly kinds: number;
  private readonly state: number;
  private readonly tables: number;
  private readonly nums: number;
  private readonly codes: number;
  private readonly bytes: number;
  /** Dictionary entries of each column copied into its table; -1: none yet. */
  private readonly synced: Int32Array;
  private rows = 0;
  private stops = 0;
  private off = false;

  static for(nCols: number): WasmRows | null {
    const ex = nCols > 0 ? exports() : null;
    return ex ? new WasmRows(ex, nCols) : null;
  }

  private constructor(
    private readonly ex: ScanExports,
    private readonly nCols: number,
  ) {
    let at = align(ex.heapBase());
    this.kinds = at;
    at = align(at + nCols);
    this.state = at;
    at += 16;
    this.tables = at;
    at += nCols * RANGE_SLOTS * 16;
    this.nums = at;
    at += nCols * SCAN_ROWS * 8;
    this.codes = at;
    at += nCols * SCAN_ROWS * 4;
    this.bytes = at;
    this.synced = new Int32Array(nCols).fill(-1);
  }

  /** Memory for `n` piece bytes and the pad. */
  private room(n: number): Uint8Array {
    reserve(this.ex.memory, this.bytes + n + PAD);
    return new Uint8Array(this.ex.memory.buffer);
  }

  /**
   * Each column's kind for the module (1: numeric, 2: short strings, with the builder's table
   * copied in when its dictionary grew), or false when a column is neither (the module cannot
   * take a row of the table then).
   */
  private prepare(builders: readonly ColumnBuilder[], u8: Uint8Array): boolean {
    const i32 = new Int32Array(u8.buffer);
    for (let c = 0; c < this.nCols; c++) {
      const b = builders[c]!;
      if (b.isNumeric) {
        u8[this.kinds + c] = 1;
        continue;
      }
      const t = b.shortTable();
      if (t === null) return false;
      u8[this.kinds + c] = 2;
      if (this.synced[c] !== b.dictSize) {
        const at = (this.tables + c * RANGE_SLOTS * 16) >> 2;
        i32.set(t.words, at);
        i32.set(t.codes, at + 3 * RANGE_SLOTS);
        this.synced[c] = b.dictSize;
      }
    }
    return true;
  }

  /**
   * Pushes the rows of bytes[at.pos, end of bytes) into the builders, as the JavaScript scanner
   * would: the module's rows, and `jsRows(to)` for the rows from at.pos to `to` (a line end) that
   * it stops at. Returns the rows; leaves `at` at the end.
   */
  scanPiece(bytes: Uint8Array, at: Cursor, builders: readonly ColumnBuilder[], jsRows: (to: number) => number): number {
    const len = bytes.length;
    const start = at.pos;
    const n = len - start;
    let u8 = this.room(n);
    // A column that is neither kind stays so (a builder never turns back to numbers, nor to short
    // cells once an entry was longer): the rest of the parse is the JavaScript scanner's.
    if (this.off || !this.prepare(builders, u8)) {
      this.off = true;
      return jsRows(len);
    }
    u8.set(bytes.subarray(start, len), this.bytes);
    wasmScanCounts.pieces++;
    u8[this.bytes + n] = LF;
    u8.fill(0, this.bytes + n + 1, this.bytes + n + PAD);
    let rows = 0;
    while (at.pos < len) {
      const from = this.bytes + (at.pos - start);
      const k = this.ex.scan(from, this.bytes + n, this.nCols, SCAN_ROWS, RANGE_SLOTS, this.kinds, this.nums, this.codes, this.tables, this.state);
      // The module's memory does not grow during a call, but the views are taken afresh anyway.
      u8 = new Uint8Array(this.ex.memory.buffer);
      if (k > 0) {
        const f64 = new Float64Array(u8.buffer);
        const i32 = new Int32Array(u8.buffer);
        for (let c = 0; c < this.nCols; c++) {
          const b = builders[c]!;
          if (u8[this.kinds + c] === 1) {
            const s = (this.nums >> 3) + c * SCAN_ROWS;
            b.appendNumbers(f64.subarray(s, s + k));
          } else {
            const s = (this.codes >> 2) + c * SCAN_ROWS;
            b.appendCodes(i32.subarray(s, s + k));
          }
        }
        rows += k;
        this.rows += k;
        wasmScanCounts.rows += k;
        at.line += k;
        at.pos = start + (i32[this.state >> 2]! - this.bytes);
      }
      if (k < SCAN_ROWS && at.pos < len) {
        // The row at at.pos stopped the module: the JavaScript scanner takes it (and any blank
        // lines before its line end).
        const lf = bytes.indexOf(LF, at.pos);
        rows += jsRows(lf < 0 ? len : lf + 1);
        this.stops++;
        wasmScanCounts.stops++;
        if (this.stops >= MIN_STOPS && this.stops > this.rows * MAX_STOP_SHARE) this.off = true;
        // The JavaScript row may have grown a dictionary or turned a column (prepare copies the
        // tables again); a full call changed nothing.
        if (this.off || !this.prepare(builders, u8)) {
          this.off = true;
          return rows + jsRows(len);
        }
      }
    }
    return rows;
  }
}
