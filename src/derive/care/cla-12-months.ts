import { dayNumber } from '../../domain/dates.js';
import { april1, march31 } from '../../domain/years.js';
import { spanContaining } from './coverage.js';
import type { CareHistory } from './types.js';

/**
 * The DfE edge of the OC2 cohort: a child whose period of care ends ON 31 March Y (DEC = 31 March),
 * after being looked after every day from 1 April Y−1, is kept in "looked after continuously for at
 * least 12 months at 31 March" (definitions.md §6: "the DfE rule also keeps a child whose period
 * ends exactly on 31 March"). With `[DECOM, DEC)` spans such a period covers 1 April Y−1 … 30 March Y
 * only, so with this constant true the days to cover are 1 April Y−1 … 30 March Y; set it to false
 * to require 31 March Y too.
 */
export const OC2_KEEPS_PERIOD_ENDING_ON_31_MARCH = true;

/**
 * CLA 12 months at 31 March Y, the DfE "OC2 cohort" (definitions.md §6): looked after on every day
 * from 1 April Y−1 to 31 March Y (see OC2_KEEPS_PERIOD_ENDING_ON_31_MARCH for the 31 March edge),
 * and no short-break episode (LS V3/V4) overlapping 1 April Y−1 … 31 March Y.
 */
export function cla12MonthsAt31March(history: CareHistory, year: number): boolean {
  const yearStart = dayNumber(april1(year - 1));
  const yearEnd = dayNumber(april1(year)); // exclusive
  const mustCoverUntil = OC2_KEEPS_PERIOD_ENDING_ON_31_MARCH ? dayNumber(march31(year)) : yearEnd; // exclusive
  const span = spanContaining(history.coverage, yearStart);
  if (span === null || (span.endDay !== null && span.endDay < mustCoverUntil)) return false;
  return !history.respite.some((e) => e.startDay < yearEnd && (e.endDay === null || e.endDay > yearStart));
}
