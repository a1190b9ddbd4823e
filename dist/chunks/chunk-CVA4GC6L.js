import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  releaseNow
} from "./chunk-4BJFTPP6.js";
import {
  cellText,
  formatNumber,
  rowCodes,
  rowU32,
  rowU8
} from "./chunk-QVIMXX4N.js";

// src/artifacts/twins.ts
function bytesOf(a) {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}
function sameBytes(a, b) {
  if (a === b) return true;
  if (a.byteLength !== b.byteLength) return false;
  return bytesOf(a).equals(bytesOf(b));
}
function sameColumnCells(a, b) {
  if (a === b) return true;
  if (a.kind === "number" && b.kind === "number") return sameBytes(a.values, b.values) && sameBytes(a.missing, b.missing);
  if (a.kind === "string" && b.kind === "string") {
    if (a.dict.length !== b.dict.length || !sameBytes(a.codes, b.codes)) return false;
    for (let i = 0; i < a.dict.length; i++) if (a.dict[i] !== b.dict[i]) return false;
    return true;
  }
  return false;
}
function shared(own, twin) {
  if (!twin || twin === own || twin.constructor !== own.constructor) return own;
  return sameBytes(own, twin) ? twin : own;
}
function sharedColumn(own, twin) {
  if (!twin || twin.kind !== own.kind) return own;
  if (own.kind === "number" && twin.kind === "number") {
    const values = shared(own.values, twin.values);
    const missing = shared(own.missing, twin.missing);
    return values === own.values && missing === own.missing ? own : { ...own, values, missing };
  }
  if (own.kind === "string" && twin.kind === "string") {
    const sameDict = own.dict.length === twin.dict.length && own.dict.every((s, i) => s === twin.dict[i]);
    if (!sameDict) return own;
    const codes = shared(own.codes, twin.codes);
    return codes === own.codes ? own : { ...own, codes, dict: twin.dict };
  }
  return own;
}
function sharedTable(own, twin, renamed) {
  if (own.nRows !== twin.nRows) return own;
  const byName = new Map(twin.columns.map((c) => [c.name, c]));
  let changed = false;
  const columns = own.columns.map((c) => {
    const s = sharedColumn(c, byName.get(c.name));
    if (s !== c) {
      renamed.set(c, s);
      changed = true;
    }
    return s;
  });
  return changed ? { ...own, columns } : own;
}
function sharedView(own, twin) {
  if (own.n !== twin.n) return own;
  const renamed = /* @__PURE__ */ new Map();
  const table = sharedTable(own.table, twin.table, renamed);
  const idTwin = own.ids !== null && twin.ids !== null && own.idColumn === twin.idColumn && own.idColumn !== null && sharesColumn(table, twin.table, own.idColumn);
  return {
    ...own,
    table,
    yTrue: own.labelColumn === twin.labelColumn ? shared(own.yTrue, twin.yTrue) : own.yTrue,
    yPred: own.yPred && own.predColumn === twin.predColumn ? shared(own.yPred, twin.yPred) : own.yPred,
    score: own.score && own.scoreColumn === twin.scoreColumn ? shared(own.score, twin.score) : own.score,
    weight: own.weight ? shared(own.weight, twin.weight) : own.weight,
    // Row ids are hashes of the id column's text and read it back: the same column, the same ids.
    ids: idTwin ? twin.ids : own.ids,
    features: own.features.map((c) => renamed.get(c) ?? c)
  };
}
function sharesColumn(own, twin, name) {
  const c = own.columns.find((x) => x.name === name);
  const b = twin.columns.find((x) => x.name === name);
  if (!c || !b) return false;
  if (c.kind === "number" && b.kind === "number") return c.values === b.values && c.missing === b.missing;
  if (c.kind === "string" && b.kind === "string") return c.codes === b.codes;
  return false;
}
function shareTwinArrays(run, other) {
  const byPath = new Map(other.evals.map((v) => [v.path, v]));
  let changed = false;
  const evals = run.evals.map((v) => {
    const o = byPath.get(v.path);
    const s = o ? sharedView(v, o) : v;
    if (s !== v) changed = true;
    return s;
  });
  return changed ? { ...run, evals } : run;
}

// src/artifacts/row-ids.ts
var SEED1 = 2166136261;
var SEED2 = 2538058380;
function hashString(s) {
  let a = SEED1;
  let b = SEED2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 1540483477);
    b ^= b >>> 15;
  }
  return [a >>> 0, b >>> 0];
}
var digits = new Uint8Array(20);
function hashSafeInteger(v, out) {
  let a = SEED1;
  let b = SEED2;
  let x = v;
  if (x < 0) {
    a = Math.imul(a ^ 45, 16777619);
    b = Math.imul(b ^ 45, 1540483477);
    b ^= b >>> 15;
    x = -x;
  }
  let n = 0;
  if (x <= 2147483647) {
    let xi = x | 0;
    do {
      const q = xi / 10 | 0;
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
    const c = 48 + digits[k];
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 1540483477);
    b ^= b >>> 15;
  }
  out.a = a >>> 0;
  out.b = b >>> 0;
}
var hashedIds = /* @__PURE__ */ new WeakMap();
var lastIdColumn = null;
function rowIdsOf(col, n) {
  const prev = lastIdColumn?.deref();
  const known2 = prev ? hashedIds.get(prev) : void 0;
  if (prev && known2 && known2.n === n && sameColumnCells(prev, col)) {
    const { h1, h2, empty } = known2.ids;
    const ids2 = { length: n, h1, h2, empty, text: (i) => cellText(col, i) };
    hashedIds.set(col, { n, ids: ids2 });
    return ids2;
  }
  const ids = hashRowIds(col, n);
  hashedIds.set(col, { n, ids });
  lastIdColumn = new WeakRef(col);
  return ids;
}
function hashRowIds(col, n) {
  const h1 = rowU32(n);
  const h2 = rowU32(n);
  const empty = rowU8(n);
  const [e1, e2] = hashString("");
  if (col.kind === "string") {
    const d1 = new Uint32Array(col.dict.length);
    const d2 = new Uint32Array(col.dict.length);
    col.dict.forEach((s, c) => {
      [d1[c], d2[c]] = hashString(s);
    });
    for (let i = 0; i < n; i++) {
      const c = col.codes[i];
      if (c < 0 || col.dict[c] === "") {
        h1[i] = e1;
        h2[i] = e2;
        empty[i] = 1;
      } else {
        h1[i] = d1[c];
        h2[i] = d2[c];
      }
    }
  } else {
    const out = { a: 0, b: 0 };
    for (let i = 0; i < n; i++) {
      const v = col.values[i];
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
function sameIdSequence(a, b) {
  if (a === b || a.h1 === b.h1 && a.h2 === b.h2) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a.h1[i] !== b.h1[i] || a.h2[i] !== b.h2[i]) return false;
  return true;
}

// src/analysis/stats/distance.ts
var PSI_EPSILON = 1e-4;
function psi(baseCounts, curCounts, epsilon = PSI_EPSILON) {
  const k = baseCounts.length;
  if (curCounts.length !== k) throw new Error("psi: count vectors differ in length");
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < k; i++) {
    nb += baseCounts[i];
    nc += curCounts[i];
  }
  if (nb === 0 || nc === 0) return 0;
  const norm = 1 + k * epsilon;
  let s = 0;
  for (let i = 0; i < k; i++) {
    const b = (baseCounts[i] / nb + epsilon) / norm;
    const c = (curCounts[i] / nc + epsilon) / norm;
    s += (c - b) * Math.log(c / b);
  }
  return s;
}
function psiNoiseFloor(bins, nBase, nCur) {
  if (bins < 2 || nBase <= 0 || nCur <= 0) return 0;
  return (bins - 1) * (1 / nBase + 1 / nCur);
}
function quantileEdges(sorted, nBins = 10) {
  const n = sorted.length;
  const edges = [];
  if (n === 0) return new Float64Array(0);
  for (let k = 1; k < nBins; k++) {
    const q = sorted[Math.floor(k / nBins * (n - 1))];
    if (edges.length === 0 || q > edges[edges.length - 1]) edges.push(q);
  }
  while (edges.length > 0 && edges[edges.length - 1] >= sorted[n - 1]) edges.pop();
  return Float64Array.from(edges);
}
function quantileSorted(sorted, q) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = q * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const frac = pos - lo;
  return lerpQuantile(sorted[lo], sorted[hi], frac);
}
function lerpQuantile(a, b, frac) {
  return frac >= 0.5 ? b - (b - a) * (1 - frac) : a + (b - a) * frac;
}
function binCountsSorted(sorted, edges) {
  const k = edges.length + 1;
  const out = new Float64Array(k);
  let prev = 0;
  for (let e = 0; e < edges.length; e++) {
    const upto = upperBound(sorted, edges[e]);
    out[e] = upto - prev;
    prev = upto;
  }
  out[k - 1] = sorted.length - prev;
  return out;
}
function binIndex(edges, v) {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (edges[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(sorted, v) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function jensenShannon(p, q, base) {
  const k = p.length;
  if (q.length !== k) throw new Error("jensenShannon: vectors differ in length");
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < k; i++) {
    sp += p[i];
    sq += q[i];
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < k; i++) {
    const pi = p[i] / sp;
    const qi = q[i] / sq;
    const m = (pi + qi) / 2;
    left += relEntr(pi, m);
    right += relEntr(qi, m);
  }
  let js = left + right;
  if (base !== void 0) js /= Math.log(base);
  return Math.sqrt(js / 2);
}
function relEntr(x, y) {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

// src/analysis/stats/decimal-grid.ts
var DECIMAL_SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
var SCALE_SAMPLE = 64;
function gridScale(values, maxSteps) {
  let k = 0;
  let seen = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length && seen < SCALE_SAMPLE; i++) {
    const x = values[i];
    if (x !== x) continue;
    seen++;
    while (Math.round(x * DECIMAL_SCALES[k]) / DECIMAL_SCALES[k] !== x) if (++k === DECIMAL_SCALES.length) return 0;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (seen === 0) return 0;
  const p = DECIMAL_SCALES[k];
  return Math.round(hi * p) - Math.round(lo * p) < maxSteps ? p : 0;
}
function gridSpan(values, p) {
  let lo = Infinity;
  let hi = -Infinity;
  let negativeZeros = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) continue;
    const m = Math.round(x * p);
    if (m / p !== x) return void 0;
    if (m < lo) lo = m;
    if (m > hi) hi = m;
    if (x === 0 && 1 / x < 0) negativeZeros++;
  }
  return { lo, hi, negativeZeros };
}

// src/analysis/stats/radix.ts
var DIGIT_BITS = 11;
function digitWidth(bits) {
  return Math.ceil(bits / Math.max(1, Math.ceil(bits / DIGIT_BITS)));
}
function countDigits(count, keys, shift, mask) {
  count.fill(0);
  for (let i = 0; i < keys.length; i++) count[keys[i] >>> shift & mask]++;
}
function startsOfDigits(count, mask) {
  let sum = 0;
  for (let d = 0; d <= mask; d++) {
    const c = count[d];
    count[d] = sum;
    sum += c;
  }
}

// src/analysis/stats/distributions.ts
var LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
var EPS = 2220446049250313e-31;
var MIN_LOG = -708.3964185322641;
var LANCZOS_G = 607 / 128;
var LANCZOS_C = [
  0.9999999999999971,
  57.15623566586292,
  -59.59796035547549,
  14.136097974741746,
  -0.4919138160976202,
  3399464998481189e-20,
  4652362892704858e-20,
  -9837447530487956e-20,
  1580887032249125e-19,
  -21026444172410488e-20,
  21743961811521265e-20,
  -1643181065367639e-19,
  8441822398385275e-20,
  -26190838401581408e-21,
  36899182659531625e-22
];
function logGamma(x) {
  if (!(x > 0)) return x === 0 ? Infinity : NaN;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + stirlingCorrection(x);
  const y = x - 1;
  let a = LANCZOS_C[0];
  const t = y + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS_C.length; i++) a += LANCZOS_C[i] / (y + i);
  return LOG_SQRT_2PI + (y + 0.5) * Math.log(t) - t + Math.log(a);
}
function stirlingCorrection(x) {
  if (x < 10) return logGamma(x) - ((x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI);
  const r = 1 / x;
  const r2 = r * r;
  return r * (1 / 12 + r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156)))))));
}
function log1pmx(t) {
  if (Math.abs(t) > 0.5) return Math.log1p(t) - t;
  let term = t;
  let sum = 0;
  for (let k = 2; k < 200; k++) {
    term *= -t;
    const add = term / k;
    sum += add;
    if (Math.abs(add) < Math.abs(sum) * EPS) break;
  }
  return sum;
}
function gammaPrefactor(a, x) {
  if (x === 0) return 0;
  let logf;
  if (a >= 10 && Math.abs(x - a) <= 0.4 * a) {
    logf = a * log1pmx((x - a) / a) + 0.5 * Math.log(a) - LOG_SQRT_2PI - stirlingCorrection(a);
  } else {
    logf = a * Math.log(x) - x - logGamma(a);
  }
  return logf < MIN_LOG ? 0 : Math.exp(logf);
}
function gammaSeries(a, x) {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let i = 0; i < 1e5; i++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum;
}
function gammaContinuedFraction(a, x) {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e5; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}
function gammaP(a, x) {
  if (!(a > 0) || !(x >= 0) || Number.isNaN(x)) return NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  if (x < a + 1) return Math.min(1, gammaPrefactor(a, x) * gammaSeries(a, x));
  return Math.max(0, 1 - gammaPrefactor(a, x) * gammaContinuedFraction(a, x));
}
function gammaQ(a, x) {
  if (!(a > 0) || !(x >= 0) || Number.isNaN(x)) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return Math.max(0, 1 - gammaPrefactor(a, x) * gammaSeries(a, x));
  return Math.min(1, gammaPrefactor(a, x) * gammaContinuedFraction(a, x));
}
function chi2Sf(x, dof) {
  if (Number.isNaN(x) || !(dof > 0)) return NaN;
  if (x <= 0) return 1;
  return gammaQ(dof / 2, x / 2);
}
function erfc(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  return gammaQ(0.5, x * x);
}
function normalSf(z) {
  return 0.5 * erfc(z / Math.SQRT2);
}
function normalCdf(z) {
  return 0.5 * erfc(-z / Math.SQRT2);
}
function twoProduct(a, b) {
  const p = a * b;
  const split = 134217729;
  let t = split * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = split * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  return [p, e];
}
function modNX(n, x) {
  const [p, e] = twoProduct(n, x);
  let fl = Math.floor(p);
  let alpha = p - fl + e;
  if (alpha < 0) {
    fl -= 1;
    alpha += 1;
  }
  if (alpha >= 1) {
    fl += 1;
    alpha = 0;
  }
  return { floor: fl, alpha };
}
function smirnovSf(n, x) {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const { floor: nxfl, alpha } = modNX(n, x);
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  let n1mxceil = n - nxfl;
  if (alpha === 0) {
    n1mxfl -= 1;
    n1mxceil += 1;
  }
  if (nxfl === 0 || nxfl === 1 && alpha === 0) {
    const cdf = x * Math.pow(1 + x, n - 1);
    return clip01(1 - cdf);
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxfl >= n - 1) return clip01(Math.pow(1 - x, n));
  if (n > 1e6) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    if (logp < -Math.LN2) return clip01(Math.exp(logp));
    return clip01(1 + Math.expm1(logp));
  }
  const nUpperTerms = n - n1mxceil + 1;
  const useUpper = nUpperTerms <= 1 && x < 0.5 || n >= 10 && nUpperTerms <= 3 && x <= 0.5 / Math.sqrt(n);
  if (useUpper) {
    let sum2 = 0;
    let logC2 = 0;
    for (let j = 0; j < nUpperTerms; j++) {
      const v = n - j;
      const a1 = Math.pow(x + v / n, v - 1);
      const a2 = Math.pow((n - v) / n - x, n - v);
      sum2 += Math.exp(logC2) * a1 * a2;
      logC2 += Math.log((n - j) / (j + 1));
    }
    return clip01(1 - x * sum2);
  }
  const nTerms = n1mxfl + 1;
  let sum = Math.pow(1 - x, n) / x;
  let logC = Math.log(n);
  let comp = 0;
  const vmid = Math.floor(n / 2);
  for (let j = 1; j < nTerms; j++) {
    const v = j;
    const a = x + v / n;
    const term = Math.exp(logC + (v - 1) * Math.log(a) + (n - v) * Math.log1p(-a));
    sum += term;
    if (term !== 0) {
      if (4 * (nTerms - j) * term < EPS * sum && j !== nTerms - 1) break;
    } else if (j > vmid) break;
    const y = Math.log(n - j) - Math.log(j + 1) - comp;
    const t = logC + y;
    comp = t - logC - y;
    logC = t;
  }
  return clip01(x * sum);
}
function clip01(p) {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
var E128 = 128;
var EP128 = Math.pow(2, 128);
var EM128 = Math.pow(2, -128);
var PI2 = Math.PI * Math.PI;
var PI4 = PI2 * PI2;
var PI6 = PI4 * PI2;
var SQRT2PI = Math.sqrt(2 * Math.PI);
var LOG_2PI = Math.log(2 * Math.PI);
var STIRLING_COEFFS = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
function logNFactorialDivNPowN(n) {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function matmul(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      const bo = k * m;
      const oo = i * m;
      for (let j = 0; j < m; j++) out[oo + j] += aik * b[bo + j];
    }
  }
  return out;
}
function kolmognDMTW(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - Math.pow(h, j);
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] *= fac;
  }
  const tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let Hpwr = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      Hpwr = matmul(Hpwr, H, m);
      expnt += Hexpnt;
    }
    H = matmul(H, H, m);
    Hexpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
      for (let i = 0; i < H.length; i++) H[i] /= EP128;
      Hexpnt += E128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = Hpwr[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      expnt -= E128;
    }
  }
  if (expnt !== 0) p = p * Math.pow(2, expnt);
  return clip01(p);
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function kolmognPomeranz(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  const gOverN = g / n;
  const twoGOverN = 2 * g / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * gOverN / m;
    twogpower[m] = twogpower[m - 1] * twoGOverN / m;
    onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let j1 = pomeranzJ1J2(0, n, ll, ceilf, roundf)[0];
  let j2;
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    const tmp = V0;
    V0 = V1;
    V1 = tmp;
    const ts = V0s;
    V0s = V1s;
    V1s = ts;
    V1.fill(0);
    [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const off = k1 - V0s;
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let maxV = 0;
      for (let c = 0; c < convLen; c++) {
        const idx = convStart + c;
        let s = 0;
        const lo = Math.max(0, idx - (ln2 - 1));
        const hi = Math.min(idx, ln2 - 1);
        for (let a = lo; a <= hi; a++) {
          const va = off + a < V0.length ? V0[off + a] : 0;
          s += va * pwrs[idx - a];
        }
        V1[c] = s;
        if (s > maxV) maxV = s;
      }
      if (maxV > 0 && maxV < EM128) {
        for (let c = 0; c < V1.length; c++) V1[c] *= EP128;
        expnt -= E128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128;
      expnt += E128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = ans * Math.pow(2, expnt);
  return clip01(ans);
}
function kolmognPelzGood(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * PI2 / 4;
  const k2c = PI4 * (1 - 2 * z2) / 16;
  const k3d = PI6 * (5 - 30 * z2) / 64;
  const k3c = PI4 * (-60 * z2 + 212 * z4) / 16;
  const k3b = PI2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * Math.pow(z, 8);
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = Math.pow(q, 8 * k);
    const c0 = 1;
    const c1 = k1a + k1b * m2;
    const c2 = k2a + k2b * m2 + k2c * m4;
    const c3 = k3a + k3b * m2 + k3c * m4 + k3d * m6;
    K[0] = K[0] * qpower + c0;
    K[1] = K[1] * qpower + c1;
    K[2] = K[2] * qpower + c2;
    K[3] = K[3] * qpower + c3;
  }
  const div = [z, 6 * z4, 72 * Math.pow(z, 7), 6480 * Math.pow(z, 10)];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT2PI / div[i];
  q = Math.exp(-PI2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = Math.pow(q, k2);
    const kspi = Math.PI * k;
    k2extra += k2 * qp;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
  }
  K[2] = K[2] + k2extra * PI2 * SQRT2PI / (-36 * z3);
  K[3] = K[3] + k3extra * PI2 * SQRT2PI / (216 * z6);
  for (let i = 0; i < 4; i++) K[i] = K[i] / Math.pow(n, i / 2);
  return K[0] + K[1] + K[2] + K[3];
}
function kstwoSf(x, n) {
  if (!(n > 0) || Math.floor(n) !== n) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - prob);
  }
  if (t >= n - 1) return clip01(2 * Math.pow(1 - x, n));
  if (x >= 0.5) return clip01(2 * smirnovSf(n, x));
  const nxsquared = t * x;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip01(1 - kolmognDMTW(n, x));
    if (nxsquared <= 4) return clip01(1 - kolmognPomeranz(n, x));
    return clip01(2 * smirnovSf(n, x));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip01(2 * smirnovSf(n, x));
  let cdf;
  if (nxsquared >= 18) cdf = 1;
  else if (n <= 1e5 && n * Math.pow(x, 1.5) <= 1.4) cdf = kolmognDMTW(n, x);
  else cdf = kolmognPelzGood(n, x);
  return clip01(1 - cdf);
}

