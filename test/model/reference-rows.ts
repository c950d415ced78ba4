// Reads fixtures/model/reference-data.csv (synthetic, no quoted fields) into FactorRow objects.
import { readFileSync } from 'node:fs';
import type { FactorRow, SenStatus } from '../../src/link/factor-row.js';

export const referenceDataPath = new URL('../../fixtures/model/reference-data.csv', import.meta.url);
export const referenceEstimatesPath = new URL('../../fixtures/model/reference-estimates.json', import.meta.url);

const numberOrNull = (cell: string): number | null => (cell === '' ? null : Number(cell));
const textOrNull = (cell: string): string | null => (cell === '' ? null : cell);

export function emptyFactorRow(pupilKey: string): FactorRow {
  return {
    pupil_key: pupilKey, ks4_year: '2023/24', la: null, school_la: null, school_urn: null,
    cla_12m: 1, cla_31mar: 1, ever_cla: 1, days_in_care: null, age_at_entry: null, periods_of_care: null,
    placement_changes_after_11: null, placements_in_year: null, placement_group_y11: null, not_foster_y11: null,
    school_change_y10_y11: null, unauthorised_absence_pct: null, overall_absence_pct: null, suspension_days: null,
    permanently_excluded: null, sen_y11: null, school_type_y11: null, ks2_emss: null, att8: null, p8: null,
    sex: null, ethnic_group: null,
  };
}

export function readReferenceRows(): FactorRow[] {
  const [header, ...lines] = readFileSync(referenceDataPath, 'utf8').trimEnd().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cell]));
    const row = emptyFactorRow(cells.pupil_key!);
    row.ks4_year = cells.ks4_year!;
    row.la = textOrNull(cells.la!);
    row.school_urn = textOrNull(cells.school_urn!);
    row.placement_changes_after_11 = numberOrNull(cells.placement_changes_after_11!);
    row.school_change_y10_y11 = numberOrNull(cells.school_change_y10_y11!) as 0 | 1 | null;
    row.unauthorised_absence_pct = numberOrNull(cells.unauthorised_absence_pct!);
    row.suspension_days = numberOrNull(cells.suspension_days!);
    row.not_foster_y11 = numberOrNull(cells.not_foster_y11!) as 0 | 1 | null;
    row.school_type_y11 = textOrNull(cells.school_type_y11!);
    row.days_in_care = numberOrNull(cells.days_in_care!);
    row.ks2_emss = numberOrNull(cells.ks2_emss!);
    row.sex = textOrNull(cells.sex!) as FactorRow['sex'];
    row.sen_y11 = textOrNull(cells.sen_y11!) as SenStatus | null;
    row.att8 = numberOrNull(cells.att8!);
    return row;
  });
}

/** |actual − expected| ≤ tolerance · max(|expected|, floor). */
export function relativeDifference(actual: number, expected: number, floor = 1e-12): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), floor);
}
