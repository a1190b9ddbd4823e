/**
 * report.json → the markdown of the PR comment / job summary. Pure rendering; the GitHub layer
 * decides where it goes. `maxChars` degrades in steps (least important sections first) so the
 * comment stays under GitHub's 65,536-character limit.
 */
import { renderAgentMarkdown } from '../llm/markdown.js';
import { cell, code, inline } from './escape.js';
import { fmt, signed } from './format.js';
import { renderCharts } from './charts.js';
import { renderDriftTable } from './drift-table.js';
import { renderFirstScreen } from './first-screen.js';
import type { Finding, Report } from './types.js';

export { fmt } from './format.js';

export const COMMENT_MARKER = '<!-- ml-doctor:report -->';
const ICON: Record<Finding['severity'], string> = { critical: '🔴', major: '🟠', minor: '🟡', info: '⚪' };

function findingBlock(f: Finding, full: boolean): string {
  const lines: string[] = [];
  // Every string of a finding may quote artifact data: it goes through the escaper.
  lines.push(`### ${ICON[f.severity]} ${inline(f.id)} · ${inline(f.title)}`);
  const tags = [code(f.category), f.severity, f.area];
  if (f.feature) tags.push(`feature ${code(f.feature)}`);
  if (f.segment) tags.push(`segment ${code(`${f.segment.column}${f.segment.value !== undefined ? `=${f.segment.value}` : ''}`)}`);
  if (f.explainedBy) tags.push(`explained by ${inline(f.explainedBy)}`);
  lines.push(tags.join(' · '));
  lines.push('');
  if (f.evidence.length > 0) {
    lines.push('**Evidence**');
    for (const e of f.evidence.slice(0, full ? 8 : 3)) lines.push(`- ${inline(e.text)}`);
    lines.push('');
  }
  lines.push(`**Root cause.** ${inline(f.rootCause)}`);
  lines.push('');
  // A symptom's fix, verification and prevention are its cause's (diagnosis/advice): said once,
  // at the cause, whose verification lists this finding's number to come back.
  if (f.explainedBy) return lines.join('\n');
  lines.push(`**Fix.** ${inline(f.fix)}`);
  if (full) {
    lines.push('');
    lines.push(`**Verify.** ${inline(f.verification)}`);
    lines.push('');
    lines.push(`**Prevent.** ${inline(f.prevention)}`);
  }
  lines.push('');
  return lines.join('\n');
}

export interface RenderOptions {
  /** Character budget (UTF-16 units; GitHub counts comment and check-run limits in characters); sections are shortened least-important-first to fit. */
  readonly maxChars?: number;
  /** Byte budget (UTF-8; the job summary's limit is 1 MiB of bytes, and CJK text is 3 bytes a character). */
  readonly maxBytes?: number;
  /** Where the full report lives, linked when something was cut. */
  readonly fullReportUrl?: string;
}

/** UTF-8 length without allocating: 1–3 bytes per UTF-16 unit, 4 per surrogate pair. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Line counts at which the markdown can be cut: outside every fenced block (a ```mermaid chart
 * or a code snippet cut in half would swallow the rest of the comment, or fail to render).
 * CommonMark: a fence of 3+ backticks or tildes, indented at most 3 spaces, is closed by a fence
 * of the same character at least as long with nothing after it.
 */
export function safeCutPoints(lines: readonly string[]): number[] {
  const out: number[] = [0];
  let open: { ch: string; len: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (m) {
      const run = m[1]!;
      if (open === null) {
        // A backtick fence's info string cannot hold a backtick.
        if (!(run[0] === '`' && m[2]!.includes('`'))) open = { ch: run[0]!, len: run.length };
      } else if (run[0] === open.ch && run.length >= open.len && m[2]!.trim() === '') open = null;
    }
    if (open === null) out.push(i + 1);
  }
  return out;
}

/**
 * The last resort when even the shortest level is over budget: whole lines are dropped from the
 * end (every line of ours is self-contained, so no escape or code span is cut), never inside a
 * fenced block, open `<details>` blocks are closed, and a note says where the rest is.
 */
function cutToFit(md: string, fits: (s: string) => boolean, url: string | undefined): string {
  const note = `\n…report truncated${url ? `; full report: ${url}` : ''}\n`;
  const lines = md.split('\n');
  const close = (n: number): string => {
    const kept = lines.slice(0, n).join('\n');
    const open = kept.split('<details>').length - kept.split('</details>').length;
    return kept + '\n</details>'.repeat(Math.max(0, open)) + '\n' + note;
  };
  // The longest prefix of whole lines, ending outside a fence, that fits: binary search over
  // the cut points, as the length grows with n.
  const points = safeCutPoints(lines);
  let lo = Math.min(1, points.length - 1);
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(close(points[mid]!))) lo = mid;
    else hi = mid - 1;
  }
  return close(points[lo]!);
}

interface Level {
  readonly charts: number;
  readonly driftRows: number;
  readonly metricRows: number;
  readonly segmentRows: number;
  readonly paramRows: number;
  readonly fullFindings: number;
  readonly findingsShown: number;
}

