/**
 * One row of the per-pupil factor table (shared/spec/definitions.md): a KS4 (or KS2) pupil in one
 * academic year, linked to care data by UPN. Care columns are null for pupils never looked after.
 * `pupil_key` is internal (never written to aggregate outputs; pseudonymised on export).
 */
export type SenStatus = 'ehcp' | 'support' | 'none';

export interface FactorRow {
  pupil_key: string;
  /** Academic year of the key stage, e.g. "2023/24"; its census date is 31 March 2024. */
  ks4_year: string;
  /** Responsible LA (903) when ever looked after, else null. */
  la: string | null;
  /** LA of the school (census, else KS4 file). */
  school_la: string | null;
  school_urn: string | null;
  cla_12m: 0 | 1;
  cla_31mar: 0 | 1;
  ever_cla: 0 | 1;
  days_in_care: number | null;
  age_at_entry: number | null;
  periods_of_care: number | null;
  placement_changes_after_11: number | null;
  placements_in_year: number | null;
  placement_group_y11: string | null;
  not_foster_y11: 0 | 1 | null;
  school_change_y10_y11: 0 | 1 | null;
  unauthorised_absence_pct: number | null;
  overall_absence_pct: number | null;
  suspension_days: number | null;
  permanently_excluded: 0 | 1 | null;
  sen_y11: SenStatus | null;
  school_type_y11: string | null;
  ks2_emss: number | null;
  att8: number | null;
  p8: number | null;
  sex: 'M' | 'F' | 'U' | null;
  ethnic_group: string | null;
}
