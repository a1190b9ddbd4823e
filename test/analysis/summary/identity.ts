// How the summary tests compare the findings of the summary path with the row path's.
import type { Report } from '../../../src/report/types.js';

export interface FindingIdentity {
  category: string;
  feature: string | null;
  segment: string | null;
  /** null where the row path measured the finding's share of the regression (see below). */
  severity: string | null;
}

const key = (f: FindingIdentity) => `${f.category}|${f.feature ?? ''}|${f.segment ?? ''}`;

/**
 * The findings of both reports as sorted identities (category, feature, segment column, severity),
 * limited to `categories`. The row path sets a cause's severity from the share of the regression
 * it accounts for, measured on the rows (issue 10's attribution; its evidence starts "Accounts
 * for"); a summary has no rows to measure it on (docs/summary.md), so the severity of those
 * findings is not compared — their presence, feature and segment are. Order is not compared
 * either: the row path ranks causes by those shares.
 */
export function comparableFindings(rows: Report, summary: Report, categories: ReadonlySet<string>): { rows: FindingIdentity[]; summary: FindingIdentity[] } {
  const id = (r: Report, attributed: ReadonlySet<string> | null) =>
    r.findings
      .filter((f) => f.severity !== 'info' && categories.has(f.category))
      .map((f) => {
        const base = { category: f.category, feature: f.feature ?? null, segment: f.segment?.column ?? null };
        const isAttributed = attributed ? attributed.has(key({ ...base, severity: null })) : f.evidence[0]?.text.startsWith('Accounts for') === true;
        return { ...base, severity: isAttributed && !['metric_regression', 'segment_regression', 'prediction_shift'].includes(f.category) ? null : f.severity };
      })
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const fromRows = id(rows, null);
  const attributed = new Set(fromRows.filter((f) => f.severity === null).map(key));
  return { rows: fromRows, summary: id(summary, attributed) };
}
