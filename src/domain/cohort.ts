/**
 * The cohorts and breakdowns a measure can be asked for (shared/spec/measures.md): ground-floor names
 * used by link (the factor table's cohort conditions), measures, the pipeline and the CLI.
 */
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

