// The summary file format: recognised by name, validated with errors that name the file and the
// JSON path, and described by schema/summary.schema.json.
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/artifacts/discover.js';
import { parseSummary, SCORE_BINS, type Summary } from '../../src/artifacts/summary.js';
import { makeTable, numberColumn, stringColumn } from '../../src/artifacts/table.js';
import { buildEvalView } from '../../src/artifacts/roles.js';
import { summarizeView } from '../../src/analysis/summary/from-rows.js';
import { InputError } from '../../src/errors.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/summary.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function binarySummary(): Summary {
  const n = 200;
  const label = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
  const score = Array.from({ length: n }, (_, i) => ((i * 37) % 100) / 100);
  const x = Array.from({ length: n }, (_, i) => (i * 7919) % 1000);
  const region = Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 'EU' : i % 4 === 1 ? null : 'US'));
  const t = makeTable('eval/p.csv', [numberColumn('label', label), numberColumn('score', score), numberColumn('x', x), stringColumn('region', region)]);
  return summarizeView(buildEvalView(t, undefined), null);
}

function regressionSummary(): Summary {
  const y = Array.from({ length: 100 }, (_, i) => i / 3);
  const t = makeTable('eval/r.csv', [numberColumn('y', y), numberColumn('prediction', y.map((v, i) => v + (i % 5) - 2)), numberColumn('x', y.map((v) => v * 2))]);
  return summarizeView(buildEvalView(t, undefined), null);
}

const errorOf = (text: string): string => {
  try {
    parseSummary('eval/p.summary.json', text);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  return 'no error';
};

describe('summary files', () => {
  it('recognises *.summary.json under eval/ as a summary, not a metrics file', () => {
    expect(classify('eval/predictions.summary.json')).toBe('summary');
    expect(classify('out/eval/test.summary.json')).toBe('summary');
    expect(classify('predictions.summary.json')).toBe('summary');
    expect(classify('eval/metrics.json')).toBe('metrics');
    expect(classify('summary.json')).toBe(null);
  });

  it.each([
    ['binary', binarySummary],
    ['regression', regressionSummary],
  ])('writes %s summaries that the schema accepts and the parser reads back unchanged', (_, make) => {
    const s = make();
    expect(validate(JSON.parse(JSON.stringify(s))) ? [] : validate.errors).toEqual([]);
    expect(parseSummary('x.summary.json', JSON.stringify(s))).toEqual(s);
  });

  it('counts a missing category as (missing) and every kept row once per sketch', () => {
    const s = binarySummary();
    expect(s.overall.n).toBe(200);
    expect(s.categories.find((c) => c.column === 'region')!.values.map((v) => v.value)).toEqual(['(missing)', 'EU', 'US']);
    const x = s.sketches.find((k) => k.column === 'x')!;
    expect(x.counts.reduce((a, b) => a + b, 0) + x.missing).toBe(200);
    expect(s.score_hist!.pos.length).toBe(SCORE_BINS);
  });

  it.each([
    ['not JSON', '{', /eval\/p\.summary\.json:JSON: /],
    ['no version', '{}', /eval\/p\.summary\.json:\$\.summary_version: missing/],
    ['a newer version', '{"summary_version": 2}', /\$\.summary_version: unsupported version 2; this ml-doctor reads version 1/],
    ['a multiclass task', '{"summary_version": 1, "task": "multiclass"}', /\$\.task: 'multiclass' is not supported/],
  ])('refuses %s with one line naming the file and the place', (_, text, pattern) => {
    const msg = errorOf(text);
    expect(msg).toMatch(pattern);
    expect(msg).not.toContain('\n');
  });

  it('names the JSON path of a bad count, a cell that does not add up and unordered edges', () => {
    const s = JSON.parse(JSON.stringify(binarySummary())) as Record<string, unknown> & { overall: Record<string, number>; sketches: { edges: number[]; counts: number[] }[] };
    const bad = (mut: (x: typeof s) => void) => {
      const c = JSON.parse(JSON.stringify(s)) as typeof s;
      mut(c);
      return errorOf(JSON.stringify(c));
    };
    expect(bad((c) => (c.overall['tp'] = -1))).toMatch(/\$\.overall\.tp: expected a count/);
    expect(bad((c) => (c.overall['n'] = 5))).toMatch(/\$\.overall: tp \+ fp \+ fn \+ tn = 200 but n = 5/);
    expect(bad((c) => c.sketches[1]!.edges.reverse())).toMatch(/\$\.sketches\[1\]\.edges\[1\]: edges must be strictly increasing/);
    expect(bad((c) => c.sketches[1]!.counts.pop())).toMatch(/\$\.sketches\[1\]\.counts: expected \d+ counts/);
  });
});