// src/analysis/stats/two-sample.ts
function sortFloat64(values) {
  return sortFloat64InPlace(values.slice());
}
var scratch = new Float64Array(0);
var countsLo = new Uint32Array(65536);
var countsHi = new Uint32Array(65536);
function orderKey(hiWord) {
  return hiWord & 2147483648 ? ~hiWord >>> 0 : (hiWord | 2147483648) >>> 0;
}
function sortFloat64InPlace(values) {
  const n = values.length;
  if (n < 2048) return values.sort();
  if (countingSort(values) || decimalGridSort(values)) return values;
  if (values.byteOffset % 8 !== 0) return values.sort();
  if (scratch.length < n) scratch = new Float64Array(n);
  const tmp = scratch;
  const vw = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const tw = new Uint32Array(tmp.buffer, tmp.byteOffset, n * 2);
  const c0 = countsLo.fill(0);
  const c1 = countsHi.fill(0);
  countHalves(vw, n, c0, c1);
  prefix(c0);
  prefix(c1);
  scatterByLowHalf(values, vw, tmp, c0);
  scatterByHighHalf(tmp, tw, values, c1);
  orderRunsOfHighWord(values, vw);
  return values;
}
function countHalves(vw, n, c0, c1) {
  for (let i = 0; i < n; i++) {
    const h = orderKey(vw[2 * i + 1]);
    c0[h & 65535]++;
    c1[h >>> 16]++;
  }
}
function scatterByLowHalf(from, fw, to, starts) {
  for (let i = 0; i < from.length; i++) to[starts[orderKey(fw[2 * i + 1]) & 65535]++] = from[i];
}
function scatterByHighHalf(from, fw, to, starts) {
  for (let i = 0; i < to.length; i++) to[starts[orderKey(fw[2 * i + 1]) >>> 16]++] = from[i];
}
function orderRunsOfHighWord(values, vw) {
  const n = values.length;
  let i = 0;
  while (i < n) {
    const j = runOfHighWord(values, vw, i);
    if (j < 0) {
      const end = -j;
      if (end - i > 32 || values[i] !== values[i]) values.subarray(i, end).sort();
      else insertionSortRange(values, i, end);
      i = end;
    } else i = j;
  }
}
function runOfHighWord(values, vw, i) {
  const h = vw[2 * i + 1];
  let j = i + 1;
  let sorted = true;
  while (j < values.length && vw[2 * j + 1] === h) {
    if (!(values[j - 1] <= values[j])) sorted = false;
    j++;
  }
  return sorted ? j : -j;
}
function insertionSortRange(values, lo, hi) {
  for (let a = lo + 1; a < hi; a++) {
    const x = values[a];
    let b = a - 1;
    while (b >= lo && values[b] > x) {
      values[b + 1] = values[b];
      b--;
    }
    values[b + 1] = x;
  }
}
var COUNTING_MAX_STEPS = 1 << 18;
var COUNTING_STEPS_PER_VALUE = 16;
var GRID_RADIX_MAX_STEPS = 1 << 2 * DIGIT_BITS;
var gridCounts = new Uint32Array(0);
var gridKeys = new Uint32Array(0);
var gridKeys2 = new Uint32Array(0);
function decimalGridSort(values) {
  const n = values.length;
  const p = gridScale(values, GRID_RADIX_MAX_STEPS);
  if (p === 0) return false;
  const grid = gridSpan(values, p);
  if (grid === void 0) return false;
  const steps = grid.hi - grid.lo + 1;
  if (steps <= Math.min(COUNTING_MAX_STEPS, COUNTING_STEPS_PER_VALUE * n)) {
    if (gridCounts.length < steps) gridCounts = new Uint32Array(Math.max(steps, 2 * gridCounts.length));
    const counts = gridCounts.fill(0, 0, steps);
    countGridSteps(values, p, grid.lo, counts);
    const written = writeGridSteps(values, p, grid.lo, steps, counts, grid.negativeZeros);
    values.fill(NaN, written);
    return true;
  }
  if (!(steps <= GRID_RADIX_MAX_STEPS)) return false;
  if (gridKeys.length < n) {
    gridKeys = new Uint32Array(n);
    gridKeys2 = new Uint32Array(n);
  }
  const k = gridIndices(values, p, grid.lo, gridKeys);
  const keys = gridKeys.subarray(0, k);
  const keys2 = gridKeys2.subarray(0, k);
  const bits = 32 - Math.clz32(steps - 1);
  const width = digitWidth(bits);
  const mask = (1 << width) - 1;
  const count = new Int32Array(1 << DIGIT_BITS);
  let from = keys;
  let to = keys2;
  for (let shift = 0; shift < bits; shift += width) {
    countDigits(count, from, shift, mask);
    startsOfDigits(count, mask);
    scatterKeys(count, from, to, shift, mask);
    [from, to] = [to, from];
  }
  writeGridIndices(values, from, p, grid.lo);
  if (grid.negativeZeros > 0) signZeros(values, k, grid.negativeZeros);
  values.fill(NaN, k);
  return true;
}
function gridIndices(values, p, lo, keys) {
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) keys[k++] = Math.round(x * p) - lo;
  }
  return k;
}
function scatterKeys(count, from, to, shift, mask) {
  for (let i = 0; i < from.length; i++) {
    const key = from[i];
    to[count[key >>> shift & mask]++] = key;
  }
}
function writeGridIndices(values, keys, p, lo) {
  for (let j = 0; j < keys.length; j++) values[j] = (keys[j] + lo) / p;
}
function signZeros(values, k, count) {
  let j = 0;
  while (j < k && values[j] !== 0) j++;
  values.fill(-0, j, j + count);
}
function countGridSteps(values, p, lo, counts) {
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) counts[Math.round(x * p) - lo]++;
  }
}
function writeGridSteps(values, p, lo, steps, counts, negativeZeros) {
  let w = 0;
  for (let s = 0; s < steps; s++) {
    const c = counts[s];
    if (c === 0) continue;
    const x = (s + lo) / p;
    if (x === 0 && negativeZeros > 0) {
      values.fill(-0, w, w + negativeZeros);
      values.fill(0, w + negativeZeros, w + c);
      w += c;
    } else if (c === 1) values[w++] = x;
    else {
      values.fill(x, w, w + c);
      w += c;
    }
  }
  return w;
}
function countingSort(values) {
  const span = integerSpan(values);
  if (span === void 0) return false;
  const range = span.hi - span.lo + 1;
  if (gridCounts.length < range) gridCounts = new Uint32Array(Math.max(range, 2 * gridCounts.length));
  const counts = gridCounts.subarray(0, range).fill(0);
  countIntegers(values, span.lo, counts);
  writeIntegers(values, span.lo, counts);
  return true;
}
function integerSpan(values) {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== Math.floor(x) || x === 0 && 1 / x < 0) return void 0;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    if (hi - lo >= 1 << 20) return void 0;
  }
  return { lo, hi };
}
function countIntegers(values, lo, counts) {
  for (let i = 0; i < values.length; i++) counts[values[i] - lo]++;
}
function writeIntegers(values, lo, counts) {
  let k = 0;
  for (let v = 0; v < counts.length; v++) {
    const c = counts[v];
    if (c === 1) values[k++] = v + lo;
    else if (c > 1) {
      values.fill(v + lo, k, k + c);
      k += c;
    }
  }
}
function prefix(counts) {
  let s = 0;
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k];
    counts[k] = s;
    s += c;
  }
}
function ksStatisticSorted(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxS = -Infinity;
  let maxIdx = Infinity;
  let locMax = NaN;
  let minS = Infinity;
  let minIdx = Infinity;
  let locMin = NaN;
  while (i < n1 || j < n2) {
    const v = j >= n2 || i < n1 && a[i] <= b[j] ? a[i] : b[j];
    const firstIdx = i < n1 && a[i] === v ? i : n1 + j;
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS || diff === maxS && firstIdx < maxIdx) {
      maxS = diff;
      maxIdx = firstIdx;
      locMax = v;
    }
    if (diff < minS || diff === minS && firstIdx < minIdx) {
      minS = diff;
      minIdx = firstIdx;
      locMin = v;
    }
  }
  return { dPlus: maxS, dMinus: Math.min(Math.max(-minS, 0), 1), locPlus: locMax, locMinus: locMin };
}
function ksAndWassersteinSorted(a, b) {
  if (a === b) return { d: 0, wasserstein: 0 };
  return tieHeavy(a) || tieHeavy(b) ? mergeByValue(a, b) : mergeByElement(a, b);
}
function tieHeavy(a) {
  const n = a.length;
  if (n < 2) return false;
  const step = Math.max(1, Math.floor(n / 1e3));
  let ties = 0;
  let seen = 0;
  for (let i = 0; i + 1 < n; i += step) {
    seen++;
    if (a[i] === a[i + 1]) ties++;
  }
  return ties * 2 > seen;
}
function mergeByElement(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let dMax = 0;
  let w = 0;
  let x = n1 > 0 ? a[0] : Infinity;
  let y = n2 > 0 ? b[0] : Infinity;
  let prev = Math.min(x, y);
  const total = n1 + n2;
  for (let s = 0; s < total; s++) {
    const t = +(x <= y);
    const v = Math.min(x, y);
    w += Math.abs(i * n2 - j * n1) * (v - prev);
    i += t;
    j += 1 - t;
    x = i < n1 ? a[i] : Infinity;
    y = j < n2 ? b[j] : Infinity;
    prev = v;
    if (Math.min(x, y) !== v) {
      const diff = Math.abs(i * n2 - j * n1);
      if (diff > dMax) dMax = diff;
    }
  }
  const nn = n1 * n2;
  return { d: dMax / nn, wasserstein: w / nn };
}
function mergeByValue(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let dMax = 0;
  let w = 0;
  let prev = n1 && n2 ? Math.min(a[0], b[0]) : 0;
  while (i < n1 || j < n2) {
    const x = i < n1 ? a[i] : Infinity;
    const y = j < n2 ? b[j] : Infinity;
    const v = x <= y ? x : y;
    w += Math.abs(i * n2 - j * n1) * (v - prev);
    while (i < n1 && a[i] === v) i++;
    while (j < n2 && b[j] === v) j++;
    const diff = Math.abs(i * n2 - j * n1);
    if (diff > dMax) dMax = diff;
    prev = v;
  }
  const nn = n1 * n2;
  return { d: dMax / nn, wasserstein: w / nn };
}
function ksPValue(d0, n1, n2, opts = {}) {
  let d = d0;
  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  let mode = opts.method ?? "auto";
  if (mode === "auto") mode = Math.max(n1, n2) <= 1e4 ? "exact" : "asymp";
  else if (mode === "exact" && n1g >= 2147483647 / n2g) mode = "asymp";
  if (mode === "exact" && opts.exactBudget !== void 0 && n1 !== n2) {
    const work = Math.max(n1, n2) * (2 * d * Math.min(n1, n2) + 2);
    if (work > opts.exactBudget) mode = "asymp";
  }
  let p = NaN;
  if (mode === "exact") {
    const lcm = n1g * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) p = 1;
    else if (n1 === n2) p = probOutsideSquare(n1, h);
    else p = outerProbInsideMethod(n1, n2, g, h);
    if (!(p >= 0 && p <= 1)) mode = "asymp";
  }
  if (mode === "asymp") {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = m * n / (m + n);
    p = kstwoSf(d, roundHalfEven(en));
  }
  return { d, pValue: Math.min(Math.max(p, 0), 1), method: mode === "exact" ? "exact" : "asymp" };
}
function ks2Samp(a, b, opts = {}) {
  const s1 = opts.presorted ? a : sortFloat64(a);
  const s2 = opts.presorted ? b : sortFloat64(b);
  const n1 = s1.length;
  const n2 = s2.length;
  if (n1 === 0 || n2 === 0) throw new Error("ks2Samp: both samples must be non-empty");
  const { dPlus, dMinus, locPlus, locMinus } = ksStatisticSorted(s1, s2);
  let d;
  let location;
  let sign;
  if (dMinus > dPlus) {
    d = dMinus;
    location = locMinus;
    sign = -1;
  } else {
    d = dPlus;
    location = locPlus;
    sign = 1;
  }
  const r = ksPValue(d, n1, n2, opts);
  return { statistic: r.d, pValue: r.pValue, method: r.method, location, sign, n1, n2 };
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function roundHalfEven(x) {
  const f = Math.floor(x);
  const r = x - f;
  if (r > 0.5) return f + 1;
  if (r < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
function probOutsideSquare(n, h) {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k -= 1;
  }
  return 2 * P;
}
function outerProbInsideMethod(m0, n0, g, h) {
  let m = m0;
  let n = n0;
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let t = minj; t < maxj; t++) A[t] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) {
      for (let t = maxj - minj; t < maxj - minj + (lastlen - curlen); t++) A[t] = 1;
    }
  }
  return A[maxj - minj - 1];
}
function chi2Contingency(observed, correction = true) {
  const r = observed.length;
  const c = r === 0 ? 0 : observed[0].length;
  if (r === 0 || c === 0) throw new Error("chi2Contingency: empty table");
  const rowSums = new Array(r).fill(0);
  const colSums = new Array(c).fill(0);
  let total = 0;
  for (let i = 0; i < r; i++) {
    if (observed[i].length !== c) throw new Error("chi2Contingency: ragged table");
    for (let j = 0; j < c; j++) {
      const v = observed[i][j];
      if (v < 0) throw new Error("chi2Contingency: negative count");
      rowSums[i] += v;
      colSums[j] += v;
      total += v;
    }
  }
  const expected = [];
  for (let i = 0; i < r; i++) {
    const row = [];
    for (let j = 0; j < c; j++) {
      const e = rowSums[i] * colSums[j] / total;
      if (e === 0) throw new Error("chi2Contingency: a row or column sums to zero (zero expected count)");
      row.push(e);
    }
    expected.push(row);
  }
  const dof = r * c - (r + c) + 2 - 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof, expected };
  let stat = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const e = expected[i][j];
      let o = observed[i][j];
      if (dof === 1 && correction) {
        const diff = e - o;
        o += Math.min(0.5, Math.abs(diff)) * Math.sign(diff);
      }
      stat += (o - e) * (o - e) / e;
    }
  }
  return { statistic: stat, pValue: chi2Sf(stat, dof), dof, expected };
}
function chi2Homogeneity(a, b, correction = true) {
  const ra = [];
  const rb = [];
  let sa = 0;
  let sb = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x + y > 0) {
      ra.push(x);
      rb.push(y);
      sa += x;
      sb += y;
    }
  }
  if (ra.length < 2 || sa === 0 || sb === 0) return { statistic: 0, pValue: 1, dof: 0 };
  const res = chi2Contingency([ra, rb], correction);
  return { statistic: res.statistic, pValue: res.pValue, dof: res.dof };
}
function twoProportionTest(x1, n1, x2, n2) {
  if (n1 <= 0 || n2 <= 0) return { z: 0, pValue: 1 };
  const p = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  const diff = x2 / n2 - x1 / n1;
  if (se === 0) return { z: 0, pValue: diff === 0 ? 1 : 0 };
  const z = diff / se;
  return { z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

// src/analysis/same-cells.ts
var known = /* @__PURE__ */ new WeakMap();
function sameCells(a, b) {
  if (a === b) return true;
  let row = known.get(a);
  const hit = row?.get(b);
  if (hit !== void 0) return hit;
  const same = sameColumnCells(a, b);
  if (!row) known.set(a, row = /* @__PURE__ */ new WeakMap());
  row.set(b, same);
  return same;
}

// src/analysis/data/columns.ts
var MAX_NUMERIC_CATEGORIES = 10;
var QUANTILE_STEP = 0.05;
var QUINTILES = [0.2, 0.4, 0.6, 0.8];
function quantileAt(p, q) {
  return p.quantiles[Math.round(q / QUANTILE_STEP)];
}
var profileCache = /* @__PURE__ */ new WeakMap();
var keepSorts = false;
var keptSorts = /* @__PURE__ */ new WeakMap();
var consumeSort = null;
function keepSortsForDrift(on, consume = null) {
  keepSorts = on;
  consumeSort = on ? consume : null;
}
function takeKeptSort(col) {
  const sorted = keptSorts.get(col) ?? null;
  keptSorts.delete(col);
  return sorted;
}
function profile(col) {
  const hit = profileCache.get(col);
  if (hit) return hit;
  if (col.kind === "string") {
    const p = categoricalProfile(col);
    profileCache.set(col, p);
    return p;
  }
  sortedFinite(col, 2);
  return profileCache.get(col);
}
var SELECT_BUCKETS = 4096;
var SELECT_MAX_SHARE = 1 / 8;
function finiteQuintiles(col) {
  const hit = profileCache.get(col);
  if (hit && hit.kind === "number") return { finite: hit.finite, min: hit.min, max: hit.max, quintiles: hit.quintiles };
  if (keepSorts) {
    const { sorted, counts } = fillSorted(col.values, col.missing, "own");
    const p = summarize(col.values.length, sorted, counts);
    profileCache.set(col, p);
    if (consumeSort?.(col, sorted)) releaseNow(sorted);
    else keptSorts.set(col, sorted);
    return { finite: p.finite, min: p.min, max: p.max, quintiles: p.quintiles };
  }
  const v = col.values;
  let k = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (x - x !== 0) continue;
    k++;
    if (x < min || x === 0 && x === min && 1 / x < 0) min = x;
    if (x > max || x === 0 && x === max && 1 / x > 0) max = x;
  }
  if (k === 0) return { finite: 0, min: NaN, max: NaN, quintiles: Float64Array.from(QUINTILES, () => NaN) };
  const ranks = [];
  for (const q of QUINTILES) {
    const lo = Math.floor(q * (k - 1));
    ranks.push(lo, Math.min(lo + 1, k - 1));
  }
  const at = /* @__PURE__ */ new Map();
  if (min === max) for (const r of ranks) at.set(r, min);
  else {
    const scale = SELECT_BUCKETS / (max - min);
    const bucketOf = (x) => Math.min(SELECT_BUCKETS - 1, Math.floor((x - min) * scale));
    const counts = new Int32Array(SELECT_BUCKETS);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x - x === 0) counts[bucketOf(x)]++;
    }
    const start = new Int32Array(SELECT_BUCKETS);
    for (let b = 1; b < SELECT_BUCKETS; b++) start[b] = start[b - 1] + counts[b - 1];
    const wanted = new Uint8Array(SELECT_BUCKETS);
    let inWanted = 0;
    const bucketOfRank = (r) => {
      let lo = 0;
      let hi = SELECT_BUCKETS - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (start[mid] <= r) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    for (const r of ranks) {
      const b = bucketOfRank(r);
      if (!wanted[b]) inWanted += counts[b];
      wanted[b] = 1;
    }
    if (inWanted > SELECT_MAX_SHARE * k) {
      const p = profile(col);
      return { finite: p.finite, min: p.min, max: p.max, quintiles: p.quintiles };
    }
    const offset = new Int32Array(SELECT_BUCKETS);
    let total = 0;
    for (let b = 0; b < SELECT_BUCKETS; b++) {
      offset[b] = total;
      if (wanted[b]) total += counts[b];
    }
    const held = new Float64Array(total);
    const fill = Int32Array.from(offset);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x - x !== 0) continue;
      const b = bucketOf(x);
      if (wanted[b]) held[fill[b]++] = x;
    }
    sortFloat64InPlace(held);
    for (const r of ranks) {
      const b = bucketOfRank(r);
      at.set(r, held[offset[b] + (r - start[b])]);
    }
  }
  const quintiles = Float64Array.from(QUINTILES, (q) => {
    const pos = q * (k - 1);
    const lo = Math.floor(pos);
    return lerpQuantile(at.get(lo), at.get(Math.min(lo + 1, k - 1)), pos - lo);
  });
  return { finite: k, min, max, quintiles };
}
function profileColumns(columns, twins = []) {
  for (const c of columns) {
    const t = profileCache.has(c) ? void 0 : twins.find((x) => x.name === c.name);
    if (t && sameCells(t, c)) profileCache.set(c, profile(t));
    else profile(c);
  }
}
var scratch2 = [new Float64Array(0), new Float64Array(0), new Float64Array(0)];
function sortedFinite(col, slot) {
  const { sorted, counts } = fillSorted(col.values, col.missing, slot);
  if (!profileCache.has(col)) profileCache.set(col, summarize(col.values.length, sorted, counts));
  return sorted;
}
function sortedFiniteOfTwin(col, twin, twinSorted) {
  if (!profileCache.has(col)) profileCache.set(col, profile(twin));
  return twinSorted;
}
function sortedFiniteOf(values, slot) {
  return fillSorted(values, null, slot).sorted;
}
function releaseScratch() {
  for (let s = 0; s < scratch2.length; s++) scratch2[s] = new Float64Array(0);
}
function scratchBuffer(slot, size) {
  if (scratch2[slot].length < size) scratch2[slot] = new Float64Array(Math.max(size, Math.ceil(scratch2[slot].length * 1.5)));
  return scratch2[slot];
}
function fillSorted(v, missingMask, slot) {
  const n = v.length;
  let missing = 0;
  let nan = 0;
  let posInf = 0;
  let negInf = 0;
  let sum = 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    const finite = x - x === 0;
    sum += finite ? x : 0;
    other += finite ? 0 : 1;
  }
  if (other > 0) {
    for (let i = 0; i < n; i++) {
      const x = v[i];
      if (x - x === 0) continue;
      if (missingMask?.[i]) missing++;
      else if (x === Infinity) posInf++;
      else if (x === -Infinity) negInf++;
      else nan++;
    }
  }
  const k = n - missing - nan - posInf - negInf;
  const buf = slot === "own" ? new Float64Array(n) : scratchBuffer(slot, n);
  if (k === n && v instanceof Float64Array) buf.set(v);
  else {
    let j = 0;
    for (let i = 0; i < n; i++) {
      const x = v[i];
      if (x - x === 0) buf[j++] = x;
    }
  }
  const sorted = buf.subarray(0, k);
  sortFloat64InPlace(sorted);
  return { sorted, counts: { missing, nan, posInf, negInf, sum } };
}
function summarize(n, sorted, c) {
  const k = sorted.length;
  const mean2 = k > 0 ? c.sum / k : NaN;
  let ss = 0;
  let distinct = 0;
  let run = 0;
  let topRun = 0;
  let zeros = 0;
  let zeroStart = -1;
  for (let i = 0; i < k; i++) {
    const d = sorted[i] - mean2;
    ss += d * d;
  }
  for (let i = 0; i < k; i++) {
    const x = sorted[i];
    if (i === 0 || x !== sorted[i - 1]) {
      distinct++;
      run = 1;
    } else run++;
    if (run > topRun) topRun = run;
    if (x === 0) {
      if (zeroStart < 0) zeroStart = i;
      zeros++;
    }
  }
  const steps = Math.round(1 / QUANTILE_STEP);
  const quantiles = new Float64Array(steps + 1);
  for (let j = 0; j <= steps; j++) quantiles[j] = k > 0 ? quantileSorted(sorted, j * QUANTILE_STEP) : NaN;
  const quintiles = Float64Array.from(QUINTILES, (q) => k > 0 ? quantileSorted(sorted, q) : NaN);
  const lowerDeciles = new Float64Array(9);
  for (let j = 1; j <= 9; j++) lowerDeciles[j - 1] = k > 0 ? sorted[Math.floor(j / 10 * (k - 1))] : NaN;
  const m = k - zeros;
  const nonzeroDeciles = new Float64Array(m > 0 ? 9 : 0);
  const at = (i) => sorted[zeros > 0 && i >= zeroStart ? i + zeros : i];
  for (let j = 1; j <= 9 && m > 0; j++) {
    const pos = j / 10 * (m - 1);
    const lo = Math.floor(pos);
    const a = at(lo);
    const b = at(Math.min(lo + 1, m - 1));
    nonzeroDeciles[j - 1] = a + (b - a) * (pos - lo);
  }
  return {
    kind: "number",
    n,
    finite: k,
    missing: c.missing,
    nan: c.nan,
    posInf: c.posInf,
    negInf: c.negInf,
    mean: mean2,
    std: k > 1 ? Math.sqrt(ss / (k - 1)) : 0,
    distinct,
    topShare: k > 0 ? topRun / k : 0,
    min: k > 0 ? sorted[0] : NaN,
    max: k > 0 ? sorted[k - 1] : NaN,
    quantiles,
    quintiles,
    lowerDeciles,
    zeros,
    nonzeroDeciles
  };
}
function categoricalProfile(col) {
  const counts = new Float64Array(col.dict.length);
  let missing = 0;
  const codes = col.codes;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c < 0) missing++;
    else counts[c]++;
  }
  let distinct = 0;
  let top = 0;
  for (let c = 0; c < counts.length; c++) {
    if (counts[c] > 0) distinct++;
    if (counts[c] > top) top = counts[c];
  }
  const nonMissing = codes.length - missing;
  return { kind: "string", n: codes.length, counts, missing, distinct, topShare: nonMissing > 0 ? top / nonMissing : 0 };
}
var MAX_ROW_SAMPLE = 1e5;
function sampleStep(n) {
  return Math.max(1, Math.ceil(n / MAX_ROW_SAMPLE));
}
function alignCategories(base, cur) {
  const pb = profile(base);
  const pc = profile(cur);
  const index = /* @__PURE__ */ new Map();
  const names = [];
  const baseMap = new Int32Array(base.dict.length).fill(-1);
  const curMap = new Int32Array(cur.dict.length).fill(-1);
  for (let c = 0; c < base.dict.length; c++) {
    if (pb.counts[c] === 0) continue;
    const name = base.dict[c];
    let u = index.get(name);
    if (u === void 0) {
      u = names.length;
      names.push(name);
      index.set(name, u);
    }
    baseMap[c] = u;
  }
  for (let c = 0; c < cur.dict.length; c++) {
    if (pc.counts[c] === 0) continue;
    const name = cur.dict[c];
    let u = index.get(name);
    if (u === void 0) {
      u = names.length;
      names.push(name);
      index.set(name, u);
    }
    curMap[c] = u;
  }
  const baseCounts = new Float64Array(names.length);
  const curCounts = new Float64Array(names.length);
  for (let c = 0; c < baseMap.length; c++) if (baseMap[c] >= 0) baseCounts[baseMap[c]] += pb.counts[c];
  for (let c = 0; c < curMap.length; c++) if (curMap[c] >= 0) curCounts[curMap[c]] += pc.counts[c];
  return { names, baseMap, curMap, baseCounts, curCounts };
}
function capCategories(a, max) {
  const k = a.names.length;
  const bucketOf = new Int32Array(k);
  let nb = 0;
  let nc = 0;
  for (let u = 0; u < k; u++) {
    nb += a.baseCounts[u];
    nc += a.curCounts[u];
  }
  if (k <= max) {
    for (let u = 0; u < k; u++) bucketOf[u] = u;
    return { bucketOf, names: a.names.slice(), baseCounts: a.baseCounts, curCounts: a.curCounts };
  }
  const weight = (u) => (nb > 0 ? a.baseCounts[u] / nb : 0) + (nc > 0 ? a.curCounts[u] / nc : 0);
  const order = Array.from({ length: k }, (_, u) => u).sort((x, y) => weight(y) - weight(x) || x - y);
  const names = [];
  bucketOf.fill(max - 1);
  for (let r = 0; r < max - 1; r++) {
    bucketOf[order[r]] = r;
    names.push(a.names[order[r]]);
  }
  names.push("(other)");
  const baseCounts = new Float64Array(max);
  const curCounts = new Float64Array(max);
  for (let u = 0; u < k; u++) {
    baseCounts[bucketOf[u]] += a.baseCounts[u];
    curCounts[bucketOf[u]] += a.curCounts[u];
  }
  return { bucketOf, names, baseCounts, curCounts };
}
function pairReference(ref, others) {
  const same = others.find((t) => t.path.toLowerCase() === ref.path.toLowerCase());
  return same ?? (others.length === 1 ? others[0] : null);
}
var NO_SEGMENT = 255;
var MAX_SEGMENT_VALUES = 200;
function segmentSpec(column, base, cur) {
  const cb = base.columns.find((c) => c.name === column);
  const cc = cur.columns.find((c) => c.name === column);
  if (!cb || !cc || cb.kind !== cc.kind) return null;
  if (cb.kind === "string" && cc.kind === "string") {
    const a = alignCategories(cb, cc);
    if (a.names.length < 2 || a.names.length > MAX_SEGMENT_VALUES) return null;
    const baseCodes = remap(cb.codes, a.baseMap);
    return { column, values: a.names, baseCodes, curCodes: sameCells(cb, cc) ? baseCodes : remap(cc.codes, a.curMap) };
  }
  if (cb.kind === "number" && cc.kind === "number") {
    const p = profile(cb);
    if (p.finite === 0) return null;
    const edges = [];
    for (const j of [1, 3, 5, 7]) {
      const q = p.lowerDeciles[j];
      if (q > p.min && (edges.length === 0 || q > edges[edges.length - 1])) edges.push(q);
    }
    if (edges.length === 0) return null;
    const lows = [p.min, ...edges];
    const values = lows.map((lo, i) => i < edges.length ? `[${fmtEdge(lo)}, ${fmtEdge(edges[i])})` : `[${fmtEdge(lo)}, ${fmtEdge(p.max)}]`);
    const [e0, e1, e2, e3] = [0, 1, 2, 3].map((j) => edges[j] ?? Infinity);
    const code = (col) => {
      const out = new Uint8Array(col.values.length);
      const v = col.values;
      for (let i = 0; i < out.length; i++) {
        const x = v[i];
        out[i] = x - x !== 0 ? NO_SEGMENT : +(x >= e0) + +(x >= e1) + +(x >= e2) + +(x >= e3);
      }
      return out;
    };
    const baseCodes = code(cb);
    return { column, values, baseCodes, curCodes: sameCells(cb, cc) ? baseCodes : code(cc) };
  }
  return null;
}
function distinctFinite(col, limit, rows = null) {
  const seen = /* @__PURE__ */ new Set();
  const m = rows ? rows.length : col.values.length;
  for (let k = 0; k < m; k++) {
    const r = rows ? rows[k] : k;
    const x = col.values[r];
    if (col.missing[r] || x - x !== 0) continue;
    seen.add(x);
    if (seen.size > limit) break;
  }
  return seen.size;
}
function fewFiniteLevels(col) {
  const p = profileCache.get(col);
  if (p && p.kind === "number") return p.finite > 0 && p.distinct <= MAX_NUMERIC_CATEGORIES;
  const d = distinctFinite(col, MAX_NUMERIC_CATEGORIES);
  return d > 0 && d <= MAX_NUMERIC_CATEGORIES;
}
function isRangeFeature(column, base, cur) {
  const cb = base.columns.find((c) => c.name === column);
  const cc = cur.columns.find((c) => c.name === column);
  return cb !== void 0 && cb.kind === "number" && cc !== void 0 && cc.kind === "number" && !fewFiniteLevels(cb);
}
function featureSegmentSpec(column, base, cur) {
  const cb = base.columns.find((c) => c.name === column);
  const cc = cur.columns.find((c) => c.name === column);
  if (!cb || !cc || cb.kind !== cc.kind) return null;
  if (cb.kind !== "number" || cc.kind !== "number") return segmentSpec(column, base, cur);
  if (!fewFiniteLevels(cb)) return segmentSpec(column, base, cur);
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < cb.values.length; i++) {
    const x = cb.values[i];
    if (x - x === 0) seen.add(x);
  }
  const levels = [...seen].sort((a, b) => a - b);
  if (levels.length < 2) return null;
  const code = (col) => {
    const out = new Uint8Array(col.values.length);
    for (let i = 0; i < out.length; i++) {
      const x = col.values[i];
      if (x - x !== 0) {
        out[i] = NO_SEGMENT;
        continue;
      }
      let b = 0;
      while (b < levels.length && levels[b] !== x) b++;
      out[i] = b < levels.length ? b : NO_SEGMENT;
    }
    return out;
  };
  const baseCodes = code(cb);
  return { column, values: levels.map((v) => String(v)), baseCodes, curCodes: sameCells(cb, cc) ? baseCodes : code(cc) };
}
function fmtEdge(v) {
  return String(Number(v.toPrecision(6)));
}
function remap(codes, map) {
  const lut = new Uint8Array(map.length);
  for (let c = 0; c < map.length; c++) lut[c] = map[c] < 0 ? NO_SEGMENT : map[c];
  const out = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    out[i] = c < 0 ? NO_SEGMENT : lut[c];
  }
  return out;
}
function fmix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
function hashRows(columns, n, rows = null) {
  if (rows) return hashRows(columns.map((c) => pickRows(c, rows)), rows.length);
  const h1 = new Int32Array(n).fill(305419896);
  const h2 = new Int32Array(n).fill(2596069104 | 0);
  const dicts = columns.map((col) => {
    if (col.kind !== "string") return null;
    const d1 = new Int32Array(col.dict.length);
    const d2 = new Int32Array(col.dict.length);
    col.dict.forEach((s, c) => {
      const [a, b] = hashString(s);
      d1[c] = a;
      d2[c] = b;
    });
    return { d1, d2 };
  });
  const BLOCK = 4096;
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    columns.forEach((col, ci) => {
      if (col.kind === "number") {
        const v = col.values;
        const w = new Uint32Array(v.buffer, v.byteOffset, v.length * 2);
        const miss = col.missing;
        for (let i = start; i < end; i++) {
          let lo;
          let hi;
          if (miss[i]) {
            lo = 1835627379;
            hi = 1768843041;
          } else if (v[i] === 0) {
            lo = 0;
            hi = 0;
          } else {
            lo = w[2 * i];
            hi = w[2 * i + 1];
          }
          let a = Math.imul(h1[i] ^ lo, 2654435761) + hi | 0;
          h1[i] = a << 5 | a >>> 27;
          a = Math.imul(h2[i] ^ hi, 2246822507) + lo | 0;
          h2[i] = a << 7 | a >>> 25;
        }
      } else {
        const { d1, d2 } = dicts[ci];
        const codes = col.codes;
        for (let i = start; i < end; i++) {
          const c = codes[i];
          const lo = c < 0 ? 1853189228 : d1[c];
          const hi = c < 0 ? 1314212940 : d2[c];
          let a = Math.imul(h1[i] ^ lo, 668265263) + hi | 0;
          h1[i] = a << 5 | a >>> 27;
          a = Math.imul(h2[i] ^ hi, 374761393) + lo | 0;
          h2[i] = a << 7 | a >>> 25;
        }
      }
    });
  }
  const o1 = new Uint32Array(h1.buffer, h1.byteOffset, n);
  const o2 = new Uint32Array(h2.buffer, h2.byteOffset, n);
  for (let i = 0; i < n; i++) {
    o1[i] = fmix(h1[i] ^ columns.length);
    o2[i] = fmix(h2[i] + 2135587861);
  }
  return { h1: o1, h2: o2 };
}
function pickRows(c, rows) {
  if (c.kind === "string") {
    const codes = rowCodes(rows.length, c.dict.length);
    for (let k = 0; k < rows.length; k++) codes[k] = c.codes[rows[k]];
    return { ...c, codes };
  }
  return { ...c, values: Float64Array.from(rows, (r) => c.values[r]), missing: Uint8Array.from(rows, (r) => c.missing[r]) };
}
function countDuplicateRows(columns, n, leadColumns = columns) {
  if (columns.length === 0) return n > 0 ? n - 1 : 0;
  const rows = rowsSharingLead(leadColumns, n);
  if (rows === null) return countDuplicates(hashRows(columns, n));
  return rows.length === 0 ? 0 : countDuplicates(hashRows(columns, n, rows));
}
var KEY_VALUES_PER_ROW = 2;
var REFINE_MIN_SHRINK = 0.5;
function rowsSharingLead(columns, n) {
  if (columns.length < 2) return null;
  const known2 = leadMemo.get(columns[0]);
  if (known2 && known2.n === n && known2.columns.length === columns.length && known2.columns.every((c, i) => c === columns[i])) return known2.rows;
  const rows = narrowedRows(columns, n);
  leadMemo.set(columns[0], { columns: [...columns], n, rows });
  return rows;
}
var leadMemo = /* @__PURE__ */ new WeakMap();
function narrowedRows(columns, n) {
  const ranked = columns.map((c, i) => ({ c, i, d: profile(c).distinct })).sort((a, b) => b.d - a.d || a.i - b.i);
  const order = ranked.map((x) => x.c);
  let first = 0;
  let values = 1;
  while (first < ranked.length && values < KEY_VALUES_PER_ROW * n) values *= Math.max(1, ranked[first++].d);
  if (values < KEY_VALUES_PER_ROW * n || first >= ranked.length) return null;
  let rows = null;
  for (let k = first; ; k++) {
    const m = rows ? rows.length : n;
    const h = hashRows(order.slice(0, k), n, rows);
    const kept = sharedKeyRows(h, m);
    releaseNow(h.h1);
    releaseNow(h.h2);
    const from = rows;
    const survivors = from ? Int32Array.from(kept, (j) => from[j]) : kept;
    if (survivors.length === 0 || k >= order.length || survivors.length > REFINE_MIN_SHRINK * m) return survivors;
    rows = survivors;
  }
}
var FILTER_BITS_PER_ROW = 16;
function fingerprintSlot(a, b) {
  return a ^ Math.imul(b, 2654435761);
}
var seenScratch = new Int32Array(0);
var againScratch = new Int32Array(0);
var candidateScratch = new Int32Array(0);
function filterCandidates(h, m) {
  let bits = 1024;
  while (bits < FILTER_BITS_PER_ROW * m) bits *= 2;
  const words = bits >>> 5;
  if (seenScratch.length < words) {
    seenScratch = new Int32Array(words);
    againScratch = new Int32Array(words);
  }
  const seen = seenScratch.subarray(0, words).fill(0);
  const again = againScratch.subarray(0, words).fill(0);
  const mask = bits - 1;
  const { h1, h2 } = h;
  for (let i = 0; i < m; i++) {
    const x = fingerprintSlot(h1[i], h2[i]) & mask;
    const w = x >>> 5;
    const b = 1 << (x & 31);
    again[w] |= seen[w] & b;
    seen[w] |= b;
  }
  if (candidateScratch.length < m) candidateScratch = new Int32Array(m);
  const found = candidateScratch;
  let k = 0;
  for (let i = 0; i < m; i++) {
    const x = fingerprintSlot(h1[i], h2[i]) & mask;
    found[k] = i;
    k += again[x >>> 5] >>> (x & 31) & 1;
  }
  return found.slice(0, k);
}
function hashesAt(h, positions) {
  const h1 = new Uint32Array(positions.length);
  const h2 = new Uint32Array(positions.length);
  for (let k = 0; k < positions.length; k++) {
    h1[k] = h.h1[positions[k]];
    h2[k] = h.h2[positions[k]];
  }
  return { h1, h2 };
}
function sharedKeyRows(h, m) {
  const cand = filterCandidates(h, m);
  const local = sharedKeyRowsExact(hashesAt(h, cand), cand.length);
  for (let k = 0; k < local.length; k++) local[k] = cand[local[k]];
  return local;
}
function sharedKeyRowsExact(h, m) {
  const index = new HashIndex(h, m, true);
  const shared2 = new Uint8Array(m);
  let count = 0;
  for (let i = 0; i < m; i++) {
    const first = index.add(i);
    if (first >= 0) {
      if (!shared2[first]) count++;
      shared2[first] = 1;
      shared2[i] = 1;
      count++;
    }
  }
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < m; i++) if (shared2[i]) out[k++] = i;
  return out;
}
var tableScratch = new Int32Array(0);
var HashIndex = class {
  /**
   * `transient`: the index is dropped before the next transient one is built, so its table can
   * live in a shared scratch buffer (cleared, not freshly allocated).
   */
  constructor(h, expected = h.h1.length, transient = false) {
    this.h = h;
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    if (transient) {
      if (tableScratch.length < cap) tableScratch = new Int32Array(cap);
      this.table = tableScratch.subarray(0, cap).fill(0);
    } else this.table = new Int32Array(cap);
    this.mask = cap - 1;
  }
  h;
  table;
  mask;
  /** Adds row i; returns the first earlier row with the same fingerprint, or −1 when i is the first. */
  add(i) {
    const a = this.h.h1[i];
    const b = this.h.h2[i];
    let s = fingerprintSlot(a, b) & this.mask;
    for (; ; ) {
      const r = this.table[s];
      if (r === 0) {
        this.table[s] = i + 1;
        return -1;
      }
      if (this.h.h1[r - 1] === a && this.h.h2[r - 1] === b) return r - 1;
      s = s + 1 & this.mask;
    }
  }
  /** A row with fingerprint (a, b), or −1. */
  find(a, b) {
    let s = fingerprintSlot(a, b) & this.mask;
    for (; ; ) {
      const r = this.table[s];
      if (r === 0) return -1;
      if (this.h.h1[r - 1] === a && this.h.h2[r - 1] === b) return r - 1;
      s = s + 1 & this.mask;
    }
  }
};
function countDuplicates(h) {
  const cand = filterCandidates(h, h.h1.length);
  return countDuplicatesExact(hashesAt(h, cand));
}
function countDuplicatesExact(h) {
  const n = h.h1.length;
  const index = new HashIndex(h, n, true);
  let dup = 0;
  for (let i = 0; i < n; i++) if (index.add(i) >= 0) dup++;
  return dup;
}
var idIndexCache = /* @__PURE__ */ new WeakMap();
function idIndex(ids) {
  const hit = idIndexCache.get(ids);
  if (hit) return hit;
  const hashes = { h1: ids.h1, h2: ids.h2 };
  let withId = 0;
  for (let i = 0; i < ids.length; i++) withId += ids.empty[i] ^ 1;
  let positions = null;
  if (withId < ids.length) {
    positions = new Int32Array(withId);
    let k = 0;
    for (let i = 0; i < ids.length; i++) if (!ids.empty[i]) positions[k++] = i;
  }
  const h = positions ? hashesAt(hashes, positions) : hashes;
  const shared2 = sharedKeyRows(h, withId);
  const repeated = new Uint8Array(ids.length);
  for (let k = 0; k < shared2.length; k++) repeated[positions ? positions[shared2[k]] : shared2[k]] = 1;
  const duplicates2 = shared2.length === 0 ? 0 : countDuplicatesExact(hashesAt(h, shared2));
  let index = null;
  const idx = {
    hashes,
    get index() {
      if (index === null) {
        index = new HashIndex(hashes, ids.length);
        for (let i = 0; i < ids.length; i++) if (!ids.empty[i]) index.add(i);
      }
      return index;
    },
    repeated,
    duplicates: duplicates2
  };
  idIndexCache.set(ids, idx);
  return idx;
}
function matchIds(baseIds, curIds) {
  const ib = idIndex(baseIds);
  if (sameIdSequence(baseIds, curIds)) {
    idIndexCache.set(curIds, ib);
    const rows = new Int32Array(curIds.length);
    let k2 = 0;
    for (let i = 0; i < curIds.length; i++) if (!ib.repeated[i] && !curIds.empty[i]) rows[k2++] = i;
    const r = rows.subarray(0, k2);
    return { base: r, cur: r };
  }
  const ic = idIndex(curIds);
  const bi = new Int32Array(curIds.length);
  const ci = new Int32Array(curIds.length);
  let k = 0;
  for (let i = 0; i < curIds.length; i++) {
    if (ic.repeated[i] || curIds.empty[i]) continue;
    const r = ib.index.find(ic.hashes.h1[i], ic.hashes.h2[i]);
    if (r < 0 || ib.repeated[r]) continue;
    bi[k] = r;
    ci[k] = i;
    k++;
  }
  return { base: bi.slice(0, k), cur: ci.slice(0, k) };
}

