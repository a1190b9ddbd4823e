// The review's load (src/review.ts): the baseline's score order is made ahead (prepareAhead)
// only while the current run's table is still on its way, never while its message already waits
// to be taken (the data checks would start that much later).
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { localDirSource } from '../src/artifacts/source.js';
import { IN_PROCESS_PARSER, type TableParser } from '../src/artifacts/parse-pool.js';
import * as prepare from '../src/analysis/performance/prepare.js';
import { review } from '../src/review.js';

// Called after each prepareAhead: the late delivery below hands the current table over then.
const hooks = vi.hoisted(() => ({ afterAhead: null as (() => void) | null }));

vi.mock('../src/analysis/performance/prepare.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../src/analysis/performance/prepare.js')>();
  return {
    ...m,
    prepareAhead: vi.fn((v: Parameters<typeof m.prepareAhead>[0]) => {
      m.prepareAhead(v);
      hooks.afterAhead?.();
    }),
  };
});

const root = join(import.meta.dirname, '../examples/churn');

/**
 * Parses in this thread, but hands the first table asked for (the current run's: review starts
 * its load first) over through `deliver`, as a worker's message arrives: a later turn of the loop.
 */
function parserDelivering(deliver: (hand: () => void) => void): TableParser {
  let calls = 0;
  return {
    parse(path, read, readTransient, localFile) {
      const parsed = IN_PROCESS_PARSER.parse(path, read, readTransient, localFile);
      if (calls++ > 0) return parsed;
      return new Promise((resolve) => deliver(() => resolve(parsed)));
    },
    close: () => Promise.resolve(),
  };
}

async function reviewWith(parser: TableParser) {
  return review({
    config: DEFAULT_CONFIG,
    baseline: localDirSource(join(root, 'baseline'), 'path', 'examples/churn/baseline'),
    current: localDirSource(join(root, 'current'), 'path', 'examples/churn/current'),
    parser,
  });
}

describe('the baseline prepared while the current table is parsed', () => {
  const spy = vi.mocked(prepare.prepareAhead);
  beforeEach(() => {
    spy.mockClear();
  });

  it('is skipped when the current table is already waiting when the baseline is in', async () => {
    // The current table's message is queued (an immediate) before the baseline has loaded.
    const { report } = await reviewWith(parserDelivering((hand) => setImmediate(hand)));
    expect(spy).not.toHaveBeenCalled();
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('runs when the current table comes later, and the report is the same', async () => {
    // Later: once the baseline's order is made (or after a second, should it never be).
    const late = await reviewWith(
      parserDelivering((hand) => {
        hooks.afterAhead = hand;
        setTimeout(hand, 1000);
      }),
    );
    hooks.afterAhead = null;
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockClear();
    const waiting = await reviewWith(parserDelivering((hand) => setImmediate(hand)));
    expect(spy).not.toHaveBeenCalled();
    expect(JSON.stringify(waiting.report)).toBe(JSON.stringify(late.report));
  });
});
