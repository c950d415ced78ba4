import { RESPITE_LS } from '../../domain/codes.js';
import { dayNumber } from '../../domain/dates.js';
import type { CareHistory, MergedEpisode } from './types.js';

const RESPITE = new Set<string>(RESPITE_LS);

/**
 * LS V3 / V4: an agreed series of short breaks. DfE statistics leave these episodes out of every
 * looked-after count (definitions.md §2; DfE "Children looked after in England", methodology).
 */
export function isRespite(episode: MergedEpisode): boolean {
  return RESPITE.has(episode.ls);
}

/** Whether any short-break (V3/V4) episode covers a day of `from`..`to` (inclusive ISO dates). */
export function hadShortBreaks(history: CareHistory, from: string, to: string): boolean {
  const first = dayNumber(from);
  const afterLast = dayNumber(to) + 1;
  return history.respite.some((e) => e.startDay < afterLast && (e.endDay === null || e.endDay > first));
}
