import type { DaySpan, MergedEpisode } from './types.js';

/**
 * The days looked after, as the union of the episodes' `[DECOM, DEC)` spans: sorted, disjoint,
 * and merged where they touch (a DEC equal to the next DECOM is continuous care). Overlapping
 * episodes (a validation finding) are never counted twice. `episodes` must be in DECOM order.
 */
export function coverageOf(episodes: readonly MergedEpisode[]): DaySpan[] {
  const spans: DaySpan[] = [];
  for (const e of episodes) {
    if (e.endDay !== null && e.endDay <= e.startDay) continue; // DEC on or before DECOM covers no day
    const last = spans[spans.length - 1];
    if (last && (last.endDay === null || e.startDay <= last.endDay)) {
      if (last.endDay !== null && (e.endDay === null || e.endDay > last.endDay)) last.endDay = e.endDay;
    } else {
      spans.push({ startDay: e.startDay, endDay: e.endDay });
    }
  }
  return spans;
}

/** The coverage span holding `day`, or null when the child is not looked after that day (binary search). */
export function spanContaining(coverage: readonly DaySpan[], day: number): DaySpan | null {
  let lo = 0;
  let hi = coverage.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = coverage[mid]!;
    if (day < s.startDay) hi = mid - 1;
    else if (s.endDay !== null && day >= s.endDay) lo = mid + 1;
    else return s;
  }
  return null;
}
