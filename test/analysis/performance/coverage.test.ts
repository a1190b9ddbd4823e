// The bootstrap intervals do what a 95% interval promises: over many eval sets drawn from two
// equally good models, the interval of the change contains the true change (0) about 95% of
// the time — paired (ids match) and unpaired (the eval set itself changed).
import { describe, expect, it } from 'vitest';
import { analyzePerformance } from '../../../src/analysis/performance/index.js';
import { OPTS, pairedRuns } from './helpers.js';

function coverage(metric: string, paired: boolean, sims = 200): number {
  let covered = 0;
  let total = 0;
  for (let s = 0; s < sims; s++) {
    const curIds = paired ? undefined : Array.from({ length: 300 }, (_, i) => `new-${i}`);
    const { base, cur } = pairedRuns({ n: 300, baseSkill: () => 0.8, curSkill: () => 0.8, seed: 5000 + s, ...(curIds ? { curIds } : {}) });
    const a = analyzePerformance(base, cur, { ...OPTS, resamples: 400, seed: 77 + s });
    const m = a.metrics.find((x) => x.name === metric);
    if (!m?.ci) continue;
    total++;
    if (m.ci[0] <= 0 && 0 <= m.ci[1]) covered++;
  }
  return covered / total;
}

describe('bootstrap interval coverage under no change', () => {
  it.each([
    ['accuracy', true],
    ['log_loss', true],
    ['auc', true],
    ['accuracy', false],
  ] as const)('%s (paired %s) covers the true change about 95 percent of the time', (metric, paired) => {
    const c = coverage(metric, paired);
    // 200 simulations: the binomial 99% band around 0.95 is about [0.91, 0.99].
    expect(c).toBeGreaterThan(0.9);
    expect(c).toBeLessThan(0.995);
  });
});
