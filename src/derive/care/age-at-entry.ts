import { ageOn } from '../../domain/dates.js';
import { periodsStartedBy } from './periods-of-care-by.js';
import type { CareHistory } from './types.js';

/**
 * Age at entry (definitions.md §7): whole years of age at the start of the latest period of care
 * that had started on or before `isoDate`; null when none had.
 */
export function ageAtEntry(history: CareHistory, dob: string, isoDate: string): number | null {
  const started = periodsStartedBy(history, isoDate);
  const latest = started[started.length - 1];
  return latest ? ageOn(dob, latest.start) : null;
}
