/**
 * The measure catalogue (shared/spec/measures.md): stable ids with their definition and source.
 * `cla-analyse measures` prints it; the computations live in compute/ by family.
 */
import type { MeasureUnit } from './row.js';

export interface MeasureDef { id: string; unit: MeasureUnit; family: 'care' | 'oc2' | 'ks1' | 'ks2' | 'ks4' | 'absence' | 'exclusions' | 'sen' | 'moves' | 'linkage'; definition: string; source: string }

const DFE_CLA = 'DfE, Children looked after in England including adoptions (SSDA903 guide)';
const DFE_OUT = 'DfE, Outcomes for children in need, including children looked after by local authorities in England';
const DFE_KS4 = 'DfE, Secondary accountability measures guide (Attainment 8, Progress 8, EBacc)';

export const CATALOGUE: MeasureDef[] = [
  { id: 'cla_31mar', unit: 'count', family: 'care', definition: 'Children looked after at 31 March (respite V3/V4 excluded).', source: DFE_CLA },
  { id: 'cla_12m', unit: 'count', family: 'care', definition: 'Children looked after continuously for 12 months at 31 March (the OC2 cohort).', source: DFE_CLA },
  { id: 'cla_rate_per_10k', unit: 'rate', family: 'care', definition: 'cla_31mar per 10,000 children aged 0–17 (ONS mid-year estimate published with the DfE figures).', source: DFE_CLA },
  { id: 'stability_3plus_year', unit: 'percent', family: 'care', definition: '% of children looked after at 31 March with 3 or more placements in the year.', source: 'DfE, Stability measures for children looked after' },
  { id: 'stability_3plus_2years', unit: 'percent', family: 'care', definition: '% of children looked after continuously for 2 years at 31 March with 3 or more placements in the 2 years.', source: 'DfE, Stability measures for children looked after' },
  { id: 'stability_long_term', unit: 'percent', family: 'care', definition: '% of children under 16 looked after for 2½ years or more at 31 March living with the same carer for at least 2 years.', source: 'DfE, Stability measures for children looked after' },
  { id: 'oc2_health_assessment', unit: 'percent', family: 'oc2', definition: '% of the OC2 cohort with an up-to-date health assessment.', source: DFE_OUT },
  { id: 'oc2_immunisations', unit: 'percent', family: 'oc2', definition: '% of the OC2 cohort with immunisations up to date.', source: DFE_OUT },
  { id: 'oc2_teeth_check', unit: 'percent', family: 'oc2', definition: '% of the OC2 cohort whose teeth were checked by a dentist.', source: DFE_OUT },
  { id: 'oc2_health_check', unit: 'percent', family: 'oc2', definition: '% of the OC2 cohort aged under 5 with development assessments up to date.', source: DFE_OUT },
  { id: 'oc2_convicted', unit: 'percent', family: 'oc2', definition: '% of the OC2 cohort aged 10 or over convicted or subject to a youth caution in the year.', source: DFE_OUT },
  { id: 'oc2_substance_misuse', unit: 'percent', family: 'oc2', definition: '% of the OC2 cohort identified as having a substance misuse problem.', source: DFE_OUT },
  { id: 'sdq_mean', unit: 'mean', family: 'oc2', definition: 'Mean SDQ total difficulties score of the OC2 cohort aged 4–16 with a score.', source: DFE_OUT },
  { id: 'sdq_band_concern', unit: 'percent', family: 'oc2', definition: '% of SDQ scores that are a cause for concern (17–40).', source: DFE_OUT },
  { id: 'ks1_rwm_expected', unit: 'percent', family: 'ks1', definition: '% at the expected standard (EXS or GDS) in reading, writing and maths.', source: DFE_OUT },
  { id: 'ks2_read_expected', unit: 'percent', family: 'ks2', definition: '% with a reading scaled score of 100 or more.', source: DFE_OUT },
  { id: 'ks2_writ_expected', unit: 'percent', family: 'ks2', definition: '% at the expected standard in writing (teacher assessment).', source: DFE_OUT },
  { id: 'ks2_mat_expected', unit: 'percent', family: 'ks2', definition: '% with a maths scaled score of 100 or more.', source: DFE_OUT },
  { id: 'ks2_rwm_expected', unit: 'percent', family: 'ks2', definition: '% at the expected standard in reading, writing and maths.', source: DFE_OUT },
  { id: 'ks2_rwm_higher', unit: 'percent', family: 'ks2', definition: '% at the higher standard: scaled scores 110+ in reading and maths and greater depth in writing.', source: DFE_OUT },
  { id: 'ks2_read_progress', unit: 'score', family: 'ks2', definition: 'Mean KS1–KS2 reading progress score (where supplied).', source: DFE_OUT },
  { id: 'ks2_writ_progress', unit: 'score', family: 'ks2', definition: 'Mean KS1–KS2 writing progress score (where supplied).', source: DFE_OUT },
  { id: 'ks2_mat_progress', unit: 'score', family: 'ks2', definition: 'Mean KS1–KS2 maths progress score (where supplied).', source: DFE_OUT },
  { id: 'ks4_pupils', unit: 'count', family: 'ks4', definition: 'KS4 pupils in the cohort.', source: DFE_OUT },
  { id: 'ks4_att8', unit: 'mean', family: 'ks4', definition: 'Mean Attainment 8 score.', source: DFE_KS4 },
  { id: 'ks4_p8', unit: 'score', family: 'ks4', definition: 'Mean Progress 8 score with 95% CI (mean ± 1.96 × national pupil P8 sd ÷ √n) and DfE band; z in years with no P8.', source: DFE_KS4 },
  { id: 'ks4_eng_4plus', unit: 'percent', family: 'ks4', definition: '% with grade 4+ in English language or literature.', source: DFE_KS4 },
  { id: 'ks4_eng_5plus', unit: 'percent', family: 'ks4', definition: '% with grade 5+ in English language or literature.', source: DFE_KS4 },
  { id: 'ks4_mat_4plus', unit: 'percent', family: 'ks4', definition: '% with grade 4+ in maths.', source: DFE_KS4 },
  { id: 'ks4_mat_5plus', unit: 'percent', family: 'ks4', definition: '% with grade 5+ in maths.', source: DFE_KS4 },
  { id: 'ks4_em_4plus', unit: 'percent', family: 'ks4', definition: '% with grade 4+ in both English and maths.', source: DFE_KS4 },
  { id: 'ks4_em_5plus', unit: 'percent', family: 'ks4', definition: '% with grade 5+ in both English and maths.', source: DFE_KS4 },
  { id: 'ks4_ebacc_entry', unit: 'percent', family: 'ks4', definition: '% entered for every EBacc component.', source: DFE_KS4 },
  { id: 'ks4_ebacc_4plus', unit: 'percent', family: 'ks4', definition: '% achieving the EBacc at grade 4+.', source: DFE_KS4 },
  { id: 'ks4_ebacc_5plus', unit: 'percent', family: 'ks4', definition: '% achieving the EBacc at grade 5+.', source: DFE_KS4 },
  { id: 'ks4_ebacc_aps', unit: 'mean', family: 'ks4', definition: 'Mean EBacc average point score.', source: DFE_KS4 },
  { id: 'ks4_5passes_em_4plus', unit: 'percent', family: 'ks4', definition: '% with five or more GCSEs at grade 4+ including English and maths.', source: DFE_KS4 },
  { id: 'ks4_5passes_em_5plus', unit: 'percent', family: 'ks4', definition: '% with five or more GCSEs at grade 5+ including English and maths.', source: DFE_KS4 },
  { id: 'absence_overall', unit: 'percent', family: 'absence', definition: 'Overall absence: % of possible sessions missed, KS4 pupils over Years 10–11.', source: DFE_OUT },
  { id: 'absence_unauthorised', unit: 'percent', family: 'absence', definition: 'Unauthorised absence: % of possible sessions, KS4 pupils over Years 10–11.', source: DFE_OUT },
  { id: 'absence_persistent', unit: 'percent', family: 'absence', definition: '% of KS4 pupils missing 10% or more of possible sessions (Years 10–11).', source: DFE_OUT },
  { id: 'absence_severe', unit: 'percent', family: 'absence', definition: '% of KS4 pupils missing 50% or more of possible sessions (Years 10–11).', source: DFE_OUT },
  { id: 'suspension_one_plus', unit: 'percent', family: 'exclusions', definition: '% of KS4 pupils with one or more suspensions in Years 10–11.', source: DFE_OUT },
  { id: 'exclusion_permanent', unit: 'percent', family: 'exclusions', definition: '% of KS4 pupils permanently excluded in Years 10–11.', source: DFE_OUT },
  { id: 'suspension_days_mean', unit: 'mean', family: 'exclusions', definition: 'Mean days of suspension per KS4 pupil in Years 10–11 (sessions ÷ 2).', source: DFE_OUT },
  { id: 'sen_ehcp', unit: 'percent', family: 'sen', definition: '% of KS4 pupils with an EHC plan (or statement) in the census of the KS4 year.', source: DFE_OUT },
  { id: 'sen_support', unit: 'percent', family: 'sen', definition: '% of KS4 pupils on SEN support in the census of the KS4 year.', source: DFE_OUT },
  { id: 'school_moves_y10_y11', unit: 'percent', family: 'moves', definition: '% of KS4 pupils with a school change in Years 10–11 (consecutive census records at different URNs).', source: 'Rees Centre (Sebba et al. 2015); definitions.md' },
  { id: 'linkage_match_rate', unit: 'percent', family: 'linkage', definition: '% of 903 children of school age whose UPN matched a pupil record.', source: 'cla-analyse linkage (definitions.md)' },
];
export const MEASURE_BY_ID = new Map(CATALOGUE.map((m) => [m.id, m]));
