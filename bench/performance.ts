// Benchmark: analyzePerformance on 100k paired rows × 8 segment columns, binary with scores,
// 1000 bootstrap resamples (budget 2 s). The current run is worse in one segment, so slices,
// segment tests and McNemar all do real work.
import { makeTable, numberColumn, stringColumn, type Column } from '../src/artifacts/table.js';
import type { EvalView } from '../src/artifacts/types.js';
import { analyzePerformance } from '../src/analysis/performance/index.js';
import { createRng } from '../src/analysis/stats/rng.js';
import { rowIdsFromText } from '../src/artifacts/row-ids.js';

const ROWS = 100_000;
const SEGMENT_COLUMNS = 8;
const RESAMPLES = 1000;
const BUDGET_MS = 2000;

interface Shared {
  readonly ids: string[];
  readonly y: Float64Array;
  readonly segments: Column[];
  readonly hard: Uint8Array;
}

/** Labels, ids and 8 categorical columns shared by both runs (same eval set, paired by id). */
function sharedData(): Shared {
  const rng = createRng(7);
  const ids = Array.from({ length: ROWS }, (_, i) => `row-${i}`);
  const y = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++) y[i] = rng() < 0.3 ? 1 : 0;
  const segments: Column[] = [];
  for (let c = 0; c < SEGMENT_COLUMNS; c++) {
    const values = Array.from({ length: 3 + c }, (_, v) => `s${c}_v${v}`);
    segments.push(stringColumn(`seg${c}`, Array.from({ length: ROWS }, () => values[Math.floor(rng() * values.length)]!)));
  }
  // The current model degrades for seg2 = s2_v0.
  const seg2 = segments[2]!;
  const hard = new Uint8Array(ROWS);
  if (seg2.kind === 'string') for (let i = 0; i < ROWS; i++) hard[i] = seg2.codes[i] === seg2.dict.indexOf('s2_v0') ? 1 : 0;
  return { ids, y, segments, hard };
}

function run(shared: Shared, seed: number, degrade: boolean): EvalView {
  const rng = createRng(seed);
  const score = new Float64Array(ROWS);
  const pred = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    const signal = degrade && shared.hard[i] ? 0.05 : 0.35;
    const s = 0.5 + (shared.y[i]! - 0.5) * signal * 2 + (rng() - 0.5) * 0.7;
    score[i] = Math.round(Math.min(0.999999, Math.max(0.000001, s)) * 1e6) / 1e6;
    pred[i] = score[i]! >= 0.5 ? 1 : 0;
  }
  const columns: Column[] = [stringColumn('id', shared.ids), numberColumn('label', shared.y), numberColumn('pred', pred), numberColumn('score', score), ...shared.segments];
  const table = makeTable('eval/predictions.csv', columns);
  return {
    path: 'eval/predictions.csv',
    table,
    task: 'binary',
    n: ROWS,
    classes: ['0', '1'],
    labelColumn: 'label',
    yTrue: shared.y,
    predColumn: 'pred',
    yPred: pred,
    scoreColumn: 'score',
    score,
    probs: null,
    idColumn: 'id',
    ids: rowIdsFromText(shared.ids),
    weight: null,
    features: shared.segments,
    segmentColumns: shared.segments.map((c) => c.name),
    protectedColumns: [],
  };
}

export function benchPerformance(): Promise<{ name: string; ms: number; budgetMs: number }> {
  const shared = sharedData();
  const base = run(shared, 11, false);
  const cur = run(shared, 12, true);
  const t0 = performance.now();
  const a = analyzePerformance(base, cur, { seed: 20261125, resamples: RESAMPLES, minSupport: 30, alpha: 0.05 });
  const ms = performance.now() - t0;
  const top = a.slices?.slices[0]?.conditions[0];
  if (!a.paired || top?.column !== 'seg2' || top.value !== 's2_v0') throw new Error('bench: expected the paired seg2=s2_v0 regression as top slice');
  return Promise.resolve({ name: `performance: ${ROWS} rows x ${SEGMENT_COLUMNS} segments, ${RESAMPLES} resamples`, ms, budgetMs: BUDGET_MS });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchPerformance();
  console.log(`${r.name}: ${(r.ms / 1000).toFixed(2)} s (budget ${(r.budgetMs / 1000).toFixed(1)} s)`);
}
