/**
 * A measure row: every figure the tool reports (shared/spec/measures.md). Symbols follow the GSS
 * convention: `c` suppressed, `x` not available, `z` not applicable. `value` is null exactly when
 * `symbol` is set. Percentages are 0–100.
 */
export type GssSymbol = 'c' | 'x' | 'z';
export type MeasureUnit = 'count' | 'percent' | 'mean' | 'rate' | 'score';

export interface BenchmarkValue {
  /** e.g. 'england_cla_12m', 'england_all', 'region_cla_12m', 'sn_cla_12m_2021', 'sn_cla_12m_2025', 'la_published' */
  scope: string;
  year: string;
  value: number | null;
  symbol: GssSymbol | null;
  /** LA value minus benchmark value, 2 decimals; null when either is missing. */
  gap: number | null;
  source: string;
}

export interface MeasureRow {
  id: string;
  year: string; // academic year "2016/17"
  la: string;
  cohort: string;
  breakdown: Record<string, string> | null;
  numerator: number | null;
  denominator: number | null;
  /**
   * The number of children (or pupils) behind the figure, whatever the unit of its value or
   * denominator: the count itself for a count, the pupils with a value for a mean, score or
   * percentage, the pupils whose sessions are counted for absence (whose denominator is sessions),
   * the children counted for a rate. Small-number suppression is decided on it. Null only where no
   * figure applies (`z`).
   */
  children: number | null;
  value: number | null;
  unit: MeasureUnit;
  symbol: GssSymbol | null;
  ci: [number, number] | null;
  /** e.g. the DfE Progress 8 band, or a sentence for `z`. */
  note: string | null;
  benchmarks: BenchmarkValue[];
}
