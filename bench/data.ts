// Benchmark: data checks (drift with per-segment localisation, quality) on a 1M-row × 20-feature
// eval pair — 12 numeric and 8 categorical features, 3 segment columns, ids — baseline vs a
// current run with a few drifted features. Tables are built in memory; only the checks are timed.
import type { Column } from '../src/artifacts/table.js';
import type { EvalView } from '../src/artifacts/types.js';
import { matchIds, segmentSpec } from '../src/analysis/data/columns.js';
import { driftEval } from '../src/analysis/data/drift.js';
import { qualityEval } from '../src/analysis/data/quality.js';
import { createRng } from '../src/analysis/stats/rng.js';
import { rowIdsFromText } from '../src/artifacts/row-ids.js';

const ROWS = 1_000_000;
const NUMERIC = 12;
const CATEGORICAL = 8;

function gaussian(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** One synthetic eval table; `drifted` moves x0 (shift), x1 (scale) and c4 (shares). */
export function makeView(rows: number, seed: number, drifted: boolean): EvalView {
  const rng = createRng(seed);
  const columns: Column[] = [];
  for (let j = 0; j < NUMERIC; j++) {
    const values = new Float64Array(rows);
    const missing = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) {
      let x: number;
      if (j % 3 === 0) x = 50 + 10 * gaussian(rng);
      else if (j % 3 === 1) x = Math.exp(gaussian(rng));
      else x = Math.floor(rng() * 20);
      if (drifted && j === 0) x += 6;
      if (drifted && j === 1) x *= 1.5;
      if (j === 5 && rng() < 0.02) {
        x = NaN;
        missing[i] = 1;
      }
      values[i] = x;
    }
    columns.push({ kind: 'number', name: `x${j}`, values, missing });
  }
  for (let j = 0; j < CATEGORICAL; j++) {
    const k = 2 + j * 6;
    const dict = Array.from({ length: k }, (_, c) => `c${j}_v${c}`);
    const codes = new Int32Array(rows);
    for (let i = 0; i < rows; i++) {
      const u = rng();
      codes[i] = drifted && j === 4 && u < 0.15 ? k - 1 : Math.min(k - 1, Math.floor(u * u * k));
    }
    columns.push({ kind: 'string', name: `c${j}`, codes, dict });
  }
  const yTrue = new Float64Array(rows);
  const score = new Float64Array(rows);
  const yPred = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    score[i] = rng();
    yTrue[i] = rng() < score[i]! ? 1 : 0;
    yPred[i] = score[i]! >= 0.5 ? 1 : 0;
  }
  const label: Column = { kind: 'number', name: 'label', values: yTrue, missing: new Uint8Array(rows) };
  const ids = rowIdsFromText(Array.from({ length: rows }, (_, i) => String(i)));
  return {
    path: 'eval/predictions.csv',
    table: { path: 'eval/predictions.csv', nRows: rows, columns: [label, ...columns] },
    task: 'binary',
    n: rows,
    classes: ['0', '1'],
    labelColumn: 'label',
    yTrue,
    predColumn: null,
    yPred,
    scoreColumn: 'score',
    score,
    probs: null,
    idColumn: 'id',
    ids,
    weight: null,
    features: columns,
    segmentColumns: ['c1', 'c2', 'c3'],
    protectedColumns: [],
  };
}

export function benchData(): Promise<{ name: string; ms: number; budgetMs: number }> {
  const base = makeView(ROWS, 1, false);
  const cur = makeView(ROWS, 2, true);
  const t0 = performance.now();
  const segments = cur.segmentColumns.map((c) => segmentSpec(c, base.table, cur.table)).filter((s) => s !== null);
  const pairs = matchIds(base.ids!, cur.ids!);
  const drift = driftEval(cur.path, base.features, cur.features, segments, 30);
  const quality = qualityEval(base, cur, pairs, 30);
  const ms = performance.now() - t0;
  const flagged = drift.filter((d) => d.flagged).map((d) => d.feature);
  if (drift.length !== NUMERIC + CATEGORICAL || !flagged.includes('x0') || !flagged.includes('c4')) {
    throw new Error(`bench: unexpected drift result (flagged: ${flagged.join(', ')})`);
  }
  if (!quality.every((q) => q.kind !== 'duplicate_ids')) throw new Error('bench: unexpected duplicate ids');
  return Promise.resolve({ name: `data: ${ROWS} rows x ${NUMERIC + CATEGORICAL} features`, ms, budgetMs: 3000 });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchData();
  console.log(`${r.name}: ${(r.ms / 1000).toFixed(2)} s`);
}