// src/analysis/stats/exact-tests.ts
var LN_2PI = Math.log(2 * Math.PI);
function stirlingLogGamma(x) {
  return (x - 0.5) * Math.log(x) - x + 0.5 * LN_2PI + stirlingError(x);
}
var LOG_FACT_TABLE_SIZE = 16;
var LOG_FACT = (() => {
  const t = new Float64Array(LOG_FACT_TABLE_SIZE);
  for (let i = 2; i < LOG_FACT_TABLE_SIZE; i++) t[i] = t[i - 1] + Math.log(i);
  return t;
})();
function logFactorial(n) {
  return n < LOG_FACT_TABLE_SIZE ? LOG_FACT[n] : stirlingLogGamma(n + 1);
}
function stirlingError(n) {
  if (n <= 15 && Number.isInteger(n)) {
    return LOG_FACT[n] - (n + 0.5) * Math.log(n) + n - 0.5 * LN_2PI;
  }
  const nn = n * n;
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}
function bd0(x, np) {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1e3; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / np) + np - x;
}
function binomRaw(x, n, p, q) {
  if (p === 0) return x === 0 ? 1 : 0;
  if (q === 0) return x === n ? 1 : 0;
  if (x === 0) {
    if (n === 0) return 1;
    return Math.exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q));
  }
  if (x === n) return Math.exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p));
  if (x < 0 || x > n) return 0;
  const lc = stirlingError(n) - stirlingError(x) - stirlingError(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = LN_2PI + Math.log(x) + Math.log1p(-x / n);
  return Math.exp(lc - 0.5 * lf);
}
function hypergeometricPmf(x, good, bad, draws) {
  if (x < 0 || x > good || draws - x < 0 || draws - x > bad) return 0;
  if (draws === 0) return x === 0 ? 1 : 0;
  const total = good + bad;
  const p = draws / total;
  const q = (total - draws) / total;
  return binomRaw(x, good, p, q) * binomRaw(draws - x, bad, p, q) / binomRaw(draws, total, p, q);
}
var TIE_TOLERANCE = 1 + 1e-7;
function tailSum(law, start, end, dir) {
  let term = law.pmf(start);
  let sum = 0;
  for (let x = start; dir > 0 ? x <= end : x >= end; x += dir) {
    sum += term;
    if (term < sum * 1e-17 || term === 0) break;
    term *= dir > 0 ? law.up(x) : law.down(x);
  }
  return sum;
}
function boundary(law, a, b, threshold, dir) {
  let lo = a;
  let hi = b;
  if (dir > 0) {
    if (law.pmf(b) > threshold) return b + 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (law.pmf(mid) <= threshold) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  if (law.pmf(a) > threshold) return a - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (law.pmf(mid) <= threshold) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function twoSidedExact(observed, law) {
  const threshold = law.pmf(observed) * TIE_TOLERANCE;
  let left;
  let right;
  if (observed <= law.mode) {
    left = boundary(law, law.lo, law.mode, threshold, -1);
    right = boundary(law, law.mode, law.hi, threshold, 1);
  } else {
    right = boundary(law, law.mode, law.hi, threshold, 1);
    left = boundary(law, law.lo, law.mode, threshold, -1);
  }
  if (left >= right) return 1;
  let total = 0;
  if (left >= law.lo) total += tailSum(law, left, law.lo, -1);
  if (right <= law.hi) total += tailSum(law, right, law.hi, 1);
  return Math.min(1, total);
}
function binomialLaw(n, p) {
  const q = 1 - p;
  return {
    lo: 0,
    hi: n,
    mode: Math.min(n, Math.floor((n + 1) * p)),
    pmf: (x) => binomRaw(x, n, p, q),
    up: (x) => (n - x) / (x + 1) * (p / q),
    down: (x) => x / (n - x + 1) * (q / p)
  };
}
function hypergeometricLaw(good, bad, draws) {
  const lo = Math.max(0, draws - bad);
  const hi = Math.min(good, draws);
  const mode = Math.min(hi, Math.max(lo, Math.floor((draws + 1) * (good + 1) / (good + bad + 2))));
  return {
    lo,
    hi,
    mode,
    pmf: (x) => hypergeometricPmf(x, good, bad, draws),
    up: (x) => (good - x) * (draws - x) / ((x + 1) * (bad - draws + x + 1)),
    down: (x) => x * (bad - draws + x) / ((good - x + 1) * (draws - x + 1))
  };
}
function binomTestTwoSided(k, n, p = 0.5) {
  if (n === 0) return 1;
  if (k === p * n) return 1;
  if (p <= 0 || p >= 1) return p <= 0 && k === 0 || p >= 1 && k === n ? 1 : 0;
  return twoSidedExact(k, binomialLaw(n, p));
}
function mcnemarExact(b, c) {
  return binomTestTwoSided(b, b + c, 0.5);
}
function fisherExact(a, b, c, d) {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  if (row1 === 0 || row2 === 0 || col1 === 0 || b + d === 0) return 1;
  return twoSidedExact(a, hypergeometricLaw(row1, row2, col1));
}

// src/analysis/stats/bootstrap.ts
function multinomialCounts(rng, counts, n = counts.length) {
  counts.fill(0, 0, n);
  let a = rng() * 4294967296 | 0;
  for (let i = 0; i < n; i++) {
    a = a + 1831565813 | 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    counts[((t ^ t >>> 14) >>> 0) / 4294967296 * n | 0]++;
  }
  return counts;
}
function binomialSample(rng, n, p) {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomialSample(rng, n, 1 - p);
  return n * p < 10 ? binomialInversion(rng, n, p) : binomialBtrs(rng, n, p);
}
function binomialInversion(rng, n, p) {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  for (; ; ) {
    let r = Math.pow(q, n);
    let u = rng();
    let x = 0;
    while (u > r) {
      u -= r;
      x++;
      if (x > n) break;
      r *= a / x - s;
    }
    if (x <= n) return x;
  }
}
function binomialBtrs(rng, n, p) {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const alpha = (2.83 + 5.1 / b) * spq;
  const vr = 0.92 - 4.2 / b;
  const m = Math.floor((n + 1) * p);
  const lpq = Math.log(p / q);
  const h = logFactorial(m) + logFactorial(n - m);
  for (; ; ) {
    const u = rng() - 0.5;
    let v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2 * a / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log(v * alpha / (a / (us * us) + b));
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
}
function multinomialSmall(rng, n, probs, out) {
  let left = n;
  let mass = 1;
  const last = probs.length - 1;
  for (let j = 0; j < last; j++) {
    const pj = probs[j];
    const k = left > 0 && mass > 0 ? binomialSample(rng, left, Math.min(1, pj / mass)) : 0;
    out[j] = k;
    left -= k;
    mass -= pj;
  }
  out[last] = left;
  return out;
}
function quantileSorted2(sorted, q) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo];
  const b = sorted[hi];
  const t = h - lo;
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}
function sortedFinite2(samples) {
  let m = 0;
  for (let i = 0; i < samples.length; i++) if (Number.isFinite(samples[i])) m++;
  const out = new Float64Array(m);
  let j = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i];
    if (Number.isFinite(v)) out[j++] = v;
  }
  return out.sort();
}
function percentileInterval(samples, level = 0.95) {
  const s = sortedFinite2(samples);
  if (s.length === 0) return null;
  const tail = (1 - level) / 2;
  return [quantileSorted2(s, tail), quantileSorted2(s, 1 - tail)];
}
function bootstrapPValue(samples, nullValue = 0) {
  let below = 0;
  let above = 0;
  let m = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i];
    if (!Number.isFinite(v)) continue;
    m++;
    if (v <= nullValue) below++;
    if (v >= nullValue) above++;
  }
  if (m === 0) return NaN;
  return Math.min(1, 2 * (Math.min(below, above) + 1) / (m + 1));
}
function deriveSeed(seed, label) {
  let h = 2166136261 ^ seed >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  return h >>> 0;
}

// src/analysis/performance/segment-columns.ts
var MISSING_LABEL = "(missing)";
var MAX_CATEGORY_LABELS = 200;
function columnOf(v, name) {
  return v.features.find((c) => c.name === name) ?? v.table.columns.find((c) => c.name === name);
}
function buildSegmenter(name, src) {
  const curCol = columnOf(src.cur.view, name);
  const baseCol = src.base ? columnOf(src.base.view, name) : void 0;
  if (!curCol || src.base && !baseCol) return null;
  if (baseCol && baseCol.kind !== curCol.kind) return null;
  const ref = baseCol && src.base ? { col: baseCol, rows: src.base.rows } : { col: curCol, rows: src.cur.rows };
  let bins = false;
  if (curCol.kind === "number") bins = ref.col.kind === "number" && distinctFinite(ref.col, MAX_NUMERIC_CATEGORIES, ref.rows) > MAX_NUMERIC_CATEGORIES;
  const twin = baseCol !== void 0 && src.paired && sameCells(baseCol, curCol) && sameRows(src);
  const seg = bins ? binSegmenter(name, src, baseCol ?? null, curCol, ref, twin) : categorySegmenter(name, src, baseCol ?? null, curCol, twin);
  if (!seg) return null;
  return countUsedLabels(seg) >= 2 ? seg : null;
}
function countUsedLabels(s) {
  const used = new Uint8Array(s.labels.length);
  markUsed(s.cur, used);
  if (s.base && s.base !== s.cur) markUsed(s.base, used);
  let n = 0;
  for (let l = 0; l < used.length; l++) n += used[l];
  return n;
}
function markUsed(codes, used) {
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c >= 0) used[c] = 1;
  }
}
var rowsAlike = /* @__PURE__ */ new WeakMap();
function sameRows(src) {
  if (!src.base) return false;
  let same = rowsAlike.get(src);
  if (same === void 0) rowsAlike.set(src, same = sameBytes(src.base.rows, src.cur.rows));
  return same;
}
function labelRows(rows, labelOf) {
  const out = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = labelOf(rows[k]);
  return out;
}
function finish(column, kind, labels, src, base, cur) {
  if (src.paired && base === cur) return { column, kind, labels, base, cur };
  if (src.paired && base) {
    for (let k = 0; k < base.length; k++) if (base[k] < 0) base[k] = cur[k];
    return { column, kind, labels, base, cur: base };
  }
  return { column, kind, labels, base, cur };
}
var SMALL_DICT = 255;
function labelledCodes(codes, rows, map, missingLabel) {
  const out = new Int16Array(rows.length);
  let missing = -1;
  for (let k = 0; k < rows.length; k++) {
    const c = codes[rows[k]];
    if (c >= 0) out[k] = map[c];
    else out[k] = missing < 0 ? missing = missingLabel() : missing;
  }
  return out;
}
function categorySegmenter(name, src, baseCol, curCol, twin) {
  const labels = [];
  const index = /* @__PURE__ */ new Map();
  const labelOfText = (t) => {
    const key = t === "" ? MISSING_LABEL : t;
    let i = index.get(key);
    if (i === void 0) {
      i = labels.length;
      labels.push(key);
      index.set(key, i);
    }
    return i;
  };
  const labelled = (col, rows) => {
    if (col.kind === "string" && col.dict.length < SMALL_DICT) {
      const map = Int32Array.from(col.dict, (t) => labelOfText(t));
      return labelledCodes(col.codes, rows, map, () => labelOfText(""));
    }
    if (col.kind === "string") {
      const map = Int32Array.from(col.dict, (t) => labelOfText(t));
      return labelRows(rows, (r) => {
        const c = col.codes[r];
        return c >= 0 ? map[c] : labelOfText("");
      });
    }
    return labelRows(rows, (r) => labelOfText(cellText(col, r)));
  };
  const base = baseCol && src.base ? labelled(baseCol, src.base.rows) : null;
  const cur = twin && base ? null : labelled(curCol, src.cur.rows);
  if (labels.length > MAX_CATEGORY_LABELS) return null;
  const narrow = (c) => c instanceof Int16Array ? c : Int16Array.from(c);
  const narrowBase = base && narrow(base);
  return finish(name, "category", labels, src, narrowBase, cur ? narrow(cur) : narrowBase);
}
function roundSig(x, p) {
  return Number(x.toPrecision(p));
}
function roundSigOutward(x, p, dir) {
  const r = roundSig(x, p);
  if (x === 0 || (dir === "down" ? r <= x : r >= x)) return r;
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(x))) - p + 1);
  return roundSig(dir === "down" ? r - unit : r + unit, p);
}
function quintileEdges(quintiles, lo, hi) {
  const raw = [...new Set(Array.from(quintiles))].filter((e) => e > lo && e < hi);
  for (let p = 3; p <= 17; p++) {
    const a = roundSigOutward(lo, p, "down");
    const b = roundSigOutward(hi, p, "up");
    const inner = [...new Set(raw.map((e) => roundSig(e, p)))].filter((e) => e > a && e < b);
    if (inner.length === raw.length) return [a, ...inner, b];
  }
  return [lo, ...raw, hi];
}
function binLabels(edges) {
  const out = [];
  for (let b = 0; b + 1 < edges.length; b++) out.push(`[${edges[b]}, ${edges[b + 1]}${b + 2 === edges.length ? "]" : ")"}`);
  return out;
}
function sortedFiniteValues(col, rows) {
  if (col.kind !== "number") return new Float64Array(0);
  const out = new Float64Array(rows.length);
  let m = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const v = col.values[r];
    if (!col.missing[r] && v - v === 0) out[m++] = v;
  }
  return sortFloat64InPlace(out.subarray(0, m));
}
var MISSING_CODE = 255;
function binCodes(values, missing, edges) {
  const out = new Uint8Array(values.length);
  const inner = Float64Array.from(edges.slice(1, -1));
  const m = inner.length;
  if (m <= 4) {
    const e = new Float64Array(4).fill(Infinity);
    e.set(inner);
    const e0 = e[0], e1 = e[1], e2 = e[2], e3 = e[3];
    for (let r = 0; r < values.length; r++) {
      const v = values[r];
      out[r] = missing[r] || v - v !== 0 ? MISSING_CODE : +(v >= e0) + +(v >= e1) + +(v >= e2) + +(v >= e3);
    }
    return out;
  }
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (missing[r] || v - v !== 0) {
      out[r] = MISSING_CODE;
      continue;
    }
    let b = 0;
    while (b < m && v >= inner[b]) b++;
    out[r] = b;
  }
  return out;
}
function finiteRange(col, rows) {
  let lo = Infinity;
  let hi = -Infinity;
  if (col.kind !== "number") return [lo, hi];
  const m = rows ? rows.length : col.values.length;
  for (let k = 0; k < m; k++) {
    const r = rows ? rows[k] : k;
    const v = col.values[r];
    if (col.missing[r] || v - v !== 0) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}
function binSegmenter(name, src, baseCol, curCol, ref, twin) {
  if (curCol.kind !== "number" || baseCol && baseCol.kind !== "number") return null;
  let quintiles;
  let lo;
  let hi;
  if (ref.col.kind === "number" && ref.rows.length === ref.col.values.length) {
    const pr = finiteQuintiles(ref.col);
    if (pr.finite === 0) return null;
    quintiles = pr.quintiles;
    lo = pr.min;
    hi = pr.max;
  } else {
    const refSorted = sortedFiniteValues(ref.col, ref.rows);
    if (refSorted.length === 0) return null;
    quintiles = QUINTILES.map((q) => quantileSorted2(refSorted, q));
    lo = refSorted[0];
    hi = refSorted[refSorted.length - 1];
  }
  if (baseCol && src.base && !twin) {
    const [a, b] = finiteRange(curCol, curCol.values.length === src.cur.rows.length ? null : src.cur.rows);
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  const edges = quintileEdges(quintiles, lo, hi);
  if (edges.length < 3) return null;
  const labels = binLabels(edges);
  let missingLabel = -1;
  const labelled = (col, rows) => {
    const out = new Int16Array(rows.length);
    if (col.kind !== "number") return out.fill(-1);
    const codes = binCodes(col.values, col.missing, edges);
    for (let k = 0; k < rows.length; k++) {
      const c = codes[rows[k]];
      if (c === MISSING_CODE && missingLabel < 0) {
        missingLabel = labels.length;
        labels.push(MISSING_LABEL);
      }
      out[k] = c === MISSING_CODE ? missingLabel : c;
    }
    return out;
  };
  const base = baseCol && src.base ? labelled(baseCol, src.base.rows) : null;
  const cur = twin && base ? base : labelled(curCol, src.cur.rows);
  return finish(name, "bin", labels, src, base, cur);
}
function presortSegmentColumns(base, cur, more) {
  let made = 0;
  for (const { name } of segmentColumnNames(base, cur)) {
    if (!more()) break;
    const curCol = columnOf(cur, name);
    const col = base ? columnOf(base, name) : curCol;
    if (!curCol || !col || curCol.kind !== "number" || col.kind !== "number") continue;
    finiteQuintiles(col);
    made++;
  }
  return made;
}
function segmentColumnNames(base, cur) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const name of cur.segmentColumns) {
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, mode: "auto" });
  }
  const ref = base ?? cur;
  for (const col of ref.features) {
    if (col.kind !== "number" || seen.has(col.name)) continue;
    seen.add(col.name);
    out.push({ name: col.name, mode: "feature" });
  }
  return out;
}

