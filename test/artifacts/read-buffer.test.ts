// Tables parsed from bytes read into one reused buffer must be exactly the tables parsed from
// fresh reads: nothing of a file's bytes may outlive its parse (the next file overwrites them).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRun } from '../../src/artifacts/load.js';
import { IN_PROCESS_PARSER } from '../../src/artifacts/parse-pool.js';
import { ReadBuffer } from '../../src/artifacts/read-buffer.js';
import { localDirSource } from '../../src/artifacts/source.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';

const work = mkdtempSync(join(tmpdir(), 'mld-readbuf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(name: string, csv: string, jsonl: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'eval'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'eval/predictions.csv'), csv);
  writeFileSync(join(dir, 'data/train_sample.csv'), csv.replace(/,0\.\d+\n/g, ',0.5\n'));
  writeFileSync(join(dir, 'eval/extra.jsonl'), jsonl);
  return dir;
}

const rows = (seed: number, n: number, region: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => `${i},${(i * seed) % 2},"${region(i).replace(/"/g, '""')}",${((i * 7919 + seed) % 1000) / 1000}\n`).join('');

describe('ReadBuffer', () => {
  it('gives the same tables as fresh reads when two runs read their files into one buffer', async () => {
    // The larger file first, so the second reuses (and overwrites) the same memory.
    const a = run('a', 'id,label,region,score\n' + rows(3, 400, (i) => ['EU', 'US, east', 'Ärger "q"', 'APAC'][i % 4]!), '{"id":1,"label":0,"score":0.2,"region":"EU"}\n{"id":2,"label":1,"score":0.7,"region":"US"}\n');
    const b = run('b', 'id,label,region,score\n' + rows(5, 150, (i) => ['LATAM', 'EU'][i % 2]!), '{"id":1,"label":1,"score":0.9,"region":"LATAM"}\n');
    const fresh = await Promise.all([loadRun(localDirSource(a), DEFAULT_CONFIG), loadRun(localDirSource(b), DEFAULT_CONFIG)]);
    const buffer = new ReadBuffer();
    const intoBuffer: string[] = [];
    const counted = (dir: string) => {
      const src = localDirSource(dir);
      return { ...src, readBytesInto: (p: string, buf: ReadBuffer) => (intoBuffer.push(p), src.readBytesInto!(p, buf)) };
    };
    const shared = await Promise.all([loadRun(counted(a), DEFAULT_CONFIG, IN_PROCESS_PARSER, buffer), loadRun(counted(b), DEFAULT_CONFIG, IN_PROCESS_PARSER, buffer)]);
    // Every table file of both runs went through the one buffer.
    expect(intoBuffer.sort()).toEqual(['data/train_sample.csv', 'data/train_sample.csv', 'eval/extra.jsonl', 'eval/extra.jsonl', 'eval/predictions.csv', 'eval/predictions.csv']);
    expect(shared[0].evals.map((e) => e.table)).toStrictEqual(fresh[0].evals.map((e) => e.table));
    expect(shared[0].reference).toStrictEqual(fresh[0].reference);
    expect(shared[1].evals.map((e) => e.table)).toStrictEqual(fresh[1].evals.map((e) => e.table));
    expect(shared[0].problems).toEqual([]);
    expect(shared[0].evals.find((e) => e.path === 'eval/predictions.csv')!.table.nRows).toBe(400);
  });

  it('leaves every table whole when it is released after the load (no table keeps a view of the bytes)', async () => {
    // Decision 0032: the review frees the buffer when the load ends. A column that kept a view of
    // the file's bytes would read a detached (empty) buffer then. CSV, JSONL and Parquet, the
    // Parquet file read both by the direct decoder and through hyparquet.
    const c = run('c', 'id,label,region,score\n' + rows(7, 300, (i) => ['EU', 'US, east', 'Ärger "q"'][i % 3]!), '{"id":1,"label":0,"score":0.2,"region":"EU"}\n');
    const pq = join(process.cwd(), 'test/fixtures/parquet/review/current');
    const fresh = await Promise.all([loadRun(localDirSource(c), DEFAULT_CONFIG), loadRun(localDirSource(pq), DEFAULT_CONFIG)]);
    const buffer = new ReadBuffer();
    const loaded = await Promise.all([loadRun(localDirSource(c), DEFAULT_CONFIG, IN_PROCESS_PARSER, buffer), loadRun(localDirSource(pq), DEFAULT_CONFIG, IN_PROCESS_PARSER, buffer)]);
    const last = buffer.take(1);
    buffer.release();
    // The memory is given back: views handed out before are empty now.
    expect(last.length).toBe(0);
    for (const k of [0, 1]) {
      expect(loaded[k]!.evals.length).toBeGreaterThan(0);
      expect(loaded[k]!.evals.map((e) => e.table)).toStrictEqual(fresh[k]!.evals.map((e) => e.table));
      expect(loaded[k]!.reference).toStrictEqual(fresh[k]!.reference);
    }
    // A take after a release allocates again.
    expect(buffer.take(10).length).toBe(10);
  });

  it('reuses its memory for a file no larger than the last one', () => {
    const buffer = new ReadBuffer();
    const first = buffer.take(1000);
    const second = buffer.take(1100);
    expect(second.buffer).toBe(first.buffer);
    expect(second.length).toBe(1100);
    expect(buffer.take(5000).buffer).not.toBe(first.buffer);
  });
});
