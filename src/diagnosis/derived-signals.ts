/**
 * Signals the diagnosis derives itself from what the analysis stages hand over: metric-file
 * regressions (when no eval rows can test them) and infrastructure problems.
 */
import type { RunAnalysis } from '../analysis/analyze.js';
import type { Signal } from '../analysis/signals.js';
import { protectedColumnNames } from '../analysis/performance/bias.js';
import { confirmatoryMetricSignals, confirmatorySegmentSignals, namedGroupSignals, type NamedGroup } from '../analysis/performance/signals.js';
import { sameIdSequence } from '../artifacts/row-ids.js';
import { HashIndex } from '../analysis/data/columns.js';
import { share } from '../report/format.js';
import type { OnMissingBaseline } from '../config/config.js';

/**
 * A baseline eval table that the current run did not write: every row-level test stands on it,
 * so the model was not checked at all — a gate must not pass that quietly (major). It is not
 * evidence that the model got worse, so not critical on its own.
 */
export const STRENGTH_MISSING_EVAL_TABLE = 0.6;
/** A training log the baseline had and the current run lacks: the training checks are blind (minor). */
export const STRENGTH_MISSING_TRAIN_LOG = 0.3;
/**
 * A segment is where a regression sits when it got at least this many times worse than the rest
 * of the data (see `localization`); below it the whole model got worse and the segment only
 * carries its share.
 */
export const LOCALIZED = 2;

/** A signal that reached minor severity (significant, strength ≥ 0.25; see diagnose's severityOf). */
const counts = (s: Signal): boolean => s.significant && s.strength >= 0.25;

/** Top-level sections of a metrics file that are not the eval's headline numbers. */
const NOT_HEADLINE = /^(train|training|val|valid|validation|data|dataset|meta|info|time|timing|system)(\.|:|$)/i;

/**
 * Without eval rows, a metrics-file change cannot be tested against noise. We then call a change
 * "significant" only when it exceeds the configured tolerance or, without one, 2 % relative —
 * a deliberately conservative line, stated in the evidence so the reader knows it is not a test.
 */
export function metricFileSignals(a: RunAnalysis): Signal[] {
  const rowTested = new Set(a.signals.filter((s) => s.category === 'metric_regression' && s.metric).map((s) => s.metric!.split('.').pop()!));
  const rowsAvailable = a.evalPairs.some((p) => p.base !== null);
  const out: Signal[] = [];
  for (const m of a.metricDiffs) {
    // A metric whose better direction is only a guess (no known name, no config rule) is not an alarm.
    if (m.status !== 'regressed' || m.baseline === null || m.current === null || !m.directionKnown) continue;
    const leaf = m.name.split(/[.:]/).pop()!;
    if (rowTested.has(leaf) || NOT_HEADLINE.test(m.name)) continue;
    // With eval rows the row-based test is the judge; file-only metrics there are context, not alarms.
    if (rowsAvailable && !m.nonFinite) continue;
    const rel = m.nonFinite ? Infinity : Math.abs(m.delta!) / Math.max(Math.abs(m.baseline), 1e-12);
    const strength = m.nonFinite ? 0.9 : Math.min(1, rel / 0.1);
    out.push({
      category: 'metric_regression',
      area: 'model',
      strength,
      significant: m.nonFinite || rel > 0.02,
      title: m.nonFinite
        ? `${m.name} is ${String(m.current)} (baseline ${m.baseline})`
        : `${m.name} ${m.direction === 'higher' ? 'fell' : 'rose'} from ${round(m.baseline)} to ${round(m.current)} (${(rel * 100).toFixed(1)} % relative)`,
      metric: m.name,
      source: 'metrics file',
      evidence: [
        { text: `${m.name}: ${round(m.baseline)} → ${round(m.current)} (Δ ${round(m.delta!)})`, value: m.delta! },
        { text: 'from the metrics file only: no eval rows to test the change against noise (threshold 2 % relative)' },
      ],
      details: { baseline: m.baseline, current: m.current, delta: m.delta, relative: rel },
    });
  }
  return out;
}

