// Fuzzing every text parser: whatever the bytes, a parser returns or throws an InputError whose
// message is one line of at most 300 characters naming the file — never another exception, a
// stack trace or a hang. Inputs mix arbitrary strings with the fragments real files go wrong on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/artifacts/csv.js';
import { parseJsonLenient } from '../../src/artifacts/json.js';
import { parseJsonl } from '../../src/artifacts/jsonl.js';
import { flattenMetrics, flattenParams, parseYaml } from '../../src/artifacts/structured.js';
import { parseConfig } from '../../src/config/config.js';
import { InputError } from '../../src/errors.js';
import { checkZipEntries, readZipDirectory, ZipRefusedError } from '../../src/github/zip.js';
import { makeZip } from '../github/zip-writer.js';

/** Cases per parser; 10,000 each keeps the whole file within a few seconds on one core. */
const RUNS = 10_000;

const COMMON = ['\ufeff', '\r\n', '\n', '\r', '\t', ' ', '"', "'", '\\', '\u0000', '\ufffd', '😀', 'é', 'NaN', '"NaN"', 'Infinity', '-Infinity', '1e309', '-0', '0', '1', '3.5', '1,5', 'true', 'null', ''];
const CSV = [...COMMON, ',', ';', '""', 'label', 'pred', 'score', 'id', 'a', 'b', 'label,pred,score\n', 'x,x\n', ',\n'];
const JSON_BITS = [...COMMON, '{', '}', '[', ']', ':', ',', '"a"', '"b":', '{"a":', '[1,', ']]]]', '{"test":{"accuracy":0.9}}', '1e-400', '0x10', '.5', '+1', '--1'];
const YAML_BITS = [...COMMON, ':', ': ', '- ', '&a ', '*a', '<<: *a', '[', ']', '{', '}', '? ', '!!str ', '!!binary ', '---\n', '...\n', '#', '|\n', '>\n', '  ', 'key: value\n', 'a: &a [1, 2]\n', 'b: [*a, *a, *a]\n', '%YAML 1.2\n', 'gate:', 'llm:', 'eval:', 'fail-on: x'];

const textOf = (bits: readonly string[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.array(fc.constantFrom(...bits), { maxLength: 60 }).map((p) => p.join('')) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) });

/** Runs `parse`; an InputError must be one short line naming `file`, anything else fails. */
function survives(file: string, parse: () => unknown): void {
  try {
    parse();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.message.startsWith(`${file}:`)).toBe(true);
    expect(e.message).not.toMatch(/[\n\r]/);
    expect(e.message.length).toBeLessThanOrEqual(300);
  }
}

