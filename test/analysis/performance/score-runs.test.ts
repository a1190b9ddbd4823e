// scoreRuns (ranked.ts) against the cut it replaced: a walk of the score order with a nested scan
// per tie group and per stretch of distinct scores, kept here as the reference.
import { describe, expect, it } from 'vitest';
import { scoreRuns } from '../../../src/analysis/performance/ranked.js';

const RUN_TIES = 1;
const RUN_BIN_END = 2;

function referenceRuns(groupEnd: Uint8Array, binEnd: Uint8Array | null): number[] {
  const out: number[] = [];
  const n = groupEnd.length;
  let j = 0;
  while (j < n) {
    let end = j;
    while (!groupEnd[end]) end++;
    if (end > j) {
      out.push(j, end + 1, RUN_TIES | (binEnd && binEnd[end] ? RUN_BIN_END : 0));
      j = end + 1;
      continue;
    }
    let k = j;
    while (k < n && groupEnd[k] && !(k + 1 < n && !groupEnd[k + 1]) && !(binEnd && binEnd[k])) k++;
    const stop = Math.min(n, k + 1);
    out.push(j, stop, binEnd && binEnd[stop - 1] ? RUN_BIN_END : 0);
    j = stop;
  }
  return out;
}

/** A score order's tie-group ends and bin ends, as a ranking makes them: random scores from a few levels, sorted descending. */
function order(seed: number, n: number, levels: number, bins: number): { groupEnd: Uint8Array; binEnd: Uint8Array } {
  let s = seed >>> 0;
  const rnd = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const scores = Array.from({ length: n }, () => Math.floor(rnd() * levels) / levels).sort((a, b) => b - a);
  const bin = (x: number): number => Math.min(bins - 1, Math.floor(x * bins));
  const groupEnd = new Uint8Array(n);
  const binEnd = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    groupEnd[j] = j === n - 1 || scores[j + 1] !== scores[j] ? 1 : 0;
    binEnd[j] = j === n - 1 || bin(scores[j + 1]!) !== bin(scores[j]!) ? 1 : 0;
  }
  return { groupEnd, binEnd };
}

describe('scoreRuns', () => {
  it('cuts every order as the nested walk did, with and without bin ends', () => {
    let cases = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const n = 1 + (seed % 97);
      // From all ties (one level) to nearly all distinct (levels far above n).
      const levels = 1 + ((seed * 7) % (3 * n));
      const { groupEnd, binEnd } = order(seed, n, levels, 1 + (seed % 15));
      expect([...scoreRuns(groupEnd, binEnd)]).toEqual(referenceRuns(groupEnd, binEnd));
      expect([...scoreRuns(groupEnd, null)]).toEqual(referenceRuns(groupEnd, null));
      cases++;
    }
    expect(cases).toBe(300);
  });

  it('makes one run of a single position, of all ties, and of all distinct scores', () => {
    expect([...scoreRuns(Uint8Array.of(1), null)]).toEqual([0, 1, 0]);
    expect([...scoreRuns(Uint8Array.of(0, 0, 1), null)]).toEqual([0, 3, RUN_TIES]);
    expect([...scoreRuns(Uint8Array.of(1, 1, 1), null)]).toEqual([0, 3, 0]);
    // Distinct, a tie pair, distinct; a bin ending inside the first distinct stretch.
    expect([...scoreRuns(Uint8Array.of(1, 1, 0, 1, 1), Uint8Array.of(1, 0, 0, 1, 1))]).toEqual([0, 1, RUN_BIN_END, 1, 2, 0, 2, 4, RUN_TIES | RUN_BIN_END, 4, 5, RUN_BIN_END]);
  });
});
