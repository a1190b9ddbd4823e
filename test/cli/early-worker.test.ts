// The command's entry starts a parse worker before the program loads (cli/early-worker.ts, issue
// 11): it must start one exactly when the program will want it (the program's own rules), hand
// it over once, and a parse pool must use it for its first file, or do without it when it died.
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_MIN_BYTES } from '../../src/artifacts/parallel-rules.js';
import { IN_PROCESS_PARSER, workerTableParser } from '../../src/artifacts/parse-pool.js';
import { earlyWorkerStartup, startEarlyWorker, takeEarlyWorker, wantsEarlyWorker } from '../../src/cli/early-worker.js';

let work: string;
let answering: URL;
let quitting: URL;
const csv = join(import.meta.dirname, '../../examples/churn/current/eval/predictions.csv');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mld-early-'));
  const a = join(work, 'answering-worker.mjs');
  writeFileSync(a, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => parentPort.postMessage({ id: m.id, table: { path: 'from worker', nRows: 0, columns: [] } }));\n");
  answering = pathToFileURL(a);
  const q = join(work, 'quitting-worker.mjs');
  writeFileSync(q, 'process.exit(0);\n');
  quitting = pathToFileURL(q);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('wantsEarlyWorker', () => {
  const machine = (load: number) => () => ({ load, cores: 2 });
  const big = { tableBytes: () => PARALLEL_MIN_BYTES, machine: machine(0.2) };
  it('follows the program: a diagnose of large tables, --workers on, or auto with a core to spare', () => {
    expect(wantsEarlyWorker(['diagnose', '--baseline', 'b', '--current', 'c'], big)).toBe(true);
    expect(wantsEarlyWorker(['diagnose', '--current', 'c', '--workers', 'on'], { ...big, machine: machine(5) })).toBe(true);
    expect(wantsEarlyWorker(['diagnose', '--current', 'c', '--workers=on'], { ...big, machine: machine(5) })).toBe(true);
    // auto on a busy machine, off, a value the program refuses, small tables, another command.
    expect(wantsEarlyWorker(['diagnose', '--current', 'c'], { ...big, machine: machine(1.5) })).toBe(false);
    expect(wantsEarlyWorker(['diagnose', '--current', 'c', '--workers', 'off'], big)).toBe(false);
    expect(wantsEarlyWorker(['diagnose', '--current', 'c', '--workers', 'all'], big)).toBe(false);
    expect(wantsEarlyWorker(['diagnose', '--current', 'c'], { ...big, tableBytes: () => PARALLEL_MIN_BYTES - 1 })).toBe(false);
    expect(wantsEarlyWorker(['summarize', 't.csv'], big)).toBe(false);
  });
  it('reads the load of the machine only when it decides: auto, and tables large enough', () => {
    let reads = 0;
    const counted = { ...big, machine: () => (reads++, { load: 0, cores: 2 }) };
    wantsEarlyWorker(['--version'], counted);
    wantsEarlyWorker(['diagnose', '--current', 'c', '--workers', 'on'], counted);
    wantsEarlyWorker(['diagnose', '--current', 'c', '--workers', 'off'], counted);
    wantsEarlyWorker(['diagnose', '--current', 'c'], { ...counted, tableBytes: () => 0 });
    expect(reads).toBe(0);
    expect(wantsEarlyWorker(['diagnose', '--current', 'c'], counted)).toBe(true);
    expect(reads).toBe(1);
  });
});

describe('the early worker', () => {
  it('is handed over once, and not at all when there is no worker file', async () => {
    startEarlyWorker(pathToFileURL(join(work, 'missing.mjs')));
    expect(takeEarlyWorker()).toBeNull();
    startEarlyWorker(answering);
    const w = takeEarlyWorker();
    expect(w).toBeInstanceOf(Worker);
    expect(takeEarlyWorker()).toBeNull();
    await w!.terminate();
  });

  it('shares its start-up cell until the program takes it (the program then sets V8 flags, decision 0053)', async () => {
    expect(earlyWorkerStartup()).toBeNull();
    startEarlyWorker(answering);
    const cell = earlyWorkerStartup();
    expect(cell).toBeInstanceOf(Int32Array);
    expect(cell!.buffer).toBeInstanceOf(SharedArrayBuffer);
    const w = takeEarlyWorker()!;
    expect(earlyWorkerStartup()).toBeNull();
    await w.terminate();
  });

  it('parses the first file of a pool, which stops it once the file is back', async () => {
    startEarlyWorker(answering);
    const w = takeEarlyWorker()!;
    const stopped = once(w, 'exit');
    // The pool's own workers would run a file that does not exist: only the started one can answer.
    const p = workerTableParser(pathToFileURL(join(work, 'missing.mjs')), { minBytes: 0, started: w });
    try {
      expect((await p.parse('eval/p.csv', () => readFileSync(csv))).path).toBe('from worker');
      await stopped;
    } finally {
      await p.close();
    }
  });

  it('is left out when it stopped before its first file, and the file is parsed all the same', async () => {
    const w = new Worker(quitting);
    await once(w, 'exit');
    const p = workerTableParser(pathToFileURL(join(work, 'missing.mjs')), { minBytes: 0, maxWorkers: 1, started: w });
    try {
      expect(await p.parse('eval/p.csv', () => readFileSync(csv))).toStrictEqual(await IN_PROCESS_PARSER.parse('eval/p.csv', () => readFileSync(csv)));
    } finally {
      await p.close();
    }
  });
});
