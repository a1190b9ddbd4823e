// The CSV scanner's row loop in WebAssembly (AssemblyScript; built by `npm run build:wasm` into
// src/artifacts/csv-scan-wasm.ts, decision 0051). It scans the rows whose cells are all of the
// two common kinds, into per-column slices that src/artifacts/csv-wasm.ts appends to the
// column builders, and stops before any other row, which the JavaScript scanner (csv.ts) takes:
//
// - kind 1, a numeric column: a plain decimal cell (optional '-', digits, optional '.' and
//   digits; at least one digit; at most 18 digits, whose integer value is below 2^53; at most 22
//   after the dot), its value as the JavaScript scanner computes it: the digits' integer (exact)
//   over 10^fraction digits (one correctly rounded division), negated for '-'.
// - kind 2, a string column whose dictionary entries are all short (at most 8 bytes): a cell of at
//   most 8 bytes that is in the column's short-cell table (the builder's own table, copied in:
//   words lo, hi, len per slot, code + 1; the same slot function as column-builder.ts).
//
// A row stops the scan when it is blank, holds a quote, has another number of cells than the
// columns, or has a cell that is neither (a new dictionary entry, a missing or non-plain cell).
// Rows end at LF, CR or CRLF. bytes[len] must be a line feed and 8 more bytes must be readable.

const POW10: StaticArray<f64> = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const LO_MASK: StaticArray<i32> = [0, 0xff, 0xffff, 0xffffff, -1, -1, -1, -1, -1];
const HI_MASK: StaticArray<i32> = [0, 0, 0, 0, 0, 0xff, 0xffff, 0xffffff, -1];

/** The first byte past the module's static data: memory from here on is the caller's. */
export function heapBase(): usize {
  return __heap_base;
}

/**
 * Scans rows from byte `pos` up to `len`, at most `cap` of them; returns how many, and leaves the
 * position after the last at state[0]. Column c's kind at kinds[c]; its numbers at
 * nums[c * cap + row] (f64), its codes at codes[c * cap + row] (i32), its table at
 * tables + c * slots * 16 (words: 3 i32 a slot, then codes: 1 i32 a slot).
 */
export function scan(pos: i32, len: i32, ncols: i32, cap: i32, slots: i32, kinds: usize, nums: usize, codes: usize, tables: usize, state: usize): i32 {
  let p = pos;
  let row: i32 = 0;
  const tableBytes = <usize>slots << 4;
  const mask = slots - 1;
  while (p < len && row < cap) {
    const rowStart = p;
    let ok = true;
    for (let c: i32 = 0; c < ncols; c++) {
      const kind = load<u8>(kinds + <usize>c);
      let ch = <i32>load<u8>(<usize>p);
      if (kind == 1) {
        let neg = false;
        if (ch == 45) {
          neg = true;
          p++;
          ch = <i32>load<u8>(<usize>p);
        }
        let mant: u64 = 0;
        const intStart = p;
        while (<u32>(ch - 48) <= 9) {
          mant = mant * 10 + <u64>(ch - 48);
          p++;
          ch = <i32>load<u8>(<usize>p);
        }
        let digits = p - intStart;
        let frac: i32 = 0;
        if (ch == 46) {
          p++;
          ch = <i32>load<u8>(<usize>p);
          const fracStart = p;
          while (<u32>(ch - 48) <= 9) {
            mant = mant * 10 + <u64>(ch - 48);
            p++;
            ch = <i32>load<u8>(<usize>p);
          }
          frac = p - fracStart;
          digits += frac;
        }
        if (!((ch == 44 || ch == 10 || ch == 13) && digits > 0 && digits <= 18 && mant < 9007199254740992 && frac <= 22)) {
          ok = false;
          break;
        }
        let v = <f64>mant;
        if (frac != 0) v = v / unchecked(POW10[frac]);
        store<f64>(nums + ((<usize>c * <usize>cap + <usize>row) << 3), neg ? -v : v);
      } else if (kind == 2) {
        const start = p;
        while (ch != 44 && ch != 10 && ch != 13 && ch != 34) {
          p++;
          ch = <i32>load<u8>(<usize>p);
        }
        const n = p - start;
        if (ch == 34 || n > 8) {
          ok = false;
          break;
        }
        const lo = load<i32>(<usize>start) & unchecked(LO_MASK[n]);
        const hi = load<i32>(<usize>start + 4) & unchecked(HI_MASK[n]);
        let h = (lo ^ ((hi ^ n) * <i32>0x9e3779b1)) * <i32>0x85ebca6b;
        h ^= <i32>(<u32>h >>> 15);
        let slot = h & mask;
        const words = tables + <usize>c * tableBytes;
        const codesAt = words + (<usize>slots * 12);
        let code: i32 = -1;
        for (;;) {
          const e = load<i32>(codesAt + (<usize>slot << 2));
          if (e == 0) break;
          const w = words + <usize>slot * 12;
          if (load<i32>(w) == lo && load<i32>(w, 4) == hi && load<i32>(w, 8) == n) {
            code = e - 1;
            break;
          }
          slot = (slot + 1) & mask;
        }
        if (code < 0) {
          ok = false;
          break;
        }
        store<i32>(codes + ((<usize>c * <usize>cap + <usize>row) << 2), code);
      } else {
        ok = false;
        break;
      }
      if (ch == 44) {
        if (c == ncols - 1) {
          ok = false;
          break;
        }
        p++;
        continue;
      }
      if (c != ncols - 1) {
        ok = false;
        break;
      }
      p++;
      if (ch == 13 && <i32>load<u8>(<usize>p) == 10) p++;
    }
    if (!ok) {
      p = rowStart;
      break;
    }
    row++;
  }
  store<i32>(state, p);
  return row;
}
