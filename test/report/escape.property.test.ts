// Property tests of the escaper: whatever string a fork writes, what comes out is one inert line
// (or one code span), bounded in length. Strings are drawn from every code point and, more
// often, from the fragments that matter to markdown and GitHub.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cell, code, inline, MAX_CODE, MAX_INLINE, plainText } from '../../src/report/escape.js';
import { expectInert, withoutCodeSpans } from '../helpers/inert.js';

const FRAGMENTS = [
  '<', '>', '&', '</details>', '<img src=x onerror=alert(1)>', '<!--', '-->', '<!-- ml-doctor:report -->', '@', '@octo-org/admins', '#1', 'GH-2',
  'deadbeef1234', '[', ']', '(', ')', '](https://evil.example)', '![', 'https://', 'www.', '`', '``', '```', '~~~', '|', '\\', '$', '$$', '*', '_', '#', '# ',
  '- ', '> ', '1. ', '---', '===', '\n', '\r\n', '\t', '\u2028', '\u202e', '\u200b', '\u0000', '😀', '精度', ' ', 'a', '0',
];
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);
const RUNS = 2_000;

describe('the escaper, on any string', () => {
  it('inline: one line, inert, no longer than its budget', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = inline(s);
        expect(out).not.toMatch(/[\n\r\u2028\u2029]/);
        expectInert(`<!-- ml-doctor:report -->\n${out}\n`);
        // At most MAX_INLINE code points of source; each may grow by an escape or an entity.
        expect(Array.from(out).length).toBeLessThanOrEqual(MAX_INLINE * 12);
      }),
      { numRuns: RUNS },
    );
  });

  it('inline as a list item, a heading or after bold text stays inert', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        expectInert(`<!-- ml-doctor:report -->\n- ${inline(s)}\n\n**Root cause.** ${inline(s)}\n`);
      }),
      { numRuns: RUNS },
    );
  });

  it('code: exactly one code span, whose content cannot escape it', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = code(s);
        expect(withoutCodeSpans(out)).toBe('¤');
        expect(out).not.toMatch(/[\n\r]/);
        expect(Array.from(out).length).toBeLessThanOrEqual(MAX_CODE * 12);
      }),
      { numRuns: RUNS },
    );
  });

  it('cell: never adds a column to a table row', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        expectInert(`<!-- ml-doctor:report -->\n\n| a | b |\n|---|---|\n| ${cell(a)} | ${cell(b)} |\n`);
      }),
      { numRuns: RUNS },
    );
  });

  it('plainText: no mention and no bidi or zero-width character survives', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = plainText(s);
        expect(out).not.toMatch(/(?<![\w])@[\p{L}\p{N}_-]/u);
        // eslint-disable-next-line no-control-regex -- NUL is one of the characters that must not survive
        expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200c-\u200f\ufeff\u0000]/);
      }),
      { numRuns: RUNS },
    );
  });
});
