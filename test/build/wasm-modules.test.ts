// The WebAssembly modules the program carries (src/artifacts/NAME-wasm.ts, generated and committed)
// must be their sources, wasm/NAME.ts, compiled as `npm run build:wasm` compiles them.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_SCAN_WASM } from '../../src/artifacts/csv-scan-wasm.js';
import { PARQUET_HYBRID_WASM } from '../../src/artifacts/parquet-hybrid-wasm.js';
import { SNAPPY_WASM } from '../../src/artifacts/snappy-wasm.js';

const repo = join(import.meta.dirname, '../..');
const fresh = (name: string): string => execFileSync(process.execPath, [join(repo, 'scripts/build-wasm.mjs'), '--print', name], { encoding: 'utf8' }).trim();

describe('the WebAssembly modules', () => {
  it.each([
    ['csv-scan', CSV_SCAN_WASM],
    ['parquet-hybrid', PARQUET_HYBRID_WASM],
    ['snappy', SNAPPY_WASM],
  ])('%s is its compiled source (run `npm run build:wasm` after editing wasm/)', (name, committed) => {
    const bytes = fresh(name);
    expect(bytes.length).toBeGreaterThan(100);
    expect(committed).toBe(bytes);
  }, 60_000);
});
