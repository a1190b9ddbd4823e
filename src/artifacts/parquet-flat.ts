/**
 * A direct reader for the Parquet columns eval tables are made of: flat (a leaf under the root),
 * REQUIRED or OPTIONAL, numbers (INT32, INT64, FLOAT, DOUBLE without a converting annotation) or
 * UTF-8 text, PLAIN or dictionary encoded, in v1 or v2 data pages. It decodes the definition levels
 * straight into the missing mask and the values straight into the Float64Array or the dictionary
 * codes, where hyparquet's general reader (nested lists, every encoding) first places every value
 * into a plain array with its nulls (`assembleLists`) that parquet.ts then types: on the 1M-row
 * benchmark table that was ~70 % of the decode and most of its garbage (docs/decisions/0016).
 *
 * It gives the column parquet.ts builds from hyparquet's output, value for value: the same number
 * for every cell (INT64 as the correctly rounded double, as Number(BigInt) gives), the same
 * missing cells (nulls; for text also ''), the same dictionary in order of first appearance, text
 * decoded with the TextDecoder hyparquet uses. A column it does not cover — another encoding,
 * type or annotation, a deprecated level encoding, anything it finds malformed — returns null, and
 * parquet.ts reads that column with hyparquet (whose error then names what is wrong).
 */
import type { ColumnMetaData, FileMetaData, SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { maxCode, type Column } from './table.js';
import { releaseNow } from '../memory.js';
import { copyCodes, rowCodes, rowF64, rowU8 } from './shared.js';
import { HybridModule, SnappyModule } from './parquet-wasm.js';

/** The decoder hyparquet turns UTF-8 cells into strings with (default options: a leading BOM is dropped). */
const TEXT = new TextDecoder();

/** Encodings this reader decodes (values, dictionary pages and RLE definition levels). */
const COVERED_ENCODINGS = new Set(['PLAIN', 'PLAIN_DICTIONARY', 'RLE_DICTIONARY', 'RLE']);
/** Integer annotations whose values hyparquet leaves as they are stored (signed, or too narrow to wrap). */
const PLAIN_INT_TYPES = new Set(['INT_8', 'INT_16', 'INT_32', 'INT_64', 'UINT_8', 'UINT_16']);

/** Whether a column of this schema element is read here (the data pages are checked as they come). */
export function coveredElement(el: SchemaElement, kind: 'number' | 'string'): boolean {
  if (el.repetition_type === 'REPEATED' || (el.num_children ?? 0) > 0) return false;
  const lt = el.logical_type;
  if (kind === 'number') {
    if (el.type !== 'INT32' && el.type !== 'INT64' && el.type !== 'FLOAT' && el.type !== 'DOUBLE') return false;
    if (el.converted_type !== undefined && !PLAIN_INT_TYPES.has(el.converted_type)) return false;
    return lt === undefined || (lt.type === 'INTEGER' && (lt.isSigned || lt.bitWidth <= 16));
  }
  if (el.type !== 'BYTE_ARRAY') return false;
  const text = el.converted_type === 'UTF8' || el.converted_type === 'ENUM' || lt?.type === 'STRING' || lt?.type === 'ENUM';
  const other = (el.converted_type !== undefined && el.converted_type !== 'UTF8' && el.converted_type !== 'ENUM') || (lt !== undefined && lt.type !== 'STRING' && lt.type !== 'ENUM');
  return text && !other;
}

/** Thrown inside this module for anything it does not cover; becomes null (hyparquet reads the column). */
class NotCovered extends Error {}

/** A byte cursor over a Uint8Array. */
export interface Cursor {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  pos: number;
}

export const cursor = (bytes: Uint8Array): Cursor => ({ bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), pos: 0 });

function varint(c: Cursor): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (c.pos >= c.bytes.length) throw new NotCovered('truncated varint');
    const b = c.bytes[c.pos++]!;
    // Page header values are i32: 5 groups of 7 bits at most.
    result += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return result;
    shift += 7;
    if (shift > 63) throw new NotCovered('varint too long');
  }
}

const zigzag = (u: number): number => (u % 2 === 0 ? u / 2 : -(u + 1) / 2);

/** A Thrift compact-protocol struct as field id → value (i32 fields as numbers, structs nested, the rest skipped). */
type Struct = Map<number, number | boolean | Struct>;

