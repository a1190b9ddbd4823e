/**
 * Data quality between two runs: missing / NaN / inf rates per column and their change, columns
 * that turned constant, type changes, the schema diff (added, removed, renamed — a rename is
 * recognised by matching values or distributions), duplicate ids and rows, values outside the
 * baseline's range, and the row-count change. Only problems are returned; the per-column
 * counts they rest on are in `columnProfiles`.
 */
import { cellText, type Column, type NumberColumn, type Table } from '../../artifacts/table.js';
import type { EvalView } from '../../artifacts/types.js';
import { gammaP } from '../stats/distributions.js';
import { binomTestTwoSided } from '../stats/exact-tests.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import { ks2Samp, twoProportionTest } from '../stats/two-sample.js';
import { jensenShannon } from '../stats/distance.js';
import { sameCells } from '../same-cells.js';
import { alignCategories, countDuplicateRows, idIndex, profile, profileColumns, sampleStep, sortedFinite } from './columns.js';
import {
  CONSTANT_ANCHORS,
  DUPLICATE_ANCHORS,
  FDR,
  mapStrength,
  MISSING_ANCHORS,
  MISSING_MIN_DELTA,
  NOT_SIGNIFICANT_FACTOR,
  RANGE_ANCHORS,
  ROW_COUNT_ANCHORS,
  STRENGTH_COLUMN_ADDED,
  STRENGTH_COLUMN_REMOVED,
  STRENGTH_COLUMN_RENAMED,
  STRENGTH_TYPE_CHANGE,
} from './strength.js';
import type { ColumnProfile, Comparison, QualityIssue, QualityKind } from './types.js';

/** A rate change this large is reported even when a small sample leaves it non-significant. */
const RATE_DELTA_ALWAYS = 0.1;
/** Out-of-range share must also be this many times what chance gives (2 / (n_base + 1)). */
const RANGE_CHANCE_MULTIPLE = 5;
/**
 * A sentinel (99999, -999, -1 written for "unknown") is one value holding at least this share of
 * the out-of-range values: a drift past the range spreads over several values, a fill is one.
 */
const SENTINEL_MAJORITY = 0.5;

export function columnProfiles(table: Table): ColumnProfile[] {
  return table.columns.map((c) => {
    const p = profile(c);
    if (p.kind === 'number') {
      return {
        column: c.name,
        kind: 'number' as const,
        n: p.n,
        missing: p.missing,
        nan: p.nan,
        inf: p.posInf + p.negInf,
        distinct: p.distinct,
        topShare: p.topShare,
        min: p.finite ? p.min : null,
        max: p.finite ? p.max : null,
      };
    }
    return {
      column: c.name,
      kind: 'string' as const,
      n: p.n,
      missing: p.missing,
      nan: 0,
      inf: 0,
      distinct: p.distinct,
      topShare: p.topShare,
      min: null,
      max: null,
    };
  });
}

interface RateTest {
  readonly kind: QualityKind;
  readonly column: string;
  readonly xb: number;
  readonly nb: number;
  readonly xc: number;
  readonly nc: number;
}

const RATE_WORD: Partial<Record<QualityKind, string>> = { missing: 'missing', nan: 'NaN', inf: 'infinite' };

function rateTests(cb: Column, cc: Column): RateTest[] {
  const pb = profile(cb);
  const pc = profile(cc);
  const out: RateTest[] = [{ kind: 'missing', column: cc.name, xb: pb.missing, nb: pb.n, xc: pc.missing, nc: pc.n }];
  if (pb.kind === 'number' || pc.kind === 'number') {
    const nanB = pb.kind === 'number' ? pb.nan : 0;
    const nanC = pc.kind === 'number' ? pc.nan : 0;
    const infB = pb.kind === 'number' ? pb.posInf + pb.negInf : 0;
    const infC = pc.kind === 'number' ? pc.posInf + pc.negInf : 0;
    out.push({ kind: 'nan', column: cc.name, xb: nanB, nb: pb.n, xc: nanC, nc: pc.n });
    out.push({ kind: 'inf', column: cc.name, xb: infB, nb: pb.n, xc: infC, nc: pc.n });
  }
  return out;
}

/**
 * Turns a family of rate comparisons into issues: BH across the family, then |Δ| >= 1 pt and
 * significant, or |Δ| >= 10 pts regardless. A falling rate counts at 0.7× (an imputation that
 * appeared upstream is worth knowing, not alarming).
 */
