/**
 * The standard layout of the Virtual School Head's annual report: which measure ids go in which
 * section and table, in which order, and which get a chart. Data, not code: build-document.ts
 * reads it. Ids are those of measures.md.
 */
export interface TableLayout {
  id: string;
  title: string;
  measures: string[];
}

export interface SectionLayout {
  id: string;
  title: string;
  intro?: string;
  /** Education sections keep only rows of the report's cohort; the others take every cohort. */
  cohortFilter: boolean;
  tables: TableLayout[];
  /** Measure ids drawn as "this LA beside its benchmarks" bars (when shown). */
  benchmarkCharts?: string[];
}

export const SECTION_LAYOUT: readonly SectionLayout[] = [
  {
    id: 'profile',
    title: 'Cohort profile',
    cohortFilter: false,
    tables: [
      { id: 'profile-cla', title: 'Children looked after', measures: ['cla_31mar', 'cla_12m', 'cla_rate_per_10k'] },
      { id: 'profile-linkage', title: 'Linkage to pupil records', measures: ['linkage_match_rate'] },
    ],
  },
  { id: 'ks1', title: 'Key stage 1', cohortFilter: true, tables: [{ id: 'ks1-headline', title: 'KS1 headline measures', measures: ['ks1_rwm_expected'] }] },
  {
    id: 'ks2',
    title: 'Key stage 2',
    cohortFilter: true,
    tables: [
      { id: 'ks2-headline', title: 'KS2 expected and higher standard', measures: ['ks2_read_expected', 'ks2_writ_expected', 'ks2_mat_expected', 'ks2_rwm_expected', 'ks2_rwm_higher'] },
      { id: 'ks2-progress', title: 'KS1 to KS2 progress', measures: ['ks2_read_progress', 'ks2_writ_progress', 'ks2_mat_progress'] },
    ],
    benchmarkCharts: ['ks2_rwm_expected'],
  },
  {
    id: 'ks4',
    title: 'Key stage 4',
    cohortFilter: true,
    tables: [
      {
        id: 'ks4-headline',
        title: 'KS4 headline measures',
        measures: [
          'ks4_cohort', 'ks4_eng_4plus', 'ks4_eng_5plus', 'ks4_mat_4plus', 'ks4_mat_5plus', 'ks4_em_4plus', 'ks4_em_5plus',
          'ks4_ebacc_entry', 'ks4_ebacc_4plus', 'ks4_ebacc_5plus', 'ks4_ebacc_aps', 'ks4_5passes_em_4plus', 'ks4_5passes_em_5plus',
        ],
      },
      { id: 'ks4-a8p8', title: 'Attainment 8 and Progress 8', measures: ['ks4_att8', 'ks4_p8'] },
    ],
    benchmarkCharts: ['ks4_em_4plus', 'ks4_att8'],
  },
  {
    id: 'attendance',
    title: 'Attendance',
    cohortFilter: true,
    tables: [{ id: 'attendance', title: 'Absence', measures: ['absence_overall', 'absence_unauthorised', 'absence_persistent', 'absence_severe'] }],
    benchmarkCharts: ['absence_persistent'],
  },
  {
    id: 'exclusions',
    title: 'Suspensions and exclusions',
    cohortFilter: true,
    tables: [{ id: 'exclusions', title: 'Suspensions and permanent exclusions', measures: ['suspension_one_plus', 'exclusion_permanent', 'suspension_days_mean'] }],
  },
  { id: 'sen', title: 'Special educational needs', cohortFilter: true, tables: [{ id: 'sen', title: 'SEN provision', measures: ['sen_ehcp', 'sen_support'] }] },
  {
    id: 'stability',
    title: 'Stability',
    cohortFilter: false,
    tables: [{ id: 'stability', title: 'Placement and school stability', measures: ['stability_3plus_year', 'stability_3plus_2years', 'stability_long_term', 'school_moves_y10_y11'] }],
  },
  {
    id: 'health',
    title: 'Health and wellbeing (OC2)',
    cohortFilter: false,
    tables: [
      {
        id: 'health',
        title: 'Health outcomes and SDQ',
        measures: ['oc2_health_assessment', 'oc2_immunisations', 'oc2_teeth_check', 'oc2_health_check', 'oc2_convicted', 'oc2_substance_misuse', 'sdq_mean', 'sdq_band'],
      },
    ],
  },
];

/** Measures followed over years in the Trends section (table, and a chart where marked). */
export const TREND_MEASURES: readonly { id: string; chart: boolean }[] = [
  { id: 'ks2_rwm_expected', chart: true },
  { id: 'ks4_att8', chart: true },
  { id: 'ks4_em_4plus', chart: false },
  { id: 'ks4_p8', chart: false },
  { id: 'absence_overall', chart: true },
  { id: 'absence_persistent', chart: false },
  { id: 'suspension_one_plus', chart: false },
  { id: 'stability_3plus_year', chart: false },
];
