/**
 * A small zip reader for downloaded workflow artifacts: reads the central directory (so archives
 * written with data descriptors, as upload-artifact does, work), then inflates each entry with
 * node:zlib. An artifact of a pull request's run is untrusted input, so the whole directory is
 * checked before a byte is written: no path that leaves the target directory (zip-slip), no
 * symbolic links, no encryption, and declared sizes within limits — and an entry that inflates
 * beyond its declared size is stopped at that size (a lying header cannot become a zip bomb).
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

export interface ZipLimits {
  /** Most entries an archive may hold. */
  readonly maxEntries: number;
  /** Most bytes all entries may declare together once inflated. */
  readonly maxTotalBytes: number;
  /** Most bytes a single entry may declare. */
  readonly maxEntryBytes: number;
}

/** Generous for metrics, eval tables and logs; far below what would fill a runner's disk (14 GB). */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxEntryBytes: 1024 ** 3,
};

/** The archive was refused; the message says which entry and why. */
export class ZipRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipRefusedError';
  }
}

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate; anything else is refused at extraction. */
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly isDirectory: boolean;
  readonly isSymlink: boolean;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function u64(view: DataView, at: number): number {
  const v = view.getBigUint64(at, true);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipRefusedError(`a size or offset in the archive is too large (${v})`);
  return Number(v);
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= min; at--) {
    if (view.getUint32(at, true) === SIG_EOCD) return at;
  }
  throw new ZipRefusedError('not a zip archive (no end-of-central-directory record)');
}

/** Lists the entries from the central directory, without inflating anything. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  try {
    return readDirectory(bytes);
  } catch (e) {
    // A length field pointing past the end makes DataView throw: a truncated or forged archive.
    if (e instanceof RangeError) throw new ZipRefusedError('corrupt zip archive (a record points past the end of the file)');
    throw e;
  }
}

function readDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw new ZipRefusedError('not a zip archive (too short)');
  const eocd = findEndOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === SIG_ZIP64_LOCATOR) {
    const z = u64(view, locator + 8);
    if (z + 56 > bytes.byteLength || view.getUint32(z, true) !== SIG_ZIP64_EOCD) throw new ZipRefusedError('corrupt zip64 end-of-central-directory record');
    count = u64(view, z + 32);
    cdSize = u64(view, z + 40);
    cdOffset = u64(view, z + 48);
  }
  if (cdOffset + cdSize > bytes.byteLength) throw new ZipRefusedError('the central directory lies outside the archive (truncated download?)');

  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== SIG_CENTRAL) throw new ZipRefusedError(`corrupt central directory at entry ${i + 1}`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const externalAttr = view.getUint32(at + 38, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLen);
    // Bit 11: UTF-8 names; otherwise the legacy code page, of which ASCII is the part that matters.
    const name = Buffer.from(nameBytes).toString(flags & 0x800 ? 'utf8' : 'latin1');
    // Zip64: sizes and offset that overflow 32 bits live in extra field 0x0001, in this order.
    let e = at + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let p = e + 4;
        const end = p + size;
        if (uncompressedSize === U32_MAX && p + 8 <= end) {
          uncompressedSize = u64(view, p);
          p += 8;
        }
        if (compressedSize === U32_MAX && p + 8 <= end) {
          compressedSize = u64(view, p);
          p += 8;
        }
        if (localHeaderOffset === U32_MAX && p + 8 <= end) localHeaderOffset = u64(view, p);
      }
      e += 4 + size;
    }
    const unixMode = externalAttr >>> 16;
    entries.push({
      name,
      method,
      flags,
      crc32: crc,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      isDirectory: name.endsWith('/') || name.endsWith('\\'),
      // The Unix mode sits in the high 16 bits (hosts 3 Unix, 19 macOS); whatever host the
      // archive claims, an entry whose mode says "link" is treated as one.
      isSymlink: (unixMode & S_IFMT) === S_IFLNK,
    });
    at = extraEnd + commentLen;
  }
  return entries;
}

/** The entry's path below the target directory, or the reason it may not be written. */
function safeRelativePath(name: string): string {
  if (name.includes('\0')) throw new ZipRefusedError(`entry '${name.replace(/\0/g, '\\0')}' has a NUL byte in its name`);
  // Some Windows tools write backslashes; treat both as separators so `..\` cannot slip through.
  const parts = name.split(/[\\/]+/);
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) throw new ZipRefusedError(`entry '${name}' has an absolute path`);
  if (parts.includes('..')) throw new ZipRefusedError(`entry '${name}' points outside the extraction directory ('..' in its path)`);
  return parts.filter((p) => p !== '' && p !== '.').join('/');
}

