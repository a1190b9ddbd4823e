// The load the worker rule reads (artifacts/parallel-rules.ts, machine-load.ts): the tasks
// runnable now outside this process where Linux tells, else the 1-minute load average.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { otherLoad, runnableNow, taskRunnable } from '../src/artifacts/parallel-rules.js';
import { lowestLoad, machineLoad } from '../src/machine-load.js';

const stat = (tid: number, comm: string, state: string) => `${tid} (${comm}) ${state} 1 4090 4090 0 -1 4194560 3035 0 0 0 12 3 0 0 20 0 11 0`;

describe('runnableNow', () => {
  it('reads the runnable count of /proc/loadavg', () => {
    expect(runnableNow('0.62 0.81 0.43 3/90 4154\n')).toBe(3);
    expect(runnableNow('12.50 9.01 7.77 14/1203 99812\n')).toBe(14);
  });
  it('is null for text that is not /proc/loadavg', () => {
    expect(runnableNow('')).toBeNull();
    expect(runnableNow('0.62 0.81 0.43\n')).toBeNull();
    expect(runnableNow('load average: 0.62, 0.81, 0.43')).toBeNull();
  });
});

describe('taskRunnable', () => {
  it('reads the state after the command name, whatever the name holds', () => {
    expect(taskRunnable(stat(4090, 'node', 'R'))).toBe(true);
    expect(taskRunnable(stat(4091, 'node', 'S'))).toBe(false);
    expect(taskRunnable(stat(4092, 'V8 Worker', 'D'))).toBe(false);
    // A name with a space, ") R" and a parenthesis of its own.
    expect(taskRunnable(stat(4093, 'x) R (y', 'S'))).toBe(false);
    expect(taskRunnable(stat(4094, 'a) S (b', 'R'))).toBe(true);
    expect(taskRunnable('garbage')).toBe(false);
  });
});

describe('otherLoad', () => {
  const own = [stat(1, 'node', 'R'), stat(2, 'node', 'S'), stat(3, 'libuv-worker', 'R')];
  it('counts the runnable tasks outside this process where the system tells', () => {
    // Five runnable, two of them this process's: three others, whatever the 1-minute average says.
    expect(otherLoad(0.2, '0.20 0.30 0.10 5/300 77', own)).toBe(3);
    // Only this process runs: an idle machine, though a job that just ended left the average at 1.6.
    expect(otherLoad(1.6, '1.60 0.90 0.40 2/300 77', own)).toBe(0);
    // Readings a moment apart may disagree: never below zero.
    expect(otherLoad(1.6, '1.60 0.90 0.40 1/300 77', own)).toBe(0);
  });
  it('falls back to the 1-minute average elsewhere', () => {
    expect(otherLoad(1.6, null, own)).toBe(1.6);
    expect(otherLoad(1.6, '1.60 0.90 0.40 2/300 77', null)).toBe(1.6);
    expect(otherLoad(0.7, 'not loadavg', own)).toBe(0.7);
  });
});

describe('lowestLoad', () => {
  /** A reader that gives `values` in turn (of an instant unless `instant` is false), and a wait that records how long it was asked to wait. */
  const scripted = (values: number[], instant = true) => {
    let i = 0;
    const waits: number[] = [];
    return { reading: () => ({ load: values[Math.min(i++, values.length - 1)]!, instant }), wait: (ms: number) => void waits.push(ms), waits, reads: () => i };
  };
  it('answers an idle machine at the first reading, without waiting', () => {
    const s = scripted([0, 3, 3]);
    expect(lowestLoad(s.reading, 3, 10, s.wait)).toBe(0);
    expect(s.reads()).toBe(1);
    expect(s.waits).toEqual([]);
  });
  it('does not count a task that was runnable for one reading only', () => {
    const s = scripted([1, 0, 2]);
    expect(lowestLoad(s.reading, 3, 10, s.wait)).toBe(0);
    expect(s.waits).toEqual([10]);
  });
  it('counts a steady load, seen at every reading, the gaps between them waited', () => {
    const s = scripted([2, 1, 1]);
    expect(lowestLoad(s.reading, 3, 10, s.wait)).toBe(1);
    expect(s.reads()).toBe(3);
    expect(s.waits).toEqual([10, 10]);
  });
  it('reads an average (not an instant) once', () => {
    const s = scripted([1.6, 0, 0], false);
    expect(lowestLoad(s.reading, 3, 10, s.wait)).toBe(1.6);
    expect(s.reads()).toBe(1);
    expect(s.waits).toEqual([]);
  });
  it('waits for real between readings by default', () => {
    const s = scripted([1, 1, 1]);
    const t0 = performance.now();
    expect(lowestLoad(s.reading, 3, 15)).toBe(1);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(25);
  });
});

describe('machineLoad', () => {
  it('gives a load of zero or more and at least one core', () => {
    const { load, cores } = machineLoad();
    expect(load).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(load)).toBe(true);
    expect(cores).toBeGreaterThanOrEqual(1);
  });
  it.runIf(existsSync('/proc/loadavg'))('counts a busy process beside this one at once', async () => {
    // A process that spins: runnable whenever it is looked at, long before the 1-minute average rises.
    const spinner = spawn(process.execPath, ['-e', "process.stdout.write('go\\n'); for (;;) {}"], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await once(spinner.stdout, 'data');
      expect(machineLoad().load).toBeGreaterThanOrEqual(1);
    } finally {
      spinner.kill();
    }
  });
});
