/**
 * The grounding check: the reason an LLM may write in the report at all. It works claim by
 * claim. A cause survives only when
 *  - it cites at least one source, and every cite names an existing finding (`F1`) or a tool
 *    call that was made (`call:2`);
 *  - every number in its text is a number of the sources **it cites** — not of the whole
 *    report, where among thousands of numbers nearly any invention finds a twin — within the
 *    rounding it was written with, and of the same kind: a change stays a change (a delta or
 *    points), a level stays a level (a value or a percentage), a count stays a count;
 *  - every feature, segment column or parameter its text names is one a cited source is about.
 * Anything else is dropped whole and counted with why, never repaired: a model that invents one
 * number may have invented the rest of the sentence.
 */
import type { Finding, Report } from '../report/types.js';
import type { AgentCause, JsonValue } from './types.js';

/**
 * What a written number measures. `delta` and `points` are a change (points are a delta × 100),
 * `value` and `percent` a level or share (a percentage is a value × 100), `count` a number of
 * rows, examples or bins.
 */
export type NumberKind = 'delta' | 'points' | 'value' | 'percent' | 'count';

/** A number as written in text. */
export interface NumberToken {
  /** The written digits (and unit), for messages. */
  readonly text: string;
  /** Absolute value: a sign is not checked (a drop is written "fell 8.1 pts" for delta -0.081). */
  readonly value: number;
  /** Half a unit of the last written digit: how far the true value may lie from what is written. */
  readonly tolerance: number;
  readonly kind: NumberKind;
}

