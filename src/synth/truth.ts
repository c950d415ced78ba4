import type { FactorRow } from '../link/factor-row.js';

/**
 * The truth file: one row per KS4 pupil and KS4 year with the FactorRow columns
 * (src/link/factor-row.ts), as the simulation knows them, so the tool's linkage and derivation can be
 * checked against it. Column choices:
 *
 * * pupil_key: the UPN in the KS4 pupil file (a child whose census row carries FormerUPN = the 903
 *   UPN is keyed by the new UPN). ks4_year: `2023/24`.
 * * la: the responsible LA for a child looked after (non-respite) on some day up to 31 March of the
 *   KS4 year; blank otherwise (respite-only children and children first looked after later).
 * * school_la, school_urn: the latest census record of the KS4 year (= KS4_LA, KS4_URN).
 * * cla_12m, cla_31mar, ever_cla: definitions.md §4–6 at 31 March of the KS4 year.
 * * Care columns (days_in_care … not_foster_y11) are computed by src/synth/care-factors.ts from the
 *   episodes in the generated returns (what the tool can see), blank for children never looked after:
 *   days_in_care = days looked after before 31 March (the day itself excluded); age_at_entry = age at
 *   the start of the latest period; placement_changes_after_11 counts changes on or after the 11th
 *   birthday up to 31 March; placement_group_y11 / not_foster_y11 are blank when not looked after on
 *   31 March.
 * * school_change_y10_y11, absence percentages (exact, not rounded: Σ sessions ÷ Σ possible × 100),
 *   suspension_days (Σ FIXD sessions ÷ 2), permanently_excluded: from the census, absence and
 *   exclusion rows written for academic years Y−1 and Y.
 * * sen_y11, school_type_y11: the latest census record of year Y.
 * * ks2_emss: KS4_KS2EMSS as written (blank when missing); att8: KS4_ATT8 (the model value); p8 blank
 *   (KS4_P8SCORE is left blank for the tool to compute).
 * * sex and ethnic_group: from the 903 Header for children ever looked after by 31 March of the KS4
 *   year; blank for other pupils (the pupil files carry neither).
 */
export const TRUTH_COLUMNS: readonly (keyof FactorRow)[] = ['pupil_key', 'ks4_year', 'la', 'school_la', 'school_urn', 'cla_12m',
  'cla_31mar', 'ever_cla', 'days_in_care', 'age_at_entry', 'periods_of_care', 'placement_changes_after_11', 'placements_in_year',
  'placement_group_y11', 'not_foster_y11', 'school_change_y10_y11', 'unauthorised_absence_pct', 'overall_absence_pct',
  'suspension_days', 'permanently_excluded', 'sen_y11', 'school_type_y11', 'ks2_emss', 'att8', 'p8', 'sex', 'ethnic_group'];

/** A number for the truth CSV: up to 6 decimals, no trailing zeros, never NaN. */
export function truthCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('internal: non-finite value in the truth file');
    return String(Math.round(value * 1e6) / 1e6);
  }
  return value;
}

export function truthRowCells(row: FactorRow): string[] {
  return TRUTH_COLUMNS.map((c) => truthCell(row[c] as string | number | null));
}
