/**
 * The progress line on stderr: each stage (load, performance, data, training, diagnosis, render)
 * as one line with its time when it first finishes. When stderr is a terminal, the stage that is
 * running shows on a live line below them, rewritten in place with its elapsed time while the
 * event loop is free (the load awaits its parse workers; the analyses run on this thread, so their
 * line updates when they finish), and replaced by the stage's line when it ends. A stage entered
 * again later (the signal passes of performance and data, the report writes of render) adds to
 * the closing `done` line's total, not a second line. Only the CLI prints it: report.json and
 * stdout never depend on it.
 */
import type { StageName } from '../timing.js';

export interface ProgressOptions {
  readonly write: (s: string) => void;
  /** stderr is a terminal: keep a live line for the running stage. */
  readonly live: boolean;
  /** Milliseconds. */
  readonly clock: () => number;
  /** Calls `fn` every `ms` until the returned stop function runs (the live line's clock). */
  readonly every?: (ms: number, fn: () => void) => () => void;
}

export interface Progress {
  started(name: StageName): void;
  finished(name: StageName, ms: number): void;
  /** Ends the output with the whole run's time. */
  done(totalMs: number): void;
}

/** How often the live line's elapsed time is redrawn: a steady tenth-of-a-second count, no flicker. */
const LIVE_REDRAW_MS = 100;

const secs = (ms: number): string => (ms / 1000).toFixed(2);
/** Return to the line's start and clear it (the live line is redrawn in place). */
const CLEAR = '\r\x1b[K';

const defaultEvery = (ms: number, fn: () => void): (() => void) => {
  const h = setInterval(fn, ms);
  h.unref();
  return () => clearInterval(h);
};

export function progressLine(o: ProgressOptions): Progress {
  const shown = new Set<StageName>();
  let running: { name: StageName; t0: number } | null = null;
  let stop: (() => void) | null = null;
  const drawLive = (): void => {
    if (running) o.write(`${CLEAR}ml-doctor: ${running.name} … ${secs(o.clock() - running.t0)} s`);
  };
  return {
    started(name) {
      if (!o.live) return;
      running = { name, t0: o.clock() };
      drawLive();
      stop ??= (o.every ?? defaultEvery)(LIVE_REDRAW_MS, drawLive);
    },
    finished(name, ms) {
      const first = !shown.has(name);
      shown.add(name);
      if (o.live) {
        running = null;
        o.write(first ? `${CLEAR}ml-doctor: ${name} ${secs(ms)} s\n` : CLEAR);
      } else if (first) o.write(`ml-doctor: ${name} ${secs(ms)} s\n`);
    },
    done(totalMs) {
      stop?.();
      stop = null;
      o.write(`${o.live ? CLEAR : ''}ml-doctor: done in ${secs(totalMs)} s\n`);
    },
  };
}
