/**
 * Which published column benchmarks each measure (ids: shared/spec/measures.md catalogue).
 * One table, so that adding a benchmark is adding a line. A measure not listed gets no benchmarks.
 *
 * The published figures are for the social care group `CLA 12 months at 31 March` (education
 * files) or for all children looked after in the 903 cohort named by the publication (care files).
 * The DfE children-in-need files hold no all-pupil group: the `england_all` benchmark comes from
 * england_all_pupils.csv (national all-pupil figures from the DfE's national releases), ALL_PUPIL_COLUMNS.
 */
import type { BenchmarkFile } from './bundled-files.js';

export interface MeasureColumn {
  file: BenchmarkFile;
  column: string;
  /** The published definition, shown in the benchmark's source text. */
  label: string;
}

export const MEASURE_COLUMNS: Readonly<Record<string, MeasureColumn>> = {
  ks4_att8: { file: 'ks4_cla12m.csv', column: 'avg_att8', label: 'average Attainment 8 score' },
  ks4_p8: { file: 'ks4_cla12m.csv', column: 'avg_p8score', label: 'average Progress 8 score' },
  ks4_em_4plus: { file: 'ks4_cla12m.csv', column: 'pt_l2basics_94', label: '% grade 4 or above in English and maths' },
  ks4_em_5plus: { file: 'ks4_cla12m.csv', column: 'pt_l2basics_95', label: '% grade 5 or above in English and maths' },
  ks4_ebacc_entry: { file: 'ks4_cla12m.csv', column: 'pt_ebacc_e_ptq_ee', label: '% entering the EBacc' },
  ks4_ebacc_aps: { file: 'ks4_cla12m.csv', column: 'avg_ebaccaps', label: 'average EBacc point score' },

  ks2_read_expected: { file: 'ks2_cla12m.csv', column: 'pt_read_met_expected_standard', label: '% meeting the expected standard in reading' },
  ks2_writ_expected: { file: 'ks2_cla12m.csv', column: 'pt_writta_met_expected_standard', label: '% meeting the expected standard in writing (TA)' },
  ks2_mat_expected: { file: 'ks2_cla12m.csv', column: 'pt_mat_met_expected_standard', label: '% meeting the expected standard in maths' },
  ks2_rwm_expected: { file: 'ks2_cla12m.csv', column: 'pt_rwm_met_expected_standard', label: '% meeting the expected standard in reading, writing and maths' },
  ks2_gps_expected: { file: 'ks2_cla12m.csv', column: 'pt_gps_met_expected_standard', label: '% meeting the expected standard in grammar, punctuation and spelling' },
  ks2_read_progress: { file: 'ks2_cla12m.csv', column: 'avg_read_progress_score', label: 'average KS1-KS2 reading progress score' },
  ks2_writ_progress: { file: 'ks2_cla12m.csv', column: 'avg_writta_progress_score', label: 'average KS1-KS2 writing progress score' },
  ks2_mat_progress: { file: 'ks2_cla12m.csv', column: 'avg_mat_progress_score', label: 'average KS1-KS2 maths progress score' },

  absence_overall: { file: 'absence_cla12m.csv', column: 'pt_overall', label: 'overall absence rate (% of sessions), all phases' },
  absence_unauthorised: { file: 'absence_cla12m.csv', column: 'pt_sess_unauthorised', label: 'unauthorised absence rate (% of sessions), all phases' },
  absence_persistent: { file: 'absence_cla12m.csv', column: 'pt_pupils_pa_10_exact', label: '% of pupils persistently absent (10% or more), all phases' },
  absence_severe: { file: 'absence_cla12m.csv', column: 'pt_pupils_pa_50_exact', label: '% of pupils severely absent (50% or more), all phases' },

  stability_3plus_year: { file: 'placement_stability.csv', column: 'pt_3plus_year', label: '% of CLA on 31 March with 3 or more placements during the year' },
  stability_3plus_2years: { file: 'placement_stability.csv', column: 'pt_3plus_2years', label: '% of CLA 2 years on 31 March with 3 or more placements during the previous 2 years' },
  stability_long_term: { file: 'placement_stability.csv', column: 'pt_long_term', label: '% of CLA under 16 in care 2.5+ years living with the same carer for 2+ years' },

  school_moves_any_year: { file: 'school_moves.csv', column: 'pt_any_year', label: '% of CLA on 31 March with one or more school moves during the year' },
  school_moves_midyear_year: { file: 'school_moves.csv', column: 'pt_midyear_year', label: '% of CLA on 31 March with one or more mid-year school moves during the year' },
  school_moves_any_2years: { file: 'school_moves.csv', column: 'pt_any_2years', label: '% of CLA 2 years on 31 March with one or more school moves during the previous 2 years' },
  school_moves_midyear_2years: { file: 'school_moves.csv', column: 'pt_midyear_2years', label: '% of CLA 2 years on 31 March with one or more mid-year school moves during the previous 2 years' },

  oc2_health_assessment: { file: 'oc2_health.csv', column: 'pt_health_assessment', label: '% of CLA 12 months who had their annual health assessment' },
  oc2_immunisations: { file: 'oc2_health.csv', column: 'pt_immunisations', label: '% of CLA 12 months with immunisations up to date' },
  oc2_teeth_check: { file: 'oc2_health.csv', column: 'pt_teeth_check', label: '% of CLA 12 months who had their teeth checked by a dentist' },
  oc2_health_check: { file: 'oc2_health.csv', column: 'pt_health_check', label: '% of CLA 12 months aged 0 to 4 with development assessments up to date' },
  oc2_convicted: { file: 'oc2_health.csv', column: 'pt_convicted', label: '% of CLA 12 months aged 10 to 17 convicted or subject to youth cautions during the year' },
  oc2_substance_misuse: { file: 'oc2_health.csv', column: 'pt_substance_misuse', label: '% of CLA 12 months identified as having a substance misuse problem' },
  sdq_mean: { file: 'oc2_health.csv', column: 'sdq_average', label: 'average SDQ score, CLA 12 months aged 5 to 16 with a score' },
  sdq_band_normal: { file: 'oc2_health.csv', column: 'pt_sdq_normal', label: '% of SDQ scores that are normal (0-13)' },
  sdq_band_borderline: { file: 'oc2_health.csv', column: 'pt_sdq_borderline', label: '% of SDQ scores that are borderline (14-16)' },
  sdq_band_concern: { file: 'oc2_health.csv', column: 'pt_sdq_concern', label: '% of SDQ scores that are a cause for concern (17-40)' },

  cla_31mar: { file: 'cla_numbers.csv', column: 'cla_31mar', label: 'children looked after on 31 March' },
  cla_rate_per_10k: { file: 'cla_numbers.csv', column: 'rate_per_10000', label: 'children looked after on 31 March per 10,000 children aged 0 to 17' },
};

