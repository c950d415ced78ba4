/**
 * A hand-made, synthetic report document (LA 999 "Synthshire", no real child) used by the golden
 * files. Rows go through `suppress(…, 5)`, so the goldens also pin suppression.
 */
import type { BenchmarkValue, MeasureRow } from '../../src/measures/row.js';
import { NO_P8_YEARS } from '../../src/domain/years.js';
import type { ReportDocument } from '../../src/report/document.js';
import { suppress } from '../../src/report/suppress.js';

const SRC = 'DfE, Outcomes for children in need, including children looked after, 2023/24 (synthetic copy)';

export function bench(scope: string, year: string, value: number | null, gap: number | null, symbol: 'c' | 'x' | 'z' | null = null): BenchmarkValue {
  return { scope, year, value, symbol, gap, source: SRC };
}

export function row(p: Partial<MeasureRow> & Pick<MeasureRow, 'id' | 'unit'>): MeasureRow {
  return {
    year: '2023/24',
    la: '999',
    cohort: 'cla_12m',
    breakdown: null,
    numerator: null,
    denominator: null,
    value: null,
    symbol: null,
    ci: null,
    note: null,
    benchmarks: [],
    // the children behind the row: a count's value, else its denominator (a test may say otherwise)
    children: p.unit === 'count' ? (p.value ?? null) : (p.denominator ?? null),
    ...p,
  };
}

const count = (id: string, value: number, breakdown: Record<string, string> | null = null) =>
  row({ id, unit: 'count', value, breakdown, cohort: 'cla_31mar' });

export const PROFILE_ROWS: MeasureRow[] = [
  count('cla_31mar', 1205),
  count('cla_31mar', 700, { sex: 'M' }),
  count('cla_31mar', 505, { sex: 'F' }),
  count('cla_31mar', 3, { age_band: 'under 1' }),
  count('cla_31mar', 12, { age_band: '1-4' }),
  count('cla_31mar', 250, { age_band: '5-9' }),
  count('cla_31mar', 640, { age_band: '10-15' }),
  count('cla_31mar', 300, { age_band: '16+' }),
];

export const KS4_ROWS: MeasureRow[] = [
  row({ id: 'ks4_em_4plus', unit: 'percent', numerator: 9, denominator: 38, value: 23.684210526,
    benchmarks: [bench('england_cla_12m', '2023/24', 24.1, -0.42), bench('england_all', '2023/24', 65.4, -41.72),
      bench('region_cla_12m', '2023/24', 22.8, 0.88), bench('sn_cla_12m_2021', '2023/24', null, null, 'x'), bench('la_published', '2023/24', 23.7, -0.02)] }),
  row({ id: 'ks4_em_5plus', unit: 'percent', numerator: 3, denominator: 38, value: 7.894736842,
    benchmarks: [bench('england_cla_12m', '2023/24', 11.2, -3.31), bench('england_all', '2023/24', 45.9, -38.01)] }),
  row({ id: 'ks4_att8', unit: 'mean', numerator: 811.25, denominator: 38, value: 21.348684,
    benchmarks: [bench('england_cla_12m', '2023/24', 20.5, 0.85), bench('england_all', '2023/24', 45.9, -24.55)] }),
  row({ id: 'ks4_p8', unit: 'score', numerator: -33.44, denominator: 33, value: -1.013333, ci: [-1.355, -0.6717], note: 'Well below average',
    benchmarks: [bench('england_cla_12m', '2023/24', -1.25, 0.24), bench('england_all', '2023/24', -0.03, -0.98)] }),
];

export const TREND_ROWS: MeasureRow[] = [
  row({ id: 'ks4_att8', year: '2021/22', unit: 'mean', value: null, symbol: 'x', benchmarks: [bench('england_cla_12m', '2021/22', 20.3, null)] }),
  row({ id: 'ks4_att8', year: '2022/23', unit: 'mean', numerator: 700, denominator: 35, value: 20, benchmarks: [bench('england_cla_12m', '2022/23', 19.4, 0.6)] }),
  KS4_ROWS[2]!,
];

export const P8_ROWS: MeasureRow[] = [
  row({ id: 'ks4_p8', year: '2019/20', unit: 'score', symbol: 'z', note: NO_P8_YEARS['2019/20']! }),
  row({ id: 'ks4_p8', year: '2022/23', unit: 'score', numerator: -35.7, denominator: 35, value: -1.02, ci: [-1.35, -0.69], note: 'Well below average' }),
  KS4_ROWS[3]!,
];

export function sampleDocument(): ReportDocument {
  const [profile, ks4, trend, p8] = [PROFILE_ROWS, KS4_ROWS, TREND_ROWS, P8_ROWS].map((r) => suppress(r, 5)) as [MeasureRow[], MeasureRow[], MeasureRow[], MeasureRow[]];
  return {
    title: 'Virtual School annual report: education of children looked after',
    la: '999',
    laName: 'Synthshire',
    year: '2023/24',
    cohort: 'cla_12m',
    suppressionThreshold: 5,
    toolVersion: '0.1.0',
    sections: [
      {
        id: 'profile',
        title: 'Cohort profile',
        intro: 'Children looked after at 31 March 2024, by sex and age band.',
        tables: [{ id: 'profile-counts', title: 'Children looked after at 31 March', sheet: 'CLA at 31 March', rows: profile, columns: { counts: false } }],
      },
      {
        id: 'ks4',
        title: 'Key stage 4',
        tables: [{ id: 'ks4-headline', title: 'KS4 headline measures', sheet: 'KS4 headline measures', caption: 'Children looked after for 12 months at 31 March.', rows: ks4 }],
        charts: [{ kind: 'benchmarks', id: 'ks4-em4-bench', title: 'English and maths grade 4+: Synthshire and benchmarks', row: ks4[0]! }],
        notes: ['Progress 8 bands follow the DfE: the band depends on the score and its 95% confidence interval.'],
      },
      {
        id: 'trends',
        title: 'Trends',
        tables: [
          { id: 'att8-trend', title: 'Attainment 8 over years', sheet: 'Attainment 8 over years', rows: trend, columns: { benchmarks: ['england_cla_12m'] } },
          { id: 'p8-trend', title: 'Progress 8 over years', sheet: 'Progress 8 over years', rows: p8 },
        ],
        charts: [
          { kind: 'trend', id: 'att8-trend-chart', title: 'Attainment 8: Synthshire and England CLA', rows: trend },
          { kind: 'progress', id: 'p8-chart', title: 'Progress 8 with 95% confidence interval', rows: p8 },
        ],
      },
      {
        id: 'model',
        title: 'Factor model',
        intro: 'Synthetic model output with awkward text cells.',
        tables: [
          {
            kind: 'generic',
            id: 'model-terms',
            title: 'Model terms',
            sheet: 'Model terms',
            headers: ['Term', 'Estimate', 'SE', '95% CI', 'p', 'Sentence'],
            decimals: [null, 2, 2, null, 3, null],
            rows: [
              ['(Intercept)', 30.1234, 2.5, '(25.2, 35.0)', 0.0001, 'Baseline.'],
              ['-placement_moves', -0.35, 0.1, '(-0.55, -0.15)', 0.0005, '=HYPERLINK("evil","x")'],
              ['+sen_ehcp', -4.2, 1.1, null, 0.0002, '@SUM(A1:A2)'],
              ['\ttab term', 1000000, 0, 'z', 1, 'Quote " and comma, in text'],
            ],
          },
        ],
      },
    ],
  };
}
