// A fork controls its artifacts. The demo run (examples/churn) with a hostile value injected as a
// category value, a column name, a parameter key and value, and a metric name: every surface
// that reaches markdown — summary, titles, evidence, tables, advice, the agent section, the
// check-run summary, the job summary and annotations — must come out inert.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { annotationsFor } from '../../src/github/annotations.js';
import { commentBody } from '../../src/github/comment.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { review } from '../../src/review.js';
import { expectInert } from '../helpers/inert.js';
import { memorySource } from '../helpers/memory-source.js';

const root = join(import.meta.dirname, '../../examples/churn');
const EVIL =
  '45-54 @octo-org/admins </details><img src=x onerror=alert(1)> #1 GH-2 deadbeef1234 | [x](https://evil.example) ![i](https://evil.example/i.png) www.evil.example $\\Huge{x}$ `a``b` \n<!-- hide\n# ✅ pass <!-- ml-doctor:report --> \u202eexe.txt';

function csvQuote(v: string): string {
  return `"${v.replace(/"/g, '""')}"`;
}

type Side = 'baseline' | 'current';
type Inject = (files: Record<string, string>, side: Side) => void;

/** The churn run with `inject` applied to each side's files. */
function run(side: Side, inject: Inject): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of ['metrics.json', 'params.yaml', 'train_log.csv', 'eval/predictions.csv']) files[f] = readFileSync(join(root, side, f), 'utf8');
  inject(files, side);
  return files;
}

const injections: Record<string, Inject> = {
  'a category value': (f) => {
    f['eval/predictions.csv'] = f['eval/predictions.csv']!.replace(/,high,/g, `,${csvQuote(EVIL)},`);
  },
  'a column name': (f) => {
    f['eval/predictions.csv'] = f['eval/predictions.csv']!.replace(/^(.*),data_usage_gb,/, `$1,${csvQuote(EVIL)},`);
  },
  'a parameter key and value': (f, side) => {
    f['params.yaml'] += `${JSON.stringify(EVIL)}: ${JSON.stringify(`${EVIL} ${side}`)}\nlr: ${JSON.stringify(`${side} ${EVIL}`)}\n`;
  },
  'a file name': (f) => {
    // A file name cannot hold '/' or a newline; everything else of the value can be in it.
    f[`eval/${EVIL.replace(/[/\n\r]/g, '_')}.csv`] = f['eval/predictions.csv']!;
    delete f['eval/predictions.csv'];
  },
  'a metric name': (f, side) => {
    const m = JSON.parse(f['metrics.json']!) as { test: Record<string, number> };
    m.test[EVIL] = m.test['accuracy']!;
    m.test[`accuracy ${EVIL}`] = side === 'current' ? 0.4 : 0.8;
    f['metrics.json'] = JSON.stringify(m);
  },
};

async function hostileReport(inject: Inject): Promise<Report> {
  const { report } = await review({
    config: DEFAULT_CONFIG,
    baseline: memorySource(run('baseline', inject), 'examples/churn/baseline'),
    current: memorySource(run('current', inject), 'examples/churn/current'),
  });
  return report;
}

// Reviewed up front: a describe body cannot await.
const reports = new Map(await Promise.all(Object.entries(injections).map(async ([what, inject]) => [what, await hostileReport(inject)] as const)));

describe.each(Object.keys(injections))('a hostile string as %s', (what) => {
  const report = reports.get(what)!;
  // The report must actually carry the value somewhere, or the test proves nothing.
  const json = JSON.stringify(report);
  const url = 'https://github.com/o/r/actions/runs/1';

  it('reaches report.json verbatim (escaping happens only where markdown is written)', () => {
    expect(json).toContain('@octo-org');
    expect(json).toContain('<img src=x onerror=alert(1)>');
  });

  it('reaches the rendered markdown (escaped), so the inertness below is tested on it', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('@\u200bocto-org');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('comes out inert in the full report, the comment, the check-run summary and the job summary', () => {
    expectInert(renderMarkdown(report));
    // The run's own URL is ours to link; nothing else may be.
    const ours = { trusted: [url] };
    expectInert(commentBody(report, { key: '.github/ml-doctor.yml', footer: '<sub>commit 1234567</sub>\n', fullReportUrl: url }), ours);
    for (const maxChars of [20_000, 5_000, 1_500]) expectInert(renderMarkdown(report, { maxChars, fullReportUrl: url }), ours);
  });

  it('comes out inert in an agent section that quotes it', () => {
    const withAgent: Report = {
      ...report,
      agent: {
        provider: 'compatible',
        model: EVIL,
        mode: 'standard',
        toolCalls: [],
        tokens: { input: 1, output: 1 },
        costUsd: 0,
        causes: [{ title: EVIL, rootCause: EVIL, fix: EVIL, verification: EVIL, prevention: EVIL, cites: ['F1', EVIL] }],
        removedClaims: 0,
        fallback: null,
      },
    };
    expectInert(renderMarkdown(withAgent));
  });

  it('never pings, links or spills past one line in annotations', () => {
    const keys = report.params.map((p) => p.key);
    const patch = `@@ -1 +1,${keys.length} @@\n${keys.map((k) => `+${k.split('.').pop()}: x`).join('\n')}`;
    for (const a of annotationsFor(report, [{ path: 'params.yaml', status: 'modified', patch }])) {
      expect(a.title).not.toMatch(/[\n\u202e]|@[\w-]/);
      expect(a.message).not.toMatch(/[\u202e]|@[\w-]/);
    }
  });
});

it('the hook value in the demo category column leaves no tag, mention or extra </details> in report.md', async () => {
  const hook = 'high @acme/admins </details><img src=x onerror=alert(1)>';
  const md = renderMarkdown(await hostileReport((f) => (f['eval/predictions.csv'] = f['eval/predictions.csv']!.replace(/,high,/g, `,${hook},`))));
  expect(md).toContain('value_tier=high @\u200bacme/admins &lt;/details&gt;&lt;img');
  expectInert(md);
});
