/** A segment's severity from the regression it belongs to (sizedByImpact). */
import { describe, expect, it } from 'vitest';
import type { Signal } from '../../src/analysis/signals.js';
import { keepsSegment, sizedByImpact } from '../../src/diagnosis/diagnose.js';

const headline: Signal = { category: 'metric_regression', area: 'model', strength: 0.6, significant: true, title: 'R² fell', metric: 'r2', evidence: [], details: {} };
const segment = (shareOfDrop: number, n: number, strength = 0.03, significant = true): Signal => ({
  category: 'segment_regression',
  area: 'model',
  strength,
  significant,
  title: 'RMSE rose 3 % for health=good',
  segment: { column: 'health', value: 'good' },
  evidence: [],
  details: { shareOfDrop, n },
});

const named = new Set(['health\u0000good']);

describe('sizedByImpact', () => {
  it('gives a segment that carries the whole drop the headline strength', () => {
    expect(sizedByImpact(segment(1.24, 1456), headline, 4038, named).strength).toBe(0.6);
  });

  it('scales by the share of the drop when the segment is where it sits (≥ LOCALIZED times worse than the rest)', () => {
    // 70 % of the drop on 20 % of the rows: 9.3 times worse than the rest.
    const s = sizedByImpact(segment(0.7, 200, 0.1), headline, 1000, named);
    expect(s.strength).toBeCloseTo(0.42, 12);
    expect(s.details['strength_from']).toMatch(/headline/);
  });

  it('leaves a segment that only carries its share of rows, a non-significant one, and a stronger one alone', () => {
    const spread = segment(0.5, 480);
    expect(sizedByImpact(spread, headline, 1000, named)).toBe(spread);
    const noise = segment(1, 300, 0.03, false);
    expect(sizedByImpact(noise, headline, 1000, named)).toBe(noise);
    const strong = segment(0.9, 100, 0.9);
    expect(sizedByImpact(strong, headline, 1000, named)).toBe(strong);
  });

  it('leaves a segment no cause named alone (found by searching, it may carry a small drop by chance)', () => {
    const s = segment(1.24, 1456);
    expect(sizedByImpact(s, headline, 4038, new Set())).toBe(s);
  });
});

describe('keepsSegment', () => {
  it('keeps a segment where the regression sits, and absorbs one that only carries its share of rows', () => {
    // 55 % of the drop on 48 % of the rows: 1.3 times worse than the rest.
    expect(keepsSegment(segment(0.55, 64), new Set(), 132)).toBe(false);
    // 90 % on 30 %: 21 times worse.
    expect(keepsSegment(segment(0.9, 40), new Set(), 132)).toBe(true);
  });

  it('keeps a segment a cause named beforehand even when the whole model got worse', () => {
    expect(keepsSegment(segment(0.55, 64), named, 132)).toBe(true);
  });
});
