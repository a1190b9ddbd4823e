/**
 * A strict JSON parser that also accepts the bare NaN / Infinity / -Infinity tokens Python's
 * json module writes, and reports errors by line and column. JSON.parse gives neither.
 */
import { InputError, lineColumn } from '../errors.js';

export interface JsonParseResult {
  readonly value: unknown;
  /** True when a bare NaN / Infinity token was read. */
  readonly sawNonFinite: boolean;
}

export function parseJsonLenient(path: string, text: string): JsonParseResult {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let sawNonFinite = false;

  const fail = (msg: string, at = pos): never => {
    const { line, column } = lineColumn(text, at);
    throw new InputError(path, `line ${line}, column ${column}`, msg);
  };
  const ws = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const literal = (word: string, v: unknown): unknown => {
    if (text.startsWith(word, pos)) {
      pos += word.length;
      return v;
    }
    return fail(`unexpected ${describe(text, pos)}`);
  };
  const str = (): string => {
    const start = pos;
    pos++;
    let out = '';
    let chunk = pos;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(chunk, pos);
        pos++;
        return out;
      }
      if (c === 92) {
        out += text.slice(chunk, pos);
        const e = text[pos + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else if (e !== undefined && map[e] !== undefined) {
          out += map[e];
          pos += 2;
        } else fail('invalid escape in string');
        chunk = pos;
        continue;
      }
      if (c < 32) fail('control character in string');
      pos++;
    }
    return fail('unterminated string', start);
  };
  const num = (): number => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 64));
    if (!m) {
      if (text.startsWith('-Infinity', pos)) {
        pos += 9;
        sawNonFinite = true;
        return -Infinity;
      }
      return fail(`unexpected ${describe(text, pos)}`);
    }
    pos += m[0].length;
    return Number(m[0]);
  };
  const value = (depth: number): unknown => {
    if (depth > 512) fail('nesting too deep');
    ws();
    const c = text[pos];
    if (c === undefined) return fail('unexpected end of input');
    if (c === '{') {
      pos++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail(`expected a property name in double quotes, found ${describe(text, pos)}`);
        const k = str();
        ws();
        if (text[pos] !== ':') fail(`expected ':' after property name, found ${describe(text, pos)}`);
        pos++;
        obj[k] = value(depth + 1);
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        return fail(`expected ',' or '}', found ${describe(text, pos)}`);
      }
    }
    if (c === '[') {
      pos++;
      const arr: unknown[] = [];
      ws();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(value(depth + 1));
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        return fail(`expected ',' or ']', found ${describe(text, pos)}`);
      }
    }
    if (c === '"') return str();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    if (c === 'N') {
      sawNonFinite = true;
      return literal('NaN', NaN);
    }
    if (c === 'I') {
      sawNonFinite = true;
      return literal('Infinity', Infinity);
    }
    return num();
  };

  const v = value(0);
  ws();
  if (pos < text.length) fail(`unexpected ${describe(text, pos)} after the JSON value`);
  return { value: v, sawNonFinite };
}

function describe(text: string, pos: number): string {
  if (pos >= text.length) return 'end of input';
  const ch = text[pos]!;
  return `'${ch === '\n' ? '\\n' : ch}'`;
}
