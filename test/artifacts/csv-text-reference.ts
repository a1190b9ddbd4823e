/**
 * Test oracle: the CSV reader as it was before it read bytes (src/artifacts/csv.ts up to issue 11's
 * byte scanner), over decoded text with charCodeAt, every cell handed to ColumnBuilder.push as a
 * substring. The byte scanner must give the same Table and the same errors (csv-bytes.test.ts).
 */
import { InputError } from '../../src/errors.js';
import { ColumnBuilder } from '../../src/artifacts/column-builder.js';
import type { Table } from '../../src/artifacts/table.js';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Parses CSV text (RFC 4180 quoting, LF or CRLF, optional BOM). Throws InputError naming file and line. */
export function parseCsvText(path: string, text: string): Table {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const len = text.length;
  if (text.trim().length === 0) throw new InputError(path, null, 'empty CSV file: no header row');

  let line = 1;
  // Reads one field starting at `pos`; returns the field text and leaves pos on the delimiter.
  const readField = (): string => {
    if (text.charCodeAt(pos) === QUOTE) {
      pos++;
      let out = '';
      let start = pos;
      for (;;) {
        if (pos >= len) throw new InputError(path, `line ${line}`, 'unterminated quoted field');
        const c = text.charCodeAt(pos);
        if (c === QUOTE) {
          if (text.charCodeAt(pos + 1) === QUOTE) {
            out += text.slice(start, pos + 1);
            pos += 2;
            start = pos;
            continue;
          }
          out += text.slice(start, pos);
          pos++;
          return out;
        }
        if (c === LF) line++;
        pos++;
      }
    }
    const start = pos;
    while (pos < len) {
      const c = text.charCodeAt(pos);
      if (c === COMMA || c === LF || c === CR) break;
      pos++;
    }
    return text.slice(start, pos);
  };
  // Header.
  const header: string[] = [];
  for (;;) {
    header.push(readField().trim());
    const c = text.charCodeAt(pos);
    if (c === COMMA) {
      pos++;
      continue;
    }
    break;
  }
  if (text.charCodeAt(pos) === CR) pos++;
  if (text.charCodeAt(pos) === LF) pos++;
  line++;
  const nCols = header.length;
  const seen = new Set<string>();
  header.forEach((h, i) => {
    if (h === '') throw new InputError(path, `line 1, column ${i + 1}`, 'empty column name in header');
    if (seen.has(h)) throw new InputError(path, `line 1, column ${i + 1}`, `duplicate column name '${h}'`);
    seen.add(h);
  });

  // Count lines once (indexOf is vectorised) so the columns are allocated at their final size.
  let expected = 0;
  for (let i = text.indexOf('\n', pos); i >= 0; i = text.indexOf('\n', i + 1)) expected++;
  const builders = header.map((h) => new ColumnBuilder(h, expected + 1));
  let rows = 0;
  // The hot loop keeps `p` in a local (closures over a mutable `pos` are slow in V8) and hands
  // unquoted cells to the builders as ranges, so a numeric cell is never turned into a substring.
  let p = pos;
  while (p < len) {
    const c0 = text.charCodeAt(p);
    if (c0 === LF || c0 === CR) {
      // Blank line (common at the end of a file).
      p++;
      if (c0 === CR && text.charCodeAt(p) === LF) p++;
      line++;
      continue;
    }
    const rowLine = line;
    let col = 0;
    for (;;) {
      if (col >= nCols) throw new InputError(path, `line ${rowLine}`, `row has more than the header's ${nCols} fields`);
      const b = builders[col]!;
      if (text.charCodeAt(p) === QUOTE) {
        pos = p;
        b.push(readField());
        p = pos;
      } else {
        const start = p;
        while (p < len) {
          const c = text.charCodeAt(p);
          if (c === COMMA || c === LF || c === CR) break;
          p++;
        }
        b.push(text.slice(start, p));
      }
      col++;
      if (text.charCodeAt(p) === COMMA) {
        p++;
        continue;
      }
      break;
    }
    if (col !== nCols) throw new InputError(path, `line ${rowLine}`, `row has ${col} fields, header has ${nCols}`);
    if (text.charCodeAt(p) === CR) p++;
    if (text.charCodeAt(p) === LF) p++;
    line++;
    rows++;
  }
  if (rows === 0) throw new InputError(path, null, 'CSV has a header but no data rows');
  return { path, nRows: rows, columns: builders.map((b) => b.finish()) };
}
