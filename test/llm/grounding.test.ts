import type { Report } from '../../src/report/types.js';
import { describe, expect, it } from 'vitest';
import { checkGrounding, collectKnownNumbers, extractNumbers, isKnownNumber, type NumberToken } from '../../src/llm/grounding.js';
import type { AgentCause, JsonValue } from '../../src/llm/types.js';
import { churnReport, smallReport } from './report-fixture.js';

function token(text: string): NumberToken {
  const [t] = extractNumbers(text);
  if (t === undefined) throw new Error(`no number in '${text}'`);
  return t;
}

function cause(over: Partial<AgentCause> = {}): AgentCause {
  return {
    title: 'Data drift in one segment',
    rootCause: 'The eval data moved.',
    fix: 'Restore the data source.',
    verification: 'Re-run ml-doctor.',
    prevention: 'Add a data contract.',
    cites: ['F1'],
    ...over,
  };
}

describe('extractNumbers', () => {
  it('reads decimals, integers and counts with their written precision', () => {
    const got = extractNumbers('Accuracy fell 8.1 pts (0.79 → 0.709, n=810).');
    expect(got.map((t) => [t.value, t.kind])).toEqual([
      [8.1, 'points'],
      [0.79, 'value'],
      [0.709, 'value'],
      [810, 'count'],
    ]);
    expect(got[0]!.tolerance).toBeCloseTo(0.05, 12);
    expect(got[3]!.tolerance).toBe(0.5);
  });

  it('reads percentages and points in every spelling', () => {
    for (const text of ['12.8%', '12.8 %', '12.8 percent']) expect(token(text)).toMatchObject({ value: 12.8, kind: 'percent' });
    for (const text of ['12.8 pts', '12.8 pt', '12.8 pp', '12.8 points', '12.8 percentage points']) expect(token(text)).toMatchObject({ value: 12.8, kind: 'points' });
    expect(token('12.8 patients').kind).toBe('value');
  });

  it('tells a change from a level by the words before it', () => {
    for (const text of ['fell 0.081', 'fell by 0.081', 'delta -0.081', 'dropped by about 0.081', 'rose 0.081', 'CI of the change [-0.114', 'Δ 0.081']) {
      expect([text, token(text).kind]).toEqual([text, 'delta']);
    }
    for (const text of ['fell to 0.081', 'fell from 0.081', 'accuracy 0.081', 'PSI 0.081']) {
      expect([text, token(text).kind]).toEqual([text, 'value']);
    }
    expect(extractNumbers('CI of the change [-0.114, -0.0494]').map((t) => t.kind)).toEqual(['delta', 'delta']);
  });

  it('reads counts from n= and from the nouns that follow', () => {
    for (const text of ['n=810', 'n = 4,000', '(n 810 → 810)', '810 rows', '37 examples', '10 bins']) {
      expect([text, extractNumbers(text).at(-1)!.kind]).toEqual([text, 'count']);
    }
    expect(token('810.5 rows').kind).toBe('value');
  });

  it('reads thousands separators and scientific notation', () => {
    expect(token('n = 4,000 rows').value).toBe(4000);
    const sci = token('p 2.52e-42');
    expect(sci.value).toBeCloseTo(2.52e-42, 55);
    expect(sci.tolerance).toBeCloseTo(0.005e-42, 55);
  });

  it('ignores the sign, so a drop written as a fall matches a negative delta', () => {
    expect(token('delta -0.081').value).toBe(0.081);
    expect(token('delta −0.081').value).toBe(0.081);
  });

  it('skips digits that belong to identifiers and cites', () => {
    expect(extractNumbers('F1 explains F12; see call:2 and call: 3; gpt-4o, p95, test.f1, log2, the 2nd slice, int64, v1.2.3')).toEqual([]);
  });

  it('reads a factor such as 10x as a number to check', () => {
    expect(extractNumbers('a 10x jump').map((t) => t.value)).toEqual([10]);
    expect(extractNumbers('the 0x1f flag, size 3xl')).toEqual([]);
  });

  it('reads both ends of a bin label and the parts of a date', () => {
    expect(extractNumbers('data_usage_gb=[18.7, 60.5]').map((t) => t.value)).toEqual([18.7, 60.5]);
    expect(extractNumbers('snapshot 2026-10').map((t) => t.value)).toEqual([2026, 10]);
  });
});

