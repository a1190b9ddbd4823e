// The modules' shared helpers (src/artifacts/wasm.ts): an instance of real bytes or null, never a
// throw; and a memory grown in whole 64 KiB pages to at least what a wrapper lays out, not more.
import { describe, expect, it } from 'vitest';
import { instantiate, reserve, type WasmMemory } from '../../src/artifacts/wasm.js';
import { SNAPPY_WASM } from '../../src/artifacts/snappy-wasm.js';

describe('instantiate', () => {
  it('gives a module of good bytes its exports, and null for bytes that are no module', () => {
    const ex = instantiate<{ heapBase(): number; memory: WasmMemory }>(SNAPPY_WASM);
    expect(ex!.heapBase()).toBeGreaterThan(0);
    expect(ex!.memory.buffer.byteLength).toBe(65536);
    expect(instantiate(Buffer.from('not a module').toString('base64'))).toBeNull();
  });
});

describe('reserve', () => {
  /** A memory as the module's behaves: whole 64 KiB pages, a new buffer at each growth. */
  const memory = (pages: number): WasmMemory & { grown: number[] } => {
    let buffer = new ArrayBuffer(pages * 65536);
    const grown: number[] = [];
    return {
      grown,
      get buffer() {
        return buffer;
      },
      grow(n: number) {
        grown.push(n);
        const old = buffer.byteLength / 65536;
        buffer = new ArrayBuffer(buffer.byteLength + n * 65536);
        return old;
      },
    };
  };

  it('grows a memory by the whole pages that reach the bytes asked, and only when short', () => {
    const mem = memory(1);
    reserve(mem, 65536);
    reserve(mem, 65537);
    reserve(mem, 5 * 65536 - 1);
    reserve(mem, 100);
    expect(mem.grown).toEqual([1, 3]);
    expect(mem.buffer.byteLength).toBe(5 * 65536);
  });
});
