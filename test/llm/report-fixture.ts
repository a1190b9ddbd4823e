// Reports for the agent's tests: the churn example's report.json (a frozen copy, so these tests
// do not move when the engine does) and a small hand-written one.
import { readFileSync } from 'node:fs';
import type { Report } from '../../src/report/types.js';

export function churnReport(): Report {
  return JSON.parse(readFileSync(new URL('./fixtures/churn-report.json', import.meta.url), 'utf8')) as Report;
}

export function smallReport(): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'ml-doctor', version: '0.1.0' },
    verdict: 'fail',
    summary: 'Verdict fail: 1 critical. Most likely root cause (feature_drift): PSI 0.42 for distance within origin=ORD (n=1490).',
    baseline: { source: 'path', ref: 'base' },
    current: { source: 'path', ref: 'current' },
    metrics: [
      { name: 'test.accuracy', baseline: 0.91, current: 0.8288, delta: -0.0812, direction: 'higher', status: 'regressed', ci: [-0.1, -0.06], significant: true },
      { name: 'test.latency_ms', baseline: 12, current: 12, delta: 0, direction: 'lower', status: 'unchanged' },
    ],
    params: [{ key: 'optimizer.lr', baseline: 0.001, current: 0.01 }],
    segments: [
      { table: 'eval/predictions.csv', column: 'origin', value: 'ORD', n: 1490, metric: 'accuracy', baseline: 0.9, current: 0.74, delta: -0.16, ci: [-0.19, -0.13], significant: true },
      { table: 'eval/predictions.csv', column: 'origin', value: 'JFK', n: 1210, metric: 'accuracy', baseline: 0.91, current: 0.905, delta: -0.005, ci: [-0.02, 0.01], significant: false },
    ],
    findings: [
      {
        id: 'F1',
        category: 'feature_drift',
        severity: 'critical',
        area: 'data',
        title: 'PSI 0.42 for distance within origin=ORD (n=1490)',
        feature: 'distance',
        segment: { column: 'origin', value: 'ORD' },
        evidence: [{ text: '12.8% of distance values fall outside the baseline range', value: 0.128 }],
        rootCause: 'The distribution of `distance` moved within origin=ORD.',
        fix: 'Restore the previous data source.',
        verification: 'PSI below 0.1.',
        prevention: 'Add a data-contract test.',
      },
      {
        id: 'F2',
        category: 'segment_regression',
        severity: 'major',
        area: 'model',
        title: 'Accuracy fell 16.0 pts for origin=ORD (n=1490)',
        metric: 'accuracy',
        segment: { column: 'origin', value: 'ORD' },
        evidence: [{ text: 'Accuracy 0.9 → 0.74', value: 0.74 }],
        rootCause: 'Explained by F1.',
        fix: 'Fix F1.',
        verification: 'Accuracy back within its CI.',
        prevention: 'Name origin under eval[].segments.',
        explainedBy: 'F1',
      },
    ],
  };
}
