/**
 * Row ids as 64-bit hashes of their text, computed once at load. Every use of an id is a match
 * (baseline row ↔ current row, eval row ↔ training-sample row, repeated ids), and a match of
 * two 32-bit hash halves is what the data checks already decided on. Kept as a million JS strings
 * per run, the ids of a 1M-row eval table held ~31 MiB of heap for the whole review (issue 11,
 * bench/RESULTS.md); as hashes they hold 9 MiB, and the text of one id is read back from its column
 * when a report shows it.
 */
import { cellText, type Column } from './table.js';
import { rowU32, rowU8 } from './shared.js';
import { sameColumnCells } from './twins.js';

export interface RowIds {
  readonly length: number;
  /** hashString's two halves of each row's id text. */
  readonly h1: Uint32Array;
  readonly h2: Uint32Array;
  /** 1 where the id is empty (a missing cell). */
  readonly empty: Uint8Array;
  /** The id's text, as the table holds it. */
  text(i: number): string;
}

const SEED1 = 0x811c9dc5;
const SEED2 = 0x9747b28c;

/** FNV-1a and a second multiplicative hash over the UTF-16 units of a string. */
export function hashString(s: string): [number, number] {
  let a = SEED1;
  let b = SEED2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, b >>> 0];
}

/** Decimal digits of a safe integer, most significant first, reused between calls. */
const digits = new Uint8Array(20);

/**
 * hashString(String(v)) of a finite safe integer without making the string (the usual numeric id
 * column). String(v) of such a value is its sign and decimal digits; -0 prints as "0".
 */
function hashSafeInteger(v: number, out: { a: number; b: number }): void {
  let a = SEED1;
  let b = SEED2;
  let x = v;
  if (x < 0) {
    a = Math.imul(a ^ 45, 0x01000193);
    b = Math.imul(b ^ 45, 0x5bd1e995);
    b ^= b >>> 15;
    x = -x;
  }
  let n = 0;
  if (x <= 0x7fffffff) {
    // Below 2^31 (the usual id) the digits come from 32-bit integer division.
    let xi = x | 0;
    do {
      const q = (xi / 10) | 0;
      digits[n++] = xi - q * 10;
      xi = q;
    } while (xi > 0);
  } else {
    do {
      digits[n++] = x % 10;
      x = Math.floor(x / 10);
    } while (x > 0);
  }
  for (let k = n - 1; k >= 0; k--) {
    const c = 48 + digits[k]!;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  out.a = a >>> 0;
  out.b = b >>> 0;
}

/**
 * The last id column hashed, and the hashes of each column hashed while it lives. A pull request
 * scores one eval set twice as a rule: the current run's id column then holds the baseline's bytes,
 * and its hashes are the baseline's (the same arrays; twins.ts would share them after the load
 * anyway). Hashing 10^6 ids again was 25-30 ms of the serial load (issue 11).
 */
const hashedIds = new WeakMap<Column, { readonly n: number; readonly ids: RowIds }>();
let lastIdColumn: WeakRef<Column> | null = null;

/** The ids of `n` rows held in `col`. */
export function rowIdsOf(col: Column, n: number): RowIds {
  const prev = lastIdColumn?.deref();
  const known = prev ? hashedIds.get(prev) : undefined;
  if (prev && known && known.n === n && sameColumnCells(prev, col)) {
    const { h1, h2, empty } = known.ids;
    const ids: RowIds = { length: n, h1, h2, empty, text: (i) => cellText(col, i) };
    hashedIds.set(col, { n, ids });
    return ids;
  }
  const ids = hashRowIds(col, n);
  hashedIds.set(col, { n, ids });
  lastIdColumn = new WeakRef(col);
  return ids;
}

function hashRowIds(col: Column, n: number): RowIds {
  const h1 = rowU32(n);
  const h2 = rowU32(n);
  const empty = rowU8(n);
  const [e1, e2] = hashString('');
  if (col.kind === 'string') {
    const d1 = new Uint32Array(col.dict.length);
    const d2 = new Uint32Array(col.dict.length);
    col.dict.forEach((s, c) => {
      [d1[c], d2[c]] = hashString(s);
    });
    for (let i = 0; i < n; i++) {
      const c = col.codes[i]!;
      if (c < 0 || col.dict[c] === '') {
        h1[i] = e1;
        h2[i] = e2;
        empty[i] = 1;
      } else {
        h1[i] = d1[c]!;
        h2[i] = d2[c]!;
      }
    }
  } else {
    const out = { a: 0, b: 0 };
    for (let i = 0; i < n; i++) {
      const v = col.values[i]!;
      if (col.missing[i]) {
        h1[i] = e1;
        h2[i] = e2;
        empty[i] = 1;
      } else if (Number.isSafeInteger(v)) {
        hashSafeInteger(v, out);
        h1[i] = out.a;
        h2[i] = out.b;
      } else {
        [h1[i], h2[i]] = hashString(cellText(col, i));
      }
    }
  }
  return { length: n, h1, h2, empty, text: (i) => cellText(col, i) };
}

/** Ids from their texts (JSON rows, tests). */
export function rowIdsFromText(texts: readonly string[]): RowIds {
  const n = texts.length;
  const h1 = new Uint32Array(n);
  const h2 = new Uint32Array(n);
  const empty = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    [h1[i], h2[i]] = hashString(texts[i]!);
    if (texts[i] === '') empty[i] = 1;
  }
  return { length: n, h1, h2, empty, text: (i) => texts[i] ?? '' };
}

/** Both runs list the same ids in the same order (one eval set scored twice). */
export function sameIdSequence(a: RowIds, b: RowIds): boolean {
  if (a === b || (a.h1 === b.h1 && a.h2 === b.h2)) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a.h1[i] !== b.h1[i] || a.h2[i] !== b.h2[i]) return false;
  return true;
}
