// For each finding category: a small case from which it must be the top finding, and a near-miss
// from which it must not appear (CONTRACT §6; issue "Diagnosis", acceptance 2).
import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/analysis/signals.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { review } from '../../src/review.js';
import type { Report } from '../../src/report/types.js';
import { memorySource } from '../helpers/memory-source.js';
import { expectValidReport } from '../helpers/schema.js';
import { baseRows, evalCsv, jitter, modelScore, normal, paramsYaml, sigmoid, trainLogCsv, trainSampleCsv, type EvalRow } from '../helpers/synth.js';
import { createRng } from '../../src/analysis/stats/rng.js';

type Files = Record<string, string>;
interface Case {
  base: Files;
  cur: Files;
  noBaseline?: boolean;
}

const rows = baseRows();
const train = baseRows(2000, 99).map((r) => ({ ...r, id: r.id + 100000 }));

function run(files: Files, over: Partial<{ evalRows: EvalRow[]; log: string; params: string; trainRows: EvalRow[]; threshold: number }> = {}): Files {
  return {
    ...files,
    'eval/predictions.csv': evalCsv(over.evalRows ?? rows, over.threshold),
    'train_log.csv': over.log ?? trainLogCsv(),
    'params.yaml': over.params ?? paramsYaml(),
    'data/train_sample.csv': trainSampleCsv(over.trainRows ?? train),
  };
}
const baseRun = () => run({});
const control = (): Case => ({ base: baseRun(), cur: run({}, { evalRows: jitter(rows), params: paramsYaml({ seed: 2 }), log: trainLogCsv({ seed: 6 }) }) });

async function diagnoseCase(c: Case): Promise<Report> {
  const { report } = await review({
    config: DEFAULT_CONFIG,
    baseline: c.noBaseline ? null : memorySource(c.base, 'base'),
    current: memorySource(c.cur, 'current'),
  });
  expectValidReport(JSON.parse(JSON.stringify(report)));
  return report;
}

const rescored = (rs: EvalRow[]) => rs.map((r) => ({ ...r, score: modelScore(r) }));

