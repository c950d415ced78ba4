/**
 * Guards every renderer against figures it must never print (measures.md: never NaN, Infinity or a
 * blank): a non-finite number becomes null, a value that is null with no symbol becomes `x`, and a
 * row with a symbol has no value. Pure; returns a new row.
 */
import type { BenchmarkValue, MeasureRow } from '../measures/row.js';

function finite(n: number | null | undefined): number | null {
  return n === null || n === undefined || !Number.isFinite(n) ? null : n;
}

export function normaliseBenchmark(b: BenchmarkValue): BenchmarkValue {
  const value = b.symbol ? null : finite(b.value);
  return { ...b, value, symbol: b.symbol ?? (value === null ? 'x' : null), gap: finite(b.gap) };
}

export function normaliseRow(r: MeasureRow): MeasureRow {
  const value = r.symbol ? null : finite(r.value);
  const ci = r.ci && Number.isFinite(r.ci[0]) && Number.isFinite(r.ci[1]) ? ([r.ci[0], r.ci[1]] as [number, number]) : null;
  return {
    ...r,
    value,
    symbol: r.symbol ?? (value === null ? 'x' : null),
    numerator: finite(r.numerator),
    denominator: finite(r.denominator),
    ci: r.symbol ? null : ci,
    benchmarks: r.benchmarks.map(normaliseBenchmark),
  };
}
