/**
 * Slice discovery: which few slices of the data explain the regression, found without being
 * told where to look. Candidates are every one-condition slice (a segment) and every
 * two-condition slice over pairs of the most affected columns; each is tested like a segment
 * (exact / analytic tests on its moments) with Benjamini–Hochberg over all candidates.
 *
 * Selection is greedy over the rows not yet explained, on drop mass (n × δ / N, δ = worsening
 * per row): each step looks for the significant slice whose unexplained rows carry the most
 * drop. Mass alone favours wide slices (the whole eval set explains 100%), and two slices with
 * masses within noise of each other are equally good explanations; so among the slices whose
 * mass is within one standard error of the best (CART's one-standard-error rule), the step takes
 * the one whose change is most concentrated: the largest between-group sum of squares of the
 * per-row change, n_in n_out / (n_in + n_out) × (δ_in - δ_out)², i.e. the slice that holds the
 * drop and little else. Slices that contain or are contained in a slice already taken are
 * skipped (a sub-slice of a better slice says nothing new); a step must add at least 5% of the
 * drop; selection stops at 5 slices or when 90% of the drop is explained.
 */
import { releaseNow } from '../../memory.js';
import { benjaminiHochberg } from '../stats/multiple-testing.js';
import { dropMass, shareOf, type Comparison } from './context.js';
import type { CodeArray, SegmentCodes, Segmenter } from './segment-columns.js';
import { accumulatePaired, accumulateRun, addPairCounts, labelsWithBits, PACK_COLUMNS, packedPairCounts, packLabels, pairCounts, type WithBits, CUR, deltaStandardError, M, N_ROWS, P0, P2, PB, PC, primaryTest, Q0, Q1, Q2, S0, S1 } from './segment-tests.js';
import { compareText, intervalSetup, supported } from './segments.js';
import type { Condition, SliceDiscovery, SliceResult } from './types.js';

export const MAX_SLICES = 5;
/** Columns paired for two-condition slices: the ones whose worst segment carries the most drop. */
export const PAIR_COLUMNS = 12;
/**
 * Candidates considered by the greedy cover (the largest by drop mass): the one-SE rule only
 * looks near the top, and later steps can only lower a candidate's uncovered mass.
 */
const COVER_POOL = 25;
const EXPLAINED_ENOUGH = 0.9;
export const MIN_MARGINAL_SHARE = 0.05;

interface Term {
  readonly seg: number;
  readonly label: number;
}

interface Candidate {
  readonly terms: readonly Term[];
  readonly moments: Float64Array;
  readonly offset: number;
  readonly p: number;
  readonly mass: number;
  readonly worse: boolean;
}

/** Weighted sums of the primary value over a set of rows, per run. */
interface Sums {
  wb: number;
  sb: number;
  wc: number;
  sc: number;
}

function candidatesOf(c: Comparison, terms: (cell: number) => Term[], acc: Float64Array, cells: number): Candidate[] {
  const out: Candidate[] = [];
  for (let cell = 0; cell < cells; cell++) {
    if (!supported(acc, cell, c.opts.minSupport)) continue;
    const t = primaryTest(acc, cell * M, c.setup, null);
    if (!t) continue;
    out.push({
      terms: terms(cell),
      moments: acc,
      offset: cell * M,
      p: t.p,
      mass: dropMass(c, acc[cell * M + CUR + S0]!, t.meanBase, t.meanCur),
      worse: c.setup.kind === 'class' ? t.delta < 0 : t.delta > 0,
    });
  }
  return out;
}

/** Cell per row for a pair of segmenters: la × |labels b| + lb, -1 when either is missing. */
/**
 * Two scratch arrays for pairCells, reused from pair to pair: each pair's cells are read once, by
 * the moment accumulators, before the next pair is formed (a fresh 4 MB array per pair and run at
 * 10^6 rows cost more in page faults than the pass that fills it).
 */
const cellScratch: Int16Array[] = [new Int16Array(0), new Int16Array(0)];
const wideCellScratch: Int32Array[] = [new Int32Array(0), new Int32Array(0)];

