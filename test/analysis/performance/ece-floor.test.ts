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

  it('reads no weights as weights of 1, and leaves rows without a positive weight out, bit for bit', () => {
    const rows = calibratedSample(3000, 11);
    const binOf = Int32Array.from(rows.conf, (p) => eceBin(p));
    const ones = new Float64Array(rows.conf.length).fill(1);
    expect(Object.is(eceFloor(rows, binOf), eceFloor({ ...rows, weight: ones }, binOf))).toBe(true);
    expect(Object.is(expectedCalibrationError(rows), expectedCalibrationError({ ...rows, weight: ones }))).toBe(true);
    // Zero, negative and missing weights on some rows: the floor of the other rows alone.
    const weight = Float64Array.from(rows.conf, (_, i) => (i % 7 === 0 ? 0 : i % 11 === 0 ? -1 : i % 13 === 0 ? NaN : 0.5 + (i % 3)));
    const kept = Array.from(rows.conf.keys()).filter((i) => weight[i]! > 0);
    const subset = { conf: Float64Array.from(kept, (i) => rows.conf[i]!), hit: Uint8Array.from(kept, (i) => rows.hit[i]!), weight: Float64Array.from(kept, (i) => weight[i]!) };
    const got = eceFloor({ ...rows, weight }, binOf);
    expect(got).toBeGreaterThan(0);
    expect(Object.is(got, eceFloor(subset, Int32Array.from(kept, (i) => binOf[i]!)))).toBe(true);
  });
});