/** What the review knows about a missing baseline. */
export interface BaselineStatus {
  /** Which sources were tried and why each failed. */
  readonly reason?: string | undefined;
  /** A source failed with an error (API, permission, vanished artifact), not "none exists yet". */
  readonly fetchFailed: boolean;
}

/**
 * Strength of a baseline problem that is an error, not a new repository: critical by default, so
 * `fail-on: critical` holds during an outage or after a permissions slip; major when the user
 * chose `on-missing-baseline: warn`. "No baseline yet" is major (a warning with the how-to).
 */
const BASELINE_ERROR_STRENGTH: Record<OnMissingBaseline, number> = { fail: 0.9, warn: 0.5 };
const NO_BASELINE_YET_STRENGTH = 0.5;

export function infrastructureSignals(a: RunAnalysis, baseline: BaselineStatus, onMissing: OnMissingBaseline): Signal[] {
  const out: Signal[] = [];
  for (const p of a.problems) {
    if (p.truncated) {
      // A table cut off mid-write: the job that wrote it died, and every test on it saw only part of
      // the rows. As serious as a missing eval table (major): the gate must not pass it quietly.
      out.push({
        category: 'infrastructure',
        area: 'infrastructure',
        strength: STRENGTH_MISSING_EVAL_TABLE,
        significant: true,
        title: `A table was cut off mid-write: ${p.file} ends inside line ${p.truncated.line}`,
        source: p.file,
        evidence: [{ text: p.message }],
        details: {
          file: p.file,
          line: p.truncated.line,
          rows_kept: p.truncated.rowsKept,
          fix: `The step that writes ${p.file} was killed or its upload cut short (out of memory, a timeout, a full disk): check that job's log, then re-run it so the file is complete.`,
        },
      });
      continue;
    }
    out.push({
      category: 'infrastructure',
      area: 'infrastructure',
      strength: 0.5,
      significant: true,
      title: `Artifact could not be read: ${p.message}`,
      source: p.file,
      evidence: [{ text: p.message }],
      details: { file: p.file, fix: `Fix or regenerate ${p.file}; the review ran without it.` },
    });
  }
  for (const m of a.missingInCurrent) {
    out.push({
      category: 'infrastructure',
      area: 'infrastructure',
      strength: m.kind === 'eval table' ? STRENGTH_MISSING_EVAL_TABLE : STRENGTH_MISSING_TRAIN_LOG,
      significant: true,
      title: `The current run has no ${m.kind} where the baseline has ${m.path}`,
      source: m.path,
      evidence: [{ text: `baseline ${m.kind} ${m.path} has no counterpart in the current run: the step that writes it failed or was skipped` }],
      details: {
        file: m.path,
        fix: `Check the CI step that writes ${m.path}: it did not produce it for this run (a failed or skipped eval/training step). Re-run it; ${m.kind === 'eval table' ? 'the row-level comparison' : 'the training-curve checks'} need it.`,
      },
    });
  }
  if (!a.hasBaseline && baseline.fetchFailed) {
    out.push({
      category: 'infrastructure',
      area: 'infrastructure',
      strength: BASELINE_ERROR_STRENGTH[onMissing],
      significant: true,
      title: 'The baseline could not be fetched: this run was not compared, so the gate cannot pass it',
      evidence: [{ text: baseline.reason ?? 'the baseline source failed' }],
      details: {
        fix: 'Fix the cause named in the evidence (permissions, rate limit, an expired artifact) and re-run the job; to let the gate warn instead while GitHub is failing, set on-missing-baseline: warn.',
      },
    });
  } else if (!a.hasBaseline) {
    out.push({
      category: 'infrastructure',
      area: 'infrastructure',
      strength: NO_BASELINE_YET_STRENGTH,
      significant: true,
      title: 'No baseline found: nothing to compare this run with',
      evidence: [{ text: baseline.reason ?? 'no baseline directory was given' }],
      details: {
        fix: 'Upload the artifacts directory as a workflow artifact on every push to the default branch (see examples/workflows/baseline-on-main.yml), or pass --baseline / baseline-path.',
      },
    });
  } else if (a.counts.baseFiles === 0) {
    // An empty baseline compares nothing; "0 regressions" would be a pass on no evidence.
    out.push({
      category: 'infrastructure',
      area: 'infrastructure',
      strength: BASELINE_ERROR_STRENGTH[onMissing],
      significant: true,
      title: 'The baseline holds no artifacts ml-doctor recognises: nothing was compared',
      evidence: [{ text: 'expected metrics.json, params.yaml, eval/*.csv, train_log.csv or data/*.csv in the baseline (CONTRACT §1)' }],
      details: { fix: 'Check that the baseline job uploads the artifacts directory itself (not an empty or parent directory), or point --baseline / baseline-path at it.' },
    });
  }
  if (a.hasBaseline && a.counts.curFiles === 0) {
    out.push({
      category: 'infrastructure',
      area: 'infrastructure',
      strength: 0.5,
      significant: true,
      title: 'The current run has no artifacts ml-doctor recognises',
      evidence: [{ text: 'expected metrics.json, params.yaml, eval/*.csv, train_log.csv or data/*.csv (CONTRACT §1)' }],
      details: { fix: 'Write the artifacts under the directory given as --current / `artifacts`, or name them in .github/ml-doctor.yml.' },
    });
  }
  return out;
}

