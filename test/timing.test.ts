import { describe, expect, it } from 'vitest';
import { formatTimings, NO_TIMER, recordingTimer } from '../src/timing.js';

describe('stage timers', () => {
  it('adds up a stage entered several times and reports each part', () => {
    let now = 0;
    const parts: string[] = [];
    const t = recordingTimer(() => now, (name, ms) => parts.push(`${name}:${ms}`));
    t.stage('load', () => (now += 100));
    t.stage('performance', () => (now += 250));
    t.stage('load', () => (now += 50));
    expect(parts).toEqual(['load:100', 'performance:250', 'load:50']);
    expect(t.totals.get('load')).toBe(150);
    expect(formatTimings(t.totals, 400)).toBe('ml-doctor timings: load 0.15 s, performance 0.25 s, total 0.40 s');
  });

  it('still records a stage that throws, and rethrows', () => {
    let now = 0;
    const t = recordingTimer(() => now);
    expect(() =>
      t.stage('data', () => {
        now += 10;
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(t.totals.get('data')).toBe(10);
  });

  it('runs stages untimed by default', () => {
    expect(NO_TIMER.stage('render', () => 42)).toBe(42);
  });
});
