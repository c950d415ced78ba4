import { DEFAULT_PLACEMENT_CHANGE } from '../../../src/derive/care/placement-changes.js';
import { describe, expect, it } from 'vitest';
import { CARER_CHANGE, placementChanges } from '../../../src/derive/care/placement-changes.js';
import { placementChangesAfter11 } from '../../../src/derive/care/placement-changes-after-11.js';
import { placementGroupOn } from '../../../src/derive/care/placement-group-on.js';
import { carerSpells, placementSpells, placementSpellsOverlapping } from '../../../src/derive/care/placement-spells.js';
import { threePlusPlacementsInYear } from '../../../src/derive/care/stability/three-plus-placements-in-year.js';
import { ep, history } from './helpers.js';

// Born 15 June 2010: 11th birthday 15 June 2021.
const DOB = '2010-06-15';
const h = history(
  ep('2020-01-01', '2020-05-01', { rne: 'S', place: 'U4', rec: 'X1' }),
  ep('2020-05-01', '2020-08-01', { rne: 'P', place: 'K2', urn: 'SC1', rec: 'X1' }), // change
  ep('2020-08-01', '2020-08-05', { rne: 'P', place: 'T1', rec: 'X1' }),             // into temporary: no
  ep('2020-08-05', '2021-01-01', { rne: 'P', place: 'K2', urn: 'SC1', rec: 'X1' }), // back to the same: no
  ep('2021-01-01', '2021-06-14', { rne: 'L', place: 'K2', urn: 'SC1', ls: 'C1', rec: 'X1' }), // legal only: no
  ep('2021-06-14', '2021-06-15', { rne: 'T', place: 'U5', rec: 'X1' }),             // change, day before 11th birthday
  ep('2021-06-15', '2021-09-01', { rne: 'U', place: 'U6', rec: 'X1' }),             // change on the birthday
  ep('2021-09-01', '2021-09-03', { rne: 'P', place: 'T2', rec: 'X1' }),             // into temporary: no
  ep('2021-09-03', '2022-04-01', { rne: 'B', place: 'U4', rec: 'X1' }),             // back, but elsewhere: change
  ep('2022-04-01', null, { rne: 'P', place: 'R1', urn: 'SC9' }),                      // change after 31 March 2022
);

describe('placement changes', () => {
  it('counts P, B, T, U but not L, moves into T0–T4 or returns to the same placement', () => {
    expect(placementChanges(h, DEFAULT_PLACEMENT_CHANGE).map((e) => e.decom)).toEqual(['2020-05-01', '2021-06-14', '2021-06-15', '2021-09-03', '2022-04-01']);
  });

  it('the carer-change set counts only P and B', () => {
    expect(placementChanges(h, CARER_CHANGE).map((e) => e.decom)).toEqual(['2020-05-01', '2021-09-03', '2022-04-01']);
  });

  it('counts a return from a temporary placement to the same PLACE with another URN', () => {
    const other = history(
      ep('2020-01-01', '2020-02-01', { place: 'K2', urn: 'SC1', rec: 'X1' }),
      ep('2020-02-01', '2020-02-03', { rne: 'P', place: 'T1', rec: 'X1' }),
      ep('2020-02-03', null, { rne: 'P', place: 'K2', urn: 'SC2' }),
    );
    expect(placementChanges(other, DEFAULT_PLACEMENT_CHANGE).map((e) => e.decom)).toEqual(['2020-02-03']);
  });

  it('placementChangesAfter11 counts from the 11th birthday to the census date, both included', () => {
    expect(placementChangesAfter11(h, DOB, '2022-03-31', DEFAULT_PLACEMENT_CHANGE)).toBe(2); // 15 Jun 2021, 3 Sep 2021
    expect(placementChangesAfter11(h, DOB, '2022-04-01', DEFAULT_PLACEMENT_CHANGE)).toBe(3);
    expect(placementChangesAfter11(h, DOB, '2021-06-15', DEFAULT_PLACEMENT_CHANGE)).toBe(1);
    expect(placementChangesAfter11(h, DOB, '2022-03-31', CARER_CHANGE)).toBe(1);
  });

  it('counts a move into care after the 11th birthday only if its RNE is a change', () => {
    const entry = history(ep('2021-07-01', '2021-08-01', { rne: 'S', rec: 'X1' }), ep('2021-08-01', null, { rne: 'P', place: 'U5' }));
    expect(placementChangesAfter11(entry, DOB, '2022-03-31', DEFAULT_PLACEMENT_CHANGE)).toBe(1);
  });
});