function readStruct(c: Cursor, depth = 0): Struct {
  if (depth > 8) throw new NotCovered('thrift nesting');
  const out: Struct = new Map();
  let id = 0;
  for (;;) {
    if (c.pos >= c.bytes.length) throw new NotCovered('truncated header');
    const head = c.bytes[c.pos++]!;
    if (head === 0) return out;
    const type = head & 0x0f;
    const delta = head >> 4;
    id = delta === 0 ? zigzag(varint(c)) : id + delta;
    out.set(id, readValue(c, type, depth));
  }
}

function readValue(c: Cursor, type: number, depth: number): number | boolean | Struct {
  switch (type) {
    case 1:
      return true;
    case 2:
      return false;
    case 3:
      c.pos++;
      return c.bytes[c.pos - 1]!;
    case 4:
    case 5:
    case 6:
      return zigzag(varint(c));
    case 7:
      c.pos += 8;
      return 0;
    case 8: {
      const len = varint(c);
      c.pos += len;
      return len;
    }
    case 9:
    case 10: {
      const h = c.bytes[c.pos++]!;
      const size = h >> 4 === 15 ? varint(c) : h >> 4;
      const elem = h & 0x0f;
      for (let i = 0; i < size; i++) {
        if (elem === 1 || elem === 2) c.pos++;
        else readValue(c, elem, depth + 1);
      }
      return size;
    }
    case 11: {
      const size = varint(c);
      if (size > 0) {
        const kv = c.bytes[c.pos++]!;
        for (let i = 0; i < size; i++) {
          readValue(c, kv >> 4, depth + 1);
          readValue(c, kv & 0x0f, depth + 1);
        }
      }
      return size;
    }
    case 12:
      return readStruct(c, depth + 1);
    default:
      throw new NotCovered(`thrift type ${type}`);
  }
}

const int = (s: Struct | undefined, id: number): number => {
  const v = s?.get(id);
  if (typeof v !== 'number') throw new NotCovered(`missing header field ${id}`);
  return v;
};
const sub = (s: Struct, id: number): Struct | undefined => {
  const v = s.get(id);
  return v instanceof Map ? v : undefined;
};

/** Parquet's Encoding enum values this reader decodes. */
const PLAIN = 0;
const PLAIN_DICTIONARY = 2;
const RLE = 3;
const RLE_DICTIONARY = 8;

/**
 * Decodes `count` values of the RLE / bit-packed hybrid encoding of `width` bits from c.bytes
 * [c.pos, end) into out[0..count), and returns their sum (for one-bit definition levels, the rows
 * that hold a value). A run value wider than `width` bits is not covered.
 */
export function hybrid(c: Cursor, end: number, width: number, out: Uint8Array | Int32Array, count: number): number {
  // The sum of the values written: for definition levels (width 1), the rows with a value.
  let sum = 0;
  walkRuns(
    c,
    end,
    width,
    count,
    (value, seen, keep) => {
      out.fill(value, seen, seen + keep);
      sum += (value >>> 0) * keep;
    },
    (pos, byteLen, seen, keep) => {
      sum += width <= WORD_WIDTH ? unpackWords(c.bytes, pos, byteLen, width, out, seen, keep) : unpackBytes(c.bytes, pos, width, out, seen, keep, 0);
    },
  );
  return sum;
}

/**
 * The runs of `count` values of the hybrid encoding from c.pos (its data ending at `end`), each
 * handed on with `keep`, its values up to the count: an RLE run's value to `rle`; a bit-packed
 * run's bytes, at c.bytes[pos, pos + byteLen), to `packed`, and c.pos then moved past them. Its
 * checks (nextRun) throw NotCovered. hybrid, hybridLookup and hybridModule decode through it.
 */
function walkRuns(
  c: Cursor,
  end: number,
  width: number,
  count: number,
  rle: (value: number, seen: number, keep: number) => void,
  packed: (pos: number, byteLen: number, seen: number, keep: number) => void,
): void {
  const run = newRun(width);
  let seen = 0;
  while (seen < count) {
    nextRun(c, end, width, run);
    const keep = Math.max(0, Math.min(run.length, count - seen));
    if (run.rle) rle(run.value, seen, keep);
    else {
      packed(c.pos, run.byteLen, seen, keep);
      c.pos += run.byteLen;
    }
    seen += run.length;
  }
}

/** A run of the hybrid encoding (nextRun): an RLE run's value, or a bit-packed run's bytes, and its values. */
interface HybridRun {
  rle: boolean;
  /** Values in the run (a bit-packed run's groups of 8, padding included). */
  length: number;
  /** An RLE run's value. */
  value: number;
  /** A bit-packed run's bytes, from c.pos once nextRun returns. */
  byteLen: number;
}