describe.concurrent('parsers on arbitrary input', { timeout: 120_000 }, () => {
  it('CSV (eval tables, training logs, reference data)', () => {
    fc.assert(fc.property(textOf(CSV), (t) => survives('eval/p.csv', () => parseCsv('eval/p.csv', t))), { numRuns: RUNS });
  });

  it('JSONL', () => {
    const lines = fc.array(textOf(JSON_BITS), { maxLength: 6 }).map((l) => l.join('\n'));
    fc.assert(fc.property(lines, (t) => survives('eval/p.jsonl', () => parseJsonl('eval/p.jsonl', t))), { numRuns: RUNS });
  });

  it('metrics and params JSON, flattened', () => {
    fc.assert(
      fc.property(textOf(JSON_BITS), (t) =>
        survives('metrics.json', () => {
          const { value } = parseJsonLenient('metrics.json', t);
          flattenMetrics('metrics.json', value);
          flattenParams('metrics.json', value);
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('metrics and params YAML, flattened', () => {
    fc.assert(
      fc.property(textOf(YAML_BITS), (t) =>
        survives('params.yaml', () => {
          const doc = parseYaml('params.yaml', t);
          flattenMetrics('params.yaml', doc);
          flattenParams('params.yaml', doc);
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('the config file', () => {
    fc.assert(fc.property(textOf(YAML_BITS), (t) => survives('.github/ml-doctor.yml', () => parseConfig('.github/ml-doctor.yml', t))), { numRuns: RUNS });
  });

  it('the baseline zip: a valid archive with bytes flipped is read or refused, never anything else', () => {
    const zip = makeZip([
      { name: 'metrics.json', data: '{"test": {"accuracy": 0.9}}' },
      { name: 'eval/predictions.csv', data: 'label,pred\n1,1\n0,1\n' },
    ]);
    const flips = fc.array(fc.tuple(fc.nat({ max: zip.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(flips, fc.nat({ max: zip.length }), (changes, cutAt) => {
        const bytes = Uint8Array.from(zip);
        for (const [at, v] of changes) bytes[at] = v;
        try {
          checkZipEntries(readZipDirectory(bytes.subarray(0, Math.max(cutAt, zip.length - 64))));
        } catch (e) {
          if (!(e instanceof ZipRefusedError)) throw e;
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/** The parser a loader would pick for `file`. */
function parserFor(file: string): (text: string) => unknown {
  if (file.endsWith('.csv')) return (t) => parseCsv(file, t);
  if (file.endsWith('.jsonl')) return (t) => parseJsonl(file, t);
  if (file.endsWith('.json')) return (t) => flattenMetrics(file, parseJsonLenient(file, t).value);
  return (t) => flattenParams(file, parseYaml(file, t));
}

const deep = 100_000;
describe('a corpus of what real files hold', () => {
  it.each([
    // [what, file, text, read: true when it must load, false when it must be refused with one line]
    ['a UTF-8 BOM', 'eval/p.csv', '\ufefflabel,pred\n1,1\n', true],
    ['CRLF line ends', 'eval/p.csv', 'label,pred\r\n1,1\r\n0,1\r\n', true],
    ['a quoted field holding a newline', 'eval/p.csv', 'label,note\n1,"two\nlines"\n', true],
    ['a decimal comma in a quoted field', 'eval/p.csv', 'label,score\n1,"0,5"\n', true],
    ['1e309, -0 and "NaN" strings', 'eval/p.csv', 'label,score\n1,1e309\n0,-0\n1,NaN\n', true],
    ['10,000 columns', 'eval/p.csv', `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n${'1,'.repeat(9_999)}1\n`, true],
    ['a 50 MB single line', 'eval/p.csv', `label\n${'x'.repeat(50_000_000)}\n`, true],
    ['bare NaN and Infinity from Python', 'metrics.json', '{"test": {"loss": NaN, "auc": Infinity, "f1": -0}}', true],
    ['a `;` delimiter', 'eval/p.csv', 'label;pred\n1,5;2\n', false],
    ['an empty column name', 'eval/p.csv', 'label,,pred\n1,2,3\n', false],
    ['a duplicate column name', 'eval/p.csv', 'label,label\n1,2\n', false],
    ['a header with a 10,000-character column name, twice', 'eval/p.csv', `${'x'.repeat(10_000)},${'x'.repeat(10_000)}\n1,2\n`, false],
    ['a column name holding a newline and a tag, unterminated', 'eval/p.csv', '"a\n<b>",a\n1,2\n"3,4\n', false],
    ['JSON nested 100,000 deep', 'metrics.json', '['.repeat(deep) + ']'.repeat(deep), false],
    ['a JSONL record nested 100,000 deep', 'eval/p.jsonl', `{"a":${'['.repeat(deep)}${']'.repeat(deep)}}\n`, false],
    ['YAML nested 100,000 deep', 'params.yaml', '['.repeat(deep) + ']'.repeat(deep), false],
    ['a YAML alias bomb', 'params.yaml', 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n', false],
    ['a YAML alias inside its own anchor', 'params.yaml', 'a: &a\n  b: *a\n', false],
    ['binary bytes as params (one YAML scalar: no parameters)', 'params.yaml', '\u0000\u0001\u00ff\ufffd'.repeat(600), true],
  ] as const)('%s', (_what, file, text, read) => {
    const parse = parserFor(file);
    if (read) expect(() => parse(text)).not.toThrow();
    else expect(() => parse(text)).toThrow(InputError);
    survives(file, () => parse(text));
  });
});