function round(v: number): number {
  return Number(v.toPrecision(4));
}

/** Categories that are symptoms, not causes. */
const SYMPTOM_CATEGORIES = new Set(['metric_regression', 'segment_regression', 'prediction_shift', 'infrastructure', 'config_change']);

/**
 * When the model got worse, nothing upstream (data, preprocessing, training) explains it, and
 * parameters changed, the changed parameters are the remaining suspects: the eval rows are the
 * same, so the difference must come from the model or its post-processing.
 */
/** A parameter suspected by elimination alone is at most major: nothing but the absence of other causes ties it to the regression. */
const ELIMINATION_CAP = 0.79;
/** …and at most minor when only seeds, names, paths or execution settings changed (see `weak` below). */
const RESEED_ONLY_CAP = 0.49;

export function configSuspectSignals(a: RunAnalysis, signals: readonly Signal[]): Signal[] {
  if (a.paramChanges.length === 0) return [];
  const regressions = signals.filter((s) => (s.category === 'metric_regression' || s.category === 'segment_regression') && counts(s));
  if (regressions.length === 0) return [];
  const causes = signals.filter((s) => !SYMPTOM_CATEGORIES.has(s.category) && counts(s));
  if (causes.length > 0 || signals.some((s) => s.category === 'config_change' || s.details['kind'] === 'decision_rule')) return [];
  const strongest = regressions.reduce((m, s) => (s.strength > m.strength ? s : m));
  // Keys that rarely change a model's quality on their own go last (ids, paths, names, seeds,
  // and how the job runs: parallelism, logging).
  const weak = (k: string) => /(seed|name|path|dir|source|version|snapshot|tag|comment|description|workers|threads|n_jobs|log_every|log_interval|logging_steps|verbose|verbosity)$/i.test(k);
  const keys = [...a.paramChanges].sort((x, y) => Number(weak(x.key)) - Number(weak(y.key)));
  // Only such keys changed: the retrain drew differently, it did not learn differently — a
  // regression after it alone is run-to-run variation, worth a note, not a warning.
  const cap = keys.every((k) => weak(k.key)) ? RESEED_ONLY_CAP : ELIMINATION_CAP;
  const first = keys[0]!;
  const list = keys.slice(0, 5).map((p) => `${p.key}: ${String(p.baseline)} → ${String(p.current)}`);
  return [
    {
      category: 'config_change',
      area: 'model',
      strength: Math.min(cap, strongest.strength),
      significant: true,
      title: `${keys.length === 1 ? 'Only one parameter changed' : `${keys.length} parameters changed`} and no data or training cause was found: ${list[0]}`,
      evidence: [
        ...list.map((t) => ({ text: t })),
        { text: `regression it must explain: ${strongest.title}` },
        { text: 'ruled out upstream: no feature drift, data-quality, preprocessing, leakage, label or training-log signal reached minor severity' },
      ],
      details: { key: first.key, baseline: first.baseline, current: first.current, changed: keys.length, suspected_by: 'elimination' },
    },
  ];
}

