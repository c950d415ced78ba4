import { dayNumber } from '../../domain/dates.js';
import type { CareHistory } from './types.js';

/**
 * Time in care by a date (definitions.md §7): the number of days looked after strictly before
 * `isoDate`, over all periods of care, respite excluded. Overlapping episodes count once.
 */
export function daysInCareBefore(history: CareHistory, isoDate: string): number {
  const before = dayNumber(isoDate);
  let days = 0;
  for (const span of history.coverage) {
    if (span.startDay >= before) break;
    const end = span.endDay === null ? before : Math.min(span.endDay, before);
    days += end - span.startDay;
  }
  return days;
}
