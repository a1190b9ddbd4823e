// Writes zip archives for tests, including hostile ones (a `../` name, a symlink, a lying or
// 10 GB declared size) that no well-behaved zip tool would produce.
import { crc32, deflateRawSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface ZipFixtureEntry {
  readonly name: string;
  readonly data?: Uint8Array | string;
  /** 0 stored, 8 deflate (default). */
  readonly method?: 0 | 8;
  /** Uncompressed size written into the headers instead of the real one. */
  readonly declaredSize?: number;
  /** Unix mode for the external attributes (0o120777 makes a symlink). */
  readonly unixMode?: number;
}

export interface ZipFixtureOptions {
  /** Sizes and CRC after the data, with zeros in the local header (how streaming writers do it). */
  readonly dataDescriptor?: boolean;
}

const U32_MAX = 0xffffffff;

export function makeZip(entries: readonly ZipFixtureEntry[], opts: ZipFixtureOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let anyZip64 = false;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data) : Buffer.from(e.data ?? new Uint8Array());
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const crc = crc32(raw) >>> 0;
    const size = e.declaredSize ?? raw.length;
    const zip64 = size >= U32_MAX;
    anyZip64 ||= zip64;
    const name = Buffer.from(e.name, 'utf8');
    const flags = 0x800 | (opts.dataDescriptor ? 0x8 : 0);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(opts.dataDescriptor ? 0 : crc, 14);
    local.writeUInt32LE(opts.dataDescriptor ? 0 : body.length, 18);
    local.writeUInt32LE(opts.dataDescriptor ? 0 : zip64 ? U32_MAX : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const parts = [local, name, body];
    if (opts.dataDescriptor) {
      const dd = Buffer.alloc(16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc, 4);
      dd.writeUInt32LE(body.length, 8);
      dd.writeUInt32LE(zip64 ? U32_MAX : size, 12);
      parts.push(dd);
    }
    const localBuf = Buffer.concat(parts);

    const extra = zip64 ? Buffer.alloc(12) : Buffer.alloc(0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 45, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(zip64 ? U32_MAX : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    const mode = e.unixMode ?? (e.name.endsWith('/') ? 0o040755 : 0o100644);
    central.writeUInt32LE((mode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([central, name, extra]));
    locals.push(localBuf);
    offset += localBuf.length;
  }
  const cd = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (anyZip64) {
    const z = Buffer.alloc(56);
    z.writeUInt32LE(0x06064b50, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE(45, 12);
    z.writeUInt16LE(45, 14);
    z.writeBigUInt64LE(BigInt(entries.length), 24);
    z.writeBigUInt64LE(BigInt(entries.length), 32);
    z.writeBigUInt64LE(BigInt(cd.length), 40);
    z.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(z, loc);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, ...tail, eocd]);
}

/** A zip of every file under `dir`, as upload-artifact would make it (streamed, with data descriptors). */
export function zipDirectory(dir: string): Buffer {
  const entries: ZipFixtureEntry[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else entries.push({ name: relative(dir, p).split('\\').join('/'), data: readFileSync(p) });
    }
  };
  walk(dir);
  return makeZip(entries, { dataDescriptor: true });
}
