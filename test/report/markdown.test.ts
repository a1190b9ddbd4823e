import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, renderMarkdown } from '../../src/report/markdown.js';
import type { Finding, Report } from '../../src/report/types.js';

function finding(i: number): Finding {
  return {
    id: `F${i}`,
    category: i === 1 ? 'feature_drift' : 'segment_regression',
    severity: i === 1 ? 'critical' : 'minor',
    area: 'data',
    title: `Finding number ${i} ${'x'.repeat(200)}`,
    segment: { column: 'region', value: `r${i}` },
    evidence: Array.from({ length: 6 }, (_, k) => ({ text: `evidence ${k} ${'y'.repeat(300)}`, value: k })),
    rootCause: 'cause '.repeat(80),
    fix: 'fix '.repeat(80),
    verification: 'verify '.repeat(80),
    prevention: 'prevent '.repeat(80),
  };
}

function report(nFindings: number): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'ml-doctor', version: '0.1.0' },
    verdict: 'fail',
    summary: 'Verdict fail.',
    baseline: { source: 'path', ref: 'base' },
    current: { source: 'path', ref: 'cur' },
    metrics: Array.from({ length: 300 }, (_, i) => ({ name: `m${i}`, baseline: 1, current: 0.5, delta: -0.5, direction: 'higher' as const, status: 'regressed' as const })),
    params: [],
    segments: [],
    findings: Array.from({ length: nFindings }, (_, i) => finding(i + 1)),
  };
}

describe('renderMarkdown', () => {
  it('starts with the hidden marker the comment is found by', () => {
    expect(renderMarkdown(report(1)).startsWith(COMMENT_MARKER)).toBe(true);
  });

  it('keeps a huge report under the comment budget by shortening the least important sections first', () => {
    const full = renderMarkdown(report(400));
    expect(full.length).toBeGreaterThan(65536);
    const cut = renderMarkdown(report(400), { maxChars: 65536, fullReportUrl: 'https://example.test/run/1' });
    expect(cut.length).toBeLessThanOrEqual(65536);
    // The most important finding survives in full; the link to the full report is there.
    expect(cut).toContain('### 🔴 F1 ·');
    expect(cut).toContain('**Verify.**');
    expect(cut).toContain('https://example.test/run/1');
  });

  it('renders an under-budget report unchanged by the budget', () => {
    expect(renderMarkdown(report(2), { maxChars: 65536 })).toBe(renderMarkdown(report(2)));
  });
});
