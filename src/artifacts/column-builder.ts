/**
 * Grows one column cell by cell and decides its type: numeric while every non-missing cell
 * parses as a number (Python's NaN / inf tokens included), else dictionary-encoded strings.
 * Shared by the CSV and JSONL readers so both type columns the same way.
 */
import { maxCode, type Column, type StringCodes } from './table.js';
import { copyCodes, rowCodes, rowF64, rowU8, sharedZeros } from './shared.js';

const MISSING_TOKENS = new Set(['', 'NA', 'N/A', 'null', 'NULL', 'None']);
const NUMBER_TOKENS: Record<string, number> = {
  NaN: NaN,
  nan: NaN,
  inf: Infinity,
  '+inf': Infinity,
  '-inf': -Infinity,
  Infinity: Infinity,
  '+Infinity': Infinity,
  '-Infinity': -Infinity,
  INF: Infinity,
  '-INF': -Infinity,
};

/** Parses a cell as a number, or returns undefined when it is not numeric text. */
export function parseNumberCell(s: string): number | undefined {
  const c = s.charCodeAt(0);
  // Fast reject: numbers start with a digit, sign or dot; tokens like NaN/inf handled below.
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    const v = Number(s);
    if (!Number.isNaN(v) && s.trim() === s) return v;
  }
  const t = NUMBER_TOKENS[s];
  return t;
}

