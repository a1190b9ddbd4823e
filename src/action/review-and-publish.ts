/**
 * The Action's pipeline, one explicit sequence: config → target → baseline → review (pure) →
 * report files and job summary → PR comment and check run → outcome. GitHub is reached only
 * through the injected gateway, so the same code runs against the real API and a test fake.
 * Publishing problems (a fork's read-only token, a missing permission) never fail the job: the
 * job's result is the verdict's alone.
 */
import type { Worker } from 'node:worker_threads';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledWorkerUrl, hasSpareCore, IN_PROCESS_PARSER, workerTableParser } from '../artifacts/parse-pool.js';
import { localDirSource } from '../artifacts/source.js';
import { machineLoad } from '../machine-load.js';
import { annotationsFor } from '../github/annotations.js';
import { CHECK_NAME, CHECK_SUMMARY_LIMIT, DEEP_CHECK_NAME, publishCheckRun } from '../github/check-run.js';
import { commentBody, upsertComment } from '../github/comment.js';
import { GatewayError, type CheckAnnotation, type PullRequestGateway } from '../github/gateway.js';
import { inline } from '../report/escape.js';
import { renderMarkdown, utf8Length } from '../report/markdown.js';
import { loadAgent } from '../llm/load.js';
import { actionLlmKey } from './llm-key.js';
import { apiDiffSource } from './pr-diff.js';
import type { Report, Verdict } from '../report/types.js';
import { review } from '../review.js';
import { describeFetchError, resolveBaseline } from './baseline.js';
import { effectiveConfig, loadConfigFile } from './config.js';
import { defaultBaselineWorkflow, resolveTarget, runUrl, type RunContext, type Target } from './context.js';
import { ActionInputError, INPUT, type ActionSettings } from './inputs.js';
import { bundledDataWorkerUrl, workerDataRunner } from '../analysis/data/data-runner.js';

export interface ActionLog {
  readonly info: (message: string) => void;
  readonly warning: (message: string) => void;
  /** A one-line notice shown on the run page (the fork hint). */
  readonly notice: (message: string) => void;
}

export interface ActionPorts {
  readonly gateway: PullRequestGateway;
  readonly log: ActionLog;
  /** Appends markdown to the job summary (GITHUB_STEP_SUMMARY). */
  readonly writeSummary: (markdown: string) => Promise<void>;
}

export interface ActionOutcome {
  readonly verdict: Verdict;
  readonly findings: number;
  /** report.json, relative to the workspace. */
  readonly reportPath: string;
  readonly commentUrl: string | null;
  /** Set when the job must fail: the verdict met `fail-on`. */
  readonly failure: string | null;
  readonly target: Target['kind'];
}

export const REPORT_DIR = 'ml-doctor-report';
/** The job summary takes up to 1 MiB per step, counted in bytes (a CJK character is three); some room kept. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
/** Room kept below the check-run summary limit for multi-byte characters. */
const CHECK_MARGIN = 1_000;

export const FORK_HINT =
  "ml-doctor: this pull request comes from a fork, so the job's token is read-only: the report is in the job summary and ml-doctor-report/. To comment on fork pull requests, publish from a workflow_run workflow (examples/workflows/fork-safe-review.yml).";

function isForbidden(e: unknown): boolean {
  // 403 "Resource not accessible by integration" (read-only token); 404 when the token cannot see the PR at all.
  return e instanceof GatewayError && (e.status === 403 || e.status === 404);
}

function footer(target: Extract<Target, { kind: 'pull_request' }>, settings: ActionSettings, url: string | null): string {
  const parts = [`commit ${target.sha.slice(0, 7)}`];
  if (url) parts.push(`[workflow run](${url})`);
  if (settings.mode === 'deep') parts.push('deep mode');
  return `<sub>${parts.join(' · ')}</sub>\n`;
}

function checkTitle(report: Report, settings: ActionSettings): string {
  const counts = (['critical', 'major', 'minor'] as const).map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const detail = counts.length > 0 ? counts.map(([s, n]) => `${n} ${s}`).join(', ') : 'no findings';
  return `${report.verdict}: ${detail}${settings.mode === 'deep' ? ' (deep)' : ''}`;
}

