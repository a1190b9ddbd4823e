// Parsing on other cores (worker threads) must give exactly what parsing here gives, route only
// large files to workers, and survive a worker that cannot run. The worker entry is bundled the
// way scripts/build.mjs bundles it for dist/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePair } from '../../bench/generate.js';
import { hasSpareCore, IN_PROCESS_PARSER, PARALLEL_MIN_BYTES, workerTableParser, type TableParser } from '../../src/artifacts/parse-pool.js';
import { localDirSource } from '../../src/artifacts/source.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { review } from '../../src/review.js';
import { applyV8FlagsAfter, startupCell } from '../../src/v8-flags.js';

const repo = join(import.meta.dirname, '../..');
let work: string;
let workerUrl: URL;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mld-pool-'));
  await build({ entryPoints: { 'parse-worker': join(repo, 'src/artifacts/parse-worker.ts') }, outdir: join(work, 'dist'), bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  workerUrl = pathToFileURL(join(work, 'dist/parse-worker.js'));
}, 60000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const files = {
  csv: join(repo, 'examples/churn/current/eval/predictions.csv'),
  parquet: join(repo, 'test/fixtures/parquet/review/current/eval/predictions.parquet'),
};

async function withParser<T>(parser: TableParser, fn: (p: TableParser) => Promise<T>): Promise<T> {
  try {
    return await fn(parser);
  } finally {
    await parser.close();
  }
}

describe('workerTableParser', () => {
  it.each(['csv', 'parquet'] as const)('parses a %s file in a worker into the same table as in this thread', async (kind) => {
    const path = `eval/predictions.${kind}`;
    const read = () => readFileSync(files[kind]);
    const here = await IN_PROCESS_PARSER.parse(path, read);
    const there = await withParser(workerTableParser(workerUrl, { minBytes: 0 }), (p) => p.parse(path, read));
    expect(there).toStrictEqual(here);
    expect(there.columns.some((c) => c.kind === 'number')).toBe(true);
  });

  it('tells when a worker has given back its file and stopped, and not for a file parsed here', async () => {
    const path = 'eval/predictions.csv';
    const read = () => readFileSync(files.csv);
    let done = 0;
    await withParser(workerTableParser(workerUrl, { minBytes: 0, onWorkerDone: () => done++ }), (p) => p.parse(path, read));
    expect(done).toBe(1);
    await withParser(workerTableParser(workerUrl, { minBytes: 1 << 30, onWorkerDone: () => done++ }), (p) => p.parse(path, read));
    expect(done).toBe(1);
  });

  it('raises its start-up cell once its modules are loaded (decision 0053)', async () => {
    const cell = startupCell();
    const w = new Worker(workerUrl, { workerData: { startup: cell } });
    try {
      applyV8FlagsAfter(cell, 30_000);
      expect(Atomics.load(cell, 0)).toBe(1);
    } finally {
      await w.terminate();
    }
  });

  it('hands its first worker over once its file is back, loading the module given, and stops the others', async () => {
    // The module the worker becomes: it answers a ping with its thread's id, and `last` after a
    // while (time for a reply from the parse worker's own listener, were it still there).
    const next = join(work, 'next-module.mjs');
    writeFileSync(
      next,
      "import { parentPort, threadId } from 'node:worker_threads';\nparentPort.on('message', (m) => m.last ? setTimeout(() => parentPort.postMessage('last'), 200) : parentPort.postMessage({ pong: m.ping, threadId }));\n",
    );
    const read = () => readFileSync(files.csv);
    const taken: Worker[] = [];
    const exits: Promise<unknown>[] = [];
    let done = 0;
    const [first, second, bad] = await withParser(
      workerTableParser(workerUrl, { minBytes: 0, maxWorkers: 1, onWorkerDone: () => done++, handOver: { url: pathToFileURL(next), take: (w) => taken.push(w) } }),
      async (p) => [await p.parse('eval/p.csv', read), await p.parse('eval/p.csv', read), await p.parse('eval/bad.csv', () => new TextEncoder().encode('a,b\n1\n')).catch((e: unknown) => e)],
    );
    const here = await IN_PROCESS_PARSER.parse('eval/p.csv', read);
    expect(first).toStrictEqual(here);
    expect(second).toStrictEqual(here);
    expect(String(bad)).toBe('InputError: eval/bad.csv:line 2: row has 1 fields, header has 2');
    // One worker handed over, for the first file; the workers of the others were stopped.
    expect(taken).toHaveLength(1);
    expect(done).toBe(3);
    const w = taken[0]!;
    exits.push(once(w, 'exit'));
    const replies: unknown[] = [];
    w.on('message', (m) => replies.push(m));
    w.postMessage({ ping: 7 });
    w.postMessage({ last: true });
    while (!replies.includes('last')) await once(w, 'message');
    // Only the new module answered: the parse worker's listener was gone before the ping.
    expect(replies).toEqual([{ pong: 7, threadId: w.threadId }, 'last']);
    await w.terminate();
    await Promise.all(exits);
  });

  it('lets a handed-over worker stop when the module given does not load', async () => {
    const stopped: Promise<unknown[]>[] = [];
    const read = () => readFileSync(files.csv);
    const t = await withParser(workerTableParser(workerUrl, { minBytes: 0, handOver: { url: pathToFileURL(join(work, 'missing-module.mjs')), take: (w) => stopped.push(once(w, 'exit')) } }), (p) => p.parse('eval/p.csv', read));
    expect(t).toStrictEqual(await IN_PROCESS_PARSER.parse('eval/p.csv', read));
    expect(stopped).toHaveLength(1);
    expect(await stopped[0]).toEqual([1]);
  });

  it('parses the two runs of a review in workers into a byte-identical report.json', async () => {
    const baseline = localDirSource(join(repo, 'examples/churn/baseline'), 'path', 'base');
    const current = localDirSource(join(repo, 'examples/churn/current'), 'path', 'cur');
    const serial = await review({ config: DEFAULT_CONFIG, baseline, current });
    const parallel = await withParser(workerTableParser(workerUrl, { minBytes: 0 }), (parser) => review({ config: DEFAULT_CONFIG, baseline, current, parser }));
    expect(JSON.stringify(parallel.report, null, 2)).toBe(JSON.stringify(serial.report, null, 2));
  });

  it.each(['csv', 'parquet'] as const)('has the worker read a %s file itself when given its local path, into the same table', async (kind) => {
    const path = `eval/predictions.${kind}`;
    const read = () => readFileSync(files[kind]);
    const here = await IN_PROCESS_PARSER.parse(path, read);
    let readHere = 0;
    const counted = () => {
      readHere++;
      return read();
    };
    const there = await withParser(workerTableParser(workerUrl, { minBytes: 0 }), (p) => p.parse(path, counted, undefined, files[kind]));
    expect(there).toStrictEqual(here);
    // The bytes never passed through this thread.
    expect(readHere).toBe(0);
  });

  // A CSV on this machine is read in pieces from its path (readTableInPieces), not through the
  // reused buffer. This Parquet fixture has a column the direct reader does not cover, so it is
  // read whole, through the reused buffer (Parquet read range by range: parquet-flat.test.ts).
  it.each([
    ['csv', 0],
    ['parquet', 1],
  ] as const)('parses a local %s file under the size threshold here (reused buffer reads: %i)', async (kind, reads) => {
    const path = `eval/predictions.${kind}`;
    let transient = 0;
    const read = () => readFileSync(files[kind]);
    const t = await withParser(workerTableParser(workerUrl, { minBytes: 1 << 30 }), (p) =>
      p.parse(
        path,
        read,
        () => {
          transient++;
          return read();
        },
        files[kind],
      ),
    );
    expect(t).toStrictEqual(await IN_PROCESS_PARSER.parse(path, read));
    expect(transient).toBe(reads);
  });

  it('sends a file to a worker only from the size threshold up', async () => {
    // A stand-in worker that answers every file with an empty table named 'from worker'.
    const fake = join(work, 'fake-worker.mjs');
    writeFileSync(fake, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => parentPort.postMessage({ id: m.id, table: { path: 'from worker', nRows: 0, columns: [] } }));\n");
    const bytes = readFileSync(files.csv);
    await withParser(workerTableParser(pathToFileURL(fake), { minBytes: bytes.length + 1 }), async (p) => {
      expect((await p.parse('eval/p.csv', () => bytes)).path).toBe('eval/p.csv');
    });
    await withParser(workerTableParser(pathToFileURL(fake), { minBytes: bytes.length }), async (p) => {
      expect((await p.parse('eval/p.csv', () => readFileSync(files.csv))).path).toBe('from worker');
    });
  });

  it('parses a file here instead of waiting while every worker is busy', async () => {
    // The stand-in worker answers after 200 ms, so the second file arrives while it is busy.
    const slow = join(work, 'slow-worker.mjs');
    writeFileSync(slow, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ id: m.id, table: { path: 'from worker', nRows: 0, columns: [] } }), 200));\n");
    const read = () => readFileSync(files.csv);
    const [first, second] = await withParser(workerTableParser(pathToFileURL(slow), { minBytes: 0, maxWorkers: 1 }), (p) =>
      Promise.all([p.parse('eval/a.csv', read), p.parse('eval/b.csv', read)]),
    );
    expect(first.path).toBe('from worker');
    expect(second).toStrictEqual(await IN_PROCESS_PARSER.parse('eval/b.csv', read));
  });

  it('reports a parse error from a worker as the same one-line error as here', async () => {
    const read = () => new TextEncoder().encode('a,b\n1,2\n3\n');
    const here = await IN_PROCESS_PARSER.parse('eval/bad.csv', read).catch((e: unknown) => e);
    const there = await withParser(workerTableParser(workerUrl, { minBytes: 0 }), (p) => p.parse('eval/bad.csv', read).catch((e: unknown) => e));
    expect(String(there)).toBe(String(here));
    expect(String(there)).toBe('InputError: eval/bad.csv:line 3: row has 1 fields, header has 2');
  });

  it('parses here when the worker dies', async () => {
    const crash = join(work, 'crash-worker.mjs');
    writeFileSync(crash, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const read = () => readFileSync(files.csv);
    const t = await withParser(workerTableParser(pathToFileURL(crash), { minBytes: 0 }), (p) => p.parse('eval/p.csv', read));
    expect(t).toStrictEqual(await IN_PROCESS_PARSER.parse('eval/p.csv', read));
  });
});