function rateIssues(tests: readonly RateTest[], comparison: Comparison, source: string, sideName: string): QualityIssue[] {
  const stats = tests.map((t) => ({ t, rb: t.nb > 0 ? t.xb / t.nb : 0, rc: t.nc > 0 ? t.xc / t.nc : 0, p: twoProportionTest(t.xb, t.nb, t.xc, t.nc).pValue }));
  const q = benjaminiHochberg(stats.map((s) => s.p));
  const out: QualityIssue[] = [];
  stats.forEach((s, i) => {
    const delta = s.rc - s.rb;
    const significant = q[i]! <= FDR;
    if (!((Math.abs(delta) >= MISSING_MIN_DELTA && significant) || Math.abs(delta) >= RATE_DELTA_ALWAYS)) return;
    const strength =
      mapStrength(Math.abs(delta), MISSING_ANCHORS) * (delta > 0 ? 1 : 0.7) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR);
    const word = RATE_WORD[s.t.kind] ?? s.t.kind;
    out.push({
      kind: s.t.kind,
      comparison,
      source,
      column: s.t.column,
      base: s.rb,
      cur: s.rc,
      n: s.t.nc,
      pValue: s.p,
      significant,
      strength,
      message: `${word} rate of ${s.t.column} ${delta > 0 ? 'rose' : 'fell'} from ${pct(s.rb)} (${sideName}) to ${pct(s.rc)}`,
      details: {
        [`${s.t.kind}_base`]: s.rb,
        [`${s.t.kind}_cur`]: s.rc,
        delta,
        q_value: q[i]!,
        n_base: s.t.nb,
        n_cur: s.t.nc,
      },
    });
  });
  return out;
}

function pct(r: number): string {
  return `${(100 * r).toFixed(r < 0.001 && r > 0 ? 2 : 1)}%`;
}

/**
 * Features present in both runs with the same type and about the same missing / NaN / inf
 * rates (within 1 pt): the columns on which rows of the two runs can be compared. A column that
 * lost half its values would otherwise make rows "identical" that were not.
 */
export function comparableFeatures(base: EvalView, cur: EvalView): string[] {
  const out: string[] = [];
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb || cb.kind !== cc.kind) continue;
    const pb = profile(cb);
    const pc = profile(cc);
    const bad = (p: typeof pb): number => (p.missing + (p.kind === 'number' ? p.nan + p.posInf + p.negInf : 0)) / Math.max(1, p.n);
    if (Math.abs(bad(pb) - bad(pc)) < MISSING_MIN_DELTA) out.push(cc.name);
  }
  return out;
}

/** The named features plus the label: what a duplicated row is made of. */
/** The named features of a view, in the order named (those it has). */
function featureColumns(v: EvalView, names: readonly string[]): Column[] {
  return names.map((n) => v.features.find((c) => c.name === n)).filter((c): c is Column => c !== undefined);
}

function rowColumns(v: EvalView, names: readonly string[]): Column[] {
  const cols = featureColumns(v, names);
  const label = v.table.columns.find((c) => c.name === v.labelColumn);
  return label ? [...cols, label] : cols;
}

/** Baseline eval vs current eval. */
export function qualityEval(base: EvalView, cur: EvalView, pairs: { base: Int32Array; cur: Int32Array } | null, minSupport: number): QualityIssue[] {
  const source = cur.path;
  profileColumns(base.table.columns);
  profileColumns(cur.table.columns, base.table.columns);
  const issues: QualityIssue[] = [];
  const tests: RateTest[] = [];
  for (const cc of cur.table.columns) {
    if (cc.name === cur.idColumn) continue;
    const cb = base.table.columns.find((c) => c.name === cc.name);
    if (!cb) continue;
    if (cb.kind !== cc.kind) {
      issues.push(typeChange(cb, cc, 'eval', source));
      continue;
    }
    tests.push(...rateTests(cb, cc));
  }
  issues.push(...rateIssues(tests, 'eval', source, 'baseline'));
  issues.push(...constantColumns(base, cur, minSupport));
  issues.push(...outOfRange(base, cur, minSupport));
  issues.push(...schemaDiff(base, cur, pairs));
  issues.push(...duplicates(base, cur, comparableFeatures(base, cur)));
  const rel = base.n > 0 ? Math.abs(cur.n - base.n) / base.n : 0;
  if (rel >= ROW_COUNT_ANCHORS[0]![0]) {
    issues.push({
      kind: 'row_count',
      comparison: 'eval',
      source,
      column: null,
      base: base.n,
      cur: cur.n,
      n: cur.n,
      pValue: 0,
      significant: true,
      // A different eval size is worth knowing (a join that lost rows) but is not itself a defect
      // of the data: it stays minor; what the change did to metrics is judged on its own.
      strength: Math.min(0.45, mapStrength(rel, ROW_COUNT_ANCHORS)),
      message: `eval rows ${cur.n > base.n ? 'grew' : 'shrank'} from ${base.n} to ${cur.n} (${cur.n > base.n ? '+' : '-'}${(100 * rel).toFixed(0)}%)`,
      details: { n_base: base.n, n_cur: cur.n, relative_change: (cur.n - base.n) / base.n },
    });
  }
  return issues;
}

