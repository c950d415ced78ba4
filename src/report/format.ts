/**
 * Number formatting for every human-readable format (md, html, xlsx labels). One module so that a
 * percentage reads the same everywhere. A formatter never returns 'NaN', 'Infinity' or '':
 * a missing or non-finite number is shown as the GSS symbol `x` (not available).
 *
 * Decimals (display only; JSON and CSV keep 2 decimals, see `roundTo`):
 *   count 0 (thousands separators), percent 1, rate 1, mean 1, score 2 (Progress 8 / KS2 progress,
 *   as the DfE publishes them).
 */
import { roundHalfAwayFromZero } from '../domain/round.js';
import type { GssSymbol, MeasureUnit } from '../measures/row.js';

export const DISPLAY_DECIMALS: Readonly<Record<MeasureUnit, number>> = {
  count: 0,
  percent: 1,
  rate: 1,
  mean: 1,
  score: 2,
};

/** Rounds half away from zero to `decimals` places on the decimal value (1.005 → 1.01, −0.605 → −0.61); -0 becomes 0. */
export function roundTo(x: number, decimals: number): number {
  return roundHalfAwayFromZero(x, decimals);
}

/** `1234567.891, 2` → `1,234,567.89`. Non-finite → `x`. */
export function formatNumber(x: number | null | undefined, decimals: number): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'x';
  const r = roundTo(x, decimals);
  // toFixed switches to exponent notation from 1e21: print huge integers through BigInt instead.
  const fixed = Math.abs(r) >= 1e21 ? `${BigInt(Math.abs(r)).toString()}${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}` : Math.abs(r).toFixed(decimals);
  const [intPart, frac] = fixed.split('.') as [string, string | undefined];
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${r < 0 ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** A measure value with its unit: `12.3%`, `1,204`, `-0.35`. Symbol wins over value. */
export function formatValue(value: number | null, unit: MeasureUnit, symbol: GssSymbol | null): string {
  if (symbol) return symbol;
  if (value === null || !Number.isFinite(value)) return 'x';
  const s = formatNumber(value, DISPLAY_DECIMALS[unit]);
  return unit === 'percent' ? `${s}%` : s;
}

/** A gap (LA minus benchmark) with an explicit sign: `+1.2`, `-0.4`, `0.0`; percent gaps are in points. */
export function formatGap(gap: number | null, unit: MeasureUnit): string {
  if (gap === null || !Number.isFinite(gap)) return 'x';
  const s = formatNumber(gap, DISPLAY_DECIMALS[unit]);
  return roundTo(gap, DISPLAY_DECIMALS[unit]) > 0 ? `+${s}` : s;
}

/** A count (numerator or denominator). Missing → `x`. Numerator of a mean is a points total, hence decimals. */
export function formatCount(n: number | null, symbol: GssSymbol | null = null): string {
  if (symbol) return symbol;
  if (n === null || !Number.isFinite(n)) return 'x';
  return formatNumber(n, Number.isInteger(n) ? 0 : 2);
}

/** `[-0.71, -0.22]` → `(-0.71, -0.22)` (starts with a bracket, so never read as a formula). No interval: `x` for a score (it should have one), else `z`. */
export function formatInterval(ci: [number, number] | null, unit: MeasureUnit, symbol: GssSymbol | null): string {
  if (symbol) return symbol;
  if (!ci || !Number.isFinite(ci[0]) || !Number.isFinite(ci[1])) return unit === 'score' ? 'x' : 'z';
  const d = DISPLAY_DECIMALS[unit];
  return `(${formatNumber(ci[0], d)}, ${formatNumber(ci[1], d)})`;
}

/**
 * A cell of a generic table: numbers with `decimals` places (integers with none), null → `x`.
 * A non-zero number that would round to zero prints as `<0.01` / `>-0.01` (never a false 0.00).
 */
export function formatGenericCell(cell: string | number | null, decimals = 2): string {
  if (cell === null) return 'x';
  if (typeof cell !== 'number') return cell;
  if (!Number.isFinite(cell)) return 'x';
  if (Number.isInteger(cell)) return formatNumber(cell, 0);
  if (roundTo(cell, decimals) === 0) {
    const unit = formatNumber(10 ** -decimals, decimals);
    return cell > 0 ? `<${unit}` : `>-${unit}`;
  }
  return formatNumber(cell, decimals);
}
