/**
 * CSV → columnar Table. A single pass over the file's UTF-8 bytes: no per-row objects, no decode
 * of the whole file into a string, numbers straight from the bytes into Float64Array, strings
 * dictionary-encoded (a cell is decoded only when it is not a plain number and not yet in its
 * column's small dictionary). Measured on 1M rows × 24 columns it is several times faster and
 * lighter than arquero's fromCSV (see docs/decisions/0002-columnar-tables.md and 0010).
 * The delimiters (comma, quote, CR, LF) are ASCII and never occur inside a UTF-8 sequence, so
 * cutting the bytes at them and decoding each cell gives the text decoding the file would.
 */
import { Buffer } from 'node:buffer';
import { InputError } from '../errors.js';
import { ColumnBuilder, decodeRange, finishColumns, finishRangeHash, FNV_OFFSET, FNV_PRIME, POW10, SHORT_CELL, SHORT_HI, SHORT_LO } from './column-builder.js';
import { readFully, type ReadAt } from './read-at.js';
import { WasmRows } from './csv-wasm.js';
import type { Table } from './table.js';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/** 2^53: integers below it are exact doubles. */
const MAX_EXACT = 2 ** 53;

const UTF8 = new TextEncoder();
const UTF8_DECODER = new TextDecoder('utf-8', { ignoreBOM: true });

/** Parses CSV text (RFC 4180 quoting, LF or CRLF, optional BOM). Throws InputError naming file and line. */
export function parseCsv(path: string, text: string): Table {
  return parseCsvBytes(path, UTF8.encode(text));
}

/**
 * Whether `bytes` hold a double quote. Node's Buffer#indexOf searches a byte with memchr, over a
 * view of the same memory (no copy): 0.07 ms a 4 MiB piece here, against 1.75 ms for
 * TypedArray#indexOf, which compares byte by byte (about 65 ms of each thread's load of a 152 MB
 * file, read in pieces: parseCsvChunks asks this of every piece).
 */
export function hasQuoteByte(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(QUOTE) >= 0;
}

/** LF in each byte of a 32-bit word (SWAR). */
const LF_BYTES = 0x0a0a0a0a;

/**
 * The line feeds in bytes[from, end), four bytes at a time: each word is XORed with four LFs, its
 * zero bytes (the LFs) are flagged exactly by `~(((v & 0x7f…) + 0x7f…) | v | 0x7f…)` (one high bit
 * per zero byte, no carry between bytes), and the flags are summed by a multiply. About 45 ms per
 * 144 MB here, against 68 ms for an indexOf per line.
 */
export function countLineFeeds(bytes: Uint8Array, from: number): number {
  const end = bytes.length;
  let n = 0;
  let i = from;
  // Bytes up to a 4-byte boundary of the underlying buffer, so that a word view can start there.
  while (i < end && ((bytes.byteOffset + i) & 3) !== 0) n += bytes[i++] === LF ? 1 : 0;
  const words = (end - i) >>> 2;
  if (words > 0) {
    const w = new Int32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let k = 0; k < words; k++) {
      const v = w[k]! ^ LF_BYTES;
      const zero = ~(((v & 0x7f7f7f7f) + 0x7f7f7f7f) | v | 0x7f7f7f7f);
      n += Math.imul(zero >>> 7, 0x01010101) >>> 24;
    }
    i += 4 * words;
  }
  while (i < end) n += bytes[i++] === LF ? 1 : 0;
  return n;
}

/** JavaScript's whitespace (what String.prototype.trim removes), for the one character at bytes[k]. */
function isJsSpaceAt(bytes: Uint8Array, k: number): boolean {
  const c = bytes[k]!;
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  const ch = UTF8_DECODER.decode(bytes.subarray(k, Math.min(bytes.length, k + 4)));
  return /^\s/u.test(ch);
}