describe('isKnownNumber', () => {
  const known = collectKnownNumbers([{ delta: -0.0812, current: 0.709, n: 810 }, 'outside range: 12.8% of values']);

  it('matches a delta written as a change or in points, rounded: 0.0812 ↔ fell 0.081 ↔ 8.1 pts', () => {
    for (const text of ['fell 0.0812', 'fell by 0.081', 'delta 0.08', '8.1 pts', '8.12 points', '8 pp']) {
      expect([text, isKnownNumber(token(text), known)]).toEqual([text, true]);
    }
  });

  it('matches a level written as a value or a percentage: 12.8% ↔ 0.128, 0.709 ↔ 70.9%', () => {
    for (const text of ['0.128', '12.8%', '0.709', '70.9%', 'fell to 0.71']) {
      expect([text, isKnownNumber(token(text), known)]).toEqual([text, true]);
    }
  });

  it('keeps each kind apart: a delta is not a level, a level not a change, a count only a count', () => {
    for (const text of ['0.0812', '8.1%', 'fell 0.709', '70.9 pts', 'fell 12.8 pts', 'n=709', '81 rows']) {
      expect([text, isKnownNumber(token(text), known)]).toEqual([text, false]);
    }
    expect(isKnownNumber(token('n=810'), known)).toBe(true);
    expect(isKnownNumber(token('810'), known)).toBe(true);
  });

  it('reads counts from the count fields of tool answers', () => {
    const fromTool = collectKnownNumbers([{ rows: 810, misclassified: 95, distinct: 4, share: 0.30875 }]);
    for (const text of ['n=810', '95 misclassifications', '4 distinct values', '30.9%']) expect([text, isKnownNumber(token(text), fromTool)]).toEqual([text, true]);
  });

  it('rejects a number more precise than anything known, or simply different', () => {
    for (const text of ['fell 0.0815', '8.3 pts', '8.2 pts', 'fell 0.09', '0.12']) {
      expect([text, isKnownNumber(token(text), known)]).toEqual([text, false]);
    }
  });

  it('does not read a bare number as a percentage of a fraction', () => {
    // 8.1 without a unit is not 0.0812; only `8.1 pts` is.
    expect(isKnownNumber(token('8.1'), known)).toBe(false);
    expect(isKnownNumber(token('fell 8.1'), known)).toBe(false);
  });
});

describe('checkGrounding', () => {
  const report = churnReport();

  it('keeps a cause whose numbers all come from findings, metrics and segments', () => {
    const ok = cause({
      title: 'data_usage_gb drifted for value_tier=high',
      rootCause: 'PSI 1.81 for data_usage_gb within value_tier=high (n=810), 0 outside; accuracy there fell 8.1 pts (0.79 → 0.709) and recall fell from 0.542 to 0.431.',
      fix: 'Restore the previous snapshot or retrain on the new data.',
      verification: 'PSI of data_usage_gb within value_tier=high below 0.1 and test.recall back above 0.5417.',
      prevention: 'Keep the PSI of data_usage_gb below 0.25 per value_tier; 12.8% of values outside [0.1, 35.4576] is a red flag.',
      cites: ['F1', 'F2', 'F3'],
    });
    const res = checkGrounding([ok], { report, toolResults: [] });
    expect(res.removed).toEqual([]);
    expect(res.kept).toEqual([ok]);
  });

  it('removes a cause with an invented number and says which number', () => {
    const invented = cause({ rootCause: 'Recall fell by a relative 20.5% because of drift.' });
    const res = checkGrounding([invented], { report, toolResults: [] });
    expect(res.kept).toEqual([]);
    expect(res.removed).toEqual([{ cause: invented, reasons: ['number 20.5% (a percentage) is not in the cited F1'] }]);
  });

  it('checks every text field, not only the root cause', () => {
    for (const field of ['title', 'fix', 'verification', 'prevention'] as const) {
      const res = checkGrounding([cause({ [field]: 'keep it above 0.9137' })], { report, toolResults: [] });
      expect([field, res.removed.length]).toEqual([field, 1]);
    }
  });

  it('removes a cause that cites an unknown finding or a tool call that was not made', () => {
    const unknownFinding = cause({ cites: ['F1', 'F9'] });
    const unmadeCall = cause({ cites: ['call:3'] });
    const zeroCall = cause({ cites: ['call:0'] });
    const res = checkGrounding([unknownFinding, unmadeCall, zeroCall], { report, toolResults: [{ rows: [] }, { rows: [] }] });
    expect(res.kept).toEqual([]);
    expect(res.removed.map((r) => r.reasons)).toEqual([
      ["cite 'F9' names no finding"],
      ["cite 'call:3' names no tool call (2 made)"],
      ["cite 'call:0' names no tool call (2 made)"],
    ]);
  });

  it('accepts a cite of a tool call that was made', () => {
    const res = checkGrounding([cause({ cites: ['call:2'] })], { report, toolResults: [{ rows: [] }, { rows: [] }] });
    expect(res.removed).toEqual([]);
  });

  it('removes a cause that cites nothing', () => {
    const res = checkGrounding([cause({ cites: [] })], { report, toolResults: [] });
    expect(res.removed[0]!.reasons).toEqual(['no cites']);
  });

  it('accepts a number that only a tool result holds', () => {
    const c = cause({ rootCause: 'The rate is 0.4242 now.', cites: ['call:1'] });
    expect(checkGrounding([c], { report, toolResults: [] }).removed).toHaveLength(1);
    expect(checkGrounding([c], { report, toolResults: [{ rows: [{ rate: 0.4242 }] }] }).kept).toEqual([c]);
  });

  it('does not accept numbers from a previous agent section of the report', () => {
    // A malformed earlier agent section (cast: the type would not allow it) must not lend its numbers.
    const withAgent = { ...smallReport(), agent: { causes: [{ rootCause: 'fell 0.3333' }] } } as unknown as Report;
    const res = checkGrounding([cause({ rootCause: 'It fell 0.3333.' })], { report: withAgent, toolResults: [] });
    expect(res.removed).toHaveLength(1);
  });

  it('keeps the grounded causes and removes the others, in order', () => {
    const small = smallReport();
    const a = cause({ title: 'Drift at ORD', rootCause: 'PSI 0.42 for distance at origin=ORD (n=1490); accuracy fell 16 pts there.' });
    const b = cause({ title: 'Learning rate', rootCause: 'optimizer.lr went from 0.001 to 0.01.', cites: ['call:1'] });
    const c = cause({ title: 'Invented', rootCause: 'Accuracy fell 9.4 pts overall.' });
    const res = checkGrounding([a, b, c], { report: small, toolResults: [{ rows: small.params as unknown as JsonValue }], toolArguments: [{}] });
    expect(res.kept).toEqual([a, b]);
    expect(res.removed.map((r) => r.cause)).toEqual([c]);
  });
});

