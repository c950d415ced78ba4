import { describe, expect, it } from 'vitest';
import { rankRows } from '../../src/benchmark/rank-rows.js';
import type { MeasureRow } from '../../src/measures/row.js';
import { suppress } from '../../src/report/suppress.js';

function row(la: string, id: string, value: number | null, extra: Partial<MeasureRow> = {}): MeasureRow {
  return {
    id, year: '2023/24', la, cohort: 'cla_12m', breakdown: null, numerator: null, denominator: 20, value, unit: 'mean', symbol: null, ci: null, note: null,
    benchmarks: value === null ? [] : [{ scope: 'sn_cla_12m_2025', year: '2023/24', value: 20, symbol: null, gap: value - 20, source: 'test' }],
    children: extra.denominator ?? 20,
    ...extra,
  };
}

describe('rankRows', () => {
  const rows = [
    row('856', 'ks4_att8', 18.5), row('855', 'ks4_att8', 22.25), row('857', 'ks4_att8', 30, { denominator: 3 }),
    row('855', 'absence_overall', 12), row('856', 'absence_overall', 9), row('857', 'absence_overall', 15),
    row('855', 'ks4_att8', 1, { breakdown: { sex: 'F' } }),
  ];
  const out = rankRows(suppress(rows, 5), { measureOrder: ['ks4_att8', 'absence_overall'], neighbourGrouping: 2025, published: () => new Map([['855', 40], ['856', 19], ['900', 21], ['901', 10]]) });

  it('keeps totals only, in catalogue order then LA', () => {
    expect(out.map((r) => `${r.id}:${r.la}`)).toEqual(['ks4_att8:855', 'ks4_att8:856', 'ks4_att8:857', 'absence_overall:855', 'absence_overall:856', 'absence_overall:857']);
  });

  it('ranks only shown values: the suppressed LA (denominator 3) has no rank and is not counted', () => {
    const att8 = out.filter((r) => r.id === 'ks4_att8');
    expect(att8.map((r) => [r.la, r.symbol, r.value, r.rankInRun])).toEqual([
      ['855', null, 22.25, { rank: 1, of: 2, quartile: 1 }],
      ['856', null, 18.5, { rank: 2, of: 2, quartile: 3 }],
      ['857', 'c', null, null],
    ]);
    expect(att8[2]!.rankAmongPublished).toBeNull();
    expect(att8[2]!.gapToNeighbours).toBeNull();
  });

  it('lower is better for absence: 856 (9) ranks 1', () => {
    expect(out.filter((r) => r.id === 'absence_overall').map((r) => r.rankInRun!.rank)).toEqual([2, 1, 3]);
  });

  it("ranks among the other LAs' published figures, leaving out the LA's own", () => {
    // 855 = 22.25 among 856 19, 900 21, 901 10 (its own 40 left out): rank 1 of 4.
    expect(out[0]!.rankAmongPublished).toEqual({ rank: 1, of: 4, quartile: 1 });
    // 856 = 18.5 among 855 40, 900 21, 901 10: two better, rank 3 of 4.
    expect(out[1]!.rankAmongPublished).toEqual({ rank: 3, of: 4, quartile: 3 });
  });

  it('gap to neighbours is the chosen grouping\'s gap', () => {
    expect(out[0]!.gapToNeighbours).toBe(2.25);
    expect(out[0]!.breakdown).toBeNull();
  });
});
