import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);

// src/artifacts/table.ts
function maxCode(codes) {
  return codes instanceof Int8Array ? 127 : codes instanceof Int16Array ? 32767 : 2147483647;
}
function findColumnCI(table, name) {
  const lower = name.toLowerCase();
  return table.columns.find((c) => c.name.toLowerCase() === lower);
}
function cellText(col, i) {
  if (col.kind === "string") {
    const code = col.codes[i];
    return code < 0 ? "" : col.dict[code];
  }
  if (col.missing[i]) return "";
  return formatNumber(col.values[i]);
}
function formatNumber(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  return String(v);
}
var SMALL_DISTINCT_LIMIT = 64;
function fewDistinct(col, limit) {
  const seen = new Float64Array(Math.max(limit, 0));
  const small = new Uint8Array(SMALL_INTS);
  let big = 0;
  let m = 0;
  let nan = 0;
  const { values, missing } = col;
  for (let i = 0; i < values.length; i++) {
    if (missing[i]) continue;
    const x = values[i];
    const k = x >>> 0;
    if (k === x && k < SMALL_INTS) {
      if (small[k] === 0) {
        small[k] = 1;
        if (m + nan + 1 > limit) return m + nan + 1;
        m++;
      }
      continue;
    }
    if (x !== x) {
      if (nan === 0) {
        nan = 1;
        if (m + nan > limit) return m + nan;
      }
      continue;
    }
    let j = 0;
    while (j < big && seen[j] !== x) j++;
    if (j < big) continue;
    if (m + nan + 1 > limit) return m + nan + 1;
    seen[big++] = x;
    m++;
  }
  return m + nan;
}
var SMALL_INTS = 1024;
function distinctCount(col, limit = Infinity) {
  if (col.kind === "string") {
    const seen = new Uint8Array(col.dict.length);
    let n = 0;
    const all = col.dict.length;
    for (let i = 0; i < col.codes.length && n < all; i++) {
      const c = col.codes[i];
      if (c >= 0 && !seen[c]) {
        seen[c] = 1;
        if (++n > limit) return n;
      }
    }
    return n;
  }
  if (limit <= SMALL_DISTINCT_LIMIT) return fewDistinct(col, limit);
  const s = /* @__PURE__ */ new Set();
  for (let i = 0; i < col.values.length; i++) {
    if (col.missing[i]) continue;
    s.add(col.values[i]);
    if (s.size > limit) return s.size;
  }
  return s.size;
}

// src/artifacts/shared.ts
var SHARED_MIN_ROWS = 65536;
function shared(n, bytes) {
  return n >= SHARED_MIN_ROWS ? new SharedArrayBuffer(n * bytes) : new ArrayBuffer(n * bytes);
}
var rowF64 = (n) => new Float64Array(shared(n, 8));
var rowI32 = (n) => new Int32Array(shared(n, 4));
var rowI16 = (n) => new Int16Array(shared(n, 2));
var rowI8 = (n) => new Int8Array(shared(n, 1));
function rowCodes(n, entries) {
  return entries <= 128 ? rowI8(n) : entries <= 32768 ? rowI16(n) : rowI32(n);
}
function copyCodes(codes, n, size, top = 0) {
  const out = rowCodes(size, Math.max(top, maxCode(codes)) + 1);
  out.set(codes.subarray(0, n));
  return out;
}
var rowU32 = (n) => new Uint32Array(shared(n, 4));
var rowU8 = (n) => new Uint8Array(shared(n, 1));
function sharedZeros(rows) {
  let zeros = null;
  return () => zeros ??= rowU8(rows);
}

export {
  maxCode,
  findColumnCI,
  cellText,
  formatNumber,
  SMALL_INTS,
  distinctCount,
  SHARED_MIN_ROWS,
  rowF64,
  rowCodes,
  copyCodes,
  rowU32,
  rowU8,
  sharedZeros
};
