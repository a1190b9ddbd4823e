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

  it('renders the comment committed under test/__outputs__', () => {
    const md = renderMarkdown(report);
    const file = join(import.meta.dirname, '../__outputs__/churn.md');
    // Written only on request: a missing snapshot fails instead of being created and passing.
    if (process.env['UPDATE_OUTPUTS']) writeFileSync(file, md);
    expect(existsSync(file), `${file} is missing: regenerate it with UPDATE_OUTPUTS=1`).toBe(true);
    expect(md).toBe(readFileSync(file, 'utf8'));
  });
});