// A number not glued to a word before it (F1, p95, log2, gpt-4, a.b.3). Groups: integer part
// (with optional thousands commas), fraction digits, exponent, then what follows.
const NUMBER =
  /(?<![\p{L}\p{N}_.]|[\p{L}_]-)(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?(?:[eE]([-+−]?\d+))?(?![\p{N}]|\.\d)/gu;
// A number glued to a following letter is part of an identifier (4o, 2nd, 64bit, 3f9a) — but
// "10x" is a factor, a claim like any other.
const GLUED_LETTER = /^(?!x(?![\p{L}\p{N}]))\p{L}/u;
const POINTS_UNIT = /^\s*(?:percentage[ -]points?\b|points?\b|pts?\b|pp\b)/i;
const PERCENT_UNIT = /^\s*(?:%|percent\b)/i;
const COUNT_NOUN =
  /^\s*(?:rows?|examples?|samples?|records?|items?|cases?|instances?|observations?|customers?|users?|bins?|epochs?|steps?|predictions?|labels?|duplicates?|errors?|mistakes?|misclassifications?|files?|lines?)\b/i;
// What comes before a count: "n=810", "n 810 → 810", "n = 4,000".
const COUNT_BEFORE = /(?:^|[^\p{L}\p{N}_])n\s*(?:=|:|of)?\s*$/iu;
const COUNT_BEFORE_ARROW = /(?:^|[^\p{L}\p{N}_])n\s*(?:=|:)?\s*[\d,]+\s*(?:→|->)\s*$/iu;
// A change word right before the number ("fell 0.081", "by 8.1", "delta -0.081", "Δ 0.08"), or
// the bounds of an interval of a change ("CI of the change [-0.114, -0.0494]").
const CHANGE_WORD =
  '(?:fell|falls?|dropped|drops?|declined?|declines|decreased?|decreases|rose|rises?|increased?|increases|gained?|gains|lost|loses|grew|grows|shrank|shrinks|changed?|changes|moved|moves|delta|worsened|improved|down|up|by|Δ|ci|interval)';
const CHANGE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}_])${CHANGE_WORD}\\s*(?:of\\s+)?(?:the\\s+change\\s*)?(?:by\\s+)?(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|some\\s+)?[[(]?\\s*(?:[-+−]?\\d[\\d.,eE−-]*\\s*,\\s*)?[-+−]?\\s*$`,
  'iu',
);
// Cite labels inside prose ("see call:2") are references, not measurements.
const CITE_IN_TEXT = /\bcall\s*:\s*\d+\b/gi;

function kindOf(before: string, after: string, isInteger: boolean): NumberKind {
  const near = before.slice(-60);
  const change = CHANGE_BEFORE.test(near);
  if (POINTS_UNIT.test(after)) return 'points';
  if (PERCENT_UNIT.test(after)) return 'percent';
  if (isInteger && !change && (COUNT_BEFORE.test(near) || COUNT_BEFORE_ARROW.test(near) || COUNT_NOUN.test(after))) return 'count';
  return change ? 'delta' : 'value';
}

/** Every number written in `text`, in order, with the kind its words give it. */
export function extractNumbers(text: string): NumberToken[] {
  const clean = text.replace(CITE_IN_TEXT, ' ');
  const out: NumberToken[] = [];
  for (const m of clean.matchAll(NUMBER)) {
    const after = clean.slice(m.index + m[0].length);
    if (GLUED_LETTER.test(after)) continue;
    const intPart = m[1]!.replace(/,/g, '');
    const frac = m[2] ?? '';
    const exp = m[3] === undefined ? 0 : Number(m[3].replace('−', '-'));
    const scale = 10 ** exp;
    const kind = kindOf(clean.slice(0, m.index), after, frac === '' && exp === 0);
    const unit = kind === 'points' ? (POINTS_UNIT.exec(after)?.[0] ?? '') : kind === 'percent' ? (PERCENT_UNIT.exec(after)?.[0] ?? '') : '';
    out.push({
      text: `${m[0]}${unit.replace(/^\s+/, unit.trim() === '%' ? '' : ' ')}`,
      value: Number(`${intPart}.${frac || '0'}`) * scale,
      tolerance: 0.5 * 10 ** -frac.length * scale,
      kind,
    });
  }
  return out;
}

/** Known numbers by kind, each list sorted ascending. */
export type KnownNumbers = Readonly<Record<NumberKind, readonly number[]>>;

const DELTA_KEY = /delta|^ci$|change/i;
// Count fields of the report and of the tools' answers (rows in a segment, misclassified rows, …).
const COUNT_KEY = /^(?:n|n[A-Z_].*|count|counts|omitted|size|support|rows|rowsCount|total|misclassified|withError|distinct|missing|missingOrNonFinite|pointsShown|pointsLogged|featuresNotShown)$/;

/**
 * The numbers a claim may use, by kind: every numeric field (its key gives the kind: `delta`
 * and `ci` are changes, `n` a count) and every number written in a string (its words give the
 * kind), walked recursively.
 */
export function collectKnownNumbers(values: readonly unknown[]): KnownNumbers {
  const sets: Record<NumberKind, Set<number>> = { delta: new Set(), points: new Set(), value: new Set(), percent: new Set(), count: new Set() };
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return;
      const kind: NumberKind = DELTA_KEY.test(key) ? 'delta' : COUNT_KEY.test(key) ? 'count' : 'value';
      sets[kind].add(Math.abs(v));
    } else if (typeof v === 'string') {
      for (const t of extractNumbers(v)) sets[t.kind].add(t.value);
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x, key);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  for (const v of values) walk(v, '');
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { delta: sorted(sets.delta), points: sorted(sets.points), value: sorted(sets.value), percent: sorted(sets.percent), count: sorted(sets.count) };
}

/** First index whose value is >= x (known is sorted ascending). */
function lowerBound(known: readonly number[], x: number): number {
  let lo = 0;
  let hi = known.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (known[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function within(known: readonly number[], value: number, tolerance: number): boolean {
  // A hair of slack so "8.15" written as "8.1" or "8.2" both count, whatever the float error.
  const slack = tolerance * (1 + 1e-9) + 1e-12;
  const i = lowerBound(known, value - slack);
  return i < known.length && known[i]! <= value + slack;
}

/**
 * Where a written number of each kind may come from, and the factor from the written form to
 * the known one: `8.1 pts` is a delta of 0.081 or points written as 8.1; a plain value may be
 * a known value, a known percentage / 100, or a count.
 */
const MATCHES: Readonly<Record<NumberKind, readonly (readonly [NumberKind, number])[]>> = {
  points: [['points', 1], ['delta', 0.01]],
  delta: [['delta', 1], ['points', 100]],
  percent: [['percent', 1], ['value', 0.01]],
  value: [['value', 1], ['percent', 100], ['count', 1]],
  count: [['count', 1]],
};

/** True when the written number is a known number of a matching kind, rounded as written. */
export function isKnownNumber(token: NumberToken, known: KnownNumbers): boolean {
  return MATCHES[token.kind].some(([kind, factor]) => within(known[kind], token.value * factor, token.tolerance * factor));
}

export interface GroundingContext {
  readonly report: Report;
  /** Results of the tool calls made, in call order: `call:1` is the first. */
  readonly toolResults: readonly JsonValue[];
  /** Arguments of the tool calls made, in call order (what a call was about). */
  readonly toolArguments?: readonly JsonValue[];
}

export interface RemovedCause {
  readonly cause: AgentCause;
  readonly reasons: string[];
}

export interface GroundingResult {
  readonly kept: AgentCause[];
  readonly removed: RemovedCause[];
}

const CALL_CITE = /^call:(\d+)$/;

/** A finding's own numbers plus the report rows it is about (its segment's rows, its metric's rows). */
function findingSource(report: Report, f: Finding): unknown[] {
  const out: unknown[] = [f];
  if (f.segment) out.push(report.segments.filter((s) => s.column === f.segment!.column && s.value === f.segment!.value));
  else if (f.metric) {
    const m = f.metric.toLowerCase();
    out.push(report.metrics.filter((r) => r.name.toLowerCase() === m || r.name.toLowerCase().endsWith(`.${m}`)));
  }
  const text = findingSubjectText(f);
  out.push(report.params.filter((p) => mentions(text, p.key)));
  return out;
}

/** What a finding is about: its names, title and evidence (not its advice, which may name others). */
function findingSubjectText(f: Finding): string {
  return [f.category, f.feature ?? '', f.segment?.column ?? '', f.segment?.value ?? '', f.metric ?? '', f.title, ...f.evidence.map((e) => e.text)].join('\n');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentions(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(name)}(?![\\p{L}\\p{N}_])`, 'iu').test(text);
}

