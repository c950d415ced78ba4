import { dayNumber, isoOfDay } from '../../domain/dates.js';
import { CARER_CHANGE, placementChangesInPeriod, type PlacementChangeOptions } from './placement-changes.js';
import type { CareHistory, PlacementSpell } from './types.js';

/**
 * Placement spells (definitions.md, "Placements"): each runs from the start of a period of care
 * or a placement change to the next change, or to the end of the period. Spells never cross
 * periods; a change on the period's first day does not open a second spell.
 */
export function placementSpells(history: CareHistory, options: PlacementChangeOptions): PlacementSpell[] {
  const spells: PlacementSpell[] = [];
  for (const period of history.periods) {
    const starts = [period.episodes[0]!];
    for (const change of placementChangesInPeriod(period, options)) {
      if (change.startDay > starts[starts.length - 1]!.startDay) starts.push(change);
    }
    starts.forEach((first, i) => {
      const next = starts[i + 1];
      const endDay = next ? next.startDay : period.endDay;
      spells.push({ start: first.decom, end: endDay === null ? null : isoOfDay(endDay), startDay: first.startDay, endDay, first });
    });
  }
  return spells;
}

/**
 * Carer spells, for long-term stability (definitions.md): like placement spells, but a change
 * with the same carer (RNE T or U) does not end them: only the carer-change RNEs P and B do.
 */
export function carerSpells(history: CareHistory): PlacementSpell[] {
  return placementSpells(history, CARER_CHANGE);
}

/** Spells with at least one day in `from`..`to` (inclusive ISO dates). */
export function placementSpellsOverlapping(
  history: CareHistory,
  from: string,
  to: string,
  options: PlacementChangeOptions,
): PlacementSpell[] {
  const first = dayNumber(from);
  const afterLast = dayNumber(to) + 1;
  return placementSpells(history, options).filter((s) => s.startDay < afterLast && (s.endDay === null || s.endDay > first));
}

/** The spell covering `day`, or null (the last one that does, where spells overlap). */
export function spellOn(spells: readonly PlacementSpell[], day: number): PlacementSpell | null {
  for (let i = spells.length - 1; i >= 0; i--) {
    const s = spells[i]!;
    if (s.startDay <= day && (s.endDay === null || day < s.endDay)) return s;
  }
  return null;
}
