/**
 * A pupil's Progress 8 score (DfE, Secondary accountability measures guide, "Calculating a pupil's
 * Progress 8 score"): (Attainment 8 − A8 estimate of the pupil's KS2 prior attainment group) ÷ 10,
 * the estimate being the national average A8 of that group in the pupil's KS4 year.
 * Not rounded here (the DfE publishes pupil scores to 2 decimals; rounding is for display).
 * Lower threshold (DfE, from 2018): when the year's table carries the DfE lower thresholds
 * (lower-thresholds.ts), a score below its group's threshold is raised to the threshold;
 * `lowerThreshold` is null when the year has none, and the score is then the unadjusted one.
 * No score (with the reason) when: the year has no P8 (`z`, NO_P8_YEARS), no table for the year,
 * no KS2 score, a KS2 score outside the table's ranges, or no Attainment 8 (`x`).
 */
import { NO_P8_YEARS } from '../../domain/years.js';
import { p8TablesWith, type P8TableLookup } from './load-estimates.js';
import { priorAttainmentGroup } from './prior-attainment-group.js';

export type PupilP8 =
  | { value: number; symbol: null; reason: null; group: number; att8Estimate: number; unadjustedValue: number; lowerThreshold: number | null }
  | { value: null; symbol: 'x' | 'z'; reason: string; group: null; att8Estimate: null };


export function pupilP8(att8: number | null, ks2emss: number | null, year: string, tables: P8TableLookup = p8TablesWith()): PupilP8 {
  const none = (symbol: 'x' | 'z', reason: string): PupilP8 => ({ value: null, symbol, reason, group: null, att8Estimate: null });
  const noP8 = NO_P8_YEARS[year];
  if (noP8) return none('z', noP8);
  if (att8 === null || !Number.isFinite(att8)) return none('x', 'No Attainment 8 score.');
  if (ks2emss === null || !Number.isFinite(ks2emss)) return none('x', 'No KS2 reading or maths scaled score, so no prior attainment group and no Progress 8.');
  const table = tables(year);
  if (!table) {
    return none('x', `No Progress 8 estimate table for ${year}: bundled years are 2021/22 to 2023/24; supply the DfE ready reckoner files for ${year} through p8Tables in cla-analyse.json (docs/configuration.md).`);
  }
  const group = priorAttainmentGroup(ks2emss, table);
  if (!group) return none('x', `KS2 average scaled score ${ks2emss} is outside the prior attainment ranges of ${year}.`);
  const unadjusted = (att8 - group.att8Estimate) / 10;
  const threshold = table.lowerThresholds?.byGroup.get(group.group) ?? null;
  const value = threshold !== null && unadjusted < threshold ? threshold : unadjusted;
  return { value, symbol: null, reason: null, group: group.group, att8Estimate: group.att8Estimate, unadjustedValue: unadjusted, lowerThreshold: threshold };
}
