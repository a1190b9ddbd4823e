import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  PARALLEL_MIN_BYTES
} from "./chunk-QNTFE5D6.js";
import {
  InputError,
  instantiate,
  lineColumn,
  ownBuffer,
  readFully,
  reserve
} from "./chunk-62MQGLQZ.js";
import {
  copyCodes,
  maxCode,
  rowCodes,
  rowF64,
  rowU8,
  sharedZeros
} from "./chunk-QVIMXX4N.js";

// src/artifacts/parse-bytes.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// src/artifacts/csv.ts
import { Buffer } from "node:buffer";

// src/artifacts/column-builder.ts
var MISSING_TOKENS = /* @__PURE__ */ new Set(["", "NA", "N/A", "null", "NULL", "None"]);
var NUMBER_TOKENS = {
  NaN: NaN,
  nan: NaN,
  inf: Infinity,
  "+inf": Infinity,
  "-inf": -Infinity,
  Infinity: Infinity,
  "+Infinity": Infinity,
  "-Infinity": -Infinity,
  INF: Infinity,
  "-INF": -Infinity
};
function parseNumberCell(s) {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === 45 || c === 43 || c === 46) {
    const v = Number(s);
    if (!Number.isNaN(v) && s.trim() === s) return v;
  }
  const t = NUMBER_TOKENS[s];
  return t;
}
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
function fastDecimal(bytes, start, end) {
  let i = start;
  let neg = false;
  if (i < end && bytes[i] === 45) {
    neg = true;
    i++;
  }
  if (i >= end) return void 0;
  let mant = 0;
  let digits = 0;
  let frac = 0;
  let seenDot = false;
  let any = false;
  for (; i < end; i++) {
    const c = bytes[i];
    if (c >= 48 && c <= 57) {
      any = true;
      if (mant !== 0 || c !== 48) digits++;
      if (digits > 15) return void 0;
      mant = mant * 10 + (c - 48);
      if (seenDot) frac++;
    } else if (c === 46 && !seenDot) {
      seenDot = true;
    } else return void 0;
  }
  if (!any || frac > 22) return void 0;
  const v = frac === 0 ? mant : mant / POW10[frac];
  return neg ? -v : v;
}
var RANGE_SLOTS = 1024;
var MAX_RANGE_CELL = 64;
var SHORT_CELL = 8;
var SHORT_LO = Int32Array.from({ length: SHORT_CELL + 1 }, (_, n) => n >= 4 ? -1 : (1 << 8 * n) - 1);
var SHORT_HI = Int32Array.from({ length: SHORT_CELL + 1 }, (_, n) => n >= 8 ? -1 : n <= 4 ? 0 : (1 << 8 * (n - 4)) - 1);
function shortSlot(lo, hi, len) {
  let h = Math.imul(lo ^ Math.imul(hi ^ len, 2654435761), 2246822507);
  h ^= h >>> 15;
  return h & RANGE_SLOTS - 1;
}
var FNV_OFFSET = 2166136261;
var FNV_PRIME = 16777619;
function finishRangeHash(h) {
  return (h ^ h >>> 15) >>> 0;
}
function rangeHash(bytes, start, end) {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k], FNV_PRIME);
  return finishRangeHash(h);
}
var UTF8_DECODER = new TextDecoder("utf-8", { ignoreBOM: true });
var UTF8_ENCODER = new TextEncoder();
function decodeRange(bytes, start, end) {
  if (end - start <= 24) {
    let s = "";
    for (let k = start; k < end; k++) {
      const c = bytes[k];
      if (c >= 128) return UTF8_DECODER.decode(bytes.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return UTF8_DECODER.decode(bytes.subarray(start, end));
}
var FIRST_ROWS = 8;
var ColumnBuilder = class {
  /** `capacity`: expected row count (the CSV reader counts lines first), so columns rarely grow. */
  constructor(name, capacity = 1024) {
    this.name = name;
    this.capacity = Math.max(16, capacity);
    this.values = rowF64(Math.min(this.capacity, FIRST_ROWS));
  }
  name;
  values;
  /** 1 where a cell was missing; allocated at the first missing cell (a full column has none). */
  missing = null;
  /** The rows expected; the arrays take this size at their first growth. */
  capacity;
  n = 0;
  numeric = true;
  // String mode state (entered at the first non-numeric cell).
  codes = null;
  dict = [];
  index = /* @__PURE__ */ new Map();
  /**
   * Open-addressing table (code + 1 per slot, 0 = empty) over the char codes of the dictionary's
   * entries, so that a cell of a low-cardinality string column is matched in place, without
   * slicing a substring and hashing it into the Map: 8 segment columns × 10^6 rows made 8M
   * short-lived strings per file. Dropped (null) once the dictionary outgrows it.
   */
  rangeTable = new Int32Array(RANGE_SLOTS);
  /** UTF-8 bytes of the dictionary's entries while the range table is in use. */
  dictBytes = [];
  /**
   * While the range table is in use and every entry has at most SHORT_CELL bytes: each entry's
   * two words (little-endian, zero past its end), byte length and code + 1 (0 = empty), by slot.
   */
  shortWords = new Int32Array(3 * RANGE_SLOTS);
  shortCodes = new Int32Array(RANGE_SLOTS);
  /** True while every cell so far was a number (the CSV scanner then parses numbers inline). */
  get isNumeric() {
    return this.numeric;
  }
  /** Entries in the dictionary (string mode). */
  get dictSize() {
    return this.dict.length;
  }
  /**
   * The short-cell table while matchesShort (pushShort's: each slot's words lo, hi and length, and
   * code + 1, 0 = empty), to read only: a scanner elsewhere (csv-wasm.ts) looks cells up in a copy.
   */
  shortTable() {
    return this.matchesShort ? { words: this.shortWords, codes: this.shortCodes } : null;
  }
  /** Pushes numbers the caller parsed as fastDecimal would, in order (numeric columns only). */
  appendNumbers(src) {
    const end = this.n + src.length;
    while (this.values.length < end) this.grow();
    this.values.set(src, this.n);
    this.n = end;
  }
  /** Pushes codes of the dictionary's entries, in order (string mode; each code below dictSize). */
  appendCodes(src) {
    const end = this.n + src.length;
    let codes = this.codes;
    if (codes.length < end) codes = this.codes = copyCodes(codes, this.n, Math.max(end, codes.length * 2));
    codes.set(src, this.n);
    this.n = end;
  }
  /** Pushes a number the caller parsed as fastDecimal would (numeric columns only). */
  pushNumber(v) {
    const i = this.n++;
    if (i >= this.values.length) this.grow();
    this.values[i] = v;
  }
  /**
   * Pushes the cell whose UTF-8 bytes are [start, end), without making a string when it is a
   * plain decimal number (the common case in eval tables, and where a CSV parse spends its time)
   * or a value already in a small dictionary. Same result as push(decodeRange(bytes, start, end)).
   */
  pushRange(bytes, start, end) {
    if (this.numeric) {
      const v = fastDecimal(bytes, start, end);
      if (v !== void 0) {
        const i = this.n++;
        if (i >= this.values.length) this.grow();
        this.values[i] = v;
        return;
      }
    } else if (this.rangeTable !== null && end - start <= MAX_RANGE_CELL) {
      const code = this.findRange(bytes, start, end);
      if (code >= 0) {
        const i = this.n++;
        this.ensureCodes(i)[i] = code;
        return;
      }
    }
    this.push(decodeRange(bytes, start, end));
  }
  /** True in string mode while every dictionary entry is a short cell (the scanner then reads cells as words for pushShort). */
  get matchesShort() {
    return !this.numeric && this.shortCodes !== null;
  }
  /**
   * pushRange of a string-mode cell [start, end) of `len` bytes, at most SHORT_CELL, whose bytes
   * the caller read as two little-endian words `lo` and `hi` (masked to the cell by SHORT_LO and
   * SHORT_HI). A cell not in the dictionary goes on through pushRange.
   */
  pushShort(lo, hi, len, bytes, start, end) {
    const codes = this.shortCodes;
    if (codes !== null) {
      const words = this.shortWords;
      let slot = shortSlot(lo, hi, len);
      for (; ; ) {
        const e = codes[slot];
        if (e === 0) break;
        if (words[3 * slot] === lo && words[3 * slot + 1] === hi && words[3 * slot + 2] === len) {
          const i = this.n++;
          this.ensureCodes(i)[i] = e - 1;
          return;
        }
        slot = slot + 1 & RANGE_SLOTS - 1;
      }
    }
    this.pushRange(bytes, start, end);
  }
  /** True in string mode while the range table serves the dictionary (the scanner then hashes cells for pushRangeHashed). */
  get matchesRanges() {
    return !this.numeric && this.rangeTable !== null;
  }
  /** pushRange of a string-mode cell whose rangeHash the caller computed while scanning it. */
  pushRangeHashed(bytes, start, end, hash) {
    if (!this.numeric && this.rangeTable !== null && end - start <= MAX_RANGE_CELL) {
      const code = this.findRange(bytes, start, end, hash);
      if (code >= 0) {
        const i = this.n++;
        this.ensureCodes(i)[i] = code;
        return;
      }
    }
    this.push(decodeRange(bytes, start, end));
  }
  /** Dictionary code of the bytes [start, end), or -1 when they are not in the range table. */
  findRange(bytes, start, end, hash = rangeHash(bytes, start, end)) {
    const table = this.rangeTable;
    const len = end - start;
    let slot = hash & RANGE_SLOTS - 1;
    for (; ; ) {
      const e = table[slot];
      if (e === 0) return -1;
      const entry = this.dictBytes[e - 1];
      if (entry.length === len) {
        let k = 0;
        while (k < len && entry[k] === bytes[start + k]) k++;
        if (k === len) return e - 1;
      }
      slot = slot + 1 & RANGE_SLOTS - 1;
    }
  }
  /** Adds a new dictionary entry and keeps the range table in step (or drops it when full). */
  addToDict(raw) {
    const code = this.dict.length;
    this.dict.push(raw);
    this.index.set(raw, code);
    const codes = this.codes;
    if (codes !== null && code > maxCode(codes)) this.codes = copyCodes(codes, this.n, codes.length, code);
    const table = this.rangeTable;
    if (table !== null) {
      if (this.dict.length > RANGE_SLOTS / 2) {
        this.rangeTable = null;
        this.dictBytes = [];
        this.shortWords = this.shortCodes = null;
      } else {
        const enc = UTF8_ENCODER.encode(raw);
        this.dictBytes[code] = enc;
        if (enc.length <= MAX_RANGE_CELL) {
          let slot = rangeHash(enc, 0, enc.length) & RANGE_SLOTS - 1;
          while (table[slot] !== 0) slot = slot + 1 & RANGE_SLOTS - 1;
          table[slot] = code + 1;
        }
        this.addShort(enc, code);
      }
    }
    return code;
  }
  /** Enters an entry's bytes in the short-cell table, or drops the table for an entry longer than SHORT_CELL. */
  addShort(enc, code) {
    const codes = this.shortCodes;
    if (codes === null) return;
    if (enc.length > SHORT_CELL) {
      this.shortWords = this.shortCodes = null;
      return;
    }
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < enc.length; k++) {
      if (k < 4) lo |= enc[k] << 8 * k;
      else hi |= enc[k] << 8 * (k - 4);
    }
    const words = this.shortWords;
    let slot = shortSlot(lo, hi, enc.length);
    while (codes[slot] !== 0) slot = slot + 1 & RANGE_SLOTS - 1;
    words[3 * slot] = lo;
    words[3 * slot + 1] = hi;
    words[3 * slot + 2] = enc.length;
    codes[slot] = code + 1;
  }
  push(raw) {
    const i = this.n++;
    if (this.numeric) {
      if (i >= this.values.length) this.grow();
      if (MISSING_TOKENS.has(raw)) {
        this.values[i] = NaN;
        (this.missing ??= rowU8(this.values.length))[i] = 1;
        return;
      }
      const v = parseNumberCell(raw);
      if (v !== void 0) {
        this.values[i] = v;
        return;
      }
      this.toStringMode(i);
    }
    const codes = this.ensureCodes(i);
    if (MISSING_TOKENS.has(raw)) {
      codes[i] = -1;
      return;
    }
    const code = this.index.get(raw) ?? this.addToDict(raw);
    this.codes[i] = code;
  }
  /** Pushes a JSON value (JSONL reader): numbers stay numbers, booleans become 'true'/'false'. */
  pushValue(v) {
    if (v === null || v === void 0) this.push("");
    else if (typeof v === "number") this.push(Number.isFinite(v) ? String(v) : Number.isNaN(v) ? "NaN" : v > 0 ? "inf" : "-inf");
    else if (typeof v === "string") this.push(v === "" ? "" : v);
    else if (typeof v === "boolean") this.push(v ? "true" : "false");
    else this.push(JSON.stringify(v));
  }
  /**
   * The column. `noneMissing`, when given, is an all-zero array of at least the column's rows that
   * a table's columns without a missing cell may share (finishColumns): nothing writes to a
   * column's arrays after the load.
   */
  finish(noneMissing) {
    const n = this.n;
    if (this.numeric) {
      const missing = this.missing ?? noneMissing?.() ?? rowU8(n);
      return { kind: "number", name: this.name, values: this.values.subarray(0, n), missing: missing.subarray(0, n) };
    }
    return { kind: "string", name: this.name, codes: this.codes.subarray(0, n), dict: this.dict };
  }
  /**
   * Expects `rows` rows in all when that is more than expected so far: a reader that estimated the
   * rows and learns better says so before the arrays fill up (parseCsvChunks). Arrays that took
   * their full size already move to arrays of the new size now; others take it when they grow.
   */
  reserve(rows) {
    if (rows <= this.capacity) return;
    const full = (this.numeric ? this.values.length : this.codes.length) >= this.capacity;
    this.capacity = rows;
    if (!full) return;
    if (this.numeric) {
      const v = rowF64(rows);
      v.set(this.values.subarray(0, this.n));
      this.values = v;
      if (this.missing !== null) {
        const m = rowU8(rows);
        m.set(this.missing.subarray(0, this.n));
        this.missing = m;
      }
    } else this.codes = copyCodes(this.codes, this.n, rows);
  }
  /** Room for more rows: the expected rows at the first growth, then twice as many. */
  grow() {
    const size = this.values.length < this.capacity ? this.capacity : this.values.length * 2;
    const v = rowF64(size);
    v.set(this.values);
    this.values = v;
    if (this.missing !== null) {
      const m = rowU8(size);
      m.set(this.missing);
      this.missing = m;
    }
  }
  ensureCodes(i) {
    let codes = this.codes;
    if (i >= codes.length) codes = this.codes = copyCodes(codes, codes.length, codes.length * 2);
    return codes;
  }
  // Numbers seen so far are re-encoded as their text: a mixed column (e.g. "1", "2", "A") is categorical.
  toStringMode(upTo) {
    this.numeric = false;
    this.codes = rowCodes(Math.max(1024, this.capacity, this.values.length), this.dict.length);
    for (let j = 0; j < upTo; j++) {
      if (this.missing?.[j]) {
        this.codes[j] = -1;
        continue;
      }
      const text = String(this.values[j]);
      const code = this.index.get(text) ?? this.addToDict(text);
      this.codes[j] = code;
    }
  }
};
function finishColumns(builders, rows) {
  const noneMissing = sharedZeros(rows);
  return builders.map((b) => b.finish(noneMissing));
}

// src/artifacts/csv-scan-wasm.ts
var CSV_SCAN_WASM = "AGFzbQEAAAABEwJgCn9/f39/f39/f38Bf2AAAX8DAwIAAQUDAQABBxwDCGhlYXBCYXNlAAEEc2NhbgAABm1lbW9yeQIADAEICvQFAusFAw5/AXwBfiAEQQR0IRIgBEEBayERA0AgACABSCADIBBKcQRAAkAgACEKQQAhDgN/IAIgDkoEfyAALQAAIQsCQCAFIA5qLQAAIgxBAUYEQEEAIQ8gC0EtRgRAQQEhDyAAQQFqIgAtAAAhCwtCACEZIAAhDANAIAtBMGsiDUEJTQRAIA2sIBlCCn58IRkgAEEBaiIALQAAIQsMAQsLIAAgDGshDEEAIQ0gC0EuRgRAIABBAWoiAC0AACELIAAhDQNAIAtBMGsiE0EJTQRAIBOsIBlCCn58IRkgAEEBaiIALQAAIQsMAQsLIAwgACANayINaiEMCyALQQpGIAtBLEZyIAtBDUZyIAxBAEpxIAxBEkxxIBlCgICAgICAgBBUcSANQRZMcUUNASAZuiEYIA0EQCAYIA1BA3RBoAhqKwMAoyEYCyAGIAMgDmwgEGpBA3RqIBiaIBggDxs5AwAFIAxBAkYEQCAAIQwDQCALQQpHIAtBLEdxIAtBDUdxIAtBIkdxBEAgAEEBaiIALQAAIQsMAQsLIAtBIkYgACAMayITQQhKcg0CIBNBAnQiDUHwCWooAgAgDCgCAHEiFSANQbAKaigCACAMKAIEcSIWIBNzQbHz3fF5bHNB65Svr3hsIgwgDEEPdnMgEXEhDSAIIA4gEmxqIhcgBEEMbGohDAN/IAwgDUECdGooAgAiDwR/IBcgDUEMbGoiFCgCACAVRgR/IBQoAgQgFkYFQQALBH8gFCgCCCATRgVBAAsEfyAPQQFrBSANQQFqIBFxIQ0MAgsFQX8LCyIMQQBIDQIgByADIA5sIBBqQQJ0aiAMNgIABQwCCwsCfyALQSxGBEAgDiACQQFrRg0CIABBAWoMAQsgDiACQQFrRw0BIABBAWoiAEEBaiAAIAtBDUYEfyAALQAAQQpGBUEACxsLIQAgDkEBaiEODAILQQAFQQELC0UEQCAKIQAMAQsgEEEBaiEQDAILCwsgCSAANgIAIBALBQBB3AoLC60CCABBjAgLAcwAQZgICwUEAAAAuABBpggLsgHwPwAAAAAAACRAAAAAAAAAWUAAAAAAAECPQAAAAAAAiMNAAAAAAABq+EAAAAAAgIQuQQAAAADQEmNBAAAAAITXl0EAAAAAZc3NQQAAACBfoAJCAAAA6HZIN0IAAACilBptQgAAQOWcMKJCAACQHsS81kIAADQm9WsMQwCA4Dd5w0FDAKDYhVc0dkMAyE5nbcGrQwA9kWDkWOFDQIy1eB2vFURQ7+LW5BpLRJLVTQbP8IBEAEHcCQsBPABB6AkLLAUAAAAkAAAAAAAAAP8AAAD//wAA////AP//////////////////////////AEGcCgsBPABBqAoLBQUAAAAkAEHECgsQ/wAAAP//AAD///8A/////w==";

// src/artifacts/csv-wasm.ts
var SCAN_ROWS = 8192;
var MAX_STOP_SHARE = 1 / 16;
var MIN_STOPS = 4096;
var PAD = 16;
var LF = 10;
var instance;
function exports() {
  if (instance === void 0) instance = instantiate(CSV_SCAN_WASM);
  return instance;
}
var align = (n) => n + 15 & ~15;
var wasmScanCounts = { pieces: 0, rows: 0, stops: 0 };
var WasmRows = class _WasmRows {
  constructor(ex, nCols) {
    this.ex = ex;
    this.nCols = nCols;
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
  ex;
  nCols;
  kinds;
  state;
  tables;
  nums;
  codes;
  bytes;
  /** Dictionary entries of each column copied into its table; -1: none yet. */
  synced;
  rows = 0;
  stops = 0;
  off = false;
  static for(nCols) {
    const ex = nCols > 0 ? exports() : null;
    return ex ? new _WasmRows(ex, nCols) : null;
  }
  /** Memory for `n` piece bytes and the pad. */
  room(n) {
    reserve(this.ex.memory, this.bytes + n + PAD);
    return new Uint8Array(this.ex.memory.buffer);
  }
  /**
   * Each column's kind for the module (1: numeric, 2: short strings, with the builder's table
   * copied in when its dictionary grew), or false when a column is neither (the module cannot
   * take a row of the table then).
   */
  prepare(builders, u8) {
    const i32 = new Int32Array(u8.buffer);
    for (let c = 0; c < this.nCols; c++) {
      const b = builders[c];
      if (b.isNumeric) {
        u8[this.kinds + c] = 1;
        continue;
      }
      const t = b.shortTable();
      if (t === null) return false;
      u8[this.kinds + c] = 2;
      if (this.synced[c] !== b.dictSize) {
        const at = this.tables + c * RANGE_SLOTS * 16 >> 2;
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
  scanPiece(bytes, at, builders, jsRows) {
    const len = bytes.length;
    const start = at.pos;
    const n = len - start;
    let u8 = this.room(n);
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
      u8 = new Uint8Array(this.ex.memory.buffer);
      if (k > 0) {
        const f64 = new Float64Array(u8.buffer);
        const i32 = new Int32Array(u8.buffer);
        for (let c = 0; c < this.nCols; c++) {
          const b = builders[c];
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
        at.pos = start + (i32[this.state >> 2] - this.bytes);
      }
      if (k < SCAN_ROWS && at.pos < len) {
        const lf = bytes.indexOf(LF, at.pos);
        rows += jsRows(lf < 0 ? len : lf + 1);
        this.stops++;
        wasmScanCounts.stops++;
        if (this.stops >= MIN_STOPS && this.stops > this.rows * MAX_STOP_SHARE) this.off = true;
        if (this.off || !this.prepare(builders, u8)) {
          this.off = true;
          return rows + jsRows(len);
        }
      }
    }
    return rows;
  }
};

// src/artifacts/csv.ts
var QUOTE = 34;
var COMMA = 44;
var LF2 = 10;
var CR = 13;
var MAX_EXACT = 2 ** 53;
var UTF8 = new TextEncoder();
var UTF8_DECODER2 = new TextDecoder("utf-8", { ignoreBOM: true });
function parseCsv(path, text) {
  return parseCsvBytes(path, UTF8.encode(text));
}
function hasQuoteByte(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(QUOTE) >= 0;
}
var LF_BYTES = 168430090;
function countLineFeeds(bytes, from) {
  const end = bytes.length;
  let n = 0;
  let i = from;
  while (i < end && (bytes.byteOffset + i & 3) !== 0) n += bytes[i++] === LF2 ? 1 : 0;
  const words = end - i >>> 2;
  if (words > 0) {
    const w = new Int32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let k = 0; k < words; k++) {
      const v = w[k] ^ LF_BYTES;
      const zero = ~((v & 2139062143) + 2139062143 | v | 2139062143);
      n += Math.imul(zero >>> 7, 16843009) >>> 24;
    }
    i += 4 * words;
  }
  while (i < end) n += bytes[i++] === LF2 ? 1 : 0;
  return n;
}
function isJsSpaceAt(bytes, k) {
  const c = bytes[k];
  if (c < 128) return c === 32 || c >= 9 && c <= 13;
  const ch = UTF8_DECODER2.decode(bytes.subarray(k, Math.min(bytes.length, k + 4)));
  return /^\s/u.test(ch);
}
function seqLength(c) {
  return c < 192 ? 1 : c < 224 ? 2 : c < 240 ? 3 : 4;
}
function blank(bytes, from) {
  for (let k = from; k < bytes.length; ) {
    if (!isJsSpaceAt(bytes, k)) return false;
    k += bytes[k] < 128 ? 1 : seqLength(bytes[k]);
  }
  return true;
}
function readField(path, bytes, at) {
  const len = bytes.length;
  let pos = at.pos;
  if (bytes[pos] === QUOTE) {
    pos++;
    let out = "";
    let start2 = pos;
    for (; ; ) {
      if (pos >= len) throw new InputError(path, `line ${at.line}`, "unterminated quoted field");
      const c = bytes[pos];
      if (c === QUOTE) {
        if (bytes[pos + 1] === QUOTE) {
          out += decodeRange(bytes, start2, pos + 1);
          pos += 2;
          start2 = pos;
          continue;
        }
        out += decodeRange(bytes, start2, pos);
        at.pos = pos + 1;
        return out;
      }
      if (c === LF2) at.line++;
      pos++;
    }
  }
  const start = pos;
  at.pos = cellEnd(bytes, pos, len);
  return decodeRange(bytes, start, at.pos);
}
function readHeader(path, bytes) {
  const len = bytes.length;
  const at = { pos: len >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0, line: 1 };
  if (blank(bytes, at.pos)) throw new InputError(path, null, "empty CSV file: no header row");
  const header = [];
  for (; ; ) {
    header.push(readField(path, bytes, at).trim());
    if (bytes[at.pos] === COMMA) {
      at.pos++;
      continue;
    }
    break;
  }
  if (bytes[at.pos] === CR) at.pos++;
  if (bytes[at.pos] === LF2) at.pos++;
  at.line++;
  const seen = /* @__PURE__ */ new Set();
  header.forEach((h, i) => {
    if (h === "") throw new InputError(path, `line 1, column ${i + 1}`, "empty column name in header");
    if (seen.has(h)) throw new InputError(path, `line 1, column ${i + 1}`, `duplicate column name '${h}'`);
    seen.add(h);
  });
  return { header, at };
}
function parseCsvBytes(path, bytes) {
  const { header, at } = readHeader(path, bytes);
  const expected = countLineFeeds(bytes, at.pos) + 1;
  const builders = header.map((h) => new ColumnBuilder(h, expected));
  const rows = scanRows(path, bytes, at, builders);
  if (rows === 0) throw new InputError(path, null, "CSV has a header but no data rows");
  return { path, nRows: rows, columns: finishColumns(builders, rows) };
}
function cellEnd(bytes, p, len) {
  while (p < len) {
    const c = bytes[p];
    if (c <= COMMA && (c === COMMA || c === LF2 || c === CR)) break;
    p++;
  }
  return p;
}
function delimiterAt(w) {
  const a = w ^ 741092396;
  const b = w ^ 168430090;
  const c = w ^ 218959117;
  const m = ((a - 16843009 | 0) & ~a | (b - 16843009 | 0) & ~b | (c - 16843009 | 0) & ~c) & 2155905152;
  return m === 0 ? 4 : 31 - Math.clz32(m & -m) >> 3;
}
function scanRows(path, bytes, at, builders) {
  const len = bytes.length;
  const nCols = builders.length;
  let line = at.line;
  let rows = 0;
  let p = at.pos;
  const words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  while (p < len) {
    const c0 = bytes[p];
    if (c0 === LF2 || c0 === CR) {
      p++;
      if (c0 === CR && bytes[p] === LF2) p++;
      line++;
      continue;
    }
    const rowLine = line;
    let col = 0;
    for (; ; ) {
      if (col >= nCols) throw new InputError(path, `line ${rowLine}`, `row has more than the header's ${nCols} fields`);
      const b = builders[col];
      if (bytes[p] === QUOTE) {
        at.pos = p;
        at.line = line;
        b.push(readField(path, bytes, at));
        p = at.pos;
        line = at.line;
      } else {
        const start = p;
        if (b.isNumeric) {
          let neg = false;
          if (bytes[p] === 45) {
            neg = true;
            p++;
          }
          let mant = 0;
          let c = p < len ? bytes[p] : 0;
          const intStart = p;
          while (c - 48 >>> 0 <= 9) {
            mant = mant * 10 + (c - 48);
            c = ++p < len ? bytes[p] : 0;
          }
          let any = p > intStart;
          let frac = 0;
          if (c === 46) {
            const fracStart = ++p;
            c = p < len ? bytes[p] : 0;
            while (c - 48 >>> 0 <= 9) {
              mant = mant * 10 + (c - 48);
              c = ++p < len ? bytes[p] : 0;
            }
            frac = p - fracStart;
            any = any || frac > 0;
          }
          const plain = p >= len || c === COMMA || c === LF2 || c === CR;
          if (plain && any && mant < MAX_EXACT && frac <= 22) {
            const v = frac === 0 ? mant : mant / POW10[frac];
            b.pushNumber(neg ? -v : v);
          } else {
            p = cellEnd(bytes, p, len);
            b.pushRange(bytes, start, p);
          }
        } else if (b.matchesShort && start + SHORT_CELL <= len) {
          const lo = words.getInt32(start, true);
          const hi = words.getInt32(start + 4, true);
          let n = delimiterAt(lo);
          if (n === 4) n += delimiterAt(hi);
          p = start + n;
          if (n === SHORT_CELL) {
            p = cellEnd(bytes, p, len);
          }
          if (p - start <= SHORT_CELL) b.pushShort(lo & SHORT_LO[n], hi & SHORT_HI[n], n, bytes, start, p);
          else b.pushRange(bytes, start, p);
        } else if (b.matchesShort || b.matchesRanges) {
          let h = FNV_OFFSET;
          for (; p < len; p++) {
            const c = bytes[p];
            if (c <= COMMA && (c === COMMA || c === LF2 || c === CR)) break;
            h = Math.imul(h ^ c, FNV_PRIME);
          }
          b.pushRangeHashed(bytes, start, p, finishRangeHash(h));
        } else {
          p = cellEnd(bytes, p, len);
          b.pushRange(bytes, start, p);
        }
      }
      col++;
      if (bytes[p] === COMMA) {
        p++;
        continue;
      }
      break;
    }
    if (col !== nCols) throw new InputError(path, `line ${rowLine}`, `row has ${col} fields, header has ${nCols}`);
    if (bytes[p] === CR) p++;
    if (bytes[p] === LF2) p++;
    line++;
    rows++;
  }
  at.pos = p;
  at.line = line;
  return rows;
}
var CSV_CHUNK_BYTES = 4 << 20;
var WARM_UP_SLICE_BYTES = 2048;
var ROW_ESTIMATE_MARGIN = 1 / 32;
function parseCsvChunks(path, size, readAt, chunkBytes = CSV_CHUNK_BYTES) {
  let buf = new Uint8Array(Math.max(1, Math.min(chunkBytes, size + 1)));
  let have = 0;
  let position = 0;
  let ended = false;
  const fill = () => {
    while (!ended && have < buf.length) {
      const got = readAt(buf, have, buf.length - have, position);
      if (got <= 0) ended = true;
      else {
        have += got;
        position += got;
      }
    }
  };
  const complete = () => ended ? have : buf.lastIndexOf(LF2, have - 1) + 1;
  const hasQuote = () => hasQuoteByte(buf.subarray(0, have));
  fill();
  let cut = complete();
  if (cut === 0 || hasQuote()) return null;
  const first = buf.subarray(0, cut);
  if (blank(first, 0)) return null;
  const { header, at } = readHeader(path, first);
  const headerBytes = at.pos;
  const firstRows = countLineFeeds(first, at.pos);
  let expected = ended ? firstRows + 1 : estimateRows(firstRows, cut - headerBytes, size - headerBytes);
  const builders = header.map((h) => new ColumnBuilder(h, expected));
  let rows = 0;
  const fast = WasmRows.for(builders.length);
  const scanPiece = (piece) => fast !== null ? fast.scanPiece(piece, at, builders, (to) => scanRows(path, piece.subarray(0, to), at, builders)) : scanRows(path, piece, at, builders);
  for (let edge = WARM_UP_SLICE_BYTES; fast === null && edge < cut / 2; edge *= 2) {
    const end = buf.lastIndexOf(LF2, edge) + 1;
    if (end > at.pos) rows += scanRows(path, buf.subarray(0, end), at, builders);
  }
  for (; ; ) {
    rows += scanPiece(buf.subarray(0, cut));
    if (ended && cut === have) break;
    buf.copyWithin(0, cut, have);
    have -= cut;
    at.pos = 0;
    fill();
    cut = complete();
    while (cut === 0 && !ended) {
      const wider = new Uint8Array(buf.length * 2);
      wider.set(buf.subarray(0, have));
      buf = wider;
      fill();
      cut = complete();
    }
    const parsed = position - have - headerBytes;
    const need = estimateRows(rows, parsed, size - headerBytes);
    if (need > expected) {
      expected = need;
      for (const b of builders) b.reserve(expected);
    }
    if (hasQuote()) {
      const rest = new Uint8Array(have + Math.max(0, size - position));
      rest.set(buf.subarray(0, have));
      const end = have + readFully(readAt, rest.subarray(have), position);
      rows += scanRows(path, rest.subarray(0, end), at, builders);
      break;
    }
  }
  if (rows === 0) throw new InputError(path, null, "CSV has a header but no data rows");
  return { path, nRows: rows, columns: finishColumns(builders, rows) };
}
function estimateRows(rows, seen, total) {
  const perByte = seen > 0 ? Math.max(rows, 1) / seen : 0;
  return Math.ceil(perByte * Math.max(total, seen) * (1 + ROW_ESTIMATE_MARGIN)) + 1;
}

// src/artifacts/json.ts
function parseJsonLenient(path, text) {
  let pos = text.charCodeAt(0) === 65279 ? 1 : 0;
  let sawNonFinite = false;
  const fail = (msg, at = pos) => {
    const { line, column } = lineColumn(text, at);
    throw new InputError(path, `line ${line}, column ${column}`, msg);
  };
  const ws = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const literal = (word, v2) => {
    if (text.startsWith(word, pos)) {
      pos += word.length;
      return v2;
    }
    return fail(`unexpected ${describe(text, pos)}`);
  };
  const str = () => {
    const start = pos;
    pos++;
    let out = "";
    let chunk = pos;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(chunk, pos);
        pos++;
        return out;
      }
      if (c === 92) {
        out += text.slice(chunk, pos);
        const e = text[pos + 1];
        const map = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
        if (e === "u") {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("invalid \\u escape");
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else if (e !== void 0 && map[e] !== void 0) {
          out += map[e];
          pos += 2;
        } else fail("invalid escape in string");
        chunk = pos;
        continue;
      }
      if (c < 32) fail("control character in string");
      pos++;
    }
    return fail("unterminated string", start);
  };
  const num = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 64));
    if (!m) {
      if (text.startsWith("-Infinity", pos)) {
        pos += 9;
        sawNonFinite = true;
        return -Infinity;
      }
      return fail(`unexpected ${describe(text, pos)}`);
    }
    pos += m[0].length;
    return Number(m[0]);
  };
  const value = (depth) => {
    if (depth > 512) fail("nesting too deep");
    ws();
    const c = text[pos];
    if (c === void 0) return fail("unexpected end of input");
    if (c === "{") {
      pos++;
      const obj = {};
      ws();
      if (text[pos] === "}") {
        pos++;
        return obj;
      }
      for (; ; ) {
        ws();
        if (text[pos] !== '"') fail(`expected a property name in double quotes, found ${describe(text, pos)}`);
        const k = str();
        ws();
        if (text[pos] !== ":") fail(`expected ':' after property name, found ${describe(text, pos)}`);
        pos++;
        obj[k] = value(depth + 1);
        ws();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "}") {
          pos++;
          return obj;
        }
        return fail(`expected ',' or '}', found ${describe(text, pos)}`);
      }
    }
    if (c === "[") {
      pos++;
      const arr = [];
      ws();
      if (text[pos] === "]") {
        pos++;
        return arr;
      }
      for (; ; ) {
        arr.push(value(depth + 1));
        ws();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "]") {
          pos++;
          return arr;
        }
        return fail(`expected ',' or ']', found ${describe(text, pos)}`);
      }
    }
    if (c === '"') return str();
    if (c === "t") return literal("true", true);
    if (c === "f") return literal("false", false);
    if (c === "n") return literal("null", null);
    if (c === "N") {
      sawNonFinite = true;
      return literal("NaN", NaN);
    }
    if (c === "I") {
      sawNonFinite = true;
      return literal("Infinity", Infinity);
    }
    return num();
  };
  const v = value(0);
  ws();
  if (pos < text.length) fail(`unexpected ${describe(text, pos)} after the JSON value`);
  return { value: v, sawNonFinite };
}
function describe(text, pos) {
  if (pos >= text.length) return "end of input";
  const ch = text[pos];
  return `'${ch === "\n" ? "\\n" : ch}'`;
}

