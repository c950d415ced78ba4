/** What a measure computation is asked for: one LA, academic years, a cohort and breakdowns. */
import type { Breakdown, MeasureCohort } from '../../domain/cohort.js';

export { COHORTS, BREAKDOWNS, type Cohort, type Breakdown, type ComparisonCohort, type MeasureCohort } from '../../domain/cohort.js';

export interface MeasureRequest { la: string; years: string[]; cohort: MeasureCohort; breakdowns: Breakdown[] }

/**
 * Published figures a measure takes as an input, not as a benchmark: the LA's population aged 0–17
 * (ONS mid-year estimate, as the DfE uses for the rate per 10,000). Given by the pipeline from the
 * run's benchmark store (src/benchmarks), which measures do not import.
 */
export interface MeasureInputs { childPopulation(la: string, academicYear: string): number | null }

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
