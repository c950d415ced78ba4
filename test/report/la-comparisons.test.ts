/**
 * The LA's own all pupils and pupils not looked after beside the cohort (issue 17 item 2): attached as
 * two benchmark columns to the cohort's total rows, rounded as shown, never for counts, `c` kept,
 * no gap from a suppressed figure; the report's tables show them first, within eight columns, and say
 * why a benchmark column shows x.
 */
import { describe, expect, it } from 'vitest';
import type { MeasureRow } from '../../src/measures/row.js';
import { attachLaComparisons, LA_ALL_PUPILS, LA_NOT_LOOKED_AFTER } from '../../src/report/la-comparisons.js';
import { buildReportDocument } from '../../src/report/build-document.js';
import { tableView } from '../../src/report/table-view.js';
import { suppress } from '../../src/report/suppress.js';

function row(p: Partial<MeasureRow> & Pick<MeasureRow, 'id' | 'cohort'>): MeasureRow {
  return { year: '2023/24', la: '855', breakdown: null, numerator: null, denominator: null, children: 20, value: null, unit: 'percent', symbol: null, ci: null, note: null, benchmarks: [], ...p };
}

const cla = [
  row({ id: 'ks4_att8', cohort: 'cla_12m', unit: 'mean', numerator: 449.8, denominator: 13, children: 13, value: 449.8 / 13 }),
  row({ id: 'ks4_em_4plus', cohort: 'cla_12m', numerator: 5, denominator: 13, children: 13, value: 500 / 13 }),
  row({ id: 'ks4_pupils', cohort: 'cla_12m', unit: 'count', numerator: 13, children: 13, value: 13 }),
  row({ id: 'ks4_em_5plus', cohort: 'cla_12m', numerator: 2, denominator: 13, children: 13, value: 200 / 13 }),
  row({ id: 'ks4_att8', cohort: 'cla_12m', unit: 'mean', breakdown: { sex: 'F' }, numerator: 200, denominator: 6, children: 6, value: 200 / 6 }),
  row({ id: 'stability_3plus_year', cohort: 'cla_31mar', numerator: 18, denominator: 198, children: 198, value: 100 * 18 / 198 }),
];
const allPupils = [
  row({ id: 'ks4_att8', cohort: 'all', unit: 'mean', numerator: 31716.05, denominator: 695, children: 695, value: 31716.05 / 695 }),
  row({ id: 'ks4_em_4plus', cohort: 'all', numerator: 484, denominator: 695, children: 695, value: 48400 / 695 }),
  row({ id: 'ks4_pupils', cohort: 'all', unit: 'count', numerator: 695, children: 695, value: 695 }),
  row({ id: 'ks4_em_5plus', cohort: 'all', numerator: 3, denominator: 4, children: 4, value: 75 }),
];
const notLookedAfter = [
  row({ id: 'ks4_att8', cohort: 'non_cla', unit: 'mean', numerator: 31427.6, denominator: 687, children: 687, value: 31427.6 / 687 }),
  row({ id: 'ks4_em_4plus', cohort: 'non_cla', numerator: 480, denominator: 687, children: 687, value: 48000 / 687 }),
];

describe('attachLaComparisons', () => {
  const out = attachLaComparisons(suppress(cla, 5), 'cla_12m', [
    { scope: LA_ALL_PUPILS, rows: suppress(allPupils, 5) },
    { scope: LA_NOT_LOOKED_AFTER, rows: suppress(notLookedAfter, 5) },
  ]);
  const of = (id: string, scope: string) => out.find((r) => r.id === id && r.breakdown === null)!.benchmarks.find((b) => b.scope === scope);

  it('rounds each figure as it is shown and gives the gap from the unrounded cohort figure', () => {
    // 31716.05 / 695 = 45.6346… → 45.6; 449.8 / 13 = 34.6 → gap 34.6 − 45.6 = −11.0
    expect(of('ks4_att8', LA_ALL_PUPILS)).toMatchObject({ value: 45.6, symbol: null, year: '2023/24' });
    expect(of('ks4_att8', LA_ALL_PUPILS)!.gap).toBeCloseTo(-11, 9);
    // 31427.6 / 687 = 45.7461… → 45.7
    expect(of('ks4_att8', LA_NOT_LOOKED_AFTER)).toMatchObject({ value: 45.7, symbol: null });
    // 48400 / 695 = 69.640… → 69.6; 48000 / 687 = 69.868… → 69.9
    expect(of('ks4_em_4plus', LA_ALL_PUPILS)!.value).toBe(69.6);
    expect(of('ks4_em_4plus', LA_NOT_LOOKED_AFTER)!.value).toBe(69.9);
    expect(of('ks4_att8', LA_ALL_PUPILS)!.source).toMatch(/pupil files of this run/);
  });

  it('keeps a suppressed comparison figure c, a missing one x, and gives no gap from a suppressed cohort figure', () => {
    // all pupils em5: 3 of 4 is c (fewer than 5 children); not looked after has no em5 row: x
    expect(of('ks4_em_5plus', LA_ALL_PUPILS)).toMatchObject({ value: null, symbol: 'c', gap: null });
    expect(of('ks4_em_5plus', LA_NOT_LOOKED_AFTER)).toMatchObject({ value: null, symbol: 'x', gap: null });
    // the cohort's em5 is 2 of 13: c; its comparison columns are shown, without a gap
    const em5 = out.find((r) => r.id === 'ks4_em_5plus')!;
    expect(em5.symbol).toBe('c');
  });

  it('never for counts, breakdowns or another cohort’s rows', () => {
    expect(out.find((r) => r.id === 'ks4_pupils')!.benchmarks).toEqual([]);
    expect(out.find((r) => r.breakdown !== null)!.benchmarks).toEqual([]);
    expect(out.find((r) => r.id === 'stability_3plus_year')!.benchmarks).toEqual([]);
  });

  it('leaves the input rows unchanged', () => {
    expect(cla.every((r) => r.benchmarks.length === 0)).toBe(true);
  });

  it('shows the columns first in the KS4 table, at most eight columns, z where they do not apply', () => {
    const doc = buildReportDocument({ rows: out, la: '855', laName: 'Leicestershire', year: '2023/24', cohort: 'cla_12m', suppressionThreshold: 5, toolVersion: 'test' });
    const ks4 = doc.sections.find((s) => s.id === 'ks4')!;
    const views = ks4.tables.map(tableView);
    for (const v of views) expect(v.headers.length).toBeLessThanOrEqual(8);
    const headline = views.find((v) => v.rows.some((r) => r[0]!.text === 'English and maths grade 4+'))!;
    expect(headline.headers.slice(0, 4)).toEqual(['Measure', 'Value', 'LA all pupils', 'LA not looked after']);
    const em4 = headline.rows.find((r) => r[0]!.text === 'English and maths grade 4+')!;
    expect(em4.map((c) => c.text).slice(1, 4)).toEqual(['5 of 13, 38.5%', '69.6%', '69.9%']);
    const pupils = headline.rows.find((r) => r[0]!.text === 'KS4 pupils in the cohort')!;
    expect(pupils.map((c) => c.text).slice(2, 4)).toEqual(['z', 'z']);
    // the section says what the columns are, once
    expect(doc.sections.flatMap((s) => s.notes ?? []).filter((n) => n.startsWith('LA all pupils:'))).toHaveLength(1);
  });
});