// src/artifacts/jsonl.ts
function parseJsonl(path, text) {
  const lines = text.split(/\r?\n/);
  const builders = /* @__PURE__ */ new Map();
  const order = [];
  let rows = 0;
  lines.forEach((raw, idx) => {
    if (raw.trim() === "") return;
    let obj;
    try {
      obj = parseJsonLenient(path, raw).value;
    } catch (e) {
      const detail = e instanceof InputError ? e.detail : String(e);
      const col = e instanceof InputError && e.place ? e.place.replace(/^line \d+, /, "") : "";
      throw new InputError(path, `line ${idx + 1}${col ? `, ${col}` : ""}`, detail);
    }
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
      throw new InputError(path, `line ${idx + 1}`, "expected a JSON object per line");
    }
    const rec = obj;
    for (const key of Object.keys(rec)) {
      if (!builders.has(key)) {
        const b = new ColumnBuilder(key);
        for (let r = 0; r < rows; r++) b.push("");
        builders.set(key, b);
        order.push(key);
      }
    }
    for (const key of order) builders.get(key).pushValue(rec[key]);
    rows++;
  });
  if (rows === 0) throw new InputError(path, null, "empty JSONL file: no records");
  return { path, nRows: rows, columns: finishColumns(order.map((k) => builders.get(k)), rows) };
}

