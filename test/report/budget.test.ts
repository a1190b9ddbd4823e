// The size budget of report.md: charts and tables go before findings, the budget can be counted
// in bytes, and no cut ends inside a fenced block (a ```mermaid chart cut in half).
import { describe, expect, it } from 'vitest';
import { LEVELS, renderMarkdown, safeCutPoints, utf8Length } from '../../src/report/markdown.js';
import type { Finding, Report } from '../../src/report/types.js';
import { visuals } from './fixtures.js';
import { withoutMermaidBlocks } from '../helpers/inert.js';

function finding(i: number): Finding {
  return {
    id: `F${i}`,
    category: i === 1 ? 'feature_drift' : 'segment_regression',
    severity: i === 1 ? 'critical' : 'minor',
    area: 'data',
    title: `Finding ${i}`,
    evidence: [{ text: `evidence of finding ${i}`, value: i }],
    rootCause: `cause ${i} `.repeat(20),
    fix: `fix ${i} `.repeat(20),
    verification: `verify ${i} `.repeat(20),
    prevention: `prevent ${i} `.repeat(20),
  };
}

function report(nFindings: number, name?: (s: string) => string): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'ml-doctor', version: '0.1.0' },
    verdict: 'fail',
    summary: 'Verdict fail.',
    baseline: { source: 'path', ref: 'base' },
    current: { source: 'path', ref: 'cur' },
    metrics: Array.from({ length: 20 }, (_, i) => ({ name: `m${i}`, baseline: 1, current: 0.5, delta: -0.5, direction: 'higher' as const, status: 'regressed' as const })),
    params: [],
    segments: [],
    findings: Array.from({ length: nFindings }, (_, i) => finding(i + 1)),
    visuals: visuals(name),
  };
}

const charts = (md: string): number => (md.match(/^```mermaid$/gm) ?? []).length;
const fullFindings = (md: string): number => (md.match(/^\*\*Prevent\.\*\*/gm) ?? []).length;

describe('the size budget', () => {
  it('drops charts and the drift table before it shortens any finding', () => {
    const r = report(6);
    const full = renderMarkdown(r);
    expect(charts(full)).toBe(4);
    expect(full).toContain('Feature drift: 1 of 80 features drifted');
    const noCharts = renderMarkdown({ ...r, visuals: { drift: r.visuals!.drift! } });
    // A budget between the report without charts and the full one: charts go, findings stay whole.
    const budget = Math.floor((utf8Length(full) + utf8Length(noCharts)) / 2);
    const cut = renderMarkdown(r, { maxBytes: budget });
    expect(utf8Length(cut)).toBeLessThanOrEqual(budget);
    expect(charts(cut)).toBeLessThan(4);
    expect(fullFindings(cut)).toBe(6);
    // Without room for any chart or table, every finding is still shown in full.
    const tight = renderMarkdown(r, { maxBytes: utf8Length(noCharts) - 3_000 });
    expect(charts(tight)).toBe(0);
    expect(tight).not.toContain('Feature drift:');
    expect(fullFindings(tight)).toBe(6);
  });

  it('orders its steps so that no step shows more charts or tables than the one before', () => {
    for (let i = 1; i < LEVELS.length; i++) {
      const [a, b] = [LEVELS[i - 1]!, LEVELS[i]!];
      for (const k of ['charts', 'driftRows', 'metricRows', 'segmentRows', 'paramRows', 'fullFindings', 'findingsShown'] as const) expect(b[k]).toBeLessThanOrEqual(a[k]);
      // Findings shrink only once every chart and table is gone.
      if (b.fullFindings < a.fullFindings) expect(a.charts + a.driftRows + a.metricRows + a.segmentRows + a.paramRows).toBe(0);
    }
  });

  it('counts the budget in UTF-8 bytes: CJK names in the charts and tables stay under a byte budget', () => {
    const cjk = (s: string) => `${s}精度が低下しました`;
    const r = report(4, cjk);
    for (const budget of [60_000, 20_000, 8_000]) {
      const out = renderMarkdown(r, { maxBytes: budget });
      expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(budget);
    }
  });

  it('never leaves a mermaid block cut in half, at any budget', () => {
    const r = report(3);
    const full = utf8Length(renderMarkdown(r));
    for (let budget = 500; budget <= full; budget += 337) {
      const out = renderMarkdown(r, { maxBytes: budget, fullReportUrl: 'https://example.test/run/1' });
      expect(utf8Length(out)).toBeLessThanOrEqual(budget);
      expect(withoutMermaidBlocks(out).problems).toEqual([]);
      expect(out.split('<details>').length).toBe(out.split('</details>').length);
    }
  });
});

describe('safeCutPoints', () => {
  it('offers no cut inside a fenced block, of backticks or tildes, however long its fence', () => {
    const lines = ['a', '```mermaid', 'x', '```', 'b', '~~~~', '```', 'y', '~~~~', 'c', '````', '```', '````'];
    expect(safeCutPoints(lines)).toEqual([0, 1, 4, 5, 9, 10, 13]);
  });

  it('treats an unclosed fence as running to the end', () => {
    expect(safeCutPoints(['a', '```', 'b'])).toEqual([0, 1]);
  });
});
