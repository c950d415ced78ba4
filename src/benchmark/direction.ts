/**
 * Which way is better for each measure, for ranks and quartiles (DfE LAIT convention: rank 1 is the
 * best-performing LA where the measure has a "good" direction). One table, so adding a measure is
 * adding a line.
 *
 *   higher  higher is better (attainment, progress, health checks, placement stability long term)
 *   lower   lower is better (absence, exclusions, placement and school moves, offending, SDQ score)
 *   neutral no better direction (counts, rates in care, SEN prevalence): rank 1 is the highest value
 *
 * A measure missing here is neutral.
 */
export type Direction = 'higher' | 'lower' | 'neutral';

export const MEASURE_DIRECTION: Readonly<Record<string, Direction>> = {
  cla_31mar: 'neutral',
  cla_12m: 'neutral',
  cla_rate_per_10k: 'neutral',
  stability_3plus_year: 'lower',
  stability_3plus_2years: 'lower',
  stability_long_term: 'higher',
  oc2_health_assessment: 'higher',
  oc2_immunisations: 'higher',
  oc2_teeth_check: 'higher',
  oc2_health_check: 'higher',
  oc2_convicted: 'lower',
  oc2_substance_misuse: 'lower',
  sdq_mean: 'lower',
  sdq_band_normal: 'higher',
  sdq_band_borderline: 'neutral',
  sdq_band_concern: 'lower',
  ks1_rwm_expected: 'higher',
  ks2_read_expected: 'higher',
  ks2_writ_expected: 'higher',
  ks2_mat_expected: 'higher',
  ks2_rwm_expected: 'higher',
  ks2_rwm_higher: 'higher',
  ks2_gps_expected: 'higher',
  ks2_read_progress: 'higher',
  ks2_writ_progress: 'higher',
  ks2_mat_progress: 'higher',
  ks4_pupils: 'neutral',
  ks4_att8: 'higher',
  ks4_p8: 'higher',
  ks4_eng_4plus: 'higher',
  ks4_eng_5plus: 'higher',
  ks4_mat_4plus: 'higher',
  ks4_mat_5plus: 'higher',
  ks4_em_4plus: 'higher',
  ks4_em_5plus: 'higher',
  ks4_ebacc_entry: 'higher',
  ks4_ebacc_4plus: 'higher',
  ks4_ebacc_5plus: 'higher',
  ks4_ebacc_aps: 'higher',
  ks4_5passes_em_4plus: 'higher',
  ks4_5passes_em_5plus: 'higher',
  absence_overall: 'lower',
  absence_unauthorised: 'lower',
  absence_persistent: 'lower',
  absence_severe: 'lower',
  suspension_one_plus: 'lower',
  exclusion_permanent: 'lower',
  suspension_days_mean: 'lower',
  sen_ehcp: 'neutral',
  sen_support: 'neutral',
  school_moves_y10_y11: 'lower',
  school_moves_any_year: 'lower',
  school_moves_midyear_year: 'lower',
  school_moves_any_2years: 'lower',
  school_moves_midyear_2years: 'lower',
  linkage_match_rate: 'higher',
};

export function directionOf(measureId: string): Direction {
  return MEASURE_DIRECTION[measureId] ?? 'neutral';
}