// src/analysis/performance/segment-claims.ts
var NEXT = 0;
var TAKEN_OVER = 1;
function newClaims() {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}
function segmenterNames(src) {
  return segmentColumnNames(src.base?.view ?? null, src.cur.view).map((c) => c.name);
}
function buildClaimed(src, names, claims, untilTakenOver) {
  const out = [];
  while (!(untilTakenOver && Atomics.load(claims, TAKEN_OVER) === 1)) {
    const index = Atomics.add(claims, NEXT, 1);
    if (index >= names.length) break;
    out.push({ index, segmenter: buildSegmenter(names[index], src) });
  }
  return out;
}
function takeOver(claims) {
  Atomics.store(claims, TAKEN_OVER, 1);
}
function mergeClaimed(src, names, parts) {
  const slots = new Array(names.length).fill(void 0);
  for (const part of parts) for (const c of part) if (c.index >= 0 && c.index < names.length) slots[c.index] = c.segmenter;
  const out = [];
  for (let i = 0; i < names.length; i++) {
    const s = slots[i] === void 0 ? buildSegmenter(names[i], src) : slots[i];
    if (s) out.push(s);
  }
  return out;
}

// src/analysis/stats/multiple-testing.ts
function benjaminiHochberg(pValues) {
  const n = pValues.length;
  const q = new Float64Array(n).fill(NaN);
  const idx = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(pValues[i])) idx.push(i);
  const m = idx.length;
  if (m === 0) return q;
  idx.sort((a, b) => pValues[a] - pValues[b] || a - b);
  let running = Infinity;
  for (let r = m - 1; r >= 0; r--) {
    const i = idx[r];
    const adj = pValues[i] * m / (r + 1);
    if (adj < running) running = adj;
    q[i] = Math.min(1, running);
  }
  return q;
}
function holm(pValues) {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((x, y) => pValues[x] - pValues[y] || x - y);
  const out = new Array(m);
  let running = 0;
  order.forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[idx]));
    out[idx] = running;
  });
  return out;
}

// src/analysis/data/strength.ts
function mapStrength(x, anchors) {
  if (!(x > 0)) return 0;
  let px = 0;
  let py = 0;
  for (const [ax, ay] of anchors) {
    if (x <= ax) return py + (ay - py) * (x - px) / (ax - px);
    px = ax;
    py = ay;
  }
  return Math.min(1, 1 - (1 - py) * px / x);
}
var PSI_ANCHORS = [
  [0.1, 0.25],
  [0.25, 0.5],
  [1, 0.8]
];
var PSI_MINOR = 0.1;
var PSI_MAJOR = 0.25;
var MISSING_ANCHORS = [
  [0.02, 0.25],
  [0.1, 0.5],
  [0.3, 0.8]
];
var MISSING_MIN_DELTA = 0.01;
var RANGE_ANCHORS = [
  [0.01, 0.25],
  [0.05, 0.5],
  [0.2, 0.8]
];
var DUPLICATE_ANCHORS = [
  [5e-3, 0.25],
  [0.02, 0.5],
  [0.1, 0.8]
];
var ROW_COUNT_ANCHORS = [
  [0.2, 0.25],
  [0.5, 0.5],
  [0.9, 0.8]
];
var CONSTANT_ANCHORS = [
  [0.01, 0.25],
  [0.05, 0.5],
  [0.2, 0.8]
];
var STRENGTH_TYPE_CHANGE = 0.6;
var STRENGTH_COLUMN_REMOVED = 0.4;
var STRENGTH_COLUMN_RENAMED = 0.4;
var STRENGTH_COLUMN_ADDED = 0.15;
var SKEW_ROWS = 0.9;
var SKEW_KNOWN_FACTOR = 0.8;
var SKEW_STANDARDIZED = 0.75;
var SKEW_RECODED = 0.8;
var SKEW_DISJOINT = 0.7;
var SKEW_UNKNOWN_FACTOR = 0.6;
var NOISE_ANCHORS = [
  [0.02, 0.25],
  [0.05, 0.5],
  [0.15, 0.8]
];
var OVERLAP_ANCHORS = [
  [5e-3, 0.25],
  [0.02, 0.5],
  [0.1, 0.8]
];
var STRENGTH_FEATURE_LEAK = 0.85;
var LEAK_AUC = 0.99;
var STRENGTH_NEW_FEATURE_SUSPECT = 0.35;
var LEAK_GAIN_SHARE = 0.25;
var NEW_FEATURE_MIN_AUC = 0.75;
var NEW_FEATURE_MIN_CORR = 0.5;
var NEW_FEATURE_MIN_LAMBDA = 0.5;
var NOISE_COVERAGE_TOLERANCE = 0.1;
var NOT_SIGNIFICANT_FACTOR = 0.7;
var FDR = 0.05;

// src/analysis/data/drift.ts
var PSI_BINS = 10;
var MAX_CATEGORIES = 50;
var KS_EXACT_BUDGET = 2e7;
var CONCENTRATION = 3;
function occupied(a, b) {
  let k = 0;
  for (let i = 0; i < a.length; i++) if (a[i] + b[i] > 0) k++;
  return k;
}
function psiParts(bc, cc, nb, nc) {
  const p = psi(bc, cc);
  const noise = psiNoiseFloor(occupied(bc, cc), nb, nc);
  return { psi: p, noise, excess: Math.max(0, p - noise) };
}
function compareNumeric(base, cur, means = null) {
  const edges = quantileEdges(base, PSI_BINS);
  const bc = binCountsSorted(base, edges);
  const cc = binCountsSorted(cur, edges);
  const pp = psiParts(bc, cc, base.length, cur.length);
  const { d, wasserstein: w } = ksAndWassersteinSorted(base, cur);
  const ks = ksPValue(d, base.length, cur.length, { exactBudget: KS_EXACT_BUDGET });
  const scale = spreadOfSorted(base);
  const valueMoves = discreteMoves(base, cur);
  const pValue = valueMoves ? codeChi2P(valueMoves, base.length, cur.length) : ks.pValue;
  return {
    kind: "number",
    nBase: base.length,
    nCur: cur.length,
    bins: edges.length + 1,
    psi: pp.psi,
    psiNoise: pp.noise,
    psiExcess: pp.excess,
    pValue,
    edges,
    numeric: {
      ks: ks.d,
      ksP: ks.pValue,
      ksMethod: ks.method,
      wasserstein: w,
      scale,
      wassersteinScaled: w / scale,
      meanBase: means ? means[0] : mean(base),
      meanCur: means ? means[1] : mean(cur),
      medianBase: quantileSorted(base, 0.5),
      medianCur: quantileSorted(cur, 0.5),
      valueMoves,
      reducedAt: mostReducedAt(base, bc, cc, cur.length)
    },
    categorical: null
  };
}
function codeChi2P(moves, nBase, nCur) {
  const bc = Float64Array.from(moves, (m) => Math.round(m.base * nBase));
  const cc = Float64Array.from(moves, (m) => Math.round(m.cur * nCur));
  return chi2Homogeneity(bc, cc).pValue;
}
function mostReducedAt(base, bc, cc, nCur) {
  if (base.length === 0 || nCur === 0) return null;
  let best = -1;
  let bestRatio = 1;
  let start = 0;
  let bestStart = 0;
  for (let b = 0; b < bc.length; b++) {
    const pb = bc[b] / base.length;
    const pc = cc[b] / nCur;
    if (pb > 0 && pc / pb < bestRatio) {
      bestRatio = pc / pb;
      best = b;
      bestStart = start;
    }
    start += bc[b];
  }
  if (best < 0) return null;
  return base[bestStart + Math.floor(bc[best] / 2)];
}
function discreteMoves(base, cur) {
  const moves = [];
  let i = 0;
  let j = 0;
  while (i < base.length || j < cur.length) {
    const v = Math.min(i < base.length ? base[i] : Infinity, j < cur.length ? cur[j] : Infinity);
    let nb = 0;
    let nc = 0;
    for (; i < base.length && base[i] === v; i++) nb++;
    for (; j < cur.length && cur[j] === v; j++) nc++;
    if (moves.length === MAX_NUMERIC_CATEGORIES) return null;
    moves.push({ value: formatNumber(v), base: base.length ? nb / base.length : 0, cur: cur.length ? nc / cur.length : 0 });
  }
  return moves.sort((x, y) => Math.abs(y.cur - y.base) - Math.abs(x.cur - x.base) || (x.value < y.value ? -1 : 1));
}
function spreadOfSorted(s) {
  if (s.length === 0) return 1;
  const iqr = quantileSorted(s, 0.75) - quantileSorted(s, 0.25);
  if (iqr > 0) return iqr;
  const m = mean(s);
  let ss = 0;
  for (let i = 0; i < s.length; i++) ss += (s[i] - m) ** 2;
  const sd = s.length > 1 ? Math.sqrt(ss / (s.length - 1)) : 0;
  return sd > 0 ? sd : 1;
}
function mean(s) {
  let t = 0;
  for (let i = 0; i < s.length; i++) t += s[i];
  return s.length ? t / s.length : NaN;
}
function compareCategorical(names, baseCounts, curCounts) {
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < names.length; i++) {
    nb += baseCounts[i];
    nc += curCounts[i];
  }
  const unseen = [];
  const vanished = [];
  let unseenShare = 0;
  let vanishedShare = 0;
  const moves = [];
  for (let i = 0; i < names.length; i++) {
    const b = nb > 0 ? baseCounts[i] / nb : 0;
    const c = nc > 0 ? curCounts[i] / nc : 0;
    if (baseCounts[i] === 0 && curCounts[i] > 0) {
      unseen.push({ value: names[i], share: c });
      unseenShare += c;
    }
    if (curCounts[i] === 0 && baseCounts[i] > 0) {
      vanished.push({ value: names[i], share: b });
      vanishedShare += b;
    }
    moves.push({ value: names[i], base: b, cur: c });
  }
  const byShare = (x, y) => y.share - x.share || (x.value < y.value ? -1 : 1);
  unseen.sort(byShare);
  vanished.sort(byShare);
  moves.sort((x, y) => Math.abs(y.cur - y.base) - Math.abs(x.cur - x.base) || (x.value < y.value ? -1 : 1));
  const capped = capCategories(
    { names: names.slice(), baseMap: new Int32Array(0), curMap: new Int32Array(0), baseCounts, curCounts },
    MAX_CATEGORIES
  );
  const pp = psiParts(capped.baseCounts, capped.curCounts, nb, nc);
  const chi = chi2Homogeneity(capped.baseCounts, capped.curCounts);
  return {
    kind: "string",
    nBase: nb,
    nCur: nc,
    bins: capped.names.length,
    psi: pp.psi,
    psiNoise: pp.noise,
    psiExcess: pp.excess,
    pValue: chi.pValue,
    numeric: null,
    categorical: {
      chi2: chi.statistic,
      chi2P: chi.pValue,
      dof: chi.dof,
      js: nb > 0 && nc > 0 ? jensenShannon(baseCounts, curCounts, 2) : 0,
      unseen: unseen.slice(0, 10),
      unseenShare,
      vanished: vanished.slice(0, 10),
      vanishedShare,
      topMoves: moves.slice(0, 5)
    }
  };
}
function compareColumns(base, cur) {
  if (base.kind === "number" && cur.kind === "number") {
    const b = sortedFinite(base, 0);
    const c = sortedFinite(cur, 1);
    if (b.length === 0 || c.length === 0) return null;
    return compareNumeric(b, c, [profile(base).mean, profile(cur).mean]);
  }
  if (base.kind === "string" && cur.kind === "string") {
    return compareAligned(alignCategories(base, cur));
  }
  return null;
}
function compareAligned(a) {
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < a.names.length; i++) {
    nb += a.baseCounts[i];
    nc += a.curCounts[i];
  }
  if (nb === 0 || nc === 0) return null;
  return compareCategorical(a.names, a.baseCounts, a.curCounts);
}
function psiStrength(excess, significant) {
  return mapStrength(excess, PSI_ANCHORS) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR);
}
function isReported(excess, significant) {
  return excess >= PSI_MINOR && significant || excess >= PSI_MAJOR;
}
var codeScratch = new Uint8Array(0);
function codeBuffer(n) {
  if (codeScratch.length < n) codeScratch = new Uint8Array(n);
  return codeScratch.subarray(0, n);
}
var MAX_GROUP_KEYS = 1024;
function segmentGroups(segments, nBase, nCur) {
  const out = [];
  let t = 0;
  while (t < segments.length) {
    const cols = [];
    let keys = 1;
    while (t < segments.length && (cols.length === 0 || keys * (segments[t].values.length + 1) <= MAX_GROUP_KEYS)) {
      const size = segments[t].values.length;
      cols.push({ t, weight: keys, radix: size + 1, size });
      keys *= size + 1;
      t++;
    }
    const keyOf = (side, n) => {
      const key = new Uint16Array(n);
      for (const c of cols) {
        const lut = new Uint16Array(256);
        for (let v = 0; v < 256; v++) lut[v] = (v < c.size ? v : c.size) * c.weight;
        const codes = segments[c.t][side];
        for (let i = 0; i < n; i++) key[i] += lut[codes[i]];
      }
      return key;
    };
    const base = keyOf("baseCodes", nBase);
    const twins = nBase === nCur && cols.every((c) => segments[c.t].curCodes === segments[c.t].baseCodes);
    out.push({ cols, keys, base, cur: twins ? base : keyOf("curCodes", nCur) });
  }
  return out;
}
function sameKeys(groups) {
  return groups.every((g) => g.cur === g.base);
}
function countNumeric(col, edges, groups, side, nSegs, k) {
  const v = col.values;
  const e = new Float64Array(9).fill(Infinity);
  e.set(edges.subarray(0, 9));
  const e0 = e[0], e1 = e[1], e2 = e[2], e3 = e[3], e4 = e[4], e5 = e[5], e6 = e[6], e7 = e[7], e8 = e[8];
  const codes = codeBuffer(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    codes[i] = x - x !== 0 ? k : +(x > e0) + +(x > e1) + +(x > e2) + +(x > e3) + +(x > e4) + +(x > e5) + +(x > e6) + +(x > e7) + +(x > e8);
  }
  return countCodes(codes, groups, side, nSegs, k);
}
function countCategorical(col, map, bucketOf, groups, side, nSegs, k) {
  const lut = new Uint8Array(map.length);
  for (let c = 0; c < map.length; c++) lut[c] = map[c] < 0 ? k : bucketOf[map[c]];
  const src = col.codes;
  const codes = codeBuffer(src.length);
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    codes[i] = c < 0 ? k : lut[c];
  }
  return countCodes(codes, groups, side, nSegs, k);
}
var jointScratch = new Uint32Array(0);
function countCodes(codes, groups, side, nSegs, k) {
  const stride = k + 1;
  const counts = new Array(nSegs);
  const totals = new Float64Array(k);
  groups.forEach((g, gi) => {
    const cells = g.keys * stride;
    if (jointScratch.length < cells) jointScratch = new Uint32Array(cells);
    const joint = jointScratch.subarray(0, cells).fill(0);
    const key = g[side];
    for (let i = 0; i < codes.length; i++) joint[key[i] * stride + codes[i]]++;
    if (gi === 0) for (let q = 0; q < g.keys; q++) for (let b = 0; b < k; b++) totals[b] += joint[q * stride + b];
    for (const c of g.cols) {
      const out = new Float64Array(c.size * k);
      for (let q = 0; q < g.keys; q++) {
        const value = Math.floor(q / c.weight) % c.radix;
        if (value >= c.size) continue;
        for (let b = 0; b < k; b++) out[value * k + b] += joint[q * stride + b];
      }
      counts[c.t] = out;
    }
  });
  return { counts, totals };
}
var earlyComparisons = /* @__PURE__ */ new WeakMap();
function twinDriftFromSorts(base, cur) {
  if (!base) return null;
  const features = new Set(base.features);
  return (col, sorted) => {
    if (sorted.length === 0 || !features.has(col)) return false;
    const cc = cur.features.find((c) => c.name === col.name);
    if (!cc || cc.kind !== "number" || !sameCells(col, cc)) return false;
    const sortedC = sortedFiniteOfTwin(cc, col, sorted);
    earlyComparisons.set(col, compareNumeric(sorted, sortedC, [profile(col).mean, profile(cc).mean]));
    return true;
  };
}
function driftEval(source, baseFeatures, curFeatures, segments, minSupport) {
  const pending = [];
  const candidates = [];
  let groups = null;
  const grouped = () => groups ??= segmentGroups(segments, segments[0].baseCodes.length, segments[0].curCodes.length);
  let certainOnes = 0;
  const sizes = /* @__PURE__ */ new Map();
  const sizesOf = (t) => {
    let out = sizes.get(t);
    if (!out) {
      const spec = segments[t];
      out = new Int32Array(spec.values.length + 1);
      const codes = spec.baseCodes;
      const none = spec.values.length;
      for (let i = 0; i < codes.length; i++) out[Math.min(codes[i], none)]++;
      sizes.set(t, out);
    }
    return out;
  };
  for (const cb of baseFeatures) {
    const cc = curFeatures.find((c2) => c2.name === cb.name);
    if (!cc || cc.kind !== cb.kind) continue;
    const use = segments.map((sp, t) => sp.column === cb.name ? -1 : t).filter((t) => t >= 0);
    let cmp2;
    let b;
    let c;
    let k;
    const twin = sameCells(cb, cc);
    if (cb.kind === "number" && cc.kind === "number") {
      let num = twin ? earlyComparisons.get(cb) ?? null : null;
      earlyComparisons.delete(cb);
      if (!num) {
        const sortedB = takeKeptSort(cb) ?? sortedFinite(cb, 0);
        const sortedC = twin ? sortedFiniteOfTwin(cc, cb, sortedB) : sortedFinite(cc, 1);
        if (sortedB.length === 0 || sortedC.length === 0) continue;
        num = compareNumeric(sortedB, sortedC, [profile(cb).mean, profile(cc).mean]);
      }
      cmp2 = num;
      k = num.edges.length + 1;
      if (use.length === 0) {
        pending.push({ feature: cb.name, cmp: cmp2, baseline: null });
        continue;
      }
      if (twin && sameKeys(grouped()) && profile(cb).finite === cb.values.length) {
        pending.push({ feature: cb.name, cmp: cmp2, baseline: null });
        const n = cb.values.length;
        for (const t of use) {
          const size = sizesOf(t);
          for (let v = 0; v < segments[t].values.length; v++) if (size[v] >= minSupport && n - size[v] >= minSupport) certainOnes++;
        }
        continue;
      }
      b = countNumeric(cb, num.edges, grouped(), "base", segments.length, k);
      c = twin && sameKeys(grouped()) ? b : countNumeric(cc, num.edges, grouped(), "cur", segments.length, k);
    } else if (cb.kind === "string" && cc.kind === "string") {
      const a = alignCategories(cb, cc);
      cmp2 = compareAligned(a);
      if (!cmp2) continue;
      if (use.length === 0) {
        pending.push({ feature: cb.name, cmp: cmp2, baseline: null });
        continue;
      }
      const capped = capCategories(a, MAX_CATEGORIES);
      k = capped.names.length;
      b = countCategorical(cb, a.baseMap, capped.bucketOf, grouped(), "base", segments.length, k);
      c = twin && sameKeys(grouped()) ? b : countCategorical(cc, a.curMap, capped.bucketOf, grouped(), "cur", segments.length, k);
    } else continue;
    const featureIndex = pending.length;
    pending.push({ feature: cb.name, cmp: cmp2, baseline: null });
    for (const t of use) collectSegmentCandidates(segments[t], b.counts[t], b.totals, c.counts[t], c.totals, k, minSupport, featureIndex, candidates);
  }
  const segQ = benjaminiHochberg([...candidates.map((c) => c.pValue), ...new Array(certainOnes).fill(1)]);
  const bestSegment = /* @__PURE__ */ new Map();
  candidates.forEach((c, i) => {
    const q = segQ[i];
    if (!(q <= FDR) || c.psiInExcess < PSI_MINOR) return;
    if (c.psiInExcess < CONCENTRATION * c.psiOutExcess + 0.05) return;
    const prev = bestSegment.get(c.featureIndex);
    const gain = c.psiInExcess - c.psiOutExcess;
    if (!prev || gain > prev.psiInExcess - prev.psiOutExcess) {
      bestSegment.set(c.featureIndex, {
        column: c.column,
        value: c.value,
        nBase: c.nBase,
        nCur: c.nCur,
        share: c.share,
        psiIn: c.psiIn,
        psiInExcess: c.psiInExcess,
        psiOut: c.psiOut,
        psiOutExcess: c.psiOutExcess,
        pValue: c.pValue,
        qValue: q,
        shiftIn: null
      });
    }
  });
  for (const [i, seg] of bestSegment) {
    const name = pending[i].feature;
    const cb = baseFeatures.find((c) => c.name === name && c.kind === "number");
    const cc = curFeatures.find((c) => c.name === name && c.kind === "number");
    const spec = segments.find((sp) => sp.column === seg.column);
    const code = spec ? spec.values.indexOf(seg.value) : -1;
    if (cb && cc && spec && code >= 0) bestSegment.set(i, { ...seg, shiftIn: standardizedShift(cb, spec.baseCodes, cc, spec.curCodes, code) });
  }
  return decide("eval", source, pending, bestSegment);
}
function segmentValues(col, codes, code) {
  const v = col.values;
  let m = 0;
  for (let i = 0; i < v.length; i++) m += +(codes[i] === code) & +(v[i] - v[i] === 0);
  const out = new Float64Array(m);
  let k = 0;
  for (let i = 0; i < v.length; i++) if (codes[i] === code && v[i] - v[i] === 0) out[k++] = v[i];
  return sortFloat64InPlace(out);
}
function standardizedShift(cb, baseCodes, cc, curCodes, code) {
  const b = segmentValues(cb, baseCodes, code);
  const c = segmentValues(cc, curCodes, code);
  if (b.length < 2 || c.length < 2) return null;
  let mean2 = 0;
  for (let i = 0; i < b.length; i++) mean2 += b[i];
  mean2 /= b.length;
  let ss = 0;
  for (let i = 0; i < b.length; i++) ss += (b[i] - mean2) ** 2;
  const sd = Math.sqrt(ss / (b.length - 1));
  if (!(sd > 0)) return null;
  return ksAndWassersteinSorted(b, c).wasserstein / sd;
}
function collectSegmentCandidates(spec, bCounts, bTotals, cCounts, cTotals, k, minSupport, featureIndex, out) {
  const nSeg = spec.values.length;
  let totB = 0;
  let totC = 0;
  for (let j = 0; j < k; j++) {
    totB += bTotals[j];
    totC += cTotals[j];
  }
  const inB = new Float64Array(k);
  const inC = new Float64Array(k);
  const outB = new Float64Array(k);
  const outC = new Float64Array(k);
  for (let s = 0; s < nSeg; s++) {
    let nb = 0;
    let nc = 0;
    for (let j = 0; j < k; j++) {
      inB[j] = bCounts[s * k + j];
      inC[j] = cCounts[s * k + j];
      outB[j] = bTotals[j] - inB[j];
      outC[j] = cTotals[j] - inC[j];
      nb += inB[j];
      nc += inC[j];
    }
    if (nb < minSupport || nc < minSupport || totB - nb < minSupport || totC - nc < minSupport) continue;
    const pin = psiParts(inB, inC, nb, nc);
    const pout = psiParts(outB, outC, totB - nb, totC - nc);
    const pValue = pin.excess >= PSI_MINOR ? chi2Homogeneity(inB, inC).pValue : 1;
    out.push({
      featureIndex,
      column: spec.column,
      value: spec.values[s],
      nBase: nb,
      nCur: nc,
      share: totC > 0 ? nc / totC : 0,
      psiIn: pin.psi,
      psiInExcess: pin.excess,
      psiOut: pout.psi,
      psiOutExcess: pout.excess,
      pValue
    });
  }
}
function decide(comparison, source, pending, segments) {
  const q = benjaminiHochberg(pending.map((p) => p.cmp.pValue));
  return pending.map((p, i) => {
    const significant = q[i] <= FDR;
    let effect = p.cmp.psiExcess;
    if (comparison === "train_vs_eval" && p.baseline) effect = Math.max(0, effect - p.baseline.psiExcess);
    let strength = psiStrength(effect, significant);
    let flagged = isReported(effect, significant);
    if (comparison === "reference") strength *= REFERENCE_FACTOR;
    const segment = segments.get(i) ?? null;
    if (segment) {
      const segStrength = mapStrength(segment.psiInExcess, PSI_ANCHORS) * Math.min(1, 0.5 + 2.5 * segment.share);
      strength = Math.max(strength, segStrength);
      flagged = true;
    }
    return {
      comparison,
      feature: p.feature,
      kind: p.cmp.kind,
      source,
      nBase: p.cmp.nBase,
      nCur: p.cmp.nCur,
      bins: p.cmp.bins,
      psi: p.cmp.psi,
      psiNoise: p.cmp.psiNoise,
      psiExcess: p.cmp.psiExcess,
      pValue: p.cmp.pValue,
      qValue: q[i],
      numeric: p.cmp.numeric,
      categorical: p.cmp.categorical,
      segment,
      baseline: p.baseline,
      explainedBy: null,
      significant: significant || segment !== null,
      strength,
      flagged
    };
  });
}
var REFERENCE_FACTOR = 0.8;
function sharedColumns(features, ref) {
  const out = [];
  for (const f of features) {
    const r = ref.columns.find((c) => c.name === f.name);
    if (r && r.kind === f.kind) out.push([r, f]);
  }
  return out;
}
function driftTrainVsEval(refCur, curFeatures, refBase, baseFeatures, evalPath) {
  const pending = [];
  for (const [r, f] of sharedColumns(curFeatures, refCur)) {
    const cmp2 = compareColumns(r, f);
    if (!cmp2) continue;
    let baseline = null;
    if (refBase && baseFeatures) {
      const rb = refBase.columns.find((c) => c.name === f.name);
      const fb = baseFeatures.find((c) => c.name === f.name);
      if (rb && fb && rb.kind === fb.kind) {
        const b = compareColumns(rb, fb);
        if (b) baseline = { psi: b.psi, psiExcess: b.psiExcess };
      }
    }
    pending.push({ feature: f.name, cmp: cmp2, baseline });
  }
  return decide("train_vs_eval", `${refCur.path} vs ${evalPath}`, pending, /* @__PURE__ */ new Map());
}
function driftReference(refBase, refCur, exclude) {
  const pending = [];
  for (const cb of refBase.columns) {
    if (exclude.has(cb.name.toLowerCase())) continue;
    const cc = refCur.columns.find((c) => c.name === cb.name);
    if (!cc || cc.kind !== cb.kind) continue;
    const cmp2 = compareColumns(cb, cc);
    if (cmp2) pending.push({ feature: cb.name, cmp: cmp2, baseline: null });
  }
  return decide("reference", refCur.path, pending, /* @__PURE__ */ new Map());
}