function newRun(width: number): HybridRun {
  if (width > 32) throw new NotCovered('bit width');
  return { rle: false, length: 0, value: 0, byteLen: 0 };
}

/**
 * The run of the hybrid encoding at c.pos (its data ending at `end`) into `run`: the header, and an
 * RLE run's value (c.pos then past it) or a bit-packed run's byte length (its bytes then at c.pos;
 * the caller moves past them). A value wider than `width` bits and a run past the data are not
 * covered.
 */
function nextRun(c: Cursor, end: number, width: number, run: HybridRun): void {
  if (c.pos >= end) throw new NotCovered('hybrid data ends early');
  const header = varint(c);
  if (header % 2 === 0) {
    run.rle = true;
    run.length = header / 2;
    let v = 0;
    for (let k = 0; k < (width + 7) >> 3; k++) v |= c.bytes[c.pos++]! << (8 * k);
    if (width < 32 && v >>> width !== 0) throw new NotCovered('run value wider than its bit width');
    run.value = v;
  } else {
    // Groups of 8 values, `width` bits each, least significant bit first.
    run.rle = false;
    run.length = ((header - 1) / 2) * 8;
    run.byteLen = (run.length * width) / 8;
    if (c.pos + run.byteLen > end) throw new NotCovered('bit-packed run past the data');
  }
}

/**
 * Widths up to this many bits are unpacked from one 32-bit little-endian window per value: the
 * window starts at the value's first byte, and its bit offset there is at most 7, so 25 bits and
 * 7 fit in 32. Dictionary indices (a few bits) and definition levels (one) are all such.
 */
const WORD_WIDTH = 25;

/**
 * `keep` values of `width` bits (LSB first) from `base`, over `byteLen` bytes, into out[at…];
 * returns their sum. Each value from one 32-bit window of four bytes, while the four bytes lie
 * inside the run; the last values, whose window would reach past it, bit by bit (unpackBytes).
 */
function unpackWords(bytes: Uint8Array, base: number, byteLen: number, width: number, out: Uint8Array | Int32Array, at: number, keep: number): number {
  const mask = (1 << width) - 1;
  const lastByte = base + byteLen;
  let sum = 0;
  let i = 0;
  for (let bitPos = 0; i < keep; i++, bitPos += width) {
    const b = base + (bitPos >> 3);
    if (b + 4 > lastByte) break;
    const word = bytes[b]! | (bytes[b + 1]! << 8) | (bytes[b + 2]! << 16) | (bytes[b + 3]! << 24);
    const v = (word >>> (bitPos & 7)) & mask;
    out[at + i] = v;
    sum += v;
  }
  return i < keep ? sum + unpackBytes(bytes, base, width, out, at, keep, i) : sum;
}

/** Values from index `from` to `keep` of a bit-packed run at `base`, byte by byte (any width up to 32); returns their sum. */
function unpackBytes(bytes: Uint8Array, base: number, width: number, out: Uint8Array | Int32Array, at: number, keep: number, from: number): number {
  const mask = width === 32 ? -1 : (1 << width) - 1;
  let sum = 0;
  for (let i = from, bitPos = from * width; i < keep; i++, bitPos += width) {
    let byte = base + (bitPos >> 3);
    let shift = bitPos & 7;
    let v = 0;
    let got = 0;
    while (got < width) {
      v |= (bytes[byte]! >>> shift) << got;
      got += 8 - shift;
      shift = 0;
      byte++;
    }
    v &= mask;
    out[at + i] = v;
    sum += v >>> 0;
  }
  return sum;
}

/**
 * hybrid() of a page's dictionary indices into the values they index: each index looked up in
 * `dict` as it is decoded, into out[0..count), with no array of indices between. A number column's
 * dictionary page then costs one pass over its 10^6 values instead of two (the indices written,
 * then read back for the lookup). An index outside the dictionary is not covered, as in the sink's
 * `indices`.
 */
export function hybridLookup(c: Cursor, end: number, width: number, dict: Float64Array, out: Float64Array, count: number): void {
  walkRuns(
    c,
    end,
    width,
    count,
    (value, seen, keep) => {
      if (keep === 0) return;
      if (value >>> 0 >= dict.length) throw new NotCovered('dictionary index out of range');
      out.fill(dict[value >>> 0]!, seen, seen + keep);
    },
    (pos, byteLen, seen, keep) => lookupWords(c.bytes, pos, byteLen, width, dict, out, seen, keep),
  );
}

