// The paired comparison bench/paired.ts prints: per-round ratios of a build's times against the
// first build's, the rounds it was faster, and two paired tests on the log ratios. The p-values
// are scipy 1.10's, from:
//   python3 -c "import numpy as np, scipy.stats as st; r=np.array([...]);
//               print(st.binomtest(faster, faster + slower, 0.5).pvalue, st.wilcoxon(np.log(r)).pvalue)"
import { describe, expect, it } from 'vitest';
import { pairedSummary } from '../../bench/paired.js';

describe('pairedSummary', () => {
  it('gives a build faster in every round of ten the smallest two-sided p-values of both tests', () => {
    const a = Array.from({ length: 10 }, () => 10);
    const b = Array.from({ length: 10 }, (_, i) => 10 - (i + 1) * 0.1);
    const s = pairedSummary(a, b);
    expect(s.rounds).toBe(10);
    expect(s.faster).toBe(10);
    expect(s.medianRatio).toBeCloseTo(0.945, 12);
    expect(s.meanRatio).toBeCloseTo(0.945, 12);
    // scipy: binomtest(10, 10) 0.001953125; wilcoxon 0.001953125 (exact).
    expect(s.signP).toBeCloseTo(0.001953125, 12);
    expect(s.wilcoxonP).toBeCloseTo(0.001953125, 12);
  });

  it('reads the ratios of mixed rounds, an even count taking the middle two for the median', () => {
    const r = [0.95, 1.02, 0.97, 0.99, 1.01, 0.96, 0.98, 0.94];
    const s = pairedSummary(r.map(() => 2), r.map((x) => 2 * x));
    expect(s.faster).toBe(6);
    expect(s.medianRatio).toBeCloseTo(0.975, 12);
    expect(s.meanRatio).toBeCloseTo(0.9775, 12);
    // scipy: binomtest(6, 8) 0.2890625; wilcoxon 0.0546875 (exact).
    expect(s.signP).toBeCloseTo(0.2890625, 12);
    expect(s.wilcoxonP).toBeCloseTo(0.0546875, 12);
  });

  it('leaves a tied round out of the sign test, as the signed-rank test leaves its zero out', () => {
    const s = pairedSummary([1, 1, 1, 1], [0.9, 1.2, 0.8, 1.0]);
    expect(s.faster).toBe(2);
    expect(s.medianRatio).toBeCloseTo(0.95, 12);
    // scipy: binomtest(2, 3) 1.0; wilcoxon with a zero: normal approximation, 0.5929800980174267.
    expect(s.signP).toBeCloseTo(1, 12);
    expect(s.wilcoxonP).toBeCloseTo(0.5929800980174267, 10);
  });

  it('refuses rounds of different lengths', () => {
    expect(() => pairedSummary([1, 2], [1])).toThrow(/2 against 1/);
  });
});
