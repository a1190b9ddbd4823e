// Whether two columns hold the same cells (same-cells.ts): the test every reuse across runs rests on.
import { describe, expect, it } from 'vitest';
import { sameBytes, sameCells } from '../../src/analysis/same-cells.js';
import type { NumberColumn, StringColumn } from '../../src/artifacts/table.js';

const num = (values: number[], missing?: number[]): NumberColumn => ({
  kind: 'number',
  name: 'x',
  values: Float64Array.from(values),
  missing: Uint8Array.from(missing ?? values.map(() => 0)),
});
const str = (codes: number[], dict: string[]): StringColumn => ({ kind: 'string', name: 's', codes: Int32Array.from(codes), dict });

describe('sameBytes', () => {
  it('compares the bytes, aligned or not, including a tail shorter than a word', () => {
    const buf = new Uint8Array(64);
    for (let i = 0; i < 64; i++) buf[i] = i % 7;
    const twin = buf.slice();
    for (const [off, len] of [[0, 64], [0, 63], [1, 62], [4, 13], [3, 0]] as const) {
      expect(sameBytes(buf.subarray(off, off + len), twin.subarray(off, off + len))).toBe(true);
    }
    // A difference in the word part and in the tail is found; unequal lengths are different.
    const w = twin.slice();
    w[5] = 99;
    expect(sameBytes(buf, w)).toBe(false);
    const t = twin.slice();
    t[63] = 99;
    expect(sameBytes(buf, t)).toBe(false);
    expect(sameBytes(buf.subarray(1, 64), t.subarray(1, 64))).toBe(false);
    expect(sameBytes(buf.subarray(0, 10), twin.subarray(0, 11))).toBe(false);
  });

  it('over a shared buffer as over a plain one', () => {
    const a = new Float64Array(new SharedArrayBuffer(8 * 100));
    const b = new Float64Array(100);
    for (let i = 0; i < 100; i++) a[i] = b[i] = Math.sin(i);
    expect(sameBytes(a, b)).toBe(true);
    b[99] = 0;
    expect(sameBytes(a, b)).toBe(false);
  });
});

describe('sameCells', () => {
  it('number columns: the same values and missing flags', () => {
    expect(sameCells(num([1, 2, NaN], [0, 0, 1]), num([1, 2, NaN], [0, 0, 1]))).toBe(true);
    // A literal NaN is not an empty cell.
    expect(sameCells(num([1, 2, NaN], [0, 0, 1]), num([1, 2, NaN], [0, 0, 0]))).toBe(false);
    expect(sameCells(num([1, 2, 3]), num([1, 2, 4]))).toBe(false);
    expect(sameCells(num([1, 2, 3]), num([1, 2]))).toBe(false);
    // Bits, not values: -0 and 0 are told apart (the column is then computed again, nothing more).
    expect(sameCells(num([0]), num([-0]))).toBe(false);
  });

  it('string columns: the same dictionary and codes', () => {
    expect(sameCells(str([0, 1, -1, 0], ['a', 'b']), str([0, 1, -1, 0], ['a', 'b']))).toBe(true);
    // Same texts per row but another dictionary order: different codes, computed again.
    expect(sameCells(str([0, 1], ['a', 'b']), str([1, 0], ['b', 'a']))).toBe(false);
    expect(sameCells(str([0, 1], ['a', 'b']), str([0, 1], ['a', 'c']))).toBe(false);
    expect(sameCells(str([0, 0], ['a']), str([0, 0], ['a', 'b']))).toBe(false);
  });

  it('columns of different kinds are different; the answer is kept per pair', () => {
    expect(sameCells(num([0, 1]), str([0, 1], ['a', 'b']))).toBe(false);
    const a = num([1, 2, 3]);
    const b = num([1, 2, 3]);
    expect(sameCells(a, b)).toBe(true);
    // Columns are immutable after the load: the cached answer stands.
    expect(sameCells(a, b)).toBe(true);
    expect(sameCells(a, a)).toBe(true);
  });
});
