import { ageOn, dayNumber } from '../../../domain/dates.js';
import { april1, march31 } from '../../../domain/years.js';
import { censoredContinuity } from '../censoring.js';
import { claAt31March } from '../cla-at-31-march.js';
import { lookedAfterContinuouslySince } from '../continuous-care.js';
import { placementOn } from '../placement-group-on.js';
import { carerSpells, spellOn } from '../placement-spells.js';
import type { CareHistory, StabilityResult } from '../types.js';

/**
 * The DfE long-term stability definition adds: "or are placed for adoption and their adoptive
 * placement together with their previous placement last for at least 2 years" (DfE, Children
 * looked after in England, placement stability indicator). With this true, a child placed for
 * adoption (PLACE A3–A6) on 31 March has the carer spell just before the adoptive one (if it ran
 * up to it) counted with it.
 */
export const ADOPTIVE_PLACEMENT_JOINS_PREVIOUS = true;

/** The first day of the 2½ years of care to 31 March Y: 1 October Y−3. */
export function twoAndAHalfYearsBefore31March(year: number): string {
  return `${year - 3}-10-01`;
}

/**
 * DfE long-term stability (definitions.md, Stability): denominator, children looked after at
 * 31 March Y, aged under 16 on that day, looked after continuously for at least 2½ years (every
 * day from 1 October Y−3); numerator, those whose current carer spell (the one covering 31 March)
 * began on or before 1 April Y−2, i.e. had lasted at least 2 years. A child looked after and under
 * 16 at 31 March Y whose care then is a left-censored period first known after 1 October Y−3, with
 * that day before the returns, cannot be placed: `censored` (definitions.md §3).
 */
export function longTermStability(history: CareHistory, dob: string, year: number): StabilityResult {
  const census = march31(year);
  const cohort = claAt31March(history, year) && ageOn(dob, census) < 16;
  if (cohort && censoredContinuity(history, dayNumber(twoAndAHalfYearsBefore31March(year)), dayNumber(census))) {
    return { inDenominator: false, inNumerator: false, censored: true };
  }
  const inDenominator = cohort && lookedAfterContinuouslySince(history, twoAndAHalfYearsBefore31March(year), census);
  if (!inDenominator) return { inDenominator, inNumerator: false };
  const spells = carerSpells(history);
  const current = spellOn(spells, dayNumber(census));
  let since = current?.startDay ?? Infinity;
  if (current && ADOPTIVE_PLACEMENT_JOINS_PREVIOUS && /^A[3-6]$/.test(placementOn(history, census)?.place ?? '')) {
    const previous = spells[spells.indexOf(current) - 1];
    if (previous && previous.endDay === current.startDay) since = previous.startDay;
  }
  return { inDenominator, inNumerator: since <= dayNumber(april1(year - 2)) };
}
