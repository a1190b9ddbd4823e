// Issue 12, evidence that holds: a segment found by searching that a cause accounting for most of
// the regression explains is evidence of the headline finding, not a finding of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARE_MOST } from '../../src/diagnosis/attribution.js';
import { keepsSegment, MIN_CLASS_SUPPORT, segmentIsEvidence } from '../../src/diagnosis/diagnose.js';
import { classSupport } from '../../src/analysis/performance/signals.js';
import type { Signal } from '../../src/analysis/signals.js';

const none = new Set<string>();

describe('segmentIsEvidence', () => {
  it('folds a searched segment into the headline when the cause accounts for most of the regression', () => {
    expect(segmentIsEvidence({ column: 'px_4_2', value: '[0, 5)' }, 0.99, none, none)).toBe(true);
  });

  it('keeps it when the share is not measured or not most of the regression at its low end', () => {
    expect(segmentIsEvidence({ column: 'cut', value: 'Ideal' }, null, none, none)).toBe(false);
    expect(segmentIsEvidence({ column: 'cut', value: 'Ideal' }, SHARE_MOST - 0.01, none, none)).toBe(false);
    expect(segmentIsEvidence({ column: 'cut', value: 'Ideal' }, SHARE_MOST, none, none)).toBe(true);
  });

  it('keeps a segment on a column a cause is located in, and one a cause named', () => {
    expect(segmentIsEvidence({ column: 'pixel_2_2', value: '16' }, 1, new Set(['pixel_2_2']), none)).toBe(false);
    expect(segmentIsEvidence({ column: 'sex', value: '2' }, 1, none, new Set(['sex\u00002']))).toBe(false);
    expect(segmentIsEvidence({ column: 'sex', value: '1' }, 1, none, new Set(['sex\u00002']))).toBe(true);
  });
});

describe('the committed digits comment', () => {
  const md = readFileSync(join(import.meta.dirname, '../__outputs__/digits-lr-10x.md'), 'utf8');
  it('has no pixel-slice finding; the slices stay visible as numbers (report.json evidence, the segment chart)', () => {
    expect(md).not.toMatch(/^### .* for px_/m);
    expect(md).toMatch(/^\| px_\d_\d=0 \| \d+ \|/m);
  });
});

describe('minimum support of the class a metric needs (keepsSegment, classSupport)', () => {
  const seg = (minority: number | null, extra: Record<string, number> = {}): Signal => ({
    category: 'segment_regression',
    area: 'model',
    strength: 0.6,
    significant: true,
    title: 'ROC AUC fell 36 pts for addr_state=MD (n=52)',
    metric: 'auc',
    segment: { column: 'addr_state', value: 'MD' },
    evidence: [],
    // Localized: all of the drop in 52 of 3000 rows.
    details: { class_support: minority, shareOfDrop: 0.9, n: 52, ...extra },
  });

  it('counts the rows the metric rests on from the confusion cells (cell y·2 + pred)', () => {
    // tn 45, fp 5, fn 1, tp 1: 2 positives, 6 predicted positives, 50 negatives.
    const c = { k: 2, base: [40, 5, 3, 4], current: [45, 5, 1, 1], baseWeightSquares: 0, currentWeightSquares: 0 };
    expect(classSupport('auc', c)).toBe(2);
    expect(classSupport('recall', c)).toBe(2);
    expect(classSupport('precision', c)).toBe(6);
    // Accuracy counts every row: no class minimum.
    expect(classSupport('accuracy', c)).toBeNull();
    expect(classSupport('auc', { ...c, k: 3, current: [1, 0, 0, 0, 1, 0, 0, 0, 1] })).toBeNull();
    expect(classSupport('auc', undefined)).toBeNull();
  });

  it('a localized segment resting on 2 positives is evidence, with 10 it is a finding', () => {
    expect(keepsSegment(seg(2), none, 3000)).toBe(false);
    expect(keepsSegment(seg(MIN_CLASS_SUPPORT - 1), none, 3000)).toBe(false);
    expect(keepsSegment(seg(MIN_CLASS_SUPPORT), none, 3000)).toBe(true);
    // Regression segments carry no class counts.
    expect(keepsSegment(seg(null), none, 3000)).toBe(true);
  });

  it('a segment a cause named stays a finding whatever its support', () => {
    expect(keepsSegment(seg(2), new Set(['addr_state\u0000MD']), 3000)).toBe(true);
  });
});
