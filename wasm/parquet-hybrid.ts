// Inner loops of the Parquet reader's RLE / bit-packed hybrid decoding in WebAssembly
// (AssemblyScript; built by `npm run build:wasm` into src/artifacts/parquet-hybrid-wasm.ts,
// decision 0051). src/artifacts/parquet-wasm.ts copies a page's bytes in, the reader walks the
// runs, and these take the values: the same values as the JavaScript loops, or a stop.

/** The first byte past the module's static data: memory from here on is the caller's. */
export function heapBase(): usize {
  return __heap_base;
}

/**
 * `keep` values of `width` bits (1 to 32, least significant bit first) from the bytes at `src`
 * into out[0..keep) (i32); returns their sum, each value taken unsigned. The bytes must be
 * readable 4 past the last value's.
 */
export function unpack(src: usize, width: i32, out: usize, keep: i32): f64 {
  let sum: f64 = 0;
  if (width <= 25) {
    const mask: u32 = (<u32>1 << <u32>width) - 1;
    let bitPos: usize = 0;
    for (let i: i32 = 0; i < keep; i++) {
      const word = load<u32>(src + (bitPos >> 3));
      const v = (word >>> <u32>(bitPos & 7)) & mask;
      store<i32>(out + (<usize>i << 2), <i32>v);
      sum += <f64>v;
      bitPos += <usize>width;
    }
    return sum;
  }
  const mask: u64 = width == 32 ? 0xffffffff : (<u64>1 << <u64>width) - 1;
  let bitPos: usize = 0;
  for (let i: i32 = 0; i < keep; i++) {
    const word = load<u64>(src + (bitPos >> 3));
    const v = <u32>((word >>> <u64>(bitPos & 7)) & mask);
    store<i32>(out + (<usize>i << 2), <i32>v);
    sum += <f64>v;
    bitPos += <usize>width;
  }
  return sum;
}

/**
 * Codes of `n` dictionary indices (i32 at idx) through the page's entry codes (i32 at entryCode,
 * `size` entries) into out (i32); returns the index of the first one that stops the loop — an
 * index outside the dictionary, or an entry not met yet (code −2), which the caller assigns — or
 * n when none does.
 */
export function mapCodes(idx: usize, n: i32, entryCode: usize, size: i32, out: usize): i32 {
  for (let i: i32 = 0; i < n; i++) {
    const j = load<i32>(idx + (<usize>i << 2));
    if (<u32>j >= <u32>size) return i;
    const code = load<i32>(entryCode + (<usize>j << 2));
    if (code == -2) return i;
    store<i32>(out + (<usize>i << 2), code);
  }
  return n;
}

/**
 * The values of `n` dictionary indices (i32 at idx) in the dictionary (f64 at dict, `size`
 * entries) into out (f64); returns the index of the first one outside the dictionary, or n.
 */
export function gather(idx: usize, n: i32, dict: usize, size: i32, out: usize): i32 {
  for (let i: i32 = 0; i < n; i++) {
    const j = load<i32>(idx + (<usize>i << 2));
    if (<u32>j >= <u32>size) return i;
    store<f64>(out + (<usize>i << 3), load<f64>(dict + (<usize>j << 3)));
  }
  return n;
}
