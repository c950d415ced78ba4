import { describe, expect, it } from 'vitest';
import type { MeasureRow } from '../../src/measures/row.js';
import { buildKeyMessages, keySentence, shiftYear, trendOf, valueWithCounts } from '../../src/report/key-messages.js';
import { suppress } from '../../src/report/suppress.js';
import { bench, row } from './sample-document.js';

const Y = '2023/24';

// Every expected sentence below is worked out by hand from the figures in the rows.
describe('key message sentences', () => {
  it('states each gap with its sign word and the benchmark figure (the issue example)', () => {
    const a8 = row({ id: 'ks4_att8', unit: 'mean', numerator: 428, denominator: 20, value: 21.4,
      benchmarks: [bench('england_cla_12m', Y, 18.2, 3.2), bench('england_all', Y, 45.9, -24.5)] });
    // 21.4 - 18.2 = 3.2 above; 21.4 - 45.9 = -24.5, so 24.5 below
    expect(keySentence(a8)).toBe('Average Attainment 8 was 21.4, 3.2 points above children looked after in England (18.2) and 24.5 below all pupils in England (45.9).');
  });

  it('gives last year in brackets when shown, and gaps from the printed (rounded) figures', () => {
    const em = row({ id: 'ks4_em_4plus', unit: 'percent', numerator: 4, denominator: 18, value: 22.2222,
      benchmarks: [bench('england_cla_12m', Y, 18.04, 4.18)] });
    const prev = row({ id: 'ks4_em_4plus', year: '2022/23', unit: 'percent', numerator: 3, denominator: 16, value: 18.75 });
    // printed 22.2% and 18.0%: gap 4.2 (not 4.18 → 4.2 either way; 18.04 prints 18.0)
    expect(keySentence(em, prev)).toBe(
      'The percentage achieving grade 4 or above in English and maths was 22.2% (18.8% in 2022/23), 4.2 percentage points above children looked after in England (18.0%).');
  });

  it('for a measure where lower is better, says which way the gap goes (absence: higher is worse)', () => {
    const pa = row({ id: 'absence_persistent', unit: 'percent', numerator: 9, denominator: 30, value: 30,
      benchmarks: [bench('england_cla_12m', Y, 25, 5), bench('england_all', Y, 20, 10)] });
    expect(keySentence(pa)).toBe(
      'The percentage persistently absent (missing 10% or more of sessions) was 30.0%, 5.0 percentage points above children looked after in England (25.0%) and 10.0 above all pupils in England (20.0%); as lower is better, this is worse than both.');
    const mixed = row({ id: 'absence_persistent', unit: 'percent', numerator: 6, denominator: 30, value: 22,
      benchmarks: [bench('england_cla_12m', Y, 25, -3), bench('england_all', Y, 20, 2)] });
    expect(keySentence(mixed)).toMatch(/22\.0%, 3\.0 percentage points below children looked after in England \(25\.0%\) and 2\.0 above all pupils in England \(20\.0%\); as lower is better, this is better than children looked after in England and worse than all pupils in England\.$/);
    const stab = row({ id: 'stability_3plus_year', unit: 'percent', numerator: 18, denominator: 198, value: 9.0909, benchmarks: [bench('england_cla_12m', Y, 11, -1.91)] });
    expect(keySentence(stab)).toBe('The percentage with three or more placements in the year was 9.1%, 1.9 percentage points below children looked after in England (11.0%); as lower is better, this is better.');
  });

  it('beside a comparison that is the same, the gap after it names its unit and the verdict names whom it is against', () => {
    const pa = row({ id: 'absence_persistent', unit: 'percent', numerator: 54, denominator: 259, value: 20.849,
      benchmarks: [bench('england_cla_12m', Y, 20.8, 0.05), bench('england_all', Y, 12.5, 8.35)] });
    expect(keySentence(pa)).toBe('The percentage persistently absent (missing 10% or more of sessions) was 20.8%, the same as children looked after in England (20.8%) '
      + 'and 8.3 percentage points above all pupils in England (12.5%); as lower is better, this is worse than all pupils in England.');
  });
  it('says "the same as" when the printed figures are equal, and leaves out benchmarks not shown', () => {
    const p8 = row({ id: 'ks4_p8', unit: 'score', value: -1.304, denominator: 20,
      benchmarks: [bench('england_cla_12m', Y, -1.3, 0), bench('england_all', Y, null, null, 'x')] });
    expect(keySentence(p8)).toBe('Average Progress 8 was -1.30, the same as children looked after in England (-1.30).');
    const none = row({ id: 'suspension_one_plus', unit: 'percent', numerator: 10, denominator: 13, value: 76.923 });
    expect(keySentence(none)).toBe('The percentage with one or more suspensions was 76.9%; no published benchmark is available to compare with.');
  });

  it('writes no sentence about a suppressed or unavailable figure', () => {
    expect(keySentence(row({ id: 'ks4_att8', unit: 'mean', symbol: 'c', benchmarks: [bench('england_cla_12m', Y, 18.2, null)] }))).toBeNull();
    expect(keySentence(row({ id: 'ks4_att8', unit: 'mean', symbol: 'x' }))).toBeNull();
    expect(keySentence(undefined)).toBeNull();
  });
});

