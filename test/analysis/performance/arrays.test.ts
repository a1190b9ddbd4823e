import { describe, expect, it } from 'vitest';
import { countOnes, gatherF64, iota, scatterF64 } from '../../../src/analysis/performance/arrays.js';

describe('row array helpers', () => {
  it('scatter is the inverse of gather through the same permutation', () => {
    const src = Float64Array.from([0.5, -1, 2.25, 3, 1e-9]);
    const pos = Int32Array.from([3, 0, 4, 1, 2]);
    const into = new Float64Array(5).fill(NaN);
    scatterF64(into, src, pos);
    expect(Array.from(into)).toEqual([-1, 3, 1e-9, 0.5, 2.25]);
    expect(Array.from(gatherF64(into, pos))).toEqual(Array.from(src));
  });

  it('counts set flags and makes 0..n-1', () => {
    expect(countOnes(Uint8Array.from([1, 0, 1, 1, 0]))).toBe(3);
    expect(Array.from(iota(4))).toEqual([0, 1, 2, 3]);
  });
});
