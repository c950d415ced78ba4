import type { MergedEpisode, PeriodOfCare } from './types.js';

/**
 * Periods of care (definitions.md §3): runs of episodes chained by REC `X1`. A period starts at
 * the first episode, at an episode with RNE `S`, or after a gap (a DECOM later than the period's
 * end so far); it ends at the DEC of an episode whose REC is not `X1`. Its end is the latest DEC
 * of its episodes (null while any is open). `episodes` must be non-respite and in episode order.
 * An episode that `mergeReturns` closed at the next episode's DECOM (open in its return, missing
 * from later ones) has no REC: it is chained like X1, since the child was still looked after when
 * its return ended and the next episode starts the day it is closed.
 */
export function periodsOfCare(episodes: readonly MergedEpisode[]): PeriodOfCare[] {
  const periods: PeriodOfCare[] = [];
  let current: PeriodOfCare | null = null;
  let ended = false;
  for (const e of episodes) {
    const gap = current !== null && current.endDay !== null && e.startDay > current.endDay;
    if (current === null || ended || gap || e.rne === 'S') {
      current = { start: e.decom, end: e.dec, startDay: e.startDay, endDay: e.endDay, episodes: [e], leftCensored: false };
      periods.push(current);
    } else {
      current.episodes.push(e);
      if (current.endDay !== null && (e.endDay === null || e.endDay > current.endDay)) {
        current.endDay = e.endDay;
        current.end = e.dec;
      }
    }
    ended = e.endDay !== null && e.rec !== 'X1' && e.closedBy !== 'next_episode';
  }
  return periods;
}

