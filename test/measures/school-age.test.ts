/**
 * Absence, suspensions, permanent exclusions and SEN on the DfE's population (issue 12 item 2):
 * school-age children of the cohort (aged 5–15 on 31 August, else NC Years 1–11 when no date of birth), state-funded
 * schools, ONE academic year, split by phase. Fixture and per-child figures:
 * fixtures/measures/school-age/README.md.
 *
 * cla_12m 2023/24 = K1 (Y3, primary), K2 (Y9, secondary), K3 (special), K4 (aged 15, no NC year:
 * secondary); K5 (16), K6 (aged 4, though in Year 1: age wins, as the DfE), K7 (independent) are outside; K8 is not looked after 12 months.
 *   possible 320 + 300 + 200 + 100 = 920; absent 32 + 105 + 100 + 9 = 246 → 26.739 %; unauthorised
 *   8 + 60 + 20 + 5 = 93 → 10.109 %; persistent (≥ 10 %) K1 (exactly 10), K2, K3 = 3/4; severe (≥ 50 %)
 *   K3 (exactly 50) = 1/4; suspended K2 = 1/4; permanent K3 = 1/4; suspension days (3 + 2)/2 = 2.5 over
 *   4 = 0.625; EHC plan K2 (spring E, though SUM says K) and K3 = 2/4; SEN support K1 = 1/4.
 *   primary K1: 32/320 = 10 %, unauth 8/320 = 2.5 %; secondary K2 + K4: 114/400 = 28.5 %, unauth
 *   65/400 = 16.25 %, persistent 1/2, suspended 1/2, days 2.5/2 = 1.25, EHC 1/2; special K3: 100/200 = 50 %.
 * cla_31mar adds K8 (Y5, primary): 276/1020 = 27.059 %, unauth 93/1020 = 9.118 %, persistent 4/5,
 *   severe 1/5, suspended 2/5, days (5 + 2)/2 = 3.5 over 5 = 0.7, EHC 2/5, support 1/5.
 * Under the old Years 10–11 definition none of these children is a KS4 pupil: every figure was x.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import { linkFolder, type Linked } from '../../src/link/pipeline.js';
import { measureRows } from '../../src/pipeline/analyse.js';
import type { MeasureRow } from '../../src/measures/row.js';

const FOLDER = fileURLToPath(new URL('../../fixtures/measures/school-age/', import.meta.url));
let db: Db;
let linked: Linked;
let rows12: MeasureRow[];
let rows31: MeasureRow[];
let rowsAll: MeasureRow[];
beforeAll(async () => {
  db = await openDb();
  linked = await linkFolder(db, { folder: FOLDER });
  rows12 = await measureRows(db, linked, { la: '855', years: ['2023/24'], cohort: 'cla_12m', breakdowns: [] });
  rows31 = await measureRows(db, linked, { la: '855', years: ['2023/24'], cohort: 'cla_31mar', breakdowns: [] });
  rowsAll = await measureRows(db, linked, { la: '855', years: ['2023/24'], cohort: 'all', breakdowns: [] });
});
afterAll(() => closeDb(db));

function row(rows: MeasureRow[], id: string, phase?: string): MeasureRow {
  const key = JSON.stringify(phase ? { phase } : null);
  const found = rows.filter((r) => r.id === id && JSON.stringify(r.breakdown) === key);
  if (found.length !== 1) throw new Error(`expected one ${id} ${key}, found ${found.length}`);
  return found[0]!;
}
function expectRow(r: MeasureRow, num: number, den: number, value: number, children = den): void {
  expect([r.numerator, r.denominator, r.children], r.id).toEqual([num, den, children]);
  expect(r.value, r.id).toBeCloseTo(value, 9);
}

describe('school-age population, cla_12m 2023/24', () => {
  it('absence: sessions over sessions, persistent at 10 % exactly, severe at 50 % exactly', () => {
    expectRow(row(rows12, 'absence_overall'), 246, 920, (100 * 246) / 920, 4);
    expectRow(row(rows12, 'absence_unauthorised'), 93, 920, (100 * 93) / 920, 4);
    expectRow(row(rows12, 'absence_persistent'), 3, 4, 75);
    expectRow(row(rows12, 'absence_severe'), 1, 4, 25);
  });
  it('suspensions, permanent exclusions and SEN of that year only', () => {
    expectRow(row(rows12, 'suspension_one_plus'), 1, 4, 25);
    expectRow(row(rows12, 'exclusion_permanent'), 1, 4, 25);
    expectRow(row(rows12, 'suspension_days_mean'), 2.5, 4, 0.625);
    expectRow(row(rows12, 'sen_ehcp'), 2, 4, 50);
    expectRow(row(rows12, 'sen_support'), 1, 4, 25);
  });
  it('phase rows as the DfE publishes them, adding up to the total', () => {
    expect(rows12.filter((r) => r.id === 'absence_overall' && r.breakdown).map((r) => r.breakdown!.phase)).toEqual(['primary', 'secondary', 'special']);
    expectRow(row(rows12, 'absence_overall', 'primary'), 32, 320, 10, 1);
    expectRow(row(rows12, 'absence_unauthorised', 'primary'), 8, 320, 2.5, 1);
    expectRow(row(rows12, 'absence_overall', 'secondary'), 114, 400, 28.5, 2);
    expectRow(row(rows12, 'absence_unauthorised', 'secondary'), 65, 400, 16.25, 2);
    expectRow(row(rows12, 'absence_persistent', 'secondary'), 1, 2, 50);
    expectRow(row(rows12, 'suspension_days_mean', 'secondary'), 2.5, 2, 1.25);
    expectRow(row(rows12, 'sen_ehcp', 'secondary'), 1, 2, 50);
    expectRow(row(rows12, 'absence_overall', 'special'), 100, 200, 50, 1);
    expectRow(row(rows12, 'absence_severe', 'special'), 1, 1, 100);
    expectRow(row(rows12, 'exclusion_permanent', 'special'), 1, 1, 100);
  });
  it('England CLA benchmark on the total and per phase (2023/24: overall 8.8 %, primary 3.9 %, persistent secondary 27.9 %)', () => {
    const eng = (r: MeasureRow) => r.benchmarks.find((b) => b.scope === 'england_cla_12m');
    expect(eng(row(rows12, 'absence_overall'))).toMatchObject({ value: 8.8 });
    expect(eng(row(rows12, 'absence_overall'))!.gap).toBeCloseTo((100 * 246) / 920 - 8.8, 9);
    expect(eng(row(rows12, 'absence_overall', 'primary'))).toMatchObject({ value: 3.9, gap: 6.1 });
    expect(eng(row(rows12, 'absence_persistent', 'secondary'))).toMatchObject({ value: 27.9, gap: 22.1 });
    expect(eng(row(rows12, 'absence_severe', 'special'))).toMatchObject({ value: 7 });
    // no published figure for children looked after: none set beside suspensions or SEN
    expect(row(rows12, 'suspension_one_plus').benchmarks).toEqual([]);
    expect(row(rows12, 'sen_ehcp', 'secondary').benchmarks).toEqual([]);
  });
});

describe('other cohorts', () => {
  it('cla_31mar adds K8 (Year 5, in care since January 2024)', () => {
    expectRow(row(rows31, 'absence_overall'), 276, 1020, (100 * 276) / 1020, 5);
    expectRow(row(rows31, 'absence_unauthorised'), 93, 1020, (100 * 93) / 1020, 5);
    expectRow(row(rows31, 'absence_persistent'), 4, 5, 80);
    expectRow(row(rows31, 'absence_severe'), 1, 5, 20);
    expectRow(row(rows31, 'suspension_one_plus'), 2, 5, 40);
    expectRow(row(rows31, 'suspension_days_mean'), 3.5, 5, 0.7);
    expectRow(row(rows31, 'sen_ehcp'), 2, 5, 40);
    expectRow(row(rowsAll, 'absence_overall', 'primary'), 62, 420, (100 * 62) / 420, 2);
    // the England CLA figure is for children looked after 12 months: not set beside another cohort
    expect(row(rows31, 'absence_overall').benchmarks).toEqual([]);
  });
  it('all = the school-age pupils at schools of the LA: the same five (K5 has no census record; K6, K7 are outside)', () => {
    expectRow(row(rowsAll, 'absence_overall'), 276, 1020, (100 * 276) / 1020, 5);
    expectRow(row(rowsAll, 'sen_support'), 1, 5, 20);
  });
});
