import { describe, expect, it } from 'vitest';
import { cell, code, inline, MAX_INLINE, plainText } from '../../src/report/escape.js';
import { expectInert } from '../helpers/inert.js';

const ZW = '\u200b';

describe('inline', () => {
  it('turns tags, entities and HTML comments into text', () => {
    expect(inline('a </details><img src=x onerror=alert(1)> & <!-- x')).toBe('a &lt;/details&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;!-- x');
  });

  it('breaks mentions, issue references, GH- references and e-mail autolinks with a zero-width space', () => {
    expect(inline('@octo-org/admins #12 owner/repo#3 GH-7 a@b.io')).toBe(`@${ZW}octo-org/admins #${ZW}12 owner/repo#${ZW}3 GH${ZW}-7 a@${ZW}b.io`);
  });

  it('breaks URL and www autolinks, and escapes the bracket that would close a link or image', () => {
    const out = inline('[x](https://evil.example) ![i](http://e/i.png) www.evil.example [ref]: x');
    expect(out).toBe(`\\[x\\](https:${ZW}//evil.example) ![i\\](http:${ZW}//e/i.png) www${ZW}.evil.example [ref\\]: x`);
  });

  it('splits a word that GitHub could link as a commit SHA, but leaves numbers alone', () => {
    expect(inline('deadbeef1234 at p 0.0012345 and 1234567')).toBe(`deadbe${ZW}ef1234 at p 0.0012345 and 1234567`);
  });

  it('keeps a bin label readable', () => {
    expect(inline('tenure=[0, 26) and (12, 40]')).toBe('tenure=[0, 26) and (12, 40]');
  });

  it('puts the whole value on one line, so a newline cannot start a heading, a quote or an HTML block', () => {
    expect(inline('ok\n<!--\n# ✅ pass\r\n> quoted')).toBe('ok &lt;!-- # ✅ pass &gt; quoted');
  });

  it('escapes a heading, list, quote, rule or ordered-list marker at the start of the text', () => {
    expect(inline('# ✅ pass')).toBe('\\# ✅ pass');
    expect(inline('- item')).toBe('\\- item');
    expect(inline('---')).toBe('\\---');
    expect(inline('1. first')).toBe('1\\. first');
    expect(inline('12.8% of rows')).toBe('12.8% of rows');
    expect(inline('> quote')).toBe('&gt; quote');
  });

  it('escapes pipes, backslashes, dollar signs and stray backticks', () => {
    expect(inline('a | b \\ c $x$ d`e')).toBe('a \\| b \\\\ c \\$x\\$ d\\`e');
  });

  it("keeps the engine's code spans and re-fences a value so it cannot close them", () => {
    expect(inline('drift in `plan` within `a``b`')).toBe('drift in `plan` within ```a``b```');
    // The engine wrote `${value}` with value = "a` <img> `b": the break-out lands in escaped text.
    expect(inline('`a` <img> `b`')).toBe('`a` &lt;img&gt; `b`');
    expectInert(`<!-- ml-doctor:report -->\n${inline('name `a`` <img>` @x')}`);
  });

  it('shows control, zero-width and bidi characters instead of letting them act', () => {
    expect(inline('a\u202eb\u200bc\u0000d')).toBe('a‹U+202E›b‹U+200B›c‹U+0000›d');
  });

  it('cuts a long value with an ellipsis, never inside a surrogate pair', () => {
    const out = inline('😀'.repeat(MAX_INLINE + 10));
    expect(Array.from(out)).toHaveLength(MAX_INLINE);
    expect(out.endsWith('😀…')).toBe(true);
  });
});

describe('code', () => {
  it('uses a fence longer than any run of backticks in the value', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('``x')).toBe('``` ``x ```');
  });

  it('escapes pipes inside a table cell, where GFM splits on them even within code', () => {
    expect(code('a|b', { table: true })).toBe('`a\\|b`');
    expect(cell('x | `y|z`')).toBe('x \\| `y\\|z`');
  });
});

describe('plainText', () => {
  it('breaks mentions and shows invisible characters, without markdown escapes', () => {
    expect(plainText('lr <0.1> @team\u202e')).toBe(`lr <0.1> @${ZW}team‹U+202E›`);
  });
});
