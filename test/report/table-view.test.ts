import { describe, expect, it } from 'vitest';
import type { MeasureRow } from '../../src/measures/row.js';
import { compareBreakdowns, valueLabel } from '../../src/report/breakdown-labels.js';
import { breakdownLabel, tableView } from '../../src/report/table-view.js';
import { bench, row } from './sample-document.js';

describe('tableView', () => {
  it('benchmark-style table: an LA column when rows come from several LAs; texts per cell', () => {
    const v = tableView({
      id: 't', title: 'T', sheet: 'T',
      rows: [
        row({ la: '998', id: 'ks4_att8', unit: 'mean', numerator: 400, denominator: 20, value: 20, benchmarks: [bench('england_cla_12m', '2023/24', 19.5, 0.5)] }),
        row({ la: '999', id: 'ks4_att8', unit: 'mean', symbol: 'c', benchmarks: [bench('england_cla_12m', '2023/24', 19.5, null)] }),
      ],
    });
    expect(v.headers).toEqual(['LA', 'Measure', 'Numerator', 'Denominator', 'Value', 'England CLA', 'Gap vs England CLA']);
    expect(v.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['998', 'Attainment 8', '400', '20', '20.0', '19.5', '+0.5'],
      ['999', 'Attainment 8', 'c', 'c', 'c', '19.5', 'c'],
    ]);
    expect(v.rows[0]!.map((c) => c.number)).toEqual([null, null, 400, 20, 20, 19.5, 0.5]);
  });

  it('a table of care-leaver rows heads its benchmark columns with care leavers, not CLA (the published figures are of care leavers)', () => {
    const leavers = row({ id: 'oc3_eet_17_18', cohort: 'care_leavers', unit: 'percent', numerator: 11, denominator: 26, value: 42.3,
      benchmarks: [bench('england_cla_12m', '2023/24', 64, -21.7), bench('sn_cla_12m_2025', '2023/24', 65.1, -22.8)] });
    const v = tableView({ id: 't', title: 'T', sheet: 'T', columns: { counts: false }, rows: [leavers] });
    expect(v.headers.slice(-4)).toEqual(['England care leavers', 'Gap vs England care leavers', 'Statistical neighbours care leavers (2025)', 'Gap vs Statistical neighbours care leavers (2025)']);
    // a table that mixes children looked after with care leavers keeps the CLA label
    const mixed = tableView({ id: 't', title: 'T', sheet: 'T', columns: { counts: false },
      rows: [leavers, row({ id: 'ks4_att8', unit: 'mean', numerator: 400, denominator: 20, value: 20, benchmarks: [bench('england_cla_12m', '2023/24', 19.5, 0.5)] })] });
    expect(mixed.headers).toContain('England CLA');
  });

  it("never shows another year's benchmark: a 2022/23 figure on a 2023/24 row is x", () => {
    const v = tableView({
      id: 't', title: 'T', sheet: 'T',
      rows: [row({ id: 'ks4_em_4plus', unit: 'percent', numerator: 10, denominator: 40, value: 25, benchmarks: [bench('england_cla_12m', '2022/23', 23.1, 1.9)] })],
    });
    expect(v.rows[0]!.slice(-2).map((c) => c.text)).toEqual(['x', 'x']);
  });

  it('a count beside a rate in a table of benchmarks: its England and region cells are z (not applicable), the rate\'s missing one x', () => {
    const v = tableView({
      id: 't', title: 'T', sheet: 'T', columns: { counts: false, gaps: false },
      rows: [
        row({ id: 'cla_31mar', unit: 'count', numerator: null, denominator: null, children: 198, value: 198 }),
        row({ id: 'cla_rate_per_10k', unit: 'rate', numerator: 198, denominator: 145000, value: 13.6, benchmarks: [bench('england_cla_12m', '2023/24', 69, -55.4)] }),
      ],
    });
    expect(v.headers.slice(-2)).toEqual(['Value', 'England CLA']);
    expect(v.rows.map((r) => r.slice(-1)[0]!.text)).toEqual(['z', '69.0']);
    expect([...v.symbols]).toEqual(['z']);
    const w = tableView({ id: 't', title: 'T', sheet: 'T', columns: { counts: false, gaps: false, benchmarks: ['england_cla_12m'] },
      rows: [row({ id: 'cla_rate_per_10k', unit: 'rate', numerator: 198, denominator: 145000, value: 13.6 })] });
    expect(w.rows[0]!.slice(-1)[0]!.text).toBe('x');
  });

  it('a non-finite value becomes x, never NaN', () => {
    const v = tableView({ id: 't', title: 'T', sheet: 'T', rows: [row({ id: 'ks4_att8', unit: 'mean', numerator: 0, denominator: 0, value: Number.NaN })] });
    expect(v.rows[0]!.map((c) => c.text)).toEqual(['Attainment 8', 'x', 'x', 'x']); // the whole row is not available
  });

  it('column options override the defaults', () => {
    const v = tableView({
      id: 't', title: 'T', sheet: 'T', columns: { counts: false, gaps: false, benchmarks: ['england_all'], breakdown: true },
      rows: [row({ id: 'sen_ehcp', unit: 'percent', numerator: 30, denominator: 100, value: 30, benchmarks: [bench('england_all', '2023/24', 4.8, 25.2)] })],
    });
    expect(v.headers).toEqual(['Measure', 'Breakdown', 'Value', 'England all pupils']);
    expect(v.rows[0]!.map((c) => c.text)).toEqual(['EHC plan', 'All', '30.0%', '4.8%']);
  });
});

