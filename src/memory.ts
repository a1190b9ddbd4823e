/**
 * Giving large scratch memory back when its last use ends, rather than at the garbage
 * collector's next turn (decision 0032). V8 frees an ArrayBuffer's memory only when a collection
 * finds the buffer unreachable, and it does not hurry for memory outside its heap: at 10^6 rows a
 * 190 MB read buffer outlived the load stage by about half a second, while the analyses allocated
 * their arrays beside it. Memory given back is what the next allocation reuses; memory held makes
 * that allocation take fresh pages, the review's dearest memory on a VM (a first touch faults the
 * page in from the host).
 */

type Detachable = ArrayBuffer & { transfer?: (newLength?: number) => ArrayBuffer };

/**
 * Frees the memory under `view` now, when the runtime can (`ArrayBuffer.prototype.transfer`,
 * ES2024: detaching a buffer frees its memory; a runtime without it leaves the memory to the
 * collector). Only for memory nothing reads afterwards: every view of the buffer is detached
 * (length 0). A SharedArrayBuffer, which other threads may hold, is left alone.
 */
export function releaseNow(view: ArrayBufferView): void {
  const buffer = view.buffer as Detachable;
  if (buffer instanceof ArrayBuffer && typeof buffer.transfer === 'function' && buffer.byteLength > 0) buffer.transfer(0);
}

/**
 * Bytes of the block `keepFreedMemory` allocates and frees: just under 32 MiB, glibc's largest
 * dynamic mmap threshold on 64-bit systems (DEFAULT_MMAP_THRESHOLD_MAX), so that its chunk (the
 * request, a header, rounded up to a page) is not above it.
 */
export const THRESHOLD_BLOCK_BYTES = 32 * 2 ** 20 - 64 * 2 ** 10;

/**
 * Has the C library's malloc keep the memory of freed arrays up to ~32 MiB for the next ones
 * (decision 0043). glibc maps each block above its mmap threshold afresh and unmaps it when it is
 * freed; the threshold starts at 128 KiB and rises to the size of a mapped block when that block is
 * freed, up to 32 MiB (mallopt(3), "M_MMAP_THRESHOLD"; the trim threshold follows at twice it). A
 * review allocates and frees hundreds of arrays of 1-16 MB at 10^6 rows, and on a VM the first
 * touch of fresh memory is its dearest memory (~4 ms of CPU per MB here). One block of just under
 * 32 MiB mapped and freed at once, before any of them, raises the threshold to its top: the arrays
 * then come from malloc's heaps, and a freed array's pages serve the next one. Mapping the block
 * touches none of its pages. Where malloc is not glibc's, or the user fixed the threshold
 * (`GLIBC_TUNABLES`, which turns the dynamic threshold off), this is one allocation and one free.
 */
export function keepFreedMemory(): void {
  releaseNow(new Uint8Array(THRESHOLD_BLOCK_BYTES));
}
