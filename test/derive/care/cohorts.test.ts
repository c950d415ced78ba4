import { describe, expect, it } from 'vitest';
import { claAt31March } from '../../../src/derive/care/cla-at-31-march.js';
import { cla12MonthsAt31March, OC2_KEEPS_PERIOD_ENDING_ON_31_MARCH } from '../../../src/derive/care/cla-12-months.js';
import { daysInCareBefore } from '../../../src/derive/care/days-in-care.js';
import { lookedAfterOn } from '../../../src/derive/care/looked-after-on.js';
import { hadShortBreaks } from '../../../src/derive/care/respite.js';
import { ep, history } from './helpers.js';

describe('CLA at 31 March and the 12-month (OC2) cohort', () => {
  it('keeps the DfE edge as a named constant', () => {
    expect(OC2_KEEPS_PERIOD_ENDING_ON_31_MARCH).toBe(true);
  });

  it('a period starting on 1 April Y−1 and open: both cohorts', () => {
    const h = history(ep('2023-04-01', null));
    expect(cla12MonthsAt31March(h, 2024)).toBe(true);
    expect(claAt31March(h, 2024)).toBe(true);
  });

  it('a period starting on 2 April Y−1 misses the 12-month cohort', () => {
    const h = history(ep('2023-04-02', null));
    expect(cla12MonthsAt31March(h, 2024)).toBe(false);
    expect(claAt31March(h, 2024)).toBe(true);
  });

  it('an episode ending on 31 March Y (DEC = 31 March): not CLA at 31 March, but kept in the OC2 cohort', () => {
    const h = history(ep('2023-04-01', '2024-03-31'));
    expect(lookedAfterOn(h, '2024-03-30')).toBe(true);
    expect(lookedAfterOn(h, '2024-03-31')).toBe(false);
    expect(claAt31March(h, 2024)).toBe(false);
    expect(cla12MonthsAt31March(h, 2024)).toBe(true);
  });

  it('an episode ending on 30 March Y is in neither', () => {
    const h = history(ep('2022-01-01', '2024-03-30'));
    expect(claAt31March(h, 2024)).toBe(false);
    expect(cla12MonthsAt31March(h, 2024)).toBe(false);
    expect(cla12MonthsAt31March(h, 2023)).toBe(true);
  });

  it('an episode ending on 1 April Y covers 31 March: both', () => {
    const h = history(ep('2023-04-01', '2024-04-01'));
    expect(claAt31March(h, 2024)).toBe(true);
    expect(cla12MonthsAt31March(h, 2024)).toBe(true);
  });

  it('a child starting on 31 March is looked after at 31 March', () => {
    const h = history(ep('2024-03-31', null));
    expect(claAt31March(h, 2024)).toBe(true);
    expect(claAt31March(h, 2023)).toBe(false);
  });

  it('a one-day gap during the year breaks the 12 months; an X1 chain does not', () => {
    const gap = history(ep('2022-01-01', '2023-10-01', { rec: 'E11' }), ep('2023-10-02', null));
    expect(cla12MonthsAt31March(gap, 2024)).toBe(false);
    const chained = history(ep('2022-01-01', '2023-10-01', { rec: 'X1' }), ep('2023-10-01', null, { rne: 'P' }));
    expect(cla12MonthsAt31March(chained, 2024)).toBe(true);
  });

  it('an open episode missing from the next return and closed at the return end stays CLA at that 31 March', () => {
    const h = history(ep('2022-06-01', null, { returnYear: 2023 }), ep('2019-01-01', '2019-02-01', { returnYear: 2024, child: 'C1' }));
    expect(h.episodes.map((e) => e.closedBy)).toEqual(['record', 'return_end']);
    expect(claAt31March(h, 2023)).toBe(true);
    expect(lookedAfterOn(h, '2023-04-01')).toBe(false);
  });
});

describe('respite (LS V3/V4) mixed with ordinary care', () => {
  // Short breaks in summer 2022 and in June 2023, ordinary care from 1 Sep 2022.
  const h = history(
    ep('2022-07-01', '2022-07-05', { ls: 'V3', rec: 'E13' }),
    ep('2022-09-01', null),
    ep('2023-06-01', '2023-06-03', { ls: 'V4', rec: 'E13' }),
  );

  it('leaves short breaks out of care days, periods and looked-after days', () => {
    expect(h.care).toHaveLength(1);
    expect(h.respite.map((e) => e.ls)).toEqual(['V3', 'V4']);
    expect(h.periods.map((p) => [p.start, p.end])).toEqual([['2022-09-01', null]]);
    expect(lookedAfterOn(h, '2022-07-02')).toBe(false);
    // 1 Sep – 30 Sep 2022: 30 days before 1 Oct
    expect(daysInCareBefore(h, '2022-10-01')).toBe(30);
  });

  it('excludes from the OC2 cohort a child with a short break overlapping the year', () => {
    expect(claAt31March(h, 2024)).toBe(true);
    expect(cla12MonthsAt31March(h, 2024)).toBe(false); // June 2023 short break
    const laterYear = history(ep('2022-07-01', '2022-07-05', { ls: 'V3', rec: 'E13' }), ep('2022-09-01', null));
    expect(cla12MonthsAt31March(laterYear, 2024)).toBe(true); // summer 2022 is before 1 April 2023
  });

  it('flags short breaks for a short-break measure', () => {
    expect(hadShortBreaks(h, '2023-04-01', '2024-03-31')).toBe(true);
    expect(hadShortBreaks(h, '2022-07-05', '2022-08-31')).toBe(false);
    expect(hadShortBreaks(h, '2022-07-04', '2022-07-04')).toBe(true);
  });
});

describe('care across merged returns', () => {
  it('an open episode closed at the next episode’s DECOM is continuous care', () => {
    const h = history(ep('2022-06-01', null, { returnYear: 2023 }), ep('2023-05-20', null, { returnYear: 2024, rne: 'P', place: 'K2' }));
    expect(h.episodes.map((e) => [e.dec, e.closedBy])).toEqual([['2023-05-20', 'next_episode'], [null, 'record']]);
    expect(h.periods).toHaveLength(1);
    expect(cla12MonthsAt31March(h, 2024)).toBe(true);
    expect(daysInCareBefore(h, '2023-06-01')).toBe(365);
  });
});
