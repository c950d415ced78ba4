/**
 * Mean Progress 8 of a group of pupils with its 95% confidence interval (DfE, Secondary
 * accountability measures guide, "Confidence intervals"):
 *   CI = mean ± 1.96 × sd ÷ √n
 * where sd is the national standard deviation of pupil P8 scores of that KS4 year (ready reckoner
 * `p8_stdev_file.csv`, `p8stdev`) and n the number of pupils with a P8 score. This reproduces the
 * 468 published CLA intervals of 2021/22–2023/24 (test/measures/p8/).
 */
import { readFileSync } from 'node:fs';
import { NO_P8_YEARS } from '../../domain/years.js';
import { p8TablesWith, type P8TableLookup } from '../../derive/attainment/load-estimates.js';

export type MeanP8 =
  /** `sdNote`: set when σ is not the ready reckoner's own but the one the published intervals imply. */
  | { mean: number; ci: [number, number]; n: number; symbol: null; reason: null; sdNote?: string }
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
    // years without ready reckoner files (2016/17–2018/19 where pupil P8 is supplied as KS4_P8SCORE):
    // the national σ the DfE's published intervals imply (data/p8/sd_from_published.csv)
    const implied = impliedP8Sd(year);
    if (implied !== null) {
      const mean = finite.reduce((s, x) => s + x, 0) / n;
      const h = p8HalfWidth(implied, n);
      return { mean, ci: [mean - h, mean + h], n, symbol: null, reason: null,
        sdNote: `CI from the national sd ${implied} implied by the DfE's published ${year} intervals (data/p8/sd_from_published.csv).` };
    }
    return { mean: null, ci: null, n, symbol: 'x', reason: `No national P8 standard deviation for ${year}: supply that year's DfE ready reckoner files.` };
  }
  const mean = finite.reduce((s, x) => s + x, 0) / n;
  const h = p8HalfWidth(table.p8StandardDeviation, n);
  return { mean, ci: [mean - h, mean + h], n, symbol: null, reason: null };
}

let implied: Map<string, number> | undefined;
/** National σ of pupil P8 implied by the published intervals, for years without ready reckoner files. */
export function impliedP8Sd(year: string): number | null {
  if (!implied) {
    implied = new Map();
    const text = readFileSync(new URL('../../../data/p8/sd_from_published.csv', import.meta.url), 'utf8');
    for (const line of text.split('\n').slice(1)) {
      const [y, sd] = line.split(',');
      if (y && sd && Number(sd) > 0) implied.set(y, Number(sd));
    }
  }
  return implied.get(year) ?? null;
}
