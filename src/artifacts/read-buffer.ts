import { releaseNow } from '../memory.js';

/**
 * Reusable memory for the table files a load parses in this thread, one after another. On the
 * 2-core VM this project is measured on, the first write to fresh memory costs ~4 ms per MB
 * (page faults): reading a 152 MB CSV into a new buffer took ~630 ms, into the pages of the
 * previous file's buffer ~20 ms. So the two runs' eval tables share one buffer; it lives as long
 * as the load stage (review.ts creates one per review) and is released when the load ends, so that
 * the analyses' arrays reuse its memory (decision 0032).
 */
export class ReadBuffer {
  private bytes = new Uint8Array(0);

  /**
   * A view of `size` bytes, valid until the next take. Grows with headroom (a quarter) so that a
   * second file a little larger than the first still fits: pages never written cost no memory.
   */
  take(size: number): Uint8Array {
    if (this.bytes.length < size) this.bytes = new Uint8Array(Math.ceil(size * 1.25));
    return this.bytes.subarray(0, size);
  }

  /** Frees the memory now (every view handed out is then empty); a later take allocates again. */
  release(): void {
    const bytes = this.bytes;
    this.bytes = new Uint8Array(0);
    releaseNow(bytes);
  }
}
