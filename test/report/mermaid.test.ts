import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mermaidNumber, mermaidText, xychart, yRange, type XyChart } from '../../src/report/mermaid.js';
import { renderCharts } from '../../src/report/charts.js';
import { withoutMermaidBlocks } from '../helpers/inert.js';
import { visuals } from './fixtures.js';

const chart = (over: Partial<XyChart> = {}): XyChart => ({
  title: 't',
  xTitle: 'x',
  categories: ['a', 'b'],
  yTitle: 'y',
  yMin: 0,
  yMax: 1,
  series: [{ kind: 'bar', values: [0.2, 0.4] }],
  palette: ['#d62728'],
  ...over,
});

describe('mermaidText', () => {
  it('keeps names, numbers and bin labels as written', () => {
    expect(mermaidText('data_usage_gb')).toBe('data_usage_gb');
    expect(mermaidText('monthly_charges=[88, 132)')).toBe('monthly_charges=[88, 132)');
    expect(mermaidText('精度 ≥ 0.5')).toBe('精度 ≥ 0.5');
  });

  it('cannot end the string, the fence or the line, nor open a comment, entity, tag or directive', () => {
    const hostile = 'x" ] \n```\n%%{init: {"theme":"dark"}}%% #quot; <img src=x onerror=alert(1)> `code` &amp; ;';
    const out = mermaidText(hostile, 500);
    for (const bad of ['"', '`', '\n', '%%', '#', ';', '<', '>', '&', '{', '}']) expect(out).not.toContain(bad);
  });

  it('is one non-empty line of at most the given length for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 2, max: 60 }), (s, max) => {
        const out = mermaidText(s, max);
        expect(out.length).toBeGreaterThan(0);
        expect(Array.from(out).length).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(/["`\n\r#;<>&{}]|%%/);
      }),
    );
  });
});

describe('xychart', () => {
  it('writes a block whose every line fits the grammar the inert check accepts', () => {
    const md = xychart(chart({ title: 'a "b" `c`', categories: ['x\n```', '%%y'] }));
    const { md: rest, problems } = withoutMermaidBlocks(md);
    expect(problems).toEqual([]);
    expect(rest).toBe('¤');
  });

  it('refuses what Mermaid would draw wrong: short series, NaN, reversed or excluding ranges, bad colours', () => {
    expect(() => xychart(chart({ series: [{ kind: 'line', values: [0.1] }] }))).toThrow(/1 values for 2 categories/);
    expect(() => xychart(chart({ series: [{ kind: 'line', values: [0.1, NaN] }] }))).toThrow(/outside|not finite/);
    expect(() => xychart(chart({ yMin: 1, yMax: 0 }))).toThrow(/bad y range/);
    expect(() => xychart(chart({ series: [{ kind: 'bar', values: [0.1, 2] }] }))).toThrow(/outside/);
    expect(() => xychart(chart({ palette: ['red'] }))).toThrow(/bad colour/);
  });

  it('writes numbers the Mermaid grammar reads: plain decimals, no exponent', () => {
    expect(mermaidNumber(1.23456e-7)).toBe('0.0000001235');
    expect(mermaidNumber(-2.5)).toBe('-2.5');
    expect(mermaidNumber(12345678)).toBe('12350000');
    expect(() => mermaidNumber(Infinity)).toThrow();
  });
});

describe('yRange', () => {
  it('is finite, ordered and holds every value, from 0 for bars', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }), fc.boolean(), (vs, fromZero) => {
        const [lo, hi] = yRange(vs, { fromZero });
        expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
        expect(hi).toBeGreaterThan(lo);
        for (const v of vs) expect(v >= lo && v <= hi).toBe(true);
        if (fromZero) expect(lo).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('renderCharts', () => {
  it('puts the chart that illustrates the first finding first, and keeps every chart outside <details>', () => {
    const md = renderCharts(visuals(), [{ category: 'calibration' } as never], 4);
    expect(md.indexOf('Reliability diagram')).toBeLessThan(md.indexOf('by segment'));
    expect(md.match(/^```mermaid$/gm)).toHaveLength(4);
    // Each mermaid block starts after its details (if any) closed.
    let depth = 0;
    for (const line of md.split('\n')) {
      depth += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
      if (line === '```mermaid') expect(depth).toBe(0);
    }
  });

  it('plots log10 of a loss spanning more than two orders of magnitude and says so in the axis title', () => {
    const v = visuals();
    v.learningCurves = { path: 'log.csv', xName: 'step', series: [{ name: 'train_loss', base: null, current: [[1, 10], [2, 0.5], [3, 0.01]] }] };
    const md = renderCharts({ learningCurves: v.learningCurves }, [], 4);
    expect(md).toContain('y-axis "log10 of the loss"');
    expect(md).toContain('line [1, -0.301, -2]');
  });

  it('stops a curve at its first non-finite value and says where', () => {
    const md = renderCharts({ learningCurves: { path: 'log.csv', xName: 'epoch', series: [{ name: 'val_loss', base: null, current: [[1, 1], [2, 0.8], [3, null], [4, 0.7]] }] } }, [], 4);
    expect(md).toContain('line [1, 0.8]');
    expect(md).toContain('current val_loss is not finite from epoch 3 on');
    expect(md).toContain('| 3 | NaN/∞ |');
  });

  it('draws base and current on separate charts when they were logged at different steps', () => {
    const md = renderCharts({ learningCurves: { path: 'log.csv', xName: 'epoch', series: [{ name: 'val_loss', base: [[1, 1], [2, 0.9]], current: [[1, 1], [2, 0.8], [3, 0.7]] }] } }, [], 4);
    expect(md.match(/^```mermaid$/gm)).toHaveLength(2);
    expect(md).toContain('title "Loss by epoch (base)"');
    expect(md).toContain('title "Loss by epoch (current)"');
  });

  it('gives every chart its numbers in a table beside it', () => {
    const md = renderCharts(visuals(), [], 4);
    const blocks = md.split('```mermaid').slice(1);
    for (const b of blocks) expect(b).toMatch(/```\n\n<details><summary>Numbers behind the chart<\/summary>\n\n\|/);
  });
});
