import { DEFAULT_PLACEMENT_CHANGE } from '../../../src/derive/care/placement-changes.js';
import { describe, expect, it } from 'vitest';
import { careFactorsAt } from '../../../src/derive/care/care-factors.js';
import { child, ep, history } from './helpers.js';

describe('careFactorsAt', () => {
  // Born 1 Sep 2008 (11th birthday 1 Sep 2019). Census date 31 March 2024.
  const h = history(
    ep('2015-02-01', '2015-08-01', { place: 'U1', rec: 'E11' }),
    ep('2019-09-01', '2020-01-01', { place: 'K2', urn: 'SC1', rec: 'X1' }),
    ep('2020-01-01', '2023-06-01', { rne: 'P', place: 'U4', rec: 'X1' }),   // change
    ep('2023-06-01', '2023-06-08', { rne: 'P', place: 'T3', rec: 'X1' }),   // temporary
    ep('2023-06-08', '2023-11-01', { rne: 'P', place: 'U4', rec: 'X1' }),   // back to the same
    ep('2023-11-01', '2024-03-20', { rne: 'B', place: 'R1', urn: 'SC7', rec: 'X1' }), // change
    ep('2024-03-20', null, { rne: 'P', place: 'T1' }),                       // temporary on census day
  );

  it('computes every care column by hand', () => {
    expect(careFactorsAt(h, child('2008-09-01'), '2024-03-31', DEFAULT_PLACEMENT_CHANGE)).toEqual({
      cla_12m: 1,
      cla_31mar: 1,
      ever_cla: 1,
      days_in_care: 181 + 1673, // 1 Feb–31 Jul 2015; 1 Sep 2019–30 Mar 2024: the days before 31 March (definitions.md §7)
      age_at_entry: 11,
      periods_of_care: 2,
      placement_changes_after_11: 2,
      placements_in_year: 2, // U4 spell from 2020 and R1 spell from Nov 2023
      placement_group_y11: 'other_residential', // T1 interrupts R1
      not_foster_y11: 1,
    });
  });

  it('a child out of care at the census: flags 0, history up to then', () => {
    expect(careFactorsAt(h, child('2008-09-01'), '2018-03-31', DEFAULT_PLACEMENT_CHANGE)).toEqual({
      cla_12m: 0, cla_31mar: 0, ever_cla: 1, days_in_care: 181, age_at_entry: 6, periods_of_care: 1,
      placement_changes_after_11: 0, placements_in_year: 0, placement_group_y11: null, not_foster_y11: null,
    });
  });

  it('never looked after (no history, only short breaks, or care starting after the census)', () => {
    const none = {
      cla_12m: 0, cla_31mar: 0, ever_cla: 0, days_in_care: null, age_at_entry: null, periods_of_care: null,
      placement_changes_after_11: null, placements_in_year: null, placement_group_y11: null, not_foster_y11: null,
    };
    expect(careFactorsAt(null, child('2008-09-01'), '2024-03-31', DEFAULT_PLACEMENT_CHANGE)).toEqual(none);
    expect(careFactorsAt(history(ep('2023-05-01', '2023-05-03', { ls: 'V3', rec: 'E13' })), child('2008-09-01'), '2024-03-31', DEFAULT_PLACEMENT_CHANGE)).toEqual(none);
    expect(careFactorsAt(history(ep('2024-04-01', null)), child('2008-09-01'), '2024-03-31', DEFAULT_PLACEMENT_CHANGE)).toEqual(none);
  });

  it('foster care on the census date gives not_foster_y11 = 0', () => {
    const f = careFactorsAt(history(ep('2024-03-31', null, { place: 'U2' })), child('2010-01-01'), '2024-03-31', DEFAULT_PLACEMENT_CHANGE);
    expect(f).toMatchObject({ cla_31mar: 1, cla_12m: 0, days_in_care: 0, placement_group_y11: 'kinship_foster', not_foster_y11: 0, placements_in_year: 1 });
  });

  it('rejects a census date that is not 31 March', () => {
    expect(() => careFactorsAt(h, child('2008-09-01'), '2024-03-30', DEFAULT_PLACEMENT_CHANGE)).toThrow(/not a 31 March/);
  });
});