function typeChange(cb: Column, cc: Column, comparison: Comparison, source: string): QualityIssue {
  return {
    kind: 'type_change',
    comparison,
    source,
    column: cc.name,
    base: null,
    cur: null,
    n: profile(cc).n,
    pValue: 0,
    significant: true,
    strength: STRENGTH_TYPE_CHANGE,
    message: `${cc.name} changed type from ${typeWord(cb)} to ${typeWord(cc)}`,
    details: { type_base: typeWord(cb), type_cur: typeWord(cc), example_cur: firstValue(cc) },
  };
}

function typeWord(c: Column): string {
  return c.kind === 'number' ? 'number' : 'string';
}

function firstValue(c: Column): string | null {
  const n = profile(c).n;
  for (let i = 0; i < n; i++) {
    const t = cellText(c, i);
    if (t !== '') return t;
  }
  return null;
}

/** A feature that varied in the baseline and is constant now (a broken join, a default filled in). */
function constantColumns(base: EvalView, cur: EvalView, minSupport: number): QualityIssue[] {
  const out: QualityIssue[] = [];
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb || cb.kind !== cc.kind) continue;
    const pb = profile(cb);
    const pc = profile(cc);
    const nonMissingCur = pc.kind === 'number' ? pc.finite : pc.n - pc.missing;
    if (pc.distinct !== 1 || pb.distinct < 2 || nonMissingCur < minSupport) continue;
    const variety = 1 - pb.topShare;
    // Chance that n rows all draw the baseline's most common value.
    const p = Math.exp(nonMissingCur * Math.log(Math.max(pb.topShare, 1e-300)));
    const significant = p <= FDR;
    const value = firstValue(cc);
    out.push({
      kind: 'constant',
      comparison: 'eval',
      source: cur.path,
      column: cc.name,
      base: pb.distinct,
      cur: 1,
      n: nonMissingCur,
      pValue: p,
      significant,
      strength: mapStrength(variety, CONSTANT_ANCHORS) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR),
      message: `${cc.name} is constant (${value ?? ''}) in ${nonMissingCur} rows; the baseline had ${pb.distinct} distinct values`,
      details: { distinct_base: pb.distinct, distinct_cur: 1, value_cur: value, top_share_base: pb.topShare },
    });
  }
  return out;
}

/**
 * Share of current values outside the baseline's [min, max]. With exchangeable samples a new
 * value falls outside the range of n_base values with probability 2 / (n_base + 1); the p-value
 * is the Poisson tail of the count at that rate.
 */
