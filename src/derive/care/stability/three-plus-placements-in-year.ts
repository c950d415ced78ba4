import { dayNumber } from '../../../domain/dates.js';
import { april1, march31 } from '../../../domain/years.js';
import { censoredIn } from '../censoring.js';
import { claAt31March } from '../cla-at-31-march.js';
import type { PlacementChangeOptions } from '../placement-changes.js';
import { placementSpellsOverlapping } from '../placement-spells.js';
import type { CareHistory, StabilityResult } from '../types.js';

/**
 * DfE stability "3 or more placements during the year" (definitions.md, Stability): of children
 * looked after at 31 March Y, those with 3 or more placement spells overlapping 1 April Y−1 –
 * 31 March Y (a spell begun before the year counts as one of them). The year lies inside the returns
 * for every return year supplied; a year before them is `censored` for a child whose left-censored
 * period overlaps it (definitions.md §3).
 */
export function threePlusPlacementsInYear(
  history: CareHistory,
  year: number,
  options: PlacementChangeOptions,
): StabilityResult {
  const inDenominator = claAt31March(history, year);
  if (inDenominator && censoredIn(history, dayNumber(april1(year - 1)), dayNumber(march31(year)))) {
    return { inDenominator: false, inNumerator: false, censored: true };
  }
  const spells = inDenominator ? placementSpellsOverlapping(history, april1(year - 1), march31(year), options).length : 0;
  return { inDenominator, inNumerator: inDenominator && spells >= 3 };
}