/** Cells a two-byte code holds; a pair with more (up to 200 × 200 labels) takes four bytes. */
const MAX_NARROW_CELLS = 32767;

export function pairCells(a: SegmentCodes, b: SegmentCodes, la: number, lb: number, slot: 0 | 1): CodeArray {
  const n = a.length;
  let out: CodeArray;
  if (la * lb <= MAX_NARROW_CELLS) {
    if (cellScratch[slot]!.length < n) cellScratch[slot] = new Int16Array(n);
    out = cellScratch[slot]!.subarray(0, n);
  } else {
    if (wideCellScratch[slot]!.length < n) wideCellScratch[slot] = new Int32Array(n);
    out = wideCellScratch[slot]!.subarray(0, n);
  }
  for (let i = 0; i < n; i++) out[i] = a[i]! < 0 || b[i]! < 0 ? -1 : a[i]! * lb + b[i]!;
  return out;
}

/**
 * `counts`: the pair's counts (pairCounts' layout) when its rows qualify (paired unit-weight 0/1
 * values); else null, and the pair is counted here another way.
 */
function pairCandidates(c: Comparison, segs: readonly Segmenter[], ia: number, ib: number, counts: Int32Array | null): Candidate[] {
  const a = segs[ia]!;
  const b = segs[ib]!;
  const la = a.labels.length;
  const lb = b.labels.length;
  const cells = la * lb;
  const acc = new Float64Array(cells * M);
  if (counts) addPairCounts(acc, counts, la, lb);
  else if (c.paired) {
    accumulatePaired(acc, pairCells(a.cur, b.cur, la, lb, 0), c.xBase, c.momentWeightsBase, c.xCur, c.momentWeightsCur);
  } else {
    accumulateRun(acc, 0, pairCells(a.base!, b.base!, la, lb, 1), c.xBase, c.momentWeightsBase);
    accumulateRun(acc, CUR, pairCells(a.cur, b.cur, la, lb, 0), c.xCur, c.momentWeightsCur);
  }
  return candidatesOf(c, (cell) => [{ seg: ia, label: Math.floor(cell / lb) }, { seg: ib, label: cell % lb }], acc, cells);
}

/**
 * The counts of the pairs (cols[i], cols[j]), j > i, from the first one's labels with the values
 * (`aBits`): the columns after i's group of PACK_COLUMNS by group, from their packed labels
 * (`packedOf`, null when a group does not pack), the rest of i's own group pair by pair.
 */
export function pairCountsFrom(segs: readonly Segmenter[], cols: readonly number[], i: number, aBits: WithBits, packedOf: (g: number) => Int16Array | null): Map<number, Int32Array> {
  const la = segs[cols[i]!]!.labels.length;
  const out = new Map<number, Int32Array>();
  const one = (j: number) => out.set(j, pairCounts(aBits, la, segs[cols[j]!]!.cur, segs[cols[j]!]!.labels.length));
  const own = Math.floor(i / PACK_COLUMNS);
  for (let j = i + 1; j < Math.min(cols.length, (own + 1) * PACK_COLUMNS); j++) one(j);
  for (let g = own + 1; g * PACK_COLUMNS < cols.length; g++) {
    const members = groupOf(cols, g);
    const packed = packedOf(g);
    const counts = packed ? packedPairCounts(aBits, la, packed, members.map((s) => segs[s]!.labels.length)) : null;
    members.forEach((_, k) => (counts ? out.set(g * PACK_COLUMNS + k, counts[k]!) : one(g * PACK_COLUMNS + k)));
  }
  return out;
}

/** The segmenters of group g of the paired columns. */
function groupOf(cols: readonly number[], g: number): number[] {
  return cols.slice(g * PACK_COLUMNS, (g + 1) * PACK_COLUMNS);
}

/** Segmenters ranked by the largest drop mass among their segments; the top ones are paired. */
function columnsToPair(single: readonly Candidate[], count: number): number[] {
  const best = new Map<number, number>();
  for (const cand of single) {
    const s = cand.terms[0]!.seg;
    best.set(s, Math.max(best.get(s) ?? -Infinity, cand.mass));
  }
  return [...best.entries()]
    .filter(([, m]) => m > 0)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, count)
    .map(([s]) => s)
    .sort((x, y) => x - y);
}

