/**
 * Metrics and params files (JSON / YAML) → flat dot-path maps (CONTRACT §1).
 */
import { parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import { parseJsonLenient } from './json.js';
import type { FlatMetrics, FlatParams, Scalar } from './types.js';

/** Parses a JSON or YAML document by extension; errors name file, line and column. */
export function parseStructured(path: string, text: string): unknown {
  if (/\.json$/i.test(path)) return parseJsonLenient(path, text).value;
  return parseYaml(path, text);
}

export function parseYaml(path: string, text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const lp = err.linePos?.[0];
    const place = lp ? `line ${lp.line}, column ${lp.col}` : null;
    const msg = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(path, place, `invalid YAML: ${msg}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  } catch (e) {
    // An alias bomb ("excessive alias count") or a similar refusal: still the file's fault, named.
    throw new InputError(path, null, `invalid YAML: ${e instanceof Error ? e.message : String(e)}`);
  }
  // An anchor on a node that contains its own alias gives a cyclic object, which no later stage
  // (flattening, JSON) can walk.
  if (isCyclic(value, [])) throw new InputError(path, null, 'invalid YAML: an alias refers to a node that contains it (a cycle)');
  return value;
}

function isCyclic(v: unknown, ancestors: unknown[]): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (ancestors.includes(v)) return true;
  ancestors.push(v);
  const children = v instanceof Map ? [...v.values()] : Array.isArray(v) ? v : Object.values(v);
  const cyclic = children.some((c) => isCyclic(c, ancestors));
  ancestors.pop();
  return cyclic;
}

/** Flattens nested objects to dot paths, keeping numeric leaves; NaN/±Infinity are kept and listed. */
export function flattenMetrics(path: string, doc: unknown): FlatMetrics {
  const values: Record<string, number> = {};
  const nonFinite: string[] = [];
  walk(doc, '', (key, v) => {
    if (typeof v === 'number') {
      values[key] = v;
      if (!Number.isFinite(v)) nonFinite.push(key);
    }
  });
  return { path, values, nonFinite };
}

/** Flattens nested objects to dot paths, keeping any scalar leaf; arrays become JSON text. */
export function flattenParams(path: string, doc: unknown): FlatParams {
  const values: Record<string, Scalar> = {};
  walk(doc, '', (key, v) => {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') values[key] = v;
    else if (Array.isArray(v)) values[key] = JSON.stringify(v);
    else if (v instanceof Date) values[key] = v.toISOString();
  });
  return { path, values };
}

function walk(v: unknown, prefix: string, leaf: (key: string, v: unknown) => void): void {
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
    for (const [k, child] of Object.entries(v as Record<string, unknown>)) walk(child, prefix ? `${prefix}.${k}` : k, leaf);
    return;
  }
  if (prefix) leaf(prefix, v);
}
