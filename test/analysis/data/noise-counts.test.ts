import { describe, expect, it } from 'vitest';
import { segmentNoiseCounts } from '../../../src/analysis/data/label-noise.js';

/** The counts row by row, one counter per quantity. */
function naive(codesB: Uint8Array, showB: Uint8Array | null, codesC: Uint8Array, showC: Uint8Array | null, flag: Uint8Array | null) {
  const z = () => new Int32Array(256);
  const out = { nB: z(), xB: z(), nC: z(), xC: z(), mC: z(), kC: z() };
  codesB.forEach((s, i) => {
    out.nB[s]!++;
    out.xB[s]! += showB ? showB[i]! : 0;
  });
  codesC.forEach((s, i) => {
    out.nC[s]!++;
    out.xC[s]! += showC ? showC[i]! : 0;
    const f = flag ? flag[i]! : 0;
    out.mC[s]! += f > 0 ? 1 : 0;
    out.kC[s]! += f === 2 ? 1 : 0;
  });
  return out;
}

describe('segmentNoiseCounts', () => {
  it('gives the row-by-row counts with and without shown rows and flags, the spare code 255 included', () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const n = 20_000;
    const code = () => Uint8Array.from({ length: n }, () => (rnd() < 0.1 ? 255 : Math.floor(rnd() * 7)));
    const bits = () => Uint8Array.from({ length: n }, () => (rnd() < 0.3 ? 1 : 0));
    const codesB = code();
    const codesC = code();
    const showB = bits();
    const showC = bits();
    const flag = Uint8Array.from({ length: n }, () => Math.floor(rnd() * 3));
    let cases = 0;
    for (const sb of [showB, null])
      for (const sc of [showC, null])
        for (const f of [flag, null]) {
          const got = segmentNoiseCounts(codesB, n, sb, codesC, n, sc, f);
          const want = naive(codesB, sb, codesC, sc, f);
          for (const key of ['nB', 'xB', 'nC', 'xC', 'mC', 'kC'] as const) expect(Array.from(got[key]), key).toEqual(Array.from(want[key]));
          cases++;
        }
    expect(cases).toBe(8);
    // Not vacuous: every quantity counted something.
    const all = segmentNoiseCounts(codesB, n, showB, codesC, n, showC, flag);
    expect(all.kC[3]!).toBeGreaterThan(0);
    expect(all.xB[255]!).toBeGreaterThan(0);
  });
});
