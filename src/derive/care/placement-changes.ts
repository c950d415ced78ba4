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

/**
 * The placement changes of one period (definitions.md, "Placements"): episodes whose RNE is in
 * the set (RNE `L`, legal status only, never is), except
 * - a move into a temporary placement (PLACE T0–T4), and
 * - the return from a temporary placement to the same placement as before it. "Same placement" is
 *   judged on PLACE and URN (both equal, a blank URN equal to a blank URN): the episode table
 *   carries no carer id, and PL_POST is not kept by ingest; PLACE + URN is what identifies a
 *   registered provider, and for foster care (no URN) the same placement type is taken as a return.
 */
export function placementChangesInPeriod(period: PeriodOfCare, options: PlacementChangeOptions): MergedEpisode[] {
  const changeRne = new Set(options.rne.filter((r) => r !== 'L'));
  const changes: MergedEpisode[] = [];
  let settled: MergedEpisode | null = null; // the last non-temporary placement
  let previousWasTemporary = false;
  for (const e of period.episodes) {
    const temporary = isTemporaryPlace(e.place);
    if (changeRne.has(e.rne) && !temporary) {
      const back = previousWasTemporary && settled !== null && settled.place === e.place && settled.urn === e.urn;
      if (!back) changes.push(e);
    }
    if (!temporary) settled = e;
    previousWasTemporary = temporary;
  }
  return changes;
}

/** Every placement change of a history (respite excluded), in episode order. */
export function placementChanges(history: CareHistory, options: PlacementChangeOptions = DEFAULT_PLACEMENT_CHANGE): MergedEpisode[] {
  return history.periods.flatMap((p) => placementChangesInPeriod(p, options));
}