const CASES: Record<Category, { present: () => Case; absent: () => Case }> = {
  metric_regression: {
    // The model got worse everywhere (scores blurred), nothing upstream changed.
    present: () => {
      const r = createRng(3);
      return { base: baseRun(), cur: run({}, { evalRows: rows.map((x) => ({ ...x, score: sigmoid(0.35 * Math.log(x.score / (1 - x.score)) + 1.2 * normal(r)) })) }) };
    },
    absent: control,
  },
  segment_regression: {
    // Predictions flipped for a third of plan=pro rows only.
    present: () => {
      const r = createRng(4);
      return { base: baseRun(), cur: run({}, { evalRows: rows.map((x) => (x.plan === 'pro' && r() < 0.35 ? { ...x, score: 1 - x.score } : x)) }) };
    },
    absent: control,
  },
  feature_drift: {
    // A new sub-population: 40% of the eval rows now come from customers with much higher x1
    // (a change of shape, not an affine map of the old values); the model scores them as is.
    present: () => {
      const r = createRng(7);
      return { base: baseRun(), cur: run({}, { evalRows: rescored(baseRows(3000, 7).map((x) => (r() < 0.4 ? { ...x, x1: 2.5 + 0.5 * normal(r) } : x))) }) };
    },
    absent: control,
  },
  label_shift: {
    // A new eval sample with twice the positive rate: every positive of a fresh draw, a third of
    // its negatives (new ids). P(x | y) is unchanged; features move only through the prior.
    present: () => {
      const r = createRng(8);
      const fresh = baseRows(6000, 13)
        .filter((x) => x.label === 1 || r() < 0.33)
        .slice(0, 3000)
        .map((x) => ({ ...x, id: x.id + 50000 }));
      return { base: baseRun(), cur: run({}, { evalRows: fresh }) };
    },
    absent: control,
  },
  prediction_shift: {
    // The serving code's decision threshold moved 0.5 → 0.15: the scores are the same, the
    // predictions flip to positive and accuracy falls with them. A shift with no regression is
    // only `info` (see the test below); this one belongs to a regression and carries its severity.
    present: () => ({ base: baseRun(), cur: run({}, { threshold: 0.15 }) }),
    absent: control,
  },
  data_quality: {
    // x2 is missing for 40% of rows in the current eval.
    present: () => {
      const r = createRng(9);
      return { base: baseRun(), cur: run({}, { evalRows: rows.map((x) => (r() < 0.4 ? { ...x, x2: null, score: modelScore({ ...x, x2: null }) } : x)) }) };
    },
    absent: control,
  },
  label_noise: {
    // 40% of plan=basic labels shuffled; the model and features are unchanged.
    present: () => {
      const r = createRng(10);
      return { base: baseRun(), cur: run({}, { evalRows: rows.map((x) => (x.plan === 'basic' && r() < 0.4 ? { ...x, label: 1 - x.label } : x)) }) };
    },
    absent: control,
  },
  leakage: {
    // The eval rows were appended to the training sample, and the model memorised them.
    present: () => ({
      base: baseRun(),
      cur: run({}, { trainRows: [...train, ...rows], evalRows: rows.map((x) => ({ ...x, score: x.label ? 0.97 : 0.03 })) }),
    }),
    absent: control,
  },
  overfitting: {
    present: () => ({ base: baseRun(), cur: run({}, { log: trainLogCsv({ overfitFrom: 8 }), params: paramsYaml({ weightDecay: 0, epochs: 30 }) }) }),
    absent: () => ({ base: baseRun(), cur: run({}, { log: trainLogCsv({ slow: 4, epochs: 12 }), params: paramsYaml({ epochs: 12 }) }) }),
  },
  underfitting: {
    present: () => ({ base: baseRun(), cur: run({}, { log: trainLogCsv({ slow: 4, epochs: 12 }), params: paramsYaml({ epochs: 12 }) }) }),
    absent: () => ({ base: baseRun(), cur: run({}, { log: trainLogCsv({ overfitFrom: 8 }), params: paramsYaml({ weightDecay: 0 }) }) }),
  },
  training_instability: {
    // NaN losses and exploding gradients, learning rate unchanged.
    present: () => ({ base: baseRun(), cur: run({}, { log: trainLogCsv({ divergeFrom: 20, nanAt: [27, 28] }) }) }),
    absent: control,
  },
  learning_rate: {
    present: () => ({ base: baseRun(), cur: run({}, { log: trainLogCsv({ divergeFrom: 4, lr: 0.1 }), params: paramsYaml({ lr: 0.1 }) }) }),
    absent: () => ({ base: baseRun(), cur: run({}, { log: trainLogCsv({ overfitFrom: 8 }), params: paramsYaml({ weightDecay: 0 }) }) }),
  },
  calibration: {
    // Temperature scaling dropped: same ranking, over-confident probabilities.
    present: () => ({ base: baseRun(), cur: run({}, { evalRows: rows.map((x) => ({ ...x, score: sigmoid(2.2 * Math.log(x.score / (1 - x.score))) })), params: paramsYaml({ calibration: 'none' }) }) }),
    absent: control,
  },
  bias: {
    // The model got much worse for gender=F only.
    present: () => {
      const r = createRng(11);
      return { base: baseRun(), cur: run({}, { evalRows: rows.map((x) => (x.gender === 'F' && r() < 0.3 ? { ...x, score: 1 - x.score } : x)) }) };
    },
    absent: control,
  },
  config_change: {
    // Only the decision threshold changed (0.5 → 0.8): predictions change, scores do not.
    present: () => ({
      base: baseRun(),
      cur: {
        ...run({}, { params: paramsYaml({ threshold: 0.8 }) }),
        'eval/predictions.csv': evalCsv(rows).replace(/^(\d+),(\d),(\d),([^,]+),/gm, (_m, id: string, y: string, _p: string, s: string) => `${id},${y},${Number(s) >= 0.8 ? 1 : 0},${s},`),
      },
    }),
    absent: control,
  },
  preprocessing: {
    // x2 now arrives in thousandths (×1000) while training kept the old unit.
    present: () => ({ base: baseRun(), cur: run({}, { evalRows: rows.map((x) => ({ ...x, x2: x.x2! * 1000, score: modelScore({ ...x, x2: x.x2! * 1000 }) })) }) }),
    // A real population change of x2 (not a constant ratio) must not be called preprocessing.
    absent: () => ({ base: baseRun(), cur: run({}, { evalRows: rescored(baseRows(3000, 12).map((x) => ({ ...x, x2: x.x2! + 15 + 5 * Math.sin(x.id) }))) }) }),
  },
  infrastructure: {
    present: () => ({ base: {}, cur: baseRun(), noBaseline: true }),
    absent: control,
  },
};

