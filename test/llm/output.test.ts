import { describe, expect, it } from 'vitest';
import { parseAgentAnswer } from '../../src/llm/output.js';

const cause = { title: 'T', rootCause: 'R', fix: 'F', verification: 'V', prevention: 'P', cites: ['F1'] };

describe('parseAgentAnswer', () => {
  it('reads a bare JSON answer', () => {
    expect(parseAgentAnswer(JSON.stringify({ causes: [cause] }), 3)).toEqual({ ok: true, causes: [cause] });
  });

  it('reads JSON inside a code fence or after a sentence', () => {
    const fenced = '```json\n' + JSON.stringify({ causes: [cause] }) + '\n```';
    const chatty = 'Here is my analysis: ' + JSON.stringify({ causes: [cause] }) + ' Hope this helps.';
    expect(parseAgentAnswer(fenced, 3)).toEqual({ ok: true, causes: [cause] });
    expect(parseAgentAnswer(chatty, 3)).toEqual({ ok: true, causes: [cause] });
  });

  it('trims texts and cites and drops fields outside the shape', () => {
    const messy = { ...cause, title: '  T  ', cites: [' F1 '], confidence: 0.99 };
    expect(parseAgentAnswer(JSON.stringify({ causes: [messy] }), 3)).toEqual({ ok: true, causes: [cause] });
  });

  it('keeps at most the allowed number of causes', () => {
    const res = parseAgentAnswer(JSON.stringify({ causes: [cause, { ...cause, title: 'U' }] }), 1);
    expect(res).toEqual({ ok: true, causes: [cause] });
  });

  it('accepts an empty list of causes', () => {
    expect(parseAgentAnswer('{"causes": []}', 3)).toEqual({ ok: true, causes: [] });
  });

  it.each([
    [null, 'the answer was empty'],
    ['   ', 'the answer was empty'],
    ['Drift did it.', 'the answer is not JSON'],
    ['{"causes": [', 'the answer is not JSON'],
    ['[]', 'the answer has no "causes" array'],
    ['{"explanation": "drift"}', 'the answer has no "causes" array'],
    ['{"causes": ["drift"]}', 'causes[0] is not an object'],
    [JSON.stringify({ causes: [{ ...cause, rootCause: '' }] }), 'causes[0].rootCause must be a non-empty string'],
    [JSON.stringify({ causes: [cause, { ...cause, cites: 'F1' }] }), 'causes[1].cites must be an array of strings'],
    [JSON.stringify({ causes: [{ ...cause, cites: [1] }] }), 'causes[0].cites must be an array of strings'],
  ])('rejects %j: %s', (content, reason) => {
    expect(parseAgentAnswer(content, 3)).toEqual({ ok: false, reason });
  });
});
