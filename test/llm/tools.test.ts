import { describe, expect, it } from 'vitest';
import { ALL_TOOL_NAMES, MAX_DIFF_CHARS, numberDiff, runTool, TOOL_NAMES, TOOL_SPECS, toolSpecsFor } from '../../src/llm/tools.js';
import type { PullRequestDiff, RunDataQuery } from '../../src/query/port.js';
import { churnReport, smallReport } from './report-fixture.js';

describe('report tools', () => {
  const report = smallReport();

  it('describes the five tools with JSON-Schema parameters', () => {
    expect(TOOL_NAMES).toEqual(['list_findings', 'get_finding', 'segment_metrics', 'metric', 'params_diff']);
    for (const t of TOOL_SPECS) expect(t.parameters).toMatchObject({ type: 'object' });
  });

  it('lists findings in report order without their long texts', async () => {
    expect(await runTool(report, 'list_findings', {})).toEqual({
      findings: [
        { id: 'F1', severity: 'critical', category: 'feature_drift', area: 'data', title: 'PSI 0.42 for distance within origin=ORD (n=1490)', feature: 'distance', segment: { column: 'origin', value: 'ORD' } },
        { id: 'F2', severity: 'major', category: 'segment_regression', area: 'model', title: 'Accuracy fell 16.0 pts for origin=ORD (n=1490)', metric: 'accuracy', segment: { column: 'origin', value: 'ORD' }, explainedBy: 'F1' },
      ],
    });
  });

  it('returns one finding in full, and the known ids for an unknown one', async () => {
    expect(await runTool(report, 'get_finding', { id: 'F2' })).toEqual({ finding: JSON.parse(JSON.stringify(report.findings[1])) as unknown });
    expect(await runTool(report, 'get_finding', { id: 'f1' })).toMatchObject({ finding: { id: 'F1' } });
    expect(await runTool(report, 'get_finding', { id: 'F7' })).toEqual({ error: "no finding 'F7'", ids: ['F1', 'F2'] });
    expect(await runTool(report, 'get_finding', {})).toEqual({ error: "no finding ''", ids: ['F1', 'F2'] });
  });

  it('returns the segment rows of one column, and the columns for an unknown one', async () => {
    expect(await runTool(report, 'segment_metrics', { column: 'origin' })).toEqual({ rows: JSON.parse(JSON.stringify(report.segments)) as unknown });
    expect(await runTool(report, 'segment_metrics', { column: 'Origin' })).toMatchObject({ rows: [{ value: 'ORD' }, { value: 'JFK' }] });
    expect(await runTool(report, 'segment_metrics', { column: 'plan' })).toEqual({ error: "no segment rows for column 'plan'", columns: ['origin'] });
  });

  it('caps long answers and says how many rows were left out', async () => {
    const big = churnReport();
    big.segments = Array.from({ length: 45 }, (_, i) => ({ ...big.segments[0]!, value: `v${i}` }));
    const res = await runTool(big, 'segment_metrics', { column: big.segments[0]!.column }) as { rows: unknown[]; omitted: number };
    expect(res.rows).toHaveLength(40);
    expect(res.omitted).toBe(5);
  });

  it('finds a metric by its full name or its last part', async () => {
    expect(await runTool(report, 'metric', { name: 'test.accuracy' })).toMatchObject({ rows: [{ name: 'test.accuracy', delta: -0.0812 }] });
    expect(await runTool(report, 'metric', { name: 'Accuracy' })).toMatchObject({ rows: [{ name: 'test.accuracy' }] });
    expect(await runTool(report, 'metric', { name: 'racy' })).toEqual({ error: "no metric 'racy'", names: ['test.accuracy', 'test.latency_ms'] });
  });

  it('returns the changed parameters', async () => {
    expect(await runTool(report, 'params_diff', {})).toEqual({ rows: [{ key: 'optimizer.lr', baseline: 0.001, current: 0.01 }] });
  });

  it('answers an unknown tool with the list of tools', async () => {
    expect(await runTool(report, 'shell', { cmd: 'ls' })).toEqual({ error: "unknown tool 'shell'", tools: TOOL_NAMES });
  });
});

