/**
 * The first screen of report.md (issue 12): what a reader acts on before scrolling. The verdict,
 * one sentence naming the cause (where it is, the share of the regression it accounts for, the
 * PR parameter that points at it), the one fix to try first, the headline symptom; then the
 * findings. Everything here is read from report.json's findings and params, never computed:
 * a number shown is one the diagnosis wrote. Every artifact-derived string goes through the
 * escaper.
 */
import { code, inline } from './escape.js';
import { share as sharePct } from './format.js';
import type { Finding, ParamRow, Report } from './types.js';

/** The most lines (non-empty markdown lines, the marker excluded) the first screen may take. */
export const FIRST_SCREEN_LINES = 12;

/**
 * Categories that describe what got worse rather than why (CONTRACT §6). A finding the diagnosis
 * linked to a cause (`explainedBy`) is a symptom whatever its category. Used only for reports
 * without the diagnosis's typed `role` (older report.json files): `role` is read first.
 */
const SYMPTOM_CATEGORIES = new Set<Finding['category']>(['metric_regression', 'segment_regression', 'prediction_shift']);

const VERDICT: Record<Report['verdict'], string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };

/** Abbreviations whose dot does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|vs|cf|approx)$/i;

/** The counted findings (info is context, not something to act on). */
function counted(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}

export function isSymptom(f: Finding): boolean {
  if (f.role !== undefined) return f.role === 'symptom';
  return f.explainedBy !== undefined || SYMPTOM_CATEGORIES.has(f.category);
}

/** The cause: the first counted finding that is not a symptom (findings are sorted most important first). */
export function causeOf(findings: readonly Finding[]): Finding | undefined {
  return counted(findings).find((f) => !isSymptom(f));
}

/** The headline regression: the first metric regression, else the first segment regression, else the first counted finding. */
export function headlineOf(findings: readonly Finding[]): Finding | undefined {
  const c = counted(findings);
  return c.find((f) => f.category === 'metric_regression') ?? c.find((f) => f.category === 'segment_regression') ?? c[0];
}

/**
 * The first sentence of engine text: up to the first `.`, `!` or `?` that is followed by a space
 * and a capital, a code span or an opening bracket (or ends the text), outside code spans
 * (`data.snapshot`) and not after an abbreviation (`e.g.`). Decimals have no space after the dot.
 */
export function firstSentence(text: string): string {
  const s = text.trim();
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '`') {
      let n = 0;
      while (s[i + n] === '`') n++;
      const close = s.indexOf('`'.repeat(n), i + n);
      i = close === -1 ? i + n : close + n;
      continue;
    }
    if ((ch === '.' || ch === '!' || ch === '?') && !ABBREVIATION.test(s.slice(0, i))) {
      if (i + 1 === s.length) return s;
      if (/^\s+[\p{Lu}`("'[]/u.test(s.slice(i + 1, i + 3))) return s.slice(0, i + 1);
    }
    i++;
  }
  return s;
}

/** The fix to try first: the fix's first sentence (diagnosis/advice puts the action, and the PR's parameter that points at the cause, there). */
export function fixToTryFirst(fix: string): string {
  return firstSentence(fix);
}

/**
 * "Accounts for 86 % of the accuracy regression (95 % CI 70 % to 101 %)": from the finding's typed
 * `attribution`; for older reports, read from the first evidence line, cut before how it was measured. Null when
 * the finding carries none, or when the text's share disagrees with its value (never shown half-read).
 */
export function shareClause(f: Finding): string | null {
  const a = f.attribution;
  if (a) {
    const what = a.metric ? `the ${a.metric} regression` : 'the regression';
    return `accounts for ${sharePct(a.share)} of ${what} (95 % CI ${sharePct(a.lo)} to ${sharePct(a.hi)})`;
  }
  const e = f.evidence[0];
  if (!e) return null;
  const m = /^Accounts for (\d+(?:\.\d+)?) % of (.+?) \(95 % CI ([^,)]+)/.exec(e.text);
  if (!m) return null;
  if (e.value !== undefined && Number.isFinite(e.value) && Math.abs(Number(m[1]) - 100 * e.value) > 0.5 + 1e-9) return null;
  return `accounts for ${m[1]} % of ${m[2]} (95 % CI ${m[3]!.trim()})`;
}

/** The PR's changed parameters the finding names (in a code span of its root cause or fix). */
export function pointingParams(f: Finding, params: readonly ParamRow[]): ParamRow[] {
  const text = `${f.rootCause} ${f.fix}`;
  return params.filter((p) => text.includes(`\`${p.key}\``));
}

const MAX_PARAMS_SHOWN = 2;

function paramChange(p: ParamRow): string {
  return `${code(p.key)} ${code(String(p.baseline), { max: 60 })} → ${code(String(p.current), { max: 60 })}`;
}

function paramsText(ps: readonly ParamRow[]): string {
  const shown = ps.slice(0, MAX_PARAMS_SHOWN).map(paramChange);
  const more = ps.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(shown.length === 2 ? ' and ' : ', ');
}

/** `feature drift of `carat` in `cut=Premium``: the category in words and where it is. */
function causeName(f: Finding): string {
  let s = f.category.replace(/_/g, ' ');
  if (f.feature) s += ` of ${code(f.feature)}`;
  if (f.segment) s += ` in ${code(`${f.segment.column}${f.segment.value !== undefined ? `=${f.segment.value}` : ''}`)}`;
  return s;
}

function severityCounts(findings: readonly Finding[]): string {
  const c = counted(findings);
  return (['critical', 'major', 'minor'] as const)
    .map((s) => [s, c.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
}

/** The first screen's lines, blank lines between blocks, ending with a blank line. */
export function renderFirstScreen(report: Report): string[] {
  const findings = report.findings;
  const counts = severityCounts(findings);
  const L: string[] = [`## ml-doctor: ${VERDICT[report.verdict]}${counts ? ` · ${counts}` : ''}`, ''];
  if (counted(findings).length === 0) {
    // Nothing reached minor: the diagnosis's summary says what was compared, in one line.
    L.push(`Nothing to report. ${inline(report.summary)}`, '');
    return L;
  }
  const cause = causeOf(findings);
  const headline = headlineOf(findings)!;
  if (!cause) {
    const ps = report.params.length;
    L.push(
      `**No cause found.** Every finding is a symptom: what got worse is ${inline(headline.id)}, ${inline(headline.title)}. ` +
        `Nothing in the artifacts explains it${ps > 0 ? `; the PR changed ${ps} parameter${ps > 1 ? 's' : ''} (table below)` : ''}.`,
      '',
    );
    return L;
  }
  const share = shareClause(cause);
  const ps = pointingParams(cause, report.params);
  const tail = [share ? inline(share) : null, ps.length > 0 ? `the PR changed ${paramsText(ps)}` : null].filter((x): x is string => x !== null);
  L.push(`**Cause (${inline(cause.id)}): ${causeName(cause)}.** ${inline(cause.title.replace(/\.$/, ''))}${tail.length > 0 ? ` — ${tail.join('; ')}` : ''}.`, '');
  L.push(`**Try first.** ${inline(fixToTryFirst(cause.fix))}`, '');
  if (headline !== cause && isSymptom(headline)) {
    const explained = findings.filter((f) => f.explainedBy === cause.id).length;
    L.push(`**What got worse (${inline(headline.id)}).** ${inline(headline.title)}${explained > 0 ? ` · ${explained} finding${explained > 1 ? 's' : ''} explained by ${inline(cause.id)}` : ''}`, '');
  }
  return L;
}
