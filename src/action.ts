/**
 * The GitHub Action: inputs → review → job summary, outputs and the gate. The only module
 * besides github/ and llm/ that touches @actions/*; the only place that calls core.setFailed.
 */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_CONFIG, parseConfig, type Config } from './config/config.js';
import { InputError } from './errors.js';
import { localDirSource } from './artifacts/source.js';
import { renderMarkdown } from './report/markdown.js';
import { review } from './review.js';

export async function run(): Promise<void> {
  try {
    const artifacts = core.getInput('artifacts') || 'artifacts';
    const baselinePath = core.getInput('baseline-path');
    const configPath = core.getInput('config') || '.github/ml-doctor.yml';
    const failOnRaw = core.getInput('fail-on');
    let config: Config = existsSync(configPath) ? parseConfig(configPath, readFileSync(configPath, 'utf8')) : DEFAULT_CONFIG;
    if (failOnRaw) {
      const allowed = ['critical', 'major', 'any', 'never'] as const;
      if (!(allowed as readonly string[]).includes(failOnRaw)) throw new InputError('input fail-on', null, `invalid value '${failOnRaw}'; expected one of: ${allowed.join(', ')}`);
      config = { ...config, gate: { failOn: failOnRaw as Config['gate']['failOn'] } };
    }
    const baseline = baselinePath && existsSync(baselinePath) ? localDirSource(baselinePath, 'path', baselinePath) : null;
    const { report } = review({
      config,
      baseline,
      current: localDirSource(artifacts, 'path', artifacts),
      ...(baseline ? {} : { baselineMissingReason: baselinePath ? `baseline-path '${baselinePath}' does not exist` : 'no baseline-path input was given' }),
    });
    const out = 'ml-doctor-report';
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
    const markdown = renderMarkdown(report);
    writeFileSync(join(out, 'report.md'), markdown);
    await core.summary.addRaw(markdown).write();
    core.setOutput('verdict', report.verdict);
    core.setOutput('findings', String(report.findings.length));
    core.setOutput('report-path', join(out, 'report.json'));
    if (report.verdict === 'fail') core.setFailed(`ml-doctor: verdict fail (${report.summary})`);
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}
