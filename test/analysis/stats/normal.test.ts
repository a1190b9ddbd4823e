import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/analysis/stats/distributions.js';
import { normalQuantile } from '../../../src/analysis/performance/special.js';

const ref = JSON.parse(readFileSync(new URL('../../reference/normal.json', import.meta.url), 'utf8')) as { ppf: [number, number][] };

describe('normalQuantile', () => {
  it.each(ref.ppf)('matches scipy.stats.norm.ppf(%s)', (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(z)));
  });

  it('inverts normalCdf', () => {
    for (const z of [-6, -2.5, -1, -0.1, 0.3, 1.7, 4]) expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 9);
  });

  it('is infinite at 0 and 1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });
});
