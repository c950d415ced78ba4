import { DEFAULT_PLACEMENT_CHANGE } from '../../../src/derive/care/placement-changes.js';
import { describe, expect, it } from 'vitest';
import { longTermStability } from '../../../src/derive/care/stability/long-term-stability.js';
import { threePlusPlacementsIn2Years } from '../../../src/derive/care/stability/three-plus-placements-in-2-years.js';
import { threePlusPlacementsInYear } from '../../../src/derive/care/stability/three-plus-placements-in-year.js';
import { ep, history } from './helpers.js';

const Y = 2024;
const both = (inDenominator: boolean, inNumerator: boolean) => ({ inDenominator, inNumerator });

describe('3+ placements in the year to 31 March Y', () => {
  it('counts the spell begun before the year', () => {
    const h = history(
      ep('2022-01-01', '2023-05-01', { rec: 'X1' }),
      ep('2023-05-01', '2023-10-01', { rne: 'P', place: 'U5', rec: 'X1' }),
      ep('2023-10-01', null, { rne: 'P', place: 'U6' }),
    );
    expect(threePlusPlacementsInYear(h, Y, DEFAULT_PLACEMENT_CHANGE)).toEqual(both(true, true));
  });

  it('a spell ending on 1 April Y−1 is not in the year', () => {
    const h = history(
      ep('2022-01-01', '2023-04-01', { rec: 'X1' }),
      ep('2023-04-01', '2023-10-01', { rne: 'P', place: 'U5', rec: 'X1' }),
      ep('2023-10-01', null, { rne: 'P', place: 'U6' }),
    );
    expect(threePlusPlacementsInYear(h, Y, DEFAULT_PLACEMENT_CHANGE)).toEqual(both(true, false));
  });

  it('temporary placements do not add spells', () => {
    const h = history(
      ep('2023-01-01', '2023-07-01', { place: 'U4', rec: 'X1' }),
      ep('2023-07-01', '2023-07-05', { rne: 'P', place: 'T3', rec: 'X1' }),
      ep('2023-07-05', null, { rne: 'P', place: 'U4' }),
    );
    expect(threePlusPlacementsInYear(h, Y, DEFAULT_PLACEMENT_CHANGE)).toEqual(both(true, false));
  });

  it('a child who left care on 31 March Y is not in the denominator', () => {
    const h = history(
      ep('2022-01-01', '2023-05-01', { rec: 'X1' }),
      ep('2023-05-01', '2023-10-01', { rne: 'P', place: 'U5', rec: 'X1' }),
      ep('2023-10-01', '2024-03-31', { rne: 'P', place: 'U6', rec: 'E11' }),
    );
    expect(threePlusPlacementsInYear(h, Y, DEFAULT_PLACEMENT_CHANGE)).toEqual(both(false, false));
  });
});

describe('3+ placements in 2 years', () => {
  const threeSpells = (start: string) => history(
    ep(start, '2023-01-01', { rec: 'X1' }),
    ep('2023-01-01', '2023-10-01', { rne: 'P', place: 'U5', rec: 'X1' }),
    ep('2023-10-01', null, { rne: 'P', place: 'U6' }),
  );

  it('needs care on every day from 1 April Y−2', () => {
    expect(threePlusPlacementsIn2Years(threeSpells('2022-04-01'), Y, DEFAULT_PLACEMENT_CHANGE)).toEqual(both(true, true));
    expect(threePlusPlacementsIn2Years(threeSpells('2022-04-02'), Y, DEFAULT_PLACEMENT_CHANGE)).toEqual(both(false, false));
  });

  it('counts spells overlapping 1 April Y−2 – 31 March Y only', () => {
    const h = history(
      ep('2020-01-01', '2022-04-01', { rec: 'X1' }),
      ep('2022-04-01', '2023-10-01', { rne: 'P', place: 'U5', rec: 'X1' }),
      ep('2023-10-01', null, { rne: 'P', place: 'U6' }),
    );
    expect(threePlusPlacementsIn2Years(h, Y, DEFAULT_PLACEMENT_CHANGE)).toEqual(both(true, false));
  });
});

describe('long-term stability', () => {
  const UNDER_16 = '2012-01-01';

  it('2½ years of care from 1 October Y−3 with one carer spell (T and U changes keep it)', () => {
    const h = history(
      ep('2021-10-01', '2022-06-01', { place: 'U4', rec: 'X1' }),
      ep('2022-06-01', '2023-02-01', { rne: 'T', place: 'U5', rec: 'X1' }),
      ep('2023-02-01', null, { rne: 'U', place: 'U5', ls: 'C1' }),
    );
    expect(longTermStability(h, UNDER_16, Y)).toEqual(both(true, true));
  });

  it('care from 2 October Y−3 is short of 2½ years', () => {
    expect(longTermStability(history(ep('2021-10-02', null)), UNDER_16, Y)).toEqual(both(false, false));
  });

  it('the current carer spell must have begun by 1 April Y−2', () => {
    const since = (change: string) => history(
      ep('2021-01-01', change, { rec: 'X1' }),
      ep(change, null, { rne: 'P', place: 'U6' }),
    );
    expect(longTermStability(since('2022-04-01'), UNDER_16, Y)).toEqual(both(true, true));
    expect(longTermStability(since('2022-04-02'), UNDER_16, Y)).toEqual(both(true, false));
  });

  it('aged 16 on 31 March Y is out; 15 is in', () => {
    const h = history(ep('2020-01-01', null));
    expect(longTermStability(h, '2008-03-31', Y)).toEqual(both(false, false));
    expect(longTermStability(h, '2008-04-01', Y)).toEqual(both(true, true));
  });

  it('DfE: an adoptive placement counts together with the placement before it', () => {
    const adopted = history(ep('2020-01-01', '2023-01-01', { rec: 'X1' }), ep('2023-01-01', null, { rne: 'P', place: 'A5', ls: 'E1' }));
    expect(longTermStability(adopted, UNDER_16, Y)).toEqual(both(true, true));
    const moved = history(ep('2020-01-01', '2023-01-01', { rec: 'X1' }), ep('2023-01-01', null, { rne: 'P', place: 'K2' }));
    expect(longTermStability(moved, UNDER_16, Y)).toEqual(both(true, false));
  });
});