/** The England all-pupils figure of a measure (england_all_pupils.csv, national rows only). */
export const ALL_PUPIL_COLUMNS: Readonly<Record<string, MeasureColumn>> = {
  ks4_att8: { file: 'england_all_pupils.csv', column: 'avg_att8', label: 'average Attainment 8 score, all pupils in state-funded schools' },
  ks4_p8: { file: 'england_all_pupils.csv', column: 'avg_p8score', label: 'average Progress 8 score, all pupils in state-funded schools' },
  ks4_em_4plus: { file: 'england_all_pupils.csv', column: 'pt_l2basics_94', label: '% grade 4 or above in English and maths, all pupils in state-funded schools' },
  ks4_em_5plus: { file: 'england_all_pupils.csv', column: 'pt_l2basics_95', label: '% grade 5 or above in English and maths, all pupils in state-funded schools' },
  ks2_rwm_expected: { file: 'england_all_pupils.csv', column: 'pt_rwm_met_expected_standard', label: '% meeting the expected standard in reading, writing and maths, all pupils' },
  ks2_read_expected: { file: 'england_all_pupils.csv', column: 'pt_read_met_expected_standard', label: '% meeting the expected standard in reading, all pupils' },
  absence_overall: { file: 'england_all_pupils.csv', column: 'pt_overall', label: 'overall absence rate (% of sessions), all pupils' },
  absence_persistent: { file: 'england_all_pupils.csv', column: 'pt_pupils_pa_10_exact', label: '% of pupils persistently absent (10% or more), all pupils' },
};
