import { addYearsIso } from '../../domain/dates.js';
import { placementChanges, type PlacementChangeOptions } from './placement-changes.js';
import type { CareHistory } from './types.js';

/**
 * Placement changes dated after the 11th birthday and on or before the census date (31 March Y)
 * (definitions.md, `placement_changes_after_11`). "After age 11" is read as from the 11th birthday
 * on: a change with DECOM on the birthday counts (the child is aged 11 that day, as `ageOn` says).
 * A 29 February birthday falls on 28 February in other years (`addYearsIso`).
 */
export function placementChangesAfter11(
  history: CareHistory,
  dob: string,
  censusDate: string,
  options: PlacementChangeOptions,
): number {
  const birthday11 = addYearsIso(dob, 11);
  return placementChanges(history, options).filter((e) => e.decom >= birthday11 && e.decom <= censusDate).length;
}
