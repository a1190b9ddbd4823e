// Scoring of a diagnosis against a scenario's truth.json, by CONTRACT §7. Shared by the scenario
// runner (scripts/scenarios.mjs) and the diagnosis benchmark (bench/diagnosis/run.mjs).

export const SEVERE = new Set(['major', 'critical']);
export const COUNTED = new Set(['minor', 'major', 'critical']);

/** Does a numeric bin label like "[1.2, 5)" contain v? */
export function binContains(label, v) {
  const m = /^([[(])\s*(-?[\d.e+-]+|-inf|-∞)\s*,\s*(-?[\d.e+-]+|inf|∞)\s*([\])])$/.exec(label);
  if (!m) return false;
  const lo = /inf|∞/.test(m[2]) ? -Infinity : Number(m[2]);
  const hi = /inf|∞/.test(m[3]) ? Infinity : Number(m[3]);
  const x = Number(v);
  if (!Number.isFinite(x)) return false;
  return (m[1] === '[' ? x >= lo : x > lo) && (m[4] === ']' ? x <= hi : x < hi);
}

/** Does finding f satisfy the truth's expectation e (category, and feature/segment where e names them)? */
export function matches(f, e) {
  if (f.category !== e.category) return false;
  if (e.feature !== undefined && f.feature !== e.feature) return false;
  if (e.segment) {
    if (!f.segment || f.segment.column !== e.segment.column) return false;
    if (e.segment.value !== undefined && String(f.segment.value) !== String(e.segment.value) && !binContains(String(f.segment.value ?? ''), e.segment.value)) return false;
  }
  return true;
}

/** The reasons a report is wrong for a truth; empty when it is right. */
export function score(report, truth) {
  const reasons = [];
  if (!truth.verdict.includes(report.verdict)) reasons.push(`verdict ${report.verdict} not in [${truth.verdict}]`);
  // "one of the first 3 findings (report order) of severity minor or higher"
  const first3 = report.findings.slice(0, 3).filter((f) => COUNTED.has(f.severity));
  for (const e of truth.expect ?? []) {
    if (!first3.some((f) => matches(f, e))) reasons.push(`expected ${JSON.stringify(e)} in the first 3 findings`);
  }
  if (truth.forbid_severe && report.findings.some((f) => SEVERE.has(f.severity))) reasons.push('a major/critical finding on a control');
  return reasons;
}
