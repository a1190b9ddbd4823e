/**
 * Stage timing as a port: the pipeline names its stages, the entry point decides whether and how
 * to time them. The pure stages never read a clock themselves (same inputs, same report), so the
 * clock and the output stream are injected here from the CLI.
 */

/** The stages of one review, in pipeline order. */
export const STAGES = ['load', 'performance', 'data', 'training', 'diagnosis', 'render'] as const;
export type StageName = (typeof STAGES)[number];

export interface StageTimer {
  /** Runs `fn` as (part of) stage `name`; a stage entered several times adds up. */
  stage<T>(name: StageName, fn: () => T): T;
  /** The same for a stage that awaits (loading: files parse on other cores meanwhile). */
  stageAsync<T>(name: StageName, fn: () => Promise<T>): Promise<T>;
}

/** Runs every stage untimed. */
export const NO_TIMER: StageTimer = { stage: (_name, fn) => fn(), stageAsync: (_name, fn) => fn() };

/**
 * A timer over `clock` (milliseconds) that tells `started` when a part begins, reports each
 * finished part to `report` and keeps the totals per stage.
 */
export function recordingTimer(
  clock: () => number,
  report: (name: StageName, ms: number) => void = () => {},
  started: (name: StageName) => void = () => {},
): StageTimer & { readonly totals: ReadonlyMap<StageName, number> } {
  const totals = new Map<StageName, number>();
  const done = (name: StageName, t0: number): void => {
    const ms = clock() - t0;
    totals.set(name, (totals.get(name) ?? 0) + ms);
    report(name, ms);
  };
  return {
    totals,
    stage<T>(name: StageName, fn: () => T): T {
      started(name);
      const t0 = clock();
      try {
        return fn();
      } finally {
        done(name, t0);
      }
    },
    async stageAsync<T>(name: StageName, fn: () => Promise<T>): Promise<T> {
      started(name);
      const t0 = clock();
      try {
        return await fn();
      } finally {
        done(name, t0);
      }
    },
  };
}

/** One line per stage and the total, e.g. `ml-doctor timings: load 2.31 s, performance 0.42 s, … total 3.10 s`. */
export function formatTimings(totals: ReadonlyMap<StageName, number>, totalMs: number): string {
  const parts = STAGES.filter((s) => totals.has(s)).map((s) => `${s} ${(totals.get(s)! / 1000).toFixed(2)} s`);
  return `ml-doctor timings: ${parts.join(', ')}, total ${(totalMs / 1000).toFixed(2)} s`;
}