export const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * Exact fast path for `[-]digits[.digits]` with at most 15 significant digits, over the UTF-8
 * bytes [start, end): the mantissa and 10^k (k ≤ 22) are exact doubles, so one correctly-rounded
 * division equals Number(text) (Clinger's fast path). Anything else returns undefined and takes
 * the slow path.
 */
export function fastDecimal(bytes: Uint8Array, start: number, end: number): number | undefined {
  let i = start;
  let neg = false;
  if (i < end && bytes[i] === 45) {
    neg = true;
    i++;
  }
  if (i >= end) return undefined;
  let mant = 0;
  let digits = 0;
  let frac = 0;
  let seenDot = false;
  let any = false;
  for (; i < end; i++) {
    const c = bytes[i]!;
    if (c >= 48 && c <= 57) {
      any = true;
      if (mant !== 0 || c !== 48) digits++;
      if (digits > 15) return undefined;
      mant = mant * 10 + (c - 48);
      if (seenDot) frac++;
    } else if (c === 46 && !seenDot) {
      seenDot = true;
    } else return undefined;
  }
  if (!any || frac > 22) return undefined;
  const v = frac === 0 ? mant : mant / POW10[frac]!;
  return neg ? -v : v;
}

/** Slots of the range table (a power of two); it serves dictionaries of up to half as many entries. */
export const RANGE_SLOTS = 1024;
/** Longer cells (ids, free text) take the Map path. */
const MAX_RANGE_CELL = 64;

/**
 * Cells of up to this many bytes are matched as two 32-bit words and a length (pushShort) while
 * every dictionary entry is that short: the usual segment values ("s0_v1", "US", "mobile"). The
 * CSV scanner finds such a cell's end in the words too (csv.ts, delimiterAt), so that it has no
 * loop per byte and no hash per byte. Parsing the bench table's 8 segment columns alone (10^6
 * rows) took 128-132 instead of 200-204 ms of thread CPU (the fastest of 12 runs each, the
 * variants alternated in one process; issue 11, bench/RESULTS.md fifteenth part).
 */
export const SHORT_CELL = 8;

/** The bytes of a short cell's first (SHORT_LO) and second (SHORT_HI) word, by its length. */
export const SHORT_LO = Int32Array.from({ length: SHORT_CELL + 1 }, (_, n) => (n >= 4 ? -1 : (1 << (8 * n)) - 1));
export const SHORT_HI = Int32Array.from({ length: SHORT_CELL + 1 }, (_, n) => (n >= 8 ? -1 : n <= 4 ? 0 : (1 << (8 * (n - 4))) - 1));

/** Slot of a short cell's words and length in a table of RANGE_SLOTS (a power of two). */
function shortSlot(lo: number, hi: number, len: number): number {
  let h = Math.imul(lo ^ Math.imul(hi ^ len, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return h & (RANGE_SLOTS - 1);
}

/** FNV-1a's offset basis and prime: a scanner may hash a cell's bytes as it looks for the delimiter. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The last mix of rangeHash, on FNV-1a's state after the cell's bytes. */
export function finishRangeHash(h: number): number {
  return (h ^ (h >>> 15)) >>> 0;
}

/** FNV-1a over the bytes [start, end). */
function rangeHash(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, FNV_PRIME);
  return finishRangeHash(h);
}

const UTF8_DECODER = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF8_ENCODER = new TextEncoder();

/**
 * The text of the UTF-8 bytes [start, end), as decoding the whole file and slicing would give it:
 * cells are cut at ASCII delimiters, which never fall inside a UTF-8 sequence, so invalid bytes
 * decode to the same U+FFFD either way. Short ASCII cells (the usual case) skip the decoder.
 */
export function decodeRange(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 24) {
    let s = '';
    for (let k = start; k < end; k++) {
      const c = bytes[k]!;
      if (c >= 0x80) return UTF8_DECODER.decode(bytes.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return UTF8_DECODER.decode(bytes.subarray(start, end));
}

/**
 * Rows a column holds before it takes its full capacity. Every column starts numeric, and most
 * text columns turn to strings at their first row: a numeric array of the full size for each would
 * be written (zeroed) for nothing, 8 MiB per text column of a 1M-row file, and on the VM this
 * project is measured on the first write to fresh memory costs ~2.5 ms per MiB (issue 11). Eight
 * rows: a text column turns at its first row, and the first growth comes within a CSV parse's first
 * warm-up slice (csv.ts, WARM_UP_SLICE_BYTES), while the scanner runs in V8's first tiers. At 1,024
 * rows it came after the scanner had been compiled with `pushNumber` inlined, whose call to `grow`
 * had no type feedback yet: the compiled code was thrown away there and the scanner compiled again
 * (traced: 6-8 compilations of it per parse instead of 3).
 */
const FIRST_ROWS = 8;

export class ColumnBuilder {
  private values: Float64Array;
  /** 1 where a cell was missing; allocated at the first missing cell (a full column has none). */
  private missing: Uint8Array | null = null;
  /** The rows expected; the arrays take this size at their first growth. */
  private capacity: number;
  private n = 0;
  private numeric = true;
  // String mode state (entered at the first non-numeric cell).
  private codes: StringCodes | null = null;
  private dict: string[] = [];
  private index = new Map<string, number>();
  /**
   * Open-addressing table (code + 1 per slot, 0 = empty) over the char codes of the dictionary's
   * entries, so that a cell of a low-cardinality string column is matched in place, without
   * slicing a substring and hashing it into the Map: 8 segment columns × 10^6 rows made 8M
   * short-lived strings per file. Dropped (null) once the dictionary outgrows it.
   */
  private rangeTable: Int32Array | null = new Int32Array(RANGE_SLOTS);
  /** UTF-8 bytes of the dictionary's entries while the range table is in use. */
  private dictBytes: Uint8Array[] = [];
  /**
   * While the range table is in use and every entry has at most SHORT_CELL bytes: each entry's
   * two words (little-endian, zero past its end), byte length and code + 1 (0 = empty), by slot.
   */
  private shortWords: Int32Array | null = new Int32Array(3 * RANGE_SLOTS);
  private shortCodes: Int32Array | null = new Int32Array(RANGE_SLOTS);

  /** `capacity`: expected row count (the CSV reader counts lines first), so columns rarely grow. */
  constructor(
    readonly name: string,
    capacity = 1024,
  ) {
    this.capacity = Math.max(16, capacity);
    this.values = rowF64(Math.min(this.capacity, FIRST_ROWS));
  }

  /** True while every cell so far was a number (the CSV scanner then parses numbers inline). */
  get isNumeric(): boolean {
    return this.numeric;
  }

  /** Entries in the dictionary (string mode). */
  get dictSize(): number {
    return this.dict.length;
  }

  /**
   * The short-cell table while matchesShort (pushShort's: each slot's words lo, hi and length, and
   * code + 1, 0 = empty), to read only: a scanner elsewhere (csv-wasm.ts) looks cells up in a copy.
   */
  shortTable(): { readonly words: Int32Array; readonly codes: Int32Array } | null {
    return this.matchesShort ? { words: this.shortWords!, codes: this.shortCodes! } : null;
  }

  /** Pushes numbers the caller parsed as fastDecimal would, in order (numeric columns only). */
  appendNumbers(src: Float64Array): void {
    const end = this.n + src.length;
    while (this.values.length < end) this.grow();
    this.values.set(src, this.n);
    this.n = end;
  }

  /** Pushes codes of the dictionary's entries, in order (string mode; each code below dictSize). */
  appendCodes(src: Int32Array): void {
    const end = this.n + src.length;
    let codes = this.codes!;
    if (codes.length < end) codes = this.codes = copyCodes(codes, this.n, Math.max(end, codes.length * 2));
    codes.set(src, this.n);
    this.n = end;
  }

  /** Pushes a number the caller parsed as fastDecimal would (numeric columns only). */
  pushNumber(v: number): void {
    const i = this.n++;
    if (i >= this.values.length) this.grow();
    this.values[i] = v;
  }

  /**
   * Pushes the cell whose UTF-8 bytes are [start, end), without making a string when it is a
   * plain decimal number (the common case in eval tables, and where a CSV parse spends its time)
   * or a value already in a small dictionary. Same result as push(decodeRange(bytes, start, end)).
   */
  pushRange(bytes: Uint8Array, start: number, end: number): void {
    if (this.numeric) {
      const v = fastDecimal(bytes, start, end);
      if (v !== undefined) {
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
  get matchesShort(): boolean {
    return !this.numeric && this.shortCodes !== null;
  }

  /**
   * pushRange of a string-mode cell [start, end) of `len` bytes, at most SHORT_CELL, whose bytes
   * the caller read as two little-endian words `lo` and `hi` (masked to the cell by SHORT_LO and
   * SHORT_HI). A cell not in the dictionary goes on through pushRange.
   */
  pushShort(lo: number, hi: number, len: number, bytes: Uint8Array, start: number, end: number): void {
    const codes = this.shortCodes;
    if (codes !== null) {
      const words = this.shortWords!;
      let slot = shortSlot(lo, hi, len);
      for (;;) {
        const e = codes[slot]!;
        if (e === 0) break;
        if (words[3 * slot] === lo && words[3 * slot + 1] === hi && words[3 * slot + 2] === len) {
          const i = this.n++;
          this.ensureCodes(i)[i] = e - 1;
          return;
        }
        slot = (slot + 1) & (RANGE_SLOTS - 1);
      }
    }
    this.pushRange(bytes, start, end);
  }

  /** True in string mode while the range table serves the dictionary (the scanner then hashes cells for pushRangeHashed). */
  get matchesRanges(): boolean {
    return !this.numeric && this.rangeTable !== null;
  }

  /** pushRange of a string-mode cell whose rangeHash the caller computed while scanning it. */
  pushRangeHashed(bytes: Uint8Array, start: number, end: number, hash: number): void {
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
  private findRange(bytes: Uint8Array, start: number, end: number, hash: number = rangeHash(bytes, start, end)): number {
    const table = this.rangeTable!;
    const len = end - start;
    let slot = hash & (RANGE_SLOTS - 1);
    for (;;) {
      const e = table[slot]!;
      if (e === 0) return -1;
      const entry = this.dictBytes[e - 1]!;
      if (entry.length === len) {
        let k = 0;
        while (k < len && entry[k] === bytes[start + k]) k++;
        if (k === len) return e - 1;
      }
      slot = (slot + 1) & (RANGE_SLOTS - 1);
    }
  }

  /** Adds a new dictionary entry and keeps the range table in step (or drops it when full). */
  private addToDict(raw: string): number {
    const code = this.dict.length;
    this.dict.push(raw);
    this.index.set(raw, code);
    // Codes one byte wide while they fit (StringCodes); wider from the entry that does not.
    const codes = this.codes;
    if (codes !== null && code > maxCode(codes)) this.codes = copyCodes(codes, this.n, codes.length, code);
    const table = this.rangeTable;
    if (table !== null) {
      if (this.dict.length > RANGE_SLOTS / 2) {
        this.rangeTable = null;
        this.dictBytes = [];
        this.shortWords = this.shortCodes = null;
      }
      else {
        // Its UTF-8 bytes: valid UTF-8 decodes to one string only, so a cell matches these bytes
        // exactly when it decodes to `raw` (a cell with invalid bytes misses and takes the Map).
        const enc = UTF8_ENCODER.encode(raw);
        this.dictBytes[code] = enc;
        if (enc.length <= MAX_RANGE_CELL) {
          let slot = rangeHash(enc, 0, enc.length) & (RANGE_SLOTS - 1);
          while (table[slot] !== 0) slot = (slot + 1) & (RANGE_SLOTS - 1);
          table[slot] = code + 1;
        }
        this.addShort(enc, code);
      }
    }
    return code;
  }

  /** Enters an entry's bytes in the short-cell table, or drops the table for an entry longer than SHORT_CELL. */
  private addShort(enc: Uint8Array, code: number): void {
    const codes = this.shortCodes;
    if (codes === null) return;
    if (enc.length > SHORT_CELL) {
      this.shortWords = this.shortCodes = null;
      return;
    }
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < enc.length; k++) {
      if (k < 4) lo |= enc[k]! << (8 * k);
      else hi |= enc[k]! << (8 * (k - 4));
    }
    const words = this.shortWords!;
    let slot = shortSlot(lo, hi, enc.length);
    while (codes[slot] !== 0) slot = (slot + 1) & (RANGE_SLOTS - 1);
    words[3 * slot] = lo;
    words[3 * slot + 1] = hi;
    words[3 * slot + 2] = enc.length;
    codes[slot] = code + 1;
  }

  push(raw: string): void {
    const i = this.n++;
    if (this.numeric) {
      if (i >= this.values.length) this.grow();
      if (MISSING_TOKENS.has(raw)) {
        this.values[i] = NaN;
        (this.missing ??= rowU8(this.values.length))[i] = 1;
        return;
      }
      const v = parseNumberCell(raw);
      if (v !== undefined) {
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
    // The code first: a new entry may widen the codes (addToDict), and the store goes to the array
    // that holds it.
    const code = this.index.get(raw) ?? this.addToDict(raw);
    this.codes![i] = code;
  }

  /** Pushes a JSON value (JSONL reader): numbers stay numbers, booleans become 'true'/'false'. */
  pushValue(v: unknown): void {
    if (v === null || v === undefined) this.push('');
    else if (typeof v === 'number') this.push(Number.isFinite(v) ? String(v) : Number.isNaN(v) ? 'NaN' : v > 0 ? 'inf' : '-inf');
    else if (typeof v === 'string') this.push(v === '' ? '' : v);
    else if (typeof v === 'boolean') this.push(v ? 'true' : 'false');
    else this.push(JSON.stringify(v));
  }

  /**
   * The column. `noneMissing`, when given, is an all-zero array of at least the column's rows that
   * a table's columns without a missing cell may share (finishColumns): nothing writes to a
   * column's arrays after the load.
   */
  finish(noneMissing?: () => Uint8Array): Column {
    const n = this.n;
    // subarray: no copy when the capacity guess was exact (the usual case for CSV).
    if (this.numeric) {
      const missing = this.missing ?? noneMissing?.() ?? rowU8(n);
      return { kind: 'number', name: this.name, values: this.values.subarray(0, n), missing: missing.subarray(0, n) };
    }
    return { kind: 'string', name: this.name, codes: this.codes!.subarray(0, n), dict: this.dict };
  }

  /**
   * Expects `rows` rows in all when that is more than expected so far: a reader that estimated the
   * rows and learns better says so before the arrays fill up (parseCsvChunks). Arrays that took
   * their full size already move to arrays of the new size now; others take it when they grow.
   */
  reserve(rows: number): void {
    if (rows <= this.capacity) return;
    const full = (this.numeric ? this.values.length : this.codes!.length) >= this.capacity;
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
    } else this.codes = copyCodes(this.codes!, this.n, rows);
  }

  /** Room for more rows: the expected rows at the first growth, then twice as many. */
  private grow(): void {
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

  private ensureCodes(i: number): StringCodes {
    let codes = this.codes!;
    if (i >= codes.length) codes = this.codes = copyCodes(codes, codes.length, codes.length * 2);
    return codes;
  }

  // Numbers seen so far are re-encoded as their text: a mixed column (e.g. "1", "2", "A") is categorical.
  private toStringMode(upTo: number): void {
    this.numeric = false;
    this.codes = rowCodes(Math.max(1024, this.capacity, this.values.length), this.dict.length);
    for (let j = 0; j < upTo; j++) {
      if (this.missing?.[j]) {
        this.codes[j] = -1;
        continue;
      }
      const text = String(this.values[j]);
      // The code first: a new entry may widen the codes (addToDict).
      const code = this.index.get(text) ?? this.addToDict(text);
      this.codes[j] = code;
    }
  }
}

/** The builders' columns, those without a missing cell sharing one all-zero `missing` array. */
export function finishColumns(builders: readonly ColumnBuilder[], rows: number): Column[] {
  const noneMissing = sharedZeros(rows);
  return builders.map((b) => b.finish(noneMissing));
}