// src/artifacts/parquet-load.ts
var loading = null;
function loadParquet() {
  return loading ??= import("./parquet-K6KEE2T3.js");
}

// src/artifacts/parse-bytes.ts
var UTF82 = new TextDecoder("utf-8", { ignoreBOM: true });
function parseTable(path, text) {
  const parse = textParser(path);
  try {
    return parse(path, text);
  } catch (e) {
    return recoverTruncated(path, text, parse, e);
  }
}
function textParser(path) {
  if (/\.csv$/i.test(path)) return parseCsv;
  if (/\.jsonl$/i.test(path)) return parseJsonl;
  if (/\.parquet$/i.test(path)) throw new InputError(path, null, "a Parquet file is binary: read it with parseTableBytes");
  throw new InputError(path, null, "unknown table format; expected .csv, .jsonl or .parquet");
}
function recoverTruncated(path, data, parse, error) {
  const NL = 10;
  const at = (i) => typeof data === "string" ? data.charCodeAt(i) : data[i];
  if (!(error instanceof InputError) || data.length === 0 || at(data.length - 1) === NL) throw error;
  let cut = data.length - 1;
  while (cut >= 0 && at(cut) !== NL) cut--;
  if (cut < 0) throw error;
  let table;
  try {
    table = parse(path, typeof data === "string" ? data.slice(0, cut + 1) : data.subarray(0, cut + 1));
  } catch {
    throw error;
  }
  let line = 1;
  for (let i = 0; i <= cut; i++) if (at(i) === NL) line++;
  return { ...table, truncated: { line, detail: error.detail } };
}
async function parseTableFrom(path, take) {
  if (/\.parquet$/i.test(path)) return (await loadParquet()).parseParquet(path, take());
  if (/\.csv$/i.test(path)) {
    const bytes = take();
    try {
      return parseCsvBytes(path, bytes);
    } catch (e) {
      return recoverTruncated(path, bytes, parseCsvBytes, e);
    }
  }
  return parseTable(path, UTF82.decode(take()));
}
function parseTableBytes(path, bytes) {
  return parseTableFrom(path, () => bytes);
}
async function readTableInPieces(path, file) {
  const csv = /\.csv$/i.test(path);
  if (!csv && !/\.parquet$/i.test(path)) return null;
  const parquet = csv ? null : await loadParquet();
  let fd;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const readAt = (buf, offset, length, position) => readSync(fd, buf, offset, length, position);
    return parquet ? parquet.parseParquetRanges(path, size, readAt) : parseCsvChunks(path, size, readAt);
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  } finally {
    closeSync(fd);
  }
}
async function parseTableFile(path, file, take) {
  return await readTableInPieces(path, file) ?? parseTableFrom(path, take);
}

