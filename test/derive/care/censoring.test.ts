import { DEFAULT_PLACEMENT_CHANGE } from '../../../src/derive/care/placement-changes.js';
/**
 * History before the earliest return (definitions.md §3): hand-built children of an LA whose
 * earliest return is 2019/20 (year 2020: the returns begin on 1 April 2019). Every figure below is
 * worked out by hand from the episodes in the comments.
 */
import { describe, expect, it } from 'vitest';
import { buildCareHistory } from '../../../src/derive/care/care-history.js';
import { careFactorsAt } from '../../../src/derive/care/care-factors.js';
import { censoredIn, returnsNeeded } from '../../../src/derive/care/censoring.js';
import { mergeReturns } from '../../../src/derive/care/merge-returns.js';
import { longTermStability } from '../../../src/derive/care/stability/long-term-stability.js';
import { threePlusPlacementsIn2Years } from '../../../src/derive/care/stability/three-plus-placements-in-2-years.js';
import { threePlusPlacementsInYear } from '../../../src/derive/care/stability/three-plus-placements-in-year.js';
import type { EpisodeRecord } from '../../../src/derive/care/types.js';
import { dayNumber } from '../../../src/domain/dates.js';
import { child, ep } from './helpers.js';

const EARLIEST = 2020;
const build = (earliest: number | null, ...rows: EpisodeRecord[]) =>
  buildCareHistory(mergeReturns(rows, new Map([['855', 2022]])).episodes, earliest);

// A: first known episode P from 1 June 2018 (in the 2019/20 return, open on 1 April 2019), then a move on 1 Jan 2020
const A = [ep('2018-06-01', '2020-01-01', { rne: 'P', rec: 'X1', returnYear: 2020 }), ep('2020-01-01', null, { rne: 'P', place: 'U5', returnYear: 2022 })];
// B: first known episode P from 1 January 2019, a move on 1 June 2020
const B = [ep('2019-01-01', '2020-06-01', { rne: 'P', rec: 'X1', returnYear: 2020 }), ep('2020-06-01', null, { rne: 'P', place: 'U5', returnYear: 2022 })];
// C: came into care (S) on 1 January 2017, one placement throughout
const C = [ep('2017-01-01', null, { rne: 'S', returnYear: 2022 })];
// D: censored period from 1 January 2018 ended 1 June 2019; a new period (S) from 1 September 2019
const D = [ep('2018-01-01', '2019-06-01', { rne: 'P', rec: 'E11', returnYear: 2020 }), ep('2019-09-01', null, { rne: 'S', returnYear: 2022 })];

describe('left-censored periods', () => {
  it('a first period whose first known episode is not S and lies in the earliest return is censored', () => {
    expect(build(EARLIEST, ...A).periods.map((p) => p.leftCensored)).toEqual([true]);
    expect(build(EARLIEST, ...C).periods[0]!.leftCensored).toBe(false);
    expect(build(EARLIEST, ...D).periods.map((p) => p.leftCensored)).toEqual([true, false]);
    // with no earliest return known nothing is marked
    expect(build(null, ...A).periods[0]!.leftCensored).toBe(false);
    // a first episode P starting after the earliest return year (1 April 2020 on) is not before the data
    expect(build(EARLIEST, ep('2020-05-01', null, { rne: 'P', returnYear: 2021 })).periods[0]!.leftCensored).toBe(false);
  });

  it('a window is unknown only where it begins before both the first known day and the returns', () => {
    const a = build(EARLIEST, ...A);
    const day = dayNumber;
    expect(censoredIn(a, day('2018-05-31'), day('2021-03-31'))).toBe(true);   // before 1 June 2018
    expect(censoredIn(a, day('2018-06-01'), day('2021-03-31'))).toBe(false);  // the first known day: the episode covers it
    const b = build(EARLIEST, ...B);
    expect(censoredIn(b, day('2018-10-01'), day('2021-03-31'))).toBe(true);
    expect(censoredIn(b, day('2019-04-01'), day('2021-03-31'))).toBe(false);  // the returns begin
  });

  it('names the returns a window needs', () => {
    expect(returnsNeeded('2018-10-01', 2020)).toBe('2018/19');
    expect(returnsNeeded('2017-10-01', 2020)).toBe('2017/18 to 2018/19');
    expect(returnsNeeded('2018-04-01', 2020)).toBe('2018/19');
  });
});