// src/analysis/data/quality.ts
var RATE_DELTA_ALWAYS = 0.1;
var RANGE_CHANCE_MULTIPLE = 5;
var SENTINEL_MAJORITY = 0.5;
function columnProfiles(table) {
  return table.columns.map((c) => {
    const p = profile(c);
    if (p.kind === "number") {
      return {
        column: c.name,
        kind: "number",
        n: p.n,
        missing: p.missing,
        nan: p.nan,
        inf: p.posInf + p.negInf,
        distinct: p.distinct,
        topShare: p.topShare,
        min: p.finite ? p.min : null,
        max: p.finite ? p.max : null
      };
    }
    return {
      column: c.name,
      kind: "string",
      n: p.n,
      missing: p.missing,
      nan: 0,
      inf: 0,
      distinct: p.distinct,
      topShare: p.topShare,
      min: null,
      max: null
    };
  });
}
var RATE_WORD = { missing: "missing", nan: "NaN", inf: "infinite" };
function rateTests(cb, cc) {
  const pb = profile(cb);
  const pc = profile(cc);
  const out = [{ kind: "missing", column: cc.name, xb: pb.missing, nb: pb.n, xc: pc.missing, nc: pc.n }];
  if (pb.kind === "number" || pc.kind === "number") {
    const nanB = pb.kind === "number" ? pb.nan : 0;
    const nanC = pc.kind === "number" ? pc.nan : 0;
    const infB = pb.kind === "number" ? pb.posInf + pb.negInf : 0;
    const infC = pc.kind === "number" ? pc.posInf + pc.negInf : 0;
    out.push({ kind: "nan", column: cc.name, xb: nanB, nb: pb.n, xc: nanC, nc: pc.n });
    out.push({ kind: "inf", column: cc.name, xb: infB, nb: pb.n, xc: infC, nc: pc.n });
  }
  return out;
}
function rateIssues(tests, comparison, source, sideName) {
  const stats = tests.map((t) => ({ t, rb: t.nb > 0 ? t.xb / t.nb : 0, rc: t.nc > 0 ? t.xc / t.nc : 0, p: twoProportionTest(t.xb, t.nb, t.xc, t.nc).pValue }));
  const q = benjaminiHochberg(stats.map((s) => s.p));
  const out = [];
  stats.forEach((s, i) => {
    const delta = s.rc - s.rb;
    const significant = q[i] <= FDR;
    if (!(Math.abs(delta) >= MISSING_MIN_DELTA && significant || Math.abs(delta) >= RATE_DELTA_ALWAYS)) return;
    const strength = mapStrength(Math.abs(delta), MISSING_ANCHORS) * (delta > 0 ? 1 : 0.7) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR);
    const word = RATE_WORD[s.t.kind] ?? s.t.kind;
    out.push({
      kind: s.t.kind,
      comparison,
      source,
      column: s.t.column,
      base: s.rb,
      cur: s.rc,
      n: s.t.nc,
      pValue: s.p,
      significant,
      strength,
      message: `${word} rate of ${s.t.column} ${delta > 0 ? "rose" : "fell"} from ${pct(s.rb)} (${sideName}) to ${pct(s.rc)}`,
      details: {
        [`${s.t.kind}_base`]: s.rb,
        [`${s.t.kind}_cur`]: s.rc,
        delta,
        q_value: q[i],
        n_base: s.t.nb,
        n_cur: s.t.nc
      }
    });
  });
  return out;
}
function pct(r) {
  return `${(100 * r).toFixed(r < 1e-3 && r > 0 ? 2 : 1)}%`;
}
function comparableFeatures(base, cur) {
  const out = [];
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb || cb.kind !== cc.kind) continue;
    const pb = profile(cb);
    const pc = profile(cc);
    const bad = (p) => (p.missing + (p.kind === "number" ? p.nan + p.posInf + p.negInf : 0)) / Math.max(1, p.n);
    if (Math.abs(bad(pb) - bad(pc)) < MISSING_MIN_DELTA) out.push(cc.name);
  }
  return out;
}
function featureColumns(v, names) {
  return names.map((n) => v.features.find((c) => c.name === n)).filter((c) => c !== void 0);
}
function rowColumns(v, names) {
  const cols = featureColumns(v, names);
  const label = v.table.columns.find((c) => c.name === v.labelColumn);
  return label ? [...cols, label] : cols;
}
function qualityEval(base, cur, pairs, minSupport) {
  const source = cur.path;
  profileColumns(base.table.columns);
  profileColumns(cur.table.columns, base.table.columns);
  const issues = [];
  const tests = [];
  for (const cc of cur.table.columns) {
    if (cc.name === cur.idColumn) continue;
    const cb = base.table.columns.find((c) => c.name === cc.name);
    if (!cb) continue;
    if (cb.kind !== cc.kind) {
      issues.push(typeChange(cb, cc, "eval", source));
      continue;
    }
    tests.push(...rateTests(cb, cc));
  }
  issues.push(...rateIssues(tests, "eval", source, "baseline"));
  issues.push(...constantColumns(base, cur, minSupport));
  issues.push(...outOfRange(base, cur, minSupport));
  issues.push(...schemaDiff(base, cur, pairs));
  issues.push(...duplicates(base, cur, comparableFeatures(base, cur)));
  const rel = base.n > 0 ? Math.abs(cur.n - base.n) / base.n : 0;
  if (rel >= ROW_COUNT_ANCHORS[0][0]) {
    issues.push({
      kind: "row_count",
      comparison: "eval",
      source,
      column: null,
      base: base.n,
      cur: cur.n,
      n: cur.n,
      pValue: 0,
      significant: true,
      // A different eval size is worth knowing (a join that lost rows) but is not itself a defect
      // of the data: it stays minor; what the change did to metrics is judged on its own.
      strength: Math.min(0.45, mapStrength(rel, ROW_COUNT_ANCHORS)),
      message: `eval rows ${cur.n > base.n ? "grew" : "shrank"} from ${base.n} to ${cur.n} (${cur.n > base.n ? "+" : "-"}${(100 * rel).toFixed(0)}%)`,
      details: { n_base: base.n, n_cur: cur.n, relative_change: (cur.n - base.n) / base.n }
    });
  }
  return issues;
}
function typeChange(cb, cc, comparison, source) {
  return {
    kind: "type_change",
    comparison,
    source,
    column: cc.name,
    base: null,
    cur: null,
    n: profile(cc).n,
    pValue: 0,
    significant: true,
    strength: STRENGTH_TYPE_CHANGE,
    message: `${cc.name} changed type from ${typeWord(cb)} to ${typeWord(cc)}`,
    details: { type_base: typeWord(cb), type_cur: typeWord(cc), example_cur: firstValue(cc) }
  };
}
function typeWord(c) {
  return c.kind === "number" ? "number" : "string";
}
function firstValue(c) {
  const n = profile(c).n;
  for (let i = 0; i < n; i++) {
    const t = cellText(c, i);
    if (t !== "") return t;
  }
  return null;
}
function constantColumns(base, cur, minSupport) {
  const out = [];
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb || cb.kind !== cc.kind) continue;
    const pb = profile(cb);
    const pc = profile(cc);
    const nonMissingCur = pc.kind === "number" ? pc.finite : pc.n - pc.missing;
    if (pc.distinct !== 1 || pb.distinct < 2 || nonMissingCur < minSupport) continue;
    const variety = 1 - pb.topShare;
    const p = Math.exp(nonMissingCur * Math.log(Math.max(pb.topShare, 1e-300)));
    const significant = p <= FDR;
    const value = firstValue(cc);
    out.push({
      kind: "constant",
      comparison: "eval",
      source: cur.path,
      column: cc.name,
      base: pb.distinct,
      cur: 1,
      n: nonMissingCur,
      pValue: p,
      significant,
      strength: mapStrength(variety, CONSTANT_ANCHORS) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR),
      message: `${cc.name} is constant (${value ?? ""}) in ${nonMissingCur} rows; the baseline had ${pb.distinct} distinct values`,
      details: { distinct_base: pb.distinct, distinct_cur: 1, value_cur: value, top_share_base: pb.topShare }
    });
  }
  return out;
}
function outOfRange(base, cur, minSupport) {
  const found = [];
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb || cb.kind !== "number" || cc.kind !== "number") continue;
    const pb = profile(cb);
    const pc = profile(cc);
    if (pb.finite < minSupport || pc.finite === 0) continue;
    const lo = pb.min;
    const hi = pb.max;
    let below = 0;
    let above = 0;
    const outside = /* @__PURE__ */ new Map();
    if (pc.min < lo || pc.max > hi) {
      const v = cc.values;
      for (let i = 0; i < v.length; i++) {
        const x2 = v[i];
        if (x2 < lo && x2 !== -Infinity) below++;
        else if (x2 > hi && x2 !== Infinity) above++;
        else continue;
        outside.set(x2, (outside.get(x2) ?? 0) + 1);
      }
    }
    const x = below + above;
    const rate = x / pc.finite;
    const chance = 2 / (pb.finite + 1);
    const lambda = chance * pc.finite;
    const p = x === 0 ? 1 : gammaP(x, lambda);
    const s = sentinelOf(outside, x, cb, (v) => distinctRecords(cur, cc, v));
    const range = `the baseline range [${lo}, ${hi}]`;
    found.push({
      rate,
      chance,
      issue: {
        kind: s ? "sentinel" : "out_of_range",
        comparison: "eval",
        source: cur.path,
        column: cc.name,
        base: chance,
        cur: rate,
        n: pc.finite,
        pValue: p,
        message: s ? `${cc.name} holds the sentinel value ${s.value} in ${pct(s.rows / pc.finite)} of rows (outside ${range}): unknown values written as a number` : `${pct(rate)} of ${cc.name} values fall outside ${range}`,
        details: {
          out_of_range_rate: rate,
          below,
          above,
          min_base: lo,
          max_base: hi,
          min_cur: pc.min,
          max_cur: pc.max,
          ...s ? { sentinel: s.value, sentinel_rows: s.rows, sentinel_records: s.records, sentinel_rate: s.rows / pc.finite, sentinel_p: s.pValue } : {}
        }
      }
    });
  }
  const q = benjaminiHochberg(found.map((f) => f.issue.pValue));
  const out = [];
  found.forEach((f, i) => {
    const significant = q[i] <= FDR;
    if (!significant || f.rate < RANGE_ANCHORS[0][0] || f.rate < RANGE_CHANCE_MULTIPLE * f.chance) return;
    out.push({ ...f.issue, significant, strength: mapStrength(f.rate, RANGE_ANCHORS) });
  });
  return out;
}
function sentinelOf(outside, outsideRows, cb, records = (v) => outside.get(v) ?? 0) {
  let value = NaN;
  let rows = 0;
  for (const [v, c] of outside) if (c > rows || c === rows && v < value) [value, rows] = [v, c];
  if (rows === 0) return null;
  const count = records(value);
  const total = outsideRows - (rows - count);
  if (count === 0 || count < SENTINEL_MAJORITY * total) return null;
  const pb = profile(cb);
  if (!(count - 1 > pb.topShare * (total - 1))) return null;
  const pValue = binomTestTwoSided(count - 1, total - 1, pb.topShare);
  if (pValue > FDR) return null;
  const step = medianSpacing(sortedFinite(cb, 0));
  if (!(step > 0)) return null;
  const beyond = value < pb.min ? pb.min - value : value - pb.max;
  return beyond > step ? { value, rows, records: count, pValue } : null;
}
function distinctRecords(view, col, value) {
  const others = view.features.filter((c) => c !== col);
  const keys = /* @__PURE__ */ new Set();
  const v = col.values;
  for (let i = 0; i < v.length; i++) {
    if (v[i] !== value) continue;
    if (others.length === 0) {
      keys.add(String(i));
      continue;
    }
    let key = "";
    for (const c of others) key += `${cellText(c, i)}`;
    keys.add(key);
  }
  return keys.size;
}
function medianSpacing(sorted) {
  const gaps = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i] > sorted[i - 1]) gaps.push(sorted[i] - sorted[i - 1]);
  if (gaps.length === 0) return NaN;
  gaps.sort((a, b) => a - b);
  const m = gaps.length >> 1;
  return gaps.length % 2 ? gaps[m] : (gaps[m - 1] + gaps[m]) / 2;
}
function schemaDiff(base, cur, pairs) {
  const curNames = new Set(cur.table.columns.map((c) => c.name));
  const baseNames = new Set(base.table.columns.map((c) => c.name));
  const removed = base.features.filter((c) => !curNames.has(c.name));
  const added = cur.features.filter((c) => !baseNames.has(c.name));
  const out = [];
  const usedAdded = /* @__PURE__ */ new Set();
  for (const r of removed) {
    let best = null;
    for (const a of added) {
      if (usedAdded.has(a.name) || a.kind !== r.kind) continue;
      const m = renameMatch(r, a, pairs);
      if (m && (!best || m.score > best.score)) best = { col: a, score: m.score, how: m.how };
    }
    if (best) {
      usedAdded.add(best.col.name);
      out.push({
        kind: "column_renamed",
        comparison: "eval",
        source: cur.path,
        // The model's feature is the baseline's name (CONTRACT §5): that is what went missing
        // for the model; the new name is where its values went.
        column: r.name,
        base: null,
        cur: null,
        n: cur.n,
        pValue: 0,
        significant: true,
        strength: STRENGTH_COLUMN_RENAMED,
        message: `feature ${r.name} is missing from the eval table: it appears renamed to ${best.col.name} (${best.how})`,
        details: { renamed_from: r.name, renamed_to: best.col.name, match: best.how, match_score: best.score }
      });
    } else {
      out.push({
        kind: "column_removed",
        comparison: "eval",
        source: cur.path,
        column: r.name,
        base: null,
        cur: null,
        n: cur.n,
        pValue: 0,
        significant: true,
        strength: STRENGTH_COLUMN_REMOVED,
        message: `feature ${r.name} is no longer in the eval table`,
        details: { removed: r.name }
      });
    }
  }
  for (const a of added) {
    if (usedAdded.has(a.name)) continue;
    out.push({
      kind: "column_added",
      comparison: "eval",
      source: cur.path,
      column: a.name,
      base: null,
      cur: null,
      n: cur.n,
      pValue: 0,
      significant: true,
      strength: STRENGTH_COLUMN_ADDED,
      message: `feature ${a.name} is new in the eval table`,
      details: { added: a.name }
    });
  }
  return out;
}
function renameMatch(r, a, pairs) {
  if (pairs && pairs.base.length >= 10) {
    let same = 0;
    let seen = 0;
    const step = sampleStep(pairs.base.length);
    for (let i = 0; i < pairs.base.length; i += step) {
      seen++;
      if (cellText(r, pairs.base[i]) === cellText(a, pairs.cur[i])) same++;
    }
    const share2 = same / seen;
    if (share2 >= 0.95) return { score: share2, how: `same value on ${(100 * share2).toFixed(1)}% of rows matched by id` };
    return null;
  }
  if (r.kind === "number" && a.kind === "number") {
    const sr = sortedFinite(r, 0);
    const sa = sortedFinite(a, 1);
    if (sr.length < 10 || sa.length < 10) return null;
    const ks = ks2Samp(sr, sa, { presorted: true, exactBudget: 2e7 });
    if (ks.statistic <= 0.05 && ks.pValue >= 0.05) return { score: 1 - ks.statistic, how: `same distribution, KS ${ks.statistic.toFixed(3)}` };
    return null;
  }
  if (r.kind === "string" && a.kind === "string") {
    const al = alignCategories(r, a);
    let both = 0;
    for (let i = 0; i < al.names.length; i++) if (al.baseCounts[i] > 0 && al.curCounts[i] > 0) both++;
    const jaccard = al.names.length ? both / al.names.length : 0;
    const js = jensenShannon(al.baseCounts, al.curCounts, 2);
    if (jaccard >= 0.9 && js <= 0.05) return { score: 1 - js, how: `same values and shares, JS ${js.toFixed(3)}` };
  }
  return null;
}
function duplicates(base, cur, comparable) {
  const out = [];
  const idDup = (v) => v.ids ? idIndex(v.ids).duplicates : null;
  const checks = [
    { kind: "duplicate_ids", what: "duplicated ids", xb: base ? idDup(base) : null, xc: idDup(cur) }
  ];
  if (base && comparable.length > 0) {
    const colsB = rowColumns(base, comparable);
    const colsC = rowColumns(cur, comparable);
    const xb = countDuplicateRows(colsB, base.n, featureColumns(base, comparable));
    const twins = base.n === cur.n && colsB.length === colsC.length && colsB.every((c, i) => c.name === colsC[i].name && sameCells(c, colsC[i]));
    checks.push({ kind: "duplicate_rows", what: "duplicated rows", xb, xc: twins ? xb : countDuplicateRows(colsC, cur.n, featureColumns(cur, comparable)) });
  }
  for (const c of checks) {
    if (c.xc === null) continue;
    const rc = c.xc / Math.max(1, cur.n);
    const nb = base?.n ?? 0;
    const rb = c.xb !== null && nb > 0 ? c.xb / nb : null;
    const delta = rb === null ? rc : rc - rb;
    const p = rb === null || c.xb === null ? c.xc > 0 ? 0 : 1 : twoProportionTest(c.xb, nb, c.xc, cur.n).pValue;
    const significant = p <= FDR;
    if (delta < DUPLICATE_ANCHORS[0][0] || !significant) continue;
    out.push({
      kind: c.kind,
      comparison: "eval",
      source: cur.path,
      column: c.kind === "duplicate_ids" ? cur.idColumn : null,
      base: rb,
      cur: rc,
      n: cur.n,
      pValue: p,
      significant,
      strength: mapStrength(delta, DUPLICATE_ANCHORS),
      message: `${c.xc} ${c.what} (${pct(rc)} of rows${rb === null ? "" : `, baseline ${pct(rb)}`})`,
      details: { duplicates_cur: c.xc, duplicates_base: c.xb, rate_cur: rc, rate_base: rb }
    });
  }
  return out;
}
function qualityCurrentOnly(cur) {
  return duplicates(null, cur, []);
}
function qualityTrainVsEval(ref, cur) {
  const tests = [];
  for (const cc of cur.features) {
    const cr = ref.columns.find((c) => c.name === cc.name);
    if (!cr || cr.kind !== cc.kind) continue;
    tests.push(...rateTests(cr, cc));
  }
  return rateIssues(tests, "train_vs_eval", cur.path, "training sample").filter((i) => (i.cur ?? 0) > (i.base ?? 0));
}
function qualityReference(refBase, refCur) {
  const issues = [];
  const tests = [];
  for (const cc of refCur.columns) {
    const cb = refBase.columns.find((c) => c.name === cc.name);
    if (!cb) continue;
    if (cb.kind !== cc.kind) {
      issues.push(typeChange(cb, cc, "reference", refCur.path));
      continue;
    }
    tests.push(...rateTests(cb, cc));
  }
  issues.push(...rateIssues(tests, "reference", refCur.path, "baseline training sample"));
  return issues;
}

