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
