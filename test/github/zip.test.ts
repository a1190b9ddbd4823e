import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, extractZip, readZipDirectory, ZipRefusedError } from '../../src/github/zip.js';
import { makeZip } from './zip-writer.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const freshDir = () => join(mkdtempSync(join(tmpdir(), 'mld-zip-')), 'out');

function refusal(bytes: Uint8Array, limits = DEFAULT_ZIP_LIMITS): { message: string; dest: string } {
  const dest = freshDir();
  try {
    extractZip(bytes, dest, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(ZipRefusedError);
    return { message: (e as Error).message, dest };
  }
  throw new Error('the archive was extracted');
}

describe('zip extraction', () => {
  it('extracts an archive written by Python zipfile, directories included', () => {
    const dest = freshDir();
    const files = extractZip(fixture('python-zipfile.zip'), dest);
    expect(files.sort()).toEqual(['run/eval/predictions.csv', 'run/metrics.json']);
    expect(JSON.parse(readFileSync(join(dest, 'run/metrics.json'), 'utf8'))).toEqual({ test: { accuracy: 0.91 } });
    expect(readFileSync(join(dest, 'run/eval/predictions.csv'), 'utf8')).toBe('id,label,pred\n1,1,1\n2,0,1\n');
  });

  it('reads sizes from the central directory when entries are streamed with data descriptors', () => {
    const dest = freshDir();
    const text = 'epoch,loss\n' + Array.from({ length: 500 }, (_, i) => `${i},${1 / (i + 1)}`).join('\n');
    extractZip(makeZip([{ name: 'train_log.csv', data: text }, { name: 'raw.txt', data: 'stored', method: 0 }], { dataDescriptor: true }), dest);
    expect(readFileSync(join(dest, 'train_log.csv'), 'utf8')).toBe(text);
    expect(readFileSync(join(dest, 'raw.txt'), 'utf8')).toBe('stored');
  });

  it.each([
    ['a parent-directory path', '../evil.sh', /points outside the extraction directory/],
    ['a nested parent-directory path', 'run/../../evil.sh', /points outside the extraction directory/],
    ['a backslash parent-directory path', 'run\\..\\..\\evil.sh', /points outside the extraction directory/],
    ['an absolute path', '/etc/cron.d/evil', /absolute path/],
    ['a drive-letter path', 'C:\\Windows\\evil.dll', /absolute path/],
  ])('refuses %s (zip-slip) and writes nothing', (_label, name, why) => {
    const { message, dest } = refusal(makeZip([{ name: 'metrics.json', data: '{}' }, { name, data: 'x' }]));
    expect(message).toMatch(why);
    expect(message).toContain(name);
    expect(existsSync(dest)).toBe(false);
  });

  it('refuses a symbolic link stored by Info-ZIP', () => {
    const { message, dest } = refusal(fixture('infozip-symlink.zip'));
    expect(message).toBe("entry 'run/link' is a symbolic link; links are not extracted from artifacts");
    expect(existsSync(dest)).toBe(false);
  });

  it('refuses an entry that declares 10 GB (zip64) before inflating anything', () => {
    const zip = makeZip([{ name: 'eval/predictions.csv', data: 'a,b\n1,2\n', declaredSize: 10 * 1024 ** 3 }]);
    expect(readZipDirectory(zip)[0]!.uncompressedSize).toBe(10 * 1024 ** 3);
    const { message } = refusal(zip);
    expect(message).toBe("entry 'eval/predictions.csv' declares 10.0 GiB; at most 1.0 GiB per file are accepted");
  });

  it('refuses an archive whose entries together declare more than the total limit', () => {
    const big = 900 * 1024 ** 2;
    const zip = makeZip([0, 1, 2].map((i) => ({ name: `part${i}.csv`, data: 'x', declaredSize: big })));
    expect(refusal(zip).message).toMatch(/^the archive declares more than 2\.0 GiB once extracted \(2\.6 GiB in all\)$/);
  });

  it('stops an entry that inflates beyond its declared size (a lying header)', () => {
    const zip = makeZip([{ name: 'bomb.csv', data: '0'.repeat(1_000_000), declaredSize: 1000 }]);
    expect(refusal(zip).message).toBe("entry 'bomb.csv' inflates beyond its declared 1000 bytes");
  });

  it('refuses more entries than the limit', () => {
    const zip = makeZip(Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' })));
    expect(refusal(zip, { ...DEFAULT_ZIP_LIMITS, maxEntries: 5 }).message).toBe('the archive has 6 entries; at most 5 are accepted');
  });

  it('refuses the same path twice', () => {
    expect(refusal(makeZip([{ name: 'metrics.json', data: '{}' }, { name: 'metrics.json', data: '{"a":1}' }])).message).toBe("entry 'metrics.json' appears twice");
  });

  it('detects a corrupt entry by its CRC', () => {
    const zip = makeZip([{ name: 'metrics.json', data: '{"accuracy": 0.9}', method: 0 }]);
    zip[30 + 'metrics.json'.length + 3] ^= 0xff;
    expect(refusal(zip).message).toBe("entry 'metrics.json' fails its CRC-32 check (corrupt download?)");
  });

  it('refuses a truncated or forged central directory instead of crashing', () => {
    const zip = makeZip([{ name: 'metrics.json', data: '{}' }, { name: 'params.yaml', data: 'a: 1' }]);
    const forged = Buffer.from(zip);
    // The first central record's name length, made to run past the end of the file.
    const cd = forged.readUInt32LE(forged.length - 6);
    forged.writeUInt16LE(0xffff, cd + 30);
    expect(refusal(forged).message).toMatch(/^corrupt (zip archive|central directory)/);
    const cut = Buffer.concat([zip.subarray(0, 40), zip.subarray(zip.length - 22)]);
    expect(refusal(cut).message).toBe('the central directory lies outside the archive (truncated download?)');
  });

  it('says when the bytes are not a zip at all', () => {
    expect(refusal(Buffer.from('<html>Not Found</html>'.repeat(3))).message).toBe('not a zip archive (no end-of-central-directory record)');
  });

  it('extracts into a directory that did not exist yet and nothing outside it', () => {
    const dest = freshDir();
    extractZip(makeZip([{ name: 'a/b/c.json', data: '{}' }, { name: './d.txt', data: 'd' }]), dest);
    expect(readdirSync(dest).sort()).toEqual(['a', 'd.txt']);
  });
});
