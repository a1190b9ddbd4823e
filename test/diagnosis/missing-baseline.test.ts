// The gate never passes a run it could not compare: a baseline that failed to arrive or that
// holds nothing is not "no regression".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig, type Config } from '../../src/config/config.js';
import { review } from '../../src/review.js';
import { memorySource } from '../helpers/memory-source.js';

const root = join(import.meta.dirname, '../../examples/churn/current');
const current = memorySource(Object.fromEntries(['metrics.json', 'params.yaml', 'eval/predictions.csv'].map((f) => [f, readFileSync(join(root, f), 'utf8')])), 'current');
const warnOnMissing: Config = { ...DEFAULT_CONFIG, gate: { ...DEFAULT_CONFIG.gate, onMissingBaseline: 'warn' } };
const infra = (r: Awaited<ReturnType<typeof review>>) => r.report.findings.filter((f) => f.category === 'infrastructure').map((f) => [f.severity, f.title]);

describe('a missing or empty baseline', () => {
  it('fails the verdict when the baseline could not be fetched because of an error', async () => {
    const r = await review({ config: DEFAULT_CONFIG, baseline: null, current, baselineMissingReason: 'artifact: HTTP 502', baselineFetchFailed: true });
    expect(r.report.verdict).toBe('fail');
    expect(infra(r)).toEqual([['critical', expect.stringMatching(/^The baseline could not be fetched/) as string]]);
    expect(r.report.findings[0]!.evidence[0]!.text).toBe('artifact: HTTP 502');
  });

  it('only warns about a fetch error when the user opted in with on-missing-baseline: warn', async () => {
    const r = await review({ config: warnOnMissing, baseline: null, current, baselineMissingReason: 'artifact: HTTP 502', baselineFetchFailed: true });
    expect(r.report.verdict).toBe('warn');
    expect(infra(r)).toEqual([['major', expect.stringMatching(/^The baseline could not be fetched/) as string]]);
  });

  it('warns, and does not fail, when no baseline exists yet', async () => {
    const r = await review({ config: DEFAULT_CONFIG, baseline: null, current, baselineMissingReason: 'no successful run yet' });
    expect(r.report.verdict).toBe('warn');
    expect(infra(r)).toEqual([['major', 'No baseline found: nothing to compare this run with']]);
  });

  it('never passes an empty baseline directory', async () => {
    const r = await review({ config: DEFAULT_CONFIG, baseline: memorySource({}, 'empty'), current });
    expect(r.report.verdict).toBe('fail');
    expect(infra(r)).toEqual([['critical', 'The baseline holds no artifacts ml-doctor recognises: nothing was compared']]);
  });

  it('never passes a baseline whose only file cannot be read', async () => {
    const r = await review({ config: DEFAULT_CONFIG, baseline: memorySource({ 'metrics.json': '{"test": ' }, 'broken'), current });
    expect(r.report.verdict).not.toBe('pass');
  });
});

describe('gate.on-missing-baseline in the config file', () => {
  it('reads warn, defaults to fail, and names the key on a wrong value', () => {
    expect(parseConfig('c.yml', 'gate: { on-missing-baseline: warn }').gate).toEqual({ failOn: 'critical', onMissingBaseline: 'warn' });
    expect(parseConfig('c.yml', 'gate: { fail-on: major }').gate).toEqual({ failOn: 'major', onMissingBaseline: 'fail' });
    expect(() => parseConfig('c.yml', 'gate: { on-missing-baseline: pass }')).toThrow(/gate\.on-missing-baseline.*expected one of: fail, warn/);
  });
});
