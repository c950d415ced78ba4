import { dayNumber } from '../../../domain/dates.js';
import { april1, march31 } from '../../../domain/years.js';
import { censoredContinuity } from '../censoring.js';
import { claAt31March } from '../cla-at-31-march.js';
import { lookedAfterContinuouslySince } from '../continuous-care.js';
import type { PlacementChangeOptions } from '../placement-changes.js';
import { placementSpellsOverlapping } from '../placement-spells.js';
import type { CareHistory, StabilityResult } from '../types.js';

/**
 * DfE stability "3 or more placements in 2 years" (definitions.md, Stability): of children looked
 * after at 31 March Y who had then been looked after continuously for at least 2 years (every day
 * from 1 April Y−2 to 31 March Y: the DfE's "CLA 2 years on 31 March"), those with 3 or more
 * placement spells overlapping 1 April Y−2 – 31 March Y. A child looked after at 31 March Y whose
 * care then is a left-censored period first known after 1 April Y−2, with that day before the
 * returns, cannot be placed: `censored` (definitions.md §3).
 */
export function threePlusPlacementsIn2Years(
  history: CareHistory,
  year: number,
  options: PlacementChangeOptions,
): StabilityResult {
  const census = march31(year);
  if (claAt31March(history, year) && censoredContinuity(history, dayNumber(april1(year - 2)), dayNumber(census))) {
    return { inDenominator: false, inNumerator: false, censored: true };
  }
  const inDenominator = claAt31March(history, year) && lookedAfterContinuouslySince(history, april1(year - 2), census);
  const spells = inDenominator ? placementSpellsOverlapping(history, april1(year - 2), census, options).length : 0;
  return { inDenominator, inNumerator: inDenominator && spells >= 3 };
}
