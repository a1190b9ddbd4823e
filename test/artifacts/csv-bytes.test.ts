// The CSV reader scans the file's UTF-8 bytes (issue 11): it must give exactly the Table, and
// exactly the errors, of decoding the file and scanning its text the way the reader did before
// (csv-text-reference.ts, the oracle). Checked on hand-picked cases and on generated inputs,
// valid UTF-8 or not.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { countLineFeeds, parseCsv, parseCsvBytes } from '../../src/artifacts/csv.js';
import { ColumnBuilder } from '../../src/artifacts/column-builder.js';
import { parseTableBytes } from '../../src/artifacts/parse-bytes.js';
import type { Column, Table } from '../../src/artifacts/table.js';
import { InputError } from '../../src/errors.js';
import { parseCsvText } from './csv-text-reference.js';

const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Columns as plain data (NaN kept apart from numbers), for toEqual. */
function plain(c: Column): unknown {
  if (c.kind === 'string') return { kind: c.kind, name: c.name, codes: Array.from(c.codes), dict: [...c.dict] };
  return { kind: c.kind, name: c.name, values: Array.from(c.values, (v) => (Number.isNaN(v) ? 'NaN' : Object.is(v, -0) ? '-0' : v)), missing: Array.from(c.missing) };
}

/** The outcome of a parse: the table as data, or the InputError's message. */
function outcome(parse: () => Table): unknown {
  try {
    const t = parse();
    return { path: t.path, nRows: t.nRows, columns: t.columns.map(plain) };
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    throw e;
  }
}

/** The byte scanner and the text oracle agree on these bytes. */
function agree(bytes: Uint8Array): void {
  expect(outcome(() => parseCsvBytes('eval/p.csv', bytes))).toEqual(outcome(() => parseCsvText('eval/p.csv', DECODER.decode(bytes))));
}

describe('parseCsvBytes', () => {
  it('reads numbers, strings, quoted fields, CRLF, a BOM and empty fields like the text reader', () => {
    for (const t of [
      'id,label,score,region\n1,1,0.9,EU\n2,0,0.2,US\n3,1,0.7,EU\n',
      '\ufeffid,text\r\n1,"a, b"\r\n2,"say ""hi"""\r\n3,"two\nlines"\r\n',
      'a,b,c\n1,,x\n,2,\n3,4,"" \n',
      'a,b\n1,NA\n2,null\n3,None\n4,N/A\n5,\n',
      'a,b\n-0,1e5\n007,.5\n1.,-.25\n 1,1 \n+1,0x10\n',
      'a,b\n1,é\n2,日本\n3,😀\n4,é\n5,"é,x"\n',
      'a,b\n1,2\n\n\r\n3,4\r\n\n',
      'a,b\r1,2\r3,4\r',
      'x\n' + Array.from({ length: 700 }, (_, i) => `v${i % 650}`).join('\n') + '\n',
      ' a , b \n1,2\n',
    ])
      agree(enc(t));
  });

  it('parses long digit runs exactly, on both sides of 2^53, and numbers that end the file', () => {
    const long = ['1234567890123456', '9007199254740991', '9007199254740992', '9007199254740993', '123456789012345678901', '0.1234567890123456', '1234567.891234567', '-9007199254740993.5', '0000000000000000001.5', '1.00000000000000000000001'];
    agree(enc('a\n' + long.join('\n') + '\n'));
    // Numeric columns where the values and the bytes end together, or with a number cut short.
    for (const end of ['1.5', '-', '.', '5.', '-0', '12345678901234567.5', '7', '1.2.3']) agree(enc(`a,b\n1,2\n3,${end}`));
  });

  it('names the file and line of a malformed row, as the text reader does', () => {
    expect(() => parseCsvBytes('eval/p.csv', enc('a,b\n1,2\n3\n'))).toThrowError(new InputError('eval/p.csv', 'line 3', 'row has 1 fields, header has 2'));
    expect(() => parseCsvBytes('eval/p.csv', enc('a,b\n1,"x\ny",3\n'))).toThrowError(new InputError('eval/p.csv', 'line 2', "row has more than the header's 2 fields"));
    // The line where the file ended inside the quotes, as before.
    expect(() => parseCsvBytes('eval/p.csv', enc('a,b\n1,2\n3,"open\n'))).toThrowError(new InputError('eval/p.csv', 'line 4', 'unterminated quoted field'));
    for (const t of ['', '\ufeff', ' \n\r\n\t', '\ufeff\u00a0\u3000\n', 'a,b\n', 'a,a\n1,2\n', ',b\n1,2\n', 'a,b\n1,2\n3\n']) agree(enc(t));
  });

  it('decodes invalid UTF-8 to U+FFFD as decoding the whole file would', () => {
    const bad = [0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0xff, 0x0a, 0x32, 0x2c, 0xc3, 0x0a, 0x33, 0x2c, 0xe6, 0x97, 0x2c, 0x0a, 0x34, 0x2c, 0xef, 0xbf, 0xbd, 0x0a];
    agree(new Uint8Array(bad));
    agree(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0xc2]));
    agree(new Uint8Array([0xc2, 0xa0, 0x0a, 0x80]));
  });

  it('goes through parseTableBytes for .csv files', async () => {
    const bytes = enc('a,b\n1,x\n2,y\n');
    expect(outcome(() => parseCsv('eval/p.csv', 'a,b\n1,x\n2,y\n'))).toEqual(outcome(() => parseCsvText('eval/p.csv', 'a,b\n1,x\n2,y\n')));
    const t = await parseTableBytes('eval/p.csv', bytes);
    expect(outcome(() => t)).toEqual(outcome(() => parseCsvText('eval/p.csv', 'a,b\n1,x\n2,y\n')));
  });

  const BITS = ['\ufeff', '\r\n', '\n', '\r', ' ', '"', '""', ',', ',', ',', '\u00a0', '\ufffd', '😀', 'é', '日', 'NaN', 'inf', '-0', '0', '1', '3.5', '-2.25', '1e3', '.5', 'NA', 'null', 'a', 'b', 'x,y\n', 'label,score\n', '12345678901234567', '1234567890123456', '9007199254740993', '0.1234567890123456'];
  it('agrees with the text reader on generated CSV-like text', () => {
    const text = fc.oneof({ weight: 4, arbitrary: fc.array(fc.constantFrom(...BITS), { maxLength: 80 }).map((p) => p.join('')) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) });
    fc.assert(
      fc.property(text, (t) => agree(enc(t))),
      { numRuns: 5000 },
    );
  });

  it('agrees with the text reader on generated bytes (invalid UTF-8 included)', () => {
    const bytes = fc.array(fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x31, 0x2e, 0x2d, 0x61, 0x20, 0x80, 0xbf, 0xc3, 0xa9, 0xe6, 0x97, 0xa5, 0xef, 0xbb, 0xff, 0xf0), { maxLength: 120 });
    fc.assert(
      fc.property(bytes, (b) => agree(new Uint8Array(b))),
      { numRuns: 5000 },
    );
  });
});

