/**
 * Instances of the program's WebAssembly modules (decision 0051), one per thread and module: the
 * bytes are bundled as base64 (src/artifacts/NAME-wasm.ts, made by `npm run build:wasm`).
 */
import { Buffer } from 'node:buffer';

/** The global WebAssembly API, as far as used here (the project's type libraries do not declare it). */
interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: object };
}
const WASM = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** A module's memory, as the wrappers use it. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** Grows a module's memory to at least `bytes` (in whole 64 KiB pages); views taken before are then detached. */
export function reserve(mem: WasmMemory, bytes: number): void {
  if (mem.buffer.byteLength < bytes) mem.grow(Math.ceil((bytes - mem.buffer.byteLength) / 65536));
}

/** The module of these base64 bytes instantiated (no imports), its exports; null where WebAssembly is not available or the bytes do not instantiate. */
export function instantiate<T extends object>(base64: string): T | null {
  if (!WASM) return null;
  try {
    return new WASM.Instance(new WASM.Module(Buffer.from(base64, 'base64')), {}).exports as T;
  } catch {
    return null;
  }
}
