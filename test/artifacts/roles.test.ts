import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/artifacts/csv.js';
import { buildEvalView } from '../../src/artifacts/roles.js';
import { cellText } from '../../src/artifacts/table.js';

const view = (csv: string) => buildEvalView(parseCsv('eval/p.csv', csv), undefined);

describe('task detection', () => {
  it('a count target predicted with fractional values is a regression (doctor visits, items bought)', () => {
    const v = view('id,y_true,predicted\n1,0,0.42\n2,3,2.7\n3,1,1.1\n4,6,3.9\n5,2,2.2\n');
    expect(v.task).toBe('regression');
    expect(Array.from(v.yPred!)).toEqual([0.42, 2.7, 1.1, 3.9, 2.2]);
  });

  it('a few integer labels with integer predictions stay classes', () => {
    expect(view('id,label,pred\n1,0,0\n2,3,2\n3,1,1\n4,2,2\n').task).toBe('multiclass');
  });

  it('two labels with a fractional prediction column stay binary (a probability written as the prediction)', () => {
    expect(view('id,label,pred\n1,0,0.2\n2,1,0.8\n3,1,0.6\n').task).toBe('binary');
  });

  it('per-class probability columns keep a few integer labels multiclass', () => {
    const v = view('id,label,pred,prob_0,prob_1,prob_2\n1,0,0.5,0.5,0.3,0.2\n2,2,1.5,0.1,0.2,0.7\n3,1,1.2,0.2,0.6,0.2\n');
    expect(v.task).toBe('multiclass');
  });
});

describe('a numeric label with a fraction is a regression target', () => {
  it('whatever else the column holds: NaN, infinities, -0, huge integers (property)', () => {
    const cell = fc.constantFrom('0', '1', '-0', 'nan', 'inf', '-inf', '1e300', '2', '2.5', '-0.25', '1e-300', '');
    fc.assert(
      fc.property(fc.array(cell, { minLength: 2, maxLength: 12 }), (labels) => {
        const csv = 'label,pred\n' + labels.map((l) => `${l},1`).join('\n') + '\n';
        const table = parseCsv('eval/p.csv', csv);
        const label = table.columns.find((c) => c.name === 'label')!;
        if (label.kind !== 'number') return;
        const fractional = Array.from(label.values).some((v) => Number.isFinite(v) && !Number.isInteger(v));
        let task;
        try {
          task = buildEvalView(table, undefined).task;
        } catch {
          return;
        }
        expect(task === 'regression').toBe(fractional);
      }),
      { numRuns: 400 },
    );
  });
});

describe('label and prediction codes', () => {
  // Issue 11: number columns are coded once per distinct value (small integers through an array),
  // the class list from the distinct values; the codes must be those of each row's text.
  it('equal the class index of each row\u2019s text, for numbers large and small, signed zeros, NaN and missing cells', () => {
    const labels = ['0', '1', '2', '-0', '', '2048', '1e6', '-3', 'nan', '0', '1', '2', '2048', '-3', '1e6'];
    const preds = ['1', '0', '2', '2', '0', '-3', '2048', '', '1', '-0', 'nan', '7', '1e6', '2', '0'];
    const csv = 'label,pred\n' + labels.map((l, i) => `${l},${preds[i]}`).join('\n') + '\n';
    const table = parseCsv('eval/p.csv', csv);
    const view = buildEvalView(table, { path: 'eval/p.csv', task: 'classification' });
    const index = new Map(view.classes.map((c, i) => [c, i]));
    const [label, pred] = [table.columns.find((c) => c.name === 'label')!, table.columns.find((c) => c.name === 'pred')!];
    const want = (col: typeof label) => Array.from({ length: table.nRows }, (_, i) => index.get(cellText(col, i)) ?? NaN);
    expect(new Set(view.classes)).toEqual(new Set(Array.from({ length: table.nRows }, (_, i) => cellText(label, i)).filter((t) => t !== '')));
    expect(Array.from(view.yTrue)).toEqual(want(label));
    expect(Array.from(view.yPred!)).toEqual(want(pred));
  });

  // Issue 11: when every code is the cell's own value (0/1 labels with classes ['0', '1'], class
  // ids 0..k-1, missing cells NaN), the view reads the column's array instead of a copy.
  it('are the column’s own values exactly when each code equals its cell (property, against each row’s text)', () => {
    const cell = fc.constantFrom('0', '1', '2', '3', '-0', '', 'nan', '1.5', '1024', '0.0', 'yes');
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 30 }), fc.constantFrom<'binary' | 'classification' | undefined>('binary', 'classification', undefined), (rows, task) => {
        const csv = 'label,pred\n' + rows.map(([l, p]) => `${l},${p}`).join('\n') + '\n';
        const table = parseCsv('eval/p.csv', csv);
        let v;
        try {
          v = buildEvalView(table, task === 'binary' || task === undefined ? undefined : { path: 'eval/p.csv', task });
        } catch {
          return;
        }
        if (v.task === 'regression') return;
        const index = new Map(v.classes.map((c, i) => [c, i]));
        const [label, pred] = [table.columns.find((c) => c.name === 'label')!, table.columns.find((c) => c.name === 'pred')!];
        const want = (col: typeof label) => Array.from({ length: table.nRows }, (_, i) => index.get(cellText(col, i)) ?? NaN);
        expect(Array.from(v.yTrue)).toEqual(want(label));
        // Aliased only when the codes are the values, bit for bit (no -0, no NaN token, no class
        // whose index differs from its number).
        const same = (col: typeof label, codes: Float64Array) => col.kind === 'number' && codes === col.values;
        const bitwise = (col: typeof label) => col.kind === 'number' && want(col).every((w, i) => Object.is(w, col.values[i]));
        expect(same(label, v.yTrue)).toBe(bitwise(label));
        if (v.predColumn === 'pred' && v.yPred) {
          const wp = want(pred);
          // encodePred's 0/1 rule against text labels: a 0 or 1 cell (its value) means that class.
          const cellValue = (i: number) => (pred.kind === 'number' ? pred.values[i]! : NaN);
          const expected = wp.map((w, i) => (Number.isNaN(w) && v.classes.length === 2 && !index.has('1') && (cellValue(i) === 0 || cellValue(i) === 1) ? cellValue(i) : w));
          expect(Array.from(v.yPred)).toEqual(expected);
          if (same(pred, v.yPred)) expect(bitwise(pred)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a 0/1 label and prediction of a large table share the columns’ arrays', () => {
    const n = 5000;
    const csv = 'id,label,pred,score\n' + Array.from({ length: n }, (_, i) => `${i},${i % 3 === 0 ? 1 : 0},${i % 5 === 0 ? 1 : 0},${((i % 97) / 97).toFixed(3)}`).join('\n') + '\n';
    const table = parseCsv('eval/p.csv', csv);
    const v = buildEvalView(table, undefined);
    expect(v.classes).toEqual(['0', '1']);
    expect(v.yTrue).toBe((table.columns.find((c) => c.name === 'label') as { values: Float64Array }).values);
    expect(v.yPred).toBe((table.columns.find((c) => c.name === 'pred') as { values: Float64Array }).values);
  });
});