// src/analysis/data/label-noise.ts
var CONCENTRATION2 = 3;
var MIN_CONTRADICTED = 5;
function probabilityOf(v) {
  if (v.task === "regression") return null;
  if (v.task === "binary" && v.score) {
    const s = v.score;
    return (i, k) => k === 1 ? s[i] : 1 - s[i];
  }
  if (v.probs && v.probs.length === v.classes.length) {
    const p = v.probs;
    return (i, k) => p[k][i];
  }
  return null;
}
var Counts = class {
  constructor(n, suspects) {
    this.n = n;
    this.suspects = suspects;
    this.rate = n > 0 ? suspects / n : 0;
  }
  n;
  suspects;
  rate;
};
function confidentLearning(v) {
  const prob = probabilityOf(v);
  if (!prob) return null;
  const K = v.classes.length;
  const sum = new Float64Array(K);
  const cnt = new Float64Array(K);
  const usable = new Uint8Array(v.n);
  for (let i = 0; i < v.n; i++) {
    const y = v.yTrue[i];
    if (!(y >= 0 && y < K)) continue;
    let ok = true;
    for (let k = 0; k < K && ok; k++) if (!Number.isFinite(prob(i, k))) ok = false;
    if (!ok) continue;
    usable[i] = 1;
    sum[y] += prob(i, y);
    cnt[y]++;
  }
  const thresholds = Array.from(sum, (s, k) => cnt[k] > 0 ? s / cnt[k] : Infinity);
  const suspect = new Uint8Array(v.n);
  let n = 0;
  let suspects = 0;
  for (let i = 0; i < v.n; i++) {
    if (!usable[i]) continue;
    n++;
    const y = v.yTrue[i];
    const py = prob(i, y);
    for (let k = 0; k < K; k++) {
      if (k === y) continue;
      const pk = prob(i, k);
      if (pk >= thresholds[k] && pk > py) {
        suspect[i] = 1;
        suspects++;
        break;
      }
    }
  }
  return { suspect, thresholds, counts: new Counts(n, suspects) };
}
function conflictingLabels(v, features) {
  const cols = features.map((n2) => v.features.find((c) => c.name === n2)).filter((c) => c !== void 0);
  let n = 0;
  for (let i = 0; i < v.n; i++) if (!Number.isNaN(v.yTrue[i])) n++;
  const lead = rowsSharingLead(cols, v.n);
  const rows = lead ?? Int32Array.from({ length: v.n }, (_, i) => i);
  const h = hashRows(cols, v.n, lead);
  const index = new HashIndex(h, rows.length, true);
  const group = new Int32Array(rows.length).fill(-1);
  const conflict = new Uint8Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const y = v.yTrue[rows[r]];
    if (Number.isNaN(y)) continue;
    const first = index.add(r);
    group[r] = first < 0 ? r : first;
    if (first >= 0 && v.yTrue[rows[first]] !== y) conflict[first] = 1;
  }
  let conflicted = 0;
  for (let r = 0; r < rows.length; r++) if (group[r] >= 0 && conflict[group[r]]) conflicted++;
  return new Counts(n, conflicted);
}
function labelName(v, i, values) {
  const x = values[i];
  if (Number.isNaN(x)) return null;
  return v.task === "regression" ? x : v.classes[x] ?? null;
}
var MIN_PREDICTION_AGREEMENT = 0.8;
function labelChanges(base, cur, pairs, sb, sc) {
  if (!pairs || !base.yPred || !cur.yPred) return null;
  const flag = new Uint8Array(cur.n);
  let matched = 0;
  let changed = 0;
  let predSame = 0;
  let contradicted = 0;
  let agree = 0;
  for (let r = 0; r < pairs.base.length; r++) {
    const i = pairs.base[r];
    const j = pairs.cur[r];
    const yb = labelName(base, i, base.yTrue);
    const yc = labelName(cur, j, cur.yTrue);
    if (yb === null || yc === null) continue;
    matched++;
    flag[j] = 1;
    const pb = labelName(base, i, base.yPred);
    const pc = labelName(cur, j, cur.yPred);
    const samePred = pb !== null && pb === pc;
    if (samePred) agree++;
    if (yb === yc) continue;
    changed++;
    if (!samePred) continue;
    predSame++;
    const contra = sb && sc ? sc[j] === 1 && sb[i] === 0 : pc !== yc && pb === yb;
    if (contra) {
      contradicted++;
      flag[j] = 2;
    }
  }
  const agreement = matched > 0 ? agree / matched : 0;
  if (agreement < MIN_PREDICTION_AGREEMENT) {
    flag.fill(0);
    return { matched, changed, predSame: 0, contradicted: 0, agreement, flag };
  }
  return { matched, changed, predSame, contradicted, agreement, flag };
}
function labelNoise(base, cur, pairs, segments, minSupport, modelShifted) {
  const clCur = confidentLearning(cur);
  const clBase = base ? confidentLearning(base) : null;
  const comparable = base ? comparableFeatures(base, cur) : cur.features.map((c) => c.name);
  const conflictsCur = conflictingLabels(cur, comparable);
  const conflictsBase = base && base.task !== "regression" && comparable.length > 0 ? conflictingLabels(base, comparable) : null;
  const changes = base ? labelChanges(base, cur, pairs, clBase?.suspect ?? null, clCur?.suspect ?? null) : null;
  if (!clCur && !changes && !conflictsBase) return null;
  const rowsMatched = changes !== null && changes.matched >= 0.5 * cur.n;
  const hasCl = clCur !== null && clBase !== null && !rowsMatched && !modelShifted;
  const clDelta = hasCl ? clCur.counts.rate - clBase.counts.rate : 0;
  const clP = hasCl ? twoProportionTest(clBase.counts.suspects, clBase.counts.n, clCur.counts.suspects, clCur.counts.n).pValue : 1;
  const contradictedRate = changes && changes.matched > 0 ? changes.contradicted / changes.matched : 0;
  const segs = base && (hasCl || changes) ? noiseSegments(base, cur, segments, minSupport, hasCl ? clBase.suspect : null, hasCl ? clCur.suspect : null, changes, clBase?.suspect ?? null, clCur?.suspect ?? null) : [];
  const q = benjaminiHochberg(segs.map((s) => s.pValue));
  const scored = segs.map((s, i) => ({ ...s, qValue: q[i] }));
  const candidates = scored.filter(
    (s) => s.qValue <= FDR && s.effectIn >= NOISE_ANCHORS[0][0] && s.effectIn >= CONCENTRATION2 * Math.max(0, s.effectOut) + 0.01
  );
  const best = chooseNoiseSegment(candidates);
  const overallEffect = Math.max(clDelta, contradictedRate);
  const significant = clP <= FDR || changes !== null && changes.contradicted >= MIN_CONTRADICTED || best !== null;
  let strength;
  if (best) strength = mapStrength(best.effectIn, NOISE_ANCHORS) * Math.min(1, 0.5 + 2.5 * best.share);
  else strength = mapStrength(overallEffect, NOISE_ANCHORS) * (significant ? 1 : NOT_SIGNIFICANT_FACTOR);
  strength = Math.max(strength, best ? mapStrength(overallEffect, NOISE_ANCHORS) : 0);
  const flagged = best !== null || overallEffect >= NOISE_ANCHORS[0][0] && significant;
  let conflictsFlagged = false;
  let conflictsStrength = 0;
  if (conflictsBase) {
    const d = conflictsCur.rate - conflictsBase.rate;
    const p = twoProportionTest(conflictsBase.suspects, conflictsBase.n, conflictsCur.suspects, conflictsCur.n).pValue;
    conflictsFlagged = d >= 0.01 && p <= FDR;
    conflictsStrength = conflictsFlagged ? mapStrength(d, NOISE_ANCHORS) : 0;
  }
  const strip = (s) => ({
    column: s.column,
    value: s.value,
    nBase: s.nBase,
    nCur: s.nCur,
    rateBase: s.rateBase,
    rateCur: s.rateCur,
    rateOutBase: s.rateOutBase,
    rateOutCur: s.rateOutCur,
    changed: s.changed,
    changedOut: s.changedOut,
    coverage: s.coverage,
    pValue: s.pValue,
    qValue: s.qValue
  });
  const top = scored.slice().sort((a, b) => b.effectIn - b.effectOut - (a.effectIn - a.effectOut) || (a.column + a.value < b.column + b.value ? -1 : 1)).slice(0, 5).map(strip);
  return {
    source: cur.path,
    base: clBase?.counts ?? null,
    cur: clCur?.counts ?? null,
    thresholds: clCur?.thresholds ?? [],
    matched: changes?.matched ?? 0,
    labelsChanged: changes?.changed ?? 0,
    changedPredSame: changes?.predSame ?? 0,
    changedContradicted: changes?.contradicted ?? 0,
    segment: best ? strip(best) : null,
    segments: top,
    conflicts: { base: conflictsBase, cur: conflictsCur },
    conflictsFlagged,
    conflictsStrength,
    significant,
    strength: flagged ? strength : Math.min(strength, 0.2),
    flagged
  };
}
function chooseNoiseSegment(candidates) {
  if (candidates.length === 0) return null;
  const top = Math.max(...candidates.map((s) => s.coverage));
  const near = candidates.filter((s) => s.coverage >= top - NOISE_COVERAGE_TOLERANCE);
  return near.reduce((b, s) => {
    const byP = s.pValue - b.pValue;
    if (byP !== 0) return byP < 0 ? s : b;
    const byEffect = s.effectIn - s.effectOut - (b.effectIn - b.effectOut);
    if (byEffect !== 0) return byEffect > 0 ? s : b;
    return s.column + s.value < b.column + b.value ? s : b;
  });
}
function segmentNoiseCounts(codesB, nBase, showB, codesC, nCur, showC, flag) {
  const nB = new Int32Array(256);
  const xB = new Int32Array(256);
  const nC = new Int32Array(256);
  const xC = new Int32Array(256);
  const mC = new Int32Array(256);
  const kC = new Int32Array(256);
  if (showB) {
    const combo = new Int32Array(256 * 2);
    for (let i = 0; i < nBase; i++) combo[codesB[i] << 1 | showB[i]]++;
    for (let s = 0; s < 256; s++) {
      nB[s] = combo[2 * s] + combo[2 * s + 1];
      xB[s] = combo[2 * s + 1];
    }
  } else for (let i = 0; i < nBase; i++) nB[codesB[i]]++;
  if (showC && flag) {
    const combo = new Int32Array(256 * 8);
    for (let i = 0; i < nCur; i++) combo[codesC[i] << 3 | showC[i] << 2 | flag[i]]++;
    for (let s = 0; s < 256; s++) {
      let n = 0;
      let x = 0;
      let m = 0;
      let k = 0;
      for (let show = 0; show < 2; show++) {
        for (let f = 0; f < 3; f++) {
          const c = combo[s << 3 | show << 2 | f];
          n += c;
          x += show * c;
          m += (f + 1 >> 1) * c;
          k += (f >> 1) * c;
        }
      }
      nC[s] = n;
      xC[s] = x;
      mC[s] = m;
      kC[s] = k;
    }
  } else {
    for (let i = 0; i < nCur; i++) nC[codesC[i]]++;
    if (showC) for (let i = 0; i < nCur; i++) xC[codesC[i]] += showC[i];
    if (flag) {
      for (let i = 0; i < nCur; i++) {
        const f = flag[i];
        const s = codesC[i];
        mC[s] += f + 1 >> 1;
        kC[s] += f >> 1;
      }
    }
  }
  return { nB, xB, nC, xC, mC, kC };
}
function noiseSegments(base, cur, segments, minSupport, sb, sc, changes, showB, showC) {
  const out = [];
  for (const spec of segments) {
    const V = spec.values.length;
    const { nB, xB, nC, xC, mC, kC } = segmentNoiseCounts(spec.baseCodes, base.n, showB, spec.curCodes, cur.n, showC, changes ? changes.flag : null);
    const totNB = base.n;
    const totNC = cur.n;
    let totXB = 0;
    let totXC = 0;
    let totM = 0;
    let totK = 0;
    for (let s = 0; s < 256; s++) {
      totXB += xB[s];
      totXC += xC[s];
      totM += mC[s];
      totK += kC[s];
    }
    for (let s = 0; s < V; s++) {
      const nb = nB[s];
      const nc = nC[s];
      if (nb < minSupport || nc < minSupport || totNB - nb < minSupport || totNC - nc < minSupport) continue;
      const rateBase = xB[s] / nb;
      const rateCur = xC[s] / nc;
      const rateOutBase = (totXB - xB[s]) / (totNB - nb);
      const rateOutCur = (totXC - xC[s]) / (totNC - nc);
      const mIn = mC[s];
      const mOut = totM - mIn;
      const kIn = kC[s];
      const kOut = totK - kIn;
      const contraIn = mIn > 0 ? kIn / mIn : 0;
      const contraOut = mOut > 0 ? kOut / mOut : 0;
      const clIn = sb && sc ? rateCur - rateBase : 0;
      const clOut = sb && sc ? rateOutCur - rateOutBase : 0;
      const pCl = sb && sc ? didOneSided(rateBase, nb, rateCur, nc, rateOutBase, totNB - nb, rateOutCur, totNC - nc) : 1;
      const pCh = changes && mIn > 0 && mOut > 0 ? oneSided(twoProportionTest(kOut, mOut, kIn, mIn)) : 1;
      const covCh = totK > 0 ? kIn / totK : 0;
      const excessIn = sb && sc ? xC[s] - rateBase * nc : 0;
      const excessAll = sb && sc ? excessIn + (totXC - xC[s] - rateOutBase * (totNC - nc)) : 0;
      const covCl = excessAll > 0 ? Math.min(1, Math.max(0, excessIn / excessAll)) : 0;
      out.push({
        column: spec.column,
        value: spec.values[s],
        nBase: nb,
        nCur: nc,
        rateBase,
        rateCur,
        rateOutBase,
        rateOutCur,
        changed: kIn,
        changedOut: kOut,
        pValue: Math.min(pCl, pCh),
        effectIn: Math.max(clIn, contraIn),
        effectOut: Math.max(clOut, contraOut),
        share: totNC > 0 ? nc / totNC : 0,
        coverage: Math.max(covCh, covCl)
      });
    }
  }
  return out;
}
function didOneSided(inB, nInB, inC, nInC, outB, nOutB, outC, nOutC) {
  const v = (p, n) => n > 0 ? p * (1 - p) / n : 0;
  const se = Math.sqrt(v(inB, nInB) + v(inC, nInC) + v(outB, nOutB) + v(outC, nOutC));
  const d = inC - inB - (outC - outB);
  if (se === 0) return d > 0 ? 0 : 1;
  return normalSf(d / se);
}
function oneSided(t) {
  return t.z > 0 ? t.pValue / 2 : 1 - t.pValue / 2;
}

// src/analysis/stats/rng.ts
function createRng(seed) {
  let a = seed | 0;
  return () => {
    a = a + 1831565813 | 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/analysis/data/leakage.ts
var ID_NAMES = ["id", "row_id", "example_id", "uid"];
var MAX_AUC_ROWS = 2e5;
var MIN_CLASS_ROWS = 10;
function findIdColumn(t, preferred) {
  const names = preferred ? [preferred.toLowerCase(), ...ID_NAMES] : ID_NAMES;
  for (const n of names) {
    const c = t.columns.find((x) => x.name.toLowerCase() === n);
    if (c) return c;
  }
  return void 0;
}
function overlapWith(v, ref) {
  const shared2 = [];
  for (const f of v.features) {
    const r = ref.columns.find((c) => c.name === f.name);
    if (r && r.kind === f.kind) shared2.push([f, r]);
  }
  const labelEval = v.table.columns.find((c) => c.name === v.labelColumn);
  const labelRef = ref.columns.find((c) => c.name.toLowerCase() === v.labelColumn.toLowerCase());
  const withLabel = labelEval && labelRef && labelEval.kind === labelRef.kind ? [...shared2, [labelEval, labelRef]] : shared2;
  let rows = null;
  let featureHashEval = null;
  let featureHashRef = null;
  if (shared2.length > 0) {
    featureHashEval = hashRows(shared2.map((p) => p[0]), v.n);
    featureHashRef = hashRows(shared2.map((p) => p[1]), ref.nRows);
    const he = hashRows(withLabel.map((p) => p[0]), v.n);
    const hr = hashRows(withLabel.map((p) => p[1]), ref.nRows);
    const index = new HashIndex(hr, ref.nRows);
    for (let i = 0; i < ref.nRows; i++) index.add(i);
    rows = 0;
    for (let i = 0; i < v.n; i++) if (index.find(he.h1[i], he.h2[i]) >= 0) rows++;
  }
  let ids = null;
  let confirmed = null;
  const refId = findIdColumn(ref, v.idColumn);
  if (v.ids && refId) {
    const refIds = rowIdsOf(refId, ref.nRows);
    const index = new HashIndex(refIds, ref.nRows);
    for (let i = 0; i < ref.nRows; i++) if (!refIds.empty[i]) index.add(i);
    const he = idIndex(v.ids).hashes;
    ids = 0;
    confirmed = featureHashEval ? 0 : null;
    for (let i = 0; i < v.n; i++) {
      if (v.ids.empty[i]) continue;
      const r = index.find(he.h1[i], he.h2[i]);
      if (r < 0) continue;
      ids++;
      if (featureHashEval && featureHashRef && confirmed !== null) {
        if (featureHashEval.h1[i] === featureHashRef.h1[r] && featureHashEval.h2[i] === featureHashRef.h2[r]) confirmed++;
      }
    }
  }
  return { n: v.n, ids, confirmed, rows, sharedColumns: shared2.length };
}
function primary(o) {
  if (o.confirmed !== null) return { count: o.confirmed, how: "eval ids in the training sample with identical features" };
  if (o.ids !== null) return { count: o.ids, how: "eval ids in the training sample" };
  if (o.rows !== null) return { count: o.rows, how: "eval rows identical to a training-sample row" };
  return null;
}
function trainOverlap(base, cur, refBase, refCur) {
  const out = [];
  for (const rc of refCur) {
    const oc = overlapWith(cur, rc);
    const pc = primary(oc);
    if (!pc) continue;
    const rb = base ? pairReference(rc, refBase) : null;
    const ob = base && rb ? overlapWith(base, rb) : null;
    const pb = ob ? primary(ob) : null;
    const rateCur = pc.count / Math.max(1, cur.n);
    const rateBase = pb && base ? pb.count / Math.max(1, base.n) : null;
    const delta = rateBase === null ? rateCur : rateCur - rateBase;
    const p = rateBase === null || !base || !pb ? pc.count >= 5 ? 0 : 1 : oneSided2(twoProportionTest(pb.count, base.n, pc.count, cur.n));
    const significant = p <= FDR;
    const reported = delta >= OVERLAP_ANCHORS[0][0] && significant && (rateBase === null || rateCur >= 2 * rateBase);
    if (!reported) continue;
    out.push({
      kind: "train_overlap",
      source: cur.path,
      reference: rc.path,
      feature: null,
      base: rateBase,
      cur: rateCur,
      n: cur.n,
      pValue: p,
      significant,
      strength: mapStrength(delta, OVERLAP_ANCHORS),
      message: `${pc.count} of ${cur.n} eval rows (${(100 * rateCur).toFixed(1)}%) are in ${rc.path}: ${pc.how}${rateBase === null ? "" : `; baseline ${(100 * rateBase).toFixed(1)}%`}`,
      details: {
        overlap_rate: rateCur,
        overlap_rate_base: rateBase,
        overlap_rows: pc.count,
        id_overlap: oc.ids,
        id_overlap_confirmed: oc.confirmed,
        row_overlap: oc.rows,
        id_overlap_base: ob?.ids ?? null,
        row_overlap_base: ob?.rows ?? null,
        shared_columns: oc.sharedColumns,
        reference_rows: rc.nRows
      }
    });
  }
  return out;
}
function oneSided2(t) {
  return t.z > 0 ? t.pValue / 2 : 1 - t.pValue / 2;
}
function sampleRows(n, seed) {
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (n <= MAX_AUC_ROWS) return idx;
  const rng = createRng(seed);
  for (let i = 0; i < MAX_AUC_ROWS; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  const drawn = new Uint8Array(n);
  for (let i = 0; i < MAX_AUC_ROWS; i++) drawn[idx[i]] = 1;
  const out = new Int32Array(MAX_AUC_ROWS);
  let k = 0;
  for (let r = 0; r < n; r++) if (drawn[r]) out[k++] = r;
  return out;
}
function numericAuc(values, y, rows) {
  const posBuf = scratchBuffer(0, rows.length);
  const negBuf = scratchBuffer(1, rows.length);
  let np = 0;
  let nn = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const x = values[i];
    const t = y[i];
    if (x - x !== 0 || Number.isNaN(t)) continue;
    if (t === 1) posBuf[np++] = x;
    else negBuf[nn++] = x;
  }
  if (np < MIN_CLASS_ROWS || nn < MIN_CLASS_ROWS) return null;
  const p = sortFloat64InPlace(posBuf.subarray(0, np));
  const q = sortFloat64InPlace(negBuf.subarray(0, nn));
  const auc = (pairsAbove(p, q, false) + pairsAbove(p, q, true)) / 2 / (p.length * q.length);
  return Math.max(auc, 1 - auc);
}
function pairsAbove(p, q, orEqual) {
  const np = p.length;
  const nq = q.length;
  let i = 0;
  let j = 0;
  let u = 0;
  const eq = +orEqual;
  for (let step = 0; step < np + nq; step++) {
    const x = i < np ? p[i] : Infinity;
    const y = j < nq ? q[j] : Infinity;
    const takeQ = +(y < x) | eq & +(y === x);
    u += (1 - takeQ) * j;
    i += 1 - takeQ;
    j += takeQ;
  }
  return u;
}
function categoricalAuc(col, y, rows) {
  if (col.kind !== "string") return null;
  const K = col.dict.length;
  const posC = new Float64Array(K);
  const negC = new Float64Array(K);
  let np = 0;
  let nn = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const c = col.codes[i];
    const t = y[i];
    if (c < 0 || Number.isNaN(t)) continue;
    if (t === 1) {
      posC[c]++;
      np++;
    } else {
      negC[c]++;
      nn++;
    }
  }
  if (np < MIN_CLASS_ROWS || nn < MIN_CLASS_ROWS || profile(col).distinct * 50 > np + nn) return null;
  const order = Array.from({ length: K }, (_, c) => c).filter((c) => posC[c] + negC[c] > 0).sort((a, b) => posC[a] / (posC[a] + negC[a]) - posC[b] / (posC[b] + negC[b]));
  let u = 0;
  let negBelow = 0;
  for (const c of order) {
    u += posC[c] * (negBelow + 0.5 * negC[c]);
    negBelow += negC[c];
  }
  const auc = u / (np * nn);
  return Math.max(auc, 1 - auc);
}
function absCorr(values, y, rows) {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const x = values[i];
    const t = y[i];
    if (x - x !== 0 || t - t !== 0) continue;
    n++;
    sx += x;
    sy += t;
    sxx += x * x;
    syy += t * t;
    sxy += x * t;
  }
  if (n < 30) return null;
  const cov = sxy - sx * sy / n;
  const vx = sxx - sx * sx / n;
  const vy = syy - sy * sy / n;
  if (vx <= 0 || vy <= 0) return null;
  return Math.abs(cov / Math.sqrt(vx * vy));
}
var MEASURE_LABEL = { auc: "AUC", abs_corr: "|corr|", lambda: "\u03BB (errors of the majority guess removed)" };
var LOOKUP_BINS = 20;
var LOOKUP_MAX_CATEGORIES = 50;
function lookupLambda(col, y, classes, rows) {
  let bins;
  let binOf;
  if (col.kind === "string") {
    if (col.dict.length > LOOKUP_MAX_CATEGORIES) return null;
    bins = col.dict.length + 1;
    binOf = (i) => col.codes[i] < 0 ? col.dict.length : col.codes[i];
  } else {
    const vals = [];
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      if (Number.isFinite(col.values[i])) vals.push(col.values[i]);
    }
    const edges = quantileEdges(Float64Array.from(vals).sort(), LOOKUP_BINS);
    bins = edges.length + 2;
    binOf = (i) => Number.isFinite(col.values[i]) ? binIndex(edges, col.values[i]) : edges.length + 1;
  }
  const counts = new Float64Array(bins * classes);
  const total = new Float64Array(classes);
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const c = y[i];
    if (!(c >= 0 && c < classes)) continue;
    counts[binOf(i) * classes + c]++;
    total[c]++;
    n++;
  }
  if (n === 0) return null;
  const majority = Math.max(...total) / n;
  if (majority >= 1) return null;
  let hits = 0;
  for (let b = 0; b < bins; b++) {
    let best = 0;
    for (let c = 0; c < classes; c++) best = Math.max(best, counts[b * classes + c]);
    hits += best;
  }
  return (hits / n - majority) / (1 - majority);
}
function modelLambda(v, rows) {
  if (!v.yPred) return null;
  const total = new Float64Array(v.classes.length);
  let n = 0;
  let hits = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const c = v.yTrue[i];
    if (!(c >= 0 && c < v.classes.length) || Number.isNaN(v.yPred[i])) continue;
    total[c]++;
    n++;
    if (v.yPred[i] === c) hits++;
  }
  if (n === 0) return null;
  const majority = Math.max(...total) / n;
  return majority >= 1 ? null : (hits / n - majority) / (1 - majority);
}
function predictiveness(v, col, rows) {
  if (v.task === "multiclass") {
    const l = lookupLambda(col, v.yTrue, v.classes.length, rows);
    return l === null ? null : { value: l, measure: "lambda" };
  }
  if (v.task === "binary") {
    const a = col.kind === "number" ? numericAuc(col.values, v.yTrue, rows) : categoricalAuc(col, v.yTrue, rows);
    return a === null ? null : { value: a, measure: "auc" };
  }
  if (v.task === "regression") {
    const c = col.kind === "number" ? absCorr(col.values, v.yTrue, rows) : null;
    return c === null ? null : { value: c, measure: "abs_corr" };
  }
  return null;
}
function modelPredictiveness(v, rows) {
  if (v.task === "binary") return v.score ? numericAuc(v.score, v.yTrue, rows) : null;
  if (v.task === "regression") return v.yPred ? absCorr(v.yPred, v.yTrue, rows) : null;
  return modelLambda(v, rows);
}
function featureLeakParts(base, cur, seed, exchange) {
  let shared2 = null;
  const context = () => {
    if (shared2) return shared2;
    const theirs = exchange?.take() ?? null;
    if (theirs) return shared2 = theirs;
    shared2 = leakContext(base, cur, seed);
    exchange?.give(shared2);
    return shared2;
  };
  return {
    count: cur.features.length,
    run: (i) => {
      const f = featureLeak(base, cur, cur.features[i], context());
      return f ? [f] : [];
    }
  };
}
function leakContext(base, cur, seed) {
  const rowsCur = sampleRows(cur.n, seed);
  const rowsBase = base ? base.n === cur.n ? rowsCur : sampleRows(base.n, seed) : null;
  const model = base && rowsBase ? modelPredictiveness(base, rowsBase) : null;
  const modelNow = modelPredictiveness(cur, rowsCur);
  const gain = model !== null && modelNow !== null && model < 1 ? (modelNow - model) / (1 - model) : null;
  return { rowsCur, rowsBase, model, modelNow, gain };
}
function featureLeak(base, cur, col, ctx) {
  const { rowsCur, rowsBase, model, modelNow, gain } = ctx;
  const pc = predictiveness(cur, col, rowsCur);
  if (!pc) return null;
  const isNew = base !== null && !base.table.columns.some((c) => c.name === col.name);
  if (pc.value < LEAK_AUC) {
    const floor = pc.measure === "auc" ? NEW_FEATURE_MIN_AUC : pc.measure === "lambda" ? NEW_FEATURE_MIN_LAMBDA : NEW_FEATURE_MIN_CORR;
    const outpredicts = model !== null && pc.value >= model;
    const jumped = gain !== null && gain >= LEAK_GAIN_SHARE;
    if (isNew && model !== null && pc.value >= floor && (outpredicts || jumped)) {
      return {
        kind: "feature_label",
        source: cur.path,
        reference: null,
        feature: col.name,
        base: null,
        cur: pc.value,
        n: rowsCur.length,
        pValue: 0,
        significant: true,
        strength: STRENGTH_NEW_FEATURE_SUSPECT,
        message: outpredicts ? `${col.name} is new and alone predicts ${cur.labelColumn} as well as the whole baseline model did (${MEASURE_LABEL[pc.measure]} ${pc.value.toFixed(4)} vs the baseline model's ${model.toFixed(4)}): check that it is known before the outcome` : `${col.name} is new, alone predicts ${cur.labelColumn} with ${MEASURE_LABEL[pc.measure]} ${pc.value.toFixed(4)}, and the model's ${MEASURE_LABEL[pc.measure]} jumped ${model.toFixed(4)} \u2192 ${modelNow.toFixed(4)} (${(100 * gain).toFixed(0)} % of its remaining error gone): check that it is known before the outcome`,
        details: { measure: pc.measure, value_cur: pc.value, value_base: null, new_feature: true, baseline_model: model, current_model: modelNow, error_closed: gain }
      };
    }
    return null;
  }
  const colBase = base?.features.find((c) => c.name === col.name && c.kind === col.kind);
  const pb = base && colBase && rowsBase ? predictiveness(base, colBase, rowsBase) : null;
  if (pb && pb.value >= 0.95) return null;
  const noBaseline = base === null;
  return {
    kind: "feature_label",
    source: cur.path,
    reference: null,
    feature: col.name,
    base: pb?.value ?? null,
    cur: pc.value,
    n: rowsCur.length,
    pValue: 0,
    significant: true,
    strength: STRENGTH_FEATURE_LEAK * (noBaseline ? 0.7 : 1),
    message: `${col.name} alone predicts ${cur.labelColumn} (${MEASURE_LABEL[pc.measure]} ${pc.value.toFixed(4)}${pb ? `, baseline ${pb.value.toFixed(4)}` : colBase ? "" : ", new feature"})`,
    details: { measure: pc.measure, value_cur: pc.value, value_base: pb?.value ?? null, new_feature: !colBase && !noBaseline }
  };
}