/** Indices of a bit-packed run's tail (unpackBytes), looked up by lookupWords: at most a window's worth. */
const tailScratch = new Int32Array(32);

/**
 * unpackWords for hybridLookup: `keep` indices of `width` bits from `base`, each looked up in
 * `dict` into out[at…]. Widths past WORD_WIDTH, and the last indices of a run whose 32-bit window
 * would reach past it, are unpacked byte by byte (unpackBytes) first.
 */
function lookupWords(bytes: Uint8Array, base: number, byteLen: number, width: number, dict: Float64Array, out: Float64Array, at: number, keep: number): void {
  const size = dict.length;
  let i = 0;
  if (width <= WORD_WIDTH) {
    const mask = (1 << width) - 1;
    const lastByte = base + byteLen;
    for (let bitPos = 0; i < keep; i++, bitPos += width) {
      const b = base + (bitPos >> 3);
      if (b + 4 > lastByte) break;
      const word = bytes[b]! | (bytes[b + 1]! << 8) | (bytes[b + 2]! << 16) | (bytes[b + 3]! << 24);
      const v = (word >>> (bitPos & 7)) & mask;
      if (v >= size) throw new NotCovered('dictionary index out of range');
      out[at + i] = dict[v]!;
    }
  }
  // The rest in windows of tailScratch's length, byte by byte.
  while (i < keep) {
    const upTo = Math.min(keep, i + tailScratch.length);
    unpackBytes(bytes, base, width, tailScratch, -i, upTo, i);
    for (let k = i; k < upTo; k++) {
      const v = tailScratch[k - i]! >>> 0;
      if (v >= size) throw new NotCovered('dictionary index out of range');
      out[at + k] = dict[v]!;
    }
    i = upTo;
  }
}

/** Where decoded cells go: numbers into values/missing, text through the dictionary into codes. */
interface Sink {
  /** A page's PLAIN values, `present` of them, placed at the rows whose level is defined. */
  plain(c: Cursor, end: number, row: number, defs: Uint8Array | null, rows: number, present: number): void;
  /** A dictionary page's PLAIN values. */
  dictionary(c: Cursor, end: number, count: number): void;
  /** Dictionary indices (the page's `present` values), placed as plain() places values. */
  indices(idx: Int32Array, row: number, defs: Uint8Array | null, rows: number, present: number): void;
  /**
   * A number column's dictionary and the values of `rows` rows from `row`, for a page of dictionary
   * indices with a value in every row: hybridLookup writes the values there itself. Absent on a
   * text column (its codes go by first appearance, through `indices`).
   */
  lookupTarget?(row: number, rows: number): { readonly dict: Float64Array; readonly out: Float64Array };
  /** Entries of the page dictionary so far (what the module's memory lays out room for). */
  pageEntries(): number;
  /**
   * A text column's codes of `rows` rows from `row` (every row holding a value), from the page's
   * dictionary indices decoded into the module (hybridModule): `indices` through its loops.
   */
  codesFrom?(mod: HybridModule, row: number, rows: number): void;
  finish(): Column;
}

/**
 * hybrid() of a page's `count` dictionary indices into the module's memory (parquet-wasm.ts):
 * the runs walked here, with the same checks and errors; an RLE run filled, a bit-packed run
 * unpacked by the module (the same values as unpackWords and unpackBytes).
 */
export function hybridModule(c: Cursor, end: number, width: number, count: number, mod: HybridModule, entries: number): void {
  const from = c.pos;
  const base = mod.load(c.bytes, from, end - from, count, entries);
  walkRuns(
    c,
    end,
    width,
    count,
    (value, seen, keep) => mod.fill(value, seen, seen + keep),
    (pos, _byteLen, seen, keep) => mod.unpack(base + (pos - from), width, seen, keep),
  );
}

/** Whether typed arrays here store numbers little-endian, as Parquet does (every platform Node runs on, as a rule). */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * `count` values of `size` bytes (DOUBLE, FLOAT or INT32) at byte p of `v` into out, through a typed
 * array of their own type over the page's bytes: one copy (two when unaligned) instead of a DataView
 * call per value, 1M values a column at 10^6 rows.
 */