/**
 * How much worse a segment got than the rest of the data: its delta over the rest's delta,
 * derived from its share of the overall drop (share = n·d_seg / (N·D)). Infinity when the rest
 * did not get worse at all.
 */
export function localization(share: number, n: number, total: number): number {
  if (n >= total) return 1;
  if (share >= 1) return Infinity;
  if (share <= 0) return 0;
  return (share * (total - n)) / (n * (1 - share));
}

/** The training data's make-up of `column` changed: the reference sample drifted on it. */
export function trainingMixChanged(signals: readonly Signal[], column: string | undefined): boolean {
  return column !== undefined && signals.some((s) => s.category === 'feature_drift' && s.details['comparison'] === 'reference' && s.feature === column && counts(s));
}

/**
 * A protected group that got worse than its own baseline, and worse than the rest of the data
 * (a localized segment regression on a protected attribute), is a disparity that grew, whatever
 * the best-minus-worst gap did — with three or more groups a group can drop while staying inside
 * the range. It is reported as `bias` when the training data's make-up of that attribute changed
 * (the reference sample drifted on it), or when no upstream cause could explain the drop: a group
 * that suffers because a feature broke is the feature's finding, not a bias finding.
 */
export function groupRegressionSignals(a: RunAnalysis, signals: readonly Signal[]): Signal[] {
  const protectedCols = new Set(a.evalPairs.flatMap((p) => (p.base ? protectedColumnNames(p.cur) : [])));
  if (protectedCols.size === 0) return [];
  const nCur = a.evalPairs.reduce((m, p) => Math.max(m, p.cur.n), 0);
  const trainingChanged = (col: string) => trainingMixChanged(signals, col);
  const upstream = signals.some(
    (s) => !SYMPTOM_CATEGORIES.has(s.category) && s.category !== 'bias' && counts(s) && !(s.category === 'feature_drift' && s.details['comparison'] === 'reference' && protectedCols.has(s.feature ?? '')),
  );
  const byColumn = new Map<string, Signal>();
  for (const s of signals) {
    if (s.category !== 'segment_regression' || !counts(s) || !s.segment || s.segment.column.includes(' & ')) continue;
    const col = s.segment.column;
    if (!protectedCols.has(col) || signals.some((b) => b.category === 'bias' && b.segment?.column === col && counts(b))) continue;
    if (upstream && !trainingChanged(col)) continue;
    const share = s.details['shareOfDrop'];
    const n = s.details['n'];
    if (typeof share === 'number' && typeof n === 'number' && nCur > 0 && localization(share, n, nCur) < LOCALIZED) continue;
    const prev = byColumn.get(col);
    if (!prev || s.strength > prev.strength) byColumn.set(col, s);
  }
  return [...byColumn.values()].map((s) => ({
    category: 'bias',
    area: 'model',
    strength: s.strength,
    significant: true,
    title: `Protected group ${s.segment!.column}=${s.segment!.value} got worse than the rest of the data`,
    ...(s.metric !== undefined ? { metric: s.metric } : {}),
    segment: { column: s.segment!.column, value: s.segment!.value },
    evidence: [
      { text: s.title },
      ...s.evidence,
      {
        text: trainingChanged(s.segment!.column)
          ? `the training data's make-up of ${s.segment!.column} changed (reference sample drift)`
          : 'no upstream data or training cause was found that explains the drop',
      },
    ],
    details: { ...s.details, derived_from: 'segment_regression' },
  }));
}