/** Checks the whole directory against the limits and the path rules; returns the target paths. */
export function checkZipEntries(entries: readonly ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): string[] {
  if (entries.length > limits.maxEntries) throw new ZipRefusedError(`the archive has ${entries.length} entries; at most ${limits.maxEntries} are accepted`);
  let total = 0;
  const seen = new Set<string>();
  return entries.map((en) => {
    const rel = safeRelativePath(en.name);
    if (en.isSymlink) throw new ZipRefusedError(`entry '${en.name}' is a symbolic link; links are not extracted from artifacts`);
    if (en.flags & 0x1) throw new ZipRefusedError(`entry '${en.name}' is encrypted`);
    if (!en.isDirectory) {
      if (en.method !== 0 && en.method !== 8) throw new ZipRefusedError(`entry '${en.name}' uses compression method ${en.method}; only stored (0) and deflate (8) are read`);
      if (en.uncompressedSize > limits.maxEntryBytes) {
        throw new ZipRefusedError(`entry '${en.name}' declares ${formatBytes(en.uncompressedSize)}; at most ${formatBytes(limits.maxEntryBytes)} per file are accepted`);
      }
      total += en.uncompressedSize;
      if (total > limits.maxTotalBytes) {
        throw new ZipRefusedError(`the archive declares more than ${formatBytes(limits.maxTotalBytes)} once extracted (${formatBytes(sumDeclared(entries))} in all)`);
      }
    }
    const key = rel.toLowerCase();
    if (rel !== '' && !en.isDirectory && seen.has(key)) throw new ZipRefusedError(`entry '${en.name}' appears twice`);
    seen.add(key);
    return rel;
  });
}

function sumDeclared(entries: readonly ZipEntry[]): number {
  return entries.reduce((s, e) => s + (e.isDirectory ? 0 : e.uncompressedSize), 0);
}

export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} bytes` : `${v.toFixed(1)} ${units[u]}`;
}

function entryData(bytes: Uint8Array, en: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = en.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== SIG_LOCAL) throw new ZipRefusedError(`entry '${en.name}': corrupt local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + en.compressedSize;
  if (end > bytes.byteLength) throw new ZipRefusedError(`entry '${en.name}' extends past the end of the archive`);
  const raw = bytes.subarray(start, end);
  let out: Uint8Array;
  if (en.method === 0) {
    out = raw;
  } else {
    try {
      // The output is capped at the declared size (+1 to notice a lie); zlib stops there.
      out = inflateRawSync(raw, { maxOutputLength: en.uncompressedSize + 1 });
    } catch (e) {
      const why = e instanceof RangeError ? `inflates beyond its declared ${formatBytes(en.uncompressedSize)}` : `is not valid deflate data (${e instanceof Error ? e.message : String(e)})`;
      throw new ZipRefusedError(`entry '${en.name}' ${why}`);
    }
  }
  if (out.byteLength !== en.uncompressedSize) {
    throw new ZipRefusedError(`entry '${en.name}' holds ${formatBytes(out.byteLength)} but declares ${formatBytes(en.uncompressedSize)}`);
  }
  if (crc32(out) >>> 0 !== en.crc32 >>> 0) throw new ZipRefusedError(`entry '${en.name}' fails its CRC-32 check (corrupt download?)`);
  return out;
}

/**
 * Extracts an archive into `destDir`, which should be new and empty. Nothing is written unless
 * every entry passes the checks; files are created exclusively (`wx`), never through an
 * existing path. Returns the relative paths written.
 */
export function extractZip(bytes: Uint8Array, destDir: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): string[] {
  const entries = readZipDirectory(bytes);
  const rels = checkZipEntries(entries, limits);
  const root = resolve(destDir);
  mkdirSync(root, { recursive: true });
  const written: string[] = [];
  entries.forEach((en, i) => {
    const rel = rels[i]!;
    if (rel === '') return;
    const target = resolve(root, rel);
    // Belt and braces: the path rules above already exclude this.
    if (!target.startsWith(root + sep)) throw new ZipRefusedError(`entry '${en.name}' resolves outside the extraction directory`);
    if (en.isDirectory) {
      mkdirSync(target, { recursive: true });
      return;
    }
    try {
      const data = entryData(bytes, en);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data, { flag: 'wx' });
    } catch (e) {
      // A file `a` then `a/b` (EEXIST/ENOTDIR), a corrupt deflate stream, a full disk: this archive
      // cannot be the baseline, which is a refusal (the chain falls back), not a crashed review.
      if (e instanceof ZipRefusedError) throw e;
      const why = typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : e instanceof Error ? e.message : String(e);
      throw new ZipRefusedError(`entry '${en.name}' could not be extracted (${why})`);
    }
    written.push(rel);
  });
  return written;
}