function outOfRange(base: EvalView, cur: EvalView, minSupport: number): QualityIssue[] {
  const found: { issue: Omit<QualityIssue, 'significant' | 'strength'>; rate: number; chance: number }[] = [];
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb || cb.kind !== 'number' || cc.kind !== 'number') continue;
    const pb = profile(cb);
    const pc = profile(cc);
    if (pb.finite < minSupport || pc.finite === 0) continue;
    const lo = pb.min;
    const hi = pb.max;
    let below = 0;
    let above = 0;
    const outside = new Map<number, number>();
    // A pass over the values only when the current range pokes out of the baseline's.
    if (pc.min < lo || pc.max > hi) {
      const v = cc.values;
      for (let i = 0; i < v.length; i++) {
        const x = v[i]!;
        if (x < lo && x !== -Infinity) below++;
        else if (x > hi && x !== Infinity) above++;
        else continue;
        outside.set(x, (outside.get(x) ?? 0) + 1);
      }
    }
    const x = below + above;
    const rate = x / pc.finite;
    const chance = 2 / (pb.finite + 1);
    const lambda = chance * pc.finite;
    const p = x === 0 ? 1 : gammaP(x, lambda);
    const s = sentinelOf(outside, x, cb, (v) => distinctRecords(cur, cc, v));
    const range = `the baseline range [${lo}, ${hi}]`;
    found.push({
      rate,
      chance,
      issue: {
        kind: s ? 'sentinel' : 'out_of_range',
        comparison: 'eval',
        source: cur.path,
        column: cc.name,
        base: chance,
        cur: rate,
        n: pc.finite,
        pValue: p,
        message: s
          ? `${cc.name} holds the sentinel value ${s.value} in ${pct(s.rows / pc.finite)} of rows (outside ${range}): unknown values written as a number`
          : `${pct(rate)} of ${cc.name} values fall outside ${range}`,
        details: {
          out_of_range_rate: rate,
          below,
          above,
          min_base: lo,
          max_base: hi,
          min_cur: pc.min,
          max_cur: pc.max,
          ...(s ? { sentinel: s.value, sentinel_rows: s.rows, sentinel_records: s.records, sentinel_rate: s.rows / pc.finite, sentinel_p: s.pValue } : {}),
        },
      },
    });
  }
  const q = benjaminiHochberg(found.map((f) => f.issue.pValue));
  const out: QualityIssue[] = [];
  found.forEach((f, i) => {
    const significant = q[i]! <= FDR;
    if (!significant || f.rate < RANGE_ANCHORS[0]![0] || f.rate < RANGE_CHANCE_MULTIPLE * f.chance) return;
    out.push({ ...f.issue, significant, strength: mapStrength(f.rate, RANGE_ANCHORS) });
  });
  return out;
}

/**
 * The sentinel among a column's out-of-range values, if they are one: its most frequent value
 * (1) holds at least SENTINEL_MAJORITY of them, (2) more of them than the baseline's most common
 * value holds of the baseline (exact binomial test at FDR of its repeats among the other
 * out-of-range records: values spread like the baseline's do not pile up on one) and (3) lies beyond the range by more than the median spacing of the
 * baseline's distinct values (a drift of a discrete feature first fills the next value on its
 * grid; a fill jumps). A column that varies too little to show a spacing has no sentinel.
 * The value's rows are counted as distinct records (`records`): one record copied many times
 * repeats its real value, and that is a duplicate, not a fill.
 */
export function sentinelOf(
  outside: ReadonlyMap<number, number>,
  outsideRows: number,
  cb: NumberColumn,
  records: (value: number) => number = (v) => outside.get(v) ?? 0,
): { value: number; rows: number; records: number; pValue: number } | null {
  let value = NaN;
  let rows = 0;
  for (const [v, c] of outside) if (c > rows || (c === rows && v < value)) [value, rows] = [v, c];
  if (rows === 0) return null;
  const count = records(value);
  const total = outsideRows - (rows - count);
  if (count === 0 || count < SENTINEL_MAJORITY * total) return null;
  const pb = profile(cb);
  // The value is picked as the mode, so its first record is no evidence: the test is on the
  // others, each of which repeats it with probability at most the baseline's top share.
  if (!(count - 1 > pb.topShare * (total - 1))) return null;
  const pValue = binomTestTwoSided(count - 1, total - 1, pb.topShare);
  if (pValue > FDR) return null;
  const step = medianSpacing(sortedFinite(cb, 0));
  if (!(step > 0)) return null;
  const beyond = value < pb.min ? pb.min - value : value - pb.max;
  return beyond > step ? { value, rows, records: count, pValue } : null;
}

/**
 * Distinct records (the other features' values) among the rows of `col` holding `value`; every
 * row when there is no other feature to tell records apart by.
 */
function distinctRecords(view: EvalView, col: NumberColumn, value: number): number {
  const others = view.features.filter((c) => c !== col);
  const keys = new Set<string>();
  const v = col.values;
  for (let i = 0; i < v.length; i++) {
    if (v[i] !== value) continue;
    if (others.length === 0) {
      keys.add(String(i));
      continue;
    }
    let key = '';
    for (const c of others) key += `${cellText(c, i)}\u0001`;
    keys.add(key);
  }
  return keys.size;
}

