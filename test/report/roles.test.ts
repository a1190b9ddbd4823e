// Typed reading of the diagnosis in report.json (issue 12): every finding says whether it is a
// cause or a symptom, and a cause carries the share of the regression it accounts for as numbers,
// so the first screen reads neither the category list nor the evidence text.
import { describe, expect, it } from 'vitest';
import { causeOf, isSymptom, shareClause } from '../../src/report/first-screen.js';
import type { Finding } from '../../src/report/types.js';
import { demoReport } from './outputs.js';

describe('finding roles and attributions', () => {
  it('marks every finding of the demo, symptoms being the explained ones and the regressions', async () => {
    const r = await demoReport();
    for (const f of r.findings) {
      expect(f.role).toBeDefined();
      if (f.explainedBy !== undefined) expect(f.role).toBe('symptom');
    }
    const cause = causeOf(r.findings)!;
    expect(cause.role).toBe('cause');
    expect(cause.attribution).toBeDefined();
    // The typed share and the evidence line say the same.
    expect(cause.evidence[0]!.text.toLowerCase()).toContain(shareClause(cause)!.replace(/ \(95 % CI .*$/, ''));
  });

  it('reads the role before the category', () => {
    const f: Finding = { id: 'F1', category: 'calibration', severity: 'major', area: 'model', title: 't', evidence: [], rootCause: '', fix: '', verification: '', prevention: '' };
    expect(isSymptom({ ...f, role: 'symptom' })).toBe(true);
    expect(isSymptom({ ...f, category: 'metric_regression', role: 'cause' })).toBe(false);
    // Without a role (an older report.json): the category list.
    expect(isSymptom({ ...f, category: 'metric_regression' })).toBe(true);
  });

  it('writes the share from the typed attribution', () => {
    const f: Finding = { id: 'F1', category: 'feature_drift', severity: 'critical', area: 'data', title: 't', evidence: [], rootCause: '', fix: '', verification: '', prevention: '', attribution: { share: 0.862, lo: 0.7, hi: 1.012, metric: 'accuracy' } };
    expect(shareClause(f)).toBe('accounts for 86 % of the accuracy regression (95 % CI 70 % to 101 %)');
  });
});
