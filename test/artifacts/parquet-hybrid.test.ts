// The RLE / bit-packed hybrid decoder of the direct Parquet reader (parquet-flat.ts, hybrid): every
// bit width from 0 to 32, runs of both kinds, a count that ends inside a bit-packed group, bytes
// after the data, against an encoder written here from the format's description. Its return value
// is the sum of the values kept (for one-bit definition levels, the rows that hold a value).
import { describe, expect, it } from 'vitest';
import { cursor, hybrid, hybridLookup, hybridModule } from '../../src/artifacts/parquet-flat.js';
import { HybridModule } from '../../src/artifacts/parquet-wasm.js';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function varint(n: number, out: number[]): void {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
}

/** Encodes `values` as alternating RLE and bit-packed runs (groups of 8, the last padded with zeros). */
function encode(values: number[], width: number, rnd: () => number): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < values.length) {
    if (rnd() < 0.4) {
      // An RLE run of the next value, as long as it repeats (at least one).
      let j = i + 1;
      while (j < values.length && values[j] === values[i] && j - i < 300) j++;
      varint((j - i) * 2, out);
      for (let k = 0; k < (width + 7) >> 3; k++) out.push(Math.floor(values[i]! / 2 ** (8 * k)) & 0xff);
      i = j;
    } else {
      const groups = 1 + Math.floor(rnd() * 20);
      const n = groups * 8;
      varint(groups * 2 + 1, out);
      const bits: number[] = [];
      for (let k = 0; k < n; k++) {
        const v = i + k < values.length ? values[i + k]! : 0;
        for (let b = 0; b < width; b++) bits.push(Math.floor(v / 2 ** b) % 2);
      }
      for (let b = 0; b < bits.length; b += 8) {
        let byte = 0;
        for (let k = 0; k < 8; k++) byte |= (bits[b + k] ?? 0) << k;
        out.push(byte);
      }
      i += n;
    }
  }
  return Uint8Array.from(out);
}

describe('hybrid', () => {
  it.each(Array.from({ length: 33 }, (_, w) => w))('decodes width %i, RLE and bit-packed runs, as encoded', (width) => {
    const rnd = lcg(1000 + width);
    for (let trial = 0; trial < 4; trial++) {
      const count = 1 + Math.floor(rnd() * 2000);
      const max = 2 ** width;
      // Repeats now and then, so that RLE runs are more than one value long.
      const values: number[] = [];
      for (let k = 0; k < count; k++) values.push(k > 0 && rnd() < 0.3 ? values[k - 1]! : Math.floor(rnd() * max));
      const encoded = encode(values, width, rnd);
      // Inside a larger buffer, with bytes after the data that must not be read as values.
      const bytes = new Uint8Array(encoded.length + 16).fill(0xff);
      bytes.set(encoded);
      const out = width <= 8 && trial % 2 === 0 ? new Uint8Array(count) : new Int32Array(count);
      const c = cursor(bytes);
      const sum = hybrid(c, encoded.length, width, out, count);
      const expected = values.map((v) => (out instanceof Int32Array ? v | 0 : v));
      expect(Array.from(out)).toEqual(expected);
      expect(sum).toBe(values.reduce((a, b) => a + b, 0));
    }
  });

  it.each(Array.from({ length: 33 }, (_, w) => w))('decodes width %i into the WebAssembly module (hybridModule) as hybrid() does', (width) => {
    const mod = HybridModule.get()!;
    expect(mod).not.toBeNull();
    const rnd = lcg(2000 + width);
    for (let trial = 0; trial < 4; trial++) {
      const count = 1 + Math.floor(rnd() * 2000);
      const max = 2 ** width;
      const values: number[] = [];
      for (let k = 0; k < count; k++) values.push(k > 0 && rnd() < 0.3 ? values[k - 1]! : Math.floor(rnd() * max));
      const encoded = encode(values, width, rnd);
      const bytes = new Uint8Array(encoded.length + 16).fill(0xff);
      bytes.set(encoded);
      const reference = new Int32Array(count);
      hybrid(cursor(bytes), encoded.length, width, reference, count);
      const c = cursor(bytes);
      hybridModule(c, encoded.length, width, count, mod, 0);
      expect(Array.from(mod.indices(count))).toEqual(Array.from(reference));
      // The cursor ends where hybrid() leaves it.
      const r = cursor(bytes);
      hybrid(r, encoded.length, width, new Int32Array(count), count);
      expect(c.pos).toBe(r.pos);
    }
  });

  it('leaves a run value wider than its bit width to the general reader (NotCovered)', () => {
    // An RLE run of 5 values of 2 at width 1.
    const c = cursor(Uint8Array.from([10, 2]));
    expect(() => hybrid(c, 2, 1, new Uint8Array(5), 5)).toThrow();
  });

  it.each(Array.from({ length: 33 }, (_, w) => w))('looks dictionary indices of width %i up as it decodes them, as decoding then looking up does', (width) => {
    const rnd = lcg(5000 + width);
    for (let trial = 0; trial < 4; trial++) {
      const count = 1 + Math.floor(rnd() * 2000);
      // A dictionary as large as the width allows, up to 3,000 entries.
      const size = Math.max(1, Math.min(3000, 2 ** width));
      const dict = Float64Array.from({ length: size }, (_, k) => k * 1.5 - 7 + (k % 3) / 10);
      const values: number[] = [];
      for (let k = 0; k < count; k++) values.push(k > 0 && rnd() < 0.3 ? values[k - 1]! : Math.floor(rnd() * size));
      const encoded = encode(values, width, rnd);
      const bytes = new Uint8Array(encoded.length + 16).fill(0xff);
      bytes.set(encoded);
      const viaIndices = new Int32Array(count);
      hybrid(cursor(bytes), encoded.length, width, viaIndices, count);
      const out = new Float64Array(count);
      const c = cursor(bytes);
      hybridLookup(c, encoded.length, width, dict, out, count);
      expect(Array.from(out)).toEqual(Array.from(viaIndices, (j) => dict[j]!));
      // The cursor ends where hybrid's does.
      const d = cursor(bytes);
      hybrid(d, encoded.length, width, new Int32Array(count), count);
      expect(c.pos).toBe(d.pos);
    }
  });

  it('leaves an index past the dictionary to the general reader (NotCovered), in either kind of run', () => {
    // An RLE run of 3 values of 5, a dictionary of 5 entries.
    expect(() => hybridLookup(cursor(Uint8Array.from([6, 5])), 2, 3, new Float64Array(5), new Float64Array(3), 3)).toThrow();
    // A bit-packed group of 8 values of width 3, the fourth 6.
    const bits = [0, 1, 2, 6, 1, 0, 2, 1].flatMap((v) => [v & 1, (v >> 1) & 1, (v >> 2) & 1]);
    const packed = [3];
    for (let b = 0; b < bits.length; b += 8) packed.push(bits.slice(b, b + 8).reduce((a, bit, k) => a | (bit << k), 0));
    expect(() => hybridLookup(cursor(Uint8Array.from(packed)), packed.length, 3, new Float64Array(5), new Float64Array(8), 8)).toThrow();
    expect(() => hybridLookup(cursor(Uint8Array.from(packed)), packed.length, 3, new Float64Array(7), new Float64Array(8), 8)).not.toThrow();
  });
});
