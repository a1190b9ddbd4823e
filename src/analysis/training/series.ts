/**
 * Robust statistics over one logged training series (a loss, the gradient norm, the learning
 * rate): start/end levels, the tail slope, point-to-point noise, spikes and oscillation.
 * Everything here works on the finite points only; summary.ts counts the non-finite ones.
 */

/** The finite points of a series, with the row each came from. */
export interface Points {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Row index in the log of each point. */
  readonly rows: Int32Array;
}

export function finitePoints(x: Float64Array, y: Float64Array): Points {
  const keep: number[] = [];
  for (let i = 0; i < y.length; i++) if (Number.isFinite(y[i]!) && Number.isFinite(x[i]!)) keep.push(i);
  return {
    x: Float64Array.from(keep, (i) => x[i]!),
    y: Float64Array.from(keep, (i) => y[i]!),
    rows: Int32Array.from(keep),
  };
}

/** Linear-interpolation quantile (numpy's default); NaN for an empty input. */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return NaN;
  const a = Float64Array.from(values).sort();
  const pos = (a.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return a[lo]! + (a[hi]! - a[lo]!) * (pos - lo);
}

export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

/**
 * How many points make a "level" (start or end of a series): 10% of the points, at least 3.
 * A median over several points keeps one noisy epoch from deciding a comparison. On a short log
 * the window is at most half the points, so the start and end levels never share a point: the
 * "end" of a two-epoch run is its last epoch, not the median of both (which reaches back to
 * the untrained start).
 */
export function levelWindow(n: number): number {
  return Math.min(n, Math.max(1, Math.floor(n / 2)), Math.max(3, Math.ceil(0.1 * n)));
}

/**
 * Standard error of a level (median of `window` points) under point noise σ: a median is less
 * efficient than a mean, its variance is π/2 · σ²/window for normal noise.
 */
export function levelSe(sigma: number | null, window: number): number {
  return sigma === null || window === 0 ? 0 : sigma * Math.sqrt(Math.PI / (2 * window));
}

/** The tail used for slopes: the last 20% of the points, at least 3. */
export function tailWindow(n: number): number {
  return Math.min(n, Math.max(3, Math.ceil(0.2 * n)));
}

/** Theil–Sen slopes use at most this many points (evenly thinned) to keep the pair count bounded. */
const THEIL_SEN_MAX_POINTS = 400;

/**
 * Theil–Sen slope (median of pairwise slopes): robust to a spike or two in the tail, which a
 * least-squares fit on 5-10 points is not. Null when fewer than 3 points or no x spread.
 */
export function theilSen(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  if (n < 3) return null;
  const pick: number[] = [];
  if (n <= THEIL_SEN_MAX_POINTS) for (let i = 0; i < n; i++) pick.push(i);
  else for (let k = 0; k < THEIL_SEN_MAX_POINTS; k++) pick.push(Math.round((k * (n - 1)) / (THEIL_SEN_MAX_POINTS - 1)));
  const slopes: number[] = [];
  for (let a = 0; a < pick.length; a++) {
    for (let b = a + 1; b < pick.length; b++) {
      const dx = x[pick[b]!]! - x[pick[a]!]!;
      if (dx !== 0) slopes.push((y[pick[b]!]! - y[pick[a]!]!) / dx);
    }
  }
  return slopes.length === 0 ? null : median(slopes);
}

/**
 * Point noise σ of a series, from the median absolute second difference over its second half
 * (the whole series when that half would hold fewer than 10 points: a MAD of 3 values is itself
 * too noisy): for i.i.d. noise a second difference has variance 6σ², and differencing twice
 * removes the (locally linear) training trend, so the estimate is not inflated by the loss going
 * down. Null with fewer than 4 points.
 */
export function noiseSigma(y: Float64Array): number | null {
  const part = y.length >= 20 ? y.subarray(Math.floor(y.length / 2)) : y;
  if (part.length < 4) return null;
  const d2: number[] = [];
  for (let i = 1; i < part.length - 1; i++) d2.push(Math.abs(part[i + 1]! - 2 * part[i]! + part[i - 1]!));
  return (1.4826 * median(d2)) / Math.sqrt(6);
}

