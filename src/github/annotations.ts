/**
 * Check-run annotations on the lines a pull request changed in params/config files, for the
 * parameter keys that findings name (`optimizer.lr` → the added `lr: 0.01` line). Pure: report
 * and diff in, annotations out.
 */
import { plainText } from '../report/escape.js';
import type { Finding, Report } from '../report/types.js';
import type { AnnotationLevel, ChangedFile, CheckAnnotation } from './gateway.js';

/** Files that can hold parameters: config formats, whatever their name. */
const CONFIG_FILE = /\.(ya?ml|json|toml|ini|cfg|conf)$/i;

/** GitHub's annotation title limit is 255 characters; a message this long is already unreadable. */
const ANNOTATION_TITLE_MAX = 255;
const ANNOTATION_MESSAGE_MAX = 4_000;

const LEVEL: Record<Finding['severity'], AnnotationLevel> = { critical: 'failure', major: 'warning', minor: 'notice', info: 'notice' };

export interface AddedLine {
  readonly line: number;
  readonly text: string;
}

/** Lines a unified-diff patch adds, with their line numbers in the new file. */
export function addedLines(patch: string): AddedLine[] {
  const out: AddedLine[] = [];
  let next = 0;
  for (const raw of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0 || raw.startsWith('\\')) continue;
    if (raw.startsWith('+')) out.push({ line: next++, text: raw.slice(1) });
    else if (!raw.startsWith('-')) next++;
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Does `text` mention `key` as a whole (not as part of a longer key)? */
function mentions(text: string, key: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_.])${escapeRegExp(key)}($|[^A-Za-z0-9_])`).test(text);
}

/** A line that assigns the key's last segment: `lr: 0.01`, `"lr": 0.01`, `lr = 0.01`, `{ lr: 0.01 }`. */
function assigns(text: string, key: string): boolean {
  const leaf = escapeRegExp(key.split('.').pop()!);
  return new RegExp(`(^|[\\s{,])["']?${leaf}["']?\\s*[:=]`).test(text);
}

function findingText(f: Finding): string {
  return [f.title, f.rootCause, f.fix, ...f.evidence.map((e) => e.text)].join('\n');
}

/** Keys of changed parameters (report.params) that a finding names. */
export function keysNamedBy(f: Finding, keys: readonly string[]): string[] {
  const text = findingText(f);
  return keys.filter((k) => mentions(text, k));
}

export function annotationsFor(report: Pick<Report, 'findings' | 'params'>, files: readonly ChangedFile[]): CheckAnnotation[] {
  const keys = report.params.map((p) => p.key);
  const candidates = files.filter((f) => f.patch !== null && f.status !== 'removed' && CONFIG_FILE.test(f.path)).map((f) => ({ path: f.path, added: addedLines(f.patch!) }));
  const out: CheckAnnotation[] = [];
  const seen = new Set<string>();
  // A symptom names its cause's parameter too; the line is annotated once, by the cause.
  for (const f of report.findings.filter((x) => x.explainedBy === undefined)) {
    for (const key of keysNamedBy(f, keys)) {
      const p = report.params.find((x) => x.key === key)!;
      for (const file of candidates) {
        for (const l of file.added) {
          if (!assigns(l.text, key)) continue;
          const id = `${f.id}|${file.path}|${l.line}`;
          if (seen.has(id)) continue;
          seen.add(id);
          out.push({
            path: file.path,
            startLine: l.line,
            endLine: l.line,
            level: LEVEL[f.severity],
            // Shown as plain text, but quoting data: mentions broken, invisible characters shown, length capped.
            title: plainText(`ml-doctor ${f.id}: ${key} ${String(p.baseline)} → ${String(p.current)}`, ANNOTATION_TITLE_MAX),
            message: plainText(`${f.title}\n\n${f.rootCause}\n\nFix: ${f.fix}`, ANNOTATION_MESSAGE_MAX, true),
          });
        }
      }
    }
  }
  return out;
}
