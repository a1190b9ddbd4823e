// The data checks of a large eval pair run in a worker thread beside the performance stage
// (data-runner.ts). The analysis must be exactly the one made in turn in this thread, the pair's
// columns must reach the worker as shared memory (not copies), and a worker that cannot run must
// leave the checks to this thread. The worker entry is bundled the way scripts/build.mjs does.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePair } from '../../../bench/generate.js';
import { loadRun } from '../../../src/artifacts/load.js';
import { SHARED_MIN_ROWS } from '../../../src/artifacts/shared.js';
import { workerTableParser } from '../../../src/artifacts/parse-pool.js';
import { localDirSource } from '../../../src/artifacts/source.js';
import { leakageChecks, leakageParts, sortedLeakage } from '../../../src/analysis/data/analyze.js';
import { mergeLeakage } from '../../../src/analysis/data/worker-protocol.js';
import type { LeakageFinding } from '../../../src/analysis/data/types.js';
import { IN_THREAD_DATA, SEGMENTS_LATER, workerDataRunner, worthAWorker } from '../../../src/analysis/data/data-runner.js';
import { buildSegmenters, DEFAULT_PERFORMANCE_OPTIONS, segmentSource, startPerformance } from '../../../src/analysis/performance/index.js';
import { buildClaimed, mergeClaimed, newClaims, segmenterNames, takeOver } from '../../../src/analysis/performance/segment-claims.js';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { review } from '../../../src/review.js';
import { featureHistogram } from '../../../src/report/visuals.js';

