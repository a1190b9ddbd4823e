// Issue 12, evidence that holds: a segment found by searching that a cause accounting for most of
// the regression explains is evidence of the headline finding, not a finding of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARE_MOST } from '../../src/diagnosis/attribution.js';
import { segmentIsEvidence } from '../../src/diagnosis/diagnose.js';

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
