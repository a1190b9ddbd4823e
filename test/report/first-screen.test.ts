// The first screen of report.md (issue 12): before the findings, in at most 12 lines, the
// verdict, the cause with where it is and the share of the regression it accounts for, and the
// fix to try first. Checked on the committed comment of the demo and of every shared scenario
// (the committed files alone when ../shared is absent), and on hand-built reports.
import { describe, expect, it } from 'vitest';
import { inline } from '../../src/report/escape.js';
import { causeOf, firstSentence, FIRST_SCREEN_LINES, shareClause } from '../../src/report/first-screen.js';
import { COMMENT_MARKER, renderMarkdown } from '../../src/report/markdown.js';
import type { Finding, Report } from '../../src/report/types.js';
import { expectInert } from '../helpers/inert.js';
import { committedMarkdown, demoReport, HAVE_SCENARIOS, SCENARIO_NAMES, scenarioReport, sharedScenarioNames, truthOf } from './outputs.js';

/** The non-empty lines before the findings or whatever comes next (the hidden marker is not rendered). */
function firstScreen(md: string): string[] {
  const lines = md.split('\n').filter((l) => l.trim() !== '' && l !== COMMENT_MARKER);
  const end = lines.findIndex((l, i) => i > 0 && /^(## |<details>|<sub>)/.test(l));
  return end === -1 ? lines : lines.slice(0, end);
}

/** The rendered block of finding `id` in report.md: its tags line and its Fix line. */
function findingBlock(md: string, id: string): { tags: string; fix: string } {
  const lines = md.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^### \\S+ ${id} · `).test(l));
  expect(at, `no block for ${id}`).toBeGreaterThan(-1);
  const fix = lines.slice(at).find((l) => l.startsWith('**Fix.** '));
  expect(fix, `no Fix line for ${id}`).toBeDefined();
  return { tags: lines[at + 1]!, fix: fix!.slice('**Fix.** '.length) };
}

const words = (category: string) => category.replace(/_/g, ' ');

/** What every committed comment's first screen must do, read from the markdown alone. */
function checkCommitted(md: string): { screen: string[]; causeId: string | null } {
  const screen = firstScreen(md);
  expect(screen.length).toBeLessThanOrEqual(FIRST_SCREEN_LINES);
  expect(screen[0]).toMatch(/^## ml-doctor: (✅ pass|⚠️ warn|❌ fail)/);
  const cause = screen.find((l) => l.startsWith('**Cause ('));
  if (!cause) return { screen, causeId: null };
  // The findings follow the first screen directly.
  expect(md.split('\n').filter((l) => l.trim() !== '' && l !== COMMENT_MARKER)[screen.length]).toBe('## Findings');
  const id = /^\*\*Cause \((F\d+)\)/.exec(cause)![1]!;
  const block = findingBlock(md, id);
  // The cause line names the finding's category, feature and segment as its block tags them.
  const category = /^`([a-z_]+)`/.exec(block.tags)![1]!;
  expect(cause).toContain(words(category));
  for (const m of block.tags.matchAll(/(?:feature|segment) (`[^`]+`)/g)) expect(cause).toContain(m[1]);
  // …and the fix's first sentence is on the first screen, as the finding's Fix line renders it.
  expect(screen.find((l) => l.startsWith('**Try first.** '))).toContain(firstSentence(block.fix));
  return { screen, causeId: id };
}

/** With the report at hand: the share the diagnosis attributed and the fix come from the cause's own finding. */
function checkAgainstReport(report: Report, screen: readonly string[]): Finding | undefined {
  const cause = causeOf(report.findings);
  const text = screen.join('\n');
  if (!cause) return undefined;
  expect(text).toContain(inline(firstSentence(cause.fix)));
  const e = cause.evidence[0];
  if (e?.text.startsWith('Accounts for ') && e.value !== undefined) expect(text).toContain(`accounts for ${Math.round(100 * e.value)} % of`);
  return cause;
}

describe('the first screen of the demo (examples/churn)', async () => {
  const report = await demoReport();
  const md = committedMarkdown('churn', report);

  it('names the drifted feature in its segment, its share of the regression, the PR parameter and the fix', () => {
    const { screen, causeId } = checkCommitted(md);
    expect(causeId).toBe('F1');
    checkAgainstReport(report, screen);
    const line = screen.find((l) => l.startsWith('**Cause ('))!;
    expect(line).toContain('`data_usage_gb`');
    expect(line).toContain('`value_tier=high`');
    expect(line).toContain('accounts for 100 % of the recall regression (95 % CI 100 % to 100 %)');
    expect(line).toContain('the PR changed `data.snapshot` `2026-07` → `2026-10`');
  });

  it('replaces the summary paragraph and the problem line instead of repeating them', () => {
    expect(md).not.toContain(inline(report.summary));
    expect(md).not.toContain('**Problem.**');
  });
});

describe.each(SCENARIO_NAMES)('the first screen of the shared scenario %s', async (name) => {
  const have = HAVE_SCENARIOS && sharedScenarioNames().includes(name);
  const report = have ? await scenarioReport(name) : null;
  const md = committedMarkdown(name, report);

  it('fits in 12 lines before the findings and names the cause and its first fix', () => {
    const { screen, causeId } = checkCommitted(md);
    if (causeId === null) expect(screen.join('\n')).toMatch(/Nothing to report|No cause found/);
  });

  it.skipIf(!have)('names the root cause the scenario planted (truth.json), where it is, and its fix', () => {
    const truth = truthOf(name);
    const screen = firstScreen(md);
    const cause = checkAgainstReport(report!, screen);
    if (truth.verdict.length === 1 && truth.verdict[0] === 'pass') {
      expect(cause).toBeUndefined();
      expect(screen.join('\n')).toContain('Nothing to report.');
      return;
    }
    const line = screen.find((l) => l.startsWith('**Cause ('))!;
    expect(line).toContain(words(truth.root_cause_category));
    const planted = truth.expect.find((x) => x.category === truth.root_cause_category);
    if (planted?.feature) expect(line).toContain(`\`${planted.feature}\``);
    if (planted?.segment) expect(line).toContain(`\`${planted.segment.column}=${planted.segment.value ?? ''}`);
  });
});

it.skipIf(!HAVE_SCENARIOS)('commits the comment of every shared scenario (a new scenario is added to SCENARIO_NAMES)', () => {
  expect(sharedScenarioNames()).toEqual([...SCENARIO_NAMES]);
});

function finding(over: Partial<Finding> & Pick<Finding, 'id' | 'category'>): Finding {
  return {
    severity: 'major',
    area: 'model',
    title: `${over.id} title`,
    evidence: [],
    rootCause: 'A root cause.',
    fix: 'A fix. Then more.',
    verification: 'Verify.',
    prevention: 'Prevent.',
    ...over,
  };
}

function report(findings: Finding[], over: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'ml-doctor', version: '0.1.0' },
    verdict: 'warn',
    summary: 'Summary.',
    baseline: { source: 'path', ref: 'base' },
    current: { source: 'path', ref: 'cur' },
    metrics: [],
    params: [],
    segments: [],
    findings,
    ...over,
  };
}

