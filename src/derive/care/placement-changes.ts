import { PLACEMENT_CHANGE_RNE, TEMPORARY_PLACE } from '../../domain/codes.js';
import type { CareHistory, MergedEpisode, PeriodOfCare } from './types.js';

/** Which RNE codes make a placement change: the default P, B, T, U, or the stricter carer set P, B. */
export interface PlacementChangeOptions {
  rne: readonly string[];
}
export const DEFAULT_PLACEMENT_CHANGE: PlacementChangeOptions = { rne: PLACEMENT_CHANGE_RNE.default };
export const CARER_CHANGE: PlacementChangeOptions = { rne: PLACEMENT_CHANGE_RNE.carer };

const TEMPORARY = new Set<string>(TEMPORARY_PLACE);
export function isTemporaryPlace(place: string): boolean {
  return TEMPORARY.has(place);
}

/** A code or postcode for comparison: blank and null are the same, case and spaces do not matter. */
function identity(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, '').toUpperCase();
}

/**
 * Is `e` the same placement as `before`? The Episodes table has no carer id: a placement is
 * identified by what the row says about it: PLACE, PLACE_PROVIDER, URN and PL_POST (placement
 * postcode district), each blank equal to blank. For foster care (no URN) the postcode is what tells
 * one carer's home from another's, so a return from a temporary placement to another carer of the
 * same type and provider elsewhere is a move, not a return.
 */
export function isSamePlacement(before: MergedEpisode, e: MergedEpisode): boolean {
  return before.place === e.place && identity(before.placeProvider) === identity(e.placeProvider)
    && identity(before.urn) === identity(e.urn) && identity(before.plPost) === identity(e.plPost);
}

/**
 * The placement changes of one period (definitions.md, "Placements"): episodes whose RNE is in
 * the set (RNE `L`, legal status only, never is), except
 * - a move into a temporary placement (PLACE T0–T4), and
 * - the return from a temporary placement to the same placement as before it (`isSamePlacement`:
 *   PLACE, PLACE_PROVIDER, URN and PL_POST all equal), and
 * - the move out of the temporary placement(s) a period starts in: the first settled placement of
 *   the period is its first placement, so the temporary one is not counted as a placement.
 */
export function placementChangesInPeriod(period: PeriodOfCare, options: PlacementChangeOptions): MergedEpisode[] {
  const changeRne = new Set(options.rne.filter((r) => r !== 'L'));
  const changes: MergedEpisode[] = [];
  let settled: MergedEpisode | null = null; // the last non-temporary placement
  let previousWasTemporary = false;
  for (const e of period.episodes) {
    const temporary = isTemporaryPlace(e.place);
    if (changeRne.has(e.rne) && !temporary) {
      const back = previousWasTemporary && settled !== null && isSamePlacement(settled, e);
      const outOfTemporaryStart = previousWasTemporary && settled === null;
      if (!back && !outOfTemporaryStart) changes.push(e);
    }
    if (!temporary) settled = e;
    previousWasTemporary = temporary;
  }
  return changes;
}

/** Every placement change of a history (respite excluded), in episode order. */
export function placementChanges(history: CareHistory, options: PlacementChangeOptions): MergedEpisode[] {
  return history.periods.flatMap((p) => placementChangesInPeriod(p, options));
}
