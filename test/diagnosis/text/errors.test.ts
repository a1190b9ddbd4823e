// The error analysis's words (src/diagnosis/text/errors.ts): lines written from typed facts, and
// names from the artifacts kept inside code spans through the renderer's escaper.
import { describe, expect, it } from 'vitest';
import type { BinaryConfusionFacts, ErrorFacts, MulticlassConfusionFacts } from '../../../src/analysis/performance/error-facts.js';
import { errorEvidence, name } from '../../../src/diagnosis/text/errors.js';
import { code, inline } from '../../../src/report/escape.js';

const move = (base: number, current: number, material = true) => ({ base, current, pValue: material ? 1e-6 : 0.5, material });

const binary: BinaryConfusionFacts = {
  kind: 'binary',
  positive: 'yes',
  negative: 'no',
  n: { base: 810, current: 810 },
  tp: { base: 179, current: 54 },
  fn: { base: 103, current: 228 },
  fp: { base: 67, current: 8 },
  tn: { base: 461, current: 520 },
  recall: move(179 / 282, 54 / 282),
  falsePositiveRate: move(67 / 528, 8 / 528, false),
  precision: { base: 179 / 246, current: 54 / 62 },
  accuracy: { base: 640 / 810, current: 574 / 810 },
};

describe('errorEvidence', () => {
  it('writes a segment’s lost true positives with its recall and where', () => {
    const f: ErrorFacts = { where: [{ column: 'value_tier', value: 'high' }], confusion: binary, trivial: [] };
    expect(errorEvidence(f)).toEqual([{ text: 'Lost 125 of 179 true positives: recall 0.635 → 0.191 in `value_tier=high` (n=810)', value: 54 / 282 }]);
  });

  it('lists only the moved cells of the whole table, with precision and recall beside accuracy', () => {
    const f: ErrorFacts = { where: null, confusion: binary, trivial: [] };
    expect(errorEvidence(f).map((e) => e.text)).toEqual(['Confusion cells that moved (positive class `yes`): TP 179 → 54, FN 103 → 228; recall 0.635 → 0.191, precision 0.728 → 0.871, accuracy 0.79 → 0.709']);
  });

  it('says a headline metric is below its trivial predictor, and whether the PR crossed it', () => {
    const f: ErrorFacts = {
      where: null,
      confusion: null,
      trivial: [
        { metric: 'accuracy', current: 0.81, trivial: 0.83, baseline: 0.85, trivialBaseline: 0.83, crossed: true, majorityClass: 'no' },
        { metric: 'log_loss', current: 0.7, trivial: 0.69, baseline: 0.72, trivialBaseline: 0.69, crossed: false, majorityClass: null },
        { metric: 'rmse', current: 3, trivial: 3, baseline: null, trivialBaseline: null, crossed: false, majorityClass: null },
      ],
    };
    expect(errorEvidence(f).map((e) => e.text)).toEqual([
      'Accuracy 0.81 fell below always predicting `no` (0.83); in the baseline it was better: 0.85 against 0.83',
      'Log loss 0.7 is above predicting the class prior for every row (0.69); the baseline did no better (0.72 against 0.69)',
      'RMSE 3 equals predicting the mean for every row (3) — R² at or below 0',
    ]);
  });

  it('names the class whose recall fell, where it went, and the pairs confused more', () => {
    const m: MulticlassConfusionFacts = {
      kind: 'multiclass',
      n: { base: 539, current: 539 },
      recallFell: [
        { ...move(54 / 55, 45 / 55), cls: '3', nBase: 55, nCurrent: 55, lostTo: { cls: '9', baseCount: 1, currentCount: 5 } },
        { ...move(1, 46 / 54), cls: '9', nBase: 54, nCurrent: 54, lostTo: null },
      ],
      confusedMore: [{ ...move(0, 0.1), trueClass: '1', predictedClass: '9', baseCount: 0, currentCount: 5, deltaShare: 5 / 539 }],
    };
    expect(errorEvidence({ where: [{ column: 'px', value: '0' }], confusion: m, trivial: [] }).map((e) => e.text)).toEqual([
      'Recall of class `3` fell 0.982 → 0.818 (55 rows), taken for `9` 1 → 5 times in `px=0` (n=539); 1 more class lost recall',
      'Confused more in `px=0` (n=539): `1` predicted as `9` 0 → 5 times (0% → 10% of `1`)',
    ]);
  });

  it('keeps hostile class labels and segment values inside one code span through the escaper', () => {
    for (const label of ['a`b', '``x', '<img src=x onerror=alert(1)>', '@octocat #12', '| pipe ]( link']) {
      const f: ErrorFacts = { where: [{ column: 'c', value: label }], confusion: { ...binary, positive: label }, trivial: [] };
      const [line] = errorEvidence(f);
      expect(inline(name(label))).toContain(code(label));
      expect(inline(line!.text)).toContain(code(`c=${label}`));
      expect(inline(errorEvidence({ ...f, where: null })[0]!.text)).toContain(code(label));
    }
  });
});