// src/analysis/data/preprocessing.ts
var KNOWN_FACTORS = [
  [12, "monthly vs yearly"],
  [100, "fraction vs percent"],
  [1e3, "thousands / milli- units"],
  [1e6, "millions / micro- units"],
  [10, "a factor of ten"],
  [60, "seconds / minutes / hours"],
  [3600, "seconds vs hours"],
  [24, "hours vs days"],
  [7, "days vs weeks"],
  [30, "days vs months"],
  [52, "weeks vs years"],
  [365, "days vs years"],
  [1.609344, "miles vs kilometres"],
  [2.54, "inches vs centimetres"],
  [3.28084, "metres vs feet"],
  [2.20462, "kilograms vs pounds"],
  [3.78541, "US gallons vs litres"],
  [1024, "binary kilo"]
];
var FACTOR_TOLERANCE = 0.02;
var UNKNOWN_FACTOR_MIN = 3;
var AFFINE_LEVELS = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
var MIN_VALUES = 20;
var SWAP_MATCH = 0.95;
var RECODE_CONSISTENCY = 0.95;
var CODE_MAX_DISTINCT = 50;
var TEXT_SAME_NUMBER = 0.95;
function knownFactor(ratio) {
  if (!(ratio > 0)) return null;
  for (const [f, name] of KNOWN_FACTORS) {
    for (const cand of [f, 1 / f]) {
      if (Math.abs(ratio / cand - 1) <= FACTOR_TOLERANCE) return { factor: cand, name };
    }
  }
  return null;
}
function describeRatio(r) {
  const k = knownFactor(r);
  const shown = k ? k.factor : r;
  const txt = shown >= 1 ? `\xD7${fmt(shown)}` : `\xF7${fmt(1 / shown)}`;
  return k ? `${txt} (${k.name})` : txt;
}
function fmt(v) {
  return String(Number(v.toPrecision(4)));
}
function median(v) {
  const s = v.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function ratioTest(pb, pc) {
  const nzB = pb.finite - pb.zeros;
  const nzC = pc.finite - pc.zeros;
  if (nzB < MIN_VALUES || nzC < MIN_VALUES) return null;
  if (Math.abs(pb.zeros / pb.finite - pc.zeros / pc.finite) > 0.05) return null;
  const ratios = [];
  for (let j = 0; j < 9; j++) {
    const qb = pb.nonzeroDeciles[j];
    const qc = pc.nonzeroDeciles[j];
    if (qb === 0 || qb * qc <= 0) return null;
    ratios.push(qc / qb);
  }
  const r = median(ratios);
  const devs = ratios.map((x) => Math.abs(x / r - 1));
  if (median(devs) > 0.03 || Math.max(...devs) > 0.15) return null;
  return { ratio: r, fit: devs.filter((d) => d <= 0.03).length / devs.length };
}
function affineFit(pb, pc) {
  const xs = AFFINE_LEVELS.map((q) => quantileAt(pb, q));
  const ys = AFFINE_LEVELS.map((q) => quantileAt(pc, q));
  return lineFit(xs, ys);
}
function lineFit(xs, ys) {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return { a: NaN, b: NaN, r2: 0 };
  const a = sxy / sxx;
  return { a, b: my - a * mx, r2: sxy * sxy / (sxx * syy) };
}
function isStandardized(p) {
  return Math.abs(p.mean) <= 0.1 && Math.abs(p.std - 1) <= 0.1;
}
function isUnitRange(p) {
  return p.finite > 0 && p.min >= 0 && p.max <= 1 && p.max - p.min >= 0.5;
}
function quantileVerdict(pb, pc) {
  if (pb.finite < MIN_VALUES || pc.finite < MIN_VALUES) return null;
  const rt = ratioTest(pb, pc);
  if (rt && Math.abs(Math.log(rt.ratio)) >= Math.log(1.05)) {
    const known2 = knownFactor(rt.ratio);
    if (known2) {
      return { kind: "scale", ratio: rt.ratio, offset: 0, known: known2, fit: rt.fit, strength: SKEW_KNOWN_FACTOR, what: `every quantile ${describeRatio(rt.ratio)}` };
    }
    if (Math.abs(Math.log(rt.ratio)) >= Math.log(UNKNOWN_FACTOR_MIN)) {
      return { kind: "scale", ratio: rt.ratio, offset: 0, known: null, fit: rt.fit, strength: SKEW_UNKNOWN_FACTOR, what: `every quantile ${describeRatio(rt.ratio)}` };
    }
  }
  const stdB = isStandardized(pb);
  const stdC = isStandardized(pc);
  const unitB = isUnitRange(pb);
  const unitC = isUnitRange(pc);
  const far = (p) => Math.abs(p.mean) > 0.5 || Math.abs(p.std - 1) > 0.5;
  const oneSided3 = stdB !== stdC && (stdB ? far(pc) : far(pb)) || unitB !== unitC && (unitB ? !isUnitLike(pc) : !isUnitLike(pb));
  if (!oneSided3) return null;
  const fit = affineFit(pb, pc);
  if (!(fit.r2 >= 0.99) || !(fit.a > 0)) return null;
  const standardized = stdB !== stdC;
  const side = (standardized ? stdC : unitC) ? "current" : "baseline";
  return {
    kind: standardized ? "standardized" : "affine",
    ratio: fit.a,
    offset: fit.b,
    known: null,
    fit: fit.r2,
    strength: SKEW_STANDARDIZED,
    what: standardized ? `standardized (mean 0, sd 1) on the ${side} side only` : `min-max scaled to [0, 1] on the ${side} side only`
  };
}
function isUnitLike(p) {
  return p.finite > 0 && p.min >= -0.01 && p.max <= 1.01;
}
function roundSignificant(v, digits2) {
  if (v === 0 || !Number.isFinite(v)) return v;
  const scale = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - digits2 + 1);
  return Math.round(v / scale) * scale;
}
function rowVerdict(cb, cc, pairs) {
  const step = sampleStep(pairs.base.length);
  const xs = new Float64Array(Math.ceil(pairs.base.length / step));
  const ys = new Float64Array(xs.length);
  let m = 0;
  for (let i = 0; i < pairs.base.length; i += step) {
    const x = cb.values[pairs.base[i]];
    const y = cc.values[pairs.cur[i]];
    if (x - x === 0 && y - y === 0) {
      xs[m] = x;
      ys[m] = y;
      m++;
    }
  }
  if (m < MIN_VALUES) return null;
  let unchanged = 0;
  let zeros = 0;
  const ratioCounts = /* @__PURE__ */ new Map();
  for (let i = 0; i < m; i++) {
    const x = xs[i];
    const y = ys[i];
    if (x === y) {
      unchanged++;
      if (x === 0) zeros++;
      continue;
    }
    if (x === 0) continue;
    const r = roundSignificant(y / x, 4);
    ratioCounts.set(r, (ratioCounts.get(r) ?? 0) + 1);
  }
  if (unchanged / m >= 0.95) return null;
  let modeRatio = NaN;
  let modeCount = 0;
  for (const [r, c] of ratioCounts) {
    if (c > modeCount || c === modeCount && r < modeRatio) {
      modeRatio = r;
      modeCount = c;
    }
  }
  if (modeCount > 0 && modeRatio !== 1) {
    const fit2 = (modeCount + zeros) / m;
    if (fit2 >= 0.9) {
      return { kind: "scale", ratio: modeRatio, offset: 0, fit: fit2, matched: m, strength: SKEW_ROWS, what: `${(100 * fit2).toFixed(1)}% of ${m} id-matched rows are exactly ${describeRatio(modeRatio)}` };
    }
    const part = modeCount / m;
    if (part >= 0.05 && (modeCount + unchanged) / m >= 0.9) {
      return {
        kind: "partial_scale",
        ratio: modeRatio,
        offset: 0,
        fit: part,
        matched: m,
        strength: Math.min(SKEW_ROWS, 0.5 + 0.4 * part),
        what: `${(100 * part).toFixed(1)}% of ${m} id-matched rows are ${describeRatio(modeRatio)}, the rest unchanged`
      };
    }
  }
  const line = lineFit(xs.subarray(0, m), ys.subarray(0, m));
  if (!Number.isFinite(line.a)) return null;
  let sd = 0;
  let my = 0;
  for (let i = 0; i < m; i++) my += ys[i];
  my /= m;
  for (let i = 0; i < m; i++) sd += (ys[i] - my) ** 2;
  sd = Math.sqrt(sd / Math.max(1, m - 1));
  const tol = 1e-3 * (sd || 1);
  let within = 0;
  for (let i = 0; i < m; i++) if (Math.abs(ys[i] - (line.a * xs[i] + line.b)) <= tol) within++;
  const fit = within / m;
  if (fit < 0.9 || Math.abs(line.a - 1) <= 1e-3 && Math.abs(line.b) <= tol) return null;
  const standardized = Math.abs(my) <= 0.1 && Math.abs(sd - 1) <= 0.1;
  return {
    kind: standardized ? "standardized" : "affine",
    ratio: line.a,
    offset: line.b,
    fit,
    matched: m,
    strength: SKEW_ROWS,
    what: `${(100 * fit).toFixed(1)}% of ${m} id-matched rows follow current = ${fmt(line.a)} \xD7 baseline ${line.b >= 0 ? "+" : "\u2212"} ${fmt(Math.abs(line.b))}${standardized ? " (standardized now)" : ""}`
  };
}
function recodingByRows(cb, cc, pairs) {
  const table = /* @__PURE__ */ new Map();
  let m = 0;
  let same = 0;
  const step = sampleStep(pairs.base.length);
  for (let i = 0; i < pairs.base.length; i += step) {
    const a = cellText(cb, pairs.base[i]);
    const b = cellText(cc, pairs.cur[i]);
    if (a === "" || b === "") continue;
    m++;
    if (a === b) same++;
    let row = table.get(a);
    if (!row) table.set(a, row = /* @__PURE__ */ new Map());
    row.set(b, (row.get(b) ?? 0) + 1);
  }
  if (m < MIN_VALUES) return null;
  let consistent = 0;
  const mapping = [];
  for (const [a, row] of table) {
    let best = "";
    let bestN = 0;
    for (const [b, n] of row) {
      if (n > bestN || n === bestN && b < best) {
        best = b;
        bestN = n;
      }
    }
    consistent += bestN;
    mapping.push([a, best, bestN]);
  }
  mapping.sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1));
  return { consistency: consistent / m, same: same / m, matched: m, mapping: mapping.slice(0, 5).map(([a, b]) => [a, b]) };
}
function numbersInText(text) {
  const m = /[-+]?(?:\d[\d,.\s]*\d|\d)(?:[eE][-+]?\d+)?/.exec(text.replace(/\u00a0/g, " "));
  if (!m) return [];
  const tok = m[0].replace(/\s/g, "");
  const out = [];
  for (const cand of [tok.replace(/,/g, ""), tok.replace(/\./g, "").replace(",", ".")]) {
    const v = Number(cand);
    if (Number.isFinite(v) && !out.includes(v)) out.push(v);
  }
  return out;
}
function writtenAsText(cb, cc, pairs) {
  let differ = 0;
  let same = 0;
  const step = sampleStep(pairs.base.length);
  for (let i = 0; i < pairs.base.length; i += step) {
    const x = cb.values[pairs.base[i]];
    const t = cellText(cc, pairs.cur[i]);
    if (t === "" || t === cellText(cb, pairs.base[i]) || x - x !== 0) continue;
    differ++;
    const tol = 1e-9 * Math.max(1, Math.abs(x));
    if (numbersInText(t).some((v) => Math.abs(v - x) <= tol)) same++;
  }
  return differ > 0 && same / differ >= TEXT_SAME_NUMBER;
}
function overlap(cb, cc) {
  const a = alignCategories(cb, cc);
  let inBase = 0;
  let total = 0;
  for (let i = 0; i < a.names.length; i++) {
    total += a.curCounts[i];
    if (a.baseCounts[i] > 0) inBase += a.curCounts[i];
  }
  const rank = (counts) => Array.from(counts.keys()).filter((i) => counts[i] > 0).sort((x, y) => counts[y] - counts[x] || x - y);
  const rb = rank(a.baseCounts);
  const rc = rank(a.curCounts);
  const mapping = [];
  for (let i = 0; i < Math.min(5, rb.length, rc.length); i++) mapping.push([a.names[rb[i]], a.names[rc[i]]]);
  let sameProfile = false;
  if (rb.length === rc.length && rb.length >= 2) {
    const sb = rb.map((i) => a.baseCounts[i]);
    const sc = rc.map((i) => a.curCounts[i]);
    sameProfile = jensenShannon(sb, sc, 2) <= 0.1;
  }
  return { rate: total > 0 ? inBase / total : 1, mapping, sameProfile };
}
function finding(feature, comparison, source, fields, what) {
  const where = comparison === "eval" ? "current eval vs baseline eval" : comparison === "train_vs_eval" ? "eval vs training sample" : "current vs baseline training sample";
  return { feature, comparison, source, ...fields, message: `${feature}: ${what} (${where})` };
}
function fromQuantiles(feature, comparison, source, v) {
  return finding(
    feature,
    comparison,
    source,
    {
      kind: v.kind,
      ratio: v.ratio,
      offset: v.offset,
      knownFactor: v.known?.factor ?? null,
      evidence: "quantiles",
      matchedRows: null,
      fit: v.fit,
      overlapRate: null,
      mapping: [],
      strength: v.strength
    },
    v.what
  );
}
function judgeDistributions(cb, cc, feature, comparison, source) {
  if (cb.kind === "number" && cc.kind === "number") {
    const v = quantileVerdict(profile(cb), profile(cc));
    return v ? fromQuantiles(feature, comparison, source, v) : null;
  }
  if (cb.kind === "string" && cc.kind === "string") {
    const pb = profile(cb);
    const pc = profile(cc);
    const nb = pb.n - pb.missing;
    const nc = pc.n - pc.missing;
    if (nb < MIN_VALUES || nc < MIN_VALUES || pb.distinct < 2 || pc.distinct < 2 || pb.distinct > nb / 2 || pc.distinct > nc / 2) return null;
    const o = overlap(cb, cc);
    if (o.rate >= 0.5) return null;
    return finding(
      feature,
      comparison,
      source,
      {
        kind: "disjoint_categories",
        ratio: null,
        offset: null,
        knownFactor: null,
        evidence: "values",
        matchedRows: null,
        fit: o.sameProfile ? 1 : 0,
        overlapRate: o.rate,
        mapping: o.mapping,
        strength: SKEW_DISJOINT
      },
      `only ${(100 * o.rate).toFixed(1)}% of current values occur in the baseline${o.sameProfile ? "; the shares match value for value, so the values were renamed" : ""}`
    );
  }
  return null;
}
function swappedColumns(base, cur, pairs) {
  if (!pairs || pairs.cur.length < MIN_VALUES || pairs.cur.length < 0.5 * cur.n) return [];
  const nums = cur.features.filter((c) => c.kind === "number");
  const baseOf = (name) => base.features.find((c) => c.name === name && c.kind === "number");
  const step = sampleStep(pairs.cur.length);
  const same = (x, y) => x === y || x - x !== 0 && y - y !== 0;
  const agree = (c, b) => {
    let hit = 0;
    let seen = 0;
    for (let i = 0; i < pairs.cur.length; i += step) {
      seen++;
      if (same(c.values[pairs.cur[i]], b.values[pairs.base[i]])) hit++;
    }
    return seen === 0 ? 0 : hit / seen;
  };
  const out = [];
  const used = /* @__PURE__ */ new Set();
  for (let i = 0; i < nums.length; i++) {
    const a = nums[i];
    const ba = baseOf(a.name);
    const own = ba ? agree(a, ba) : 1;
    if (!ba || used.has(a.name) || own >= SWAP_MATCH) continue;
    for (let j = i + 1; j < nums.length; j++) {
      const b = nums[j];
      const bb = baseOf(b.name);
      if (!bb || used.has(b.name)) continue;
      const fit = Math.min(agree(a, bb), agree(b, ba));
      if (fit < SWAP_MATCH || fit <= own || fit <= agree(b, bb)) continue;
      used.add(a.name);
      used.add(b.name);
      out.push(
        finding(a.name, "eval", cur.path, {
          kind: "swapped",
          ratio: null,
          offset: null,
          knownFactor: null,
          evidence: "rows",
          matchedRows: pairs.cur.length,
          fit,
          overlapRate: null,
          mapping: [],
          partner: b.name,
          strength: SKEW_ROWS
        }, `${a.name} now holds the baseline's ${b.name} and ${b.name} the baseline's ${a.name} on ${(100 * fit).toFixed(1)}% of ${pairs.cur.length} id-matched rows: the two columns were swapped`)
      );
      break;
    }
  }
  return out;
}
function skewEval(base, cur, pairs, skip = /* @__PURE__ */ new Set()) {
  const out = [];
  const rowsDecide = pairs !== null && pairs.cur.length >= MIN_VALUES && pairs.cur.length >= 0.5 * cur.n;
  for (const cc of cur.features) {
    const cb = base.features.find((c) => c.name === cc.name);
    if (!cb || skip.has(cc.name)) continue;
    if (rowsDecide && pairs) {
      if (pairs.base === pairs.cur && sameCells(cb, cc)) continue;
      if (cb.kind === "number" && cc.kind === "number") {
        const v = rowVerdict(cb, cc, pairs);
        if (v) {
          const known2 = knownFactor(v.ratio);
          out.push(
            finding(cc.name, "eval", cur.path, {
              kind: v.kind,
              ratio: v.ratio,
              offset: v.offset,
              knownFactor: v.kind === "scale" || v.kind === "partial_scale" ? known2?.factor ?? null : null,
              evidence: "rows",
              matchedRows: v.matched,
              fit: v.fit,
              overlapRate: null,
              mapping: [],
              strength: v.strength
            }, v.what)
          );
          continue;
        }
        if (profile(cb).distinct > CODE_MAX_DISTINCT) continue;
      }
      const rec = recodingByRows(cb, cc, pairs);
      if (rec && rec.consistency >= RECODE_CONSISTENCY && rec.same < 0.5 && !(cb.kind === "number" && cc.kind === "string" && writtenAsText(cb, cc, pairs))) {
        const kind = cb.kind !== cc.kind ? "type_encoding" : "recoded";
        out.push(
          finding(cc.name, "eval", cur.path, {
            kind,
            ratio: null,
            offset: null,
            knownFactor: null,
            evidence: "rows",
            matchedRows: rec.matched,
            fit: rec.consistency,
            overlapRate: rec.same,
            mapping: rec.mapping,
            strength: SKEW_RECODED
          }, `values recoded one-to-one on ${(100 * rec.consistency).toFixed(1)}% of ${rec.matched} id-matched rows (${rec.mapping.map(([a, b]) => `${a}\u2192${b}`).join(", ")})`)
        );
      }
      continue;
    }
    const f = judgeDistributions(cb, cc, cc.name, "eval", cur.path);
    if (f) out.push(f);
  }
  return out;
}
function skewTrainVsEval(refCur, cur, refBase, base) {
  const out = [];
  for (const cc of cur.features) {
    const rc = refCur.columns.find((c) => c.name === cc.name);
    if (!rc) continue;
    const f = judgeDistributions(rc, cc, cc.name, "train_vs_eval", `${refCur.path} vs ${cur.path}`);
    if (!f) continue;
    if (refBase && base) {
      const rb = refBase.columns.find((c) => c.name === cc.name);
      const cb = base.features.find((c) => c.name === cc.name);
      const old = rb && cb ? judgeDistributions(rb, cb, cc.name, "train_vs_eval", refBase.path) : null;
      if (old && old.kind === f.kind && (f.ratio === null || old.ratio === null || Math.abs(f.ratio / old.ratio - 1) <= FACTOR_TOLERANCE)) continue;
    }
    out.push(f);
  }
  return out;
}
function skewReference(refBase, refCur, exclude) {
  const out = [];
  for (const cc of refCur.columns) {
    if (exclude.has(cc.name.toLowerCase())) continue;
    const cb = refBase.columns.find((c) => c.name === cc.name);
    if (!cb) continue;
    const f = judgeDistributions(cb, cc, cc.name, "reference", refCur.path);
    if (f) out.push(f);
  }
  return out;
}

// src/analysis/data/shift.ts
function classCounts(baseCodes, baseClasses, curCodes, curClasses) {
  const names = [...baseClasses];
  for (const c of curClasses) if (!names.includes(c)) names.push(c);
  const idx = new Map(names.map((n, i) => [n, i]));
  const count = (codes, classes) => {
    const out = new Float64Array(names.length);
    const map = classes.map((c) => idx.get(c));
    for (let i = 0; i < codes.length; i++) {
      const k = codes[i];
      if (k >= 0 && k < map.length) out[map[k]]++;
    }
    return out;
  };
  return { names, bc: count(baseCodes, baseClasses), cc: count(curCodes, curClasses) };
}
function shares(names, bc, cc) {
  let nb = 0;
  let nc = 0;
  for (let i = 0; i < names.length; i++) {
    nb += bc[i];
    nc += cc[i];
  }
  return names.map((value, i) => ({ value, base: nb ? bc[i] / nb : 0, cur: nc ? cc[i] / nc : 0 }));
}
function changedRows(pairs, base, baseClasses, cur, curClasses) {
  if (!pairs) return null;
  let changed = 0;
  let matched = 0;
  const classed = baseClasses.length > 0;
  for (let i = 0; i < pairs.base.length; i++) {
    const a = base[pairs.base[i]];
    const b = cur[pairs.cur[i]];
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    matched++;
    if (classed ? baseClasses[a] !== curClasses[b] : a !== b) changed++;
  }
  return { changed, matched };
}
function decide2(comparison, source, pending, factor = 1, cap = 1) {
  const q = benjaminiHochberg(pending.map((p) => p.cmp.pValue));
  return pending.map((p, i) => {
    const significant = q[i] <= FDR;
    return {
      what: p.what,
      comparison,
      source,
      column: p.column,
      kind: p.cmp.kind,
      nBase: p.cmp.nBase,
      nCur: p.cmp.nCur,
      psi: p.cmp.psi,
      psiExcess: p.cmp.psiExcess,
      pValue: p.cmp.pValue,
      numeric: p.cmp.numeric,
      categorical: p.cmp.categorical,
      shares: p.shares,
      changedRows: p.changed?.changed ?? null,
      matchedRows: p.changed?.matched ?? null,
      significant,
      strength: Math.min(cap, psiStrength(p.cmp.psiExcess, significant) * factor),
      flagged: isReported(p.cmp.psiExcess, significant)
    };
  });
}
function sortedOfView(v, values, slot) {
  const col = v.table.columns.find((c) => c.kind === "number" && c.values === values);
  return col?.kind === "number" ? sortedFinite(col, slot) : sortedFiniteOf(values, slot);
}
function labelShift(base, cur, pairs) {
  if (base.task === "regression" && cur.task === "regression") {
    const b = sortedOfView(base, base.yTrue, 0);
    const c = sortedOfView(cur, cur.yTrue, 1);
    if (b.length === 0 || c.length === 0) return [];
    const cmp3 = compareNumeric(b, c);
    return decide2("eval", cur.path, [
      { what: "label", column: cur.labelColumn, cmp: cmp3, shares: [], changed: changedRows(pairs, base.yTrue, [], cur.yTrue, []) }
    ]);
  }
  if (base.task === "regression" || cur.task === "regression") return [];
  const { names, bc, cc } = classCounts(base.yTrue, base.classes, cur.yTrue, cur.classes);
  const cmp2 = compareCategorical(names, bc, cc);
  if (cmp2.nBase === 0 || cmp2.nCur === 0) return [];
  return decide2("eval", cur.path, [
    {
      what: "label",
      column: cur.labelColumn,
      cmp: cmp2,
      shares: shares(names, bc, cc),
      changed: changedRows(pairs, base.yTrue, base.classes, cur.yTrue, cur.classes)
    }
  ]);
}
function labelShiftReference(refBase, refCur, labelColumn) {
  const lower = labelColumn.toLowerCase();
  const cb = refBase.columns.find((c) => c.name.toLowerCase() === lower);
  const cc = refCur.columns.find((c) => c.name.toLowerCase() === lower);
  if (!cb || !cc || cb.kind !== cc.kind) return [];
  let cmp2;
  let moves = [];
  if (cb.kind === "number" && cc.kind === "number" && profile(cb).distinct <= 50 && profile(cc).distinct <= 50) {
    const { names, bc, cc: ccounts } = distinctCounts(sortedFinite(cb, 0), sortedFinite(cc, 1));
    cmp2 = compareCategorical(names, bc, ccounts);
    moves = shares(names, bc, ccounts);
  } else {
    cmp2 = compareColumns(cb, cc);
    if (cmp2?.categorical) moves = cmp2.categorical.topMoves;
  }
  if (!cmp2 || cmp2.nBase === 0 || cmp2.nCur === 0) return [];
  return decide2("reference", refCur.path, [{ what: "label", column: cc.name, cmp: cmp2, shares: moves, changed: null }], REFERENCE_FACTOR2);
}
function distinctCounts(b, c) {
  const values = [];
  const cb = [];
  const ccounts = [];
  let i = 0;
  let j = 0;
  while (i < b.length || j < c.length) {
    const v = j >= c.length || i < b.length && b[i] <= c[j] ? b[i] : c[j];
    let nb = 0;
    let nc = 0;
    while (i < b.length && b[i] === v) {
      i++;
      nb++;
    }
    while (j < c.length && c[j] === v) {
      j++;
      nc++;
    }
    values.push(v);
    cb.push(nb);
    ccounts.push(nc);
  }
  return { names: values.map((v) => String(v)), bc: Float64Array.from(cb), cc: Float64Array.from(ccounts) };
}
var REFERENCE_FACTOR2 = 0.8;
var PREDICTION_FACTOR = 0.7;
var PREDICTION_CAP = 0.65;
function predictionShift(base, cur, pairs) {
  const pending = [];
  const predName = cur.predColumn ?? cur.scoreColumn ?? "prediction";
  if (base.task === "regression" && cur.task === "regression") {
    if (base.yPred && cur.yPred) {
      const b = sortedOfView(base, base.yPred, 0);
      const c = sortedOfView(cur, cur.yPred, 1);
      if (b.length && c.length) pending.push({ what: "prediction", column: predName, cmp: compareNumeric(b, c), shares: [], changed: null });
    }
    return decide2("eval", cur.path, pending, PREDICTION_FACTOR, PREDICTION_CAP);
  }
  if (base.task === "regression" || cur.task === "regression") return [];
  if (base.yPred && cur.yPred) {
    const { names, bc, cc } = classCounts(base.yPred, base.classes, cur.yPred, cur.classes);
    const cmp2 = compareCategorical(names, bc, cc);
    if (cmp2.nBase > 0 && cmp2.nCur > 0) {
      pending.push({
        what: "predicted_class",
        column: predName,
        cmp: cmp2,
        shares: shares(names, bc, cc),
        changed: changedRows(pairs, base.yPred, base.classes, cur.yPred, cur.classes)
      });
    }
  }
  if (base.score && cur.score) {
    const b = sortedOfView(base, base.score, 0);
    const c = sortedOfView(cur, cur.score, 1);
    if (b.length && c.length) pending.push({ what: "score", column: cur.scoreColumn ?? "score", cmp: compareNumeric(b, c), shares: [], changed: null });
  } else if (base.probs && cur.probs) {
    const b = sortedFiniteOf(topProb(base.probs, base.n), 0);
    const c = sortedFiniteOf(topProb(cur.probs, cur.n), 1);
    if (b.length && c.length) pending.push({ what: "confidence", column: "max(prob_*)", cmp: compareNumeric(b, c), shares: [], changed: null });
  }
  return decide2("eval", cur.path, pending, PREDICTION_FACTOR, PREDICTION_CAP);
}
function topProb(probs, n) {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (const p of probs) if (p[i] > m) m = p[i];
    out[i] = m === -Infinity ? NaN : m;
  }
  return out;
}

