// Counting advice sentences that recur across reports (issue 12, acceptance 2): used by
// test/report/recurrence.test.ts on the committed comments.
import { METRIC_INFO } from '../../src/analysis/performance/metric-defs.js';

const ADVICE = /^\*\*(Root cause|Fix|Verify|Prevent)\.\*\* (.*)$/;

/** Sentences: a `.`, `!` or `?` followed by a space and a capital or a code span, outside code spans. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '`') inCode = !inCode;
    if (!inCode && (ch === '.' || ch === '!' || ch === '?') && /^\s+[\p{Lu}`]/u.test(text.slice(i + 1, i + 3))) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Names a report uses: its findings' features and segments (from the tag lines), and the metric labels. */
function namesOf(md: string): string[] {
  const names = new Set<string>(Object.values(METRIC_INFO).map((m) => m.label));
  for (const m of md.matchAll(/(?:feature|segment) `([^`]+)`/g)) {
    names.add(m[1]!);
    const eq = m[1]!.indexOf('=');
    if (eq > 0) {
      names.add(m[1]!.slice(0, eq));
      names.add(m[1]!.slice(eq + 1));
    }
  }
  return [...names].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
}

/** The sentence with names and numbers masked, lowercased. */
export function masked(sentence: string, names: readonly string[]): string {
  let k = sentence.replace(/`[^`]*`/g, '`X`');
  for (const n of names) k = k.split(n).join('X');
  return k
    .replace(/[\w.[\]()-]+=[^\s,;:)]+/g, 'S')
    .replace(/[-+−]?\d[\d.,]*(e[-+]?\d+)?/gi, 'N')
    .toLowerCase();
}

export interface AdviceSentence {
  readonly report: string;
  readonly text: string;
  readonly key: string;
}

export function adviceSentences(report: string, md: string): AdviceSentence[] {
  const names = namesOf(md);
  const out: AdviceSentence[] = [];
  for (const line of md.split('\n')) {
    const m = ADVICE.exec(line);
    if (!m) continue;
    for (const s of sentences(m[2]!)) out.push({ report, text: s, key: masked(s, names) });
  }
  return out;
}

/** The sentences whose masked form is in at least `minReports` of the reports. */
export function recurring(all: readonly AdviceSentence[], minReports: number): AdviceSentence[] {
  const reports = new Map<string, Set<string>>();
  for (const s of all) {
    if (!reports.has(s.key)) reports.set(s.key, new Set());
    reports.get(s.key)!.add(s.report);
  }
  return all.filter((s) => reports.get(s.key)!.size >= minReports);
}
