/**
 * Care, OC2 and linkage measures of the catalogue fixture (fixtures/measures/catalogue/README.md),
 * each against a value worked out by hand from definitions.md and measures.md. Year 2023/24:
 * census date 31 March 2024, year 1 April 2023 – 31 March 2024.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/report/format.js';
import type { MeasureRow } from '../../../src/measures/row.js';
import { openFixture, rowOf, type Session } from './fixture.js';

let session: Session;
let rows: MeasureRow[];
beforeAll(async () => {
  session = await openFixture();
  rows = await session.rows('cla_12m', ['2023/24'], ['sex', 'placement_group']);
});
afterAll(() => session.close());

/** numerator, denominator, value (2 decimals) of one row. */
// the row keeps the unrounded value; the hand figures are to 2 decimals, as every output rounds it
const ndv = (r: MeasureRow) => [r.numerator, r.denominator, r.value === null ? null : roundTo(r.value, 2)];

describe('children looked after (definitions.md §2, §5, §6)', () => {
  // Looked after at the end of 31 March 2024: Amy, Ben, Hana (in T3, still looked after), Finn, Ivy,
  // Jay, Kai, Lea, Mo, Nia, Oli = 11. Not: Eve (DEC 31/03/2024 ends that day), Gus (left 01/01/2023),
  // Dan (only V3 short breaks: respite is left out), Pia–Uma (left 01/07/2023).
  it('cla_31mar = 11', () => {
    expect(ndv(rowOf(rows, 'cla_31mar'))).toEqual([11, null, 11]);
  });

  // Every day 1/4/2023 – 31/3/2024: Amy, Ben, Hana, Ivy, Jay, Kai, Lea, Nia, Oli, and Eve (period
  // ending on 31 March itself is kept: the DfE OC2 rule, README) = 10. Not Finn (from 01/09/2023),
  // Mo (from 15/03/2024), Dan (respite).
  it('cla_12m = 10 (Eve kept, not looked after at 31 March)', () => {
    const r = rowOf(rows, 'cla_12m');
    expect(r.cohort).toBe('cla_12m');
    expect(ndv(r)).toEqual([10, null, 10]);
  });

  // 10,000 × 11 ÷ 145,610 (ONS 0–17 population of LA 855 for 2023/24, data/benchmarks/cla_numbers.csv)
  // = 0.75544… → 0.76
  it('cla_rate_per_10k = 10000 × 11 / 145610 = 0.76', () => {
    expect(ndv(rowOf(rows, 'cla_rate_per_10k'))).toEqual([11, 145610, 0.76]);
  });

  // sex of the 11: F Amy, Hana, Ivy, Lea, Nia = 5; M Ben, Finn, Jay, Kai, Mo, Oli = 6
  it('cla_31mar by sex: F 5, M 6', () => {
    expect(ndv(rowOf(rows, 'cla_31mar', { sex: 'F' }))).toEqual([5, 11, 5]);
    expect(ndv(rowOf(rows, 'cla_31mar', { sex: 'M' }))).toEqual([6, 11, 6]);
  });

  // placement on 31 March: other foster U4 Amy, Finn, Jay, Kai, Nia, Oli = 6; kinship Ivy (U3) and
  // Hana (in T3, counted in the U2 placement it interrupts: inputs.md) = 2; K2 Ben = 1; R1 Lea = 1;
  // P1 Mo = 1. No "temporary" category.
  it('cla_31mar by placement group: Hana in T3 counts as kinship (U2)', () => {
    const groups = rows.filter((r) => r.id === 'cla_31mar' && r.breakdown?.placement_group).map((r) => [r.breakdown!.placement_group, r.numerator]);
    expect(groups).toEqual([['childrens_homes_secure', 1], ['kinship_foster', 2], ['other_foster', 6], ['other_residential', 1], ['with_parents', 1]]);
  });
});

describe('stability (definitions.md, Stability; default placement change RNE P, B, T, U)', () => {
  // Denominator: CLA at 31 March = 11. Spells overlapping the year: Ben U4 (to 01/06/2023), U5, K2 = 3;
  // Hana U4 (from 01/03/2023), U2 (the T3 move is not a change) = 2; Jay 1 (T on 01/01/2023 is before
  // the year); all others 1. Numerator Ben = 1. 100 × 1 / 11 = 9.09
  it('stability_3plus_year = 1 / 11 = 9.09%', () => {
    expect(ndv(rowOf(rows, 'stability_3plus_year'))).toEqual([1, 11, 9.09]);
  });

  // Looked after continuously since 1 April 2022: Amy (2019), Ben (2020), Hana (01/02/2022), Ivy (2021),
  // Jay (2019), Lea (2018), Nia (2020), Oli (01/01/2022) = 8. Not Kai (01/06/2022), Finn, Mo.
  // Spells over 1/4/2022 – 31/3/2024: Ben 3; Hana U1, U4, U2 = 3; Ivy U4 (to 01/06/2022), U3 = 2;
  // Jay U4, U4 (RNE T) = 2; others 1. Numerator 2. 100 × 2 / 8 = 25
  it('stability_3plus_2years = 2 / 8 = 25%', () => {
    expect(ndv(rowOf(rows, 'stability_3plus_2years'))).toEqual([2, 8, 25]);
  });

  // Under 16 on 31/3/2024 and looked after since 1 October 2021: Amy (15), Ivy (4, since 2021),
  // Jay (11), Nia (11) = 4. Not Ben, Hana, Finn (16), Lea (17), Kai (since 06/2022), Oli (since
  // 01/2022), Mo. Current carer spell began on or before 1 April 2022: Amy (01/06/2019), Jay (RNE T
  // keeps the carer: since 01/01/2019), Nia (01/01/2020); not Ivy (P on 01/06/2022). 3 / 4 = 75
  it('stability_long_term = 3 / 4 = 75% (RNE T keeps the carer spell)', () => {
    expect(ndv(rowOf(rows, 'stability_long_term'))).toEqual([3, 4, 75]);
  });
});

