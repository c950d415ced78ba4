import { describe, expect, it } from 'vitest';
import { NO_P8_YEARS } from '../../src/domain/years.js';
import type { MeasureRow } from '../../src/measures/row.js';
import { buildReportDocument } from '../../src/report/build-document.js';
import { isGenericTable } from '../../src/report/document.js';
import { renderCsv } from '../../src/report/render-csv.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderJson } from '../../src/report/render-json.js';
import { renderMarkdown } from '../../src/report/render-md.js';
import { renderXlsx } from '../../src/report/render-xlsx.js';
import { suppress } from '../../src/report/suppress.js';
import { bench, KS4_ROWS, PROFILE_ROWS, row, TREND_ROWS } from './sample-document.js';

const Y = '2024/25';
const at = (r: MeasureRow, year: string): MeasureRow => ({ ...r, year, benchmarks: r.benchmarks.map((b) => ({ ...b, year })) });

const rows: MeasureRow[] = suppress(
  [
    ...PROFILE_ROWS.map((r) => at(r, Y)),
    ...KS4_ROWS.slice(0, 3).map((r) => at(r, Y)),
    // breakdown before total in input: the total must come first in the table
    row({ id: 'ks4_att8', year: Y, unit: 'mean', numerator: 300, denominator: 15, value: 20, breakdown: { sex: 'F' } }),
    row({ id: 'ks4_p8', year: Y, unit: 'score', symbol: 'z', note: NO_P8_YEARS[Y]! }),
    row({ id: 'absence_overall', year: Y, unit: 'percent', numerator: 1200, denominator: 12000, value: 10, benchmarks: [bench('england_cla_12m', Y, 9.1, 0.9)] }),
    row({ id: 'absence_overall', year: '2023/24', unit: 'percent', numerator: 1100, denominator: 12000, value: 9.17, benchmarks: [bench('england_cla_12m', '2023/24', 9.5, -0.33)] }),
    // another cohort: kept out of the education tables
    row({ id: 'absence_overall', year: Y, cohort: 'ever_cla', unit: 'percent', numerator: 1, denominator: 10, value: 10 }),
    ...TREND_ROWS,
  ],
  5,
);

describe('buildReportDocument', () => {
  const doc = buildReportDocument({
    rows, la: '999', laName: 'Synthshire', year: Y, cohort: 'cla_12m', suppressionThreshold: 5, toolVersion: '0.1.0',
    model: { headers: ['Term', 'Estimate'], rows: [['sen_ehcp', -4.2]] },
  });

  it('lays out only the sections that have rows, in the standard order', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['key-messages', 'profile', 'ks4', 'attendance', 'trends', 'model', 'appendix-profile', 'appendix-ks4', 'appendix-trends']);
    expect(doc.title).toBe('Education of children looked after: Virtual School report 2024/25');
  });

  it('KS4: headline and A8/P8 tables, total first, the no-P8 sentence as a note', () => {
    const ks4 = doc.sections.find((s) => s.id === 'ks4')!;
    const [headline, a8p8] = ks4.tables.map((t) => (isGenericTable(t) ? [] : t.rows.map((r) => `${r.id}:${r.breakdown?.sex ?? 'all'}:${r.symbol ?? r.value}`)));
    expect(headline).toEqual(['ks4_em_4plus:all:23.684210526', 'ks4_em_5plus:all:c']);
    // totals in the section; the breakdown (Sex: F) goes to the appendix
    expect(a8p8).toEqual(['ks4_att8:all:21.348684', 'ks4_p8:all:z']);
    const detail = doc.sections.find((s) => s.id === 'appendix-ks4')!;
    expect(detail.appendix).toBe(true);
    expect(detail.tables.flatMap((t) => (isGenericTable(t) ? [] : t.rows.map((r) => `${r.id}:${r.breakdown?.sex}`)))).toEqual(['ks4_att8:F']);
    // a benchmark column with an x in it says so under the tables (no figure bundled for that year)
    expect(ks4.notes).toEqual([
      'x = not available: no published figure is bundled for this measure and year (England CLA, England all pupils, Region CLA, Statistical neighbours CLA (2021) where shown as x); a newer published DfE file can be added in the settings.'
        // England all pupils among them: why the bundled file has none (data/benchmarks/README.md)
        + ' England all pupils: the bundled national file has no Key stage 4 figure after 2022/23 and no absence figure, because no published DfE table of them could be cited when it was built; they can be added from a newer DfE file in the same way.',
      NO_P8_YEARS[Y],
    ]);
    expect(ks4.charts?.map((c) => c.id)).toEqual(['ks4-ks4_em_4plus-benchmarks', 'ks4-ks4_att8-benchmarks']);
  });

  it('education tables keep the report cohort only; trends are sorted by year', () => {
    const att = doc.sections.find((s) => s.id === 'attendance')!.tables[0]!;
    expect(isGenericTable(att) ? [] : att.rows.map((r) => r.cohort)).toEqual(['cla_12m']);
    const trend = doc.sections.find((s) => s.id === 'trends')!;
    // the appendix keeps every row by year (CSV and JSON take them from there)
    const t = doc.sections.find((s) => s.id === 'appendix-trends')!.tables[0]!;
    expect(isGenericTable(t) ? [] : t.rows.map((r) => `${r.id} ${r.year}`)).toEqual([
      'ks4_att8 2021/22', 'ks4_att8 2022/23', 'ks4_att8 2023/24', 'ks4_att8 2024/25', 'absence_overall 2023/24', 'absence_overall 2024/25',
    ]);
    // the narrative: one row per measure, one column per year, the latest England CLA figure; x where a year has no row
    const compact = trend.tables[0]!;
    expect(isGenericTable(compact)).toBe(true);
    if (isGenericTable(compact)) {
      expect(compact.headers).toEqual(['Measure', '2021/22', '2022/23', '2023/24', '2024/25', 'England CLA 2024/25']);
      expect(compact.rows.map((r) => r[0])).toEqual(['Attainment 8', 'Overall absence (% sessions)']);
      expect(compact.rows[1]!.slice(1, 3)).toEqual(['x', 'x']);
    }
    expect(trend.charts?.map((c) => c.kind)).toEqual(['trend', 'trend']);
  });

  it('renders in every format without NaN, Infinity or undefined', async () => {
    const outputs = [renderMarkdown(doc), renderCsv(doc), renderJson(doc), await renderHtml(doc)];
    for (const o of outputs) expect(o).not.toMatch(/NaN|Infinity|undefined/);
    expect((await renderXlsx(doc)).length).toBeGreaterThan(1000);
    expect(outputs[0]).toContain('Progress 8 is not calculated for 2024/25');
  });
});