/** Median gap between consecutive distinct values of a sorted array (NaN with fewer than two distinct values). */
export function medianSpacing(sorted: ArrayLike<number>): number {
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i]! > sorted[i - 1]!) gaps.push(sorted[i]! - sorted[i - 1]!);
  if (gaps.length === 0) return NaN;
  gaps.sort((a, b) => a - b);
  const m = gaps.length >> 1;
  return gaps.length % 2 ? gaps[m]! : (gaps[m - 1]! + gaps[m]!) / 2;
}

/**
 * Added and removed features; a removed and an added column of the same type whose values match
 * row by row (ids) or whose distributions match are reported as one rename.
 */
function schemaDiff(base: EvalView, cur: EvalView, pairs: { base: Int32Array; cur: Int32Array } | null): QualityIssue[] {
  const curNames = new Set(cur.table.columns.map((c) => c.name));
  const baseNames = new Set(base.table.columns.map((c) => c.name));
  const removed = base.features.filter((c) => !curNames.has(c.name));
  const added = cur.features.filter((c) => !baseNames.has(c.name));
  const out: QualityIssue[] = [];
  const usedAdded = new Set<string>();
  for (const r of removed) {
    let best: { col: Column; score: number; how: string } | null = null;
    for (const a of added) {
      if (usedAdded.has(a.name) || a.kind !== r.kind) continue;
      const m = renameMatch(r, a, pairs);
      if (m && (!best || m.score > best.score)) best = { col: a, score: m.score, how: m.how };
    }
    if (best) {
      usedAdded.add(best.col.name);
      out.push({
        kind: 'column_renamed',
        comparison: 'eval',
        source: cur.path,
        // The model's feature is the baseline's name (CONTRACT §5): that is what went missing
        // for the model; the new name is where its values went.
        column: r.name,
        base: null,
        cur: null,
        n: cur.n,
        pValue: 0,
        significant: true,
        strength: STRENGTH_COLUMN_RENAMED,
        message: `feature ${r.name} is missing from the eval table: it appears renamed to ${best.col.name} (${best.how})`,
        details: { renamed_from: r.name, renamed_to: best.col.name, match: best.how, match_score: best.score },
      });
    } else {
      out.push({
        kind: 'column_removed',
        comparison: 'eval',
        source: cur.path,
        column: r.name,
        base: null,
        cur: null,
        n: cur.n,
        pValue: 0,
        significant: true,
        strength: STRENGTH_COLUMN_REMOVED,
        message: `feature ${r.name} is no longer in the eval table`,
        details: { removed: r.name },
      });
    }
  }
  for (const a of added) {
    if (usedAdded.has(a.name)) continue;
    out.push({
      kind: 'column_added',
      comparison: 'eval',
      source: cur.path,
      column: a.name,
      base: null,
      cur: null,
      n: cur.n,
      pValue: 0,
      significant: true,
      strength: STRENGTH_COLUMN_ADDED,
      message: `feature ${a.name} is new in the eval table`,
      details: { added: a.name },
    });
  }
  return out;
}

/** How well an added column `a` reproduces a removed column `r`: same values on the same rows, or the same distribution. */
function renameMatch(r: Column, a: Column, pairs: { base: Int32Array; cur: Int32Array } | null): { score: number; how: string } | null {
  if (pairs && pairs.base.length >= 10) {
    let same = 0;
    let seen = 0;
    const step = sampleStep(pairs.base.length);
    for (let i = 0; i < pairs.base.length; i += step) {
      seen++;
      if (cellText(r, pairs.base[i]!) === cellText(a, pairs.cur[i]!)) same++;
    }
    const share = same / seen;
    if (share >= 0.95) return { score: share, how: `same value on ${(100 * share).toFixed(1)}% of rows matched by id` };
    return null;
  }
  if (r.kind === 'number' && a.kind === 'number') {
    const sr = sortedFinite(r, 0);
    const sa = sortedFinite(a, 1);
    if (sr.length < 10 || sa.length < 10) return null;
    const ks = ks2Samp(sr, sa, { presorted: true, exactBudget: 2e7 });
    if (ks.statistic <= 0.05 && ks.pValue >= 0.05) return { score: 1 - ks.statistic, how: `same distribution, KS ${ks.statistic.toFixed(3)}` };
    return null;
  }
  if (r.kind === 'string' && a.kind === 'string') {
    const al = alignCategories(r, a);
    let both = 0;
    for (let i = 0; i < al.names.length; i++) if (al.baseCounts[i]! > 0 && al.curCounts[i]! > 0) both++;
    const jaccard = al.names.length ? both / al.names.length : 0;
    const js = jensenShannon(al.baseCounts, al.curCounts, 2);
    if (jaccard >= 0.9 && js <= 0.05) return { score: 1 - js, how: `same values and shares, JS ${js.toFixed(3)}` };
  }
  return null;
}

