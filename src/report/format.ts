/**
 * The report's number formatter: one way to write a value in report.md, shared by the
 * findings' tables, the chart tables and the drift table.
 */

/** A value with at most `digits` decimals; exponent form for very large or very small values. */
export function fmt(v: number | null | undefined, digits = 4): string {
  if (v === null || v === undefined) return '—';
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (v !== 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-4)) return v.toExponential(2);
  return String(Number(v.toFixed(digits)));
}

/** `fmt` with a sign on positive values (deltas). */
export function signed(v: number | null, digits = 4): string {
  if (v === null) return '—';
  return (v > 0 ? '+' : '') + fmt(v, digits);
}

/** A share as a percentage with one decimal (`12.8%`), `—` when unknown. */
export function pct(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return `${Number((v * 100).toFixed(1))}%`;
}

/** A share rounded to a whole percent, as the attribution writes it (`86 %`). */
export function share(v: number): string {
  return `${Math.round(100 * v)} %`;
}

/** 6 significant digits, as every number of report.json (reports diff cleanly); non-finite values pass through. */
export function round6(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(6)) : v;
}