describe('checkGrounding — claim by claim', () => {
  // 0.374073 sits in the report, but only in a segment row no finding is about.
  function reportWithStrayNumber(): Report {
    const r = smallReport();
    r.segments.push({ table: 'eval/predictions.csv', column: 'carrier', value: 'XX', n: 40, metric: 'accuracy', baseline: 0.8, current: 0.425927, delta: -0.374073, ci: [-0.5, -0.2], significant: true });
    return r;
  }

  it('removes "Accuracy fell by 37.4 points because of the learning rate" citing F1, though 0.374073 is elsewhere in the report', () => {
    const c = cause({ title: 'Learning rate too high', rootCause: 'Accuracy fell by 37.4 points because of the learning rate.', cites: ['F1'] });
    const res = checkGrounding([c], { report: reportWithStrayNumber(), toolResults: [] });
    expect(res.kept).toEqual([]);
    expect(res.removed[0]!.reasons).toEqual([
      'number 37.4 points (a change in points) is not in the cited F1',
      'names the learning rate, which no cited source (F1) is about',
    ]);
  });

  it('keeps the same number when the cause cites the tool result that holds it', () => {
    const r = reportWithStrayNumber();
    const c = cause({ title: 'carrier=XX collapsed', rootCause: 'Accuracy fell by 37.4 points for carrier=XX (n=40).', cites: ['call:1'] });
    const res = checkGrounding([c], { report: r, toolResults: [{ rows: [r.segments[2]] as unknown as JsonValue }], toolArguments: [{ column: 'carrier' }] });
    expect(res.removed).toEqual([]);
  });

  it('uses the rows a cited finding is about: its segment and its metric', () => {
    const small = smallReport();
    // F2 is about origin=ORD: the segment row's 0.16 delta and n are its numbers; F1's 0.42 is not.
    expect(checkGrounding([cause({ rootCause: 'Accuracy fell 16 pts at origin=ORD (n=1490).', cites: ['F2'] })], { report: small, toolResults: [] }).removed).toEqual([]);
    expect(checkGrounding([cause({ rootCause: 'PSI 0.42 at origin=ORD.', cites: ['F2'] })], { report: small, toolResults: [] }).removed).toHaveLength(1);
  });

  it('removes a number of the wrong kind: a level written as a change, a delta as a percentage, a value as a count', () => {
    const small = smallReport();
    const res = checkGrounding(
      [
        cause({ rootCause: 'Accuracy at origin=ORD fell 0.74.', cites: ['F2'] }),
        cause({ rootCause: 'Accuracy at origin=ORD is 16%.', cites: ['F2'] }),
        cause({ rootCause: 'Only 74 rows at origin=ORD.', cites: ['F2'] }),
      ],
      { report: small, toolResults: [] },
    );
    expect(res.removed.map((r) => r.reasons)).toEqual([
      ['number 0.74 (a change) is not in the cited F2'],
      ['number 16% (a percentage) is not in the cited F2'],
      ['number 74 (a count) is not in the cited F2'],
    ]);
  });

  it('removes a cause that names a feature or segment its cited findings are not about', () => {
    const small = smallReport();
    const c = cause({ title: 'distance drifted', rootCause: 'The `distance` feature moved.', cites: ['F2'] });
    expect(checkGrounding([c], { report: small, toolResults: [] }).removed[0]!.reasons).toEqual(["names distance, which no cited source (F2) is about"]);
    expect(checkGrounding([{ ...c, cites: ['F1'] }], { report: small, toolResults: [] }).removed).toEqual([]);
  });

  it('reads a column that is also an English word as named only when written as a name', () => {
    const r = smallReport();
    r.segments.push({ ...r.segments[0]!, column: 'contract', value: 'two-year' });
    const prose = cause({ rootCause: 'Add a data contract for distance.', cites: ['F1'] });
    const named = cause({ rootCause: 'Accuracy fell for contract=two-year.', cites: ['F1'] });
    const res = checkGrounding([prose, named], { report: r, toolResults: [] });
    expect(res.kept).toEqual([prose]);
    expect(res.removed[0]!.reasons).toEqual(['names contract, which no cited source (F1) is about']);
  });
});
