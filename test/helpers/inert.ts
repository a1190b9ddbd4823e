// What "inert" means for markdown that GitHub renders: outside code spans, no HTML tag or comment
// other than the layout ml-doctor writes itself, no mention, issue/PR reference, link, image,
// autolink or math, no heading other than ours, and every table row with its header's columns.
import { expect } from 'vitest';

/** Our own markup: the report's layout tags and the hidden markers. */
const OWN_TAG = /^<(\/?(details|summary|sub)>|details><summary>|!-- ml-doctor:(report|key=[A-Za-z0-9._/@:+-]+) -->)/;

/** Removes code spans as CommonMark reads them (a run of n backticks closed by exactly n). */
export function withoutCodeSpans(md: string): string {
  let out = '';
  let i = 0;
  while (i < md.length) {
    if (md[i] === '\\') {
      out += md.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (md[i] !== '`') {
      out += md[i++];
      continue;
    }
    let n = 0;
    while (md[i + n] === '`') n++;
    const re = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, 'g');
    re.lastIndex = i + n;
    const close = re.exec(md);
    // A span never crosses a blank line; an unmatched run is literal.
    if (!close || md.slice(i, close.index).includes('\n\n')) {
      out += md.slice(i, i + n);
      i += n;
      continue;
    }
    // A placeholder that is no word character (a mention right after a span is still a mention)
    // and no space (text after a span does not start a line).
    out += '¤';
    i = close.index + n;
  }
  return out;
}

const OUR_HEADINGS = /^(## ml-doctor: |## Findings$|## Charts$|### (🔴|🟠|🟡|⚪) F\d+ · |### Explanation by )/;

/** A quoted Mermaid string as report/mermaid.ts writes it: nothing that ends it, comments or decodes. */
const MERMAID_STRING = '"[^"`#;<>&{}%\\n\\\\]*(?:%[^"`#;<>&{}%\\n\\\\]+)*%?"';
const MERMAID_NUMBER = '-?\\d+(?:\\.\\d+)?';
/** Every line a ```mermaid block of ours may hold (report/mermaid.ts xychart). */
const MERMAID_LINE = new RegExp(
  [
    '---',
    'config:',
    '  xyChart:',
    '    (width|height): \\d+',
    '  themeVariables:',
    '    xyChart:',
    '      plotColorPalette: "#[0-9a-f]{6}(, #[0-9a-f]{6})*"',
    'xychart-beta( horizontal)?',
    `  title ${MERMAID_STRING}`,
    `  x-axis ${MERMAID_STRING} \\[${MERMAID_STRING}(, ${MERMAID_STRING})*\\]`,
    `  y-axis ${MERMAID_STRING} ${MERMAID_NUMBER} --> ${MERMAID_NUMBER}`,
    `  (bar|line) \\[${MERMAID_NUMBER}(, ${MERMAID_NUMBER})*\\]`,
  ]
    .map((l) => `(?:${l})`)
    .join('|')
    .replace(/^/, '^(?:')
    .replace(/$/, ')$'),
  'i',
);

/**
 * Checks every ```mermaid block line by line against the grammar report/mermaid.ts writes, and
 * returns the markdown without them (what is inside a fence is not markdown).
 */
export function withoutMermaidBlocks(md: string): { md: string; problems: string[] } {
  const problems: string[] = [];
  const out: string[] = [];
  let inBlock = false;
  for (const line of md.split('\n')) {
    if (!inBlock && line === '```mermaid') {
      inBlock = true;
      continue;
    }
    if (inBlock && line === '```') {
      inBlock = false;
      out.push('¤');
      continue;
    }
    if (inBlock) {
      if (!MERMAID_LINE.test(line)) problems.push(`mermaid line: ${line.slice(0, 80)}`);
      continue;
    }
    out.push(line);
  }
  if (inBlock) problems.push('mermaid block left open');
  return { md: out.join('\n'), problems };
}

/** Asserts that `md` holds nothing live that the renderer did not write itself (`trusted`: URLs it may link). */
export function expectInert(full: string, opts: { trusted?: readonly string[] } = {}): void {
  const { md, problems } = withoutMermaidBlocks(full);
  const text = (opts.trusted ?? []).reduce((t, u) => t.split(u).join(' '), withoutCodeSpans(md));
  for (const m of text.matchAll(/<[^\s]/g)) {
    if (!OWN_TAG.test(text.slice(m.index))) problems.push(`tag: ${text.slice(m.index, m.index + 40)}`);
  }
  const unescaped = (re: RegExp, what: string) => {
    for (const m of text.matchAll(re)) if (text[m.index - 1] !== '\\') problems.push(`${what}: ${text.slice(Math.max(0, m.index - 20), m.index + 30)}`);
  };
  unescaped(/(?<![\w])@[\p{L}\p{N}_-]/gu, 'mention');
  unescaped(/#\d/g, 'reference');
  unescaped(/\bGH-\d/gi, 'reference');
  unescaped(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/gi, 'commit SHA');
  unescaped(/\]\(|\]\[|\]:/g, 'link');
  unescaped(/[a-z]:\/\/|\bwww\./gi, 'autolink');
  unescaped(/\$/g, 'math');
  expect(md.split('\n').filter((l) => l.startsWith('<!-- ml-doctor:report -->'))).toHaveLength(1);
  expect(text.split('<details>').length).toBe(text.split('</details>').length);
  for (const line of text.split('\n')) {
    if (/^\s{0,3}#{1,6}(\s|$)/.test(line) && !OUR_HEADINGS.test(line)) problems.push(`heading: ${line.slice(0, 60)}`);
    if (/^\s{0,3}(>|```|~~~)/.test(line)) problems.push(`block: ${line.slice(0, 60)}`);
  }
  // Every row of a table has as many cells as its header.
  const lines = md.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!/^\|(---|:?-+:?)/.test(lines[i]!)) continue;
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    const width = cells(lines[i - 1]!);
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) if (cells(lines[j]!) !== width) problems.push(`table row: ${lines[j]!.slice(0, 60)}`);
  }
  expect(problems).toEqual([]);
}
