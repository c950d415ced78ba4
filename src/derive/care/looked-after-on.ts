import { dayNumber } from '../../domain/dates.js';
import { spanContaining } from './coverage.js';
import type { CareHistory } from './types.js';

/**
 * Looked after on a day (definitions.md §4): some non-respite episode covers it, with
 * `[DECOM, DEC)` spans: looked after from the DECOM day, no longer on the DEC day.
 */
export function lookedAfterOn(history: CareHistory, isoDate: string): boolean {
  return spanContaining(history.coverage, dayNumber(isoDate)) !== null;
}
