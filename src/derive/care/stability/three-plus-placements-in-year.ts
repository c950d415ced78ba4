import { april1, march31 } from '../../../domain/years.js';
import { claAt31March } from '../cla-at-31-march.js';
import { DEFAULT_PLACEMENT_CHANGE, type PlacementChangeOptions } from '../placement-changes.js';
import { placementSpellsOverlapping } from '../placement-spells.js';
import type { CareHistory, StabilityResult } from '../types.js';

/**
 * DfE stability "3 or more placements during the year" (definitions.md, Stability): of children
 * looked after at 31 March Y, those with 3 or more placement spells overlapping 1 April Y−1 –
 * 31 March Y (a spell begun before the year counts as one of them).
 */
export function threePlusPlacementsInYear(
  history: CareHistory,
  year: number,
  options: PlacementChangeOptions = DEFAULT_PLACEMENT_CHANGE,
): StabilityResult {
  const inDenominator = claAt31March(history, year);
  const spells = inDenominator ? placementSpellsOverlapping(history, april1(year - 1), march31(year), options).length : 0;
  return { inDenominator, inNumerator: inDenominator && spells >= 3 };
}
