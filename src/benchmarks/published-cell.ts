/**
 * One cell of a DfE published table, read as a figure or a GSS symbol.
 *
 * GSS symbols (Government Statistical Service, "Symbols in tables, definitions and help"):
 * `c` confidential (suppressed), `x` not available, `z` not applicable, `k` rounds to zero,
 * `low` below half the unit of rounding.
 *
 * Decision: `k` and `low` are real figures that round to zero, so they read as the value 0 (the
 * `note` says so and the benchmark's source text repeats it); `c`, `x`, `z` stay symbols; a blank or
 * any other text reads as `x` (not available). Never NaN.
 */
import type { GssSymbol } from '../domain/measure-row.js';

export interface PublishedCell {
  value: number | null;
  symbol: GssSymbol | null;
  /** Set when the published cell was `k` or `low` (read as 0). */
  note: string | null;
}

export function readPublishedCell(raw: string | undefined): PublishedCell {
  const text = (raw ?? '').trim();
  if (text === 'c' || text === 'x' || text === 'z') return { value: null, symbol: text, note: null };
  if (text === 'k') return { value: 0, symbol: null, note: 'published as k (rounds to zero)' };
  if (text === 'low') return { value: 0, symbol: null, note: 'published as low (below half the rounding unit)' };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text), symbol: null, note: null };
  return { value: null, symbol: 'x', note: null };
}
