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

const OUR_HEADINGS = /^(## ml-doctor: |## Findings$|### (🔴|🟠|🟡|⚪) F\d+ · |### Explanation by )/;

/** Asserts that `md` holds nothing live that the renderer did not write itself (`trusted`: URLs it may link). */
export function expectInert(md: string, opts: { trusted?: readonly string[] } = {}): void {
  const text = (opts.trusted ?? []).reduce((t, u) => t.split(u).join(' '), withoutCodeSpans(md));
  const problems: string[] = [];
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