/** True when every term of `outer` is also a term of `inner` (inner is a sub-slice of outer). */
function contains(outer: readonly Term[], inner: readonly Term[]): boolean {
  return outer.every((o) => inner.some((t) => t.seg === o.seg && t.label === o.label));
}

function related(a: readonly Term[], b: readonly Term[]): boolean {
  return contains(a, b) || contains(b, a);
}

/** Analysis rows of a slice in one run. */
function members(terms: readonly Term[], segs: readonly Segmenter[], run: 'base' | 'cur', n: number): Int32Array {
  const codes = terms.map((t) => (run === 'base' ? segs[t.seg]!.base! : segs[t.seg]!.cur));
  // A typed buffer of the largest size, not a growing number[] (a slice can hold most of 10^6 rows).
  const out = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    let ok = true;
    for (let k = 0; k < terms.length; k++) {
      if (codes[k]![i] !== terms[k]!.label) {
        ok = false;
        break;
      }
    }
    if (ok) out[m++] = i;
  }
  const rows = out.slice(0, m);
  releaseNow(out);
  return rows;
}

interface Cover {
  readonly base: Uint8Array;
  readonly cur: Uint8Array;
}

/** Moments (segment-tests layout) of the rows of a slice that are not covered yet. */
function uncoveredMoments(c: Comparison, rowsBase: Int32Array, rowsCur: Int32Array, cover: Cover): Float64Array {
  const acc = new Float64Array(M);
  addRows(acc, 0, rowsBase, cover.base, c.xBase, c.base.w);
  addRows(acc, CUR, rowsCur, cover.cur, c.xCur, c.cur.w);
  if (c.paired) {
    for (let k = 0; k < rowsBase.length; k++) {
      const r = rowsBase[k]!;
      if (cover.base[r]) continue;
      const ww = c.base.w[r]! * c.cur.w[r]!;
      acc[P0]! += ww;
      acc[PB]! += ww * c.xBase[r]!;
      acc[PC]! += ww * c.xCur[r]!;
      acc[P2]! += ww * c.xBase[r]! * c.xCur[r]!;
    }
  }
  return acc;
}

function addRows(acc: Float64Array, block: 0 | typeof CUR, rows: Int32Array, covered: Uint8Array, x: Float64Array, w: Float64Array): void {
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (covered[r]) continue;
    const wi = w[r]!;
    const xi = x[r]!;
    acc[block]! += 1;
    acc[block + S0]! += wi;
    acc[block + S1]! += wi * xi;
    acc[block + Q0]! += wi * wi;
    acc[block + Q1]! += wi * wi * xi;
    acc[block + Q2]! += wi * wi * xi * xi;
  }
}

function sumsOf(m: Float64Array): Sums {
  return { wb: m[S0]!, sb: m[S1]!, wc: m[CUR + S0]!, sc: m[CUR + S1]! };
}

function allUncovered(c: Comparison, cover: Cover): Sums {
  const out: Sums = { wb: 0, sb: 0, wc: 0, sc: 0 };
  for (let r = 0; r < c.base.n; r++) {
    if (cover.base[r]) continue;
    out.wb += c.base.w[r]!;
    out.sb += c.base.w[r]! * c.xBase[r]!;
  }
  for (let r = 0; r < c.cur.n; r++) {
    if (cover.cur[r]) continue;
    out.wc += c.cur.w[r]!;
    out.sc += c.cur.w[r]! * c.xCur[r]!;
  }
  return out;
}

/** Worsening per row of a set of rows (positive = worse); NaN when a run has none of them. */
function worsening(c: Comparison, s: Sums): number {
  if (s.wb <= 0 || s.wc <= 0) return NaN;
  const d = s.sc / s.wc - s.sb / s.wb;
  return c.setup.kind === 'class' ? -d : d;
}

function massOfSums(c: Comparison, s: Sums): number {
  if (s.wb <= 0 || s.wc <= 0) return 0;
  return dropMass(c, s.wc, s.sb / s.wb, s.sc / s.wc);
}

