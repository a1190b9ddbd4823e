import { describe, expect, it } from 'vitest';
import { parseTable, parseTableBytes } from '../../src/artifacts/parse-bytes.js';
import { InputError } from '../../src/errors.js';

const errorOf = (f: () => unknown): InputError => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
};

describe('a table cut off mid-write', () => {
  it('CSV: keeps the complete rows and marks the line the file ends in', () => {
    const t = parseTable('eval/p.csv', 'id,label,score\n1,0,0.2\n2,1,0.9\n3,1');
    expect(t.nRows).toBe(2);
    expect(t.truncated).toEqual({ line: 4, detail: 'row has 2 fields, header has 3' });
  });

  it('CSV: a cut inside a quoted field is a truncation too', () => {
    const t = parseTable('eval/p.csv', 'id,note\n1,"a"\n2,"unfinished');
    expect(t.nRows).toBe(1);
    expect(t.truncated?.line).toBe(3);
  });

  it('JSONL: a last object cut in half', () => {
    const t = parseTable('eval/p.jsonl', '{"label":1,"score":0.9}\n{"label":0,"score":0.1}\n{"label":1,"sc');
    expect(t.nRows).toBe(2);
    expect(t.truncated?.line).toBe(3);
  });

  it('a file without a final newline whose last row is complete is not truncated', () => {
    const t = parseTable('eval/p.csv', 'id,label\n1,0\n2,1');
    expect(t.nRows).toBe(2);
    expect(t.truncated).toBeUndefined();
  });

  it('a broken row in the middle stays an input error naming its line', () => {
    const e = errorOf(() => parseTable('eval/p.csv', 'id,label,score\n1,0\n2,1,0.9\n3,1'));
    expect(e.message).toBe('eval/p.csv:line 2: row has 2 fields, header has 3');
  });

  it('a short last row in a file that ends with a newline stays an input error', () => {
    const e = errorOf(() => parseTable('eval/p.csv', 'id,label,score\n1,0,0.1\n2,1\n'));
    expect(e.message).toBe('eval/p.csv:line 3: row has 2 fields, header has 3');
  });

  it('a file cut off before its first complete row stays an input error (there is nothing to review)', () => {
    const e = errorOf(() => parseTable('eval/p.csv', 'id,label,score\n1,0'));
    expect(e.message).toBe('eval/p.csv:line 2: row has 2 fields, header has 3');
  });
});

describe('a table cut off mid-write, read from its bytes (the CSV byte scanner)', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('keeps the complete rows and names the line the file ends in', async () => {
    const t = await parseTableBytes('eval/p.csv', bytes('id,label,score\n1,0,0.2\n2,1,0.9\n3,1'));
    expect(t.nRows).toBe(2);
    expect(t.truncated).toEqual({ line: 4, detail: 'row has 2 fields, header has 3' });
  });

  it('a broken row in the middle stays an input error', async () => {
    await expect(parseTableBytes('eval/p.csv', bytes('id,label,score\n1,0\n2,1,0.9\n3,1'))).rejects.toThrow('eval/p.csv:line 2: row has 2 fields, header has 3');
  });
});
