// The metrics table of report.md (issue 12): Δ and CI from the same rows, the metrics file's
// numbers in their own column where they differ, and a status that agrees with the interval.
import { describe, expect, it } from 'vitest';
import { fileDiffers, METRICS_FILE_AGREES, renderMetricsTable, shownStatus } from '../../src/report/metrics-table.js';
import type { MetricRow } from '../../src/report/types.js';

const row = (extra: Partial<MetricRow>): MetricRow => ({ name: 'test.log_loss', baseline: 0.0925, current: 1.4354, delta: 1.3429, direction: 'lower', status: 'regressed', ...extra });

describe('metrics table', () => {
  it("shows the rows' values beside the rows' interval, and the file's where they differ", () => {
    const m = row({ ci: [2.2862, 3.9312], significant: true, rows: { table: 'eval/p.csv', baseline: 0.1051, current: 3.2098, delta: 3.1047 } });
    const [header, , line] = renderMetricsTable([m], 10);
    expect(header).toContain('metrics file');
    expect(line).toBe('| test.log_loss | 0.1051 | 3.2098 | +3.1047 | [+2.2862, +3.9312] * | regressed | 0.0925 → 1.4354 |');
    // The Δ shown lies inside the CI shown.
    expect(3.1047).toBeGreaterThan(2.2862);
    expect(3.1047).toBeLessThan(3.9312);
  });

  it('has no metrics-file column when the file agrees with the rows to its rounding', () => {
    const m = row({ baseline: 0.105, current: 3.21, ci: [2.2862, 3.9312], significant: true, rows: { table: 'e.csv', baseline: 0.1051, current: 3.2098, delta: 3.1047 } });
    expect(fileDiffers(m)).toBe(false);
    expect(renderMetricsTable([m], 10)[0]).not.toContain('metrics file');
    // Just outside the agreement line, it differs.
    expect(fileDiffers({ ...m, baseline: 0.1051 + 2 * METRICS_FILE_AGREES })).toBe(true);
  });

  it('reads the status from the interval: within noise when it covers 0, the sign of the rows otherwise', () => {
    expect(shownStatus(row({ ci: [-0.01, 0.02], significant: false }))).toBe('within noise');
    // The file says improved, the rows say significantly worse: the row's numbers are the ones shown.
    expect(shownStatus(row({ status: 'improved', delta: -0.01, ci: [0.1, 0.3], significant: true, rows: { table: 'e.csv', baseline: 0.1, current: 0.3, delta: 0.2 } }))).toBe('regressed');
    expect(shownStatus(row({ name: 'test.accuracy', direction: 'higher', status: 'unchanged', delta: 0, ci: [0.01, 0.03], significant: true, rows: { table: 'e.csv', baseline: 0.8, current: 0.82, delta: 0.02 } }))).toBe('improved');
    // Without an interval, the file's status.
    expect(shownStatus(row({}))).toBe('regressed');
  });

  it('points at report.json for the rows it leaves out', () => {
    const lines = renderMetricsTable([row({}), row({ name: 'b' }), row({ name: 'c' })], 2);
    expect(lines.at(-1)).toBe('\n…1 more in report.json.');
  });
});