export interface TailTrend {
  /** Theil–Sen slope over the tail, in series units per x unit. */
  readonly slope: number;
  /** slope × x span of the tail: how much the series moved over its tail. */
  readonly change: number;
  /** Standard error of `change` under the point noise σ (σ·span/√Σ(x−x̄)²). */
  readonly changeSe: number;
  readonly fromX: number;
  readonly toX: number;
}

export function tailTrend(p: Points, sigma: number | null): TailTrend | null {
  if (p.y.length < 5) return null;
  const m = tailWindow(p.y.length);
  const x = p.x.subarray(p.x.length - m);
  const y = p.y.subarray(p.y.length - m);
  const slope = theilSen(x, y);
  if (slope === null) return null;
  const span = x[m - 1]! - x[0]!;
  let mean = 0;
  for (const v of x) mean += v / m;
  let sxx = 0;
  for (const v of x) sxx += (v - mean) ** 2;
  const changeSe = sigma !== null && sxx > 0 ? (sigma * span) / Math.sqrt(sxx) : 0;
  return { slope, change: slope * span, changeSe, fromX: x[0]!, toX: x[m - 1]! };
}

/**
 * Spike rule: a point is a spike when it exceeds SPIKE_K × the median of the SPIKE_WINDOW points
 * before it (for a negative-valued series: when it rises by (k − 1)·|median|). k = 3 means the
 * loss more than tripled against its recent typical level within one logged step; minibatch noise
 * of a healthy run stays well inside that, while a bad batch, an overflow or a too-large step
 * does not. The median (not the mean) keeps an earlier spike from hiding the next one.
 */
export const SPIKE_K = 3;
export const SPIKE_WINDOW = 5;

export interface Spike {
  readonly x: number;
  readonly value: number;
  /** Median of the preceding window. */
  readonly median: number;
  /** (value − median) in units of the series' scale (seriesScale): how big the jump is for this run. */
  readonly height: number;
}

export function findSpikes(p: Points, scale: number): Spike[] {
  const out: Spike[] = [];
  for (let i = 3; i < p.y.length; i++) {
    const med = median(p.y.subarray(Math.max(0, i - SPIKE_WINDOW), i));
    const jump = p.y[i]! - med;
    if (jump > 0 && jump > (SPIKE_K - 1) * Math.abs(med)) {
      out.push({ x: p.x[i]!, value: p.y[i]!, median: med, height: jump / scale });
    }
  }
  return out;
}

export interface Oscillation {
  /** Share of consecutive steps whose direction flips (0 for a monotone curve, ~2/3 for white noise). */
  readonly signChangeRate: number;
  /**
   * 75th percentile of the upward moves (0 for downward steps) in units of the series' scale.
   * A sustained bounce puts many large upward moves above the 75th percentile; a few isolated
   * spikes do not, so this measures oscillation rather than spikes.
   */
  readonly upMove75: number;
}

export function oscillation(p: Points, scale: number): Oscillation | null {
  const n = p.y.length;
  if (n < 7) return null;
  const up: number[] = [];
  let flips = 0;
  let pairs = 0;
  let prev = 0;
  for (let i = 1; i < n; i++) {
    const d = p.y[i]! - p.y[i - 1]!;
    up.push(Math.max(0, d) / scale);
    const s = Math.sign(d);
    if (s !== 0 && prev !== 0) {
      pairs++;
      if (s !== prev) flips++;
    }
    if (s !== 0) prev = s;
  }
  return { signChangeRate: pairs === 0 ? 0 : flips / pairs, upMove75: quantile(up, 0.75) };
}

/**
 * A positive unit for a series: |median of its first 3 finite values| — the loss at the start of
 * training, before it fell — else the largest |value|, else 1. Spike heights and oscillation are
 * measured in it, so "a jump of 0.02" means something different for a loss that started at 0.13
 * than for one that started at 2.3. (The 10% start level drifts down on long logs; this does not.)
 */
export function seriesScale(y: Float64Array): number {
  const start = y.length ? Math.abs(median(y.subarray(0, 3))) : 0;
  if (start > 0) return start;
  let m = 0;
  for (const v of y) m = Math.max(m, Math.abs(v));
  return m > 0 ? m : 1;
}
