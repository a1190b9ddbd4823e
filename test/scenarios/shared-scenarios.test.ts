// The shared real-data scenarios (../shared/scenarios, present in CI, absent in a user's clone).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { localDirSource } from '../../src/artifacts/source.js';
import { flattenMetrics, parseStructured } from '../../src/artifacts/structured.js';
import { review } from '../../src/review.js';
import { expectValidReport } from '../helpers/schema.js';

const root = join(import.meta.dirname, '../../../shared/scenarios');
const names = existsSync(root) ? readdirSync(root).filter((n) => existsSync(join(root, n, 'truth.json'))).sort() : [];

describe.skipIf(names.length === 0)('shared scenarios', () => {
  it.each(names)('%s loads without error, validates, and reports the metrics files exactly', async (name) => {
    const base = localDirSource(join(root, name, 'base'));
    const cur = localDirSource(join(root, name, 'current'));
    const { report, problems } = await review({ config: DEFAULT_CONFIG, baseline: base, current: cur });
    expect(problems).toEqual([]);
    expectValidReport(JSON.parse(JSON.stringify(report)));
    const read = (side: string) => flattenMetrics('metrics.json', parseStructured('metrics.json', readFileSync(join(root, name, side, 'metrics.json'), 'utf8'))).values;
    const b = read('base');
    const c = read('current');
    for (const [key, v] of Object.entries(b)) expect(report.metrics.find((m) => m.name === key)?.baseline).toBe(v);
    for (const [key, v] of Object.entries(c)) expect(report.metrics.find((m) => m.name === key)?.current).toBe(v);
    expect(report.metrics).toHaveLength(new Set([...Object.keys(b), ...Object.keys(c)]).size);
  });
});
