/**
 * The one boundary between untrusted text and markdown. Everything a renderer writes that did
 * not come from the renderer itself (titles, evidence and advice that quote column names,
 * category values, parameter keys, metric names, file names, API error bodies, model output)
 * passes through here, because GitHub renders a PR comment, a check-run summary and a job
 * summary as markdown with HTML, mentions, references and autolinks — and a fork controls the
 * data. Pure string functions; no markdown parser, so what stays live is exactly what is listed.
 *
 * What survives as markup: code spans (the engine writes names in backticks). Everything else
 * is literal text: no tag, entity, comment, mention, `#123`/`GH-1`/SHA reference, link, image,
 * autolink, math, heading or list marker at the start, table pipe, or line break.
 */

/** Default longest inline text (code points): one hostile 100k-character value must not eat a comment. */
export const MAX_INLINE = 2_000;
/** Longest value shown inside one code span. */
export const MAX_CODE = 200;

/** Inserted to break a mention, reference or autolink: invisible, and not a word character. */
const BREAK = '\u200b';

/**
 * Characters that change how the text around them reads without being seen: C0/C1 controls,
 * zero-width characters and bidi overrides ("Trojan Source"). Shown as ‹U+XXXX› instead.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Line and paragraph breaks: a value never starts a line of its own (no heading, no `<!--` on a line). */
const LINE_BREAK = /\r\n|[\n\r\t\v\f\u2028\u2029]/g;

function visible(s: string): string {
  return s.replace(LINE_BREAK, ' ').replace(INVISIBLE, (c) => `‹U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}›`);
}

/** Cuts at `max` code points (never inside a surrogate pair), marking the cut with an ellipsis. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const points = Array.from(s);
  return points.length <= max ? s : points.slice(0, Math.max(0, max - 1)).join('') + '…';
}

export interface EscapeOptions {
  /** Inside a GFM table cell: `|` must be escaped even within code spans. */
  readonly table?: boolean;
  /** Longest text kept, in code points; default MAX_INLINE. */
  readonly max?: number;
}

/**
 * A code span that shows `value` verbatim: the fence is one backtick longer than the longest
 * run inside, so the value cannot close it; padding keeps a leading/trailing backtick or space.
 */
export function code(value: string, opts: EscapeOptions = {}): string {
  let v = cut(visible(value), opts.max ?? MAX_CODE);
  if (v === '') return '` `';
  const longest = Math.max(0, ...(v.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  if (v.startsWith('`') || v.endsWith('`') || (v.startsWith(' ') && v.endsWith(' ') && v.trim() !== '')) v = ` ${v} `;
  if (opts.table) v = v.replace(/\|/g, '\\|');
  return fence + v + fence;
}

/** Plain text (no code spans) made literal. */
function literal(s: string): string {
  return (
    s
      // Backslash first, so the escapes added below cannot be undone by one from the data.
      .replace(/[\\`|$]/g, '\\$&')
      // `]` right before `(`, `[` or `:` closes a link, image, reference or footnote; a lone bin
      // label such as `[0, 26)` stays as written.
      .replace(/\](?=[([:])/g, '\\]')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // @org/team, @user, user@host: no notification, no mailto autolink.
      .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`)
      // #123, owner/repo#123, GH-123: no issue reference.
      .replace(/#(?=\d)/g, `#${BREAK}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1${BREAK}-`)
      // http://, https://, ftp://, www.: no autolink.
      .replace(/:\/\//g, `:${BREAK}//`)
      .replace(/\b(www)\./gi, `$1${BREAK}.`)
      // A word that could be a commit SHA (7–40 hex digits with a letter and a digit).
      .replace(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/gi, (m) => m.replace(/.{6}(?=.)/g, `$&${BREAK}`))
  );
}

/** A heading, quote, list item, thematic break or setext underline would start where the text starts. */
const BLOCK_START = /^(?:[>[]|([#+\-=*_~])(?=\s|$|\1))/;
const ORDERED_START = /^(\d{1,9})([.)])(?=\s|$)/;

/**
 * Inline text that may hold code spans written by the engine (`` `plan` ``): the spans are kept
 * (re-fenced, so a value inside cannot break out), everything else is made literal. The result
 * is one line and at most `max` code points of source.
 */
export function inline(text: string, opts: EscapeOptions = {}): string {
  const s = cut(visible(text), opts.max ?? MAX_INLINE).trim();
  const out: string[] = [];
  let plain = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] !== '`') {
      const next = s.indexOf('`', i);
      plain += s.slice(i, next === -1 ? s.length : next);
      i = next === -1 ? s.length : next;
      continue;
    }
    // A run of n backticks opens a code span when a run of exactly n closes it (CommonMark).
    let n = 0;
    while (s[i + n] === '`') n++;
    const close = closingRun(s, i + n, n);
    if (close === -1) {
      plain += s.slice(i, i + n);
      i += n;
      continue;
    }
    out.push(literal(plain));
    plain = '';
    out.push(code(stripSpanPadding(s.slice(i + n, close)), opts));
    i = close + n;
  }
  out.push(literal(plain));
  const joined = out.join('');
  // A span fenced with three or more backticks at the start would open a fenced code block.
  if (joined.startsWith('```')) return BREAK + joined;
  return joined.replace(ORDERED_START, '$1\\$2').replace(BLOCK_START, '\\$&');
}

function closingRun(s: string, from: number, n: number): number {
  let j = s.indexOf('`', from);
  while (j !== -1) {
    let m = 0;
    while (s[j + m] === '`') m++;
    if (m === n) return j;
    j = s.indexOf('`', j + m);
  }
  return -1;
}

/** CommonMark strips one space on each side of a padded span's content; so does the re-fence. */
function stripSpanPadding(content: string): string {
  return content.length >= 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '' ? content.slice(1, -1) : content;
}

/** `inline` for a GFM table cell. */
export function cell(text: string, max = MAX_CODE): string {
  return inline(text, { table: true, max });
}

/**
 * Text shown without markdown (check-run titles, annotations, log lines): no markup to escape,
 * but mentions are still broken, invisible characters shown and the length capped.
 */
export function plainText(text: string, max = MAX_INLINE, multiline = false): string {
  const shown = multiline ? text.split(/\r\n|[\n\r]/).map(visible).join('\n') : visible(text);
  return cut(shown, max).replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`);
}