describe('report tables a reader can use (issue 17)', () => {
  const r = (p: Partial<MeasureRow> & Pick<MeasureRow, 'id' | 'unit'>): MeasureRow => ({
    year: '2023/24', la: '999', cohort: 'cla_31mar', breakdown: null, numerator: null, denominator: null, value: null,
    symbol: null, ci: null, note: null, benchmarks: [], children: null, ...p,
  });
  const rows: MeasureRow[] = [
    r({ id: 'cla_31mar', unit: 'count', value: 198, numerator: 198 }),
    r({ id: 'cla_31mar', unit: 'count', value: 79, numerator: 79, denominator: 198, breakdown: { age_band: '10_to_15' } }),
    r({ id: 'cla_31mar', unit: 'count', value: null, symbol: 'c', breakdown: { legal_status: 'E1' } }),
    r({ id: 'cla_31mar', unit: 'count', value: null, symbol: 'c', breakdown: { placement_group: 'other' } }),
    r({ id: 'cla_31mar', unit: 'count', value: 17, numerator: 17, denominator: 198, breakdown: { placement_group: 'childrens_homes_secure' } }),
    r({ id: 'cla_31mar', unit: 'count', value: null, symbol: 'c', breakdown: { legal_status: 'J1' } }),
    r({ id: 'ks4_em_4plus', unit: 'percent', cohort: 'cla_12m', numerator: 4, denominator: 18, value: 22.2222 }),
  ];
  const v = tableView({ id: 't', title: 'T', sheet: 'T', rows, columns: { combined: true, counts: false, gaps: false, collapseSuppressed: true, cohort: false } });

  it('decodes codes, shows a count as its share of the total, and a percentage with its counts', () => {
    expect(v.headers).toEqual(['Measure', 'Breakdown', 'Value']);
    const texts = v.rows.map((row) => row.map((c) => c.text));
    // 79 of 198 = 39.898...% → 39.9%; 17 of 198 = 8.585...% → 8.6%
    expect(texts[1]).toEqual(['Looked after at 31 March', 'Age band: 10 to 15', '79 (39.9%)']);
    expect(texts[2]).toEqual(['Looked after at 31 March', "Placement: Children's homes and secure units", '17 (8.6%)']);
    expect(texts[4]).toEqual(['English and maths grade 4+', 'All', '4 of 18, 22.2%']);
  });

  it('collapses a measure’s suppressed breakdown rows into one line after its shown rows, saying how many', () => {
    expect(v.rows.map((row) => row[1]!.text)).toEqual([
      'All', 'Age band: 10 to 15', "Placement: Children's homes and secure units", '3 groups withheld (c): 2 by legal status, 1 by placement', 'All',
    ]);
    expect(v.rows[3]![2]!.text).toBe('c');
    expect(v.symbols.has('c')).toBe(true);
    // withheld rows of one breakdown read like its shown rows: "Placement: 2 groups withheld (c)"
    const one = tableView({ id: 't', title: 'T', sheet: 'T', rows: [rows[0]!, rows[3]!, rows[4]!, { ...rows[3]!, breakdown: { placement_group: 'secure' } }], columns: { combined: true, counts: false, gaps: false, collapseSuppressed: true, cohort: false } });
    expect(one.rows.map((row) => row[1]!.text)).toEqual(['All', "Placement: Children's homes and secure units", 'Placement: 2 groups withheld (c)']);
  });

  it('leaves counts out when the audience does not allow them', () => {
    const pub = tableView({ id: 't', title: 'T', sheet: 'T', rows: [rows[6]!], columns: { combined: true, counts: false, showCounts: false } });
    expect(pub.rows[0]!.map((c) => c.text)).toContain('22.2%');
  });
});

describe('breakdown labels and order', () => {
  it('sorts age bands youngest first and decodes legal status and placement codes', () => {
    const bands = ['16_plus', '1_to_4', '10_to_15', 'under_1', '5_to_9'].map((a) => ({ age_band: a }));
    expect(bands.sort(compareBreakdowns).map((b) => valueLabel('age_band', b.age_band))).toEqual(['Under 1', '1 to 4', '5 to 9', '10 to 15', '16 and over']);
    expect(breakdownLabel({ legal_status: 'V2' })).toBe('Legal status: Accommodated under section 20 (single period)');
    expect(breakdownLabel({ legal_status: 'Q9' })).toBe('Legal status: Q9');
  });
});
