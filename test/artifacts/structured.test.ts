import { describe, expect, it } from 'vitest';
import { parseJsonLenient } from '../../src/artifacts/json.js';
import { flattenMetrics, flattenParams, parseStructured } from '../../src/artifacts/structured.js';
import { parseJsonl } from '../../src/artifacts/jsonl.js';

describe('metrics and params files', () => {
  it('flattens nested metrics to dot paths and ignores strings, booleans and nulls', () => {
    const m = flattenMetrics('metrics.json', parseStructured('metrics.json', '{"test": {"f1": {"macro": 0.5}, "acc": 0.9, "name": "x", "ok": true, "n": null}}'));
    expect(m.values).toEqual({ 'test.f1.macro': 0.5, 'test.acc': 0.9 });
  });

  it("accepts Python's bare NaN and Infinity tokens and flags them", () => {
    const r = parseJsonLenient('metrics.json', '{"loss": NaN, "a": Infinity, "b": -Infinity, "c": 1}');
    expect(r.sawNonFinite).toBe(true);
    const m = flattenMetrics('metrics.json', r.value);
    expect([...m.nonFinite].sort()).toEqual(['a', 'b', 'loss']);
    expect(m.values['c']).toBe(1);
  });

  it('reports malformed JSON with line and column', () => {
    expect(() => parseJsonLenient('metrics.json', '{\n  "a": 1,\n  "b" 2\n}')).toThrow('metrics.json:line 3, column 7: expected \':\' after property name');
  });

  it('reports malformed YAML with line and column', () => {
    expect(() => parseStructured('params.yaml', 'a: 1\nb: [1, 2\nc: 3\n')).toThrow(/^params\.yaml:line \d+, column \d+: invalid YAML/);
  });

  it('flattens params, keeping every scalar leaf and lists as JSON text', () => {
    const p = flattenParams('params.yaml', parseStructured('params.yaml', 'optimizer: {lr: 0.01, name: sgd}\nlayers: [32, 16]\nflag: true\n'));
    expect(p.values).toEqual({ 'optimizer.lr': 0.01, 'optimizer.name': 'sgd', layers: '[32,16]', flag: true });
  });

  it('reads JSONL records into typed columns', () => {
    const t = parseJsonl('log.jsonl', '{"step": 1, "loss": 0.5}\n{"step": 2, "loss": NaN, "extra": "x"}\n');
    expect(t.nRows).toBe(2);
    expect(t.columns.map((c) => c.name)).toEqual(['step', 'loss', 'extra']);
    expect(() => parseJsonl('log.jsonl', '{"a": 1}\n{"a": }\n')).toThrow(/log.jsonl:line 2, column 7/);
  });
});
