/**
 * Grows one column cell by cell and decides its type: numeric while every non-missing cell
 * parses as a number (Python's NaN / inf tokens included), else dictionary-encoded strings.
 * Shared by the CSV and JSONL readers so both type columns the same way.
 */
import type { Column } from './table.js';

const MISSING_TOKENS = new Set(['', 'NA', 'N/A', 'null', 'NULL', 'None']);
const NUMBER_TOKENS: Record<string, number> = {
  NaN: NaN,
  nan: NaN,
  inf: Infinity,
  '+inf': Infinity,
  '-inf': -Infinity,
  Infinity: Infinity,
  '+Infinity': Infinity,
  '-Infinity': -Infinity,
  INF: Infinity,
  '-INF': -Infinity,
};

/** Parses a cell as a number, or returns undefined when it is not numeric text. */
export function parseNumberCell(s: string): number | undefined {
  const c = s.charCodeAt(0);
  // Fast reject: numbers start with a digit, sign or dot; tokens like NaN/inf handled below.
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    const v = Number(s);
    if (!Number.isNaN(v) && s.trim() === s) return v;
  }
  const t = NUMBER_TOKENS[s];
  return t;
}

export class ColumnBuilder {
  private values = new Float64Array(1024);
  private missing = new Uint8Array(1024);
  private n = 0;
  private numeric = true;
  // String mode state (entered at the first non-numeric cell).
  private codes: Int32Array | null = null;
  private dict: string[] = [];
  private index = new Map<string, number>();

  constructor(readonly name: string) {}

  push(raw: string): void {
    const i = this.n++;
    if (this.numeric) {
      if (i >= this.values.length) this.grow();
      if (MISSING_TOKENS.has(raw)) {
        this.values[i] = NaN;
        this.missing[i] = 1;
        return;
      }
      const v = parseNumberCell(raw);
      if (v !== undefined) {
        this.values[i] = v;
        return;
      }
      this.toStringMode(i);
    }
    const codes = this.ensureCodes(i);
    if (MISSING_TOKENS.has(raw)) {
      codes[i] = -1;
      return;
    }
    let code = this.index.get(raw);
    if (code === undefined) {
      code = this.dict.length;
      this.dict.push(raw);
      this.index.set(raw, code);
    }
    codes[i] = code;
  }

  /** Pushes a JSON value (JSONL reader): numbers stay numbers, booleans become 'true'/'false'. */
  pushValue(v: unknown): void {
    if (v === null || v === undefined) this.push('');
    else if (typeof v === 'number') this.push(Number.isFinite(v) ? String(v) : Number.isNaN(v) ? 'NaN' : v > 0 ? 'inf' : '-inf');
    else if (typeof v === 'string') this.push(v === '' ? '' : v);
    else if (typeof v === 'boolean') this.push(v ? 'true' : 'false');
    else this.push(JSON.stringify(v));
  }

  finish(): Column {
    if (this.numeric) {
      return { kind: 'number', name: this.name, values: this.values.slice(0, this.n), missing: this.missing.slice(0, this.n) };
    }
    return { kind: 'string', name: this.name, codes: this.codes!.slice(0, this.n), dict: this.dict };
  }

  private grow(): void {
    const v = new Float64Array(this.values.length * 2);
    v.set(this.values);
    this.values = v;
    const m = new Uint8Array(this.missing.length * 2);
    m.set(this.missing);
    this.missing = m;
  }

  private ensureCodes(i: number): Int32Array {
    let codes = this.codes!;
    if (i >= codes.length) {
      const c = new Int32Array(codes.length * 2);
      c.set(codes);
      codes = this.codes = c;
    }
    return codes;
  }

  // Numbers seen so far are re-encoded as their text: a mixed column (e.g. "1", "2", "A") is categorical.
  private toStringMode(upTo: number): void {
    this.numeric = false;
    this.codes = new Int32Array(Math.max(1024, this.values.length));
    for (let j = 0; j < upTo; j++) {
      if (this.missing[j]) {
        this.codes[j] = -1;
        continue;
      }
      const text = String(this.values[j]);
      let code = this.index.get(text);
      if (code === undefined) {
        code = this.dict.length;
        this.dict.push(text);
        this.index.set(text, code);
      }
      this.codes[j] = code;
    }
  }
}
