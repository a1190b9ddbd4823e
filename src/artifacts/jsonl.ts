/**
 * JSONL (one JSON object per line) → columnar Table, typed like the CSV reader.
 */
import { InputError } from '../errors.js';
import { ColumnBuilder, finishColumns } from './column-builder.js';
import { parseJsonLenient } from './json.js';
import type { Table } from './table.js';

export function parseJsonl(path: string, text: string): Table {
  const lines = text.split(/\r?\n/);
  const builders = new Map<string, ColumnBuilder>();
  const order: string[] = [];
  let rows = 0;
  lines.forEach((raw, idx) => {
    if (raw.trim() === '') return;
    let obj: unknown;
    try {
      obj = parseJsonLenient(path, raw).value;
    } catch (e) {
      const detail = e instanceof InputError ? e.detail : String(e);
      const col = e instanceof InputError && e.place ? e.place.replace(/^line \d+, /, '') : '';
      throw new InputError(path, `line ${idx + 1}${col ? `, ${col}` : ''}`, detail);
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      throw new InputError(path, `line ${idx + 1}`, 'expected a JSON object per line');
    }
    const rec = obj as Record<string, unknown>;
    for (const key of Object.keys(rec)) {
      if (!builders.has(key)) {
        const b = new ColumnBuilder(key);
        for (let r = 0; r < rows; r++) b.push('');
        builders.set(key, b);
        order.push(key);
      }
    }
    for (const key of order) builders.get(key)!.pushValue(rec[key]);
    rows++;
  });
  if (rows === 0) throw new InputError(path, null, 'empty JSONL file: no records');
  return { path, nRows: rows, columns: finishColumns(order.map((k) => builders.get(k)!), rows) };
}
