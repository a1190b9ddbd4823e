/**
 * The GitHub Action's `run()`: wires the runner (inputs, outputs, logs, job summary) and the real
 * GitHub client into the pipeline of action/review-and-publish.ts. The only module that calls
 * `core.setFailed`: once when the verdict meets `fail-on`, once for an error that stops the run.
 */
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { InputError } from './errors.js';
import { readRunContext } from './action/context.js';
import { ActionInputError, getInputs, OUTPUT } from './action/inputs.js';
import { reviewAndPublish } from './action/review-and-publish.js';
import { GatewayError } from './github/gateway.js';
import { createOctokit } from './github/octokit.js';
import { octokitGateway } from './github/octokit-gateway.js';
import { VERSION } from './version.js';

export async function run(): Promise<void> {
  try {
    const settings = getInputs((name) => core.getInput(name));
    core.setSecret(settings.githubToken);
    if (settings.llmApiKey) core.setSecret(settings.llmApiKey);
    const ctx = readRunContext(process.env, process.cwd(), tmpdir());
    const log = { info: core.info, warning: core.warning, notice: core.notice };
    const octokit = createOctokit({ token: settings.githubToken, baseUrl: ctx.apiUrl, userAgent: `ml-doctor/${VERSION}`, log });
    const outcome = await reviewAndPublish(settings, ctx, {
      gateway: octokitGateway(octokit, ctx.repo),
      log,
      writeSummary: async (markdown) => {
        // Outside a runner there is no summary file; the report is still on disk.
        if (!process.env['GITHUB_STEP_SUMMARY']) return;
        await core.summary.addRaw(markdown).write();
      },
    });
    core.setOutput(OUTPUT.verdict, outcome.verdict);
    core.setOutput(OUTPUT.findings, String(outcome.findings));
    core.setOutput(OUTPUT.reportPath, outcome.reportPath);
    core.setOutput(OUTPUT.commentUrl, outcome.commentUrl ?? '');
    if (outcome.failure) core.setFailed(outcome.failure);
  } catch (e) {
    // Input and configuration errors are one line; anything else is our bug, said as such.
    if (e instanceof InputError || e instanceof ActionInputError || e instanceof GatewayError) core.setFailed(e.message);
    else core.setFailed(`ml-doctor: internal error (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}