/** Byte length of the UTF-8 sequence that starts with byte c (1 for a stray byte, decoded as U+FFFD). */
function seqLength(c: number): number {
  return c < 0xc0 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/** True when the bytes from `from` hold only whitespace, as `text.trim().length === 0` of their text. */
function blank(bytes: Uint8Array, from: number): boolean {
  for (let k = from; k < bytes.length; ) {
    if (!isJsSpaceAt(bytes, k)) return false;
    k += bytes[k]! < 0x80 ? 1 : seqLength(bytes[k]!);
  }
  return true;
}

/** Where a scan is: the byte position and the line number there (1-based). */
export interface Cursor {
  pos: number;
  line: number;
}

/** Reads one field starting at `at.pos` as text; leaves at.pos on the delimiter (or the end). */
function readField(path: string, bytes: Uint8Array, at: Cursor): string {
  const len = bytes.length;
  let pos = at.pos;
  if (bytes[pos] === QUOTE) {
    pos++;
    let out = '';
    let start = pos;
    for (;;) {
      if (pos >= len) throw new InputError(path, `line ${at.line}`, 'unterminated quoted field');
      const c = bytes[pos]!;
      if (c === QUOTE) {
        if (bytes[pos + 1] === QUOTE) {
          out += decodeRange(bytes, start, pos + 1);
          pos += 2;
          start = pos;
          continue;
        }
        out += decodeRange(bytes, start, pos);
        at.pos = pos + 1;
        return out;
      }
      if (c === LF) at.line++;
      pos++;
    }
  }
  const start = pos;
  at.pos = cellEnd(bytes, pos, len);
  return decodeRange(bytes, start, at.pos);
}

/**
 * The header row at the start of the bytes (after a BOM): its column names, checked, and the
 * cursor past its line end. Throws InputError for an empty file or a bad header.
 */
function readHeader(path: string, bytes: Uint8Array): { header: string[]; at: Cursor } {
  const len = bytes.length;
  const at: Cursor = { pos: len >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0, line: 1 };
  // The BOM is whitespace too, so the check may start after it.
  if (blank(bytes, at.pos)) throw new InputError(path, null, 'empty CSV file: no header row');
  const header: string[] = [];
  for (;;) {
    header.push(readField(path, bytes, at).trim());
    if (bytes[at.pos] === COMMA) {
      at.pos++;
      continue;
    }
    break;
  }
  if (bytes[at.pos] === CR) at.pos++;
  if (bytes[at.pos] === LF) at.pos++;
  at.line++;
  const seen = new Set<string>();
  header.forEach((h, i) => {
    if (h === '') throw new InputError(path, `line 1, column ${i + 1}`, 'empty column name in header');
    if (seen.has(h)) throw new InputError(path, `line 1, column ${i + 1}`, `duplicate column name '${h}'`);
    seen.add(h);
  });
  return { header, at };
}

/**
 * Parses a CSV file's UTF-8 bytes (RFC 4180 quoting, LF or CRLF, optional BOM). Same Table and
 * the same errors as decoding the bytes and parsing the text. Throws InputError naming file and line.
 */
export function parseCsvBytes(path: string, bytes: Uint8Array): Table {
  const { header, at } = readHeader(path, bytes);
  // Count lines once (countLineFeeds) so the columns are allocated at their final size.
  const expected = countLineFeeds(bytes, at.pos) + 1;
  const builders = header.map((h) => new ColumnBuilder(h, expected));
  const rows = scanRows(path, bytes, at, builders);
  if (rows === 0) throw new InputError(path, null, 'CSV has a header but no data rows');
  return { path, nRows: rows, columns: finishColumns(builders, rows) };
}

/**
 * The end of an unquoted cell that goes on at p: the index of the first comma, LF or CR at or after
 * p, or len. The delimiters are all at most COMMA, so most bytes take one comparison.
 */
function cellEnd(bytes: Uint8Array, p: number, len: number): number {
  while (p < len) {
    const c = bytes[p]!;
    if (c <= COMMA && (c === COMMA || c === LF || c === CR)) break;
    p++;
  }
  return p;
}

/**
 * The index (0-3) of the first comma, LF or CR among the four bytes of a little-endian word, or 4
 * when there is none. A zero byte of w ^ D (D: the delimiter in each byte: 0x2c, 0x0a, 0x0d) is a
 * D; `(v - 0x01010101) & ~v & 0x80808080` flags every zero byte and can flag a byte above one (a
 * borrow), never below: the lowest flag is the first delimiter. The constants are literals: a
 * bundle makes a module's constants its variables, loaded and checked at each use, and 0x80808080
 * is not a small integer (V8 boxes it).
 */
function delimiterAt(w: number): number {
  const a = w ^ 0x2c2c2c2c;
  const b = w ^ 0x0a0a0a0a;
  const c = w ^ 0x0d0d0d0d;
  const m = ((((a - 0x01010101) | 0) & ~a) | (((b - 0x01010101) | 0) & ~b) | (((c - 0x01010101) | 0) & ~c)) & 0x80808080;
  return m === 0 ? 4 : (31 - Math.clz32(m & -m)) >> 3;
}

/**
 * Pushes every row of bytes[at.pos, end) into the builders, one per column; returns the rows and
 * leaves `at` at the end (its line the next row's). A row is cut short only by the end of the bytes.
 */
function scanRows(path: string, bytes: Uint8Array, at: Cursor, builders: readonly ColumnBuilder[]): number {
  const len = bytes.length;
  const nCols = builders.length;
  let line = at.line;
  let rows = 0;
  // The hot loop keeps `p` in a local (closures over a mutable position are slow in V8) and hands
  // unquoted cells to the builders as byte ranges, so a numeric cell never becomes a string.
  let p = at.pos;
  const words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  while (p < len) {
    const c0 = bytes[p]!;
    if (c0 === LF || c0 === CR) {
      // Blank line (common at the end of a file).
      p++;
      if (c0 === CR && bytes[p] === LF) p++;
      line++;
      continue;
    }
    const rowLine = line;
    let col = 0;
    for (;;) {
      if (col >= nCols) throw new InputError(path, `line ${rowLine}`, `row has more than the header's ${nCols} fields`);
      const b = builders[col]!;
      if (bytes[p] === QUOTE) {
        at.pos = p;
        at.line = line;
        b.push(readField(path, bytes, at));
        p = at.pos;
        line = at.line;
      } else {
        const start = p;
        if (b.isNumeric) {
          // fastDecimal fused into the scan for the delimiter: one pass over a numeric cell's bytes.
          let neg = false;
          if (bytes[p] === 45) {
            neg = true;
            p++;
          }
          // The integer digits, then a dot and the fraction's: one unsigned range test per digit
          // (`(c - 48) >>> 0 <= 9`), past the end of the bytes a 0 that ends the number.
          let mant = 0;
          let c = p < len ? bytes[p]! : 0;
          const intStart = p;
          while ((c - 48) >>> 0 <= 9) {
            mant = mant * 10 + (c - 48);
            c = ++p < len ? bytes[p]! : 0;
          }
          let any = p > intStart;
          let frac = 0;
          if (c === 46) {
            const fracStart = ++p;
            c = p < len ? bytes[p]! : 0;
            while ((c - 48) >>> 0 <= 9) {
              mant = mant * 10 + (c - 48);
              c = ++p < len ? bytes[p]! : 0;
            }
            frac = p - fracStart;
            any = any || frac > 0;
          }
          // The cell ends here, at a delimiter or the end of the bytes, or it is not a plain decimal.
          const plain = p >= len || c === COMMA || c === LF || c === CR;
          // Exact while the digits' value stays below 2^53 (the accumulation is then exact, and a
          // value at or above it never rounds back below): Clinger's fast path, as fastDecimal's
          // at most 15 significant digits, taken by a few more cells. Anything else goes on to the
          // delimiter and through pushRange, as every cell did before.
          if (plain && any && mant < MAX_EXACT && frac <= 22) {
            const v = frac === 0 ? mant : mant / POW10[frac]!;
            b.pushNumber(neg ? -v : v);
          } else {
            p = cellEnd(bytes, p, len);
            b.pushRange(bytes, start, p);
          }
        } else if (b.matchesShort && start + SHORT_CELL <= len) {
          // A string cell while the column's values are all short: its next 8 bytes read as two
          // words, the first delimiter among them found in the words (delimiterAt), the bytes past
          // it masked off. A cell that goes on past them is scanned for its delimiter byte by byte.
          const lo = words.getInt32(start, true);
          const hi = words.getInt32(start + 4, true);
          let n = delimiterAt(lo);
          if (n === 4) n += delimiterAt(hi);
          p = start + n;
          if (n === SHORT_CELL) {
            p = cellEnd(bytes, p, len);
          }
          if (p - start <= SHORT_CELL) b.pushShort(lo & SHORT_LO[n]!, hi & SHORT_HI[n]!, n, bytes, start, p);
          else b.pushRange(bytes, start, p);
        } else if (b.matchesShort || b.matchesRanges) {
          // A string cell of a small dictionary: hashed as it is scanned for the delimiter (the
          // delimiters are all at most COMMA, so most bytes take one comparison). A short-cell
          // column comes here only for a cell within SHORT_CELL bytes of the end of the bytes (the
          // last cell of a piece), and is not asked matchesRanges (a short-cell column's range
          // table is in use): that getter, called only there, had no type feedback of its own yet
          // when V8 compiled the scanner in some parses, and the compiled code was thrown away
          // at the first piece's end.
          let h = FNV_OFFSET;
          for (; p < len; p++) {
            const c = bytes[p]!;
            if (c <= COMMA && (c === COMMA || c === LF || c === CR)) break;
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
    if (bytes[p] === LF) p++;
    line++;
    rows++;
  }
  at.pos = p;
  at.line = line;
  return rows;
}

/**
 * Bytes of a piece of a large CSV read at once (parseCsvChunks): large enough that a read call
 * costs nothing beside parsing it, small enough that the piece stays in the core's share of the
 * last-level cache while it is parsed, and that the memory it reuses is a rounding error beside
 * the columns (a whole 10^6-row file is ~150 MB of fresh memory per run: issue 11).
 */
export const CSV_CHUNK_BYTES = 4 << 20;

/**
 * The first slice of a CSV read in pieces (parseCsvChunks): the first piece's rows are scanned in
 * slices of 2, 4, 8, … KiB (each cut at a line feed) up to half the piece, then the rest of it.
 * V8 optimizes a function that runs long in one call by on-stack replacement, from the type
 * feedback of the part of the call that has run; called on 4 MiB at once, the scanner was
 * replaced mid-piece, met code it had no feedback for at the piece's end (a deopt), and was
 * compiled three times per parsing thread. After a dozen short calls it is compiled at a call's
 * entry from whole calls' feedback: one parse of the bench's 152 MB file took 813 against 914 ms
 * (medians of 12, user CPU 756 against 864 ms). The slices are cut at line feeds of a piece
 * without quotes, so the rows and the errors are the same.
 */
const WARM_UP_SLICE_BYTES = 2048;

/**
 * Margin over the rows a CSV read in pieces is expected to hold (parseCsvChunks): its columns are
 * sized from the rows per byte seen so far, and a piece must not outgrow them (a column that
 * outgrows its size moves to one twice as large). 1/32 covers the piece read next (4 MiB, under 3 %
 * of a 10^6-row file) and the usual drift of row lengths along a file (ids gaining digits); the
 * estimate is renewed before every piece, so the columns end within the margin of the rows.
 */
const ROW_ESTIMATE_MARGIN = 1 / 32;

/**
 * parseCsvBytes of a file of `size` bytes read in pieces into one reused buffer, instead of the
 * whole file into memory of its own. The same Table, or null when this path does not apply and the
 * caller parses the whole file instead: a first piece with a quote (a quoted field may hold line
 * feeds, and the pieces are cut at line feeds), with no complete header line, or only whitespace.
 * A quote in a later piece has the rest of the file read at once and parsed by the same scanner.
 *
 * Errors (InputError) are thrown as the whole-file parse finds them; the caller may parse the
 * whole file again to report them exactly as it would (line numbers, truncated last rows).
 * The columns are sized from the rows per byte so far (ROW_ESTIMATE_MARGIN), not from a count of
 * the line feeds: that would read the file twice.
 */
export function parseCsvChunks(path: string, size: number, readAt: ReadAt, chunkBytes = CSV_CHUNK_BYTES): Table | null {
  // One byte more than a small file: the read after it finds the end.
  let buf = new Uint8Array(Math.max(1, Math.min(chunkBytes, size + 1)));
  // Valid bytes are buf[0, have); `position` is the file offset just past them.
  let have = 0;
  let position = 0;
  let ended = false;
  const fill = (): void => {
    while (!ended && have < buf.length) {
      const got = readAt(buf, have, buf.length - have, position);
      if (got <= 0) ended = true;
      else {
        have += got;
        position += got;
      }
    }
  };
  // The rows of the buffer that end in it: up to its last line feed, or all at the end of the file.
  const complete = (): number => (ended ? have : buf.lastIndexOf(LF, have - 1) + 1);
  const hasQuote = (): boolean => hasQuoteByte(buf.subarray(0, have));
  fill();
  let cut = complete();
  if (cut === 0 || hasQuote()) return null;
  const first = buf.subarray(0, cut);
  if (blank(first, 0)) return null;
  const { header, at } = readHeader(path, first);
  const headerBytes = at.pos;
  const firstRows = countLineFeeds(first, at.pos);
  // The whole file in the first piece: its line feeds, as parseCsvBytes sizes the columns.
  let expected = ended ? firstRows + 1 : estimateRows(firstRows, cut - headerBytes, size - headerBytes);
  const builders = header.map((h) => new ColumnBuilder(h, expected));
  let rows = 0;
  // The pieces' rows through the WebAssembly row loop where it applies (csv-wasm.ts), the rest
  // through scanRows.
  const fast = WasmRows.for(builders.length);
  const scanPiece = (piece: Uint8Array): number =>
    fast !== null ? fast.scanPiece(piece, at, builders, (to) => scanRows(path, piece.subarray(0, to), at, builders)) : scanRows(path, piece, at, builders);
  // The first piece's rows in slices of doubling size first (WARM_UP_SLICE_BYTES), for the
  // JavaScript scanner's compilation: not where the module takes the rows.
  for (let edge = WARM_UP_SLICE_BYTES; fast === null && edge < cut / 2; edge *= 2) {
    const end = buf.lastIndexOf(LF, edge) + 1;
    if (end > at.pos) rows += scanRows(path, buf.subarray(0, end), at, builders);
  }
  for (;;) {
    rows += scanPiece(buf.subarray(0, cut));
    if (ended && cut === have) break;
    // The incomplete row moves to the front, and the buffer fills up behind it.
    buf.copyWithin(0, cut, have);
    have -= cut;
    at.pos = 0;
    fill();
    cut = complete();
    // A row longer than the buffer: twice the room, until its line feed is in.
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
      // Quoted fields ahead: the rest of the file at once, for the whole-file scanner.
      const rest = new Uint8Array(have + Math.max(0, size - position));
      rest.set(buf.subarray(0, have));
      const end = have + readFully(readAt, rest.subarray(have), position);
      rows += scanRows(path, rest.subarray(0, end), at, builders);
      break;
    }
  }
  if (rows === 0) throw new InputError(path, null, 'CSV has a header but no data rows');
  return { path, nRows: rows, columns: finishColumns(builders, rows) };
}

/** Rows expected in `total` bytes of rows, given `rows` rows in the first `seen` of them, with the margin. */
function estimateRows(rows: number, seen: number, total: number): number {
  const perByte = seen > 0 ? Math.max(rows, 1) / seen : 0;
  return Math.ceil(perByte * Math.max(total, seen) * (1 + ROW_ESTIMATE_MARGIN)) + 1;
}
