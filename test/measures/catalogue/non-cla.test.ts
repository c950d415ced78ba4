/**
 * The LA's own comparison cohorts of the report (issue 17 item 2), on the catalogue fixture
 * (fixtures/measures/catalogue/README.md), 2023/24, against figures worked out by hand:
 * `non_cla` = the `all` pupils less every pupil looked after 12 months at 31 March 2024 (by any LA).
 *
 * KS4: `all` = Amy, Ben, Hana, Finn, Gus, Dan, P1; Amy, Ben and Hana are cla_12m, so non_cla = Finn
 * (A8 30, P8 −0.5, em4 0), Gus (60, 0.24, 1), Dan (40, 0.454, 0), P1 (70, −0.06, 1):
 *   A8 (30 + 60 + 40 + 70) / 4 = 50; em4 2 of 4 = 50%; P8 (−0.5 + 0.24 + 0.454 − 0.06) / 4 = 0.0335.
 *   Absence (school-age, 2023/24: of the 8 non_cla pupils, Finn, Gus, Dan and P1 have sessions):
 *   10 + 0 + 30 + 3 = 43 of 400 = 10.75%; persistent
 *   (10%+): Finn (exactly 10) and Dan: 2 of 4 = 50%.
 * KS2: `all` = Jay, Nia, P3; Jay and Nia are cla_12m: non_cla = P3 (reading 100 → 1, maths 99 → 0,
 *   RWM 0): reading 1 of 1, RWM 0 of 1. KS1: `all` = Oli, P4; Oli is cla_12m: P4 (EXS, WTS, EXS) 0 of 1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeComparisonMeasures } from '../../../src/measures/compute/index.js';
import { roundTo } from '../../../src/report/format.js';
import type { MeasureRow } from '../../../src/measures/row.js';
import { openFixture, rowOf, type Session } from './fixture.js';

let session: Session;
let nonCla: MeasureRow[] = [];
let all: MeasureRow[] = [];
beforeAll(async () => {
  session = await openFixture();
  await session.rows('cla_12m'); // builds child_status, as the report does before the comparisons
  nonCla = await computeComparisonMeasures(session.db, session.linked, { la: '855', years: ['2023/24'], cohort: 'non_cla' });
  all = await computeComparisonMeasures(session.db, session.linked, { la: '855', years: ['2023/24'], cohort: 'all' });
});
afterAll(() => session.close());

const ndv = (r: MeasureRow) => [r.numerator, r.denominator, r.value === null ? null : roundTo(r.value, 4)];

describe('non_cla: the LA’s pupils not looked after 12 months', () => {
  it.each([
    ['ks4_pupils', [4, null, 4]],
    ['ks4_att8', [200, 4, 50]],
    ['ks4_em_4plus', [2, 4, 50]],
    ['absence_overall', [43, 400, 10.75]],
    ['absence_persistent', [2, 4, 50]],
    ['ks2_read_expected', [1, 1, 100]],
    ['ks2_rwm_expected', [0, 1, 0]],
    ['ks1_rwm_expected', [0, 1, 0]],
  ] as const)('%s = %j', (id, want) => {
    const r = rowOf(nonCla, id, null, 'non_cla');
    expect(ndv(r)).toEqual(want);
    expect(r.benchmarks).toEqual([]);
  });

  it('ks4_p8: mean of Finn, Gus, Dan and P1 = 0.0335', () => {
    const r = rowOf(nonCla, 'ks4_p8', null, 'non_cla');
    expect(r.denominator).toBe(4);
    expect(roundTo(r.value!, 4)).toBe(0.0335);
  });

  it('only totals of the asked cohort, the same measures as `all`', () => {
    expect(nonCla.every((r) => r.cohort === 'non_cla' && r.breakdown === null)).toBe(true);
    expect(nonCla.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
    // `all` still counts the looked-after pupils: A8 315.5 / 7 (pupil-measures.test.ts)
    expect(ndv(rowOf(all, 'ks4_att8', null, 'all'))).toEqual([315.5, 7, 45.0714]);
  });
});
