import { describe, expect, it } from 'vitest';
import { ageAtEntry } from '../../../src/derive/care/age-at-entry.js';
import { lookedAfterContinuouslySince } from '../../../src/derive/care/continuous-care.js';
import { daysInCareBefore } from '../../../src/derive/care/days-in-care.js';
import { lookedAfterOn } from '../../../src/derive/care/looked-after-on.js';
import { periodsOfCareBy } from '../../../src/derive/care/periods-of-care-by.js';
import { ep, history } from './helpers.js';

describe('periods of care', () => {
  // Period 1: X1 chain 10 Jan – 15 Aug 2020. Period 2: 1 Oct 2020 – 1 Jan 2021, its REC is X1 but
  // the next DECOM (1 Mar 2021) leaves a gap, so period 3 starts there and is open.
  const chain = history(
    ep('2020-01-10', '2020-05-01', { rec: 'X1' }),
    ep('2020-05-01', '2020-08-15', { rne: 'P', rec: 'E11' }),
    ep('2020-10-01', '2021-01-01', { rec: 'X1' }),
    ep('2021-03-01', null, { rne: 'P' }),
  );

  it('chains X1 episodes and starts a new period after a gap', () => {
    expect(chain.periods.map((p) => [p.start, p.end, p.episodes.length])).toEqual([
      ['2020-01-10', '2020-08-15', 2],
      ['2020-10-01', '2021-01-01', 1],
      ['2021-03-01', null, 1],
    ]);
  });

  it('counts days looked after before a date over all periods', () => {
    // 2020: 22 (Jan 10–31) + 29 + 31 + 30 + 31 + 30 + 31 + 14 (Aug 1–14) = 218; Oct–Dec 92; 1–9 Mar 2021: 9.
    expect(daysInCareBefore(chain, '2021-03-10')).toBe(218 + 92 + 9);
    expect(daysInCareBefore(chain, '2020-01-10')).toBe(0);
    expect(daysInCareBefore(chain, '2020-01-11')).toBe(1);
    expect(daysInCareBefore(chain, '2020-09-30')).toBe(218);
  });

  it('counts periods started on or before a date', () => {
    expect(periodsOfCareBy(chain, '2020-01-09')).toBe(0);
    expect(periodsOfCareBy(chain, '2020-01-10')).toBe(1);
    expect(periodsOfCareBy(chain, '2021-02-28')).toBe(2);
    expect(periodsOfCareBy(chain, '2021-03-01')).toBe(3);
  });

  it('treats the DEC day as no longer looked after', () => {
    expect(lookedAfterOn(chain, '2020-08-14')).toBe(true);
    expect(lookedAfterOn(chain, '2020-08-15')).toBe(false);
    expect(lookedAfterOn(chain, '2020-01-10')).toBe(true);
    expect(lookedAfterOn(chain, '2020-01-09')).toBe(false);
    expect(lookedAfterOn(chain, '2030-01-01')).toBe(true);
  });

  it('starts a new period at RNE S even with no gap, and after a non-X1 end', () => {
    const h = history(
      ep('2019-01-01', '2019-06-01', { rec: 'E11' }),
      ep('2019-06-01', '2019-09-01', { rne: 'P', rec: 'X1' }),
      ep('2019-09-01', null, { rne: 'S' }),
    );
    expect(h.periods.map((p) => [p.start, p.end])).toEqual([
      ['2019-01-01', '2019-06-01'], ['2019-06-01', '2019-09-01'], ['2019-09-01', null],
    ]);
    // continuous by days covered, though three periods
    expect(lookedAfterContinuouslySince(h, '2019-01-01', '2020-01-01')).toBe(true);
    expect(lookedAfterContinuouslySince(h, '2018-12-31', '2020-01-01')).toBe(false);
  });

  it('age at entry is the age at the start of the latest period started by the date', () => {
    const h = history(
      ep('2015-05-09', '2016-01-01'),
      ep('2020-05-10', null),
    );
    expect(ageAtEntry(h, '2010-05-10', '2015-05-08')).toBeNull();
    expect(ageAtEntry(h, '2010-05-10', '2020-05-09')).toBe(4);
    expect(ageAtEntry(h, '2010-05-10', '2020-05-10')).toBe(10);
  });

  it('counts overlapping episodes once', () => {
    const h = history(ep('2021-01-01', '2021-01-11', { rec: 'X1' }), ep('2021-01-06', '2021-01-16', { rne: 'P' }));
    expect(daysInCareBefore(h, '2022-01-01')).toBe(15);
    expect(h.periods).toHaveLength(1);
  });
});
