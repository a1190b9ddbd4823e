/**
 * The grounding check: the reason an LLM may write in the report at all. A cause survives only
 * when every number in its text is a number the report (or a tool result, which is report data)
 * already holds — allowing rounding and fraction ↔ percent — and every cite names an existing
 * finding or a tool call that was made. Anything else is dropped and counted, never repaired:
 * a model that invents one number may have invented the rest of the sentence.
 */
import type { Report } from '../report/types.js';
import type { AgentCause, JsonValue } from './types.js';

/** A number as written in text. */
export interface NumberToken {
  /** The written digits, for messages. */
  readonly text: string;
  /** Absolute value: a sign is not checked (a drop is written "fell 8.1 pts" for delta -0.081). */
  readonly value: number;
  /** Half a unit of the last written digit: how far the true value may lie from what is written. */
  readonly tolerance: number;
  /** Written as a percentage or in points (`12.8%`, `8.1 pts`, `3 pp`). */
  readonly percent: boolean;
}

// A number not glued to a word before it (F1, p95, log2, gpt-4, a.b.3). Groups: integer part
// (with optional thousands commas), fraction digits, exponent, then what follows.
const NUMBER =
  /(?<![\p{L}\p{N}_.]|[\p{L}_]-)(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?(?:[eE]([-+−]?\d+))?(?![\p{N}]|\.\d)/gu;
// A number glued to a following letter is part of an identifier (4o, 2nd, 64bit, 3f9a) — but
// "10x" is a factor, a claim like any other.
const GLUED_LETTER = /^(?!x(?![\p{L}\p{N}]))\p{L}/u;
const PERCENT_UNIT = /^\s*(?:%|percentage[ -]points?\b|percent\b|points?\b|pts?\b|pp\b)/i;
// Cite labels inside prose ("see call:2") are references, not measurements.
const CITE_IN_TEXT = /\bcall\s*:\s*\d+\b/gi;

/** Every number written in `text`, in order. */
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
    out.push({
      text: m[0],
      value: Number(`${intPart}.${frac || '0'}`) * scale,
      tolerance: 0.5 * 10 ** -frac.length * scale,
      percent: PERCENT_UNIT.test(after),
    });
  }
  return out;
}

/**
 * The numbers a claim may use: every numeric field and every number written in a string of the
 * given values (walked recursively). A percentage in text is also known as its fraction.
 */
export function collectKnownNumbers(values: readonly unknown[]): number[] {
  const known = new Set<number>();
  const walk = (v: unknown): void => {
    if (typeof v === 'number') {
      if (Number.isFinite(v)) known.add(Math.abs(v));
    } else if (typeof v === 'string') {
      for (const t of extractNumbers(v)) {
        known.add(t.value);
        if (t.percent) known.add(t.value / 100);
      }
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x);
    } else if (v !== null && typeof v === 'object') {
      for (const x of Object.values(v)) walk(x);
    }
  };
  for (const v of values) walk(v);
  return [...known].sort((a, b) => a - b);
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
 * True when the written number is some known number rounded to the precision it was written
 * with. A percentage (or points) may also be a known fraction × 100: `8.1 pts` ↔ 0.0812.
 */
export function isKnownNumber(token: NumberToken, known: readonly number[]): boolean {
  if (within(known, token.value, token.tolerance)) return true;
  return token.percent && within(known, token.value / 100, token.tolerance / 100);
}

export interface GroundingContext {
  readonly report: Report;
  /** Results of the tool calls made, in call order: `call:1` is the first. */
  readonly toolResults: readonly JsonValue[];
}

export interface GroundingResult {
  readonly kept: AgentCause[];
  readonly removed: { readonly cause: AgentCause; readonly reasons: string[] }[];
}

const CALL_CITE = /^call:(\d+)$/;

function citeProblem(cite: string, ids: ReadonlySet<string>, calls: number): string | undefined {
  const call = CALL_CITE.exec(cite);
  if (call) {
    const n = Number(call[1]);
    return n >= 1 && n <= calls ? undefined : `cite '${cite}' names no tool call (${calls} made)`;
  }
  return ids.has(cite) ? undefined : `cite '${cite}' names no finding`;
}

/**
 * Splits causes into those that pass the grounding check and those that do not (with why).
 * A cause must cite at least one source: an explanation tied to nothing the engine found is
 * exactly what the check exists to keep out.
 */
export function checkGrounding(causes: readonly AgentCause[], ctx: GroundingContext): GroundingResult {
  // A previous agent section is model text, not measurement: it must not vouch for itself.
  const reportData = { ...ctx.report, agent: undefined };
  const known = collectKnownNumbers([reportData, ...ctx.toolResults]);
  const ids = new Set(ctx.report.findings.map((f) => f.id));
  const kept: AgentCause[] = [];
  const removed: { cause: AgentCause; reasons: string[] }[] = [];
  for (const cause of causes) {
    const reasons: string[] = [];
    if (cause.cites.length === 0) reasons.push('no cites');
    for (const cite of cause.cites) {
      const problem = citeProblem(cite, ids, ctx.toolResults.length);
      if (problem !== undefined) reasons.push(problem);
    }
    for (const text of [cause.title, cause.rootCause, cause.fix, cause.verification, cause.prevention]) {
      for (const token of extractNumbers(text)) {
        if (!isKnownNumber(token, known)) reasons.push(`number ${token.text} is not in the report`);
      }
    }
    if (reasons.length === 0) kept.push(cause);
    else removed.push({ cause, reasons });
  }
  return { kept, removed };
}