describe('stability measures at 31 March 2021 with returns from 2019/20', () => {
  const dob = '2008-05-01';
  it('long-term stability: B cannot be placed, A, C, D can', () => {
    // window from 1 October 2018: B first known 1 Jan 2019, after it and before the returns (1 April 2019)
    expect(longTermStability(build(EARLIEST, ...B), dob, 2021)).toEqual({ inDenominator: false, inNumerator: false, censored: true });
    // A: the episode from 1 June 2018 covers 1 October 2018: in the denominator; current carer spell from 1 Jan 2020, after 1 April 2019: not in the numerator
    expect(longTermStability(build(EARLIEST, ...A), dob, 2021)).toEqual({ inDenominator: true, inNumerator: false });
    // C: in care since 2017, one carer: both
    expect(longTermStability(build(EARLIEST, ...C), dob, 2021)).toEqual({ inDenominator: true, inNumerator: true });
    // D: the care on 31 March 2021 began with S on 1 September 2019: not continuous since 1 October 2018, known
    expect(longTermStability(build(EARLIEST, ...D), dob, 2021)).toEqual({ inDenominator: false, inNumerator: false });
  });

  it('3+ placements in 2 years: window from 1 April 2019 is inside the returns, unchanged by censoring', () => {
    for (const rows of [A, B, C, D]) {
      expect(threePlusPlacementsIn2Years(build(EARLIEST, ...rows), 2021, DEFAULT_PLACEMENT_CHANGE)).toEqual(threePlusPlacementsIn2Years(build(null, ...rows), 2021, DEFAULT_PLACEMENT_CHANGE));
    }
    // B: continuous since 1 April 2019, spells from 1 Jan 2019 and 1 June 2020: 2, not 3+
    expect(threePlusPlacementsIn2Years(build(EARLIEST, ...B), 2021, DEFAULT_PLACEMENT_CHANGE)).toEqual({ inDenominator: true, inNumerator: false });
    // at 31 March 2020 the window from 1 April 2018 reaches before the returns: A (first known 1 June 2018) and B cannot be placed
    expect(threePlusPlacementsIn2Years(build(EARLIEST, ...A), 2020, DEFAULT_PLACEMENT_CHANGE)).toEqual({ inDenominator: false, inNumerator: false, censored: true });
    expect(threePlusPlacementsIn2Years(build(EARLIEST, ...B), 2020, DEFAULT_PLACEMENT_CHANGE)).toEqual({ inDenominator: false, inNumerator: false, censored: true });
  });

  it('3+ placements in the year is inside the returns for every return year', () => {
    for (const rows of [A, B, C, D]) expect(threePlusPlacementsInYear(build(EARLIEST, ...rows), 2020, DEFAULT_PLACEMENT_CHANGE).censored).toBeUndefined();
  });
});

describe('per-child factors of a censored child are missing, not undercounted', () => {
  it('B at 31 March 2021: days in care and age at entry unknown; changes after 11 (birthday 1 May 2019) known', () => {
    const f = careFactorsAt(build(EARLIEST, ...B), child('2008-05-01'), '2021-03-31', DEFAULT_PLACEMENT_CHANGE);
    expect(f.days_in_care).toBeNull();
    expect(f.age_at_entry).toBeNull();
    expect(f.placement_changes_after_11).toBe(1);      // the move on 1 June 2020
    expect(f.placements_in_year).toBe(2);              // spells overlapping 1 April 2020 – 31 March 2021
    expect(f.cla_31mar).toBe(1);
    // uncensored, the same episodes give 820 days (1 Jan 2019 to 30 March 2021) and age 10 at entry
    const u = careFactorsAt(build(null, ...B), child('2008-05-01'), '2021-03-31', DEFAULT_PLACEMENT_CHANGE);
    expect([u.days_in_care, u.age_at_entry]).toEqual([820, 10]);
  });

  it('placement changes after 11 are missing when the 11th birthday is before the first known day and the returns', () => {
    expect(careFactorsAt(build(EARLIEST, ...B), child('2007-05-01'), '2021-03-31', DEFAULT_PLACEMENT_CHANGE).placement_changes_after_11).toBeNull();
    expect(careFactorsAt(build(EARLIEST, ...A), child('2007-05-01'), '2021-03-31', DEFAULT_PLACEMENT_CHANGE).placement_changes_after_11).toBeNull();
    // birthday 1 July 2018, after A's first known day (1 June 2018): known, the move on 1 Jan 2020
    expect(careFactorsAt(build(EARLIEST, ...A), child('2007-07-01'), '2021-03-31', DEFAULT_PLACEMENT_CHANGE).placement_changes_after_11).toBe(1);
  });

  it('a child whose current period began with S keeps every factor; the censored earlier period makes days in care unknown', () => {
    const f = careFactorsAt(build(EARLIEST, ...D), child('2008-05-01'), '2021-03-31', DEFAULT_PLACEMENT_CHANGE);
    expect(f.age_at_entry).toBe(11);                   // on 1 September 2019
    expect(f.days_in_care).toBeNull();                 // the days before 1 January 2018 are unknown
    expect(f.placement_changes_after_11).toBe(0);      // from 1 May 2019: no move
    const c = careFactorsAt(build(EARLIEST, ...C), child('2008-05-01'), '2021-03-31', DEFAULT_PLACEMENT_CHANGE);
    expect(c).toEqual(careFactorsAt(build(null, ...C), child('2008-05-01'), '2021-03-31', DEFAULT_PLACEMENT_CHANGE));
  });
});
