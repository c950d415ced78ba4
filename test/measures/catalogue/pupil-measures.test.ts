/**
 * KS4, Progress 8, absence, exclusions, SEN and school-move measures of the catalogue fixture
 * (fixtures/measures/catalogue/README.md) for every cohort, against values worked out by hand.
 * KS4 year 2023/24: cohort flags on 31 March 2024; "Years 10–11" = academic years 2022/23 and 2023/24.
 *
 * Per pupil, by hand (— = no figure: not in that measure's denominator):
 *
 * | pupil | cohorts          | A8   | P8     | em4 em5 | eng4 eng5 mat4 mat5 | EB entry 4+ 5+ | EB APS | 5 passes 4+ 5+ |
 * |-------|------------------|------|--------|---------|---------------------|----------------|--------|----------------|
 * | Amy   | 12m, 31mar, ever | 50   | 1.454  | 1 1     | 1 1 1 1             | 1 1 0          | 5.5    | 1 1            |
 * | Ben   | 12m, 31mar, ever | 45.5 | 0.038  | 1 0     | 1 0 1 1             | 1 0 0          | 22/6   | 1 0            |
 * | Hana  | 12m, 31mar, ever | 20   | —      | 0 0     | 1 0 0 0             | 0 0 0          | 2      | 0 0            |
 * | Finn  | 31mar, ever, <12m| 30   | −0.5   | 0 0     | — — — —             | 0 0 0          | 1.5    | — —            |
 * | Gus   | ever             | 60   | 0.24   | 1 1     | — — — —             | 0 0 0          | 3      | — —            |
 * | Dan   | all only         | 40   | 0.454  | 0 0     | — — — —             | 0 0 0          | 2      | — —            |
 * | P1    | all only         | 70   | −0.06  | 1 1     | — — — —             | 1 1 1          | 6      | — —            |
 * (P2's school is in LA 856: in no cohort of LA 855. `all` = Amy, Ben, Hana, Finn, Gus, Dan, P1, each
 * once: Amy is also linked to LA 856's child D01, so the factor table has two rows for her.)
 *
 * Where the figures come from:
 * - Amy: KS4 file ATT8 50 used as it is (her results would give 51: English 6×2, maths 5×2, EBacc
 *   6+5+5, open 4+4+5). P8: KS2EMSS 100 is in group 14 "99.5 to 100" of data/p8/2023-24/
 *   p8_att8_splits.csv, estimate 35.46: (50 − 35.46) ÷ 10 = 1.454. eng/mat/5 passes from her
 *   results (the KS4 file has no such columns): English language 6, maths 5; GCSE grades 6,5,5,6,5,4,5,4
 *   are 8 at 4+ and 6 at 5+.
 * - Ben: no figures in the KS4 file: all from ks4_results. English language 4 and literature 3 (both:
 *   double weighted) 4×2 = 8; maths 5×2 = 10; EBacc slots combined science 5-4 = 4.5 + 4.5, history 4,
 *   French U 0 → best three 4.5 + 4.5 + 4 = 13; open: French 0, literature 3, art 6, business OTHER
 *   5.5 → 6 + 5.5 + 3 = 14.5; geography X is no result. A8 = 8 + 10 + 13 + 14.5 = 45.5.
 *   KS2 from the KS2 file (2018/19): (104 + 105) ÷ 2 = 104.5, group 19 "104.5 to 105", estimate
 *   45.12: P8 = (45.5 − 45.12) ÷ 10 = 0.038. EBacc entered (both Englishes, maths, combined science,
 *   history, French); 4+ fails on French U. APS = (4 + 5 + 4.5 + 4.5 + 4 + 0) ÷ 6 = 22/6 = 3.6667.
 *   GCSE grades at 4+: 4, 5, 5, 4 (combined counts twice), 4, 6 = 6 ≥ 5 with E 4 and M 5 → 1;
 *   at 5+: 5, 5, 6 = 3 → 0.
 * - Hana: KS4 file ATT8 20, no KS2 score anywhere: no P8. English literature only at 4: eng4 1
 *   (language OR literature), maths 3.
 * - Finn: KS4_P8SCORE −0.5 supplied and used (computed it would be (30 − 35.46) ÷ 10 = −0.546).
 * - Gus: 110 → "109.5 to 110", 57.6: (60 − 57.6) ÷ 10 = 0.24. Dan: (40 − 35.46) ÷ 10 = 0.454.
 *   P1: 115 → "114.5 to 115", 70.6: (70 − 70.6) ÷ 10 = −0.06.
 *
 * (The table below is the Years 10–11 form, kept as the model factors; the reported absence,
 * exclusion and SEN measures are over one academic year: see EXPECTED.)
 * | pupil | possible | absent | unauth | % (Σ sessions)        | ≥10% ≥50% | susp | perm | days    | SEN (latest census 2023/24) | move Y10–11 |
 * |-------|----------|--------|--------|-----------------------|-----------|------|------|---------|-----------------------------|-------------|
 * | Amy   | 300+200  | 30+20  | 10+10  | 50/500 = 10 exactly   | 1 0       | 1    | 0    | (3+2)/2 = 2.5 | AUT K, SPR E → ehcp   | 100001→100002 in 2022/23: 1 |
 * | Ben   | 100+100  | 50+50  | 20+25  | 100/200 = 50 exactly  | 1 1       | 1    | 1    | 1/2 = 0.5 (PERM's 4 not) | AUT N, SUM K → support | 100009→100003 in 2021/22 (Y−2): 0 |
 * | Hana  | 300      | 29     | 20     | 29/300 = 9.67         | 0 0       | 0    | 0    | 0 (LNCH; 2021/22 FIXD is Y−2) | SPR N → none (2022/23 E ignored) | AUT 100004→SPR 100005: 1 |
 * | Finn  | 100      | 10     | 5      | 10                    | 1 0       | 1    | 0    | 6/2 = 3 | N → none | 0 |
 * | Gus   | 100      | 0      | 0      | 0                     | 0 0       | 0    | 0    | 0       | none | 0 |
 * | Dan   | 100      | 30     | 10     | 30                    | 1 0       | 0    | 0    | 0       | none | 0 |
 * | P1    | 100      | 3      | 1      | 3                     | 0 0       | 0    | 0    | 0       | none | 0 |
 * (Hana's 2021/22 absence 100/100 is outside Years 10–11 and not counted.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/report/format.js';
import { queryRows } from '../../../src/io/duck.js';
import type { Cohort } from '../../../src/measures/compute/context.js';
import type { MeasureRow } from '../../../src/measures/row.js';
import { openFixture, rowOf, type Session } from './fixture.js';

let session: Session;
const byCohort = new Map<Cohort, MeasureRow[]>();
beforeAll(async () => {
  session = await openFixture();
  for (const c of ['cla_12m', 'cla_31mar', 'ever_cla', 'cla_under_12m', 'all'] as const) {
    byCohort.set(c, await session.rows(c, ['2023/24'], c === 'cla_12m' || c === 'all' ? ['sex', 'placement_group'] : []));
  }
});
afterAll(() => session.close());

type Ndv = readonly [number | null, number | null, number | null];
const X: Ndv = [null, 0, null]; // no pupil of the cohort has the figure: symbol x

function expectNdv(r: MeasureRow, [n, d, v]: Ndv): void {
  for (const [got, want, what] of [[r.numerator, n, 'numerator'], [r.denominator, d, 'denominator'], [r.value, v, 'value']] as const) {
    if (want === null) expect(got, `${r.id} ${r.cohort} ${what}`).toBeNull();
    // values are the hand figures to 2 decimals; the row keeps the unrounded value, outputs round it once
    else expect(what === 'value' ? roundTo(got!, 2) : got, `${r.id} ${r.cohort} ${what}`).toBeCloseTo(want, 6);
  }
  expect(r.symbol).toBe(v === null ? 'x' : null);
}

// [cla_12m = Amy, Ben, Hana | cla_31mar = + Finn | ever_cla = + Gus | cla_under_12m = Finn | all = ever_cla + Dan, P1]
const EXPECTED: Record<string, [Ndv, Ndv, Ndv, Ndv, Ndv]> = {
  ks4_pupils: [[3, null, 3], [4, null, 4], [5, null, 5], [1, null, 1], [7, null, 7]],
  // 50 + 45.5 + 20 = 115.5 /3 = 38.5; + 30 = 145.5 /4 = 36.375 → 36.38; + 60 = 205.5 /5 = 41.1; 30; + 40 + 70 = 315.5 /7 = 45.07
  ks4_att8: [[115.5, 3, 38.5], [145.5, 4, 36.38], [205.5, 5, 41.1], [30, 1, 30], [315.5, 7, 45.07]],
  // from results only (Amy, Ben, Hana): Finn and Gus have none, so their cohorts add nothing
  ks4_eng_4plus: [[3, 3, 100], [3, 3, 100], [3, 3, 100], X, [3, 3, 100]],
  ks4_eng_5plus: [[1, 3, 33.33], [1, 3, 33.33], [1, 3, 33.33], X, [1, 3, 33.33]],
  ks4_mat_4plus: [[2, 3, 66.67], [2, 3, 66.67], [2, 3, 66.67], X, [2, 3, 66.67]],
  ks4_mat_5plus: [[2, 3, 66.67], [2, 3, 66.67], [2, 3, 66.67], X, [2, 3, 66.67]],
  // Amy 1 (file), Ben 1 (computed), Hana 0, Finn 0, Gus 1, Dan 0, P1 1
  ks4_em_4plus: [[2, 3, 66.67], [2, 4, 50], [3, 5, 60], [0, 1, 0], [4, 7, 57.14]],
  // Amy 1, Ben 0, Hana 0, Finn 0, Gus 1, Dan 0, P1 1
  ks4_em_5plus: [[1, 3, 33.33], [1, 4, 25], [2, 5, 40], [0, 1, 0], [3, 7, 42.86]],
  // Amy 1, Ben 1, P1 1; the rest 0
  ks4_ebacc_entry: [[2, 3, 66.67], [2, 4, 50], [2, 5, 40], [0, 1, 0], [3, 7, 42.86]],
  // Amy 1, P1 1
  ks4_ebacc_4plus: [[1, 3, 33.33], [1, 4, 25], [1, 5, 20], [0, 1, 0], [2, 7, 28.57]],
  // P1 only
  ks4_ebacc_5plus: [[0, 3, 0], [0, 4, 0], [0, 5, 0], [0, 1, 0], [1, 7, 14.29]],
  // 5.5 + 22/6 + 2 = 11.1667 /3 = 3.72; + 1.5 = 12.6667 /4 = 3.17; + 3 = 15.6667 /5 = 3.13; 1.5; + 2 + 6 = 23.6667 /7 = 3.38
  ks4_ebacc_aps: [[5.5 + 22 / 6 + 2, 3, 3.72], [5.5 + 22 / 6 + 3.5, 4, 3.17], [5.5 + 22 / 6 + 6.5, 5, 3.13], [1.5, 1, 1.5], [5.5 + 22 / 6 + 14.5, 7, 3.38]],
  ks4_5passes_em_4plus: [[2, 3, 66.67], [2, 3, 66.67], [2, 3, 66.67], X, [2, 3, 66.67]],
  ks4_5passes_em_5plus: [[1, 3, 33.33], [1, 3, 33.33], [1, 3, 33.33], X, [1, 3, 33.33]],
  // Absence, exclusions and SEN are on the DfE's school-age population of ONE academic year (2023/24;
  // school-age.test.ts has its own fixture): every child of the cohort with a census or absence record
  // of 2023/24 in NC Years 1–11. cla_12m = Amy, Ben, Hana (NC 11) + Jay, Nia (NC 6), Oli (NC 2), who
  // have census records but no absence rows; cla_31mar + Finn; ever_cla + Gus; cla_under_12m = Finn;
  // all = the 14 pupils whose latest 2023/24 census record is at a school of LA 855 (Amy, Ben, Hana,
  // Finn, Gus, Dan, P1, Jay, Nia, P3, Oli and the three NC 8 pupils U…20, H…21, X…22).
  // Sessions of 2023/24 only: Amy 20/200 (10 % exactly), Ben 50/100, Hana 29/300, Finn 10/100, Gus 0/100,
  // Dan 30/100, P1 3/100. cla_12m: 99/600 = 16.5; + Finn 109/700 = 15.57; + Gus 109/800 = 13.625 →
  // 13.63; Finn 10/100; all: 142/1000 = 14.2
  absence_overall: [[99, 600, 16.5], [109, 700, 15.57], [109, 800, 13.63], [10, 100, 10], [142, 1000, 14.2]],
  // Amy 10 + Ben 25 + Hana 20 = 55/600 = 9.17; + Finn 5 → 60/700 = 8.57; 60/800 = 7.5; 5/100; + Dan 10 + P1 1 → 71/1000
  absence_unauthorised: [[55, 600, 9.17], [60, 700, 8.57], [60, 800, 7.5], [5, 100, 5], [71, 1000, 7.1]],
  // pupils with sessions; ≥ 10 %: Amy (exactly 10), Ben, Finn (exactly 10), Dan; not Hana (9.67), Gus, P1
  absence_persistent: [[2, 3, 66.67], [3, 4, 75], [3, 5, 60], [1, 1, 100], [4, 7, 57.14]],
  // ≥ 50 %: Ben (exactly 50)
  absence_severe: [[1, 3, 33.33], [1, 4, 25], [1, 5, 20], [0, 1, 0], [1, 7, 14.29]],
  // over every pupil of the population (6, 7, 8, 1, 14); FIXD in 2023/24: Amy (2 sessions), Ben (1), Finn (6)
  suspension_one_plus: [[2, 6, 33.33], [3, 7, 42.86], [3, 8, 37.5], [1, 1, 100], [3, 14, 21.43]],
  exclusion_permanent: [[1, 6, 16.67], [1, 7, 14.29], [1, 8, 12.5], [0, 1, 0], [1, 14, 7.14]],
  // days = sessions ÷ 2: (2 + 1)/2 = 1.5 over 6 = 0.25; + Finn 3 → 4.5/7 = 0.64; 4.5/8 = 0.5625 → 0.56; 3/1; 4.5/14 = 0.32
  suspension_days_mean: [[1.5, 6, 0.25], [4.5, 7, 0.64], [4.5, 8, 0.56], [3, 1, 3], [4.5, 14, 0.32]],
  // spring census of 2023/24, else the latest record: Amy SPR E (ehcp; AUT K ignored), Ben AUT N, SUM K
  // and no spring record → K (support); everyone else N
  sen_ehcp: [[1, 6, 16.67], [1, 7, 14.29], [1, 8, 12.5], [0, 1, 0], [1, 14, 7.14]],
  sen_support: [[1, 6, 16.67], [1, 7, 14.29], [1, 8, 12.5], [0, 1, 0], [1, 14, 7.14]],
  // Amy and Hana moved in Years 10–11; Ben's move was in 2021/22
  school_moves_y10_y11: [[2, 3, 66.67], [2, 4, 50], [2, 5, 40], [0, 1, 0], [2, 7, 28.57]],
};
const COHORTS = ['cla_12m', 'cla_31mar', 'ever_cla', 'cla_under_12m', 'all'] as const;

describe('KS4, absence, exclusion, SEN and move measures by cohort (2023/24, headline rows)', () => {
  for (const [id, perCohort] of Object.entries(EXPECTED)) {
    it.each(COHORTS.map((c, i) => [c, perCohort[i]!] as const))(`${id} in %s`, (cohort, want) => {
      const r = rowOf(byCohort.get(cohort)!, id, null, cohort);
      expectNdv(r, want);
    });
  }
});

describe('ks4_p8: mean with 95% CI = mean ± 1.96 × 1.41628 ÷ √n (data/p8/2023-24/p8_stdev_file.csv) and DfE band', () => {
  it.each([
    // Amy 1.454, Ben 0.038 (Hana has none): mean 1.492/2 = 0.746; half-width 2.7759088/√2 = 1.96286:
    // [−1.21686, 2.70886] spans 0 → Average
    ['cla_12m', 2, 0.75, [-1.22, 2.71]],
    // + Finn −0.5: 0.992/3 = 0.33067; 2.7759088/√3 = 1.60267: [−1.27200, 1.93334]
    ['cla_31mar', 3, 0.33, [-1.27, 1.93]],
    // + Gus 0.24: 1.232/4 = 0.308; 2.7759088/2 = 1.38795: [−1.07995, 1.69595]
    ['ever_cla', 4, 0.31, [-1.08, 1.7]],
    // Finn −0.5: [−3.27591, 2.27591]
    ['cla_under_12m', 1, -0.5, [-3.28, 2.28]],
    // + Dan 0.454, P1 −0.06: 1.626/6 = 0.271; 2.7759088/√6 = 1.13326: [−0.86226, 1.40426]
    ['all', 6, 0.27, [-0.86, 1.4]],
  ] as const)('%s: n = %d, mean %d, CI %j, Average', (cohort, n, mean, ci) => {
    const r = rowOf(byCohort.get(cohort)!, 'ks4_p8', null, cohort);
    expect([r.numerator, r.denominator, roundTo(r.value!, 2), r.symbol]).toEqual([null, n, mean, null]);
    expect(roundTo(r.ci![0], 2)).toBeCloseTo(ci[0], 6);
    expect(roundTo(r.ci![1], 2)).toBeCloseTo(ci[1], 6);
    // the band, then the label of the scores computed here without the DfE lower thresholds (none
    // given): every score but Finn's, whose KS4_P8SCORE is supplied (the DfE's own, used as it is)
    const computed = n - (cohort === 'cla_12m' ? 0 : 1);
    if (computed === 0) expect(r.note).toBe('DfE Progress 8 band: Average');
    else expect(r.note).toMatch(new RegExp(`^DfE Progress 8 band: Average\\. Unadjusted: ${computed} of ${n} pupil scores not capped`));
  });

  // Known defect (reported; src/link/education.ts and attainment.ts are outside this helper's files):
  // KS4_INP8CALC, the NPD flag "pupil included in the Progress 8 calculation", is parsed but never
  // read, so P9 (KS4 2022/23, ATT8 40, KS2EMSS 100, KS4_INP8CALC 0) gets a computed P8 of
  // (40 − 36.39) ÷ 10 = 0.361 (2022/23 group "99.5 to 100", estimate 36.39) where the DfE leaves the
  // pupil out (p8 null in the factor table). (fixed)
  it('2022/23: a pupil with KS4_INP8CALC 0 has no P8', async () => {
    const [r] = await queryRows<{ p8: number | null }>(session.db, "SELECT p8 FROM factors WHERE pupil_key = 'W855240000031'");
    expect(r).toBeDefined();
    expect(r!.p8).toBeNull();
  });

  // Known defect (reported; src/link/attainment.ts): the KS2 prior attainment is (READSCORE + MATSCORE)
  // ÷ 2, null when one is missing, but the DfE takes the one score a pupil has (src/derive/attainment/
  // prior-attainment-group.ts says so). P10 (KS4 2022/23, ATT8 50) has only KS2 reading 100 (2017/18):
  // group "99.5 to 100", 2022/23 estimate 36.39: P8 = (50 − 36.39) ÷ 10 = 1.361.
  it('2022/23: a pupil with only a KS2 reading score gets a P8 from it (1.361)', async () => {
    const [r] = await queryRows<{ p8: number | null }>(session.db, "SELECT p8 FROM factors WHERE pupil_key = 'K855240000032'");
    expect(r?.p8).toBeCloseTo(1.361, 9);
  });

  it('2024/25 has no P8: z with the reason, and A8 still reported (P5, ATT8 44)', async () => {
    const rows = await session.rows('all', ['2024/25']);
    const p8 = rowOf(rows, 'ks4_p8');
    expect([p8.value, p8.symbol, p8.ci]).toEqual([null, 'z', null]);
    expect(p8.note).toBe('Progress 8 is not calculated for 2024/25: the cohort has no KS2 results (KS2 tests were cancelled in 2020). '
      + 'Attainment 8 is compared with the national figure for children looked after instead.');
    expect([rowOf(rows, 'ks4_att8').numerator, rowOf(rows, 'ks4_att8').denominator, rowOf(rows, 'ks4_att8').value]).toEqual([44, 1, 44]);
  });
});

describe('breakdowns of the cla_12m cohort', () => {
  const rows = () => byCohort.get('cla_12m')!;
  it('sex F (Amy, Hana) and M (Ben)', () => {
    // F: A8 (50 + 20)/2 = 35; moves 2/2; P8 Amy alone 1.454 ± 2.7759088 = [−1.32, 4.23]
    // (absence, exclusions and SEN are on the school-age population, by phase only: no sex rows)
    expectNdv(rowOf(rows(), 'ks4_pupils', { sex: 'F' }), [2, null, 2]);
    expectNdv(rowOf(rows(), 'ks4_att8', { sex: 'F' }), [70, 2, 35]);
    expectNdv(rowOf(rows(), 'school_moves_y10_y11', { sex: 'F' }), [2, 2, 100]);
    const p8f = rowOf(rows(), 'ks4_p8', { sex: 'F' });
    expect([p8f.denominator, roundTo(p8f.value!, 2), p8f.ci!.map((c) => roundTo(c, 2)), p8f.note?.split('. ')[0]]).toEqual([1, 1.45, [-1.32, 4.23], 'DfE Progress 8 band: Average']);
    expect(p8f.note).toMatch(/Unadjusted: 1 of 1 /);
    // M: Ben: A8 45.5; P8 0.038 ± 2.7759088 = [−2.73791, 2.81391]
    expectNdv(rowOf(rows(), 'ks4_pupils', { sex: 'M' }), [1, null, 1]);
    expectNdv(rowOf(rows(), 'ks4_att8', { sex: 'M' }), [45.5, 1, 45.5]);
    const p8m = rowOf(rows(), 'ks4_p8', { sex: 'M' });
    expect([p8m.denominator, roundTo(p8m.value!, 2), p8m.ci!.map((c) => roundTo(c, 2)), p8m.note?.split('. ')[0]]).toEqual([1, 0.04, [-2.74, 2.81], 'DfE Progress 8 band: Average']);
  });

  it('every row carries the children behind it: pupils, not sessions, for absence (issue 16)', () => {
    // absence: 600 possible sessions of 3 pupils (Amy, Ben, Hana; Jay, Nia and Oli have no absence row);
    // by phase all are in state-funded mainstream schools: secondary Amy, Ben, Hana; primary Jay, Nia, Oli
    expect(rowOf(rows(), 'absence_overall', { phase: 'secondary' }).children).toBe(3);
    expect(rowOf(rows(), 'absence_overall', { phase: 'primary' }).children).toBe(0);
    expect(rowOf(rows(), 'absence_overall', { phase: 'primary' }).symbol).toBe('x');
    expect(rowOf(rows(), 'suspension_one_plus', { phase: 'primary' }).denominator).toBe(3);
    expect(rowOf(rows(), 'ks4_pupils', { sex: 'F' }).children).toBe(2);
    expect(rowOf(rows(), 'ks4_att8', { sex: 'M' }).children).toBe(1);
    expect(rowOf(rows(), 'ks4_p8', { sex: 'F' }).children).toBe(1);
    // headline: 600 sessions of 3 pupils (Amy, Ben, Hana)
    expect(rowOf(rows(), 'absence_overall').children).toBe(3);
    for (const r of rows()) expect(r.children === null ? r.symbol : r.children >= 0).toBe(r.children === null ? 'z' : true);
  });

  it('placement group on 31 March: Amy other_foster, Ben childrens_homes_secure, Hana kinship_foster (in T3, from U2)', () => {
    const cats = [...new Set(rows().filter((r) => r.id === 'ks4_pupils' && r.breakdown?.placement_group).map((r) => r.breakdown!.placement_group))];
    expect(cats.sort()).toEqual(['childrens_homes_secure', 'kinship_foster', 'other_foster']);
    expectNdv(rowOf(rows(), 'ks4_att8', { placement_group: 'other_foster' }), [50, 1, 50]);
    expectNdv(rowOf(rows(), 'ks4_att8', { placement_group: 'childrens_homes_secure' }), [45.5, 1, 45.5]);
    expectNdv(rowOf(rows(), 'ks4_att8', { placement_group: 'kinship_foster' }), [20, 1, 20]);
    // Hana has no P8: the cell is x with the reason
    const p8 = rowOf(rows(), 'ks4_p8', { placement_group: 'kinship_foster' });
    expect([p8.value, p8.symbol, p8.note]).toEqual([null, 'x', 'No pupil in the cohort has a Progress 8 score.']);
  });

  it('all cohort by placement group: pupils not looked after on 31 March (Gus, Dan, P1) form their own group', () => {
    const all = byCohort.get('all')!;
    // Gus 60 + Dan 40 + P1 70 = 170 / 3 = 56.67; other_foster = Amy 50 + Finn 30 = 80 / 2 = 40
    expectNdv(rowOf(all, 'ks4_att8', { placement_group: 'not_in_care_31mar' }), [170, 3, 56.67]);
    expectNdv(rowOf(all, 'ks4_att8', { placement_group: 'other_foster' }), [80, 2, 40]);
    // sex comes from the 903 Header: F Amy, Hana = 2; M Ben, Finn, Gus = 3; Dan (short breaks only, never
    // ever_cla) and P1 have no care row, and the pupil files carry no sex: unknown = 2
    expectNdv(rowOf(all, 'ks4_pupils', { sex: 'F' }), [2, null, 2]);
    expectNdv(rowOf(all, 'ks4_pupils', { sex: 'M' }), [3, null, 3]);
    expectNdv(rowOf(all, 'ks4_pupils', { sex: 'unknown' }), [2, null, 2]);
  });
});
