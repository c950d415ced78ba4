import { placementGroup, type PlacementGroup } from '../../domain/codes.js';
import { dayNumber } from '../../domain/dates.js';
import { isTemporaryPlace } from './placement-changes.js';
import type { CareHistory, MergedEpisode } from './types.js';

/**
 * The placement a child is counted in on a date: the PLACE of the non-respite episode covering it;
 * during a temporary placement (T0–T4), the placement it interrupts, i.e. the last non-temporary
 * episode before it in the same period of care (inputs.md: "a child in one is counted in the
 * placement it interrupts"). Null when not looked after that day, or when a period starts with a
 * temporary placement (there is nothing it interrupts).
 */
export function placementOn(history: CareHistory, isoDate: string): MergedEpisode | null {
  const day = dayNumber(isoDate);
  for (let p = history.periods.length - 1; p >= 0; p--) {
    const episodes = history.periods[p]!.episodes;
    for (let i = episodes.length - 1; i >= 0; i--) {
      const e = episodes[i]!;
      if (e.startDay > day || (e.endDay !== null && day >= e.endDay)) continue;
      for (let j = i; j >= 0; j--) if (!isTemporaryPlace(episodes[j]!.place)) return episodes[j]!;
      return null;
    }
  }
  return null;
}

/** Placement group (inputs.md) on a date; null when not looked after or the code has no group. */
export function placementGroupOn(history: CareHistory, isoDate: string): PlacementGroup | null {
  return placementGroup(placementOn(history, isoDate)?.place);
}