/** Between-group sum of squares of the change, slice vs the rest of `pool` (see the module comment). */
function contrastScore(c: Comparison, inside: Sums, pool: Sums): number {
  const rest: Sums = { wb: pool.wb - inside.wb, sb: pool.sb - inside.sb, wc: pool.wc - inside.wc, sc: pool.sc - inside.sc };
  const dIn = worsening(c, inside);
  const dOut = worsening(c, rest);
  if (!(dIn > dOut)) return 0;
  const nIn = inside.wc;
  const nOut = rest.wc;
  return ((nIn * nOut) / (nIn + nOut)) * (dIn - dOut) ** 2;
}

/** Drop mass of all covered rows: what the chosen slices explain together. */
/** Drop mass of the covered rows, from the sums over all rows and over the rows still open (allUncovered). */
function explainedMass(c: Comparison, all: Sums, open: Sums): number {
  return massOfSums(c, { wb: all.wb - open.wb, sb: all.sb - open.sb, wc: all.wc - open.wc, sc: all.sc - open.sc });
}


function byMass(a: Candidate, b: Candidate): number {
  return b.mass - a.mass || a.terms.length - b.terms.length || a.p - b.p || compareText(termKey(a.terms), termKey(b.terms));
}

function termKey(terms: readonly Term[]): string {
  return terms.map((t) => `${t.seg}:${t.label}`).join('|');
}

function conditionsOf(terms: readonly Term[], segs: readonly Segmenter[]): Condition[] {
  return terms.map((t) => ({ column: segs[t.seg]!.column, value: segs[t.seg]!.labels[t.label]! }));
}

/**
 * Finds the smallest set of significant slices that explains most of the drop of the primary
 * metric. `singleMoments[s]` are the label moments of segmenter s (from the segment scan).
 */