/** Duplicate ids and duplicate rows (all data columns equal), compared with the baseline. */
function duplicates(base: EvalView | null, cur: EvalView, comparable: readonly string[]): QualityIssue[] {
  const out: QualityIssue[] = [];
  const idDup = (v: EvalView): number | null => (v.ids ? idIndex(v.ids).duplicates : null);
  const checks: { kind: QualityKind; what: string; xb: number | null; xc: number | null }[] = [
    { kind: 'duplicate_ids', what: 'duplicated ids', xb: base ? idDup(base) : null, xc: idDup(cur) },
  ];
  // Identical feature rows are normal in discrete data; only a change against the baseline says something.
  if (base && comparable.length > 0) {
    const colsB = rowColumns(base, comparable);
    const colsC = rowColumns(cur, comparable);
    // The rows are narrowed down on the features alone, as the conflicting-labels check does.
    const xb = countDuplicateRows(colsB, base.n, featureColumns(base, comparable));
    // The same cells in both runs (decision 0027): the same duplicates.
    const twins = base.n === cur.n && colsB.length === colsC.length && colsB.every((c, i) => c.name === colsC[i]!.name && sameCells(c, colsC[i]!));
    checks.push({ kind: 'duplicate_rows', what: 'duplicated rows', xb, xc: twins ? xb : countDuplicateRows(colsC, cur.n, featureColumns(cur, comparable)) });
  }
  for (const c of checks) {
    if (c.xc === null) continue;
    const rc = c.xc / Math.max(1, cur.n);
    const nb = base?.n ?? 0;
    const rb = c.xb !== null && nb > 0 ? c.xb / nb : null;
    const delta = rb === null ? rc : rc - rb;
    const p = rb === null || c.xb === null ? (c.xc > 0 ? 0 : 1) : twoProportionTest(c.xb, nb, c.xc, cur.n).pValue;
    const significant = p <= FDR;
    if (delta < DUPLICATE_ANCHORS[0]![0] || !significant) continue;
    out.push({
      kind: c.kind,
      comparison: 'eval',
      source: cur.path,
      column: c.kind === 'duplicate_ids' ? cur.idColumn : null,
      base: rb,
      cur: rc,
      n: cur.n,
      pValue: p,
      significant,
      strength: mapStrength(delta, DUPLICATE_ANCHORS),
      message: `${c.xc} ${c.what} (${pct(rc)} of rows${rb === null ? '' : `, baseline ${pct(rb)}`})`,
      details: { duplicates_cur: c.xc, duplicates_base: c.xb, rate_cur: rc, rate_base: rb },
    });
  }
  return out;
}

/** With no baseline eval: only duplicates, judged on their own. */
export function qualityCurrentOnly(cur: EvalView): QualityIssue[] {
  return duplicates(null, cur, []);
}

/**
 * Missing / NaN / inf rates of the eval table against the training sample, for columns they
 * share. Used when there is no baseline eval: a feature missing in serving but complete in
 * training is the same alarm.
 */
export function qualityTrainVsEval(ref: Table, cur: EvalView): QualityIssue[] {
  const tests: RateTest[] = [];
  for (const cc of cur.features) {
    const cr = ref.columns.find((c) => c.name === cc.name);
    if (!cr || cr.kind !== cc.kind) continue;
    tests.push(...rateTests(cr, cc));
  }
  // Only rates that are worse in serving than in training are the eval's problem.
  return rateIssues(tests, 'train_vs_eval', cur.path, 'training sample').filter((i) => (i.cur ?? 0) > (i.base ?? 0));
}

/** Baseline reference sample vs current reference sample: rates and types of shared columns. */
export function qualityReference(refBase: Table, refCur: Table): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const tests: RateTest[] = [];
  for (const cc of refCur.columns) {
    const cb = refBase.columns.find((c) => c.name === cc.name);
    if (!cb) continue;
    if (cb.kind !== cc.kind) {
      issues.push(typeChange(cb, cc, 'reference', refCur.path));
      continue;
    }
    tests.push(...rateTests(cb, cc));
  }
  issues.push(...rateIssues(tests, 'reference', refCur.path, 'baseline training sample'));
  return issues;
}
