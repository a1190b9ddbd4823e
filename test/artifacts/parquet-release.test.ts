// The direct Parquet reader frees each decompressed page once its sink has read it (releasePage),
// and only a page the decompressor made as an array of its own: never a view of the chunk's bytes
// (an uncompressed page, or a buffer reused from chunk to chunk) nor of a buffer shared otherwise.
import { describe, expect, it } from 'vitest';
import { releasePage } from '../../src/artifacts/parquet-flat.js';

describe('releasePage', () => {
  it('frees an array of its own that is not the input', () => {
    const input = new Uint8Array(16);
    const page = new Uint8Array(32);
    releasePage(page, input);
    expect(page.buffer.byteLength).toBe(0);
    expect(input.length).toBe(16);
  });

  it('leaves the input, views of it and views into larger buffers alone', () => {
    const chunk = new Uint8Array(64).fill(7);
    const body = chunk.subarray(8, 40);
    // An uncompressed page is the body itself.
    releasePage(body, body);
    expect(chunk.buffer.byteLength).toBe(64);
    // A view of the same reused buffer.
    releasePage(chunk.subarray(0, 8), body);
    expect(chunk.buffer.byteLength).toBe(64);
    // A decompressor's output that is part of a larger buffer of its own.
    const pool = new Uint8Array(128);
    const part = pool.subarray(16, 48);
    releasePage(part, body);
    expect(pool.buffer.byteLength).toBe(128);
    expect(part.length).toBe(32);
    expect(chunk[10]).toBe(7);
  });
});