describe('headline table', () => {
  const rows: MeasureRow[] = suppress([
    row({ id: 'ks4_att8', year: '2021/22', unit: 'mean', numerator: 300, denominator: 20, value: 15 }),
    row({ id: 'ks4_att8', year: '2022/23', unit: 'mean', numerator: 380, denominator: 20, value: 19 }),
    row({ id: 'ks4_att8', unit: 'mean', numerator: 428, denominator: 20, value: 21.4,
      benchmarks: [bench('england_cla_12m', Y, 18.2, 3.2), bench('region_cla_12m', Y, 19, 2.4), bench('sn_cla_12m_2021', Y, 17, 4.4), bench('sn_cla_12m_2025', Y, 17.5, 3.9)] }),
    row({ id: 'absence_persistent', year: '2021/22', unit: 'percent', numerator: 6, denominator: 20, value: 30 }),
    row({ id: 'absence_persistent', unit: 'percent', numerator: 7, denominator: 20, value: 35 }),
    row({ id: 'ks2_rwm_expected', unit: 'percent', numerator: 2, denominator: 7, value: 28.6, benchmarks: [bench('england_cla_12m', Y, 34, -5.4)] }),
    row({ id: 'ks4_em_4plus', unit: 'percent', numerator: 6, denominator: 18, value: 33.3333 }),
    row({ id: 'absence_overall', unit: 'percent', numerator: 824, denominator: 8489, value: 9.7067 }),
  ], 5);

  const km = buildKeyMessages({ rows, year: Y, cohort: 'cla_12m' })!;

  it('has at most eight columns: the measure, two years, the trend and four benchmarks (latest neighbour grouping)', () => {
    expect(km.table.headers).toEqual(['Measure', '2023/24', '2022/23', 'Trend since 2021/22', 'England CLA', 'England all pupils', 'Region CLA', 'Statistical neighbours CLA (2025)']);
  });

  it('lays out rows in headline order with counts, symbols and x for a benchmark not bundled', () => {
    const byTitle = new Map(km.table.rows.map((r) => [r[0], r]));
    expect(km.table.rows.map((r) => r[0])).toEqual(['KS2 reading, writing and maths expected', 'Attainment 8', 'English and maths grade 4+', 'Overall absence (% sessions)', 'Persistently absent (10%+)']);
    // 2 of 7 is suppressed (numerator 1-4): c, and no count
    expect(byTitle.get('KS2 reading, writing and maths expected')).toEqual(['KS2 reading, writing and maths expected', 'c', 'x', 'x', '34.0%', 'x', 'x', 'x']);
    // 21.4 - 15.0 = +6.4 over 2021/22 to 2023/24; higher is better
    expect(byTitle.get('Attainment 8')).toEqual(['Attainment 8', '21.4', '19.0', 'Improving (+6.4)', '18.2', 'x', '19.0', '17.5']);
    expect(byTitle.get('English and maths grade 4+')![1]).toBe('6 of 18, 33.3%');
    // sessions, not children: no "n of d"
    expect(byTitle.get('Overall absence (% sessions)')![1]).toBe('9.7%');
    // 35.0 - 30.0 = +5.0, lower is better: worsening
    expect(byTitle.get('Persistently absent (10%+)')![3]).toBe('Worsening (+5.0)');
    expect(km.notes.some((n) => n.startsWith('x = not available') && n.includes('England all pupils'))).toBe(true);
  });

  it('shows England all pupils as z (not applicable), not x, for a measure of children in care of every age', () => {
    const stab = buildKeyMessages({ rows: suppress([row({ id: 'stability_3plus_year', cohort: 'cla_31mar', unit: 'percent', numerator: 18, denominator: 198, value: 9.09, benchmarks: [bench('england_cla_12m', Y, 11, -1.9)] })], 5), year: Y, cohort: 'cla_12m' })!;
    expect(stab.table.rows[0]!.slice(4)).toEqual(['11.0%', 'z', 'x']); // England CLA, England all pupils, Region CLA (no neighbour column: no neighbour figure)
    expect(stab.notes.find((n) => n.startsWith('x = not available'))).not.toContain('England all pupils');
  });

  it('writes sentences only for shown figures', () => {
    expect(km.sentences.some((s) => s.includes('key stage 2'))).toBe(false);
    expect(km.sentences[0]).toBe('Average Attainment 8 was 21.4 (19.0 in 2022/23), 3.2 points above children looked after in England (18.2).');
  });

  it('leaves counts out when the audience does not allow them', () => {
    const pub = buildKeyMessages({ rows, year: Y, cohort: 'cla_12m', counts: false })!;
    expect(pub.table.rows.find((r) => r[0] === 'English and maths grade 4+')![1]).toBe('33.3%');
  });
});

describe('helpers', () => {
  it('shifts academic years', () => {
    expect(shiftYear('2023/24', -1)).toBe('2022/23');
    expect(shiftYear('2000/01', -2)).toBe('1998/99');
    expect(shiftYear('1999/00', 1)).toBe('2000/01');
    expect(shiftYear('2024', -1)).toBeNull();
  });
  it('trend is x when either end is suppressed, and no change when the printed figures are equal', () => {
    const rs = [row({ id: 'ks4_att8', unit: 'mean', value: 20.04 }), row({ id: 'ks4_att8', year: '2021/22', unit: 'mean', value: 19.96 })];
    expect(trendOf(rs, 'ks4_att8', Y, 'cla_12m').text).toBe('No change');
    expect(trendOf([rs[0]!, { ...rs[1]!, value: null, symbol: 'c' }], 'ks4_att8', Y, 'cla_12m').text).toBe('x');
  });
  it('a count row is shown as its value', () => {
    expect(valueWithCounts(row({ id: 'cla_31mar', unit: 'count', value: 198, numerator: 198 }), true)).toBe('198');
  });
});
