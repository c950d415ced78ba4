/**
 * Mean Progress 8 of a group of pupils with its 95% confidence interval (DfE, Secondary
 * accountability measures guide, "Confidence intervals"):
 *   CI = mean ± 1.96 × sd ÷ √n
 * where sd is the national standard deviation of pupil P8 scores of that KS4 year (ready reckoner
 * `p8_stdev_file.csv`, `p8stdev`) and n the number of pupils with a P8 score. This reproduces the
 * 468 published CLA intervals of 2021/22–2023/24 (test/measures/p8/).
 */
import { NO_P8_YEARS } from '../../domain/years.js';
import { p8TablesWith, type P8TableLookup } from './load-estimates.js';

export type MeanP8 =
  | { mean: number; ci: [number, number]; n: number; symbol: null; reason: null }
  | { mean: null; ci: null; n: number; symbol: 'x' | 'z'; reason: string };

/** Half-width of the 95% CI: 1.96 × sd ÷ √n (n ≥ 1, sd > 0). */
export function p8HalfWidth(sd: number, n: number): number {
  return (1.96 * sd) / Math.sqrt(n);
}


export function meanP8WithCi(scores: readonly number[], year: string, tables: P8TableLookup = p8TablesWith()): MeanP8 {
  const finite = scores.filter((s) => Number.isFinite(s));
  const n = finite.length;
  const noP8 = NO_P8_YEARS[year];
  if (noP8) return { mean: null, ci: null, n, symbol: 'z', reason: noP8 };
  if (n === 0) return { mean: null, ci: null, n, symbol: 'x', reason: 'No pupil has a Progress 8 score: the mean is not estimable.' };
  const table = tables(year);
  if (!table) {
    return { mean: null, ci: null, n, symbol: 'x', reason: `No national P8 standard deviation for ${year}: supply that year's DfE ready reckoner files.` };
  }
  const mean = finite.reduce((s, x) => s + x, 0) / n;
  const h = p8HalfWidth(table.p8StandardDeviation, n);
  return { mean, ci: [mean - h, mean + h], n, symbol: null, reason: null };
}
