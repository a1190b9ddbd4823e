// Snappy decompression (the raw format of Parquet's SNAPPY codec) in WebAssembly (AssemblyScript;
// built by `npm run build:wasm` into src/artifacts/snappy-wasm.ts, decision 0052). The reader
// copies a compressed page in (src/artifacts/parquet-wasm.ts) and reads the page where this writes
// it, in the module's memory, instead of from a copy of its own.
//
// The format (github.com/google/snappy, format_description.txt): the uncompressed length as a
// varint, then elements, each a tag byte whose low two bits say what follows — 0: a literal of
// (tag >> 2) + 1 bytes, or, for 60-63, of a length in the next 1-4 bytes (little-endian) plus 1;
// 1: a copy of ((tag >> 2) & 7) + 4 bytes from an offset of 11 bits (3 in the tag, 8 in the next
// byte); 2 and 3: a copy of (tag >> 2) + 1 bytes from an offset in the next 2 or 4 bytes. A copy
// reads the output `offset` bytes back, and may overlap what it writes (offset < length).

/** The first byte past the module's static data: memory from here on is the caller's. */
export function heapBase(): usize {
  return __heap_base;
}

/** Errors, as uncompress returns them (negative); 0 is success. */
const BAD_LENGTH: i32 = -1;
const WRONG_LENGTH: i32 = -2;
const PAST_INPUT: i32 = -3;
const BAD_COPY: i32 = -4;
const SHORT_OUTPUT: i32 = -5;

/**
 * Decompresses the `n` bytes at `src` into `size` bytes at `out`; returns 0, or a negative error
 * when the bytes are not a snappy stream of exactly `size` bytes. Reads and writes up to 16 bytes
 * past the input's and the output's end (the caller leaves that room): short literals and copies
 * move 8 bytes at a time, and the bytes they write past their own end are written again by the
 * elements after them.
 */
export function uncompress(src: usize, n: usize, out: usize, size: usize): i32 {
  const iend = src + n;
  let ip = src;
  // The uncompressed length: a varint of at most 5 bytes (32 bits).
  let len: u64 = 0;
  let shift: u64 = 0;
  while (true) {
    if (ip >= iend || shift > 28) return BAD_LENGTH;
    const b = <u64>load<u8>(ip++);
    len |= (b & 0x7f) << shift;
    if (b < 0x80) break;
    shift += 7;
  }
  if (len != <u64>size) return WRONG_LENGTH;
  const oend = out + size;
  let op = out;
  while (ip < iend) {
    const tag = <usize>load<u8>(ip++);
    const kind = tag & 3;
    if (kind == 0) {
      let l = (tag >> 2) + 1;
      if (l > 60) {
        const extra = l - 60;
        if (extra > iend - ip) return PAST_INPUT;
        const word = <usize>load<u32>(ip);
        l = (extra == 4 ? word : word & ((<usize>1 << (extra << 3)) - 1)) + 1;
        ip += extra;
      }
      if (l > iend - ip || l > oend - op) return PAST_INPUT;
      if (l <= 16) {
        store<u64>(op, load<u64>(ip));
        store<u64>(op + 8, load<u64>(ip + 8));
      } else memory.copy(op, ip, l);
      ip += l;
      op += l;
      continue;
    }
    let l: usize;
    let offset: usize;
    if (kind == 1) {
      if (ip >= iend) return PAST_INPUT;
      l = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | <usize>load<u8>(ip);
      ip += 1;
    } else if (kind == 2) {
      if (iend - ip < 2) return PAST_INPUT;
      l = (tag >> 2) + 1;
      offset = <usize>load<u16>(ip);
      ip += 2;
    } else {
      if (iend - ip < 4) return PAST_INPUT;
      l = (tag >> 2) + 1;
      offset = <usize>load<u32>(ip);
      ip += 4;
    }
    if (offset == 0 || offset > op - out || l > oend - op) return BAD_COPY;
    const from = op - offset;
    if (offset >= 8) {
      // Each 8 bytes read lie before the 8 written (offset ≥ 8): bytes already final.
      for (let i: usize = 0; i < l; i += 8) store<u64>(op + i, load<u64>(from + i));
    } else {
      for (let i: usize = 0; i < l; i++) store<u8>(op + i, load<u8>(from + i));
    }
    op += l;
  }
  return op == oend ? 0 : SHORT_OUTPUT;
}