// src/artifacts/parse-pool.ts
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function parsesBytesAtOnce(path) {
  return /\.(csv|jsonl)$/i.test(path);
}
async function parseHere(path, read, readTransient, localFile) {
  const inPieces = localFile !== void 0 ? await readTableInPieces(path, localFile) : null;
  if (inPieces) return inPieces;
  if (readTransient && /\.parquet$/i.test(path)) return (await loadParquet()).parseParquetDirect(path, readTransient()) ?? parseTableFrom(path, read);
  return parseTableFrom(path, readTransient && parsesBytesAtOnce(path) ? readTransient : read);
}
var IN_PROCESS_PARSER = {
  // async: a read that throws becomes a rejected promise, like a parse error.
  parse: (path, read, readTransient, localFile) => parseHere(path, read, readTransient, localFile),
  close: () => Promise.resolve()
};
function tableBuffers(table) {
  const out = /* @__PURE__ */ new Set();
  const add = (a) => {
    if (a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  };
  for (const c of table.columns) {
    if (c.kind === "number") {
      add(c.values);
      add(c.missing);
    } else add(c.codes);
  }
  return [...out];
}
function fileSize(file) {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}
function bundledWorkerUrl(base) {
  const url = new URL("./parse-worker.js", base);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : null;
}
function workerTableParser(workerUrl, options = {}) {
  const minBytes = options.minBytes ?? PARALLEL_MIN_BYTES;
  const maxWorkers = Math.max(1, options.maxWorkers ?? availableParallelism() - 1);
  const all = /* @__PURE__ */ new Set();
  let nextId = 0;
  let started = options.started ?? null;
  const busy = /* @__PURE__ */ new Set();
  const acquire = () => {
    for (const w of all) if (!busy.has(w)) return w;
    if (started !== null && all.size < maxWorkers) {
      const w = started;
      started = null;
      if (w.threadId !== -1) {
        all.add(w);
        return w;
      }
    }
    if (all.size < maxWorkers) {
      try {
        const fresh = new Worker(workerUrl);
        all.add(fresh);
        return fresh;
      } catch {
        return null;
      }
    }
    return null;
  };
  const handOver = options.handOver ?? null;
  let handOverLeft = handOver !== null;
  let handed = null;
  const release = (w) => {
    busy.delete(w);
    all.delete(w);
    if (w === handed) handOver.take(w);
    else void w.terminate();
    options.onWorkerDone?.();
  };
  const drop = (w) => {
    if (w === handed) handed = null;
    release(w);
  };
  const inWorker = (w, path, from) => new Promise((resolve, reject) => {
    const id = nextId++;
    const cleanup = () => {
      w.off("message", onMessage);
      w.off("error", onFailure);
      w.off("exit", onFailure);
    };
    const onMessage = (m) => {
      if (m.id !== id) return;
      cleanup();
      release(w);
      if ("table" in m) resolve(m.table);
      else reject(m.error.input ? new InputError(path, m.error.place, m.error.detail) : new Error(m.error.detail));
    };
    const onFailure = () => {
      cleanup();
      drop(w);
      resolve(null);
    };
    w.on("message", onMessage);
    w.once("error", onFailure);
    w.once("exit", onFailure);
    let then = null;
    if (handOverLeft) {
      then = handOver.url.href;
      handed = w;
      handOverLeft = false;
    }
    if (typeof from === "string") {
      w.postMessage({ id, path, bytes: null, file: from, then });
      return;
    }
    const own = ownBuffer(from);
    w.postMessage({ id, path, bytes: new Uint8Array(own), file: null, then }, [own]);
  });
  return {
    async parse(path, read, readTransient, localFile) {
      const here = () => parseHere(path, read, readTransient, localFile);
      const size = localFile !== void 0 ? fileSize(localFile) : null;
      const bytes = size === null ? read() : null;
      if ((size ?? bytes.byteLength) < minBytes) return bytes ? parseTableBytes(path, bytes) : here();
      const w = acquire();
      if (w === null) {
        await new Promise((resolve) => setImmediate(resolve));
        return bytes ? parseTableBytes(path, bytes) : here();
      }
      busy.add(w);
      return await inWorker(w, path, bytes ?? localFile) ?? parseTableBytes(path, read());
    },
    async close() {
      const workers = [...all, ...started ? [started] : []];
      started = null;
      all.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    }
  };
}

export {
  parseJsonLenient,
  parseTable,
  parseTableFrom,
  parseTableFile,
  IN_PROCESS_PARSER,
  tableBuffers,
  bundledWorkerUrl,
  workerTableParser
};