describe('each finding category', () => {
  describe.each(Object.keys(CASES) as Category[])('%s', (category) => {
    // A symptom (CONTRACT §6: a shift of the predictions) is shown beside the regression it belongs
    // to, not above it; a cause leads the report.
    const symptom = category === 'prediction_shift';
    it(symptom ? 'is among the first three findings when its fault is present' : 'is the top finding when its fault is present', async () => {
      const report = await diagnoseCase(CASES[category].present());
      const found = symptom ? report.findings.slice(0, 3).find((f) => f.category === category) : report.findings[0];
      expect(found?.category, JSON.stringify(report.findings.map((f) => [f.category, f.severity, f.title, f.evidence[0]?.text]), null, 1)).toBe(category);
      expect(found!.severity).not.toBe('info');
    });
    it(`does not appear in a near-miss case`, async () => {
      const report = await diagnoseCase(CASES[category].absent());
      expect(report.findings.filter((f) => f.category === category).map((f) => f.title)).toEqual([]);
    });
  });

  it('without a regression a cause is at most minor: a drift of a column the model ignores passes', async () => {
    // 80 % of the rows now read gender=F (a join that mislabels it); the model does not use gender,
    // so no metric moves: the drift is real, but at most minor, and the PR passes.
    const r = createRng(21);
    const drifted = rows.map((x) => ({ ...x, gender: r() < 0.8 ? 'F' : x.gender }));
    const report = await diagnoseCase({ base: baseRun(), cur: run({}, { evalRows: drifted }) });
    const drift = report.findings.find((f) => f.category === 'feature_drift' && f.feature === 'gender');
    expect(drift, JSON.stringify(report.findings.map((f) => [f.category, f.severity, f.title]))).toBeDefined();
    expect(drift!.severity).toBe('minor');
    expect(report.verdict).toBe('pass');
  });

  it('two features broken by one event (the same factor) are one finding naming both', async () => {
    // x1 and x2 both arrive ×1000 (one unit bug in a shared step); the model scores them as is.
    const broken = rows.map((x) => ({ ...x, x1: x.x1! * 1000, x2: x.x2! * 1000 }));
    const report = await diagnoseCase({ base: baseRun(), cur: run({}, { evalRows: broken.map((x) => ({ ...x, score: modelScore(x) })) }) });
    const pre = report.findings.filter((f) => f.category === 'preprocessing');
    expect(pre.length, JSON.stringify(report.findings.map((f) => [f.category, f.title]))).toBe(1);
    expect(pre[0]!.title).toMatch(/one event: `x\d`, `x\d` changed by the same factor/);
  });

  it('a shift of the scores with no regression (a better-calibrated model) is info and the verdict passes', async () => {
    // The baseline's scores were over-confident; the PR's model outputs calibrated ones. Nothing
    // got worse: every consumer of the score sees a different distribution, which is worth a line,
    // not an alarm.
    const report = await diagnoseCase({ base: run({}, { evalRows: rows.map((x) => ({ ...x, score: sigmoid(2.5 * Math.log(x.score / (1 - x.score))) })) }), cur: baseRun() });
    const shift = report.findings.filter((f) => f.category === 'prediction_shift');
    expect(shift.length).toBeGreaterThan(0);
    expect(shift.map((f) => f.severity)).toEqual(shift.map(() => 'info'));
    expect(report.verdict).toBe('pass');
  });

  it('reports an eval table the current run did not write as a major infrastructure finding', async () => {
    const cur = baseRun();
    delete cur['eval/predictions.csv'];
    const report = await diagnoseCase({ base: baseRun(), cur });
    const infra = report.findings.find((f) => f.category === 'infrastructure');
    expect(infra?.severity).toBe('major');
    expect(infra?.title).toContain('eval/predictions.csv');
    expect(report.verdict).not.toBe('pass');
  });

  it('reports a protected group that got worse after its training rows were cut as bias, with its segment', async () => {
    // 90 % of gender=F rows left the training sample, and the model now errs on a third of them.
    const r = createRng(21);
    const cur = run({}, {
      evalRows: rows.map((x) => (x.gender === 'F' && r() < 0.35 ? { ...x, score: 1 - x.score } : x)),
      trainRows: train.filter((x) => x.gender !== 'F' || r() < 0.1),
    });
    const report = await diagnoseCase({ base: baseRun(), cur });
    const top3 = report.findings.slice(0, 3);
    expect(top3[0]?.category, JSON.stringify(top3.map((f) => [f.category, f.title]))).toBe('bias');
    expect(top3[0]?.segment).toEqual({ column: 'gender', value: 'F' });
    expect(top3.some((f) => f.category === 'segment_regression' && f.segment?.column === 'gender' && f.segment.value === 'F')).toBe(true);
  });

  it('explains a group\'s drop by the broken feature when the training data did not change', async () => {
    // x2 arrives x1000 for gender=F rows only: the group suffers, the cause is the preprocessing.
    const cur = run({}, { evalRows: rows.map((x) => (x.gender === 'F' ? { ...x, x2: x.x2! * 1000, score: modelScore({ ...x, x2: x.x2! * 1000 }) } : x)) });
    const report = await diagnoseCase({ base: baseRun(), cur });
    expect(report.findings[0]?.category, JSON.stringify(report.findings.map((f) => [f.category, f.severity, f.title, f.explainedBy]))).toBe('preprocessing');
    const pre = report.findings[0]!;
    // the group's gap is still shown, as a consequence of the preprocessing finding
    for (const b of report.findings.filter((f) => f.category === 'bias')) expect(b.explainedBy).toBe(pre.id);
  });

  it('a seed-only change gives verdict pass and no major finding', async () => {
    const report = await diagnoseCase(control());
    expect(report.verdict).toBe('pass');
    expect(report.findings.filter((f) => f.severity === 'major' || f.severity === 'critical')).toEqual([]);
  });
});
