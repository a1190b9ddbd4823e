// releaseNow (decision 0032) frees a buffer's memory at once by detaching it. It must free plain
// buffers only: a SharedArrayBuffer may be read by another thread.
import { describe, expect, it } from 'vitest';
import { releaseNow } from '../src/memory.js';

describe('releaseNow', () => {
  it('detaches a plain buffer: every view of it is empty after', () => {
    const a = new Float64Array(1000).fill(1);
    const view = new Uint8Array(a.buffer, 8, 16);
    releaseNow(a);
    expect(a.length).toBe(0);
    expect(view.length).toBe(0);
    expect(a.buffer.byteLength).toBe(0);
    // Twice is harmless.
    releaseNow(a);
    expect(a.length).toBe(0);
  });

  it('frees a subarray view\u2019s whole buffer', () => {
    const a = new Int32Array(100);
    const sub = a.subarray(10, 20);
    releaseNow(sub);
    expect(a.length).toBe(0);
  });

  it('leaves a SharedArrayBuffer alone', () => {
    const s = new Float64Array(new SharedArrayBuffer(800)).fill(2);
    releaseNow(s);
    expect(s.length).toBe(100);
    expect(s[99]).toBe(2);
  });

  it('gives the memory back to the process at once (resident memory falls)', () => {
    // 256 MiB, touched: far above any noise of the heap around it.
    const rss = () => process.memoryUsage.rss();
    const big = new Uint8Array(256 * 1024 * 1024).fill(1);
    const before = rss();
    releaseNow(big);
    expect(before - rss()).toBeGreaterThan(200 * 1024 * 1024);
  });
});