/**
 * Causes whose segment is found from the features alone: a drift, a broken or re-coded input
 * located in one segment. (A label-noise segment is not among them: its suspected errors are rows
 * the model gets confidently wrong, the same rows a worse metric counts.)
 */
const FEATURE_SIDE = new Set<string>(['feature_drift', 'data_quality', 'preprocessing']);

/**
 * The segments a cause names before any eval outcome is looked at (namedGroups). Keys
 * `column\u0000value`.
 */
export function namedSegmentKeys(signals: readonly Signal[]): Set<string> {
  return new Set(namedGroups(signals).map((g) => `${g.column}\u0000${g.value}`));
}

/**
 * A segment regression on a segment a cause named is read at its point estimate
 * (`strength_named`, see SegmentReading in performance/signals.ts) instead of the conservative end
 * of its interval: the conservative reading corrects the winner's curse of a segment picked as
 * the worst among many, and a named segment was not picked by its outcome.
 */
export function readNamedSegments(signals: readonly Signal[]): Signal[] {
  const keys = namedSegmentKeys(signals);
  if (keys.size === 0) return [...signals];
  return signals.map((s) => {
    const named = s.details['strength_named'];
    if (s.category !== 'segment_regression' || !s.segment || typeof named !== 'number' || !(named > s.strength)) return s;
    if (!keys.has(`${s.segment.column}\u0000${s.segment.value}`)) return s;
    return { ...s, strength: named, details: { ...s.details, read_at: 'point estimate (segment named by a cause)' } };
  });
}

/**
 * Segment regressions on the columns that a cause names — a training-data make-up that changed
 * (a reference drift of that column) or a cause located in a segment — tested as a confirmatory
 * family of their own (see confirmatorySegmentSignals).
 */
export function namedSegmentSignals(a: RunAnalysis, signals: readonly Signal[]): Signal[] {
  const columns = new Set<string>();
  for (const s of signals) {
    if (!counts(s) || SYMPTOM_CATEGORIES.has(s.category)) continue;
    if (s.category === 'feature_drift' && s.details['comparison'] === 'reference' && s.feature) columns.add(s.feature);
    if (s.segment && !s.segment.column.includes(' & ')) columns.add(s.segment.column);
  }
  if (columns.size === 0) return [];
  const family = a.evalPairs.filter((p) => p.base !== null).flatMap((p) => confirmatorySegmentSignals(p.performance, columns));
  const groups = namedGroups(signals);
  const already = new Set([...signals, ...family].filter((s) => s.category === 'segment_regression' && s.segment).map((s) => `${s.segment!.column}\u0000${s.segment!.value}`));
  const directional = groups.length === 0 ? [] : a.evalPairs.filter((p) => p.base !== null).flatMap((p) => namedGroupSignals(p.performance, groups, already));
  return [...family, ...directional];
}

/**
 * The groups the causes name before any eval outcome is looked at, each predicted to get worse:
 * the value of a column whose share of the training sample fell most (a reference drift's
 * `most_reduced_value`), and the segment a feature-side cause is located in (FEATURE_SIDE).
 */
