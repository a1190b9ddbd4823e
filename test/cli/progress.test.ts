import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { recordingTimer } from '../../src/timing.js';

/** A progress line over a fake clock, driven through a recording timer as the CLI drives it. */
function harness(live: boolean) {
  let now = 0;
  let out = '';
  const ticks: (() => void)[] = [];
  let stopped = 0;
  const p = progressLine({
    write: (s) => (out += s),
    live,
    clock: () => now,
    every: (_ms, fn) => {
      ticks.push(fn);
      return () => stopped++;
    },
  });
  const timer = recordingTimer(() => now, (name, ms) => p.finished(name, ms), (name) => p.started(name));
  return {
    timer,
    progress: p,
    advance: (ms: number) => (now += ms),
    tick: () => ticks.forEach((f) => f()),
    out: () => out,
    stopped: () => stopped,
  };
}

describe('the progress line', () => {
  it('prints one plain line per stage when it first finishes, and the total at the end', async () => {
    const h = harness(false);
    await h.timer.stageAsync('load', () => Promise.resolve(h.advance(2310)));
    h.timer.stage('performance', () => h.advance(4000));
    h.timer.stage('data', () => h.advance(1500));
    // A second pass of a stage (the signal passes) adds no line.
    h.timer.stage('performance', () => h.advance(10));
    h.timer.stage('training', () => h.advance(0));
    h.timer.stage('diagnosis', () => h.advance(5));
    h.timer.stage('render', () => h.advance(20));
    h.progress.done(7845);
    expect(h.out()).toBe(
      [
        'ml-doctor: load 2.31 s',
        'ml-doctor: performance 4.00 s',
        'ml-doctor: data 1.50 s',
        'ml-doctor: training 0.00 s',
        'ml-doctor: diagnosis 0.01 s',
        'ml-doctor: render 0.02 s',
        'ml-doctor: done in 7.84 s',
        '',
      ].join('\n'),
    );
    expect(h.out()).not.toContain('\r');
  });

  it('on a terminal, redraws the running stage in place and leaves one line per finished stage', async () => {
    const h = harness(true);
    await h.timer.stageAsync('load', async () => {
      h.advance(500);
      h.tick();
      h.advance(700);
      h.tick();
      await Promise.resolve();
    });
    h.timer.stage('performance', () => h.advance(300));
    h.timer.stage('performance', () => h.advance(10));
    h.progress.done(1510);
    expect(h.out()).toBe(
      '\r\x1b[Kml-doctor: load … 0.00 s' +
        '\r\x1b[Kml-doctor: load … 0.50 s' +
        '\r\x1b[Kml-doctor: load … 1.20 s' +
        '\r\x1b[Kml-doctor: load 1.20 s\n' +
        '\r\x1b[Kml-doctor: performance … 0.00 s' +
        '\r\x1b[Kml-doctor: performance 0.30 s\n' +
        '\r\x1b[Kml-doctor: performance … 0.00 s' +
        '\r\x1b[K' +
        '\r\x1b[Kml-doctor: done in 1.51 s\n',
    );
    // What stays on screen once the carriage returns are applied: the finished lines only.
    const screen = h.out().split('\n').map((l) => l.split('\r\x1b[K').pop());
    expect(screen).toEqual(['ml-doctor: load 1.20 s', 'ml-doctor: performance 0.30 s', 'ml-doctor: done in 1.51 s', '']);
    expect(h.stopped()).toBe(1);
  });

  it('does not redraw between stages', () => {
    const h = harness(true);
    h.timer.stage('diagnosis', () => h.advance(5));
    const before = h.out();
    h.tick();
    expect(h.out()).toBe(before);
  });
});
