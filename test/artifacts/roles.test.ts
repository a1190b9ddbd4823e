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
});
