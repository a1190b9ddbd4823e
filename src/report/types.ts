/**
 * report.json, schemaVersion 1 (CONTRACT §5). Fields beyond the contract are optional
 * extensions (characterization, hypotheses, explainedBy); nothing in the contract is renamed.
 */
import type { Area, Category, Evidence, SegmentRef } from '../analysis/signals.js';
import type { AgentSection } from '../llm/types.js';

export type Severity = 'critical' | 'major' | 'minor' | 'info';
export type Verdict = 'pass' | 'warn' | 'fail';

export interface Finding {
  id: string;
  category: Category;
  severity: Severity;
  area: Area;
  title: string;
  metric?: string;
  feature?: string;
  segment?: SegmentRef;
  evidence: Evidence[];
  rootCause: string;
  fix: string;
  verification: string;
  prevention: string;
  /** Extension: id of the finding that explains this one (a symptom points to its cause). */
  explainedBy?: string;
}

export interface MetricRow {
  name: string;
  baseline: number | null;
  current: number | null;
  delta: number | null;
  direction: 'higher' | 'lower';
  status: 'regressed' | 'improved' | 'unchanged' | 'new' | 'removed';
  ci?: [number, number];
  significant?: boolean;
}

export interface ParamRow {
  key: string;
  baseline: string | number | boolean | null;
  current: string | number | boolean | null;
}

export interface SegmentRow {
  table: string;
  column: string;
  value: string;
  n: number;
  metric: string;
  baseline: number;
  current: number;
  delta: number;
  ci: [number, number];
  significant: boolean;
}

export interface Hypothesis {
  category: Category;
  status: 'supported' | 'ruled_out' | 'untested';
  evidence: string;
}

export interface Characterization {
  symptom: string;
  phase: 'training' | 'validation' | 'eval' | 'none';
  kind: 'data' | 'model' | 'training' | 'evaluation' | 'infrastructure' | 'none';
  severity: Severity | 'none';
  hypotheses: Hypothesis[];
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'ml-doctor'; version: string };
  verdict: Verdict;
  summary: string;
  baseline: { source: 'path' | 'artifact' | 'git' | 'none'; ref: string };
  current: { source: 'path' | 'artifact' | 'git'; ref: string };
  metrics: MetricRow[];
  params: ParamRow[];
  segments: SegmentRow[];
  findings: Finding[];
  characterization?: Characterization;
  /** Present only when an LLM was asked for (CONTRACT §8); never affects anything else. */
  agent?: AgentSection;
}
