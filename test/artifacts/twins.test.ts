// Twin arrays share one memory (decision 0034): after the load, the baseline's arrays that hold the
// same bytes as the current run's are replaced by the current run's. What is shared must be exactly
// what is equal, and the review must not change by it.
import { describe, expect, it } from 'vitest';
import { loadRun } from '../../src/artifacts/load.js';
import { shareTwinArrays } from '../../src/artifacts/twins.js';
import type { Column } from '../../src/artifacts/table.js';
import type { RunArtifacts } from '../../src/artifacts/types.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { reviewLoaded } from '../../src/review.js';
import { memorySource } from '../helpers/memory-source.js';
import { baseRows, evalCsv, jitter, type EvalRow } from '../helpers/synth.js';

const load = (csv: string): Promise<RunArtifacts> => loadRun(memorySource({ 'eval/predictions.csv': csv }), DEFAULT_CONFIG);
const arrayOf = (c: Column): ArrayBufferView => (c.kind === 'number' ? c.values : c.codes);
const column = (r: RunArtifacts, name: string): Column => r.evals[0]!.table.columns.find((c) => c.name === name)!;

/** The same eval set scored by a new model, with x2 shifted for the `pro` plan (a broken join). */
function pair(): { base: EvalRow[]; cur: EvalRow[] } {
  const base = baseRows(3000);
  const cur = jitter(base, 7, 0.3).map((r) => (r.plan === 'pro' && r.x2 !== null ? { ...r, x2: r.x2 + 15 } : r));
  return { base, cur };
}

describe('shareTwinArrays', () => {
  it('shares the arrays of the columns with the same cells, and only those', async () => {
    const { base, cur } = pair();
    const b = await load(evalCsv(base));
    const c = await load(evalCsv(cur));
    const s = shareTwinArrays(b, c);
    for (const name of ['id', 'label', 'x1', 'plan', 'gender']) {
      expect(arrayOf(column(s, name)), name).toBe(arrayOf(column(c, name)));
    }
    for (const name of ['score', 'x2']) {
      expect(arrayOf(column(s, name)), name).toBe(arrayOf(column(b, name)));
      expect(arrayOf(column(s, name)), name).not.toBe(arrayOf(column(c, name)));
    }
    // A shared number column takes its missing flags too; a string column its dictionary.
    const x1 = column(s, 'x1');
    expect(x1.kind === 'number' && x1.missing).toBe((column(c, 'x1') as Extract<Column, { kind: 'number' }>).missing);
    // The arrays derived from twin columns at load: class indices and row ids.
    const [vs, vc] = [s.evals[0]!, c.evals[0]!];
    expect(vs.yTrue).toBe(vc.yTrue);
    expect(vs.ids).toBe(vc.ids);
    expect(vs.score).not.toBe(vc.score);
    // The features are the table's own column objects, shared or not.
    for (const f of vs.features) expect(vs.table.columns).toContain(f);
    // The input runs are left as they were.
    expect(arrayOf(column(b, 'x1'))).not.toBe(arrayOf(column(c, 'x1')));
  });

  it('keeps apart columns whose bytes differ though their values are the same', async () => {
    const { base } = pair();
    // The same plans in the same rows, first seen in another order: the codes differ.
    const swapped = [base[1]!, base[0]!, ...base.slice(2)].map((r, i) => ({ ...r, id: i + 1 }));
    const b = await load(evalCsv(base));
    const c = await load(evalCsv(swapped));
    const s = shareTwinArrays(b, c);
    const planB = column(b, 'plan');
    const planC = column(c, 'plan');
    if (planB.kind !== 'string' || planC.kind !== 'string') throw new Error('plan is a string column');
    const sameOrder = planB.dict.every((d, i) => d === planC.dict[i]);
    // The two rows have different plans, so the swap changes the codes (and here the dictionary's order).
    expect(base[0]!.plan).not.toBe(base[1]!.plan);
    expect(sameOrder).toBe(false);
    expect(arrayOf(column(s, 'plan'))).toBe(arrayOf(planB));
    // -0 and 0 are the same value and different bytes.
    const zero = 'id,label,score,x\n1,0,0.2,0\n2,1,0.9,1\n3,0,0.4,2\n4,1,0.7,3\n';
    const negZero = 'id,label,score,x\n1,0,0.2,-0\n2,1,0.9,1\n3,0,0.4,2\n4,1,0.7,3\n';
    const [zb, zc] = [await load(zero), await load(negZero)];
    const z = shareTwinArrays(zb, zc);
    expect(arrayOf(column(z, 'x'))).toBe(arrayOf(column(zb, 'x')));
    expect(arrayOf(column(z, 'id'))).toBe(arrayOf(column(zc, 'id')));
  });

  it('shares nothing between tables of different lengths or paths', async () => {
    const { base } = pair();
    const b = await load(evalCsv(base));
    const c = await load(evalCsv(base.slice(0, 2999)));
    expect(shareTwinArrays(b, c)).toBe(b);
    const other = await loadRun(memorySource({ 'eval/other.csv': evalCsv(base) }), DEFAULT_CONFIG);
    expect(shareTwinArrays(b, other)).toBe(b);
  });

  it('leaves the review as it was', async () => {
    const { base, cur } = pair();
    const b = await load(evalCsv(base));
    const c = await load(evalCsv(cur));
    const input = { config: DEFAULT_CONFIG, baseline: memorySource({}), current: memorySource({}) };
    const apart = await reviewLoaded(b, c, input);
    const shared = await reviewLoaded(shareTwinArrays(b, c), c, input);
    expect(apart.report.findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(shared.report)).toBe(JSON.stringify(apart.report));
  });
});
