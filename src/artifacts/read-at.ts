/**
 * A file read by position, in pieces into memory the reader reuses (decision 0035): the CSV and
 * Parquet readers take a `ReadAt` instead of a file descriptor, so that they stay pure and their
 * tests can cut the reads anywhere.
 */

/** Reads up to `length` bytes at file offset `position` into buf[offset..]; returns the count, 0 at the end. */
export type ReadAt = (buf: Uint8Array, offset: number, length: number, position: number) => number;

/** Reads into all of `out` from file offset `position` (several reads if need be); returns the bytes read. */
export function readFully(readAt: ReadAt, out: Uint8Array, position: number): number {
  let got = 0;
  for (let n = 1; got < out.length && n > 0; got += n) n = readAt(out, got, out.length - got, position + got);
  return got;
}
