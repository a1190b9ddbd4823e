// Controls: changes that are not faults must not raise major findings.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { review } from '../../src/review.js';
import { memorySource } from '../helpers/memory-source.js';
import { baseRows, evalCsv, jitter, paramsYaml, trainLogCsv, trainSampleCsv, type EvalRow } from '../helpers/synth.js';

const train = baseRows(2000, 99).map((r) => ({ ...r, id: r.id + 100000 }));
const files = (rows: EvalRow[], seed: number) => ({
  'eval/predictions.csv': evalCsv(rows),
  'train_log.csv': trainLogCsv({ seed }),
  'params.yaml': paramsYaml({ seed }),
  'data/train_sample.csv': trainSampleCsv(train),
});
const severe = async (rows: EvalRow[], cur: EvalRow[]) => {
  const { report } = await review({ config: DEFAULT_CONFIG, baseline: memorySource(files(rows, 5)), current: memorySource(files(cur, 6)) });
  return report.findings.filter((f) => f.severity === 'major' || f.severity === 'critical').map((f) => `${f.category}: ${f.title}`);
};

describe('controls', () => {
  it('a fresh eval split of the same population (new ids, same size) raises nothing major', async () => {
    expect(await severe(baseRows(3000, 1), baseRows(3000, 2).map((r) => ({ ...r, id: r.id + 9000 })))).toEqual([]);
  });

  it('a much smaller eval split is reported as a minor row-count change, not as miscalibration', async () => {
    const { report } = await review({
      config: DEFAULT_CONFIG,
      baseline: memorySource(files(baseRows(3000, 1), 5)),
      current: memorySource(files(baseRows(400, 21).map((r) => ({ ...r, id: r.id + 9000 })), 6)),
    });
    const rowCount = report.findings.find((f) => f.category === 'data_quality' && /shrank/.test(f.title));
    expect(rowCount?.severity).toBe('minor');
    expect(report.findings.filter((f) => f.category === 'calibration')).toEqual([]);
  });

  it('a re-scored model with small noise on twenty thousand rows raises nothing major', async () => {
    const rows = baseRows(20000, 1);
    expect(await severe(rows, jitter(rows, 4, 0.05))).toEqual([]);
  });
});

describe('configured tolerances', () => {
  it('a significant but tolerated accuracy drop is not a metric regression', async () => {
    const { validateConfig } = await import('../../src/config/config.js');
    const rows = baseRows(20000, 1);
    // Every 40th row's prediction flipped to wrong: about a 1.5-point drop, significant on 20k paired rows.
    const worse = rows.map((r, i) => (i % 40 === 0 ? { ...r, score: r.label === 1 ? 0.2 : 0.8 } : r));
    // Accuracy is reported either as the metric finding or as evidence folded into it.
    const mentionsAccuracy = async (config: typeof DEFAULT_CONFIG) =>
      (await review({ config, baseline: memorySource(files(rows, 5)), current: memorySource(files(worse, 5)) })).report.findings.filter((f) => f.category === 'metric_regression')
        .some((f) => f.metric === 'accuracy' || f.evidence.some((e) => /^Accuracy fell/.test(e.text)));
    expect(await mentionsAccuracy(DEFAULT_CONFIG)).toBe(true);
    const tolerant = validateConfig('ml-doctor.yml', { metrics: { accuracy: { tolerance: 0.03 } } });
    expect(await mentionsAccuracy(tolerant)).toBe(false);
  });
});
