// The V8 flags of decision 0029: the test processes run with them, and setting them at run time,
// as the entries do, keeps hot code away from Maglev (V8's own trace of what it compiles, and how).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { V8_FLAGS } from '../../src/v8-flags.js';

const repo = join(import.meta.dirname, '../..');

/** Runs a hot loop under --trace-opt, with or without applyV8Flags() first; returns the trace. */
function traced(apply: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'mld-v8-flags-'));
  try {
    const script = join(dir, 'hot.mts');
    const flags = pathToFileURL(join(repo, 'src/v8-flags.ts')).href;
    writeFileSync(
      script,
      [
        `import { applyV8Flags } from ${JSON.stringify(flags)};`,
        apply ? 'applyV8Flags();' : '',
        'function f(a: Float64Array): number { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]! * 1.5; return s; }',
        'const a = new Float64Array(1000).fill(1);',
        'let t = 0;',
        'for (let k = 0; k < 20000; k++) t += f(a);',
        'console.log(t);',
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, ['--trace-opt', '--import', 'tsx', script], { cwd: repo, encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(0);
    // The hot function's own lines (the loader's code runs hot before the flags are set).
    return r.stdout
      .split('\n')
      .filter((l) => l.includes('<JSFunction f '))
      .join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('V8 flags', () => {
  it('are those the test processes run with', () => {
    expect(V8_FLAGS).toContain('--no-maglev');
    for (const f of V8_FLAGS) expect(process.execArgv).toContain(f);
  });

  it('keep hot code from Maglev when set at run time', () => {
    // Without them V8 compiles the hot function with Maglev first; with them only with Turbofan.
    expect(traced(false)).toMatch(/target MAGLEV/);
    const on = traced(true);
    expect(on).not.toMatch(/target MAGLEV/);
    expect(on).toMatch(/target TURBOFAN/);
  });
});
