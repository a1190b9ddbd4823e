/**
 * The per-feature drift table of report.md: every feature compared, drifted ones first, with the
 * numbers an Evidently user looks for (PSI, the KS or χ² p-value, the change in missing values).
 * Collapsed: it is reference material, the findings above say what matters.
 */
import { cell, code } from './escape.js';
import { fmt, pct } from './format.js';
import type { DriftRow } from './types.js';

const COMPARED: Record<DriftRow['comparison'], string> = {
  eval: 'eval: base → current',
  train_vs_eval: 'train sample → eval',
  reference: 'train sample: base → current',
};

/** The collapsed table with at most `maxRows` rows ('' when there is nothing or no room). */
export function renderDriftTable(rows: readonly DriftRow[] | undefined, maxRows: number): string {
  if (!rows || rows.length === 0 || maxRows <= 0) return '';
  const drifted = rows.filter((r) => r.drifted).length;
  const features = new Set(rows.map((r) => r.feature)).size;
  const shown = rows.slice(0, maxRows);
  const L: string[] = [];
  L.push(`<details><summary>Feature drift: ${drifted} of ${features} feature${features === 1 ? '' : 's'} drifted</summary>`);
  L.push('');
  L.push('| feature | compared | PSI | test | p | missing (base → current) | drifted |');
  L.push('|---|---|---:|---|---:|---|---|');
  for (const r of shown) {
    const missing = r.missingBase === null && r.missingCurrent === null ? '—' : `${pct(r.missingBase)} → ${pct(r.missingCurrent)}`;
    const where = r.segment ? ` in ${code(`${r.segment.column}=${r.segment.value}`, { table: true })}` : '';
    L.push(`| ${cell(r.feature)} | ${COMPARED[r.comparison]} | ${fmt(r.psi, 3)} | ${r.test === 'ks' ? 'KS' : 'χ²'} | ${fmt(r.pValue, 4)} | ${missing} | ${r.drifted ? `**yes**${where}` : 'no'} |`);
  }
  if (rows.length > shown.length) L.push(`\n…${rows.length - shown.length} more rows in report.json (\`visuals.drift\`).`);
  const sources = [...new Set(rows.map((r) => r.source))];
  L.push('');
  L.push(`PSI over ten baseline-decile bins (categories for text columns); KS p for numeric features, χ² p for categorical ones. Compared: ${sources.map((s) => code(s)).join(', ')}.`);
  L.push('');
  L.push('</details>');
  L.push('');
  return L.join('\n');
}