describe('placement and carer spells', () => {
  it('spells run from the period start and each change to the next', () => {
    expect(placementSpells(h, DEFAULT_PLACEMENT_CHANGE).map((s) => [s.start, s.end])).toEqual([
      ['2020-01-01', '2020-05-01'], ['2020-05-01', '2021-06-14'], ['2021-06-14', '2021-06-15'],
      ['2021-06-15', '2021-09-03'], ['2021-09-03', '2022-04-01'], ['2022-04-01', null],
    ]);
  });

  it('carer spells are not ended by same-carer changes (T, U)', () => {
    expect(carerSpells(h).map((s) => [s.start, s.end])).toEqual([
      ['2020-01-01', '2020-05-01'], ['2020-05-01', '2021-09-03'], ['2021-09-03', '2022-04-01'], ['2022-04-01', null],
    ]);
  });

  it('spells overlapping a year: a spell ending on 1 April is outside, one starting on 31 March inside', () => {
    expect(placementSpellsOverlapping(h, '2021-04-01', '2022-03-31', DEFAULT_PLACEMENT_CHANGE)).toHaveLength(4);
    expect(placementSpellsOverlapping(h, '2022-04-01', '2023-03-31', DEFAULT_PLACEMENT_CHANGE)).toHaveLength(1);
    expect(placementSpellsOverlapping(h, '2021-09-03', '2021-09-03', DEFAULT_PLACEMENT_CHANGE)).toHaveLength(1);
    expect(placementSpellsOverlapping(h, '2019-04-01', '2020-01-01', DEFAULT_PLACEMENT_CHANGE)).toHaveLength(1);
    expect(placementSpellsOverlapping(h, '2019-04-01', '2019-12-31', DEFAULT_PLACEMENT_CHANGE)).toHaveLength(0);
  });

  it('spells do not cross periods of care', () => {
    const two = history(ep('2020-01-01', '2020-06-01', { rec: 'E11' }), ep('2020-06-01', null, { rne: 'S', place: 'K2' }));
    expect(placementSpells(two, DEFAULT_PLACEMENT_CHANGE).map((s) => [s.start, s.end])).toEqual([['2020-01-01', '2020-06-01'], ['2020-06-01', null]]);
  });
});

describe('placement group on a date', () => {
  it('gives the placement a temporary one interrupts', () => {
    expect(placementGroupOn(h, '2020-02-01')).toBe('other_foster');
    expect(placementGroupOn(h, '2020-08-03')).toBe('childrens_homes_secure'); // in T1, from K2
    expect(placementGroupOn(h, '2021-09-02')).toBe('other_foster'); // in T2, from U6
    expect(placementGroupOn(h, '2021-06-14')).toBe('other_foster');
    expect(placementGroupOn(h, '2019-12-31')).toBeNull();
  });

  it('is null when a period starts in a temporary placement', () => {
    const t = history(ep('2020-01-01', null, { place: 'T0' }));
    expect(placementGroupOn(t, '2020-01-05')).toBeNull();
  });
});

describe('a period that starts in a temporary placement (issue 12, item 11)', () => {
  // S into T2 (temporary) on 1 Jan 2023, P to U4 on 10 Jan, P to U5 on 1 Oct: placements U4 and U5 only
  const rows = () => [
    ep('2023-01-01', '2023-01-10', { rne: 'S', place: 'T2', rec: 'X1' }),
    ep('2023-01-10', '2023-10-01', { rne: 'P', place: 'U4', rec: 'X1' }),
    ep('2023-10-01', null, { rne: 'P', place: 'U5' }),
  ];
  it('does not count the temporary placement: one change (into U5), two spells', () => {
    const h = history(...rows());
    expect(placementChanges(h, DEFAULT_PLACEMENT_CHANGE).map((e) => e.decom)).toEqual(['2023-10-01']);
    expect(placementSpells(h, DEFAULT_PLACEMENT_CHANGE).map((s) => [s.start, s.end])).toEqual([['2023-01-01', '2023-10-01'], ['2023-10-01', null]]);
  });
  it('so 3+ placements in the year to 31 March 2024 is not met (2 spells, was 3)', () => {
    expect(threePlusPlacementsInYear(history(...rows()), 2024, DEFAULT_PLACEMENT_CHANGE)).toEqual({ inDenominator: true, inNumerator: false });
  });
});
