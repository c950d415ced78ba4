import { dayNumber } from '../../domain/dates.js';
import { academicYearEnding, april1 } from '../../domain/years.js';
import { spanContaining } from './coverage.js';
import type { CareHistory, PeriodOfCare } from './types.js';

/**
 * History before the earliest return (definitions.md §3). A return holds only the episodes open
 * during its year, so a child already in care when the LA's earliest return begins shows only the
 * episodes from then on: the first known episode of its first period has RNE other than `S`. That
 * period is *left-censored*: its real start, the days in care and the placements before its first
 * known episode are unknown.
 *
 * Only a child's first period can be censored: a later period begins after the first has ended,
 * which the returns show, so its start is known.
 */
export function isLeftCensored(first: PeriodOfCare, earliestReturn: number | null): boolean {
  if (earliestReturn === null) return false;
  const e = first.episodes[0]!;
  return e.rne !== 'S' && e.startDay < dayNumber(april1(earliestReturn));
}

/** The first day the LA's returns cover: 1 April of the year before its earliest return year; null when not known. */
export function dataStartDay(history: CareHistory): number | null {
  return history.earliestReturn === null ? null : dayNumber(april1(history.earliestReturn - 1));
}

/** The child's left-censored period, if any (always its first). */
export function censoredPeriod(history: CareHistory): PeriodOfCare | null {
  const first = history.periods[0];
  return first && first.leftCensored ? first : null;
}

/**
 * Whether the history is unknown somewhere in the window `[fromDay, toDay]` (day numbers;
 * `fromDay` may be -Infinity for "all time before"): a left-censored period started by `toDay`
 * overlaps the window, and the window begins before both the period's first known day and the
 * first day of the returns. A window starting on or after either is known: from the first known
 * DECOM the episodes are all there, and from the first day of the returns every episode open is.
 */
export function censoredIn(history: CareHistory, fromDay: number, toDay: number): boolean {
  const p = censoredPeriod(history);
  if (!p || p.startDay > toDay || (p.endDay !== null && p.endDay <= fromDay)) return false;
  return fromDay < Math.min(p.startDay, dataStartDay(history) ?? -Infinity);
}

/**
 * For measures about the care that runs continuously up to `onDay` (3+ placements in 2 years,
 * long-term stability): whether the run of care covering `onDay` is a left-censored period whose
 * window from `fromDay` reaches before what the returns show. A run that began with a known start
 * (RNE `S`, or after a gap) is known whatever the earlier history.
 */
export function censoredContinuity(history: CareHistory, fromDay: number, onDay: number): boolean {
  const p = censoredPeriod(history);
  const span = spanContaining(history.coverage, onDay);
  if (!p || !span || span.startDay !== p.startDay) return false;
  return fromDay < Math.min(p.startDay, dataStartDay(history) ?? -Infinity);
}

/**
 * The returns a window from `fromIso` needs: from the return year holding that day to the one
 * before the earliest supplied, e.g. "2018/19 to 2019/20" (or one year alone).
 */
export function returnsNeeded(fromIso: string, earliestReturn: number): string {
  const first = +fromIso.slice(0, 4) + (fromIso.slice(5) >= '04-01' ? 1 : 0);
  const last = earliestReturn - 1;
  return first >= last ? academicYearEnding(last) : `${academicYearEnding(first)} to ${academicYearEnding(last)}`;
}