describe('OC2 outcomes (measures.md; ages on 31 March 2024)', () => {
  // OC2 rows (all in the OC2 cohort): Amy 15, Ben 16, Hana 16, Eve 3, Ivy 4, Jay 11, Kai 9, Lea 17,
  // Nia 11, Oli 7 = 10 rows.
  // flags      HA IM TE HC CV SM  SDQ
  // Amy  15     1  1  1  -  0  1  17
  // Ben  16     1  0  1  -  1  0  13
  // Hana 16     1  1  0  -  0  0   -
  // Eve   3     1  1  0  1  -  -  25
  // Ivy   4     1  1  1  0  -  -  14
  // Jay  11     1  1  1  1  1  0  20
  // Kai   9     0  0  1  -  1  0  15
  // Lea  17     1  1  0  -  0  1  30
  // Nia  11     1  1  1  -  0  0  10
  // Oli   7     1  1  1  -  -  -  18
  it.each([
    // HA: 9 of 10 (all but Kai)
    ['oc2_health_assessment', 9, 10, 90],
    // IM: 8 of 10 (not Ben, Kai)
    ['oc2_immunisations', 8, 10, 80],
    // TE: Amy, Ben, Ivy, Jay, Kai, Nia, Oli = 7 of 10
    ['oc2_teeth_check', 7, 10, 70],
    // under 5 only: Eve 1, Ivy 0 → 1 / 2 (Jay's HC = 1 at 11 is not counted)
    ['oc2_health_check', 1, 2, 50],
    // aged 10+: Amy 0, Ben 1, Hana 0, Jay 1, Lea 0, Nia 0 → 2 / 6 (Kai convicted at 9 is not counted)
    ['oc2_convicted', 2, 6, 33.33],
    // non-blank: Amy 1, Ben 0, Hana 0, Jay 0, Kai 0, Lea 1, Nia 0 → 2 / 7
    ['oc2_substance_misuse', 2, 7, 28.57],
    // aged 5–16 with a score (the DfE's publication range): Amy 17, Ben 13, Jay 20, Kai 15, Nia 10,
    // Oli 18 = 93 over 6 (Ivy's 14 at 4, Eve's 25 at 3 and Lea's 30 at 17 left out) → 15.5
    ['sdq_mean', 93, 6, 15.5],
    // 17–40 among those 6: Amy 17 (the band's lower edge), Jay 20, Oli 18 → 3 / 6 = 50
    ['sdq_band_concern', 3, 6, 50],
  ] as const)('%s = %d / %d = %d', (id, n, d, v) => {
    const r = rowOf(rows, id);
    expect(r.cohort).toBe('cla_12m');
    expect(ndv(r)).toEqual([n, d, v]);
  });
});

describe('linkage_match_rate (definitions.md; school age = 5–15 on 31 August 2023)', () => {
  // 2024 return, school age: Amy, Ben, Hana, Dan, Finn, Jay, Kai, Nia, Oli, Pia, Quin, Rae, Sam, Tom,
  // Uma = 15 (Eve, Ivy, Mo are under 5; Lea is 16). Matched: Amy, Ben, Hana, Dan (a 903 child, even
  // with short breaks only), Finn, Jay, Nia, Oli = 8. 100 × 8 / 15 = 53.33.
  // Unmatched: Pia UN2 (placeholder), Quin blank, Rae R247962919251 (bad check letter), Kai (no pupil
  // record), Sam and Tom (one UPN on two children), Uma (her UPN is one pupil's UPN and another
  // pupil's FormerUPN: several pupil records) = 7.
  it('2023/24: 8 / 15 = 53.33%, with the reasons of the 7 others', () => {
    const r = rowOf(rows, 'linkage_match_rate');
    expect(ndv(r)).toEqual([8, 15, 53.33]);
    expect(r.note).toContain('Not matched: 1 with a placeholder instead of a UPN, which cannot be matched');
    expect(r.note).toContain('1 with no pupil record for their UPN');
    expect(r.note).toContain('2 whose UPN is recorded for two children');
    expect(r.note).toContain('1 whose UPN has several pupil records');
    const c = session.linked.linkage.counts.find((x) => x.year === 2024)!;
    expect(c.unmatched.placeholder + c.unmatched.blank + c.unmatched.invalid_upn + c.unmatched.no_pupil_record
      + c.unmatched.upn_on_two_children + c.unmatched.several_pupil_records).toBe(7);
  });

  // Known defect (reported, outside this helper's files): the Header UPN is an optional cell, and an
  // invalid optional cell is blanked by validation (README "Rejected rows"), so linkage sees Rae's
  // bad-check-letter UPN as blank: blank 2, invalid_upn 0. The reason should be invalid_upn 1,
  // blank 1 (Quin). (fixed: the written UPN is kept for the reason)
  it('2023/24: Rae is counted as invalid_upn, Quin alone as blank', () => {
    const c = session.linked.linkage.counts.find((x) => x.year === 2024)!;
    expect([c.unmatched.blank, c.unmatched.invalid_upn]).toEqual([1, 1]);
  });

  // 2023 return: Gus, Hana, Ivy, Jay; school age Gus, Hana, Jay (Ivy is 3), all matched: 3 / 3.
  it('2022/23: 3 / 3 = 100%', async () => {
    const r = rowOf(await session.rows('cla_12m', ['2022/23']), 'linkage_match_rate');
    expect(ndv(r)).toEqual([3, 3, 100]);
    expect(r.note).toBeNull();
  });
});
