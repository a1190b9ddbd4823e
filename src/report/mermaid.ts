/**
 * Mermaid `xychart-beta` blocks for report.md, and the one sanitizer for text that goes into
 * them. GitHub renders ```mermaid fences itself (Mermaid 11), so a chart needs no image host;
 * escape.ts is the boundary for markdown, this file is the boundary for Mermaid source.
 *
 * Only syntax that xychart-beta has had since it appeared (Mermaid 10.3) is written: title,
 * a band x axis, a linear y axis with an explicit range, `bar` and `line`, and the palette in
 * front-matter config — no legend, no point labels, no HTML.
 */

/** Longest label (code points) in a chart: long names are cut, the table beside has them whole. */
export const MAX_LABEL = 32;
export const MAX_TITLE = 80;

/**
 * Text for a quoted Mermaid string (title, axis title, category). Kept: letters, marks, digits,
 * spaces and `. , _ - – + = / ( ) [ ] : ≤ ≥ × %`. Everything else — quotes (end the string),
 * backticks (end the code fence), `#` and `;` (Mermaid entity codes such as `#quot;`), `<` `>` `&`
 * (HTML), `{}` (directives), line breaks, controls and invisible characters — becomes `_`;
 * `%%` (a Mermaid comment) becomes `%`. The result is one line and never empty.
 */
export function mermaidText(value: string, max = MAX_LABEL): string {
  const kept = value
    .replace(/[^\p{L}\p{M}\p{N} .,_\-–+=/()[\]:≤≥×%]/gu, '_')
    .replace(/%{2,}/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
  const points = Array.from(kept);
  const cut = points.length <= max ? kept : points.slice(0, Math.max(1, max - 1)).join('') + '…';
  return cut === '' ? '_' : cut;
}

/** A number as Mermaid's parser reads it: plain decimal, no exponent, at most 4 significant digits. */
export function mermaidNumber(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`mermaidNumber: ${v} is not finite`);
  if (v === 0 || Math.abs(v) < 1e-9) return '0';
  const s = String(Number(v.toPrecision(4)));
  if (!s.includes('e')) return s;
  // Very small or very large: fixed notation (our axes are log10 or shares, so this is rare).
  const r = Number(v.toPrecision(4));
  if (Math.abs(r) >= 1) return r.toFixed(0);
  return r.toFixed(Math.min(20, 3 - Math.floor(Math.log10(Math.abs(r))))).replace(/0+$/, '').replace(/\.$/, '');
}

export interface Series {
  readonly kind: 'bar' | 'line';
  readonly values: readonly number[];
}

export interface XyChart {
  readonly title: string;
  readonly xTitle: string;
  readonly categories: readonly string[];
  readonly yTitle: string;
  readonly yMin: number;
  readonly yMax: number;
  readonly series: readonly Series[];
  /** One colour per series, in order (`#rrggbb`). */
  readonly palette: readonly string[];
  /** Categories down the left side: room for long labels (segment names). */
  readonly horizontal?: boolean;
}

/**
 * The fenced block. Throws on what Mermaid would draw wrong (a caller's bug, not the data's): a
 * series whose length differs from the categories (xychart plots the missing points at NaN),
 * a non-finite value, an empty or reversed y range, or a value outside it.
 */
export function xychart(c: XyChart): string {
  if (c.categories.length === 0) throw new Error('xychart: no categories');
  if (c.series.length === 0 || c.series.length !== c.palette.length) throw new Error('xychart: one colour per series is needed');
  if (!Number.isFinite(c.yMin) || !Number.isFinite(c.yMax) || !(c.yMax > c.yMin)) throw new Error(`xychart: bad y range ${c.yMin} → ${c.yMax}`);
  for (const s of c.series) {
    if (s.values.length !== c.categories.length) throw new Error(`xychart: ${s.values.length} values for ${c.categories.length} categories`);
    for (const v of s.values) if (!Number.isFinite(v) || v < c.yMin || v > c.yMax) throw new Error(`xychart: value ${v} outside ${c.yMin} → ${c.yMax}`);
  }
  for (const p of c.palette) if (!/^#[0-9a-f]{6}$/i.test(p)) throw new Error(`xychart: bad colour ${p}`);
  const q = (s: string, max = MAX_LABEL): string => `"${mermaidText(s, max)}"`;
  return [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    '    width: 800',
    `    height: ${c.horizontal ? Math.max(300, 60 + 36 * c.categories.length) : 380}`,
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${c.palette.join(', ')}"`,
    '---',
    c.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
    `  title ${q(c.title, MAX_TITLE)}`,
    `  x-axis ${q(c.xTitle)} [${c.categories.map((x) => q(x)).join(', ')}]`,
    `  y-axis ${q(c.yTitle, MAX_TITLE)} ${mermaidNumber(c.yMin)} --> ${mermaidNumber(c.yMax)}`,
    ...c.series.map((s) => `  ${s.kind} [${s.values.map(mermaidNumber).join(', ')}]`),
    '```',
  ].join('\n');
}

/**
 * A y range that holds every value with a little room, starting at 0 when asked (bars are drawn
 * from the bottom of the axis, so a bar chart must start at 0 to show lengths truthfully).
 * The bounds are rounded outward to 2 significant digits, so rounding cannot exclude a value.
 */
export function yRange(values: readonly number[], opts: { fromZero?: boolean; max?: number } = {}): [number, number] {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length > 0 ? Math.min(...finite) : 0;
  let hi = finite.length > 0 ? Math.max(...finite) : 1;
  if (opts.fromZero) lo = Math.min(0, lo);
  if (hi === lo) {
    const pad = hi === 0 ? 1 : Math.abs(hi) * 0.1;
    hi += pad;
    if (!opts.fromZero || lo !== 0) lo -= pad;
  } else {
    const pad = (hi - lo) * 0.05;
    hi += pad;
    if (!opts.fromZero || lo !== 0) lo -= pad;
  }
  if (opts.max !== undefined) hi = Math.min(hi, opts.max);
  const down = (v: number): number => (v === 0 ? 0 : roundTo(v, Math.floor));
  const up = (v: number): number => (v === 0 ? 0 : roundTo(v, Math.ceil));
  return [down(lo), up(hi)];
}

function roundTo(v: number, f: (x: number) => number): number {
  // Below what a chart can show: one step outward from 0 (mermaidNumber prints |v| < 1e-9 as 0).
  if (Math.abs(v) < 1e-9) return f === Math.floor ? (v < 0 ? -1e-9 : 0) : v > 0 ? 1e-9 : 0;
  const e = Math.floor(Math.log10(Math.abs(v))) - 1;
  const unit = 10 ** e;
  // The result is then printed through mermaidNumber (4 significant digits), which it survives.
  return Number((f(v / unit) * unit).toPrecision(4));
}
