// The V8 flags of decisions 0029, 0030 and 0047: the test processes run with them, each is an
// option this Node's V8 knows (a misspelled one would be dropped with a warning, and the fault would
// be back), and set at run time, as the entries set them, they leave Maglev on (V8's own trace of
// what it compiles): only Maglev's escape analysis is off; and the young generation they let grow
// is the setting thread's own (it grows further in one step). They change the tag V8 checks before
// it uses a code cache, so the command sets them after its early worker has started up (decision
// 0053): applyV8FlagsAfter waits for the worker's cell, at most its bound.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { applyV8FlagsAfter, startedUp, startupCell, V8_FLAGS, v8FlagsFor, YOUNG_GROWTH_FACTOR } from '../../src/v8-flags.js';

const repo = join(import.meta.dirname, '../..');

/**
 * Runs a script of `body` lines, after applyV8Flags() when `apply`, in a fresh Node with `nodeArgs`
 * (as the entries set the flags: at run time, after the isolate started); returns its stdout.
 */
function runWithFlags(apply: boolean, body: readonly string[], nodeArgs: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'mld-v8-flags-'));
  try {
    const script = join(dir, 'script.mts');
    const flags = pathToFileURL(join(repo, 'src/v8-flags.ts')).href;
    writeFileSync(script, [`import { applyV8Flags } from ${JSON.stringify(flags)};`, apply ? 'applyV8Flags();' : '', ...body].join('\n'));
    const r = spawnSync(process.execPath, [...nodeArgs, '--import', 'tsx', script], { cwd: repo, encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(0);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a hot loop under --trace-opt, with or without applyV8Flags() first; returns the trace. */
function traced(apply: boolean): string {
  const out = runWithFlags(
    apply,
    [
      'function f(a: Float64Array): number { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]! * 1.5; return s; }',
      'const a = new Float64Array(1000).fill(1);',
      'let t = 0;',
      'for (let k = 0; k < 20000; k++) t += f(a);',
      'console.log(t);',
    ],
    ['--trace-opt'],
  );
  // The hot function's own lines (the loader's code runs hot before the flags are set).
  return out
    .split('\n')
    .filter((l) => l.includes('<JSFunction f '))
    .join('\n');
}

/**
 * The young generation's size (MiB, V8's new space) after a churn of objects of which only the
 * last 1,000 live at a time, with or without applyV8Flags() first.
 */
function youngAfterChurn(apply: boolean): number {
  const out = runWithFlags(apply, [
    `import { getHeapSpaceStatistics } from 'node:v8';`,
    'const ring: { a: number; b: number[] }[] = new Array(1000);',
    'let t = 0;',
    'for (let i = 0; i < 2_000_000; i++) { const o = { a: i * 1.5, b: [i, i + 1] }; ring[i % ring.length] = o; t += o.b.length; }',
    "const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');",
    'console.log(JSON.stringify({ t, mib: young ? young.space_size / 2 ** 20 : -1 }));',
  ]);
  return (JSON.parse(out.trim().split('\n').pop()!) as { mib: number }).mib;
}

describe('V8 flags', () => {
  it('are those the test processes run with', () => {
    expect(V8_FLAGS).toEqual(['--no-maglev-escape-analysis', `--semi-space-growth-factor=${YOUNG_GROWTH_FACTOR}`]);
    for (const f of V8_FLAGS) expect(process.execArgv).toContain(f);
  });

  it("are options of this Node's V8", () => {
    const accepts = (flag: string) => spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8', timeout: 60000 }).status === 0;
    for (const f of V8_FLAGS) expect(accepts(f), f).toBe(true);
    // The check can fail: Node refuses an option V8 does not have.
    expect(accepts('--no-maglev-escape-analysys')).toBe(false);
  });

  it('are each set only on a V8 that knows it (Node 20, whose V8 has no Maglev escape analysis flag, prints an error for it)', () => {
    expect(v8FlagsFor(process.versions.v8)).toEqual(V8_FLAGS);
    expect(v8FlagsFor('13.6.233.10-node.27')).toEqual(V8_FLAGS);
    expect(v8FlagsFor('12.4.254.21-node.57')).toEqual(V8_FLAGS);
    expect(v8FlagsFor('11.3.244.8-node.38')).toEqual([`--semi-space-growth-factor=${YOUNG_GROWTH_FACTOR}`]);
  });

  it('leave hot code to Maglev when set at run time', () => {
    // Maglev still compiles the hot function, with or without the flags: only its escape
    // analysis is off (decision 0030 narrowed decision 0029's --no-maglev to it).
    expect(traced(false)).toMatch(/target MAGLEV/);
    expect(traced(true)).toMatch(/target MAGLEV/);
  });

  it('grow the young generation of the thread that sets them at run time', () => {
    // V8 reads the growth factor when it grows the space (decision 0047): set after the isolate
    // started, as the entries set it, the space still ends larger than V8's default growth leaves it.
    const plain = youngAfterChurn(false);
    const set = youngAfterChurn(true);
    expect(plain).toBeGreaterThan(0);
    expect(set).toBeGreaterThanOrEqual(2 * plain);
  });

  it('change the tag a code cache is checked against, when set at run time', () => {
    // The reason they wait for the early worker's start-up (decision 0053): a thread that starts
    // after them finds Node's built-in code cache made under another tag, and compiles from source.
    const out = runWithFlags(false, [
      `import { cachedDataVersionTag } from 'node:v8';`,
      `import { applyV8Flags } from ${JSON.stringify(pathToFileURL(join(repo, 'src/v8-flags.ts')).href)};`,
      'const before = cachedDataVersionTag();',
      'applyV8Flags();',
      'console.log(JSON.stringify([before, cachedDataVersionTag()]));',
    ]);
    const [before, after] = JSON.parse(out.trim().split('\n').pop()!) as [number, number];
    expect(after).not.toBe(before);
  });
});

describe('applyV8FlagsAfter', () => {
  it('waits for the worker to raise its start-up cell, and no longer', async () => {
    const cell = startupCell();
    // The worker raises the cell 150 ms after it starts, as parse-worker.ts does once loaded.
    const code = `const { workerData } = require('node:worker_threads'); setTimeout(() => { Atomics.store(workerData.startup, 0, 1); Atomics.notify(workerData.startup, 0); }, 150);`;
    const w = new Worker(code, { eval: true, workerData: { startup: cell } });
    try {
      applyV8FlagsAfter(cell, 30_000);
      expect(Atomics.load(cell, 0)).toBe(1);
    } finally {
      await w.terminate();
    }
  });

  it('gives up after its bound when the cell is never raised, and waits for nothing without one', () => {
    const cell = startupCell();
    const t0 = performance.now();
    applyV8FlagsAfter(cell, 100);
    expect(Atomics.load(cell, 0)).toBe(0);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(90);
    applyV8FlagsAfter(null, 100);
  });

  it('is raised by startedUp only through a start-up cell in the worker data', () => {
    const cell = startupCell();
    startedUp(undefined);
    startedUp({ startup: 'no cell' });
    expect(Atomics.load(cell, 0)).toBe(0);
    startedUp({ startup: cell });
    expect(Atomics.load(cell, 0)).toBe(1);
  });
});
