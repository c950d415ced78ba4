/**
 * Fixed, deterministic number formatting for model outputs. Never NaN: callers only pass finite
 * numbers (estimates that cannot be made are "not estimable" before they get here).
 */

/** x rounded to `decimals` places as a number, with −0 made 0 (for JSON and CSV). */
export function roundTo(x: number, decimals: number): number {
  const rounded = Number(x.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

/** x to 4 significant figures (p-values), −0 made 0. */
export function roundSignificant(x: number, digits = 4): number {
  const rounded = Number(x.toPrecision(digits));
  return rounded === 0 ? 0 : rounded;
}

/** Text for people: fixed decimals and a true minus sign (U+2212); "−0.00" is written "0.00". */
export function formatForReading(x: number, decimals: number): string {
  const text = Math.abs(x).toFixed(decimals);
  return x < 0 && Number(text) !== 0 ? `\u2212${text}` : text;
}

/** Decimals that show a standard error to two significant figures, between 2 and 4. */
export function decimalsForStandardError(se: number): number {
  if (!(se > 0)) return 2;
  return Math.min(4, Math.max(2, Math.ceil(-Math.log10(se)) + 1));
}

/** p-value for reading: "<0.001" below 0.001, else three decimals. */
export function formatPValue(p: number | null): string {
  if (p === null) return '—';
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}
