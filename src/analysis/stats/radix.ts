/**
 * The passes of an LSD radix sort over 32-bit keys that both float sorts share: the score argsort
 * (performance/ranked.ts) and the grid sort of a column's values (stats/two-sample.ts). Each loop
 * is a function of its own (decision 0045).
 */

/** Bits of a digit at most: 2,048 counts, in L1 cache. */
export const DIGIT_BITS = 11;

/** The digit width for keys of `bits` bits: all of them in one pass up to DIGIT_BITS, else split evenly over the fewest passes. */
export function digitWidth(bits: number): number {
  return Math.ceil(bits / Math.max(1, Math.ceil(bits / DIGIT_BITS)));
}

/** The count of each digit (keys >>> shift) & mask, into count (cleared first). */
export function countDigits(count: Int32Array, keys: Uint32Array, shift: number, mask: number): void {
  count.fill(0);
  for (let i = 0; i < keys.length; i++) count[(keys[i]! >>> shift) & mask]!++;
}

/** The counts of digits 0..mask into the positions where each digit's keys start. */
export function startsOfDigits(count: Int32Array, mask: number): void {
  let sum = 0;
  for (let d = 0; d <= mask; d++) {
    const c = count[d]!;
    count[d] = sum;
    sum += c;
  }
}
