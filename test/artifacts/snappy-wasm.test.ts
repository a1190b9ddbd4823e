// The snappy module (wasm/snappy.ts through SnappyModule, decision 0052) must give exactly the bytes
// hyparquet-compressors' snappy gives (hysnappy), on streams of every element kind — literals with
// 0-4 extra length bytes, copies with 1-, 2- and 4-byte offsets, overlapping copies (offset < 8) —
// and refuse what is not a stream of the page's size, leaving the page to hysnappy. Whatever it
// takes, it takes right: on mutated streams it either refuses or agrees with hysnappy.
import { snappyCompress, snappyUncompress } from 'hysnappy';
import { describe, expect, it } from 'vitest';
import { SnappyModule, snappyModuleCounts } from '../../src/artifacts/parquet-wasm.js';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const mod = SnappyModule.get()!;
/** The module's bytes, copied out of its memory (the view is valid until the next call), or null. */
const ours = (input: Uint8Array, size: number): number[] | null => {
  const out = mod.uncompress(input, size);
  return out ? Array.from(out) : null;
};
/** hysnappy's bytes, or null when it throws. */
const theirs = (input: Uint8Array, size: number): number[] | null => {
  try {
    return Array.from(snappyUncompress(input, size));
  } catch {
    return null;
  }
};

const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
};
const literal = (bytes: number[], extra: 0 | 1 | 2 | 3 | 4 = 0): number[] => {
  const n = bytes.length - 1;
  if (extra === 0) return [n << 2, ...bytes];
  return [(59 + extra) << 2, ...Array.from({ length: extra }, (_, i) => (n >>> (8 * i)) & 0xff), ...bytes];
};
const copy1 = (len: number, offset: number): number[] => [1 | ((len - 4) << 2) | ((offset >> 8) << 5), offset & 0xff];
const copy2 = (len: number, offset: number): number[] => [2 | ((len - 1) << 2), offset & 0xff, offset >> 8];
const copy4 = (len: number, offset: number): number[] => [3 | ((len - 1) << 2), offset & 0xff, (offset >> 8) & 0xff, (offset >> 16) & 0xff, offset >>> 24];
const stream = (size: number, ...elements: number[][]): Uint8Array => new Uint8Array([...varint(size), ...elements.flat()]);

/** Byte arrays of the kinds a Parquet page holds, and the edges of the format. */
function inputs(): [string, Uint8Array][] {
  const rnd = lcg(7);
  const doubles = new Float64Array(20000);
  for (let i = 0; i < doubles.length; i++) doubles[i] = Number((30 + 6 * (rnd() - 0.5)).toFixed(3));
  const ints = new Int32Array(30000);
  for (let i = 0; i < ints.length; i++) ints[i] = Math.floor(rnd() * 4);
  const text = new TextEncoder().encode(Array.from({ length: 3000 }, (_, i) => `seg_${i % 7}`).join(''));
  return [
    ['doubles of 3 decimals', new Uint8Array(doubles.buffer)],
    ['small integers', new Uint8Array(ints.buffer)],
    ['random bytes (long literals)', Uint8Array.from({ length: 200000 }, () => Math.floor(rnd() * 256))],
    ['one byte repeated (overlapping copies)', new Uint8Array(70000).fill(9)],
    ['short periods 1-7', Uint8Array.from({ length: 50000 }, (_, i) => (i % (1 + Math.floor(i / 8000))) * 31)],
    ['text', text],
    ['empty', new Uint8Array(0)],
    ...[1, 7, 8, 15, 16, 17, 60, 61, 255, 256].map((n): [string, Uint8Array] => [`${n} random bytes`, Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256))]),
  ];
}

