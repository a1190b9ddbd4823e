import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, renderMarkdown, utf8Length } from '../../src/report/markdown.js';
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

  it('keeps a CJK-heavy report under a byte budget, which a character budget alone would overshoot threefold', () => {
    const ja = (n: number) => '精度が低下しました'.repeat(n);
    const cjk = { ...report(60), findings: report(60).findings.map((f) => ({ ...f, title: ja(20), evidence: f.evidence.map((e) => ({ ...e, text: ja(30) })), rootCause: ja(60), fix: ja(60), verification: ja(60), prevention: ja(60) })) };
    const budget = 60_000;
    expect(renderMarkdown(cjk, { maxChars: budget }).length).toBeLessThanOrEqual(budget);
    expect(utf8Length(renderMarkdown(cjk, { maxChars: budget }))).toBeGreaterThan(budget);
    const out = renderMarkdown(cjk, { maxBytes: budget });
    expect(utf8Length(out)).toBeLessThanOrEqual(budget);
    expect(Buffer.byteLength(out, 'utf8')).toBe(utf8Length(out));
    expect(out).toContain('### 🔴 F1 ·');
  });

  it('cuts an over-budget report at whole lines, keeps its details blocks closed and says where the rest is', () => {
    const big = report(400);
    const shortest = renderMarkdown(big, { maxChars: 200_000 });
    const cut = renderMarkdown(big, { maxChars: 3_000, fullReportUrl: 'https://example.test/run/1' });
    expect(cut.length).toBeLessThanOrEqual(3_000);
    expect(cut).toMatch(/\n…report truncated; full report: https:\/\/example\.test\/run\/1\n$/);
    const body = cut.slice(0, cut.indexOf('\n\n…report truncated')).split('\n');
    const full = new Set(shortest.split('\n').concat(renderMarkdown(big).split('\n'), ['</details>']));
    expect(body.filter((l) => !full.has(l))).toEqual([]);
    expect(cut.split('<details>').length).toBe(cut.split('</details>').length);
  });

  it('counts UTF-8 bytes as Buffer does, surrogate pairs included', () => {
    for (const s of ['', 'abc', 'é', '精度', '😀', 'a😀é精', '\ud800x']) expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
  });

  it('renders an under-budget report unchanged by the budget', () => {
    expect(renderMarkdown(report(2), { maxChars: 65536 })).toBe(renderMarkdown(report(2)));
  });
});