export function namedGroups(signals: readonly Signal[]): NamedGroup[] {
  const out = new Map<string, NamedGroup>();
  for (const s of signals) {
    if (!counts(s) || !FEATURE_SIDE.has(s.category)) continue;
    const reduced = s.details['most_reduced_value'];
    const before = s.details['most_reduced_base'];
    const after = s.details['most_reduced_cur'];
    if (s.category === 'feature_drift' && s.details['comparison'] === 'reference' && s.feature && typeof reduced === 'string') {
      const shares = typeof before === 'number' && typeof after === 'number' ? ` ${share(before)} → ${share(after)}` : '';
      const key = `${s.feature}\u0000${reduced}`;
      if (!out.has(key)) out.set(key, { column: s.feature, value: reduced, because: `its share of the training sample fell${shares}` });
    } else if (s.segment && !s.segment.column.includes(' & ')) {
      const key = `${s.segment.column}\u0000${s.segment.value}`;
      if (!out.has(key)) out.set(key, { column: s.segment.column, value: s.segment.value, because: `${s.category.replaceAll('_', ' ')} located there` });
    }
  }
  return [...out.values()];
}

/** Metrics-file names that mean the same as a metric recomputed from rows. */
const ALIASES: Record<string, string> = { roc_auc: 'auc', logloss: 'log_loss', acc: 'accuracy', brier_score: 'brier', ap: 'average_precision', auc_ovr: 'auc_ovr_macro' };
/** Metrics with one definition everywhere (ECE, MAPE and friends depend on binning/conventions). */
const CHECKABLE = new Set(['accuracy', 'precision', 'recall', 'f1', 'f1_macro', 'f1_weighted', 'auc', 'auc_ovr_macro', 'average_precision', 'log_loss', 'brier', 'rmse', 'mae', 'r2']);

export function rowMetricName(name: string): string | null {
  const leaf = name.split(/[.:]/).pop()!.toLowerCase();
  const m = ALIASES[leaf] ?? leaf;
  return CHECKABLE.has(m) || m === 'ece' || m === 'mean_error' || m === 'mape' ? m : null;
}

/**
 * The current run's metrics file against the same metrics recomputed from its eval rows: a
 * mismatch means the file was written from other rows, another threshold or a stale step.
 */
export function consistencySignals(a: RunAnalysis): Signal[] {
  if (a.evalPairs.length !== 1) return [];
  const perf = a.evalPairs[0]!.performance;
  const out: Signal[] = [];
  for (const m of a.metricDiffs) {
    if (m.current === null || NOT_HEADLINE.test(m.name)) continue;
    const rowName = rowMetricName(m.name);
    if (!rowName || !CHECKABLE.has(rowName)) continue;
    const rows = perf.metrics.find((x) => x.name === rowName)?.current;
    if (rows === null || rows === undefined || !Number.isFinite(m.current)) continue;
    const diff = Math.abs(rows - m.current);
    // Files usually round to 4-6 digits; beyond 0.5 % relative (and 1e-3 absolute) it is another number.
    if (diff <= Math.max(1e-3, 0.005 * Math.abs(rows))) continue;
    out.push({
      category: 'infrastructure',
      area: 'infrastructure',
      strength: 0.3,
      significant: true,
      title: `${m.name} in the metrics file (${round(m.current)}) disagrees with the eval rows (${round(rows)})`,
      metric: m.name,
      evidence: [
        { text: `${m.name}: metrics file ${round(m.current)}, recomputed from ${a.evalPairs[0]!.path} ${round(rows)}`, value: rows - m.current },
      ],
      details: { file: m.current, rows, fix: `Write ${m.name} from the same rows and threshold as ${a.evalPairs[0]!.path}, or point the config at the right eval table.` },
    });
  }
  return out;
}

/**
 * Scores must agree on this share of the id-matched rows for the model to count as unchanged
 * (a retrain moves nearly every score; float formatting moves none).
 */
export const DECISION_SAME_SCORES = 0.99;
/** Flipped predictions needed before a changed decision rule is a finding: fewer is rounding at the threshold. */
export const DECISION_MIN_FLIPS = 10;
/**
 * A decision rule that changed outside the PR's parameters (a hard-coded threshold in serving
 * code) with no regression: minor, not info. The metrics held, so it fails no gate, but the PR
 * changed what the model decides without saying so, and a reviewer should see it. A changed
 * parameter that accounts for the thresholds was declared: info then (PARAM_RULE_STRENGTH).
 */