describe('SnappyModule', () => {
  it.each(inputs())('decompresses %s as hysnappy does', (_name, input) => {
    const compressed = snappyCompress(input);
    const pages = snappyModuleCounts.pages;
    expect(ours(compressed, input.length)).toEqual(Array.from(input));
    expect(snappyModuleCounts.pages).toBe(pages + 1);
  });

  it('takes every element kind, as the format describes it', () => {
    const a = Array.from({ length: 300 }, (_, i) => (i * 7) & 0xff);
    const cases: [Uint8Array, number[]][] = [
      // Literals whose length is in the tag, or in 1, 2, 3 or 4 bytes after it.
      [stream(5, literal([1, 2, 3, 4, 5])), [1, 2, 3, 4, 5]],
      [stream(3, literal([1, 2, 3], 1)), [1, 2, 3]],
      [stream(300, literal(a, 2)), a],
      [stream(61, literal(a.slice(0, 61), 3)), a.slice(0, 61)],
      [stream(70, literal(a.slice(0, 70), 4)), a.slice(0, 70)],
      // Copies with 1-, 2- and 4-byte offsets, an 11-bit offset (its high bits in the tag), overlaps.
      [stream(300 + 11, literal(a, 2), copy1(11, 260)), [...a, ...a.slice(40, 51)]],
      [stream(300 + 64, literal(a, 2), copy2(64, 300)), [...a, ...a.slice(0, 64)]],
      [stream(300 + 33, literal(a, 2), copy4(33, 100)), [...a, ...a.slice(200, 233)]],
      [stream(1 + 11, literal([5]), copy1(11, 1)), Array<number>(12).fill(5)],
      [stream(3 + 40, literal([1, 2, 3]), copy2(40, 3)), Array.from({ length: 43 }, (_, i) => (i % 3) + 1)],
      [stream(9 + 64, literal([1, 2, 3, 4, 5, 6, 7, 8, 9]), copy2(64, 9)), Array.from({ length: 73 }, (_, i) => (i % 9) + 1)],
    ];
    for (const [input, expected] of cases) {
      expect(ours(input, expected.length)).toEqual(expected);
      expect(theirs(input, expected.length)).toEqual(expected);
    }
  });

  // The reader then decompresses the page with hysnappy, which throws its error (or, laxer, takes a
  // stream whose header is not the page's size): the reader's outcome is hysnappy's, as before.
  it('refuses what is not a stream of exactly the size', () => {
    const bad: [Uint8Array, number][] = [
      [stream(5, literal([1, 2, 3, 4, 5])), 4], // another size than the header's
      [stream(6, literal([1, 2, 3, 4, 5])), 6], // the stream ends short of its size
      [new Uint8Array([0x85]), 5], // a length that never ends
      [new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]), 0], // a length of 6 bytes
      [stream(5, literal([1, 2, 3, 4, 5])).subarray(0, 4), 5], // a literal past the input
      [stream(4, [60 << 2]), 4], // a literal's length byte past the input
      [stream(3 + 4, literal([1, 2, 3]), copy1(4, 0)), 7], // offset 0
      [stream(3 + 4, literal([1, 2, 3]), copy1(4, 4)), 7], // an offset before the output
      [stream(3 + 4, literal([1, 2, 3]), copy2(4, 3)).subarray(0, 6), 7], // a copy's offset past the input
      [stream(3 + 4, literal([1, 2, 3]), copy2(8, 3)), 7], // a copy past the output
      [stream(3, literal([1, 2, 3, 4])), 3], // a literal past the output
    ];
    for (const [input, size] of bad) expect(ours(input, size)).toBeNull();
    // Each refused for its own fault: the same streams mended are taken.
    expect(ours(stream(5, literal([1, 2, 3, 4, 5])), 5)).toEqual([1, 2, 3, 4, 5]);
    expect(ours(stream(3 + 4, literal([1, 2, 3]), copy1(4, 3)), 7)).toEqual([1, 2, 3, 1, 2, 3, 1]);
  });

  it('agrees with hysnappy whenever it takes a mutated stream (2,000 mutations)', () => {
    const rnd = lcg(11);
    const base = inputs().filter(([, b]) => b.length > 0 && b.length < 100000);
    let taken = 0;
    for (let k = 0; k < 2000; k++) {
      const [, input] = base[k % base.length]!;
      const c = snappyCompress(input).slice();
      const flips = 1 + Math.floor(rnd() * 3);
      for (let f = 0; f < flips; f++) c[Math.floor(rnd() * c.length)] = Math.floor(rnd() * 256);
      const size = rnd() < 0.9 ? input.length : input.length + Math.floor(rnd() * 5) - 2;
      if (size < 0) continue;
      const mine = ours(c, size);
      if (mine === null) continue;
      taken++;
      expect(mine).toEqual(theirs(c, size));
    }
    // Most flips land in literal bytes: streams still whole, taken and compared.
    expect(taken).toBeGreaterThan(500);
  });
});
