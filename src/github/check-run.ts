/**
 * The `ml-doctor` check run: conclusion from the verdict, the shortened report as its summary,
 * and annotations in batches of 50 (the most one request may carry): the first batch with the
 * creation, the rest appended by updates.
 */
import type { Verdict } from '../report/types.js';
import type { CheckAnnotation, CheckConclusion, PullRequestGateway } from './gateway.js';

export const CHECK_NAME = 'ml-doctor';
/** Deep runs (manual, informative) write their own check: they must never overwrite the gate's. */
export const DEEP_CHECK_NAME = 'ml-doctor (deep)';
export const ANNOTATIONS_PER_REQUEST = 50;
/** The check-run output summary is limited like a comment (65,535 characters). */
export const CHECK_SUMMARY_LIMIT = 65_535;

/** fail → failure (blocks a required check); warn → neutral (visible, not blocking); pass → success. */
export function conclusionOf(verdict: Verdict): CheckConclusion {
  return verdict === 'fail' ? 'failure' : verdict === 'warn' ? 'neutral' : 'success';
}

export interface CheckRunRequest {
  /** CHECK_NAME for the gate, DEEP_CHECK_NAME for a deep run. */
  readonly name: string;
  readonly headSha: string;
  readonly verdict: Verdict;
  readonly title: string;
  readonly summary: string;
  readonly annotations: readonly CheckAnnotation[];
  readonly detailsUrl: string | null;
}

export async function publishCheckRun(gw: PullRequestGateway, req: CheckRunRequest): Promise<{ id: number; htmlUrl: string; requests: number }> {
  if (req.summary.length > CHECK_SUMMARY_LIMIT) throw new Error(`check-run summary of ${req.summary.length} characters exceeds ${CHECK_SUMMARY_LIMIT}`);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < req.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(req.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const base = { title: req.title, summary: req.summary };
  const created = await gw.createCheckRun({
    name: req.name,
    headSha: req.headSha,
    conclusion: conclusionOf(req.verdict),
    detailsUrl: req.detailsUrl,
    output: { ...base, annotations: batches[0] ?? [] },
  });
  for (const batch of batches.slice(1)) await gw.updateCheckRun(created.id, { ...base, annotations: batch });
  return { ...created, requests: Math.max(1, batches.length) };
}