const ALL_FINDINGS = { fullFindings: 99, findingsShown: 99 };
const NO_TABLES = { charts: 0, driftRows: 0, metricRows: 0, segmentRows: 0, paramRows: 0 };
/** The budget's steps, most complete first; exported for the trimming tests. */
export const LEVELS: readonly Level[] = [
  { charts: 4, driftRows: 60, metricRows: 40, segmentRows: 15, paramRows: 30, ...ALL_FINDINGS },
  { charts: 2, driftRows: 25, metricRows: 40, segmentRows: 15, paramRows: 30, ...ALL_FINDINGS },
  { charts: 1, driftRows: 10, metricRows: 15, segmentRows: 8, paramRows: 10, ...ALL_FINDINGS },
  { charts: 0, driftRows: 0, metricRows: 15, segmentRows: 8, paramRows: 10, ...ALL_FINDINGS },
  { charts: 0, driftRows: 0, metricRows: 8, segmentRows: 5, paramRows: 5, ...ALL_FINDINGS },
  { ...NO_TABLES, ...ALL_FINDINGS },
  { ...NO_TABLES, fullFindings: 5, findingsShown: 30 },
  { ...NO_TABLES, fullFindings: 2, findingsShown: 10 },
  { ...NO_TABLES, fullFindings: 1, findingsShown: 5 },
];

export function renderMarkdown(report: Report, opts: RenderOptions = {}): string {
  const maxChars = opts.maxChars ?? Infinity;
  const maxBytes = opts.maxBytes ?? Infinity;
  const fits = (s: string): boolean => s.length <= maxChars && (maxBytes === Infinity || utf8Length(s) <= maxBytes);
  // Degrade in steps, charts and tables before findings: fewer charts and drift rows → no
  // charts → shorter tables → no tables → fewer findings in full → titles only.
  const levels = LEVELS;
  let out = '';
  for (const lvl of levels) {
    out = render(report, lvl, lvl !== levels[0] ? opts.fullReportUrl : undefined);
    if (fits(out)) return out;
  }
  return cutToFit(out, fits, opts.fullReportUrl);
}

function render(
  report: Report,
  lvl: Level,
  truncatedUrl: string | undefined,
): string {
  // The first screen replaces the summary paragraph and the characterization line: both said
  // the same as the verdict, cause and symptom lines do (report.json keeps them).
  const L: string[] = [COMMENT_MARKER, ...renderFirstScreen(report)];
  const c = report.characterization;
  const shown = report.findings.slice(0, lvl.findingsShown);
  if (shown.length > 0) {
    L.push('## Findings');
    L.push('');
    shown.forEach((f, i) => L.push(findingBlock(f, i < lvl.fullFindings)));
    if (report.findings.length > shown.length) L.push(`…and ${report.findings.length - shown.length} more findings in report.json.\n`);
  }
  const charts = renderCharts(report.visuals, report.findings, lvl.charts);
  if (charts) L.push(charts);
  if (c && c.hypotheses.length > 0 && lvl.metricRows > 0) {
    L.push('<details><summary>Hypotheses considered</summary>');
    L.push('');
    for (const h of c.hypotheses) L.push(`- **${h.category}** — ${h.status.replace('_', ' ')}: ${inline(h.evidence)}`);
    L.push('');
    L.push('</details>');
    L.push('');
  }
  const metrics = report.metrics.filter((m) => m.status !== 'unchanged' || m.significant);
  if (metrics.length > 0 && lvl.metricRows > 0) {
    L.push('<details><summary>Metrics</summary>');
    L.push('');
    L.push('| metric | baseline | current | Δ | 95% CI | status |');
    L.push('|---|---:|---:|---:|---|---|');
    for (const m of metrics.slice(0, lvl.metricRows)) {
      const ci = m.ci ? `[${signed(m.ci[0])}, ${signed(m.ci[1])}]${m.significant ? ' *' : ''}` : '';
      L.push(`| ${cell(m.name)} | ${fmt(m.baseline)} | ${fmt(m.current)} | ${signed(m.delta)} | ${ci} | ${m.status} |`);
    }
    if (metrics.length > lvl.metricRows) L.push(`\n…${metrics.length - lvl.metricRows} more in report.json.`);
    L.push('');
    L.push('</details>');
    L.push('');
  }
  const segs = report.segments.filter((s) => s.significant);
  if (segs.length > 0 && lvl.segmentRows > 0) {
    L.push('<details><summary>Segments that moved (Benjamini–Hochberg q < 0.05)</summary>');
    L.push('');
    L.push('| table | segment | n | metric | baseline | current | Δ | 95% CI |');
    L.push('|---|---|---:|---|---:|---:|---:|---|');
    for (const s of segs.slice(0, lvl.segmentRows)) {
      L.push(`| ${cell(s.table)} | ${cell(`${s.column}=${s.value}`)} | ${s.n} | ${cell(s.metric)} | ${fmt(s.baseline)} | ${fmt(s.current)} | ${signed(s.delta)} | [${signed(s.ci[0])}, ${signed(s.ci[1])}] |`);
    }
    L.push('');
    L.push('</details>');
    L.push('');
  }
  const drift = renderDriftTable(report.visuals?.drift, lvl.driftRows);
  if (drift) L.push(drift);
  if (report.params.length > 0 && lvl.paramRows > 0) {
    L.push('<details><summary>Changed parameters</summary>');
    L.push('');
    L.push('| key | baseline | current |');
    L.push('|---|---|---|');
    for (const p of report.params.slice(0, lvl.paramRows)) L.push(`| ${cell(p.key)} | ${cell(String(p.baseline))} | ${cell(String(p.current))} |`);
    L.push('');
    L.push('</details>');
    L.push('');
  }
  // The LLM's explanation, when one was asked for: headed with the model's name, never the verdict.
  if (report.agent) L.push(renderAgentMarkdown(report.agent));
  if (truncatedUrl) L.push(`Shortened to fit a comment; the full report: ${truncatedUrl}\n`);
  L.push(`<sub>ml-doctor ${report.tool.version} · baseline: ${inline(report.baseline.source)} · deterministic engine (no LLM decided this verdict)</sub>`);
  return L.join('\n') + '\n';
}
