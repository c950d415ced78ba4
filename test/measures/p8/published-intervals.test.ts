/**
 * Reproduces every published Progress 8 confidence interval of children looked after for 12 months
 * (ks4_la.csv, social_care_group `CLA 12 months at 31 March`, 2021/22–2023/24, national, regional and
 * LA rows with a numeric P8) from avg_p8score, t_inp8calc and the year's national sd:
 * the published half-width (upper − lower) / 2 must equal 1.96 × sd / √n within 0.005 (the
 * published figures are rounded to 2 decimals), and the interval must be centred on the score
 * within 0.01. The spec (measures.md) says there are 468 such rows.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { bundledP8Table } from '../../../src/derive/attainment/index.js';
import { meanP8WithCi, p8HalfWidth } from '../../../src/measures/p8/index.js';

const REFERENCE = '/work/shared/reference/dfe-benchmarks/ks4_la.csv';
const YEARS: Record<string, string> = { '202122': '2021/22', '202223': '2022/23', '202324': '2023/24' };

describe('published CLA Progress 8 intervals', () => {
  it('all 468 half-widths within 0.005', () => {
    const rows = parse(readFileSync(REFERENCE), { bom: true, columns: true }) as Record<string, string>[];
    let checked = 0;
    const failures: string[] = [];
    const levels: Record<string, number> = {};
    for (const r of rows) {
      const year = YEARS[r.time_period!];
      if (!year || r.social_care_group !== 'CLA 12 months at 31 March') continue;
      const [mean, low, upp, n] = [r.avg_p8score, r.p8score_CI_low, r.p8score_CI_upp, r.t_inp8calc].map(Number);
      if (![mean, low, upp, n].every((v) => Number.isFinite(v))) continue;
      const sd = bundledP8Table(year)!.p8StandardDeviation;
      const expected = p8HalfWidth(sd, n!);
      const published = (upp! - low!) / 2;
      if (Math.abs(published - expected) > 0.005 + 1e-9 || Math.abs((upp! + low!) / 2 - mean!) > 0.01 + 1e-9) {
        failures.push(`${year} ${r.geographic_level} ${r.old_la_code || r.region_code}: published ±${published}, computed ±${expected}`);
      }
      levels[r.geographic_level!] = (levels[r.geographic_level!] ?? 0) + 1;
      checked++;
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(468);
    expect(levels).toEqual({ National: 3, Regional: 33, 'Local authority': 432 });
  });

  it('meanP8WithCi gives the same interval as the published national 2022/23 row', () => {
    const row = (parse(readFileSync(REFERENCE), { bom: true, columns: true }) as Record<string, string>[])
      .find((r) => r.time_period === '202223' && r.geographic_level === 'National' && r.social_care_group === 'CLA 12 months at 31 March')!;
    const n = Number(row.t_inp8calc);
    const mean = Number(row.avg_p8score);
    // n pupils all scoring the published mean: the CI is mean ± 1.96 × sd / √n
    const m = meanP8WithCi(Array.from({ length: n }, () => mean), '2022/23');
    expect(Math.abs(m.ci![0] - Number(row.p8score_CI_low))).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(m.ci![1] - Number(row.p8score_CI_upp))).toBeLessThanOrEqual(0.005 + 1e-9);
  });
});
