// The rendered comments committed under test/__outputs__ (the demo and every shared scenario):
// where they are, how a fresh one is made, and the one rule for writing them — only with
// UPDATE_OUTPUTS=1, never because a file is missing. Shared by the first-screen unit test (the
// markdown) and the browser test (the screenshots).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { localDirSource } from '../../src/artifacts/source.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { review } from '../../src/review.js';

const root = join(import.meta.dirname, '../..');
export const OUTPUTS = join(root, 'test/__outputs__');
export const SCENARIOS = join(root, '../shared/scenarios');
export const UPDATE = Boolean(process.env['UPDATE_OUTPUTS']);

/** The shared scenarios whose comments are committed; a new scenario must be added here (checked when ../shared is present). */
export const SCENARIO_NAMES = [
  'affairs-seed-control',
  'birdstrikes-eval-leak',
  'credit-income-annualized',
  'diamonds-premium-drift',
  'digits-lr-10x',
  'lending-int-rate-missing',
  'mlc-churn-label-noise',
  'spam-overfitting',
  'star-ethnicity-bias',
  'telco-calibration-dropped',
] as const;

export const HAVE_SCENARIOS = existsSync(SCENARIOS);

/** Scenario folders present under ../shared/scenarios (those with a truth.json). */
export function sharedScenarioNames(): string[] {
  return HAVE_SCENARIOS ? readdirSync(SCENARIOS).filter((n) => existsSync(join(SCENARIOS, n, 'truth.json'))).sort() : [];
}

export interface Truth {
  readonly root_cause_category: string;
  readonly expect: readonly { category: string; feature?: string; segment?: { column: string; value?: string } }[];
  readonly verdict: readonly string[];
}

export function truthOf(name: string): Truth {
  return JSON.parse(readFileSync(join(SCENARIOS, name, 'truth.json'), 'utf8')) as Truth;
}

async function reviewDirs(base: string, cur: string, baseRef: string, curRef: string): Promise<Report> {
  const { report } = await review({ config: DEFAULT_CONFIG, baseline: localDirSource(base, 'path', baseRef), current: localDirSource(cur, 'path', curRef) });
  return report;
}

/** The demo's report, with the refs churn-example.test.ts uses. */
export function demoReport(): Promise<Report> {
  const dir = join(root, 'examples/churn');
  return reviewDirs(join(dir, 'baseline'), join(dir, 'current'), 'examples/churn/baseline', 'examples/churn/current');
}

/** A shared scenario's report, as scripts/scenarios.mjs runs it (the folders as refs). */
export function scenarioReport(name: string): Promise<Report> {
  const base = join(SCENARIOS, name, 'base');
  const cur = join(SCENARIOS, name, 'current');
  return reviewDirs(base, cur, base, cur);
}

/**
 * The committed `<name>.md`. With a fresh rendering, it must equal it (UPDATE_OUTPUTS=1 writes
 * it first); without one (no ../shared), the committed file is what gets checked.
 */
export function committedMarkdown(name: string, fresh: Report | null): string {
  const file = join(OUTPUTS, `${name}.md`);
  const md = fresh ? renderMarkdown(fresh) : null;
  if (md !== null && UPDATE) writeFileSync(file, md);
  expect(existsSync(file), `${file} is missing: regenerate it with UPDATE_OUTPUTS=1`).toBe(true);
  const committed = readFileSync(file, 'utf8');
  if (md !== null) expect(md, `${name}.md is stale: regenerate it with UPDATE_OUTPUTS=1`).toBe(committed);
  return committed;
}
