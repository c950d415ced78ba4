/**
 * Every measure the tool computes, one definition file each (src/measures/<family>/<id>.ts).
 * Adding a measure: write its file, add it to this list (the registry test fails when a definition
 * file is missing here), compute it in its family's batched SQL (compute/), and test it.
 */
import cla31mar from './care/cla_31mar.js';
import cla12m from './care/cla_12m.js';
import claRatePer10k from './care/cla_rate_per_10k.js';
import stability3plusYear from './care/stability_3plus_year.js';
import stability3plus2years from './care/stability_3plus_2years.js';
import stabilityLongTerm from './care/stability_long_term.js';
import oc2HealthAssessment from './oc2/oc2_health_assessment.js';
import oc2Immunisations from './oc2/oc2_immunisations.js';
import oc2TeethCheck from './oc2/oc2_teeth_check.js';
import oc2HealthCheck from './oc2/oc2_health_check.js';
import oc2Convicted from './oc2/oc2_convicted.js';
import oc2SubstanceMisuse from './oc2/oc2_substance_misuse.js';
import sdqMean from './oc2/sdq_mean.js';
import sdqBandConcern from './oc2/sdq_band_concern.js';
import oc3InTouch1718 from './leavers/oc3_in_touch_17_18.js';
import oc3Eet1718 from './leavers/oc3_eet_17_18.js';
import oc3AccomSuitable1718 from './leavers/oc3_accom_suitable_17_18.js';
import oc3InTouch1921 from './leavers/oc3_in_touch_19_21.js';
import oc3Eet1921 from './leavers/oc3_eet_19_21.js';
import oc3AccomSuitable1921 from './leavers/oc3_accom_suitable_19_21.js';
import missingChildren from './missing/missing_children.js';
import missingEpisodes from './missing/missing_episodes.js';
import awayChildren from './missing/away_children.js';
import ks1RwmExpected from './ks1/ks1_rwm_expected.js';
import ks2ReadExpected from './ks2/ks2_read_expected.js';
import ks2WritExpected from './ks2/ks2_writ_expected.js';
import ks2MatExpected from './ks2/ks2_mat_expected.js';
import ks2RwmExpected from './ks2/ks2_rwm_expected.js';
import ks2RwmHigher from './ks2/ks2_rwm_higher.js';
import ks2ReadProgress from './ks2/ks2_read_progress.js';
import ks2WritProgress from './ks2/ks2_writ_progress.js';
import ks2MatProgress from './ks2/ks2_mat_progress.js';
import ks4Pupils from './ks4/ks4_pupils.js';
import ks4Eng4plus from './ks4/ks4_eng_4plus.js';
import ks4Eng5plus from './ks4/ks4_eng_5plus.js';
import ks4Mat4plus from './ks4/ks4_mat_4plus.js';
import ks4Mat5plus from './ks4/ks4_mat_5plus.js';
import ks4Em4plus from './ks4/ks4_em_4plus.js';
import ks4Em5plus from './ks4/ks4_em_5plus.js';
import ks4EbaccEntry from './ks4/ks4_ebacc_entry.js';
import ks4Ebacc4plus from './ks4/ks4_ebacc_4plus.js';
import ks4Ebacc5plus from './ks4/ks4_ebacc_5plus.js';
import ks4EbaccAps from './ks4/ks4_ebacc_aps.js';
import ks45passesEm4plus from './ks4/ks4_5passes_em_4plus.js';
import ks45passesEm5plus from './ks4/ks4_5passes_em_5plus.js';
import ks4Att8 from './ks4/ks4_att8.js';
import ks4P8 from './ks4/ks4_p8.js';
import absenceOverall from './absence/absence_overall.js';
import absenceUnauthorised from './absence/absence_unauthorised.js';
import absencePersistent from './absence/absence_persistent.js';
import absenceSevere from './absence/absence_severe.js';
import suspensionOnePlus from './exclusions/suspension_one_plus.js';
import exclusionPermanent from './exclusions/exclusion_permanent.js';
import suspensionDaysMean from './exclusions/suspension_days_mean.js';
import senEhcp from './sen/sen_ehcp.js';
import senSupport from './sen/sen_support.js';
import schoolAgePupils from './school/school_age_pupils.js';
import schoolMovesY10Y11 from './moves/school_moves_y10_y11.js';
import linkageMatchRate from './linkage/linkage_match_rate.js';

export const MEASURES = [
  cla31mar,
  cla12m,
  claRatePer10k,
  stability3plusYear,
  stability3plus2years,
  stabilityLongTerm,
  oc2HealthAssessment,
  oc2Immunisations,
  oc2TeethCheck,
  oc2HealthCheck,
  oc2Convicted,
  oc2SubstanceMisuse,
  sdqMean,
  sdqBandConcern,
  oc3InTouch1718,
  oc3Eet1718,
  oc3AccomSuitable1718,
  oc3InTouch1921,
  oc3Eet1921,
  oc3AccomSuitable1921,
  missingChildren,
  missingEpisodes,
  awayChildren,
  ks1RwmExpected,
  ks2ReadExpected,
  ks2WritExpected,
  ks2MatExpected,
  ks2RwmExpected,
  ks2RwmHigher,
  ks2ReadProgress,
  ks2WritProgress,
  ks2MatProgress,
  ks4Pupils,
  ks4Eng4plus,
  ks4Eng5plus,
  ks4Mat4plus,
  ks4Mat5plus,
  ks4Em4plus,
  ks4Em5plus,
  ks4EbaccEntry,
  ks4Ebacc4plus,
  ks4Ebacc5plus,
  ks4EbaccAps,
  ks45passesEm4plus,
  ks45passesEm5plus,
  ks4Att8,
  ks4P8,
  absenceOverall,
  absenceUnauthorised,
  absencePersistent,
  absenceSevere,
  suspensionOnePlus,
  exclusionPermanent,
  suspensionDaysMean,
  senEhcp,
  senSupport,
  schoolAgePupils,
  schoolMovesY10Y11,
  linkageMatchRate,
] as const;