// src/analysis/data/analyze.ts
var SYMPTOM_FACTOR = 0.6;
var ID_NAMES2 = ["id", "row_id", "example_id", "uid"];
function featureSegments(base, cur, segments) {
  const have = new Set(segments.map((s) => s.column));
  const slots = [];
  for (const col of cur.features) {
    if (have.has(col.name)) continue;
    slots.push(isRangeFeature(col.name, base.table, cur.table) ? col.name : featureSegmentSpec(col.name, base.table, cur.table));
  }
  return {
    now: slots.filter((s) => s !== null && typeof s !== "string"),
    later: () => {
      const out = [];
      for (const s of slots) {
        const spec = typeof s === "string" ? featureSegmentSpec(s, base.table, cur.table) : s;
        if (spec) out.push(spec);
      }
      return out;
    }
  };
}
function leadSegmentDrifts(drift) {
  const groups = /* @__PURE__ */ new Map();
  for (const d of drift) {
    if (d.comparison !== "eval" || !d.flagged || d.explainedBy !== null || d.segment?.shiftIn == null) continue;
    const key = `${d.segment.column}\0${d.segment.value}`;
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  }
  const replaced = /* @__PURE__ */ new Map();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const leader = g.reduce((a, b) => b.segment.shiftIn > a.segment.shiftIn ? b : a);
    const top = Math.max(...g.map((d) => d.strength));
    replaced.set(leader, { ...leader, strength: top });
    for (const d of g) if (d !== leader) replaced.set(d, { ...d, explainedBy: `feature_drift:${leader.feature}`, strength: Math.min(d.strength, top) * SYMPTOM_FACTOR });
  }
  return drift.map((d) => replaced.get(d) ?? d);
}
var byStrength = (key) => (a, b) => b.strength - a.strength || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
function leakageChecks(input, seed) {
  const parts = leakageParts(input, seed);
  return sortedLeakage(Array.from({ length: parts.count }, (_, i) => parts.run(i)));
}
function leakageParts(input, seed, exchange) {
  const { base, cur, refBase, refCur } = input;
  const features = featureLeakParts(base, cur, seed, exchange);
  return { count: 1 + features.count, run: (i) => i === 0 ? trainOverlap(base, cur, refBase, refCur) : features.run(i - 1) };
}
function sortedLeakage(parts) {
  const leakage = parts.flat();
  leakage.sort(byStrength((l) => `${l.kind}:${l.reference ?? ""}:${l.feature ?? ""}`));
  return leakage;
}
function analyzeData(input, opts, leakage = () => leakageChecks(input, opts.seed)) {
  const { base, cur, refBase, refCur } = input;
  const notes = [];
  const minSupport = Math.max(1, opts.minSupport);
  let pairs = null;
  if (base?.ids && cur.ids) {
    const m = matchIds(base.ids, cur.ids);
    if (m.cur.length > 0) pairs = m;
  }
  if (!base) notes.push("no baseline eval table: eval-vs-eval drift, shifts, label changes and most quality checks skipped");
  else if (!pairs) notes.push("rows could not be matched by id: preprocessing skew judged on distributions only");
  const segments = [];
  if (base) {
    for (const col of cur.segmentColumns) {
      const spec = segmentSpec(col, base.table, cur.table);
      if (spec) segments.push(spec);
    }
  }
  const exclude = /* @__PURE__ */ new Set([...ID_NAMES2, cur.labelColumn.toLowerCase(), ...cur.idColumn ? [cur.idColumn.toLowerCase()] : []]);
  const refPairs = refCur.map((rc) => ({ rc, rb: pairReference(rc, refBase) }));
  let drift = [];
  const features = base ? featureSegments(base, cur, segments) : null;
  const driftSegments = [...segments, ...(features ? features.now : []).filter((s) => !s.values[0].startsWith("["))];
  if (base) drift.push(...driftEval(cur.path, base.features, cur.features, driftSegments, minSupport));
  const featureSpecs = features ? features.later() : [];
  const labelShifts = base ? labelShift(base, cur, pairs) : [];
  const predictionShifts = base ? predictionShift(base, cur, pairs) : [];
  if (base) profileColumns(base.table.columns);
  profileColumns(cur.table.columns, base?.table.columns);
  for (const { rc, rb } of refPairs) {
    drift.push(...driftTrainVsEval(rc, cur.features, rb, base?.features ?? null, cur.path));
    if (rb) drift.push(...driftReference(rb, rc, exclude));
  }
  for (const { rc, rb } of refPairs) if (rb) labelShifts.push(...labelShiftReference(rb, rc, cur.labelColumn));
  let quality = base ? qualityEval(base, cur, pairs, minSupport) : qualityCurrentOnly(cur);
  if (!base) for (const { rc } of refPairs) quality.push(...qualityTrainVsEval(rc, cur));
  for (const { rc, rb } of refPairs) if (rb) quality.push(...qualityReference(rb, rc));
  const swaps = base ? swappedColumns(base, cur, pairs) : [];
  const swapped = new Set(swaps.flatMap((s) => [s.feature, s.partner ?? ""]));
  const preprocessing = base ? [...swaps, ...skewEval(base, cur, pairs, swapped)] : [];
  for (const { rc, rb } of refPairs) {
    preprocessing.push(...skewTrainVsEval(rc, cur, rb, base));
    if (rb) preprocessing.push(...skewReference(rb, rc, exclude));
  }
  if (refCur.length === 0) notes.push("no reference (training) sample: train/serve checks and train/eval overlap skipped");
  const modelShifted = predictionShifts.some((p) => p.flagged);
  const noiseSegments2 = [...segments, ...featureSpecs];
  const noise = labelNoise(base, cur, pairs, noiseSegments2, minSupport, modelShifted);
  if (!noise) notes.push("label noise: no probabilities, no id-matched rows and no baseline to compare conflicts with");
  const leaks = leakage() ?? [];
  const skewed = /* @__PURE__ */ new Map();
  for (const p of preprocessing) {
    if (!skewed.has(p.feature)) skewed.set(p.feature, p);
    if (p.partner !== void 0 && !skewed.has(p.partner)) skewed.set(p.partner, p);
  }
  const sentinels = new Set(quality.filter((q) => q.kind === "sentinel" && q.column !== null && !skewed.has(q.column)).map((q) => q.column));
  drift = drift.map((d) => {
    const s = skewed.get(d.feature);
    if (s && d.flagged) return { ...d, explainedBy: `preprocessing:${s.kind}`, strength: d.strength * SYMPTOM_FACTOR };
    if (d.flagged && d.comparison === "eval" && sentinels.has(d.feature)) return { ...d, explainedBy: "data_quality:sentinel", strength: d.strength * SYMPTOM_FACTOR };
    return d;
  });
  quality = quality.map((q) => {
    const s = q.column !== null && (q.kind === "out_of_range" || q.kind === "sentinel") ? skewed.get(q.column) : void 0;
    return s ? { ...q, strength: q.strength * SYMPTOM_FACTOR, details: { ...q.details, explained_by: `preprocessing:${s.kind}` } } : q;
  });
  drift = leadSegmentDrifts(drift);
  drift.sort(byStrength((d) => `${d.comparison}:${d.feature}`));
  quality.sort(byStrength((q) => `${q.kind}:${q.column ?? ""}`));
  preprocessing.sort(byStrength((p) => `${p.comparison}:${p.feature}`));
  const columns = { base: base ? columnProfiles(base.table) : null, cur: columnProfiles(cur.table) };
  releaseScratch();
  return {
    source: cur.path,
    task: cur.task,
    nBase: base?.n ?? null,
    nCur: cur.n,
    drift,
    labelShift: labelShifts,
    predictionShift: predictionShifts,
    columns,
    quality,
    preprocessing,
    labelNoise: noise,
    leakage: leaks,
    notes
  };
}

// src/analysis/data/worker-protocol.ts
import { receiveMessageOnPort } from "node:worker_threads";
var SEGMENTS_LATER = "later";
function newLeakageClaim() {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}
function runClaimedLeakage(parts, claim) {
  const out = [];
  for (; ; ) {
    const part = Atomics.add(claim, 0, 1);
    if (part >= parts.count) return out;
    out.push({ part, findings: parts.run(part) });
  }
}
function mergeLeakage(parts, claimed) {
  const slots = new Array(parts.count).fill(void 0);
  for (const list of claimed) for (const c of list) if (c.part >= 0 && c.part < parts.count) slots[c.part] = c.findings;
  return sortedLeakage(slots.map((f, i) => f ?? parts.run(i)));
}
function portExchange(port) {
  return {
    take() {
      try {
        const m = receiveMessageOnPort(port);
        return m ? m.message : null;
      } catch {
        return null;
      }
    },
    give(context) {
      try {
        port.postMessage(context);
      } catch {
      }
    }
  };
}
function postedView(v) {
  return { ...v, ids: v.ids ? { length: v.ids.length, h1: v.ids.h1, h2: v.ids.h2, empty: v.ids.empty } : null };
}
function revivedView(v) {
  if (!v.ids) return { ...v, ids: null };
  const col = v.table.columns.find((c) => c.name === v.idColumn);
  return { ...v, ids: { ...v.ids, text: (i) => col ? cellText(col, i) : "" } };
}
function dataJob(id, input, options, segments = null, leakage = newLeakageClaim(), segmentPort = null, histogramPort = null, contextPort = null) {
  return {
    id,
    leakage,
    base: input.base ? postedView(input.base) : null,
    cur: postedView(input.cur),
    refBase: input.refBase,
    refCur: input.refCur,
    options,
    segments: segments ? segmentJob(segments) : null,
    segmentPort,
    histogramPort,
    contextPort
  };
}
function segmentJob(segments) {
  return { base: segments.src.base ? segments.src.base.rows : null, cur: segments.src.cur.rows, paired: segments.src.paired, claims: segments.claims };
}
function segmentSourceOf(job, base, cur) {
  return { base: base && job.base ? { view: base, rows: job.base } : null, cur: { view: cur, rows: job.cur }, paired: job.paired };
}
function segmenterBuffers(segs) {
  const out = /* @__PURE__ */ new Set();
  for (const { segmenter: s } of segs) {
    if (!s) continue;
    for (const a of [s.base, s.cur]) if (a && a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  }
  return [...out];
}

// src/analysis/stats/select.ts
function selectInPlace(values, k, from = 0, to = values.length) {
  if (!(k >= from && k < to)) throw new RangeError(`rank ${k} outside [${from}, ${to})`);
  let lo = from;
  let hi = to;
  let rounds = 2 * Math.ceil(Math.log2(to - from + 1)) + 8;
  while (hi - lo > 16) {
    if (rounds-- === 0) {
      sortFloat64InPlace(values.subarray(lo, hi));
      return values[k];
    }
    const pivot = medianOfThree(values[lo], values[lo + hi >>> 1], values[hi - 1]);
    let lt = lo;
    let i = lo;
    let gt = hi - 1;
    while (i <= gt) {
      const x = values[i];
      if (x < pivot) {
        values[i] = values[lt];
        values[lt] = x;
        lt++;
        i++;
      } else if (x > pivot) {
        values[i] = values[gt];
        values[gt] = x;
        gt--;
      } else i++;
    }
    if (k < lt) hi = lt;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
  insertionSortRange(values, lo, hi);
  return values[k];
}
function medianOfThree(a, b, c) {
  return a < b ? b < c ? b : a < c ? c : a : a < c ? a : b < c ? c : b;
}

// src/analysis/performance/metric-defs.ts
var METRIC_INFO = {
  accuracy: { label: "Accuracy", direction: "higher", scale: "points" },
  precision: { label: "Precision", direction: "higher", scale: "points" },
  recall: { label: "Recall", direction: "higher", scale: "points" },
  f1: { label: "F1 score", direction: "higher", scale: "points" },
  f1_macro: { label: "Macro F1", direction: "higher", scale: "points" },
  f1_weighted: { label: "Weighted F1", direction: "higher", scale: "points" },
  auc: { label: "ROC AUC", direction: "higher", scale: "points" },
  auc_ovr_macro: { label: "ROC AUC (one-vs-rest macro)", direction: "higher", scale: "points" },
  average_precision: { label: "Average precision", direction: "higher", scale: "points" },
  log_loss: { label: "Log loss", direction: "lower", scale: "relative" },
  brier: { label: "Brier score", direction: "lower", scale: "relative" },
  ece: { label: "ECE", direction: "lower", scale: "points" },
  rmse: { label: "RMSE", direction: "lower", scale: "relative" },
  mae: { label: "MAE", direction: "lower", scale: "relative" },
  r2: { label: "R\xB2", direction: "higher", scale: "relative" },
  mean_error: { label: "Mean error (bias)", direction: "zero", scale: "relative" },
  mape: { label: "MAPE", direction: "lower", scale: "relative" }
};
function metricLabel(name) {
  return Object.hasOwn(METRIC_INFO, name) ? METRIC_INFO[name].label : name;
}
function isWorse(name, base, cur) {
  const d = METRIC_INFO[name].direction;
  if (d === "higher") return cur < base;
  if (d === "lower") return cur > base;
  return Math.abs(cur) > Math.abs(base);
}
function isBetter(name, base, cur) {
  const d = METRIC_INFO[name].direction;
  if (d === "higher") return cur > base;
  if (d === "lower") return cur < base;
  return Math.abs(cur) < Math.abs(base);
}
function finiteOrNull(v) {
  return Number.isFinite(v) ? v : null;
}

// src/report/format.ts
function fmt2(v, digits2 = 4) {
  if (v === null || v === void 0) return "\u2014";
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "\u221E" : "\u2212\u221E";
  if (v !== 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-4)) return v.toExponential(2);
  return String(Number(v.toFixed(digits2)));
}
function signed(v, digits2 = 4) {
  if (v === null) return "\u2014";
  return (v > 0 ? "+" : "") + fmt2(v, digits2);
}
function pct2(v) {
  if (v === null || v === void 0 || !Number.isFinite(v)) return "\u2014";
  return `${Number((v * 100).toFixed(1))}%`;
}
function share(v) {
  return `${Math.round(100 * v)} %`;
}
function round6(v) {
  return Number.isFinite(v) ? Number(v.toPrecision(6)) : v;
}

// src/analysis/performance/types.ts
var METRIC_NAMES = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "f1_macro",
  "f1_weighted",
  "auc",
  "auc_ovr_macro",
  "average_precision",
  "log_loss",
  "brier",
  "ece",
  "rmse",
  "mae",
  "r2",
  "mean_error",
  "mape"
];

// src/report/visuals.ts
var MAX_CURVE_POINTS = 60;
var MAX_SEGMENT_BARS = 8;
var HISTOGRAM_BINS = 12;
var HISTOGRAM_CATEGORIES = 10;
var r6 = round6;
function r6OrNull(v) {
  return v === null || v === void 0 || !Number.isFinite(v) ? null : r6(v);
}
function buildVisuals(analysis, diagnosis, ahead) {
  const v = {};
  const curves = learningCurves(analysis.logPairs);
  if (curves) v.learningCurves = curves;
  const rel = reliability(analysis.evalPairs);
  if (rel) v.reliability = rel;
  const seg = segmentDeltas(analysis.evalPairs, diagnosis);
  if (seg) v.segmentDeltas = seg;
  const hist = driftedHistogram(analysis.evalPairs, diagnosis, ahead);
  if (hist) v.histogram = hist;
  const drift = driftRows(analysis.evalPairs);
  if (drift.length > 0) v.drift = drift;
  return Object.keys(v).length > 0 ? v : void 0;
}
var CURVE_COLUMNS = [
  { name: "train_loss", get: (l) => l.trainLoss },
  { name: "val_loss", get: (l) => l.valLoss }
];
function learningCurves(pairs) {
  for (const p of pairs) {
    const cols = CURVE_COLUMNS.filter((c) => c.get(p.cur) !== null || p.base !== null && c.get(p.base) !== null);
    if (cols.length === 0) continue;
    const xs = /* @__PURE__ */ new Set();
    for (const l of [p.base, p.cur]) if (l) {
      for (const x of l.x) if (Number.isFinite(x)) xs.add(x);
    }
    const grid = evenly([...xs].sort((a, b) => a - b), MAX_CURVE_POINTS);
    const keep = new Set(grid);
    const points = (l, ys) => {
      if (!l || !ys) return null;
      const out = [];
      const seen = /* @__PURE__ */ new Set();
      for (let i = 0; i < l.x.length; i++) {
        const x = l.x[i];
        if (!keep.has(x) || seen.has(x)) continue;
        seen.add(x);
        out.push([r6(x), r6OrNull(ys[i])]);
      }
      return out.sort((a, b) => a[0] - b[0]);
    };
    const series = cols.map((c) => ({ name: c.name, base: points(p.base, p.base ? c.get(p.base) : null), current: points(p.cur, c.get(p.cur)) ?? [] }));
    return { path: p.cur.path, xName: p.cur.xName, series };
  }
  return void 0;
}
function evenly(items, max) {
  if (items.length <= max) return [...items];
  const out = [];
  for (let k = 0; k < max; k++) out.push(items[Math.round(k * (items.length - 1) / (max - 1))]);
  return out;
}
function reliability(pairs) {
  for (const p of pairs) {
    const c = p.performance.calibration;
    if (!c || c.current.bins.length === 0) continue;
    const key = (b) => `${b.lo}`;
    const base = new Map((c.baseline?.bins ?? []).map((b) => [key(b), b]));
    const cur = new Map(c.current.bins.map((b) => [key(b), b]));
    const all = [...c.baseline?.bins ?? [], ...c.current.bins].filter((b, i, a) => a.findIndex((o) => key(o) === key(b)) === i).sort((a, b) => a.lo - b.lo);
    const bins = all.map((b) => {
      const x = base.get(key(b));
      const y = cur.get(key(b));
      return {
        lo: r6(b.lo),
        hi: r6(b.hi),
        basePredicted: r6OrNull(x?.meanScore),
        baseObserved: r6OrNull(x?.fracPositive),
        baseN: r6(x?.weight ?? 0),
        currentPredicted: r6OrNull(y?.meanScore),
        currentObserved: r6OrNull(y?.fracPositive),
        currentN: r6(y?.weight ?? 0)
      };
    });
    return { table: p.path, kind: c.kind, baseEce: r6OrNull(c.baseline?.ece), currentEce: r6(c.current.ece), bins };
  }
  return void 0;
}
function asMetric(name) {
  if (!name) return null;
  const leaf = name.split(/[.:]/).pop().toLowerCase();
  return METRIC_NAMES.includes(leaf) ? leaf : null;
}
function segmentDeltas(pairs, diagnosis) {
  const fromFinding = asMetric(diagnosis.findings.find((f) => f.category === "segment_regression" && f.metric)?.metric);
  for (const p of pairs) {
    const perf = p.performance;
    const candidates = [fromFinding, perf.slices?.metric ?? null, ...perf.regressed].filter((m) => m !== null);
    for (const metric of candidates) {
      const direction = METRIC_INFO[metric].direction;
      const rows = perf.segments.filter((s) => s.metric === metric && s.significant && s.worse).map((s) => ({ s, loss: lossOf(direction, s.baseline, s.current) })).filter((r) => Number.isFinite(r.loss) && r.loss > 0).sort((a, b) => b.s.dropMass - a.s.dropMass || b.loss - a.loss || cmp(a.s.column, b.s.column) || cmp(a.s.value, b.s.value)).slice(0, MAX_SEGMENT_BARS);
      if (rows.length === 0) continue;
      return {
        table: p.path,
        metric,
        direction,
        rows: rows.map(({ s, loss }) => ({
          column: s.column,
          value: s.value,
          n: s.nCurrent,
          baseline: r6(s.baseline),
          current: r6(s.current),
          delta: r6(s.delta),
          loss: r6(loss),
          significant: s.significant
        }))
      };
    }
  }
  return void 0;
}
function lossOf(direction, base, cur) {
  if (direction === "higher") return base - cur;
  if (direction === "lower") return cur - base;
  return Math.abs(cur) - Math.abs(base);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function driftedHistogram(pairs, diagnosis, ahead) {
  const f = diagnosis.findings.find((x) => x.category === "feature_drift" && x.feature);
  if (!f?.feature) return void 0;
  for (const p of pairs) {
    if (!p.base) continue;
    if (!p.data.drift.some((d) => d.comparison === "eval" && d.feature === f.feature)) continue;
    const seg = f.segment && f.segment.value !== void 0 ? { column: f.segment.column, value: String(f.segment.value) } : void 0;
    const made = ahead?.(p.path, f.feature, seg);
    const bins = made !== void 0 ? made : featureHistogram(p.base, p.cur, f.feature, seg);
    if (!bins) continue;
    return {
      table: p.path,
      feature: f.feature,
      kind: bins.kind,
      ...seg ? { segment: seg } : {},
      nBase: bins.nBase,
      nCurrent: bins.nCur,
      bins: bins.bins
    };
  }
  return void 0;
}
function featureHistogram(base, cur, feature, segment) {
  const cb = base.features.find((c) => c.name === feature);
  const cc = cur.features.find((c) => c.name === feature);
  if (!cb || !cc || cb.kind !== cc.kind) return null;
  let inBase = null;
  let inCur = null;
  if (segment) {
    const rows = segmentRows(base, cur, segment.column, segment.value);
    if (!rows) return null;
    [inBase, inCur] = rows;
  }
  const counted = histogram(cb, cc, inBase, inCur);
  return counted && { ...counted, kind: cb.kind };
}
function segmentRows(base, cur, column, value) {
  for (const spec of [segmentSpec(column, base.table, cur.table), featureSegmentSpec(column, base.table, cur.table)]) {
    const code = spec?.values.indexOf(value) ?? -1;
    if (!spec || code < 0) continue;
    return [
      { codes: spec.baseCodes, code },
      { codes: spec.curCodes, code }
    ];
  }
  return null;
}
function rowsIn(rows, n) {
  if (rows === null) return n;
  const { codes, code } = rows;
  let k = 0;
  for (let i = 0; i < n; i++) k += +(codes[i] === code);
  return k;
}
function histogram(cb, cc, inBase, inCur) {
  if (cb.kind === "number" && cc.kind === "number") {
    const counted = (rows, i, x) => (rows === null || rows.codes[i] === rows.code) && Number.isFinite(x);
    const pool = new Float64Array(rowsIn(inBase, cb.values.length) + rowsIn(inCur, cc.values.length));
    let nb = 0;
    for (let i = 0; i < cb.values.length; i++) if (counted(inBase, i, cb.values[i])) pool[nb++] = cb.values[i];
    let m = nb;
    for (let i = 0; i < cc.values.length; i++) if (counted(inCur, i, cc.values[i])) pool[m++] = cc.values[i];
    const nc = m - nb;
    if (nb === 0 || nc === 0) return null;
    const all = pool.subarray(0, m);
    const rank = (p) => Math.min(m - 1, Math.floor(p * (m - 1)));
    const r1 = rank(0.01);
    let lo = selectInPlace(all, r1);
    let hi = selectInPlace(all, rank(0.99), r1, m);
    if (!(hi > lo)) {
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < m; i++) {
        min = Math.min(min, all[i]);
        max = Math.max(max, all[i]);
      }
      [lo, hi] = [min, max];
    }
    if (!(hi > lo)) return { bins: [{ label: fmtEdge2(lo), base: 1, current: 1 }], nBase: nb, nCur: nc };
    const k = HISTOGRAM_BINS;
    const width = (hi - lo) / k;
    const edges = Array.from({ length: k + 1 }, (_, i) => lo + i * width);
    const count = (col, rows) => {
      const n = new Int32Array(k);
      const vals = col.values;
      for (let i = 0; i < vals.length; i++) if (counted(rows, i, vals[i])) n[Math.max(0, Math.min(k - 1, Math.floor((vals[i] - lo) / width)))]++;
      return n;
    };
    const nbBins = count(cb, inBase);
    const ncBins = count(cc, inCur);
    const label = (i) => i === 0 ? `below ${fmtEdge2(edges[1])}` : i === k - 1 ? `${fmtEdge2(edges[k - 1])} or more` : `${fmtEdge2(edges[i])}\u2013${fmtEdge2(edges[i + 1])}`;
    return {
      bins: Array.from(nbBins, (_, i) => ({ label: label(i), base: r6(nbBins[i] / nb), current: r6(ncBins[i] / nc) })),
      nBase: nb,
      nCur: nc
    };
  }
  if (cb.kind === "string" && cc.kind === "string") {
    const tally = (col, rows) => {
      const byCode = new Float64Array(col.dict.length);
      let n = 0;
      for (let i = 0; i < col.codes.length; i++) {
        const code = col.codes[i];
        if (code < 0 || rows !== null && rows.codes[i] !== rows.code) continue;
        byCode[code]++;
        n++;
      }
      const m = /* @__PURE__ */ new Map();
      col.dict.forEach((v, i) => m.set(v, (m.get(v) ?? 0) + byCode[i]));
      return { m, n };
    };
    const b = tally(cb, inBase);
    const c = tally(cc, inCur);
    if (b.n === 0 || c.n === 0) return null;
    const names = [.../* @__PURE__ */ new Set([...b.m.keys(), ...c.m.keys()])];
    const share2 = (t, v) => (t.m.get(v) ?? 0) / t.n;
    names.sort((x, y) => Math.max(share2(b, y), share2(c, y)) - Math.max(share2(b, x), share2(c, x)) || cmp(x, y));
    const top = names.slice(0, HISTOGRAM_CATEGORIES - (names.length > HISTOGRAM_CATEGORIES ? 1 : 0));
    const bins = top.map((v) => ({ label: v, base: r6(share2(b, v)), current: r6(share2(c, v)) }));
    if (top.length < names.length) {
      const rest = names.slice(top.length);
      bins.push({ label: `other (${rest.length} values)`, base: r6(rest.reduce((s, v) => s + share2(b, v), 0)), current: r6(rest.reduce((s, v) => s + share2(c, v), 0)) });
    }
    return { bins, nBase: b.n, nCur: c.n };
  }
  return null;
}
function fmtEdge2(v) {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-3) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}
function driftRows(pairs) {
  const rows = [];
  for (const p of pairs) {
    const missing = (side, feature) => {
      const prof = p.data.columns[side]?.find((c) => c.column === feature);
      return prof && prof.n > 0 ? r6(prof.missing / prof.n) : null;
    };
    for (const d of p.data.drift) {
      const row = {
        feature: d.feature,
        comparison: d.comparison,
        source: d.source,
        kind: d.kind,
        psi: r6OrNull(d.psi),
        test: d.kind === "number" ? "ks" : "chi2",
        pValue: r6OrNull(d.pValue),
        missingBase: d.comparison === "eval" ? missing("base", d.feature) : null,
        missingCurrent: d.comparison === "eval" ? missing("cur", d.feature) : null,
        drifted: d.flagged,
        ...d.flagged && d.segment ? { segment: { column: d.segment.column, value: d.segment.value } } : {}
      };
      rows.push({ row, strength: d.strength });
    }
  }
  rows.sort(
    (a, b) => Number(b.row.drifted) - Number(a.row.drifted) || (a.row.drifted ? b.strength - a.strength : 0) || (b.row.psi ?? -1) - (a.row.psi ?? -1) || cmp(a.row.feature, b.row.feature) || cmp(a.row.comparison, b.row.comparison) || cmp(a.row.source, b.row.source)
  );
  return rows.map((r) => r.row);
}

export {
  fmt2 as fmt,
  signed,
  pct2 as pct,
  share,
  round6,
  METRIC_INFO,
  metricLabel,
  isWorse,
  isBetter,
  finiteOrNull,
  sameBytes,
  shareTwinArrays,
  rowIdsOf,
  sameIdSequence,
  logGamma,
  chi2Sf,
  erfc,
  normalSf,
  normalCdf,
  createRng,
  mcnemarExact,
  fisherExact,
  multinomialCounts,
  binomialSample,
  multinomialSmall,
  quantileSorted2 as quantileSorted,
  percentileInterval,
  bootstrapPValue,
  deriveSeed,
  gridScale,
  gridSpan,
  DIGIT_BITS,
  digitWidth,
  countDigits,
  startsOfDigits,
  sortFloat64InPlace,
  ksPValue,
  twoProportionTest,
  psi,
  psiNoiseFloor,
  quantileEdges,
  binIndex,
  MAX_NUMERIC_CATEGORIES,
  keepSortsForDrift,
  hashRows,
  HashIndex,
  MISSING_LABEL,
  buildSegmenter,
  presortSegmentColumns,
  benjaminiHochberg,
  holm,
  newClaims,
  segmenterNames,
  buildClaimed,
  takeOver,
  mergeClaimed,
  FDR,
  PSI_BINS,
  compareCategorical,
  twinDriftFromSorts,
  decide,
  decide2,
  PREDICTION_FACTOR,
  PREDICTION_CAP,
  leakageParts,
  analyzeData,
  SEGMENTS_LATER,
  newLeakageClaim,
  runClaimedLeakage,
  mergeLeakage,
  portExchange,
  revivedView,
  dataJob,
  segmentJob,
  segmentSourceOf,
  segmenterBuffers,
  buildVisuals,
  featureHistogram
};
