// A run cut short (epochs 30 → 5) leaves a five-row log; the underfitting it causes must still be
// found, judged against the baseline's full log — while a run that stopped after converging is not.
import { describe, expect, it } from 'vitest';
import { analyzeTraining, trainingSignals } from '../../../src/analysis/training/index.js';
import { parseCsv } from '../../../src/artifacts/csv.js';
import { buildTrainLog } from '../../../src/artifacts/roles.js';
import { trainLogCsv } from '../../helpers/synth.js';

const base = buildTrainLog(parseCsv('base/train_log.csv', trainLogCsv({ epochs: 30 })));
const signalsFor = (epochs: number) => {
  const cur = buildTrainLog(parseCsv('current/train_log.csv', trainLogCsv({ epochs, seed: 9 })));
  return trainingSignals(analyzeTraining({ base, cur, paramChanges: [{ key: 'optimizer.epochs', baseline: 30, current: epochs }] }));
};

describe('short training runs', () => {
  it('flags underfitting of a run cut from 30 to 5 epochs, with the epochs key tied to it', () => {
    const s = signalsFor(5);
    const under = s.find((x) => x.category === 'underfitting');
    expect(under?.significant).toBe(true);
    expect(under!.strength).toBeGreaterThanOrEqual(0.5);
    expect(s.find((x) => x.category === 'config_change')?.details['key']).toBe('optimizer.epochs');
  });

  it('stays silent for a run that stopped after its losses had flattened', () => {
    expect(signalsFor(25)).toEqual([]);
  });
});