const repo = join(import.meta.dirname, '../../..');
let work: string;
let workerUrl: URL;
let parseWorkerUrl: URL;
let pair: { base: string; current: string };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mld-data-worker-'));
  await build({ entryPoints: { 'data-worker': join(repo, 'src/analysis/data/data-worker.ts') }, outdir: join(work, 'dist'), bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  workerUrl = pathToFileURL(join(work, 'dist/data-worker.js'));
  await build({ entryPoints: { 'parse-worker': join(repo, 'src/artifacts/parse-worker.ts') }, outdir: join(work, 'dist'), bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  parseWorkerUrl = pathToFileURL(join(work, 'dist/parse-worker.js'));
  pair = writePair(join(work, 'pair'), SHARED_MIN_ROWS + 4_000);
}, 120000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the data checks in a worker', () => {
  it('give a byte-identical report for a pair large enough to share its columns', async () => {
    const baseline = localDirSource(pair.base, 'path', 'base');
    const current = localDirSource(pair.current, 'path', 'cur');
    const serial = await review({ config: DEFAULT_CONFIG, baseline, current });
    const runner = workerDataRunner(workerUrl);
    const parallel = await review({ config: DEFAULT_CONFIG, baseline, current, dataRunner: runner });
    await runner.close();
    expect(runner.done).toEqual({ worker: 1, here: 0 });
    expect(JSON.stringify(parallel.report, null, 2)).toBe(JSON.stringify(serial.report, null, 2));
  }, 120000);

  it('run in the parse worker handed over once its file is back, for a byte-identical report (decision 0053)', async () => {
    const baseline = localDirSource(pair.base, 'path', 'base');
    const current = localDirSource(pair.current, 'path', 'cur');
    const serial = await review({ config: DEFAULT_CONFIG, baseline, current });
    // A runner whose own worker could not start (no such file): only the adopted thread can do the pair.
    const runner = workerDataRunner(pathToFileURL(join(work, 'no-such-worker.js')));
    const stopped: Promise<unknown>[] = [];
    const take = (w: Worker) => {
      stopped.push(once(w, 'exit'));
      runner.adopt(w);
    };
    const parser = workerTableParser(parseWorkerUrl, { minBytes: 0, maxWorkers: 1, handOver: { url: workerUrl, take } });
    const parallel = await review({ config: DEFAULT_CONFIG, baseline, current, dataRunner: runner, parser });
    // The review closed the runner, which stopped the thread it had adopted.
    expect(stopped).toHaveLength(1);
    await stopped[0];
    expect(runner.done).toEqual({ worker: 1, here: 0 });
    expect(JSON.stringify(parallel.report, null, 2)).toBe(JSON.stringify(serial.report, null, 2));
  }, 120000);

  it('run here when the adopted thread stops, before or after it is adopted, and keep one thread', async () => {
    const quits = join(work, 'quits-worker.mjs');
    writeFileSync(quits, 'setTimeout(() => process.exit(1), 100);\n');
    const baseline = localDirSource(pair.base, 'path', 'base');
    const current = localDirSource(pair.current, 'path', 'cur');
    const serial = await review({ config: DEFAULT_CONFIG, baseline, current });
    // Adopted, then stopped (its module did not load).
    const later = new Worker(pathToFileURL(quits));
    const runner = workerDataRunner(workerUrl);
    runner.adopt(later);
    await once(later, 'exit');
    const r1 = await review({ config: DEFAULT_CONFIG, baseline, current, dataRunner: runner });
    await runner.close();
    expect(runner.done).toEqual({ worker: 0, here: 1 });
    expect(JSON.stringify(r1.report, null, 2)).toBe(JSON.stringify(serial.report, null, 2));
    // Stopped before it is adopted: not taken, and the runner starts its own worker.
    const before = new Worker(pathToFileURL(quits));
    await once(before, 'exit');
    const second = workerDataRunner(workerUrl);
    second.adopt(before);
    const r2 = await review({ config: DEFAULT_CONFIG, baseline, current, dataRunner: second });
    await second.close();
    expect(second.done).toEqual({ worker: 1, here: 0 });
    expect(JSON.stringify(r2.report, null, 2)).toBe(JSON.stringify(serial.report, null, 2));
    // A runner with a worker stops any other thread it is given.
    const third = workerDataRunner(workerUrl);
    const one = new Worker(workerUrl);
    const other = new Worker(workerUrl);
    third.adopt(one);
    const otherStopped = once(other, 'exit');
    third.adopt(other);
    await otherStopped;
    expect(one.threadId).not.toBe(-1);
    await third.close();
    expect(one.threadId).toBe(-1);
  }, 120000);

  it('share the large tables\' memory and keep small ones in plain buffers', async () => {
    const run = await loadRun(localDirSource(pair.current, 'path', 'cur'), DEFAULT_CONFIG);
    const v = run.evals[0]!;
    expect(worthAWorker({ base: v, cur: v, refBase: [], refCur: [] })).toBe(true);
    for (const c of v.table.columns) expect((c.kind === 'number' ? c.values : c.codes).buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(v.yTrue.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(v.ids!.h1.buffer).toBeInstanceOf(SharedArrayBuffer);
    const small = await loadRun(localDirSource(join(repo, 'examples/churn/current'), 'path', 'cur'), DEFAULT_CONFIG);
    const s = small.evals[0]!;
    expect(worthAWorker({ base: s, cur: s, refBase: [], refCur: [] })).toBe(false);
    expect(s.yTrue.buffer).toBeInstanceOf(ArrayBuffer);
  }, 120000);

  it('fall back to this thread, with the same result, when the worker dies', async () => {
    const crash = join(work, 'crash-worker.mjs');
    writeFileSync(crash, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const base = await loadRun(localDirSource(pair.base, 'path', 'base'), DEFAULT_CONFIG);
    const cur = await loadRun(localDirSource(pair.current, 'path', 'cur'), DEFAULT_CONFIG);
    const input = { base: base.evals[0]!, cur: cur.evals[0]!, refBase: base.reference, refCur: cur.reference };
    const options = { seed: DEFAULT_CONFIG.analysis.seed, minSupport: DEFAULT_CONFIG.analysis.minSupport };
    const runner = workerDataRunner(pathToFileURL(crash));
    const there = await runner.start(input, options).data();
    await runner.close();
    expect(runner.done).toEqual({ worker: 0, here: 1 });
    expect(JSON.stringify(there)).toBe(JSON.stringify(await IN_THREAD_DATA.start(input, options).data()));
  }, 120000);

  it('claim the segmenters first and build them as this thread does, until this thread takes over', async () => {
    const base = await loadRun(localDirSource(pair.base, 'path', 'base'), DEFAULT_CONFIG);
    const cur = await loadRun(localDirSource(pair.current, 'path', 'cur'), DEFAULT_CONFIG);
    const input = { base: base.evals[0]!, cur: cur.evals[0]!, refBase: base.reference, refCur: cur.reference };
    const options = { seed: DEFAULT_CONFIG.analysis.seed, minSupport: DEFAULT_CONFIG.analysis.minSupport };
    const start = startPerformance(input.base, input.cur, { ...DEFAULT_PERFORMANCE_OPTIONS, seed: 1 });
    if (start.done) throw new Error('the generated pair has usable rows');
    const src = segmentSource(start.rows)!;
    const names = segmenterNames(src);
    const here = buildSegmenters(src);
    const runner = workerDataRunner(workerUrl);
    // Never taken over: the worker claims and builds every one.
    const job = runner.start(input, options, { src, claims: newClaims() });
    const there = await job.segments();
    const data = await job.data();
    expect(there.map((c) => c.index)).toEqual(names.map((_, i) => i));
    const merged = mergeClaimed(src, names, [there]);
    expect(here.length).toBeGreaterThan(8);
    expect(merged.map((s) => [s.column, s.kind, s.labels])).toEqual(here.map((s) => [s.column, s.kind, s.labels]));
    for (let i = 0; i < here.length; i++) {
      expect(Array.from(merged[i]!.cur)).toEqual(Array.from(here[i]!.cur));
      // Paired runs share one label array, on this side too.
      expect(merged[i]!.base === merged[i]!.cur).toBe(here[i]!.base === here[i]!.cur);
    }
    expect(JSON.stringify(data)).toBe(JSON.stringify(await IN_THREAD_DATA.start(input, options).data()));
    // Taken over before the worker starts: it builds none, and this thread all of them.
    const claims = newClaims();
    takeOver(claims);
    const job2 = runner.start(input, options, { src, claims });
    const mine = buildClaimed(src, names, claims, false);
    expect(await job2.segments()).toEqual([]);
    await job2.data();
    await runner.close();
    expect(runner.done).toEqual({ worker: 2, here: 0 });
    expect(mine.map((c) => c.index)).toEqual(names.map((_, i) => i));
  }, 120000);

  it('take the segment request after the job when it comes later, and sort the segment columns meanwhile', async () => {
    const base = await loadRun(localDirSource(pair.base, 'path', 'base'), DEFAULT_CONFIG);
    const cur = await loadRun(localDirSource(pair.current, 'path', 'cur'), DEFAULT_CONFIG);
    const input = { base: base.evals[0]!, cur: cur.evals[0]!, refBase: base.reference, refCur: cur.reference };
    const options = { seed: DEFAULT_CONFIG.analysis.seed, minSupport: DEFAULT_CONFIG.analysis.minSupport };
    const serial = JSON.stringify(await IN_THREAD_DATA.start(input, options).data());
    const start = startPerformance(input.base, input.cur, { ...DEFAULT_PERFORMANCE_OPTIONS, seed: 1 });
    if (start.done) throw new Error('the generated pair has usable rows');
    const src = segmentSource(start.rows)!;
    const names = segmenterNames(src);
    const here = buildSegmenters(src);
    const runner = workerDataRunner(workerUrl);
    // Sent once the worker has had time to sort: every segmenter is built there, as here.
    const job = runner.start(input, options, SEGMENTS_LATER);
    await new Promise((ok) => setTimeout(ok, 200));
    job.sendSegments({ src, claims: newClaims() });
    job.sendSegments(null); // a second request is ignored
    const there = await job.segments();
    expect(there.map((c) => c.index)).toEqual(names.map((_, i) => i));
    const merged = mergeClaimed(src, names, [there]);
    expect(merged.map((s) => [s.column, s.kind, s.labels, Array.from(s.cur)])).toEqual(here.map((s) => [s.column, s.kind, s.labels, Array.from(s.cur)]));
    expect(JSON.stringify(await job.data())).toBe(serial);
    // Sent at once, before any sort: the same.
    const soon = runner.start(input, options, SEGMENTS_LATER);
    soon.sendSegments({ src, claims: newClaims() });
    expect((await soon.segments()).map((c) => c.index)).toEqual(names.map((_, i) => i));
    expect(JSON.stringify(await soon.data())).toBe(serial);
    // No request: no segmenter, and the data checks all the same.
    const none = runner.start(input, options, SEGMENTS_LATER);
    none.sendSegments(null);
    expect(await none.segments()).toEqual([]);
    expect(JSON.stringify(await none.data())).toBe(serial);
    await runner.close();
    expect(runner.done).toEqual({ worker: 3, here: 0 });
    // In this thread the request has nothing to do.
    const inThread = IN_THREAD_DATA.start(input, options, SEGMENTS_LATER);
    inThread.sendSegments({ src, claims: newClaims() });
    expect(await inThread.segments()).toEqual([]);
  }, 120000);

  it('make the histogram of the strongest flagged drift after the data checks, the one the report would count', async () => {
    const base = await loadRun(localDirSource(pair.base, 'path', 'base'), DEFAULT_CONFIG);
    const cur = await loadRun(localDirSource(pair.current, 'path', 'cur'), DEFAULT_CONFIG);
    const input = { base: base.evals[0]!, cur: cur.evals[0]!, refBase: base.reference, refCur: cur.reference };
    const options = { seed: DEFAULT_CONFIG.analysis.seed, minSupport: DEFAULT_CONFIG.analysis.minSupport };
    const runner = workerDataRunner(workerUrl);
    const job = runner.start(input, options);
    const data = await job.data();
    // The generated pair's current x3 moved inside one segment (bench/generate.ts).
    const top = data.drift.filter((d) => d.comparison === 'eval' && d.flagged).sort((a, b) => b.strength - a.strength)[0]!;
    expect(top.feature).toBe('x3');
    const segment = top.segment ? { column: top.segment.column, value: String(top.segment.value) } : undefined;
    let made = job.histogram(top.feature, segment);
    for (const t0 = Date.now(); made === undefined && Date.now() - t0 < 20000; made = job.histogram(top.feature, segment)) await new Promise((ok) => setTimeout(ok, 5));
    expect(made).toEqual(featureHistogram(input.base, input.cur, top.feature, segment));
    expect(made!.bins.length).toBeGreaterThan(2);
    // Another feature, or the same one outside its segment: none made.
    expect(job.histogram('x4', segment)).toBeUndefined();
    if (segment) expect(job.histogram(top.feature, undefined)).toBeUndefined();
    await runner.close();
    // In this thread: none.
    expect(IN_THREAD_DATA.start(input, options).histogram(top.feature, segment)).toBeUndefined();
  }, 120000);

  it('do whatever a dying worker left undone here: the segmenters answered, then the data checks', async () => {
    // Answers the segmenters with an empty list, then dies before the data checks.
    const half = join(work, 'half-worker.mjs');
    writeFileSync(half, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (j) => { parentPort.postMessage({ id: j.id, kind: 'segments', ok: true, segmenters: [] }); setTimeout(() => process.exit(3), 50); });\n");
    const base = await loadRun(localDirSource(pair.base, 'path', 'base'), DEFAULT_CONFIG);
    const cur = await loadRun(localDirSource(pair.current, 'path', 'cur'), DEFAULT_CONFIG);
    const input = { base: base.evals[0]!, cur: cur.evals[0]!, refBase: base.reference, refCur: cur.reference };
    const options = { seed: DEFAULT_CONFIG.analysis.seed, minSupport: DEFAULT_CONFIG.analysis.minSupport };
    const start = startPerformance(input.base, input.cur, { ...DEFAULT_PERFORMANCE_OPTIONS, seed: 1 });
    if (start.done) throw new Error('the generated pair has usable rows');
    const runner = workerDataRunner(pathToFileURL(half));
    const job = runner.start(input, options, { src: segmentSource(start.rows)!, claims: newClaims() });
    expect(await job.segments()).toEqual([]);
    const data = await job.data();
    await runner.close();
    expect(runner.done).toEqual({ worker: 0, here: 1 });
    expect(JSON.stringify(data)).toBe(JSON.stringify(await IN_THREAD_DATA.start(input, options).data()));
  }, 120000);

  it('share the leakage checks out by part between the threads, with the same result', async () => {
    const base = await loadRun(localDirSource(pair.base, 'path', 'base'), DEFAULT_CONFIG);
    const cur = await loadRun(localDirSource(pair.current, 'path', 'cur'), DEFAULT_CONFIG);
    const input = { base: base.evals[0]!, cur: cur.evals[0]!, refBase: base.reference, refCur: cur.reference };
    const options = { seed: DEFAULT_CONFIG.analysis.seed, minSupport: DEFAULT_CONFIG.analysis.minSupport };
    const serial = JSON.stringify(await IN_THREAD_DATA.start(input, options).data());
    // The real worker, helped at once: this thread claims the leakage parts before the worker
    // gets to them, and the merged result is the one made in turn here.
    const runner = workerDataRunner(workerUrl);
    const job = runner.start(input, options);
    job.help();
    expect(JSON.stringify(await job.data())).toBe(serial);
    await runner.close();
    expect(runner.done).toEqual({ worker: 1, here: 0 });
    // Fake workers: their own findings for the parts they claim, so that the merge shows who ran what.
    const fakeFinding = (part: number) => ({ kind: 'fake', reference: null, feature: `part ${part}`, strength: 9 });
    const fake = (takes: number) =>
      [
        "import { parentPort } from 'node:worker_threads';",
        "import { writeFileSync } from 'node:fs';",
        "parentPort.on('message', async (j) => {",
        takes > 0
          ? // Claims the first `takes` parts, says so, and answers with its findings for them a little later.
            `  const first = Atomics.add(j.leakage, 0, ${takes}); writeFileSync(${JSON.stringify(join(work, 'claimed'))}, String(first)); await new Promise((ok) => setTimeout(ok, 300));`
          : // Waits until the review's thread has claimed parts, then leaves them all.
            '  while (Atomics.load(j.leakage, 0) === 0) await new Promise((ok) => setTimeout(ok, 5));',
        `  const leakage = Array.from({ length: ${takes} }, (_, part) => ({ part, findings: [${JSON.stringify(fakeFinding(0)).replace('"part 0"', '`part ${part}`')}] }));`,
        "  parentPort.postMessage({ id: j.id, kind: 'data', ok: true, data: { from: 'worker', leakage: [] }, leakage });",
        '});',
      ].join('\n');
    const parts = leakageParts(input, options.seed);
    const real = Array.from({ length: parts.count }, (_, i) => parts.run(i));
    expect(parts.count).toBe(1 + input.cur.features.length);
    expect(sortedLeakage(real)).toEqual(leakageChecks(input, options.seed));
    // The worker left them all: this thread ran every part, and the result is the serial one.
    writeFileSync(join(work, 'leaves.mjs'), fake(0));
    const leaves = workerDataRunner(pathToFileURL(join(work, 'leaves.mjs')));
    const left = leaves.start(input, options);
    left.help();
    const got = (await left.data()) as unknown as { from: string; leakage: unknown };
    await leaves.close();
    expect(got.from).toBe('worker');
    expect(got.leakage).toEqual(leakageChecks(input, options.seed));
    // The worker claimed the first two parts: help() runs the rest here, and the merge takes the
    // worker's findings for its two.
    writeFileSync(join(work, 'claims.mjs'), fake(2));
    const claims = workerDataRunner(pathToFileURL(join(work, 'claims.mjs')));
    const kept = claims.start(input, options);
    const t0 = Date.now();
    while (!existsSync(join(work, 'claimed')) && Date.now() - t0 < 20000) await new Promise((ok) => setTimeout(ok, 5));
    kept.help();
    const mine = (await kept.data()) as unknown as { leakage: unknown };
    await claims.close();
    expect(readFileSync(join(work, 'claimed'), 'utf8')).toBe('0');
    expect(mine.leakage).toEqual(sortedLeakage([[fakeFinding(0)], [fakeFinding(1)], ...real.slice(2)] as LeakageFinding[][]));
    // A part that neither thread ran (a worker that died holding its claim) is run at the merge.
    expect(mergeLeakage(parts, [[{ part: 1, findings: real[1]! }]])).toEqual(leakageChecks(input, options.seed));
  }, 120000);

  it('start the worker when prepared, once, without keeping an idle process alive', () => {
    const marker = join(work, 'prepared-marker');
    const loads = join(work, 'prepared-worker.mjs');
    // The worker notes that it loaded, then stays busy forever: only the runner's unref lets the process end.
    writeFileSync(loads, `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(marker)}, 'x');\nsetInterval(() => {}, 1000);\n`);
    const script = join(work, 'prepare.mts');
    const runner = pathToFileURL(join(repo, 'src/analysis/data/data-runner.ts')).href;
    writeFileSync(
      script,
      [
        `import { existsSync } from 'node:fs';`,
        `import { workerDataRunner } from ${JSON.stringify(runner)};`,
        `const r = workerDataRunner(new URL(${JSON.stringify(pathToFileURL(loads).href)}));`,
        `r.prepare();`,
        `r.prepare();`,
        `const t0 = Date.now();`,
        `while (!existsSync(${JSON.stringify(marker)}) && Date.now() - t0 < 20000) await new Promise((ok) => setTimeout(ok, 20));`,
        `await new Promise((ok) => setTimeout(ok, 200));`,
        `console.log('loaded');`,
      ].join('\n'),
    );
    const t0 = performance.now();
    const out = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: repo, encoding: 'utf8', timeout: 60000 });
    expect(out.stdout.trim()).toBe('loaded');
    // One worker for two calls.
    expect(readFileSync(marker, 'utf8')).toBe('x');
    expect(performance.now() - t0).toBeLessThan(30000);
  }, 60000);

  it('keep the process alive while the review waits for a slow worker, and not a moment after', () => {
    const slow = join(work, 'slow-worker.mjs');
    writeFileSync(slow, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (j) => setTimeout(() => parentPort.postMessage({ id: j.id, kind: 'data', ok: true, data: { late: true }, leakage: [] }), 700));\n");
    const script = join(work, 'await-slow.mts');
    const runner = pathToFileURL(join(repo, 'src/analysis/data/data-runner.ts')).href;
    const view = { n: SHARED_MIN_ROWS, ids: null, table: { columns: [] }, features: [] };
    writeFileSync(
      script,
      [
        `import { workerDataRunner } from ${JSON.stringify(runner)};`,
        `const r = workerDataRunner(new URL(${JSON.stringify(pathToFileURL(slow).href)}));`,
        `const data = await r.start({ base: null, cur: ${JSON.stringify(view)}, refBase: [], refCur: [] }, { seed: 1, minSupport: 30 }).data();`,
        `console.log(JSON.stringify(data));`,
      ].join('\n'),
    );
    const t0 = performance.now();
    const out = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: repo, encoding: 'utf8', timeout: 60000 });
    expect(out.stderr).not.toMatch(/unsettled/i);
    expect(out.stdout.trim()).toBe('{"late":true,"leakage":[]}');
    // It exits once answered: the idle worker it was never closed does not hold it up.
    expect(performance.now() - t0).toBeLessThan(30000);
  }, 60000);
});