function copyLittleEndian(v: DataView, p: number, count: number, size: number, type: string, out: Float64Array): void {
  const offset = v.byteOffset + p;
  // DOUBLE values are the bytes of `out` itself: copied byte for byte, aligned or not.
  if (type === 'DOUBLE') {
    new Uint8Array(out.buffer, out.byteOffset, count * 8).set(new Uint8Array(v.buffer, offset, count * 8));
    return;
  }
  // A typed-array view must start at a multiple of its element size: unaligned values (after a v1
  // page's levels, as a rule) are copied to memory of their own first, freed right after.
  const copy = offset % size === 0 ? null : new Uint8Array(v.buffer, offset, count * size).slice();
  const buffer = copy ? copy.buffer : v.buffer;
  const at = copy ? 0 : offset;
  if (type === 'DOUBLE') out.set(new Float64Array(buffer, at, count));
  else if (type === 'FLOAT') out.set(new Float32Array(buffer, at, count));
  else out.set(new Int32Array(buffer, at, count));
  if (copy) releaseNow(copy);
}

function numberSink(name: string, type: string, nRows: number, noneMissing: () => Uint8Array): Sink {
  const values = rowF64(nRows);
  // Allocated at the first null: a column with none gets the table's shared zero array.
  let missing: Uint8Array | null = null;
  let dict = new Float64Array(0);
  const size = type === 'INT32' || type === 'FLOAT' ? 4 : 8;
  // A page's present values, decoded in one tight loop per type before they are placed.
  let dense = new Float64Array(0);
  // `count` values from byte offset p (little-endian) into out; INT64 as hi·2^32 + lo, one
  // correctly rounded addition of two exact terms: the double Number(BigInt) gives. DOUBLE, FLOAT
  // and INT32 values on a little-endian machine are copied as a typed array of their own type
  // (copyLittleEndian): the same values as the loops below (a FLOAT or INT32 widened to a double
  // exactly), without a call per value.
  const decode = (v: DataView, p: number, count: number, out: Float64Array): void => {
    if (LITTLE_ENDIAN && type !== 'INT64') copyLittleEndian(v, p, count, size, type, out);
    else if (type === 'DOUBLE') for (let i = 0; i < count; i++, p += 8) out[i] = v.getFloat64(p, true);
    else if (type === 'FLOAT') for (let i = 0; i < count; i++, p += 4) out[i] = v.getFloat32(p, true);
    else if (type === 'INT32') for (let i = 0; i < count; i++, p += 4) out[i] = v.getInt32(p, true);
    else for (let i = 0; i < count; i++, p += 8) out[i] = v.getInt32(p + 4, true) * 4294967296 + v.getUint32(p, true);
  };
  // Places the page's values at the rows whose definition level is 1 (all rows when defs is null).
  const scatter = (row: number, defs: Uint8Array | null, rows: number, src: Float64Array): void => {
    if (row + rows > nRows) throw new NotCovered('more values than rows');
    if (defs === null) {
      values.set(src.subarray(0, rows), row);
      return;
    }
    let k = 0;
    for (let i = 0; i < rows; i++) {
      if (defs[i] === 1) values[row + i] = src[k++]!;
      else {
        values[row + i] = NaN;
        (missing ??= rowU8(nRows))[row + i] = 1;
      }
    }
  };
  const denseOf = (count: number): Float64Array => {
    if (dense.length < count) dense = new Float64Array(count);
    return dense;
  };
  return {
    plain(c, end, row, defs, rows, present) {
      if (c.pos + present * size > end) throw new NotCovered('values past the page');
      if (row + rows > nRows) throw new NotCovered('more values than rows');
      // No null on the page (every level defined): the values go straight to their rows.
      if (defs === null || present === rows) decode(c.view, c.pos, rows, values.subarray(row, row + rows));
      else {
        const out = denseOf(present);
        decode(c.view, c.pos, present, out);
        scatter(row, defs, rows, out);
      }
      c.pos += present * size;
    },
    dictionary(c, end, count) {
      if (c.pos + count * size > end) throw new NotCovered('dictionary past the page');
      dict = new Float64Array(count);
      decode(c.view, c.pos, count, dict);
      c.pos += count * size;
    },
    indices(idx, row, defs, rows, present) {
      if (row + rows > nRows) throw new NotCovered('more values than rows');
      const out = defs === null || present === rows ? values.subarray(row, row + rows) : denseOf(present);
      const d = dict;
      for (let k = 0; k < present; k++) {
        const j = idx[k]!;
        if (j >= d.length) throw new NotCovered('dictionary index out of range');
        out[k] = d[j]!;
      }
      if (out.buffer !== values.buffer) scatter(row, defs, rows, out);
    },
    lookupTarget(row, rows) {
      if (row + rows > nRows) throw new NotCovered('more values than rows');
      return { dict, out: values.subarray(row, row + rows) };
    },
    pageEntries: () => dict.length,
    finish: () => ({ kind: 'number', name, values, missing: missing ?? noneMissing() }),
  };
}

