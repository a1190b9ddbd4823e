// The analysis stages on the shared real-data scenarios (present in CI, absent in a user's
// clone): issue "Analysis I" acceptance 2 (the truth's segment is a top-3 regressed slice; the
// control has no significant segment) and "Analysis II" acceptance 2 (each expected data or
// training signal is raised, with the truth's feature; the control raises none).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { loadRun } from '../../src/artifacts/load.js';
import { localDirSource } from '../../src/artifacts/source.js';
import { analyzeRuns, type RunAnalysis } from '../../src/analysis/analyze.js';
import type { Signal } from '../../src/analysis/signals.js';

const root = join(import.meta.dirname, '../../../shared/scenarios');
const names = existsSync(root) ? readdirSync(root).filter((n) => existsSync(join(root, n, 'truth.json'))).sort() : [];

interface Expect {
  category: string;
  feature?: string;
  segment?: { column: string; value?: string };
}
interface Truth {
  expect: Expect[];
  forbid_severe: boolean;
}

const DATA_OR_TRAINING = new Set(['feature_drift', 'data_quality', 'label_noise', 'leakage', 'preprocessing', 'label_shift', 'overfitting', 'underfitting', 'training_instability', 'learning_rate']);
const cache = new Map<string, RunAnalysis>();
async function analysisOf(name: string): Promise<RunAnalysis> {
  if (!cache.has(name)) {
    const base = await loadRun(localDirSource(join(root, name, 'base')), DEFAULT_CONFIG);
    const cur = await loadRun(localDirSource(join(root, name, 'current')), DEFAULT_CONFIG);
    cache.set(name, analyzeRuns(base, cur, DEFAULT_CONFIG));
  }
  return cache.get(name)!;
}
const truthOf = (name: string) => JSON.parse(readFileSync(join(root, name, 'truth.json'), 'utf8')) as Truth;
const raised = (s: Signal) => s.significant && s.strength >= 0.25;
const controls = names.filter((n) => truthOf(n).forbid_severe);

describe.skipIf(names.length === 0)('analysis on the shared scenarios', () => {
  const withSegment = names.flatMap((n) => truthOf(n).expect.filter((e) => e.segment?.value !== undefined).map((e) => [n, e.segment!.column, e.segment!.value!] as const));
  const uniqueSegments = [...new Map(withSegment.map((x) => [x.join('|'), x])).values()];

  it.each(uniqueSegments)('%s: %s=%s is among the top 3 regressed slices', async (name, column, value) => {
    const slices = (await analysisOf(name)).evalPairs[0]!.performance.slices?.slices ?? [];
    const top = slices.slice(0, 3).map((s) => s.conditions.map((c) => `${c.column}=${c.value}`).join(' & '));
    expect(top.some((t) => t.split(' & ').includes(`${column}=${value}`)), `top slices: ${top.join(' | ')}`).toBe(true);
  });

  it.each(controls)('%s (control): no segment is significant after Benjamini–Hochberg', async (name) => {
    const segs = (await analysisOf(name)).evalPairs.flatMap((p) => p.performance.segments.filter((s) => s.significant));
    expect(segs.map((s) => `${s.column}=${s.value}`)).toEqual([]);
  });

  const expected = names.flatMap((n) => truthOf(n).expect.filter((e) => DATA_OR_TRAINING.has(e.category)).map((e) => [n, e.category, e] as const));
  it.each(expected)('%s yields a %s signal with the truth feature', async (name, category, e) => {
    const hits = (await analysisOf(name)).signals.filter((s) => raised(s) && s.category === category);
    const match = hits.filter((s) => (e.feature === undefined || s.feature === e.feature) && (e.segment === undefined || (s.segment?.column === e.segment.column && (e.segment.value === undefined || s.segment.value === e.segment.value))));
    expect(match.length, `signals: ${hits.map((s) => s.title).join(' | ')}`).toBeGreaterThan(0);
  });

  it.each(controls)('%s (control): no drift, no data alarm and no training-log alarm', async (name) => {
    const alarms = (await analysisOf(name)).signals.filter((s) => raised(s) && (DATA_OR_TRAINING.has(s.category) || s.category === 'prediction_shift'));
    expect(alarms.map((s) => `${s.category}: ${s.title}`)).toEqual([]);
  });
});