export function discoverSlices(c: Comparison, segs: readonly Segmenter[], singleMoments: readonly Float64Array[]): SliceDiscovery {
  const single: Candidate[] = [];
  segs.forEach((seg, s) => single.push(...candidatesOf(c, (l) => [{ seg: s, label: l }], singleMoments[s]!, seg.labels.length)));
  const cols = columnsToPair(single, PAIR_COLUMNS);
  const all = [...single];
  const unit = c.paired && c.momentWeightsBase === null && c.momentWeightsCur === null;
  // Paired unit-weight 0/1 values: each first column's labels with the rows' values made once
  // (labelsWithBits) and its pairs counted from them, the later columns packed by group (decision
  // 0050); otherwise pair by pair from the pair's cells.
  const packed = new Map<number, Int16Array | null>();
  const packedOf = (g: number): Int16Array | null => {
    if (!packed.has(g)) {
      const members = groupOf(cols, g);
      packed.set(g, packLabels(members.map((s) => segs[s]!.cur), members.map((s) => segs[s]!.labels.length)));
    }
    return packed.get(g)!;
  };
  for (let i = 0; i < cols.length; i++) {
    const aBits = unit && i + 1 < cols.length ? labelsWithBits(segs[cols[i]!]!.cur, c.xBase, c.xCur) : null;
    const counts = aBits ? pairCountsFrom(segs, cols, i, aBits, packedOf) : null;
    for (let j = i + 1; j < cols.length; j++) all.push(...pairCandidates(c, segs, cols[i]!, cols[j]!, counts?.get(j) ?? null));
    if (aBits) releaseNow(aBits.bits);
  }
  for (const p of packed.values()) if (p) releaseNow(p);
  // The pairs are formed: the scratch goes (8 MB at 10^6 rows the rest of the review would carry).
  cellScratch.fill(new Int16Array(0));
  wideCellScratch.fill(new Int32Array(0));
  const q = benjaminiHochberg(all.map((x) => x.p));
  const qOf = new Map<Candidate, number>(all.map((x, i) => [x, q[i]!]));
  // Paired runs share rows, so they share one cover mask.
  const coverBase = new Uint8Array(c.base.n);
  const cover: Cover = { base: coverBase, cur: c.paired ? coverBase : new Uint8Array(c.cur.n) };
  const pool = all.filter((x, i) => x.worse && q[i]! <= c.opts.alpha && x.mass > 0).sort(byMass).slice(0, COVER_POOL);
  // Rows of a candidate, built when first needed (the first step works from moments alone).
  const rowsOf = new Map<Candidate, { b: Int32Array; c: Int32Array }>();
  const rowsFor = (cand: Candidate): { b: Int32Array; c: Int32Array } => {
    let rows = rowsOf.get(cand);
    if (!rows) {
      const b = members(cand.terms, segs, 'base', c.base.n);
      rows = { b, c: c.paired ? b : members(cand.terms, segs, 'cur', c.cur.n) };
      rowsOf.set(cand, rows);
    }
    return rows;
  };

  const chosen: { cand: Candidate; marginal: number }[] = [];
  const minMarginal = c.overallDrop > 0 ? MIN_MARGINAL_SHARE * c.overallDrop : 0;
  // The sums over all rows, and over the rows no chosen slice covers, updated when the cover
  // changes (each a pass over both runs' rows: three a step when each use made its own).
  const everyRow = allUncovered(c, { base: new Uint8Array(c.base.n), cur: new Uint8Array(c.cur.n) });
  let open = everyRow;
  while (chosen.length < MAX_SLICES) {
    const steps: { cand: Candidate; mass: number; se: number; score: number }[] = [];
    for (const cand of pool) {
      if (chosen.some((ch) => related(ch.cand.terms, cand.terms))) continue;
      let m: Float64Array;
      if (chosen.length === 0) m = cand.moments.subarray(cand.offset, cand.offset + M);
      else {
        const rows = rowsFor(cand);
        m = uncoveredMoments(c, rows.b, rows.c, cover);
      }
      const inside = sumsOf(m);
      const mass = massOfSums(c, inside);
      if (!(mass > minMarginal)) continue;
      // SE of the mass: its weight share times the SE of the slice's delta.
      const se = (inside.wc / c.totalWeightCur) * deltaStandardError(m, 0, c.paired);
      steps.push({ cand, mass, se, score: contrastScore(c, inside, open) });
    }
    if (steps.length === 0) break;
    const top = steps.reduce((a, b) => (b.mass > a.mass ? b : a));
    const pick = steps
      .filter((x) => x.mass >= top.mass - top.se)
      .reduce((a, b) => (b.score > a.score || (b.score === a.score && b.mass > a.mass) ? b : a));
    chosen.push({ cand: pick.cand, marginal: pick.mass });
    const rows = rowsFor(pick.cand);
    for (let i = 0; i < rows.b.length; i++) cover.base[rows.b[i]!] = 1;
    for (let i = 0; i < rows.c.length; i++) cover.cur[rows.c[i]!] = 1;
    open = allUncovered(c, cover);
    if (c.overallDrop > 0 && explainedMass(c, everyRow, open) / c.overallDrop >= EXPLAINED_ENOUGH) break;
  }

  const slices: SliceResult[] = chosen.map(({ cand, marginal }) => {
    const key = `slice:${conditionsOf(cand.terms, segs)
      .map((t) => `${t.column}=${t.value}`)
      .join('&')}`;
    const t = primaryTest(cand.moments, cand.offset, c.setup, intervalSetup(c, key))!;
    return {
      conditions: conditionsOf(cand.terms, segs),
      metric: c.primary,
      nBase: cand.moments[cand.offset + N_ROWS]!,
      nCurrent: cand.moments[cand.offset + CUR + N_ROWS]!,
      baseline: t.base,
      current: t.cur,
      delta: t.delta,
      ci: t.ci,
      pValue: t.p,
      qValue: qOf.get(cand)!,
      test: t.test,
      dropMass: cand.mass,
      shareOfDrop: shareOf(c, cand.mass),
      marginalShare: shareOf(c, marginal),
    };
  });
  const explained = chosen.length > 0 ? explainedMass(c, everyRow, open) : 0;
  return {
    metric: c.primary,
    overallDrop: c.overallDrop,
    slices,
    explainedShare: shareOf(c, explained),
    candidatesTested: all.length,
  };
}