// A name with `_`, `.`, `-`, a digit or inner capitals cannot be an ordinary word of a sentence.
const IDENTIFIER = /[_.\-\d]|\p{Ll}\p{Lu}/u;

/**
 * A column called `contract` or `region` is also an English word ("a data contract"): it counts
 * as named only when written as a name — in backticks, as `region=EU`, or beside the words
 * column, feature, segment or slice.
 */
function namesPlainWord(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  const asName = new RegExp(
    `\`${n}\`|(?<![\\p{L}\\p{N}_])${n}\\s*(?:=|!=|==|:\\s*\\S)|(?:column|feature|segment|slice)s?\\s+['"]?${n}(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])${n}['"]?\\s+(?:column|feature|segment|slice)`,
    'iu',
  );
  return asName.test(text);
}

const LEARNING_RATE = /\blearning[ _-]?rates?\b|(?<![\p{L}\p{N}])lr(?![\p{L}\p{N}])/iu;

interface Subject {
  readonly label: string;
  /** The cause's text names it (strict for names that are also words). */
  readonly named: (text: string) => boolean;
  /** A source's text is about it (its names and titles list it plainly). */
  readonly about: (text: string) => boolean;
}

/**
 * The names a cause can be about: features, segment columns and parameter keys of the report
 * (names of three characters or more, so `id` or `x` do not match every sentence), and the
 * learning rate by its usual words. A segment value is checked through its column.
 */
function subjectsOf(report: Report): Subject[] {
  const names = new Set<string>();
  for (const f of report.findings) {
    if (f.feature) names.add(f.feature);
    if (f.segment) names.add(f.segment.column);
  }
  for (const s of report.segments) names.add(s.column);
  for (const p of report.params) names.add(p.key);
  const out: Subject[] = [...names]
    .filter((n) => n.length >= 3)
    .sort()
    .map((n) => ({ label: n, named: IDENTIFIER.test(n) ? (t: string) => mentions(t, n) : (t: string) => namesPlainWord(t, n), about: (t: string) => mentions(t, n) }));
  out.push({ label: 'the learning rate', named: (t: string) => LEARNING_RATE.test(t), about: (t: string) => LEARNING_RATE.test(t) });
  return out;
}

function causeText(c: AgentCause): string {
  return [c.title, c.rootCause, c.fix, c.verification, c.prevention].join('\n');
}

const KIND_WORDS: Readonly<Record<NumberKind, string>> = {
  delta: 'a change',
  points: 'a change in points',
  value: 'a value',
  percent: 'a percentage',
  count: 'a count',
};

/**
 * Splits causes into those that pass the grounding check and those that do not (with why).
 * A cause must cite at least one source: an explanation tied to nothing the engine found is
 * exactly what the check exists to keep out.
 */
export function checkGrounding(causes: readonly AgentCause[], ctx: GroundingContext): GroundingResult {
  const byId = new Map(ctx.report.findings.map((f) => [f.id, f]));
  const subjects = subjectsOf(ctx.report);
  const kept: AgentCause[] = [];
  const removed: RemovedCause[] = [];
  for (const cause of causes) {
    const reasons: string[] = [];
    if (cause.cites.length === 0) reasons.push('no cites');
    const sources: unknown[] = [];
    const about: string[] = [];
    for (const cite of new Set(cause.cites)) {
      const call = CALL_CITE.exec(cite);
      if (call) {
        const n = Number(call[1]);
        if (n >= 1 && n <= ctx.toolResults.length) {
          sources.push(ctx.toolResults[n - 1]);
          about.push(JSON.stringify([ctx.toolArguments?.[n - 1] ?? null, ctx.toolResults[n - 1]]));
        } else reasons.push(`cite '${cite}' names no tool call (${ctx.toolResults.length} made)`);
        continue;
      }
      const f = byId.get(cite);
      if (f === undefined) {
        reasons.push(`cite '${cite}' names no finding`);
        continue;
      }
      sources.push(...findingSource(ctx.report, f));
      about.push(findingSubjectText(f), f.category === 'learning_rate' ? 'learning rate' : '');
    }
    const citeList = cause.cites.join(', ') || 'nothing';
    if (sources.length > 0) {
      const known = collectKnownNumbers(sources);
      for (const text of [cause.title, cause.rootCause, cause.fix, cause.verification, cause.prevention]) {
        for (const token of extractNumbers(text)) {
          if (!isKnownNumber(token, known)) reasons.push(`number ${token.text} (${KIND_WORDS[token.kind]}) is not in the cited ${citeList}`);
        }
      }
      const aboutText = about.join('\n');
      const text = causeText(cause);
      for (const s of subjects) {
        if (s.named(text) && !s.about(aboutText)) reasons.push(`names ${s.label}, which no cited source (${citeList}) is about`);
      }
    }
    if (reasons.length === 0) kept.push(cause);
    else removed.push({ cause, reasons: [...new Set(reasons)] });
  }
  return { kept, removed };
}
