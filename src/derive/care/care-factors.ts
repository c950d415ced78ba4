import { isFosterOrKinship, placementGroup } from '../../domain/codes.js';
import { addYearsIso, dayNumber } from '../../domain/dates.js';
import { april1 } from '../../domain/years.js';
import { censoredIn } from './censoring.js';
import type { FactorRow } from '../../domain/factor-row.js';
import { ageAtEntry } from './age-at-entry.js';
import { claAt31March } from './cla-at-31-march.js';
import { cla12MonthsAt31March } from './cla-12-months.js';
import { daysInCareBefore } from './days-in-care.js';
import { periodsOfCareBy } from './periods-of-care-by.js';
import type { PlacementChangeOptions } from './placement-changes.js';
import { placementChangesAfter11 } from './placement-changes-after-11.js';
import { placementOn } from './placement-group-on.js';
import { placementSpellsOverlapping } from './placement-spells.js';
import type { CareHistory, ChildInfo } from './types.js';

export type CareFactors = Pick<FactorRow, 'cla_12m' | 'cla_31mar' | 'ever_cla' | 'days_in_care' | 'age_at_entry'
  | 'periods_of_care' | 'placement_changes_after_11' | 'placements_in_year' | 'placement_group_y11' | 'not_foster_y11'>;

const NEVER_LOOKED_AFTER: CareFactors = {
  cla_12m: 0, cla_31mar: 0, ever_cla: 0, days_in_care: null, age_at_entry: null, periods_of_care: null,
  placement_changes_after_11: null, placements_in_year: null, placement_group_y11: null, not_foster_y11: null,
};

/**
 * The care columns of the factor table at a census date 31 March Y (definitions.md, "The per-pupil
 * factor table"), respite excluded throughout. A child never looked after on or before the census
 * date (no history, only short breaks, or care that began later) has ever_cla 0 and null columns.
 * - days_in_care: time in care by the census date, "the days looked after before it" (definitions.md §7):
 *   the days before 31 March Y, the census day itself not counted (so a child who came into care on
 *   31 March Y has ever_cla 1, cla_31mar 1 and days_in_care 0).
 * - age_at_entry, periods_of_care: over the periods started on or before 31 March Y.
 * - placements_in_year: placement spells overlapping 1 April Y−1 – 31 March Y.
 * - placement_group_y11 / not_foster_y11: the placement on 31 March Y (temporary placements count
 *   as the placement they interrupt); null when not looked after that day.
 * A factor whose window reaches into a left-censored period before what the returns show is null
 * (missing), never a count of the part that is known (definitions.md §3): days_in_care (all time
 * before the census date), age_at_entry (when the latest period is the censored one),
 * placement_changes_after_11 (from the 11th birthday) and placements_in_year (from 1 April Y−1).
 */
export function careFactorsAt(
  history: CareHistory | null | undefined,
  child: ChildInfo,
  censusDate: string,
  options: PlacementChangeOptions,
): CareFactors {
  if (censusDate.slice(5) !== '03-31') throw new Error(`careFactorsAt: census date ${censusDate} is not a 31 March`);
  const year = +censusDate.slice(0, 4);
  if (!history || periodsOfCareBy(history, censusDate) === 0) return { ...NEVER_LOOKED_AFTER };
  const place = placementOn(history, censusDate);
  const census = dayNumber(censusDate);
  const periods = periodsOfCareBy(history, censusDate);
  const latestCensored = periods === 1 && history.periods[0]!.leftCensored;
  const birthday11 = child.dob ? dayNumber(addYearsIso(child.dob, 11)) : -Infinity;
  return {
    cla_12m: cla12MonthsAt31March(history, year) ? 1 : 0,
    cla_31mar: claAt31March(history, year) ? 1 : 0,
    ever_cla: 1,
    days_in_care: censoredIn(history, -Infinity, census - 1) ? null : daysInCareBefore(history, censusDate),
    age_at_entry: latestCensored ? null : ageAtEntry(history, child.dob, censusDate),
    periods_of_care: periods,
    placement_changes_after_11: censoredIn(history, birthday11, census) ? null : placementChangesAfter11(history, child.dob, censusDate, options),
    placements_in_year: censoredIn(history, dayNumber(april1(year - 1)), census) ? null : placementSpellsOverlapping(history, april1(year - 1), censusDate, options).length,
    placement_group_y11: placementGroup(place?.place),
    not_foster_y11: place === null ? null : isFosterOrKinship(place.place) ? 0 : 1,
  };
}
