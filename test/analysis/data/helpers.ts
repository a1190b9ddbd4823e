// Builders for the data-check tests: EvalViews assembled by hand from plain columns, and a
// seeded generator so every test table is the same on every run.
import { makeTable, numberColumn, stringColumn, type Column } from '../../../src/artifacts/table.js';
import type { EvalView, Task } from '../../../src/artifacts/types.js';
import { analyzeData, dataSignals, type DataAnalysis } from '../../../src/analysis/data/index.js';
import type { Signal } from '../../../src/analysis/signals.js';
import type { Table } from '../../../src/artifacts/table.js';
import { createRng } from '../../../src/analysis/stats/rng.js';
import { rowIdsFromText } from '../../../src/artifacts/row-ids.js';

export interface Gen {
  readonly u: () => number;
  readonly normal: (mean?: number, sd?: number) => number;
  readonly pick: <T>(values: readonly T[], weights?: readonly number[]) => T;
}

export function gen(seed: number): Gen {
  const u = createRng(seed);
  return {
    u,
    normal: (mean = 0, sd = 1) => mean + sd * Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u()),
    pick: <T>(values: readonly T[], weights?: readonly number[]): T => {
      const w = weights ?? values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      let r = u() * total;
      for (let i = 0; i < values.length; i++) {
        r -= w[i]!;
        if (r < 0) return values[i]!;
      }
      return values[values.length - 1]!;
    },
  };
}

export interface ViewSpec {
  readonly path?: string;
  readonly task?: Task;
  /** Feature columns by name: numbers (null = missing) or strings (null = missing). */
  readonly features: Record<string, readonly (number | null)[] | readonly (string | null)[]>;
  /** Class indices (classification) or values (regression). */
  readonly labels: readonly number[];
  readonly classes?: readonly string[];
  /** Binary: P(classes[1]). */
  readonly scores?: readonly number[];
  readonly preds?: readonly number[];
  readonly ids?: readonly string[];
  readonly segments?: readonly string[];
}

function isStringArray(v: readonly (number | null)[] | readonly (string | null)[]): v is readonly (string | null)[] {
  return v.some((x) => typeof x === 'string');
}

/** An EvalView as the artifacts stage would build it, from plain arrays. */
export function makeView(spec: ViewSpec): EvalView {
  const path = spec.path ?? 'eval/predictions.csv';
  const task = spec.task ?? 'binary';
  const n = spec.labels.length;
  const features: Column[] = Object.entries(spec.features).map(([name, values]) =>
    isStringArray(values) ? stringColumn(name, values) : numberColumn(name, values as readonly (number | null)[]),
  );
  const classes = spec.classes ?? (task === 'regression' ? [] : ['0', '1']);
  const label = numberColumn('label', spec.labels);
  const cols: Column[] = [label];
  if (spec.ids) cols.unshift(stringColumn('id', spec.ids));
  let score: Float64Array | null = null;
  if (spec.scores) {
    score = Float64Array.from(spec.scores);
    cols.push(numberColumn('score', spec.scores));
  }
  let yPred: Float64Array | null = null;
  if (spec.preds) yPred = Float64Array.from(spec.preds);
  else if (score) yPred = score.map((s) => (s >= 0.5 ? 1 : 0));
  if (yPred) cols.push(numberColumn('pred', Array.from(yPred)));
  cols.push(...features);
  return {
    path,
    table: makeTable(path, cols),
    task,
    n,
    classes,
    labelColumn: 'label',
    yTrue: Float64Array.from(spec.labels),
    predColumn: yPred ? 'pred' : null,
    yPred,
    scoreColumn: score ? 'score' : null,
    score,
    probs: null,
    idColumn: spec.ids ? 'id' : null,
    ids: spec.ids ? rowIdsFromText(spec.ids) : null,
    weight: null,
    features,
    segmentColumns: spec.segments ?? [],
    protectedColumns: [],
  };
}

/** A reference (training-sample) table from plain columns. */
export function makeReference(path: string, columns: Record<string, readonly (number | null)[] | readonly (string | null)[]>): Table {
  return makeTable(
    path,
    Object.entries(columns).map(([name, values]) =>
      isStringArray(values) ? stringColumn(name, values) : numberColumn(name, values as readonly (number | null)[]),
    ),
  );
}

export function run(
  base: EvalView | null,
  cur: EvalView,
  refBase: Table[] = [],
  refCur: Table[] = [],
  minSupport = 30,
): { analysis: DataAnalysis; signals: Signal[] } {
  const analysis = analyzeData({ base, cur, refBase, refCur }, { seed: 7, minSupport });
  return { analysis, signals: dataSignals(analysis) };
}

export function ids(n: number, prefix = 'r'): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i}`);
}

/** Labels drawn from a score: P(label = 1) = score. */
export function labelsFrom(g: Gen, scores: readonly number[]): number[] {
  return scores.map((s) => (g.u() < s ? 1 : 0));
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A small credit-like world: two numeric and two categorical features, a score and labels drawn from it. */
export interface World {
  age: number[];
  income: number[];
  region: string[];
  plan: string[];
  scores: number[];
  labels: number[];
  ids: string[];
}

export function makeWorld(seed: number, n: number, idPrefix = 'r'): World {
  const g = gen(seed);
  const age: number[] = [];
  const income: number[] = [];
  const region: string[] = [];
  const plan: string[] = [];
  const scores: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.round(g.normal(40, 10));
    const inc = Math.round(Math.exp(g.normal(8, 0.5)));
    const r = g.pick(['north', 'south', 'east', 'west'], [4, 3, 2, 1]);
    const p = g.pick(['basic', 'pro']);
    age.push(a);
    income.push(inc);
    region.push(r);
    plan.push(p);
    scores.push(Number(sigmoid(0.04 * (a - 40) + 0.8 * (Math.log(inc) - 8) + (p === 'pro' ? 0.7 : -0.3) + g.normal(0, 0.8)).toFixed(6)));
  }
  return { age, income, region, plan, scores, labels: labelsFrom(g, scores), ids: ids(n, idPrefix) };
}

export function worldView(w: World, extra: Partial<ViewSpec> = {}): EvalView {
  return makeView({
    features: { age: w.age, income: w.income, region: w.region, plan: w.plan },
    labels: w.labels,
    scores: w.scores,
    ids: w.ids,
    segments: ['region', 'plan'],
    ...extra,
  });
}

export function cloneWorld(w: World): World {
  return {
    age: [...w.age],
    income: [...w.income],
    region: [...w.region],
    plan: [...w.plan],
    scores: [...w.scores],
    labels: [...w.labels],
    ids: [...w.ids],
  };
}

export function byCategory(signals: readonly Signal[], category: Signal['category']): Signal[] {
  return signals.filter((s) => s.category === category);
}
