/**
 * The Parquet reader's per-value loops of dictionary pages in WebAssembly (wasm/parquet-hybrid.ts,
 * decision 0051): the bit-packed runs' unpacking, the text columns' codes through the page's entry
 * codes, and the number columns' dictionary lookups. The reader (parquet-flat.ts) walks the runs
 * and keeps every check and error; these take the values, the same as its JavaScript loops. Where
 * WebAssembly is not available the reader keeps its JavaScript loops.
 */
import { PARQUET_HYBRID_WASM } from './parquet-hybrid-wasm.js';
import { SNAPPY_WASM } from './snappy-wasm.js';
import { instantiate, reserve, type WasmMemory } from './wasm.js';

interface HybridExports {
  readonly memory: WasmMemory;
  heapBase(): number;
  unpack(src: number, width: number, out: number, keep: number): number;
  mapCodes(idx: number, n: number, entryCode: number, size: number, out: number): number;
  gather(idx: number, n: number, dict: number, size: number, out: number): number;
}

/** Bytes a module may read or write past a region's end (a bit-packed value's 8-byte window, snappy's 16-byte moves). */
const PAD = 16;
const align = (n: number): number => (n + 15) & ~15;

/** Pages the module decoded, over this thread's reads: for the tests to see the path taken. */
export const hybridModuleCounts = { pages: 0 };

/**
 * One thread's module and its memory, laid out per page: the page's bytes, then the indices
 * (i32), the output (codes i32 or values f64), the page dictionary's entry codes (i32) or values
 * (f64). The views are taken afresh after the memory grows.
 */
export class HybridModule {
  private page = 0;
  private idx = 0;
  private out = 0;
  private table = 0;

  private constructor(private readonly ex: HybridExports) {}

  /**
   * Lays the memory out for a page of `bytes` bytes, `count` values and a dictionary of `entries`
   * entries, and copies bytes[from, from + bytes) in; returns the module address of bytes[from].
   */
  load(src: Uint8Array, from: number, bytes: number, count: number, entries: number): number {
    hybridModuleCounts.pages++;
    this.page = align(this.ex.heapBase());
    this.idx = align(this.page + bytes + PAD);
    this.out = align(this.idx + 4 * count + PAD);
    this.table = align(this.out + 8 * count);
    reserve(this.ex.memory, this.table + 8 * entries + PAD);
    const u8 = new Uint8Array(this.ex.memory.buffer);
    u8.set(src.subarray(from, from + bytes), this.page);
    u8.fill(0, this.page + bytes, this.page + bytes + PAD);
    return this.page;
  }

  /** unpack(): `keep` values of `width` bits at module address `src` into the indices from `at`; their sum. */
  unpack(src: number, width: number, at: number, keep: number): number {
    return this.ex.unpack(src, width, this.idx + 4 * at, keep);
  }

  /** The indices [from, to) set to `value` (an RLE run). */
  fill(value: number, from: number, to: number): void {
    new Int32Array(this.ex.memory.buffer, this.idx, to).fill(value, from, to);
  }

  /** The indices [0, n), as a view (valid until the next load). */
  indices(n: number): Int32Array {
    return new Int32Array(this.ex.memory.buffer, this.idx, n);
  }

  /** The entry codes' table (i32, `size` entries), as a view to fill and update (valid until the next load). */
  entryCodes(size: number): Int32Array {
    return new Int32Array(this.ex.memory.buffer, this.table, size);
  }

  /** Codes of indices [from, n) through the entry codes (`size`) into the output; where it stopped (n: nowhere). */
  mapCodes(from: number, n: number, size: number): number {
    return from + this.ex.mapCodes(this.idx + 4 * from, n - from, this.table, size, this.out + 4 * from);
  }

  /** The output's codes [0, n) (valid until the next load). */
  codes(n: number): Int32Array {
    return new Int32Array(this.ex.memory.buffer, this.out, n);
  }

  /** The dictionary's values (f64, `size`), as a view to fill (valid until the next load). */
  dictionary(size: number): Float64Array {
    return new Float64Array(this.ex.memory.buffer, this.table, size);
  }

  /** Values of indices [0, n) from the dictionary into the output; the first index outside it, or n. */
  gather(n: number, size: number): number {
    return this.ex.gather(this.idx, n, this.table, size, this.out);
  }

  /** The output's values [0, n) (valid until the next load). */
  values(n: number): Float64Array {
    return new Float64Array(this.ex.memory.buffer, this.out, n);
  }

  private static state: HybridModule | null | undefined;

  /** This thread's module, or null where WebAssembly is not available. */
  static get(): HybridModule | null {
    if (HybridModule.state === undefined) {
      const ex = instantiate<HybridExports>(PARQUET_HYBRID_WASM);
      HybridModule.state = ex && new HybridModule(ex);
    }
    return HybridModule.state;
  }
}

interface SnappyExports {
  readonly memory: WasmMemory;
  heapBase(): number;
  uncompress(src: number, n: number, out: number, size: number): number;
}

/** Pages the snappy module decompressed, over this thread's reads: for the tests to see the path taken. */
export const snappyModuleCounts = { pages: 0 };

/**
 * One thread's snappy decompressor (wasm/snappy.ts, decision 0052): a compressed page is copied
 * into its memory and decompressed there, and the reader reads the page where it is, instead of
 * from a copy (hyparquet-compressors' snappy copies every page out of its module's memory).
 */
export class SnappyModule {
  private constructor(private readonly ex: SnappyExports) {}

  /**
   * `input` decompressed into `size` bytes, as a view of the module's memory that is valid until
   * the next call (the reader is done with a page before it decompresses the next); null when the
   * bytes are not a snappy stream of `size` bytes (the caller's decompressor then says why).
   */
  uncompress(input: Uint8Array, size: number): Uint8Array | null {
    const src = align(this.ex.heapBase());
    const out = align(src + input.length + PAD);
    const mem = this.ex.memory;
    reserve(mem, out + size + PAD);
    new Uint8Array(mem.buffer).set(input, src);
    if (this.ex.uncompress(src, input.length, out, size) !== 0) return null;
    snappyModuleCounts.pages++;
    return new Uint8Array(mem.buffer, out, size);
  }

  private static state: SnappyModule | null | undefined;

  /** This thread's module, or null where WebAssembly is not available. */
  static get(): SnappyModule | null {
    if (SnappyModule.state === undefined) {
      const ex = instantiate<SnappyExports>(SNAPPY_WASM);
      SnappyModule.state = ex && new SnappyModule(ex);
    }
    return SnappyModule.state;
  }
}
