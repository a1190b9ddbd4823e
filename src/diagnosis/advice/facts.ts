/**
 * Typed reading of a signal's details for the advice texts: a text is built from the numbers a
 * detector measured, never from a number it did not. A missing or non-finite detail reads as
 * null, and the text that needs it says less instead of printing `undefined`.
 */
import type { Signal } from '../../analysis/signals.js';
import { metricLabel } from '../../analysis/performance/metric-defs.js';
import type { ParamChange } from '../../analysis/compare/params-diff.js';
import { fmt, pct } from '../../report/format.js';

export interface Advice {
  readonly rootCause: string;
  readonly fix: string;
  readonly verification: string;
  readonly prevention: string;
}

export interface AdviceContext {
  readonly paramChanges: readonly ParamChange[];
  /** Headline metric that regressed most, e.g. `accuracy` — what to expect back after the fix. */
  readonly headlineMetric: string | null;
}

/** A finding the advice refers to by id: the symptoms a cause explains, or the cause of a symptom. */
export interface Linked {
  readonly id: string;
  readonly signal: Signal;
}

/** The cause of a symptom, with the share of the headline regression it was measured to account for. */
export interface CauseLink extends Linked {
  readonly share: { readonly share: number; readonly lo: number; readonly hi: number; readonly metric: string | null } | null;
}

export function num(s: Signal, key: string): number | null {
  const v = s.details[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function str(s: Signal, key: string): string | null {
  const v = s.details[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

export function bool(s: Signal, key: string): boolean | null {
  const v = s.details[key];
  return typeof v === 'boolean' ? v : null;
}

/** A number as report.md writes it (report/format.ts), 3 significant digits for large values. */
export function n3(v: number): string {
  return Math.abs(v) >= 1000 ? String(Number(v.toPrecision(4))) : fmt(Math.abs(v) >= 1 ? Number(v.toPrecision(4)) : Number(v.toPrecision(3)));
}

/** A count with thousands separators (1,373). */
export function count(v: number): string {
  return Math.round(v).toLocaleString('en-US');
}

export { pct };

/** `a=b` of a segment, or null. */
export function seg(s: Signal): string | null {
  return s.segment ? `${s.segment.column}=${s.segment.value}` : null;
}

/** The feature in a code span, or a fallback in words. */
export function feat(s: Signal, fallback = 'the feature'): string {
  return s.feature ? `\`${s.feature}\`` : fallback;
}

export function metricName(name: string | null | undefined): string | null {
  return name ? metricLabel(name) : null;
}

/** A parameter change as `key` before → after. */
export function changeText(p: ParamChange): string {
  return `\`${p.key}\` ${String(p.baseline)} → ${String(p.current)}`;
}

/** Several items as "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** Uppercase first letter (sentences start with a capital; a code span is left as is). */
export function capital(s: string): string {
  return s.length > 0 && s[0] !== '`' ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** Lowercase first letter of a sentence that continues another ("Recall back near" → "recall back near"); acronyms (ECE, ROC AUC) and code spans stay. */
export function lowerFirst(s: string): string {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
