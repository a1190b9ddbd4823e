/**
 * Exactly one ml-doctor comment per pull request and config: found by a hidden marker over every
 * page of comments, edited in place on later runs, and de-duplicated after a race (two runs
 * that both found nothing and both created one end with the oldest kept).
 */
import { COMMENT_MARKER, renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/types.js';
import { GatewayError, type IssueComment, type PullRequestGateway } from './gateway.js';

/** GitHub refuses comment bodies above 65,536 characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Room kept below the limit: GitHub counts characters, JavaScript UTF-16 units; emoji differ. */
const COMMENT_MARGIN = 1_000;

/** The hidden line that tells this config's comment apart from another ml-doctor step's. */
export function commentKeyMarker(key: string): string {
  // Only characters that cannot end an HTML comment or break a line.
  return `<!-- ml-doctor:key=${key.replace(/[^A-Za-z0-9._/@:+-]/g, '_')} -->`;
}

/** Puts the key marker on the line after the report marker (or both on top). */
export function withKeyMarker(markdown: string, key: string): string {
  const keyLine = commentKeyMarker(key);
  if (markdown.startsWith(COMMENT_MARKER + '\n')) return `${COMMENT_MARKER}\n${keyLine}\n${markdown.slice(COMMENT_MARKER.length + 1)}`;
  return `${COMMENT_MARKER}\n${keyLine}\n${markdown}`;
}

/**
 * The comment: the report shortened to fit (least important sections first, with a link to the
 * full report when something was cut), our key marker, and a footer.
 */
export function commentBody(report: Report, opts: { key: string; footer: string; fullReportUrl: string | null }): string {
  // Counted in UTF-8 bytes as well as UTF-16 units: a byte is never less than a character, so
  // the comment fits whichever way GitHub counts (issue 12: the size budget in bytes).
  const extra = (s: string) => Buffer.byteLength(s, 'utf8');
  const budget = GITHUB_COMMENT_LIMIT - COMMENT_MARGIN - extra(opts.footer) - extra(commentKeyMarker(opts.key)) - 1;
  const markdown = renderMarkdown(report, { maxChars: budget, maxBytes: budget, ...(opts.fullReportUrl ? { fullReportUrl: opts.fullReportUrl } : {}) });
  return withKeyMarker(markdown + opts.footer, opts.key);
}

/** Ours: starts with the report marker (a quote of it in a reply starts with `>`) and has our key. */
export function isOurComment(c: IssueComment, key: string): boolean {
  return c.body.startsWith(COMMENT_MARKER) && c.body.includes(commentKeyMarker(key));
}

export interface UpsertResult {
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly comment: IssueComment;
  /** Duplicates removed (left by an earlier race or by this one). */
  readonly removed: number;
}

async function deleteQuietly(gw: PullRequestGateway, id: number): Promise<boolean> {
  try {
    await gw.deleteIssueComment(id);
    return true;
  } catch (e) {
    // The other run of a race may have deleted it first.
    if (e instanceof GatewayError && e.status === 404) return false;
    throw e;
  }
}

/** Deletes every one of ours except `keep`. */
async function removeOthers(gw: PullRequestGateway, ours: readonly IssueComment[], keep: number): Promise<number> {
  let removed = 0;
  for (const c of ours) if (c.id !== keep && (await deleteQuietly(gw, c.id))) removed++;
  return removed;
}

/**
 * Creates or edits this config's comment on `pr`. `createIfMissing: false` only keeps an
 * existing comment current (comment: on-change with nothing to report).
 */
export async function upsertComment(
  gw: PullRequestGateway,
  pr: number,
  key: string,
  body: string,
  opts: { createIfMissing: boolean } = { createIfMissing: true },
): Promise<UpsertResult | null> {
  if (body.length > GITHUB_COMMENT_LIMIT) throw new Error(`comment body of ${body.length} characters exceeds GitHub's ${GITHUB_COMMENT_LIMIT}`);
  const ours = (await gw.listIssueComments(pr)).filter((c) => isOurComment(c, key));
  if (ours.length > 0) {
    // The oldest is the one readers have seen (and may have linked to).
    const keep = ours.reduce((a, b) => (b.id < a.id ? b : a));
    const removed = await removeOthers(gw, ours, keep.id);
    if (keep.body === body) return { action: 'unchanged', comment: keep, removed };
    return { action: 'updated', comment: await gw.updateIssueComment(keep.id, body), removed };
  }
  if (!opts.createIfMissing) return null;

  const created = await gw.createIssueComment(pr, body);
  // Another run may have created one between our listing and our creation: look again and keep
  // the oldest. Both runs of a race reach the same choice, so they converge on one comment.
  const after = (await gw.listIssueComments(pr)).filter((c) => isOurComment(c, key));
  const all = after.some((c) => c.id === created.id) ? after : [...after, created];
  const keep = all.reduce((a, b) => (b.id < a.id ? b : a));
  const removed = await removeOthers(gw, all, keep.id);
  if (keep.id === created.id) return { action: 'created', comment: created, removed };
  return { action: 'updated', comment: keep.body === body ? keep : await gw.updateIssueComment(keep.id, body), removed };
}
