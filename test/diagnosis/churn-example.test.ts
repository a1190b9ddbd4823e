// The README demo (examples/churn): the report must name the drifted usage feature, inside the
// high-value segment, as the root cause — above the segment and metric symptoms it explains.
// The rendered comment is committed under test/__outputs__ so a change to it shows up as a diff
// (regenerate with UPDATE_OUTPUTS=1 npx vitest run test/diagnosis/churn-example.test.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { localDirSource } from '../../src/artifacts/source.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { review } from '../../src/review.js';
import { expectValidReport } from '../helpers/schema.js';

const root = join(import.meta.dirname, '../../examples/churn');

const { report } = await review({
  config: DEFAULT_CONFIG,
  baseline: localDirSource(join(root, 'baseline'), 'path', 'examples/churn/baseline'),
  current: localDirSource(join(root, 'current'), 'path', 'examples/churn/current'),
});

describe('examples/churn', () => {

  it('names the drifted usage feature in the high-value segment as the root cause', () => {
    expectValidReport(JSON.parse(JSON.stringify(report)));
    const top = report.findings[0]!;
    expect(top.category).toBe('feature_drift');
    expect(top.feature).toBe('data_usage_gb');
    expect(top.segment).toEqual({ column: 'value_tier', value: 'high' });
  });

  it('ranks the segment and metric symptoms below the cause and links them to it', () => {
    const seg = report.findings.findIndex((f) => f.category === 'segment_regression' && f.segment?.column === 'value_tier' && f.segment.value === 'high');
    const metric = report.findings.findIndex((f) => f.category === 'metric_regression');
    expect(seg).toBeGreaterThan(0);
    expect(metric).toBeGreaterThan(0);
    expect(report.findings[seg]!.explainedBy).toBe(report.findings[0]!.id);
    expect(report.findings[metric]!.explainedBy).toBe(report.findings[0]!.id);
  });

  it('shows the true positives the high-value tier lost, and the cells behind the recall drop', () => {
    const seg = report.findings.find((f) => f.category === 'segment_regression' && f.segment?.column === 'value_tier' && f.segment.value === 'high')!;
    expect(seg.evidence.map((e) => e.text)).toContain('Lost 125 of 179 true positives: recall 0.635 → 0.191 in `value_tier=high` (n=810)');
    const metric = report.findings.find((f) => f.category === 'metric_regression')!;
    expect(metric.evidence.map((e) => e.text)).toContain(
      'Confusion cells that moved (positive class `1`): TP 610 → 485, FN 516 → 641, FP 238 → 179, TN 2636 → 2695; recall 0.542 → 0.431, false-positive rate 0.0828 → 0.0623, precision 0.719 → 0.73, accuracy 0.811 → 0.795',
    );
    // Shown in the comment, not only in report.json.
    expect(renderMarkdown(report)).toContain('- Lost 125 of 179 true positives: recall 0.635 → 0.191 in `value_tier=high` (n=810)');
  });

  it('renders the comment committed under test/__outputs__', () => {
    const md = renderMarkdown(report);
    const file = join(import.meta.dirname, '../__outputs__/churn.md');
    // Written only on request: a missing snapshot fails instead of being created and passing.
    if (process.env['UPDATE_OUTPUTS']) writeFileSync(file, md);
    expect(existsSync(file), `${file} is missing: regenerate it with UPDATE_OUTPUTS=1`).toBe(true);
    expect(md).toBe(readFileSync(file, 'utf8'));
  });
});
