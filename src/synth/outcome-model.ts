import type { Random } from './random.js';

/**
 * The "truth" outcome model of the synthetic data: how a pupil's Attainment 8 is generated from the
 * factors of the per-pupil factor table. `cla-analyse model --preset rees` fitted to a large enough
 * synthetic run (OLS or a random-intercept model by school) should recover these coefficients.
 *
 *   KS4_ATT8 = INTERCEPT
 *            + B_KS2_EMSS × (ks2_emss − KS2_EMSS_CENTRE)
 *            + PLACEMENT_CHANGE_AFTER_11 × placement_changes_after_11
 *            + SCHOOL_CHANGE_Y10_Y11 × school_change_y10_y11
 *            + UNAUTHORISED_ABSENCE_PER_POINT × unauthorised_absence_pct
 *            + SUSPENSION_PER_DAY × suspension_days
 *            + NOT_FOSTER_Y11 × not_foster_y11
 *            + SCHOOL_SPECIAL × [school_type_y11 = special] + SCHOOL_AP × [school_type_y11 = ap]
 *            + DAYS_IN_CARE_PER_YEAR × days_in_care / 365.25
 *            + EVER_CLA × ever_cla
 *            + SEX_FEMALE × [sex = F] + SEN_EHCP × [sen_y11 = ehcp] + SEN_SUPPORT × [sen_y11 = support]
 *            + u_school  (u ~ Normal(0, SCHOOL_SD), one value per school URN)
 *            + e         (e ~ Normal(0, RESIDUAL_SD))
 *   then clamped to [0, 90] and rounded to 2 decimals.
 *
 * One point of Attainment 8 is one grade in one single-weighted slot, so the effects read as the Rees
 * Centre's "grades" (Sebba et al. 2015, shared/spec/model.md): about −⅓ grade per placement change
 * after 11; over −5 for a school change in Years 10–11; over −2 per 5 % unauthorised absence (−0.45 per
 * percentage point); about −⅙ per day of suspension; over −6 for residential or other care at 16 vs
 * foster or kinship; about −14 for a special school or pupil referral unit; a small gain per year in
 * care. Sex and SEN effects are typical of national KS4 results.
 *
 * Pupils never looked after have the care factors at 0 (their truth-file columns are blank); a child
 * not looked after on 31 March of the KS4 year has not_foster_y11 0. An independent school has no
 * effect of its own (only special and ap are contrasted with mainstream). Where the KS2 score is
 * not in the files (absent from the tests, or tests cancelled in 2020 and 2021) the outcome still
 * uses the pupil's latent KS2 score; such pupils drop out of a model by listwise deletion, which
 * does not bias it. EVER_CLA is a constant effect of having been looked after (by 31 March of the KS4
 * year): the part of the published progress gap of children in care that the other factors do not
 * explain. The intercept (and the spread of KS2 scores among children in care) is set so that
 * clamping at 0 stays within what the recovery test allows: about 10 % of KS4 pupils ever in care in
 * the demo (the run's summary reports the fraction). Levels are calibrated towards the DfE's published
 * figures (docs/demo-data.md): synthetic Attainment 8 averages about 45 for pupils never looked after
 * (England 45.9) and about 22 for children looked after 12 months (England 18.2, LA range 10.5–35.2
 * in 2023/24), with a Progress 8 of about −1.3 (England −1.31). EVER_CLA −10 was the largest effect
 * tried: test/model/recovery.test.ts still passes (49 of 54 intervals; largest error 3.75 SE, on the
 * suspension effect, 3.60 SE without EVER_CLA), but not_foster_y11 is biased towards 0 by the
 * clamping (up to 2.9 SE on seed 3), so a steeper effect would need a censored-outcome model.
 */
export const KS4_OUTCOME_MODEL = {
  INTERCEPT: 46,
  KS2_EMSS_CENTRE: 105,
  B_KS2_EMSS: 1.5,
  PLACEMENT_CHANGE_AFTER_11: -0.35,
  SCHOOL_CHANGE_Y10_Y11: -5.5,
  UNAUTHORISED_ABSENCE_PER_POINT: -0.45,
  SUSPENSION_PER_DAY: -0.17,
  NOT_FOSTER_Y11: -6.5,
  SCHOOL_SPECIAL: -12,
  SCHOOL_AP: -13.8,
  DAYS_IN_CARE_PER_YEAR: 0.5,
  EVER_CLA: -10,
  SEX_FEMALE: 3.5,
  SEN_EHCP: -7,
  SEN_SUPPORT: -5,
  SCHOOL_SD: 3,
  RESIDUAL_SD: 8,
  MIN_ATT8: 0,
  MAX_ATT8: 90,
} as const;

/** The factors the outcome depends on (care factors 0 for pupils never looked after). */
export interface OutcomeFactors {
  ks2Emss: number;
  placementChangesAfter11: number;
  schoolChangeY10Y11: 0 | 1;
  unauthorisedAbsencePct: number;
  suspensionDays: number;
  notFosterY11: 0 | 1;
  schoolTypeY11: 'mainstream' | 'special' | 'ap' | 'independent';
  daysInCare: number;
  /** Ever looked after (non-respite) by 31 March of the KS4 year: 1, else 0. */
  everCla: 0 | 1;
  sex: 'M' | 'F';
  sen: 'ehcp' | 'support' | 'none';
}

/** The fixed part of the model (no school effect, no noise): the expected Attainment 8. */
export function expectedAtt8(f: OutcomeFactors): number {
  const m = KS4_OUTCOME_MODEL;
  return m.INTERCEPT
    + m.B_KS2_EMSS * (f.ks2Emss - m.KS2_EMSS_CENTRE)
    + m.PLACEMENT_CHANGE_AFTER_11 * f.placementChangesAfter11
    + m.SCHOOL_CHANGE_Y10_Y11 * f.schoolChangeY10Y11
    + m.UNAUTHORISED_ABSENCE_PER_POINT * f.unauthorisedAbsencePct
    + m.SUSPENSION_PER_DAY * f.suspensionDays
    + m.NOT_FOSTER_Y11 * f.notFosterY11
    + (f.schoolTypeY11 === 'special' ? m.SCHOOL_SPECIAL : f.schoolTypeY11 === 'ap' ? m.SCHOOL_AP : 0)
    + m.DAYS_IN_CARE_PER_YEAR * (f.daysInCare / 365.25)
    + m.EVER_CLA * f.everCla
    + (f.sex === 'F' ? m.SEX_FEMALE : 0)
    + (f.sen === 'ehcp' ? m.SEN_EHCP : f.sen === 'support' ? m.SEN_SUPPORT : 0);
}

/** Draws the observed Attainment 8: expected + school effect + residual, clamped and rounded. */
export function drawAtt8(f: OutcomeFactors, schoolEffect: number, rng: Random): { att8: number; clamped: boolean } {
  const raw = expectedAtt8(f) + schoolEffect + rng.normal(0, KS4_OUTCOME_MODEL.RESIDUAL_SD);
  const clamped = raw < KS4_OUTCOME_MODEL.MIN_ATT8 || raw > KS4_OUTCOME_MODEL.MAX_ATT8;
  const bounded = Math.min(KS4_OUTCOME_MODEL.MAX_ATT8, Math.max(KS4_OUTCOME_MODEL.MIN_ATT8, raw));
  return { att8: Math.round(bounded * 100) / 100, clamped };
}
