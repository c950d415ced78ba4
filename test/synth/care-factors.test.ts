import { describe, expect, it } from 'vitest';
import {
  ageAtEntry, daysInCareBefore, isCla12m, isPlacementChange, lookedAfterOn, periodsOfCareBy, placeOn,
  placementChangesAfter11, placementGroupOn, placementsInYear, type CareEpisode,
} from '../../src/synth/care-factors.js';
import { dayOf } from '../../src/synth/calendar.js';

// A hand-built history (child born 10/06/2008, so 11 on 10/06/2019):
//  1. 05/01/2019 S C1 U4   → X1 15/02/2019
//  2. 15/02/2019 L C2 U4   → X1 20/08/2019        (legal change only: not a placement change)
//  3. 20/08/2019 P C2 U5   → X1 03/09/2019        (change after 11: counts)
//  4. 03/09/2019 P C2 T2   → X1 06/09/2019        (into a temporary placement: not counted)
//  5. 06/09/2019 P C2 U5   → X1 10/12/2019        (back to the same placement: not counted)
//  6. 10/12/2019 T C2 U5'  → E13 12/05/2020       (same carer, new address: counts)
//  gap, then a new period:
//  7. 02/02/2021 S V2 K2   → X1 03/03/2021
//  8. 03/03/2021 B C2 K2'  open                   (counts)
//  respite in between (ignored): 9. 01/01/2021 S V3 U4 → E13 03/01/2021
const d = (dd: number, mm: number, yyyy: number) => dayOf(yyyy, mm, dd);
const ep = (decom: number, dec: number | null, rne: string, ls: string, place: string, rec: string | null, plPost = 'AA1 1AA'): CareEpisode =>
  ({ decom, dec, rne, ls, place, rec, provider: 'PR1', urn: '', plPost });
const DOB = d(10, 6, 2008);
const history: CareEpisode[] = [
  ep(d(5, 1, 2019), d(15, 2, 2019), 'S', 'C1', 'U4', 'X1'),
  ep(d(15, 2, 2019), d(20, 8, 2019), 'L', 'C2', 'U4', 'X1'),
  ep(d(20, 8, 2019), d(3, 9, 2019), 'P', 'C2', 'U5', 'X1'),
  ep(d(3, 9, 2019), d(6, 9, 2019), 'P', 'C2', 'T2', 'X1'),
  ep(d(6, 9, 2019), d(10, 12, 2019), 'P', 'C2', 'U5', 'X1'),
  ep(d(10, 12, 2019), d(12, 5, 2020), 'T', 'C2', 'U5', 'E13', 'BB2 2BB'),
  ep(d(1, 1, 2021), d(3, 1, 2021), 'S', 'V3', 'U4', 'E13'),
  ep(d(2, 2, 2021), d(3, 3, 2021), 'S', 'V2', 'K2', 'X1'),
  ep(d(3, 3, 2021), null, 'B', 'C2', 'K2', null, 'CC3 3CC'),
];

describe('care factors on a hand-built history', () => {
  it('counts placement changes per definitions.md (temporary moves and L excluded)', () => {
    expect(history.map((_, i) => isPlacementChange(history, i))).toEqual([false, false, true, false, false, true, false, false, true]);
    expect(placementChangesAfter11(history, DOB, d(31, 3, 2021))).toBe(3);
    expect(placementChangesAfter11(history, DOB, d(31, 3, 2020))).toBe(2);
  });

  it('counts days in care before a date, ignoring respite', () => {
    // period 1: 05/01/2019 → 12/05/2020 = 493 days; period 2: 02/02/2021 → 31/03/2021 = 57 days
    expect(daysInCareBefore(history, d(31, 3, 2021))).toBe(493 + 57);
    expect(daysInCareBefore(history, d(31, 3, 2020))).toBe(451);
  });

  it('finds periods of care and age at entry', () => {
    expect(periodsOfCareBy(history, d(31, 3, 2020))).toBe(1);
    expect(periodsOfCareBy(history, d(31, 3, 2021))).toBe(2);
    expect(ageAtEntry(history, DOB, d(31, 3, 2020))).toBe(10);
    expect(ageAtEntry(history, DOB, d(31, 3, 2021))).toBe(12);
  });

  it('cohort flags at 31 March', () => {
    expect(lookedAfterOn(history, d(31, 3, 2020))).toBe(true);
    expect(isCla12m(history, 2020)).toBe(true); // in care 05/01/2019–12/05/2020 covers 1 April 2019–31 March 2020
    expect(lookedAfterOn(history, d(2, 1, 2021))).toBe(false); // respite day does not count
    expect(isCla12m(history, 2021)).toBe(false);
  });

  it('placement spells in the year and placement on 31 March', () => {
    // year to 31/03/2020: spells U4 (05/01/2019–20/08/2019), U5 (20/08/2019–10/12/2019), U5' (10/12/2019–) → 3
    expect(placementsInYear(history, 2020)).toBe(3);
    // year to 31/03/2021: U5' ended 12/05/2020 (overlaps), K2 from 02/02/2021, K2' from 03/03/2021 → 3
    expect(placementsInYear(history, 2021)).toBe(3);
    expect(placeOn(history, d(4, 9, 2019))).toBe('U5'); // temporary T2 counts as the placement it interrupts
    expect(placementGroupOn(history, d(31, 3, 2021))).toBe('childrens_homes_secure');
    expect(placeOn(history, d(1, 6, 2020))).toBeNull();
  });
});
