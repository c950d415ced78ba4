import { dayNumber } from '../../domain/dates.js';
import { spanContaining } from './coverage.js';
import type { CareHistory } from './types.js';

/**
 * Whether the child, looked after on `isoDate`, had been looked after on every day from `since`
 * to `isoDate` (inclusive), respite excluded. Continuity is judged on the days covered: an X1
 * chain, or a new period starting the day the last one ended, is continuous care.
 * "Looked after continuously for n months at 31 March Y" is `since` = the day after 31 March Y
 * minus n months (12 months: 1 April Y−1; 2 years: 1 April Y−2; 2½ years: 1 October Y−3).
 */
export function lookedAfterContinuouslySince(history: CareHistory, since: string, isoDate: string): boolean {
  const span = spanContaining(history.coverage, dayNumber(isoDate));
  return span !== null && span.startDay <= dayNumber(since);
}
