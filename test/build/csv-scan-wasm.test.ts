// The WebAssembly module the program carries (src/artifacts/csv-scan-wasm.ts, generated and
// committed) must be its source's, wasm/csv-scan.ts, compiled as `npm run build:wasm` compiles it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_SCAN_WASM } from '../../src/artifacts/csv-scan-wasm.js';

const repo = join(import.meta.dirname, '../..');

describe('the CSV row loop module', () => {
  it('is the compiled source (run `npm run build:wasm` after editing wasm/csv-scan.ts)', () => {
    const fresh = execFileSync(process.execPath, [join(repo, 'scripts/build-wasm.mjs'), '--print'], { encoding: 'utf8' }).trim();
    expect(fresh.length).toBeGreaterThan(100);
    expect(CSV_SCAN_WASM).toBe(fresh);
  }, 60_000);
});
