// releaseNow (decision 0032) frees a buffer's memory at once by detaching it. It must free plain
// buffers only: a SharedArrayBuffer may be read by another thread. keepFreedMemory (decision 0043)
// has glibc's malloc keep freed arrays' pages for the next ones.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keepFreedMemory, releaseNow, THRESHOLD_BLOCK_BYTES } from '../src/memory.js';

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

const glibc = process.platform === 'linux' && Boolean((process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime);

describe('keepFreedMemory', () => {
  it('allocates and frees one block under 32 MiB, and leaves nothing behind', () => {
    expect(THRESHOLD_BLOCK_BYTES).toBeLessThan(32 * 2 ** 20);
    expect(THRESHOLD_BLOCK_BYTES).toBeGreaterThan(31 * 2 ** 20);
    const before = process.memoryUsage.rss();
    keepFreedMemory();
    expect(process.memoryUsage.rss() - before).toBeLessThan(8 * 2 ** 20);
  });

  it.runIf(glibc)('has a freed 24 MB array\u2019s pages serve the next one, which without it takes fresh pages', () => {
    // In a fresh process each time: the threshold is the process's, and only rises.
    const dir = mkdtempSync(join(tmpdir(), 'mld-mem-'));
    try {
      const script = join(dir, 'probe.mts');
      writeFileSync(
        script,
        [
          `import { keepFreedMemory, releaseNow } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../src/memory.ts')).href)};`,
          "if (process.argv[2] === 'keep') keepFreedMemory();",
          'const touched = (n: number) => { const a = new Uint8Array(n); for (let i = 0; i < n; i += 4096) a[i] = 1; return a; };',
          'releaseNow(touched(24 * 2 ** 20));',
          'const f0 = process.resourceUsage().minorPageFault;',
          'touched(24 * 2 ** 20);',
          'console.log(process.resourceUsage().minorPageFault - f0);',
        ].join('\n'),
      );
      const faults = (mode: string) => {
        const r = spawnSync(process.execPath, ['--import', 'tsx', script, mode], { encoding: 'utf8', cwd: join(import.meta.dirname, '..'), env: { ...process.env, GLIBC_TUNABLES: '' } });
        expect(r.status, r.stderr).toBe(0);
        return Number(r.stdout.trim());
      };
      const pages = (24 * 2 ** 20) / 4096;
      // Without it the second array is fresh memory: a fault per page (the first array was unmapped).
      expect(faults('plain')).toBeGreaterThan(pages * 0.9);
      // With it the second array reuses the first one's pages.
      expect(faults('keep')).toBeLessThan(pages * 0.1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