function textSink(name: string, nRows: number): Sink {
  // The narrowest codes that hold the dictionary so far (StringCodes), widened by the entry that
  // needs more (codeOf): every store below reads `codes` after the code is known.
  let codes = rowCodes(nRows, 0);
  const dict: string[] = [];
  const index = new Map<string, number>();
  // The page dictionary's entries and, once met in a row, their code (−2: not met yet).
  let entries: string[] = [];
  let entryCode = new Int32Array(0);
  const codeOf = (s: string): number => {
    if (s === '') return -1;
    let code = index.get(s);
    if (code === undefined) {
      code = dict.length;
      dict.push(s);
      index.set(s, code);
      if (code > maxCode(codes)) codes = copyCodes(codes, nRows, nRows, code);
    }
    return code;
  };
  const readString = (c: Cursor, end: number): string => {
    if (c.pos + 4 > end) throw new NotCovered('text past the page');
    const len = c.view.getUint32(c.pos, true);
    const from = c.pos + 4;
    if (from + len > end) throw new NotCovered('text past the page');
    c.pos = from + len;
    return TEXT.decode(c.bytes.subarray(from, from + len));
  };
  const place = (row: number, defs: Uint8Array | null, rows: number, next: () => number): void => {
    if (row + rows > nRows) throw new NotCovered('more values than rows');
    for (let i = 0; i < rows; i++) {
      const code = defs === null || defs[i] === 1 ? next() : -1;
      codes[row + i] = code;
    }
  };
  return {
    plain(c, end, row, defs, rows) {
      place(row, defs, rows, () => codeOf(readString(c, end)));
    },
    dictionary(c, end, count) {
      entries = new Array<string>(count);
      for (let i = 0; i < count; i++) entries[i] = readString(c, end);
      entryCode = new Int32Array(count).fill(-2);
    },
    indices(idx, row, defs, rows) {
      if (row + rows > nRows) throw new NotCovered('more values than rows');
      const size = entries.length;
      let k = 0;
      for (let i = 0; i < rows; i++) {
        if (defs !== null && defs[i] !== 1) {
          codes[row + i] = -1;
          continue;
        }
        const j = idx[k++]!;
        if (j >= size) throw new NotCovered('dictionary index out of range');
        let code = entryCode[j]!;
        // An entry's code is given when a row first holds it: codes in order of first appearance.
        if (code === -2) code = entryCode[j] = codeOf(entries[j]!);
        codes[row + i] = code;
      }
    },
    pageEntries: () => entries.length,
    codesFrom(mod, row, rows) {
      if (row + rows > nRows) throw new NotCovered('more values than rows');
      const size = entries.length;
      // The entry codes in the module's memory, kept in step with entryCode as rows meet entries.
      const table = mod.entryCodes(size);
      table.set(entryCode);
      const idx = mod.indices(rows);
      let i = 0;
      while (i < rows) {
        // The module's codes up to an index outside the dictionary or an entry not met yet.
        const stop = mod.mapCodes(i, rows, size);
        if (stop > i) codes.set(mod.codes(stop).subarray(i, stop), row + i);
        i = stop;
        if (i === rows) break;
        const j = idx[i]!;
        if (j >= size) throw new NotCovered('dictionary index out of range');
        let code = entryCode[j]!;
        if (code === -2) code = entryCode[j] = codeOf(entries[j]!);
        table[j] = code;
        codes[row + i] = code;
        i++;
      }
    },
    finish: () => ({ kind: 'string', name, codes, dict }),
  };
}

/**
 * A page's bytes decompressed. SNAPPY, the usual codec, by this thread's module where WebAssembly
 * is available (SnappyModule: the page is then a view of the module's memory, valid until the next
 * page is decompressed); a stream it refuses goes to hyparquet-compressors, which says what is wrong.
 */
function decompress(codec: string, bytes: Uint8Array, size: number): Uint8Array {
  if (codec === 'UNCOMPRESSED') return bytes;
  if (codec === 'SNAPPY') {
    const page = SnappyModule.get()?.uncompress(bytes, size);
    if (page) return page;
  }
  const fn = (compressors as Record<string, ((input: Uint8Array, outputLength: number) => Uint8Array) | undefined>)[codec];
  if (!fn) throw new NotCovered(`codec ${codec}`);
  const out = fn(bytes, size);
  if (out.length !== size) throw new NotCovered('decompressed size');
  return out;
}

