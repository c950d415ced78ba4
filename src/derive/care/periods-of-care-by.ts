import { dayNumber } from '../../domain/dates.js';
import type { CareHistory, PeriodOfCare } from './types.js';

/** The periods of care that had started on or before `isoDate` (day included). */
export function periodsStartedBy(history: CareHistory, isoDate: string): PeriodOfCare[] {
  const day = dayNumber(isoDate);
  return history.periods.filter((p) => p.startDay <= day);
}

/** Number of periods of care started on or before `isoDate` (definitions.md, `periods_of_care`). */
export function periodsOfCareBy(history: CareHistory, isoDate: string): number {
  return periodsStartedBy(history, isoDate).length;
}
