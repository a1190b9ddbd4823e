/**
 * Values on a decimal grid: every non-NaN x equal to m / 10^k for its grid index m = round(x·10^k),
 * one scale 10^k for all, as a CSV writer with a fixed format gives them (`%.3f`, pandas'
 * `float_format`, money, rates). The float sorts read such columns through their grid indices: a
 * counting sort (stats/two-sample.ts) and an argsort on small integer keys
 * (performance/ranked.ts), decision 0049.
 */

/**
 * The scales a decimal grid may have, 10^0 to 10^15 (all exact doubles): a value written with
 * more decimals than that is not a short decimal.
 */
const DECIMAL_SCALES = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** Values read to find the grid's scale before the full pass checks every value against it. */
const SCALE_SAMPLE = 64;
/**
 * The smallest scale 10^k on which the first SCALE_SAMPLE non-NaN values lie; 0 when there is
 * none, or when those values alone span more than maxSteps of it (a full pass would only find
 * a wider span).
 */
export function gridScale(values: Float64Array, maxSteps: number): number {
  let k = 0;
  let seen = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length && seen < SCALE_SAMPLE; i++) {
    const x = values[i]!;
    if (x !== x) continue;
    seen++;
    while (Math.round(x * DECIMAL_SCALES[k]!) / DECIMAL_SCALES[k]! !== x) if (++k === DECIMAL_SCALES.length) return 0;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (seen === 0) return 0;
  const p = DECIMAL_SCALES[k]!;
  return Math.round(hi * p) - Math.round(lo * p) < maxSteps ? p : 0;
}

/**
 * The lowest and highest grid index of the non-NaN values and the count of −0s; undefined at the
 * first value off the grid. ±Infinity is on every grid with an infinite index (the span test then
 * fails).
 */
export function gridSpan(values: Float64Array, p: number): { lo: number; hi: number; negativeZeros: number } | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  let negativeZeros = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x !== x) continue;
    const m = Math.round(x * p);
    if (m / p !== x) return undefined;
    if (m < lo) lo = m;
    if (m > hi) hi = m;
    if (x === 0 && 1 / x < 0) negativeZeros++;
  }
  return { lo, hi, negativeZeros };
}

