// The ECE a perfectly calibrated model shows on a finite sample (the floor the calibration
// signal subtracts before comparing runs of different sizes).
import { describe, expect, it } from 'vitest';
import { ECE_BINS, eceBin, eceFloor, expectedCalibrationError } from '../../../src/analysis/performance/calibration.js';
import { createRng } from '../../../src/analysis/stats/rng.js';

function calibratedSample(n: number, seed: number) {
  const r = createRng(seed);
  const conf = new Float64Array(n);
  const hit = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    conf[i] = r();
    hit[i] = r() < conf[i]! ? 1 : 0;
  }
  return { conf, hit, weight: null };
}

describe('eceFloor', () => {
  it.each([200, 400, 3000])('matches the mean ECE of a perfectly calibrated model on %i rows within 15%%', (n) => {
    let meanEce = 0;
    let meanFloor = 0;
    const draws = 40;
    for (let d = 0; d < draws; d++) {
      const rows = calibratedSample(n, 1000 + d);
      const binOf = Int32Array.from(rows.conf, (p) => eceBin(p));
      meanEce += expectedCalibrationError(rows) / draws;
      meanFloor += eceFloor(rows, binOf) / draws;
    }
    expect(Math.abs(meanFloor - meanEce) / meanEce).toBeLessThan(0.15);
  });

  it('shrinks like 1/sqrt(n)', () => {
    const floorOf = (n: number) => {
      const rows = calibratedSample(n, 7);
      return eceFloor(rows, Int32Array.from(rows.conf, (p) => eceBin(p)));
    };
    expect(floorOf(400) / floorOf(6400)).toBeGreaterThan(3.5);
    expect(floorOf(400) / floorOf(6400)).toBeLessThan(4.5);
    expect(ECE_BINS).toBe(15);
  });
});
