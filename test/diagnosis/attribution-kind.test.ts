// Which measurement answers which kind of finding (src/diagnosis/attribution.ts, attributeSignal).
import { describe, expect, it } from 'vitest';
import { attributionContext, segmentValueAt } from '../../src/analysis/attribution/attribute.js';
import type { Signal } from '../../src/analysis/signals.js';
import { attributeSignal } from '../../src/diagnosis/attribution.js';
import { makeView } from '../analysis/performance/helpers.js';

describe('attributeSignal: label noise', () => {
  // 3000 id-matched rows, the same predictions; the labels of rows with x ≥ 8 flipped at 30 %.
  const n = 3000;
  const x = Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 100);
  const y = Array.from({ length: n }, (_, i) => (i % 5 < 2 ? 1 : 0));
  const pred = y.map((v, i) => (i % 10 === 0 ? 1 - v : v));
  const flipped = y.map((v, i) => (x[i]! >= 8 && i % 10 < 3 ? 1 - v : v));
  const base = makeView({ y, pred, numbers: { x } });
  const cur = makeView({ y: flipped, pred, numbers: { x } });
  const inp = { ctx: attributionContext(base, cur)!, loss: 'error' as const, metric: 'accuracy' };
  const noise = (segment?: { column: string; value: string }): Signal => ({
    category: 'label_noise',
    area: 'data',
    strength: 0.8,
    significant: true,
    title: 'labels changed',
    evidence: [],
    details: {},
    ...(segment ? { segment } : {}),
  });

  it('is measured on the rows whose label changed, with or without a segment', () => {
    const plain = attributeSignal(inp, noise())!;
    expect(plain.method).toBe('changed_rows');
    expect(plain.share.share).toBeGreaterThan(0.95);
    // The data checks cut their own bins: a segment label the performance segments do not have
    // must not lose the measurement.
    const located = attributeSignal(inp, noise({ column: 'x', value: '[8, 9.99]' }))!;
    expect(located).toEqual(plain);
  });
});

describe('attributeSignal: a training sample changed on a continuous column', () => {
  // The eval rows: worse only where x ≥ 8 (the range the new training data lost).
  const n = 3000;
  const x = Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 100);
  const y = Array.from({ length: n }, (_, i) => (i % 5 < 2 ? 1 : 0));
  const base = makeView({ y, pred: y.map((v, i) => (i % 10 === 0 ? 1 - v : v)), numbers: { x } });
  const cur = makeView({ y, pred: y.map((v, i) => (i % 10 === 0 || (x[i]! >= 8 && i % 10 < 4) ? 1 - v : v)), numbers: { x } });
  const inp = { ctx: attributionContext(base, cur)!, loss: 'error' as const, metric: 'accuracy' };
  const drift = (details: Record<string, number | string>): Signal => ({
    category: 'feature_drift',
    area: 'data',
    strength: 0.6,
    significant: true,
    title: 'Training sample changed: x',
    feature: 'x',
    evidence: [],
    details: { comparison: 'reference', ...details },
  });

  it('names the eval bin that holds the range whose training share fell most, as one a-priori segment', () => {
    const a = attributeSignal(inp, drift({ most_reduced_at: 9.1 }))!;
    expect(a.segmentValue).toBe(segmentValueAt(inp.ctx, 'x', 9.1));
    expect(a.segmentValue).toBe('[7.99, 9.99]');
    expect(a.segments).toBe(1);
    expect(a.share.share).toBeGreaterThan(0.9);
  });

  it('segmentValueAt: the bin holding a value, the top bin closed', () => {
    expect(segmentValueAt(inp.ctx, 'x', 0)).toMatch(/^\[0, /);
    expect(segmentValueAt(inp.ctx, 'x', 9.99)).toMatch(/, 9\.99\]$/);
    expect(segmentValueAt(inp.ctx, 'x', 100)).toBeNull();
  });
});
