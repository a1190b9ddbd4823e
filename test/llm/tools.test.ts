import { describe, expect, it } from 'vitest';
import { runTool, TOOL_NAMES, TOOL_SPECS } from '../../src/llm/tools.js';
import { churnReport, smallReport } from './report-fixture.js';

describe('report tools', () => {
  const report = smallReport();

  it('describes the five tools with JSON-Schema parameters', () => {
    expect(TOOL_NAMES).toEqual(['list_findings', 'get_finding', 'segment_metrics', 'metric', 'params_diff']);
    for (const t of TOOL_SPECS) expect(t.parameters).toMatchObject({ type: 'object' });
  });

  it('lists findings in report order without their long texts', () => {
    expect(runTool(report, 'list_findings', {})).toEqual({
      findings: [
        { id: 'F1', severity: 'critical', category: 'feature_drift', area: 'data', title: 'PSI 0.42 for distance within origin=ORD (n=1490)', feature: 'distance', segment: { column: 'origin', value: 'ORD' } },
        { id: 'F2', severity: 'major', category: 'segment_regression', area: 'model', title: 'Accuracy fell 16.0 pts for origin=ORD (n=1490)', metric: 'accuracy', segment: { column: 'origin', value: 'ORD' }, explainedBy: 'F1' },
      ],
    });
  });

  it('returns one finding in full, and the known ids for an unknown one', () => {
    expect(runTool(report, 'get_finding', { id: 'F2' })).toEqual({ finding: JSON.parse(JSON.stringify(report.findings[1])) as unknown });
    expect(runTool(report, 'get_finding', { id: 'f1' })).toMatchObject({ finding: { id: 'F1' } });
    expect(runTool(report, 'get_finding', { id: 'F7' })).toEqual({ error: "no finding 'F7'", ids: ['F1', 'F2'] });
    expect(runTool(report, 'get_finding', {})).toEqual({ error: "no finding ''", ids: ['F1', 'F2'] });
  });

  it('returns the segment rows of one column, and the columns for an unknown one', () => {
    expect(runTool(report, 'segment_metrics', { column: 'origin' })).toEqual({ rows: JSON.parse(JSON.stringify(report.segments)) as unknown });
    expect(runTool(report, 'segment_metrics', { column: 'Origin' })).toMatchObject({ rows: [{ value: 'ORD' }, { value: 'JFK' }] });
    expect(runTool(report, 'segment_metrics', { column: 'plan' })).toEqual({ error: "no segment rows for column 'plan'", columns: ['origin'] });
  });

  it('caps long answers and says how many rows were left out', () => {
    const big = churnReport();
    big.segments = Array.from({ length: 45 }, (_, i) => ({ ...big.segments[0]!, value: `v${i}` }));
    const res = runTool(big, 'segment_metrics', { column: big.segments[0]!.column }) as { rows: unknown[]; omitted: number };
    expect(res.rows).toHaveLength(40);
    expect(res.omitted).toBe(5);
  });

  it('finds a metric by its full name or its last part', () => {
    expect(runTool(report, 'metric', { name: 'test.accuracy' })).toMatchObject({ rows: [{ name: 'test.accuracy', delta: -0.0812 }] });
    expect(runTool(report, 'metric', { name: 'Accuracy' })).toMatchObject({ rows: [{ name: 'test.accuracy' }] });
    expect(runTool(report, 'metric', { name: 'racy' })).toEqual({ error: "no metric 'racy'", names: ['test.accuracy', 'test.latency_ms'] });
  });

  it('returns the changed parameters', () => {
    expect(runTool(report, 'params_diff', {})).toEqual({ rows: [{ key: 'optimizer.lr', baseline: 0.001, current: 0.01 }] });
  });

  it('answers an unknown tool with the list of tools', () => {
    expect(runTool(report, 'shell', { cmd: 'ls' })).toEqual({ error: "unknown tool 'shell'", tools: TOOL_NAMES });
  });
});