describe('the first screen of hand-built reports', () => {
  it('says plainly that no cause was found and points at the headline regression when every finding is a symptom', () => {
    const md = renderMarkdown(
      report(
        [
          finding({ id: 'F1', category: 'segment_regression', title: 'Accuracy fell 6 pts for plan=pro (n=300)', segment: { column: 'plan', value: 'pro' } }),
          finding({ id: 'F2', category: 'metric_regression', title: 'Accuracy fell 2.1 pts (0.91 → 0.889, n=4000)', fix: 'Fix the upstream cause named above. Or bisect.' }),
          finding({ id: 'F3', category: 'prediction_shift', severity: 'minor', title: 'Predicted positive rate moved' }),
        ],
        { params: [{ key: 'model.depth', baseline: 6, current: 8 }] },
      ),
    );
    const screen = firstScreen(md);
    expect(screen.length).toBeLessThanOrEqual(FIRST_SCREEN_LINES);
    expect(screen.join('\n')).not.toContain('**Cause (');
    expect(screen.join('\n')).not.toContain('**Try first.**');
    const line = screen.find((l) => l.startsWith('**No cause found.**'))!;
    // The metric regression is the headline, ahead of the segment listed first.
    expect(line).toContain('F2, Accuracy fell 2.1 pts (0.91 → 0.889, n=4000)');
    expect(line).toContain('the PR changed 1 parameter');
  });

  it('counts a finding linked to a cause as a symptom whatever its category', () => {
    const md = renderMarkdown(
      report([
        finding({ id: 'F1', category: 'metric_regression', title: 'F1 fell 5 pts' }),
        finding({ id: 'F2', category: 'calibration', title: 'ECE rose', explainedBy: 'F3' }),
        finding({ id: 'F3', category: 'label_shift', title: 'Label distribution moved (PSI 0.3)', fix: 'Re-weight to the new prior. Then retrain.' }),
      ]),
    );
    const screen = firstScreen(md);
    expect(screen).toContain('**Cause (F3): label shift.** Label distribution moved (PSI 0.3).');
    expect(screen).toContain('**Try first.** Re-weight to the new prior.');
    expect(screen).toContain('**What got worse (F1).** F1 fell 5 pts · 1 finding explained by F3');
  });

  it('says in one line that there is nothing to report on a pass without findings', () => {
    const md = renderMarkdown(report([], { verdict: 'pass', summary: 'No regression beyond noise: 16 metrics compared; nothing reached minor severity.' }));
    expect(firstScreen(md)).toEqual(['## ml-doctor: ✅ pass', 'Nothing to report. No regression beyond noise: 16 metrics compared; nothing reached minor severity.']);
    expect(md).not.toContain('## Findings');
  });

  it('keeps information-only findings below a pass that has nothing to report', () => {
    const md = renderMarkdown(report([finding({ id: 'F1', category: 'config_change', severity: 'info', title: 'seed 7 → 8' })], { verdict: 'pass', summary: 'No regression beyond noise.' }));
    expect(firstScreen(md)).toEqual(['## ml-doctor: ✅ pass', 'Nothing to report. No regression beyond noise.']);
    expect(md).toContain('### ⚪ F1 · seed 7 → 8');
  });

  it('shows no share when the first evidence line carries no attribution, or one its value contradicts', () => {
    const none = finding({ id: 'F1', category: 'leakage', evidence: [{ text: '35.6% of eval rows are in the training sample', value: 0.356 }] });
    expect(shareClause(none)).toBeNull();
    const contradicted = finding({ id: 'F1', category: 'leakage', evidence: [{ text: 'Accounts for 86 % of the accuracy regression (95 % CI 70 % to 101 %), measured on x', value: 0.5 }] });
    expect(shareClause(contradicted)).toBeNull();
    const prior = finding({ id: 'F1', category: 'label_shift', evidence: [{ text: "Accounts for 86 % of the accuracy regression (95 % CI 70 % to 101 %, from the change's interval): the baseline …", value: 0.86 }] });
    expect(shareClause(prior)).toBe('accounts for 86 % of the accuracy regression (95 % CI 70 % to 101 %)');
  });

  it('names the PR parameters the cause points at, the first two in full', () => {
    const params = [
      { key: 'a.lr', baseline: 0.1, current: 1 },
      { key: 'a.epochs', baseline: 5, current: 50 },
      { key: 'a.decay', baseline: 0.01, current: 0 },
      { key: 'unrelated', baseline: 'x', current: 'y' },
    ];
    const cause = finding({ id: 'F1', category: 'overfitting', rootCause: 'After `a.lr`, `a.epochs` and `a.decay` changed.' });
    const line = firstScreen(renderMarkdown(report([cause], { params }))).find((l) => l.startsWith('**Cause ('))!;
    expect(line).toContain('the PR changed `a.lr` `0.1` → `1`, `a.epochs` `5` → `50` and 1 more.');
    expect(line).not.toContain('unrelated');
  });

  it('escapes a hostile title, feature and parameter on the first screen', () => {
    const evil = '@octo-org <img src=x> #1 [x](https://evil.example)';
    const cause = finding({ id: 'F1', category: 'feature_drift', title: evil, feature: evil, rootCause: `\`${evil}\``, fix: `Check ${evil}. More.` });
    const md = renderMarkdown(report([cause], { params: [{ key: evil, baseline: evil, current: 1 }] }));
    const screen = firstScreen(md).join('\n');
    // The value reaches the first screen (in the cause line, the parameter and the fix) and is inert there.
    expect(screen).toContain('@\u200bocto-org &lt;img src=x&gt;');
    expect(screen).toContain(`the PR changed \`${evil}\``);
    expect(screen).toContain('**Try first.** Check @\u200bocto-org');
    expectInert(md);
  });
});

describe('firstSentence', () => {
  it.each([
    ['Start with what the PR changed — `data.snapshot` 2026-07 → 2026-10. Check where it comes from.', 'Start with what the PR changed — `data.snapshot` 2026-07 → 2026-10.'],
    ['Revert `optimizer.lr` to 0.02, or run a short LR range test. Then re-run.', 'Revert `optimizer.lr` to 0.02, or run a short LR range test.'],
    ['Convert back, e.g. Divide by 12. Then retrain.', 'Convert back, e.g. Divide by 12.'],
    ['Audit the join (e.g. a join on the wrong key); restore the labels', 'Audit the join (e.g. a join on the wrong key); restore the labels'],
    ['Drop rows with `x. Y` in them. Next.', 'Drop rows with `x. Y` in them.'],
  ])('%s', (text, first) => {
    expect(firstSentence(text)).toBe(first);
  });
});