describe('hasSpareCore', () => {
  it('uses workers only when the others\' load leaves a whole core free', () => {
    expect(hasSpareCore(0.4, 2)).toBe(true);
    expect(hasSpareCore(1.0, 2)).toBe(true);
    expect(hasSpareCore(1.3, 2)).toBe(false);
    expect(hasSpareCore(9, 2)).toBe(false);
    expect(hasSpareCore(2.5, 4)).toBe(true);
  });
});

describe('the bundled CLI', () => {
  it(`gives the same report.json with the parse worker (files over ${PARALLEL_MIN_BYTES} bytes) as without it`, () => {
    const bundle = join(work, 'bundle');
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', bundle], { cwd: repo, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    // Large enough that both eval tables cross the threshold.
    const rows = Math.ceil((PARALLEL_MIN_BYTES * 1.1) / 150);
    const data = join(work, 'pair');
    const { bytes } = writePair(data, rows);
    expect(bytes).toBeGreaterThan(PARALLEL_MIN_BYTES);
    // --workers on: `auto` would parse here on a busy machine.
    const run = (out: string) => spawnSync(process.execPath, [join(bundle, 'cli.js'), 'diagnose', '--baseline', join(data, 'base'), '--current', join(data, 'current'), '--out', join(work, out), '--format', 'json', '--workers', 'on'], { encoding: 'utf8' });
    const diagnose = (out: string) => {
      const r = run(out);
      expect(r.status, r.stderr).toBe(1);
      return readFileSync(join(work, out, 'report.json'), 'utf8');
    };
    const parallel = diagnose('parallel');
    // The bundle really sends these files to dist/parse-worker.js: a worker that returns empty
    // tables leaves the review without its eval tables.
    writeFileSync(join(bundle, 'parse-worker.js'), "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => parentPort.postMessage({ id: m.id, table: { path: m.path, nRows: 0, columns: [] } }));\n");
    expect(run('fake').stderr).toMatch(/eval\/predictions\.csv/);
    rmSync(join(bundle, 'parse-worker.js'));
    const serial = diagnose('serial');
    expect(parallel).toBe(serial);
  }, 120000);
});