describe('investigation tools', () => {
  const report = smallReport();
  const patch = ['--- a/train.py', '+++ b/train.py', '@@ -40,3 +40,3 @@ def main():', ' model = build()', '-lr = 0.02', '+lr = 0.2', ' fit(model, lr)'].join('\n');
  const diff: PullRequestDiff = {
    files: () => Promise.resolve([{ path: 'train.py', status: 'modified' }, { path: 'data/big.bin', status: 'added' }]),
    diff: (path) => Promise.resolve(path === 'train.py' ? patch : null),
  };
  const data: RunDataQuery = {
    segmentMetrics: (column, metric, value) => ({ column, metric, value: value ?? null }),
    featureDistribution: (feature, segment) => ({ feature, segment: segment ? { ...segment } : null }),
    exampleErrors: (limit, segment) => ({ limit, segment: segment ? { ...segment } : null }),
    trainingCurve: (series) => ({ series }),
  };

  it('offers the diff and data tools only when their port is given', () => {
    expect(toolSpecsFor(undefined).map((t) => t.name)).toEqual(TOOL_NAMES);
    expect(toolSpecsFor({ diff, data }).map((t) => t.name)).toEqual(ALL_TOOL_NAMES);
    expect(ALL_TOOL_NAMES).toEqual([...TOOL_NAMES, 'pr_files', 'pr_diff', 'feature_distribution', 'example_errors', 'training_curve']);
    expect(toolSpecsFor({ data }).map((t) => t.name)).not.toContain('pr_diff');
  });

  it('numbers the new file\'s lines so a fix can cite train.py:41, and fences the diff by a hash of its content', async () => {
    const res = (await runTool(report, 'pr_diff', { path: 'train.py' }, { diff })) as { diff: string; path: string };
    const lines = res.diff.split('\n');
    expect(lines[0]).toMatch(/^<<<DIFF [0-9a-f]{16}$/);
    expect(lines.at(-1)).toBe(`DIFF ${lines[0]!.slice('<<<DIFF '.length)}>>>`);
    expect(lines.slice(1, -1)).toEqual(['    --- a/train.py', '    +++ b/train.py', '@@ -40,3 +40,3 @@ def main():', '40| model = build()', '    -lr = 0.02', '41|+lr = 0.2', '42| fit(model, lr)']);
  });

  it('reads only files the pull request changed', async () => {
    expect(await runTool(report, 'pr_diff', { path: '/etc/passwd' }, { diff })).toEqual({ error: "'/etc/passwd' is not a file this pull request changed", files: ['train.py', 'data/big.bin'] });
    expect(await runTool(report, 'pr_diff', { path: 'data/big.bin' }, { diff })).toEqual({ path: 'data/big.bin', status: 'added', diff: null, note: 'no text diff (binary or too large)' });
    expect(await runTool(report, 'pr_files', {}, { diff })).toEqual({ files: [{ path: 'train.py', status: 'modified' }, { path: 'data/big.bin', status: 'added' }] });
  });

  it('cuts a long diff at a line and says so', () => {
    const long = ['@@ -1,3000 +1,3000 @@', ...Array.from({ length: 3000 }, (_, i) => `+line ${i}`)].join('\n');
    const cutDiff = numberDiff(long);
    expect(cutDiff.truncated).toBe(true);
    expect(cutDiff.text.length).toBeLessThanOrEqual(MAX_DIFF_CHARS);
    expect(cutDiff.text.endsWith('\n')).toBe(false);
    expect(cutDiff.text.split('\n').at(-1)).toMatch(/^\d+\|\+line \d+$/);
  });

  it('passes data questions to the query port, with a segment as an object or column=value', async () => {
    expect(await runTool(report, 'segment_metrics', { column: 'origin', metric: 'accuracy' }, { data })).toEqual({ column: 'origin', metric: 'accuracy', value: null });
    expect(await runTool(report, 'segment_metrics', { column: 'origin' }, { data })).toMatchObject({ rows: [{ value: 'ORD' }, { value: 'JFK' }] });
    expect(await runTool(report, 'segment_metrics', { column: 'origin', value: 'JFK' }, { data })).toMatchObject({ rows: [{ value: 'JFK' }] });
    expect(await runTool(report, 'feature_distribution', { feature: 'distance', segment: { column: 'origin', value: 'ORD' } }, { data })).toEqual({ feature: 'distance', segment: { column: 'origin', value: 'ORD' } });
    expect(await runTool(report, 'example_errors', { segment: 'origin=ORD' }, { data })).toEqual({ limit: 10, segment: { column: 'origin', value: 'ORD' } });
    expect(await runTool(report, 'example_errors', { segment: 7 }, { data })).toEqual({ error: "segment must be {column, value} or 'column=value'" });
    expect(await runTool(report, 'training_curve', {}, { data })).toEqual({ error: 'series is required' });
  });

  it('turns a failing port into an error the model can read', async () => {
    const broken: PullRequestDiff = { files: () => Promise.reject(new Error('HTTP 502\nfrom the API')), diff: () => Promise.resolve(null) };
    expect(await runTool(report, 'pr_files', {}, { diff: broken })).toEqual({ error: 'the tool failed: HTTP 502 from the API' });
  });

  it('does not run an investigation tool whose port is missing', async () => {
    expect(await runTool(report, 'pr_diff', { path: 'train.py' })).toMatchObject({ error: "unknown tool 'pr_diff'" });
  });
});
