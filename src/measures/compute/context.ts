/** What a measure computation is asked for: one LA, academic years, a cohort and breakdowns. */
export const COHORTS = ['cla_12m', 'cla_31mar', 'ever_cla', 'cla_under_12m', 'all'] as const;
export type Cohort = (typeof COHORTS)[number];
export const BREAKDOWNS = ['sex', 'ethnic_group', 'sen', 'placement_group', 'placement_change', 'school_location', 'time_in_care', 'age_band', 'legal_status', 'uasc'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/**
 * Cohorts measured only to stand beside the report's cohort (the LA's own comparison columns), never
 * chosen with --cohort: `non_cla` = the `all` pupils less every pupil looked after for 12 months at
 * 31 March of the year by any LA (README, "Choices where the spec is silent").
 */
export type ComparisonCohort = 'non_cla';
export type MeasureCohort = Cohort | ComparisonCohort;

export interface MeasureRequest { la: string; years: string[]; cohort: MeasureCohort; breakdowns: Breakdown[] }

/** SQL condition selecting a cohort's rows of the factor table for LA `la`. */
export function cohortCondition(cohort: MeasureCohort, la: string): string {
  const l = `'${la.replace(/'/g, "''")}'`;
  switch (cohort) {
    case 'cla_12m': return `la = ${l} AND cla_12m = 1`;
    case 'cla_31mar': return `la = ${l} AND cla_31mar = 1`;
    case 'ever_cla': return `la = ${l} AND ever_cla = 1`;
    case 'cla_under_12m': return `la = ${l} AND cla_31mar = 1 AND cla_12m = 0`;
    // `all` = every pupil whose school is in the LA (README), each pupil ONCE: the factor table holds one
    // row per pupil, year and responsible LA, so a pupil linked to children of two LAs has two rows and
    // was counted twice here. Keep the row of this LA if there is one, else the lowest LA's (la null =
    // never looked after: the pupil's only row). Fixture: test/measures/catalogue (Amy, also LA 856's).
    case 'all': return `school_la = ${l} AND la IS NOT DISTINCT FROM (SELECT CASE WHEN bool_or(f2.la = ${l}) THEN ${l} ELSE min(f2.la) END
      FROM factors f2 WHERE f2.pupil_key = factors.pupil_key AND f2.ks4_year = factors.ks4_year)`;
    case 'non_cla': return `${cohortCondition('all', la)} AND NOT EXISTS (SELECT 1 FROM factors f3
      WHERE f3.pupil_key = factors.pupil_key AND f3.ks4_year = factors.ks4_year AND f3.cla_12m = 1)`;
  }
}

/** SQL expression giving a factor-table row's category for a breakdown (null: the breakdown does not apply). */
export function breakdownExpression(b: Breakdown): string | null {
  switch (b) {
    case 'sex': return `coalesce(sex, 'unknown')`;
    case 'ethnic_group': return `coalesce(ethnic_group, 'Unknown')`;
    case 'sen': return `coalesce(sen_y11, 'unknown')`;
    case 'placement_group': return `coalesce(placement_group_y11, 'not_in_care_31mar')`;
    case 'placement_change': return `CASE WHEN placements_in_year IS NULL THEN 'unknown' WHEN placements_in_year > 1 THEN 'changed' ELSE 'no_change' END`;
    case 'school_location': return `CASE WHEN school_la IS NULL OR la IS NULL THEN 'unknown' WHEN school_la = la THEN 'in_la' ELSE 'out_of_la' END`;
    case 'time_in_care': return `CASE WHEN days_in_care IS NULL THEN 'unknown' WHEN days_in_care < 365 THEN 'under_1_year' WHEN days_in_care < 730 THEN '1_to_2_years' WHEN days_in_care < 1826 THEN '2_to_5_years' ELSE '5_years_plus' END`;
    default: return null;
  }
}