describe('parseCsvBytes on columns of short values (matched as two words and a length)', () => {
  // Values of 0-10 bytes around the 8 a word pair holds: multi-byte UTF-8, the missing tokens,
  // numbers (a column turns to text at its first non-number), bytes below the comma that are not
  // delimiters; rows end in LF or CRLF, and the last one may end the bytes without either.
  const VALUES = ['a', 'bb', 's0_v1', 's1_v10', 'mobile', 'desktop', 'tablet_x', 'abcdefgh', 'abcdefghi', 'abcdefghij', 'é', '日本', 'x y', '#!', 'NA', 'null', '', '1', '2.5', '-3', '😀ab', 'a"b', "it's"];
  const table = fc.record({
    cols: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(fc.array(fc.constantFrom(...VALUES), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 60 }),
    crlf: fc.boolean(),
    lastEol: fc.boolean(),
  });
  it('agrees with the text reader', () => {
    fc.assert(
      fc.property(table, ({ cols, rows, crlf, lastEol }) => {
        const eol = crlf ? '\r\n' : '\n';
        const lines = [Array.from({ length: cols }, (_, i) => `c${i}`).join(','), ...rows.map((r) => r.slice(0, cols).join(','))];
        agree(enc(lines.join(eol) + (lastEol ? eol : '')));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches a repeated short value by its words: only the first cell of a value takes the byte-range path', () => {
    const values = ['s0_v1', 'US', 'mobile', 'abcdefgh', '日本'];
    const rows = Array.from({ length: 400 }, (_, i) => `${values[i % 5]},${values[(i * 3) % 5]}`);
    const slow = vi.spyOn(ColumnBuilder.prototype, 'pushRange');
    try {
      const t = parseCsvBytes('eval/p.csv', enc(['a,b', ...rows].join('\r\n') + '\r\n'));
      expect(t.columns.map((c) => c.kind === 'string' && c.dict.length)).toEqual([5, 5]);
      // Each column's first cell is text (no word table yet) and each value's first cell is new.
      expect(slow.mock.calls.length).toBe(10);
    } finally {
      slow.mockRestore();
    }
  });

  it('agrees with the text reader when the dictionary outgrows the word table', () => {
    // 600 distinct short values (the range table serves up to 512), in an order that repeats.
    const values = Array.from({ length: 1500 }, (_, i) => `v${(i * 7919) % 600}`);
    agree(enc(['c', ...values].join('\n') + '\n'));
    // A value longer than a word pair after many short ones, then the short ones again.
    agree(enc(['c', ...values.slice(0, 50), 'a_value_of_many_bytes', ...values.slice(0, 50)].join('\n')));
  });
});

describe('parseCsvBytes on numeric cells', () => {
  // Cells of digits with a dot anywhere or none, 0-12 characters, with a sign, a second dot, a
  // letter, a space, a quote or a multi-byte character now and then; a column turns to text at its
  // first cell that is not a number.
  const digitRun = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 0, maxLength: 11 });
  const cell = fc
    .record({
      digits: digitRun,
      dot: fc.option(fc.nat(12), { nil: null }),
      sign: fc.constantFrom('', '', '', '-', '+', '--'),
      odd: fc.option(fc.tuple(fc.nat(12), fc.constantFrom('.', 'e', ' ', 'x', '"', 'é', '\t', '-')), { nil: null, freq: 6 }),
    })
    .map(({ digits, dot, sign, odd }) => {
      let c = digits;
      if (dot !== null) c = c.slice(0, dot) + '.' + c.slice(dot);
      if (odd !== null) c = c.slice(0, odd[0]) + odd[1] + c.slice(odd[0]);
      return sign + c;
    });
  const table = fc.record({
    rows: fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 }),
    crlf: fc.boolean(),
    // Rows after the cells under test: most cells are then not near the end of the bytes.
    tail: fc.nat(3),
  });
  it('agrees with the text reader', () => {
    fc.assert(
      fc.property(table, ({ rows, crlf, tail }) => {
        const eol = crlf ? '\r\n' : '\n';
        const lines = ['a,b,c', ...rows.map((r) => r.join(',')), ...Array.from({ length: tail }, () => '1,2,3')];
        agree(enc(lines.join(eol) + eol));
      }),
      { numRuns: 4000 },
    );
  });

  it('reads the decimals of the bench table shape exactly', () => {
    const cells = ['0', '1', '999999', '0.000001', '0.999999', '117.113', '-2.197', '.5', '5.', '12345678', '1234567.8', '0.1234567', '00000000', '-0', '-0.0', '7.801'];
    const lines = ['x', ...cells, ...cells.map((c) => c + '0'), 'end_of_file_padding_row'];
    agree(enc(lines.join('\n') + '\n'));
    const t = parseCsvBytes('eval/p.csv', enc(['x', ...cells, '1234567890123'].join('\n') + '\n'));
    const col = t.columns[0]!;
    expect(col.kind === 'number' && Array.from(col.values.subarray(0, cells.length), (v) => (Object.is(v, -0) ? '-0' : v))).toEqual(cells.map((c) => (Object.is(Number(c), -0) ? '-0' : Number(c))));
  });
});

describe('countLineFeeds', () => {
  it('counts the LF bytes from any start, at any alignment of the view, as a byte loop does', () => {
    const plain = (b: Uint8Array, from: number) => {
      let n = 0;
      for (let i = from; i < b.length; i++) if (b[i] === 10) n++;
      return n;
    };
    // Bytes next to LF (0x0a) in value and in the XOR trick's carries: 0x0b, 0x8a, 0x00, 0xff, 0x09.
    const buffer = new Uint8Array(300);
    let x = 12345;
    for (let i = 0; i < buffer.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      buffer[i] = [10, 10, 11, 0x8a, 0, 0xff, 9, 65, 10][x % 9]!;
    }
    for (let offset = 0; offset < 5; offset++) {
      for (const len of [0, 1, 3, 4, 5, 17, 64, 295 - offset]) {
        const view = buffer.subarray(offset, offset + len);
        for (const from of [0, 1, 2, 3, 7]) if (from <= len) expect(countLineFeeds(view, from)).toBe(plain(view, from));
      }
    }
    expect(countLineFeeds(new Uint8Array(4096).fill(10), 0)).toBe(4096);
  });
});
