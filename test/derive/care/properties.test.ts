import { DEFAULT_PLACEMENT_CHANGE } from '../../../src/derive/care/placement-changes.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoOfDay } from '../../../src/domain/dates.js';
import { careFactorsAt } from '../../../src/derive/care/care-factors.js';
import { buildCareHistories } from '../../../src/derive/care/care-history.js';
import { cla12MonthsAt31March } from '../../../src/derive/care/cla-12-months.js';
import { claAt31March } from '../../../src/derive/care/cla-at-31-march.js';
import { daysInCareBefore } from '../../../src/derive/care/days-in-care.js';
import { mergeReturns } from '../../../src/derive/care/merge-returns.js';
import { carerSpells, placementSpells } from '../../../src/derive/care/placement-spells.js';
import { longTermStability } from '../../../src/derive/care/stability/long-term-stability.js';
import { threePlusPlacementsIn2Years } from '../../../src/derive/care/stability/three-plus-placements-in-2-years.js';
import { threePlusPlacementsInYear } from '../../../src/derive/care/stability/three-plus-placements-in-year.js';
import type { EpisodeRecord } from '../../../src/derive/care/types.js';

const FIRST_DAY = dayNumber('2018-01-01');
const arbEpisode = fc.record({
  la: fc.constantFrom('855', '201'),
  child: fc.constantFrom('A', 'B', 'C'),
  returnYear: fc.integer({ min: 2019, max: 2024 }),
  start: fc.integer({ min: 0, max: 2400 }),
  length: fc.option(fc.integer({ min: -3, max: 900 }), { nil: null }),
  rne: fc.constantFrom('S', 'L', 'P', 'T', 'B', 'U'),
  ls: fc.constantFrom('C2', 'V2', 'V3', 'V4', 'E1'),
  place: fc.constantFrom('U1', 'U4', 'K2', 'R1', 'T1', 'T3', 'A5', 'P1'),
  rec: fc.constantFrom('X1', 'X1', 'E11', 'E2'),
  urn: fc.constantFrom(null, 'SC1', 'SC2'),
});
const arbEpisodes = fc.array(arbEpisode, { maxLength: 25 }).map((rows) => rows.map((r, i): EpisodeRecord => ({
  la: r.la, child: r.child, returnYear: r.returnYear,
  decom: isoOfDay(FIRST_DAY + r.start), dec: r.length === null ? null : isoOfDay(FIRST_DAY + r.start + r.length),
  rne: r.rne, ls: r.ls, cin: 'N1', place: r.place, placeProvider: null, rec: r.length === null ? null : r.rec,
  reasonPlaceChange: null, urn: r.urn, file: `r${r.returnYear}.csv`, line: i + 2,
})));
const withShuffle = arbEpisodes.chain((rows) =>
  fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })));

const LAST_RETURNS = new Map([['855', 2024], ['201', 2023]]);
const DOB = '2009-10-20';

/** Every output of the stage for a set of rows, as plain data. */
function everything(rows: EpisodeRecord[]) {
  const merged = mergeReturns(rows, LAST_RETURNS);
  const histories = [...buildCareHistories(merged.episodes)].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    merged,
    children: histories.map(([key, h]) => ({
      key,
      periods: h.periods.map((p) => [p.start, p.end, p.episodes.map((e) => e.line)]),
      coverage: h.coverage,
      spells: placementSpells(h, DEFAULT_PLACEMENT_CHANGE).map((s) => [s.start, s.end]),
      carer: carerSpells(h).map((s) => [s.start, s.end]),
      years: [2019, 2020, 2021, 2022, 2023, 2024].map((y) => ({
        factors: careFactorsAt(h, { la: h.la, child: h.child, dob: DOB, sex: null, ethnic: null, upn: null }, `${y}-03-31`, DEFAULT_PLACEMENT_CHANGE),
        stability: [threePlusPlacementsInYear(h, y, DEFAULT_PLACEMENT_CHANGE), threePlusPlacementsIn2Years(h, y, DEFAULT_PLACEMENT_CHANGE), longTermStability(h, DOB, y)],
        cla: [claAt31March(h, y), cla12MonthsAt31March(h, y)],
      })),
    })),
  };
}

describe('order invariance and bounds (fast-check, fixed seed)', () => {
  it('shuffling the input episodes never changes any output', () => {
    fc.assert(fc.property(withShuffle, ([rows, shuffled]) => {
      expect(everything(shuffled)).toEqual(everything(rows));
    }), { seed: 20261123, numRuns: 300 });
  });

  it('days in care never exceed the days since the first DECOM', () => {
    fc.assert(fc.property(arbEpisodes, fc.integer({ min: 0, max: 3500 }), (rows, offset) => {
      const date = isoOfDay(FIRST_DAY + offset);
      for (const h of buildCareHistories(mergeReturns(rows, LAST_RETURNS).episodes).values()) {
        const first = h.care[0];
        const bound = first ? Math.max(0, dayNumber(date) - first.startDay) : 0;
        const days = daysInCareBefore(h, date);
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThanOrEqual(bound);
      }
    }), { seed: 20261123, numRuns: 300 });
  });

  it('the OC2 cohort is CLA at 31 March Y unless the care ended on 31 March Y', () => {
    fc.assert(fc.property(arbEpisodes, fc.integer({ min: 2019, max: 2024 }), (rows, y) => {
      for (const h of buildCareHistories(mergeReturns(rows, LAST_RETURNS).episodes).values()) {
        if (cla12MonthsAt31March(h, y) && !claAt31March(h, y)) {
          expect(daysInCareBefore(h, `${y}-03-31`) - daysInCareBefore(h, `${y - 1}-04-01`)).toBe(dayNumber(`${y}-03-31`) - dayNumber(`${y - 1}-04-01`));
        }
      }
    }), { seed: 20261123, numRuns: 200 });
  });
});
