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
const severe = (rows: EvalRow[], cur: EvalRow[]) => {
  const { report } = review({ config: DEFAULT_CONFIG, baseline: memorySource(files(rows, 5)), current: memorySource(files(cur, 6)) });
  return report.findings.filter((f) => f.severity === 'major' || f.severity === 'critical').map((f) => `${f.category}: ${f.title}`);
};

describe('controls', () => {
  it('a fresh eval split of the same population (new ids, same size) raises nothing major', () => {
    expect(severe(baseRows(3000, 1), baseRows(3000, 2).map((r) => ({ ...r, id: r.id + 9000 })))).toEqual([]);
  });

  it('a much smaller eval split is reported as a minor row-count change, not as miscalibration', () => {
    const { report } = review({
      config: DEFAULT_CONFIG,
      baseline: memorySource(files(baseRows(3000, 1), 5)),
      current: memorySource(files(baseRows(400, 21).map((r) => ({ ...r, id: r.id + 9000 })), 6)),
    });
    const rowCount = report.findings.find((f) => f.category === 'data_quality' && /shrank/.test(f.title));
    expect(rowCount?.severity).toBe('minor');
    expect(report.findings.filter((f) => f.category === 'calibration')).toEqual([]);
  });

  it('a re-scored model with small noise on twenty thousand rows raises nothing major', () => {
    const rows = baseRows(20000, 1);
    expect(severe(rows, jitter(rows, 4, 0.05))).toEqual([]);
  });
});
