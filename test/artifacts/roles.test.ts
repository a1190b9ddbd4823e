import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/artifacts/csv.js';
import { buildEvalView } from '../../src/artifacts/roles.js';

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