/**
 * Frees a decompressed page once its sink has read it (every sink copies what it keeps), when the
 * decompressor made it as an array of its own: not a view of the input (an uncompressed page is a
 * view of the chunk's bytes, which a file read range by range reuses), nor of a larger buffer that
 * something else may hold. A 10^6-row table's pages are ~80 MB of such arrays, one per page; left
 * to the collector, each next page took fresh memory, the review's dearest (decision 0032), and a
 * Parquet table's parse held 265 MB where its columns are 154 MB. A page in the snappy module's
 * memory (SnappyModule) is a view past the start of that memory, so it is never freed here.
 */
export function releasePage(page: Uint8Array, input: Uint8Array): void {
  if (page.buffer !== input.buffer && page.byteOffset === 0 && page.byteLength === page.buffer.byteLength) releaseNow(page);
}

/**
 * A file's bytes by range: `range(start, end)` is a view of the bytes [start, end), valid until the
 * next call. A whole file in memory gives views of itself; a file read range by range
 * (parseParquetRanges) gives them in one reused buffer. Every sink copies what it keeps.
 */
export interface FileBytes {
  readonly size: number;
  range(start: number, end: number): Uint8Array;
}

function wholeFile(bytes: Uint8Array): FileBytes {
  return { size: bytes.length, range: (start, end) => bytes.subarray(start, end) };
}

/**
 * A page's definition levels and dictionary indices, decoded before the sink reads them: arrays
 * reused from page to page and from column to column of one table (a sink reads them before the
 * next page is decoded). Fresh ones per column chunk were 1 MB of levels and 4 MB of indices a
 * column at 10^6 rows, ~60 MB of fresh memory per table (issue 11).
 */
export interface PageScratch {
  defs: Uint8Array;
  idx: Int32Array;
}

export function newPageScratch(): PageScratch {
  return { defs: new Uint8Array(0), idx: new Int32Array(0) };
}

/** Frees a table's scratch once its columns are read (decision 0032). */
export function releasePageScratch(s: PageScratch): void {
  releaseNow(s.defs);
  releaseNow(s.idx);
  s.defs = new Uint8Array(0);
  s.idx = new Int32Array(0);
}

