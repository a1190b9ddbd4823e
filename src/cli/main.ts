/**
 * The CLI program: flags → config → review → files and exit code. `runCli` returns the exit code
 * and writes through the given streams so tests run it in-process.
 */
import { loadAgent } from '../llm/load.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, parseConfig, type Config } from '../config/config.js';
import { InputError } from '../errors.js';
import { bundledWorkerUrl, IN_PROCESS_PARSER, workerTableParser } from '../artifacts/parse-pool.js';
import { usesWorkers } from '../artifacts/parallel-rules.js';
import { takeEarlyWorker } from './early-worker.js';
import type { Worker } from 'node:worker_threads';
import { machineLoad } from '../machine-load.js';
import { localDirSource } from '../artifacts/source.js';
import { renderMarkdown } from '../report/markdown.js';
import { review } from '../review.js';
import { VERSION } from '../version.js';
import { formatTimings, NO_TIMER, recordingTimer } from '../timing.js';
import { parseArgs, USAGE } from './args.js';
import { gitDiffSource, verifyRefs } from './git-diff.js';
import { sqlCommand, summarizeCommand } from './summary-commands.js';
import { progressLine } from './progress.js';
import { bundledDataWorkerUrl, workerDataRunner } from '../analysis/data/data-runner.js';

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  /** stderr is a terminal: the progress line is drawn live in place. */
  readonly stderrIsTTY?: boolean;
}

export async function runCli(argv: readonly string[], io: Io, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    if (cmd.kind === 'help') {
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (cmd.kind === 'version') {
      io.stdout(`ml-doctor ${VERSION}\n`);
      return 0;
    }
    if (cmd.kind === 'sql') {
      io.stdout(sqlCommand(cmd.args));
      return 0;
    }
    if (cmd.kind === 'summarize') {
      const { json, out } = summarizeCommand(cmd.args);
      if (out) io.stderr(`ml-doctor: wrote ${out}\n`);
      else io.stdout(json);
      return 0;
    }
    const a = cmd.args;
    const defaultCfg = join(io.cwd, '.github/ml-doctor.yml');
    const cfgPath = a.config ?? (existsSync(defaultCfg) ? defaultCfg : null);
    let config: Config = DEFAULT_CONFIG;
    if (cfgPath) {
      let text: string;
      try {
        text = readFileSync(cfgPath, 'utf8');
      } catch {
        throw new InputError(cfgPath, null, 'config file not found');
      }
      config = parseConfig(cfgPath, text);
    }
    if (a.diffBase !== null) {
      const bad = await verifyRefs(io.cwd, a.diffBase, a.diffHead);
      if (bad !== null) throw new InputError('command line', '--diff-base', bad);
    }
    if (a.failOn) config = { ...config, gate: { ...config.gate, failOn: a.failOn } };
    if (a.llm) config = { ...config, llm: { ...config.llm, provider: a.llm } };
    if (a.llmModel) config = { ...config, llm: { ...config.llm, model: a.llmModel } };
    if (a.llmBaseUrl) config = { ...config, llm: { ...config.llm, baseUrl: a.llmBaseUrl } };

    const started = performance.now();
    // --timings prints every part with its memory; otherwise the progress line, unless --quiet.
    const progress = a.timings || a.quiet ? null : progressLine({ write: io.stderr, live: io.stderrIsTTY === true, clock: () => performance.now() });
    const timer = a.timings
      ? recordingTimer(() => performance.now(), (name, ms) => io.stderr(`ml-doctor: ${name} ${(ms / 1000).toFixed(2)} s (rss ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB)\n`))
      : progress
        ? recordingTimer(() => performance.now(), (name, ms) => progress.finished(name, ms), (name) => progress.started(name))
        : null;
    const current = localDirSource(a.current, 'path', a.current);
    const baseline = a.baseline ? localDirSource(a.baseline, 'path', a.baseline) : null;
    // Large tables parse on the runner's other cores when the bundled worker is beside this file
    // (dist/) and, under --workers auto, a core is free; run from the sources, all parse here.
    const workerUrl = bundledWorkerUrl(import.meta.url);
    const load = machineLoad();
    const useWorkers = usesWorkers(a.workers, load.load, load.cores);
    // The data checks of a large eval pair run on the other core beside the performance stage (same
    // rule). Their worker is the first parse worker, which loads the data checks once its file is
    // back (decision 0053): the core that file's parse used goes on with no thread to start. Were it
    // to die, the runner starts a worker of its own when a parse worker is done.
    const dataWorkerUrl = bundledDataWorkerUrl(import.meta.url);
    const dataRunner = dataWorkerUrl && useWorkers ? workerDataRunner(dataWorkerUrl) : null;
    // The parse worker the entry started beside the loading of this program, if any (early-worker.ts).
    const early = takeEarlyWorker();
    const toData = dataRunner && dataWorkerUrl ? { onWorkerDone: () => dataRunner.prepare(), handOver: { url: dataWorkerUrl, take: (w: Worker) => dataRunner.adopt(w) } } : {};
    const parser = workerUrl && useWorkers ? workerTableParser(workerUrl, { started: early, ...toData }) : IN_PROCESS_PARSER;
    if (early && parser === IN_PROCESS_PARSER) void early.terminate();
    let result: Awaited<ReturnType<typeof review>>;
    try {
      result = await review({
        config,
        baseline,
        current,
        parser,
        ...(dataRunner ? { dataRunner } : {}),
        ...(baseline ? {} : { baselineMissingReason: 'no --baseline directory was given' }),
        ...(timer ? { timer } : {}),
      });
    } finally {
      await parser.close();
      await dataRunner?.close();
    }
    const { report, problems, query } = result;
    // The LLM explains on top of the finished report; everything outside `agent` stays identical.
    if (config.llm.provider !== 'none') {
      // Loaded only here: the agent and its API client are a quarter of the program (llm/load.ts).
      const { runAgent } = await loadAgent();
      report.agent = await runAgent({
        report,
        mode: a.mode,
        investigation: { data: query, ...(a.diffBase !== null ? { diff: gitDiffSource(io.cwd, a.diffBase, a.diffHead) } : {}) },
        provider: config.llm.provider,
        ...(config.llm.model ? { model: config.llm.model } : {}),
        ...(config.llm.baseUrl ? { baseUrl: config.llm.baseUrl } : {}),
        env,
      });
      // The deterministic report stands; one line says why the explanation is missing.
      if (report.agent.fallback !== null) io.stderr(`ml-doctor: LLM skipped: ${report.agent.fallback}\n`);
    }
    const { markdown, json } = (timer ?? NO_TIMER).stage('render', () => {
      const md = renderMarkdown(report);
      mkdirSync(a.out, { recursive: true });
      const text = JSON.stringify(report, null, 2) + '\n';
      writeFileSync(join(a.out, 'report.json'), text);
      writeFileSync(join(a.out, 'report.md'), md);
      return { markdown: md, json: text };
    });
    if (a.timings && timer) io.stderr(formatTimings(timer.totals, performance.now() - started) + '\n');
    progress?.done(performance.now() - started);
    io.stdout(a.format === 'json' ? json : markdown);
    if (problems.length > 0) {
      for (const p of problems) io.stderr(`ml-doctor: ${p.message}\n`);
      return 2;
    }
    return report.verdict === 'fail' ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`ml-doctor: ${e.message}\n`);
      return 2;
    }
    // Anything else is our bug: still one line, and a hint where to report it.
    io.stderr(`ml-doctor: internal error: ${e instanceof Error ? e.message : String(e)} (please report this)\n`);
    return 2;
  }
}