export async function reviewAndPublish(settings: ActionSettings, ctx: RunContext, ports: ActionPorts): Promise<ActionOutcome> {
  const { gateway: gw, log } = ports;
  // A deep run keeps its own check and comment, so a manual diagnosis never touches the gate's.
  const checkName = settings.mode === 'deep' ? DEEP_CHECK_NAME : CHECK_NAME;
  const { config, artifactsDir, artifactName, notes } = effectiveConfig(settings, loadConfigFile(settings, ctx.workspace));
  for (const n of notes) log.warning(`ml-doctor: ${n}`);
  const currentDir = resolve(ctx.workspace, artifactsDir);
  if (!existsSync(currentDir) || !statSync(currentDir).isDirectory()) {
    throw new ActionInputError(`Invalid input '${INPUT.artifacts}': '${artifactsDir}'. The directory does not exist in ${ctx.workspace} (did the training step write it, or the download step fetch it?).`);
  }

  const target = await resolveTarget(ctx, settings, gw);
  log.info(target.kind === 'pull_request' ? `Reviewing pull request #${target.pr.number} (${target.pr.baseRef} ← ${target.pr.headRef}, ${target.sha.slice(0, 7)})` : `No pull request: ${target.note}`);

  let workflow = settings.baselineWorkflow;
  let workflowError: string | null = null;
  if (workflow === null) {
    try {
      workflow = await defaultBaselineWorkflow(ctx, gw);
    } catch (e) {
      if (!(e instanceof GatewayError)) throw e;
      workflowError = describeFetchError(e);
      log.warning(`ml-doctor: could not tell which workflow this is (${workflowError}); set baseline-workflow.`);
    }
  }
  const baseline = await resolveBaseline(gw, {
    from: config.baseline.from,
    branch: target.kind === 'pull_request' ? target.pr.baseRef : target.branch,
    gitBase: config.baseline.ref ?? (target.kind === 'pull_request' ? target.pr.baseSha : target.before),
    workflow,
    workflowError,
    artifactName,
    artifactsDir,
    path: config.baseline.path ?? null,
    workspace: ctx.workspace,
    tempDir: ctx.tempDir,
  });
  for (const r of baseline.refused) log.warning(`ml-doctor: baseline refused: ${r}`);
  for (const t of baseline.tried) log.info(`baseline ${t}`);
  log.info(baseline.source ? `Baseline: ${baseline.source.kind} ${baseline.source.ref}` : 'Baseline: none found');

  // Large tables parse on the runner's other cores when one is free (dist/parse-worker.js beside dist/index.js).
  // The data checks of a large eval pair run there too, beside the performance stage (dist/data-worker.js),
  // in the first parse worker once its file is back (decision 0053), as the command does.
  const workerUrl = bundledWorkerUrl(import.meta.url);
  const load = machineLoad();
  const spare = hasSpareCore(load.load, load.cores);
  const dataWorkerUrl = bundledDataWorkerUrl(import.meta.url);
  const dataRunner = dataWorkerUrl && spare ? workerDataRunner(dataWorkerUrl) : null;
  const handOver = dataRunner && dataWorkerUrl ? { handOver: { url: dataWorkerUrl, take: (w: Worker) => dataRunner.adopt(w) } } : {};
  const parser = workerUrl && spare ? workerTableParser(workerUrl, handOver) : IN_PROCESS_PARSER;
  let result: Awaited<ReturnType<typeof review>>;
  try {
    result = await review({
      config,
      baseline: baseline.source,
      current: localDirSource(currentDir, 'path', artifactsDir),
      parser,
      ...(dataRunner ? { dataRunner } : {}),
      ...(baseline.missingReason ? { baselineMissingReason: baseline.missingReason } : {}),
      baselineFetchFailed: baseline.fetchFailed,
    });
  } finally {
    await parser.close();
    await dataRunner?.close();
  }
  const { report, problems, query } = result;
  for (const p of problems) log.warning(`ml-doctor: ${p.message}`);
  // The LLM explains on top of the finished report (deep mode: a bigger budget); it never gates.
  if (config.llm.provider !== 'none') {
    const { runAgent } = await loadAgent();
    report.agent = await runAgent({
      report,
      mode: settings.mode,
      provider: config.llm.provider,
      ...(config.llm.model ? { model: config.llm.model } : {}),
      ...(config.llm.baseUrl ? { baseUrl: config.llm.baseUrl } : {}),
      ...actionLlmKey(settings, config.llm),
      investigation: { data: query, ...(target.kind === 'pull_request' ? { diff: apiDiffSource(gw, target.pr.number) } : {}) },
    });
    if (report.agent.fallback) log.notice(`ml-doctor: LLM skipped: ${report.agent.fallback}`);
  }

  const outDir = join(ctx.workspace, REPORT_DIR);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  const full = renderMarkdown(report);
  writeFileSync(join(outDir, 'report.md'), full);
  const url = runUrl(ctx);
  // The note can quote a fork's branch name: it goes through the escaper like report text.
  const skipped = target.kind === 'pull_request' && target.publishSkipped !== null ? `nothing published to pull request #${target.pr.number}: ${target.publishSkipped}` : null;
  const noteText = target.kind === 'branch' ? target.note : skipped;
  const note = noteText !== null ? `> ${inline(noteText)}\n\n` : '';
  await ports.writeSummary(note + renderMarkdown(report, { maxBytes: SUMMARY_LIMIT_BYTES - utf8Length(note), ...(url ? { fullReportUrl: `${url} (artifact ${REPORT_DIR})` } : {}) }));

  let commentUrl: string | null = null;
  if (skipped !== null) {
    log.notice(`ml-doctor: ${skipped}.`);
  } else if (target.kind === 'pull_request') {
    const commentKey = settings.mode === 'deep' ? `deep:${settings.config}` : settings.config;
    let forbidden = false;
    const attempt = async (what: string, fn: () => Promise<void>): Promise<void> => {
      try {
        await fn();
      } catch (e) {
        if (!(e instanceof GatewayError)) throw e;
        if (isForbidden(e)) {
          forbidden = true;
          // On a fork this is expected and said once below; elsewhere a permission is missing.
          if (!target.fromFork) log.warning(`ml-doctor: not allowed to ${what} (${e.message}); grant the job \`pull-requests: write\` and \`checks: write\`.`);
        } else {
          log.warning(`ml-doctor: could not ${what}: ${e.message}`);
        }
      }
    };

    if (settings.comment !== 'never') {
      await attempt('comment on the pull request', async () => {
        const body = commentBody(report, { key: commentKey, footer: footer(target, settings, url), fullReportUrl: url });
        const result = await upsertComment(gw, target.pr.number, commentKey, body, { createIfMissing: settings.comment === 'always' || report.findings.length > 0 });
        if (result) {
          commentUrl = result.comment.htmlUrl;
          log.info(`Comment ${result.action}: ${result.comment.htmlUrl}${result.removed > 0 ? ` (${result.removed} duplicate(s) removed)` : ''}`);
        } else {
          log.info('No comment: nothing to report (comment: on-change).');
        }
      });
    }

    await attempt('create the check run', async () => {
      let annotations: CheckAnnotation[] = [];
      if (report.params.length > 0) {
        try {
          annotations = annotationsFor(report, await gw.listPullRequestFiles(target.pr.number));
        } catch (e) {
          if (!(e instanceof GatewayError)) throw e;
          log.warning(`ml-doctor: no annotations: ${e.message}`);
        }
      }
      const check = await publishCheckRun(gw, {
        name: checkName,
        headSha: target.sha,
        verdict: report.verdict,
        title: checkTitle(report, settings),
        summary: renderMarkdown(report, { maxChars: CHECK_SUMMARY_LIMIT - CHECK_MARGIN, ...(url ? { fullReportUrl: url } : {}) }),
        annotations,
        detailsUrl: url,
      });
      log.info(`Check run '${check.htmlUrl || check.id}' (${annotations.length} annotation(s), ${check.requests} request(s)).`);
    });

    if (target.fromFork && forbidden) log.notice(FORK_HINT);
  }

  // The gate guards merges, so it applies to pull requests. A branch run (the baseline workflow on
  // main) must stay successful: only successful runs are searched for the baseline artifact. A
  // workflow_run job belongs to the default branch, not to the PR: the check run carries its
  // verdict, and a red job there would only mark the default branch's commit.
  const viaWorkflowRun = ctx.eventName === 'workflow_run';
  const gated = target.kind === 'pull_request' && !viaWorkflowRun;
  const failure = report.verdict === 'fail' && gated ? `ml-doctor: verdict fail (fail-on: ${config.gate.failOn}). ${report.summary}` : null;
  if (report.verdict === 'fail' && target.kind === 'pull_request' && viaWorkflowRun) {
    const where = target.publishSkipped === null ? `the ${checkName} check run on the pull request's commit carries it` : 'nothing was published';
    log.warning(`ml-doctor: verdict fail; ${where} (this workflow_run job stays green). ${report.summary}`);
  } else if (report.verdict === 'fail' && !gated) {
    log.warning(`ml-doctor: verdict fail outside a pull request; the job stays green so this run's artifact can still serve as a baseline. ${report.summary}`);
  }
  return {
    verdict: report.verdict,
    findings: report.findings.length,
    reportPath: `${REPORT_DIR}/report.json`,
    commentUrl,
    failure,
    target: target.kind,
  };
}