export const UNDECLARED_RULE_STRENGTH = 0.25;
const PARAM_RULE_STRENGTH = 0.2;

/**
 * The same scores, other decisions: on id-matched rows of a binary model whose scores did not
 * change, predicted classes that flipped mean the decision rule after the model changed — a
 * threshold moved in serving code, a post-processing step — not the model or the data. The
 * thresholds each run implies are read off the scores (the largest score predicted negative, the
 * smallest predicted positive). Its severity is the regression's (info without one, see diagnose).
 */
export function decisionRuleSignals(a: RunAnalysis, regression: Signal | undefined): Signal[] {
  const out: Signal[] = [];
  for (const p of a.evalPairs) {
    const b = p.base;
    const c = p.cur;
    if (!b || b.task !== 'binary' || c.task !== 'binary' || !b.score || !c.score || !b.yPred || !c.yPred || !b.ids || !c.ids) continue;
    if (b.classes[1] !== c.classes[1]) continue;
    // One eval set scored twice lists its ids in the same order: row j pairs with row j, with no
    // hashing of a million ids; otherwise by an id index.
    const positional = sameIdSequence(b.ids, c.ids);
    const index = positional ? null : new HashIndex(b.ids, b.n);
    // Filled from the last row back: a repeated id pairs with its last baseline row, as it always has.
    if (index) for (let i = b.n - 1; i >= 0; i--) index.add(i);
    let matched = 0;
    let same = 0;
    let flips = 0;
    let flipsToPos = 0;
    // Implied thresholds: [max score predicted 0, min score predicted 1] per run, on same-score rows.
    const th = { bNeg: -Infinity, bPos: Infinity, cNeg: -Infinity, cPos: Infinity };
    // Past this many rows with other scores the share of same scores ends below
    // DECISION_SAME_SCORES whatever the rest hold (at most c.n rows match): the pass stops there.
    // A retrained model gets there in its first few hundred rows instead of a pass over all of
    // them in the review's last, serial stretch. The one row more keeps the float product's
    // rounding from deciding.
    const changedEnough = (1 - DECISION_SAME_SCORES) * c.n + 1;
    let changed = 0;
    for (let j = 0; j < c.n; j++) {
      const i = index ? index.find(c.ids.h1[j]!, c.ids.h2[j]!) : j;
      if (i < 0) continue;
      const sb = b.score[i]!;
      const sc = c.score[j]!;
      if (!Number.isFinite(sb) || !Number.isFinite(sc)) continue;
      matched++;
      if (Math.abs(sb - sc) > 1e-6 * Math.max(1, Math.abs(sb))) {
        if (++changed > changedEnough) break;
        continue;
      }
      same++;
      const pb = b.yPred[i]!;
      const pc = c.yPred[j]!;
      if (pb === 1) th.bPos = Math.min(th.bPos, sb);
      else if (pb === 0) th.bNeg = Math.max(th.bNeg, sb);
      if (pc === 1) th.cPos = Math.min(th.cPos, sc);
      else if (pc === 0) th.cNeg = Math.max(th.cNeg, sc);
      if (pb !== pc) {
        flips++;
        if (pc === 1) flipsToPos++;
      }
    }
    if (matched === 0 || same / matched < DECISION_SAME_SCORES || flips < DECISION_MIN_FLIPS) continue;
    const r3 = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(3))) : '—');
    const rule = (neg: number, pos: number) => `between ${r3(neg)} and ${r3(pos)}`;
    // A changed parameter whose values are the two implied thresholds is the PR's own decision:
    // the finding is that parameter change, with the flips as its evidence.
    const within = (v: unknown, lo: number, hi: number) => typeof v === 'number' && v > lo && v <= hi;
    const param = a.paramChanges.find((c) => within(c.current, th.cNeg, th.cPos) && within(c.baseline, th.bNeg, th.bPos));
    if (param) {
      out.push({
        category: 'config_change',
        area: 'model',
        strength: regression ? Math.max(0.25, regression.strength) : PARAM_RULE_STRENGTH,
        significant: true,
        title: `The PR changed \`${param.key}\` ${String(param.baseline)} → ${String(param.current)}: the same scores now give ${flips} other decisions`,
        source: p.path,
        evidence: [
          { text: `${param.key}: ${String(param.baseline)} → ${String(param.current)}` },
          { text: `${same} of ${matched} id-matched rows have the same score in both runs; ${flips} predictions flipped on them`, value: flips },
          { text: `implied threshold: baseline ${rule(th.bNeg, th.bPos)}, current ${rule(th.cNeg, th.cPos)} — the parameter's values` },
          ...(regression ? [{ text: `the regression it accounts for: ${regression.title}` }] : []),
        ],
        details: { kind: 'decision_rule', key: param.key, baseline: param.baseline, current: param.current, changed: a.paramChanges.length, flips, n: matched },
      });
      continue;
    }
    out.push({
      category: 'prediction_shift',
      area: 'model',
      strength: regression ? Math.max(UNDECLARED_RULE_STRENGTH, regression.strength) : UNDECLARED_RULE_STRENGTH,
      significant: true,
      title: `The decision rule changed, not the model: the scores of ${same} id-matched rows are the same, but ${flips} predictions flipped (threshold ${rule(th.bNeg, th.bPos)} → ${rule(th.cNeg, th.cPos)})`,
      source: p.path,
      evidence: [
        { text: `${same} of ${matched} id-matched rows have the same score in both runs`, value: same },
        { text: `${flips} predictions flipped on them: ${flipsToPos} to ${c.classes[1]}, ${flips - flipsToPos} to ${c.classes[0]}`, value: flips },
        { text: `implied threshold: baseline ${rule(th.bNeg, th.bPos)}, current ${rule(th.cNeg, th.cPos)}` },
        ...(regression ? [{ text: `the regression it belongs to: ${regression.title}` }] : []),
      ],
      details: {
        kind: 'decision_rule',
        same_scores: same,
        matched_rows: matched,
        flips,
        flips_to_positive: flipsToPos,
        threshold_base_low: Number.isFinite(th.bNeg) ? th.bNeg : null,
        threshold_base_high: Number.isFinite(th.bPos) ? th.bPos : null,
        threshold_cur_low: Number.isFinite(th.cNeg) ? th.cNeg : null,
        threshold_cur_high: Number.isFinite(th.cPos) ? th.cPos : null,
        fix: 'Find the serving or post-processing code that turns scores into classes (a hard-coded threshold, a changed cut-off, a calibration or rounding step) and restore the baseline rule, or make the threshold a reviewed parameter.',
        n: matched,
      },
    });
  }
  return out;
}

/** Training findings that predict a worse held-out metric: the model fits unseen data worse. */
const PREDICTS_HELD_OUT = new Set(['overfitting', 'underfitting', 'learning_rate', 'training_instability']);

/**
 * When the training log already shows the model fitting held-out data worse (validation loss
 * rising after its best, losses ending higher, divergence) and no headline metric passed the
 * exploratory test, that prediction is tested one-sided on the pre-named metric
 * (confirmatoryMetricSignals): the strongest such training finding names it.
 */
export function predictedHeadlineSignals(a: RunAnalysis, signals: readonly Signal[]): Signal[] {
  if (signals.some((s) => s.category === 'metric_regression' && s.significant && s.source !== 'metrics file')) return [];
  const cause = signals.filter((s) => s.area === 'training' && PREDICTS_HELD_OUT.has(s.category) && counts(s)).sort((x, y) => y.strength - x.strength)[0];
  if (!cause) return [];
  const because = `${cause.category.replaceAll('_', ' ')} in the training log`;
  return a.evalPairs.filter((p) => p.base !== null).flatMap((p) => confirmatoryMetricSignals(p.performance, because));
}