/** Reads one column chunk's pages into the sink from `row` on; returns the rows read. */
function readChunk(file: FileBytes, meta: ColumnMetaData, optional: boolean, sink: Sink, row: number, groupRows: number, scratch: PageScratch): number {
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  const end = start + Number(meta.total_compressed_size);
  if (start < 0 || end > file.size) throw new NotCovered('column chunk outside the file');
  const c = cursor(file.range(start, end));
  let read = 0;
  let defs = scratch.defs;
  let idx = scratch.idx;
  while (read < groupRows && c.pos < c.bytes.length) {
    const header = readStruct(c);
    const pageType = int(header, 1);
    const uncompressed = int(header, 2);
    const compressed = int(header, 3);
    const body = c.bytes.subarray(c.pos, c.pos + compressed);
    if (body.length !== compressed) throw new NotCovered('page past the chunk');
    c.pos += compressed;
    if (pageType === 2) {
      const h = sub(header, 7);
      const enc = int(h, 2);
      if (enc !== PLAIN && enc !== PLAIN_DICTIONARY) throw new NotCovered('dictionary encoding');
      const page = cursor(decompress(meta.codec, body, uncompressed));
      sink.dictionary(page, page.bytes.length, int(h, 1));
      releasePage(page.bytes, body);
      continue;
    }
    if (pageType !== 0 && pageType !== 3) {
      if (pageType === 1) continue;
      throw new NotCovered(`page type ${pageType}`);
    }
    let rows: number;
    let enc: number;
    let page: Cursor;
    let useDefs = false;
    let defined = 0;
    if (pageType === 0) {
      const h = sub(header, 5);
      rows = int(h, 1);
      enc = int(h, 2);
      page = cursor(decompress(meta.codec, body, uncompressed));
      if (optional) {
        if (int(h, 3) !== RLE) throw new NotCovered('definition level encoding');
        const len = page.view.getUint32(0, true);
        page.pos = 4;
        if (defs.length < rows) defs = scratch.defs = new Uint8Array(rows);
        defined = hybrid(page, 4 + len, 1, defs, rows);
        page.pos = 4 + len;
        useDefs = true;
      }
    } else {
      const h = sub(header, 8);
      rows = int(h, 1);
      const nulls = int(h, 2);
      if (int(h, 3) !== rows) throw new NotCovered('v2 rows ≠ values');
      enc = int(h, 4);
      const defLen = int(h, 5);
      const repLen = int(h, 6);
      if (repLen !== 0) throw new NotCovered('repetition levels');
      const isCompressed = h!.get(7) !== false;
      if (optional) {
        if (defs.length < rows) defs = scratch.defs = new Uint8Array(rows);
        const levels = cursor(body);
        defined = hybrid(levels, defLen, 1, defs, rows);
        useDefs = true;
      } else if (nulls !== 0 || defLen !== 0) throw new NotCovered('levels on a required column');
      const rest = body.subarray(defLen);
      const size = uncompressed - defLen;
      page = cursor(isCompressed && size > 0 ? decompress(meta.codec, rest, size) : rest);
    }
    if (read + rows > groupRows) throw new NotCovered('page rows past the row group');
    // One-bit levels are 0 or 1, so their sum is the rows with a value; a page where every row
    // has one is read as a page without levels.
    const present = useDefs ? defined : rows;
    const d = useDefs && present < rows ? defs.subarray(0, rows) : null;
    if (enc === PLAIN) sink.plain(page, page.bytes.length, row + read, d, rows, present);
    else if (enc === PLAIN_DICTIONARY || enc === RLE_DICTIONARY) {
      // A number column's page with a value in every row: its indices looked up as they are
      // decoded (hybridLookup). Otherwise decoded into indices for the sink to place.
      const target = d === null && present > 0 && sink.lookupTarget ? sink.lookupTarget(row + read, rows) : null;
      // A page with a value in every row: its indices decoded into the module, then looked up or
      // coded there (parquet-wasm.ts), where WebAssembly is available.
      const mod = d === null && present > 0 && (target !== null || sink.codesFrom) ? HybridModule.get() : null;
      if (mod) {
        const width = page.bytes[page.pos++]!;
        hybridModule(page, page.bytes.length, width, present, mod, sink.pageEntries());
        if (target) {
          const size = target.dict.length;
          mod.dictionary(size).set(target.dict);
          if (mod.gather(present, size) < present) throw new NotCovered('dictionary index out of range');
          target.out.set(mod.values(present));
        } else sink.codesFrom!(mod, row + read, rows);
      } else if (target) {
        const width = page.bytes[page.pos++]!;
        hybridLookup(page, page.bytes.length, width, target.dict, target.out, present);
      } else {
        if (idx.length < present) idx = scratch.idx = new Int32Array(present);
        if (present > 0) {
          const width = page.bytes[page.pos++]!;
          hybrid(page, page.bytes.length, width, idx, present);
        }
        sink.indices(idx, row + read, d, rows, present);
      }
    } else throw new NotCovered(`encoding ${enc}`);
    releasePage(page.bytes, body);
    read += rows;
  }
  if (read !== groupRows) throw new NotCovered('row group rows');
  return read;
}

/**
 * One flat column of every row group, decoded here; null when the column is not one this reader
 * covers (parquet.ts then reads it with hyparquet).
 */
export function readFlatColumn(
  file: Uint8Array | FileBytes,
  meta: FileMetaData,
  el: SchemaElement,
  kind: 'number' | 'string',
  nRows: number,
  /** An all-zero array of nRows that the table's numeric columns without a null share (nothing writes to a column after the load). */
  noneMissing: () => Uint8Array = () => rowU8(nRows),
  /** The table's page scratch, shared by its columns (a column read alone gets its own). */
  scratch: PageScratch = newPageScratch(),
): Column | null {
  if (!coveredElement(el, kind)) return null;
  const chunks: ColumnMetaData[] = [];
  for (const g of meta.row_groups) {
    const chunk = g.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === el.name);
    if (!chunk?.meta_data || chunk.file_path) return null;
    if (!chunk.meta_data.encodings.every((e) => COVERED_ENCODINGS.has(e))) return null;
    chunks.push(chunk.meta_data);
  }
  const sink = kind === 'number' ? numberSink(el.name, el.type!, nRows, noneMissing) : textSink(el.name, nRows);
  const optional = el.repetition_type !== 'REQUIRED';
  const bytes = file instanceof Uint8Array ? wholeFile(file) : file;
  try {
    let row = 0;
    meta.row_groups.forEach((g, i) => {
      row += readChunk(bytes, chunks[i]!, optional, sink, row, Number(g.num_rows), scratch);
    });
    if (row !== nRows) return null;
  } catch (e) {
    if (e instanceof NotCovered || e instanceof RangeError) return null;
    throw e;
  }
  return sink.finish();
}
