/**
 * The annual report's sections and tables (structure only). Which measures each table holds, in
 * which order, which are charted and which followed over years is said by each measure's own
 * definition (`report`), and derived in registry.ts.
 */
export interface SectionShape {
  id: string;
  title: string;
  intro?: string;
  /** Education sections keep only rows of the report's cohort; the others take every cohort. */
  cohortFilter: boolean;
  /**
   * Each table: its id, its title, and its spreadsheet sheet names (at most 31 characters, none of
   * \\ / ? * [ ] :, unique): `sheet` for the table, `groupSheet` for its breakdown rows in the appendix.
   */
  tables: { id: string; title: string; sheet: string; groupSheet: string }[];
}

export const SECTIONS: readonly SectionShape[] = [
  { id: 'profile', title: 'Cohort profile', cohortFilter: false, tables: [{ id: 'profile-cla', title: 'Children looked after', sheet: 'Children looked after', groupSheet: 'Children looked after by group' }, { id: 'profile-linkage', title: 'Linkage to pupil records', sheet: 'Linkage to pupil records', groupSheet: 'Linkage by group' }] },
  { id: 'school', title: 'Children of school age', cohortFilter: true, tables: [{ id: 'school-cohort', title: 'Children of school age by key stage and school location', sheet: 'School-age children', groupSheet: 'School-age children by group' }] },
  { id: 'ks1', title: 'Key stage 1', cohortFilter: true, tables: [{ id: 'ks1-headline', title: 'KS1 headline measures', sheet: 'KS1 headline measures', groupSheet: 'KS1 headline by group' }] },
  { id: 'ks2', title: 'Key stage 2', cohortFilter: true, tables: [{ id: 'ks2-headline', title: 'KS2 expected and higher standard', sheet: 'KS2 expected & higher standard', groupSheet: 'KS2 headline by group' }, { id: 'ks2-progress', title: 'KS1 to KS2 progress', sheet: 'KS1 to KS2 progress', groupSheet: 'KS2 progress by group' }] },
  { id: 'ks4', title: 'Key stage 4', cohortFilter: true, tables: [{ id: 'ks4-headline', title: 'KS4 headline measures', sheet: 'KS4 headline measures', groupSheet: 'KS4 headline measures by group' }, { id: 'ks4-a8p8', title: 'Attainment 8 and Progress 8', sheet: 'Attainment 8 and Progress 8', groupSheet: 'Attainment 8 & P8 by group' }] },
  { id: 'attendance', title: 'Attendance', cohortFilter: true, tables: [{ id: 'attendance', title: 'Absence', sheet: 'Absence', groupSheet: 'Absence by group' }] },
  { id: 'exclusions', title: 'Suspensions and exclusions', cohortFilter: true, tables: [{ id: 'exclusions', title: 'Suspensions and permanent exclusions', sheet: 'Suspensions and exclusions', groupSheet: 'Suspension, exclusion by group' }] },
  { id: 'sen', title: 'Special educational needs', cohortFilter: true, tables: [{ id: 'sen', title: 'SEN provision', sheet: 'SEN provision', groupSheet: 'SEN provision by group' }] },
  { id: 'stability', title: 'Stability', cohortFilter: false, tables: [{ id: 'stability', title: 'Placement and school stability', sheet: 'Placement and school stability', groupSheet: 'Stability by group' }] },
  { id: 'health', title: 'Health and wellbeing (OC2)', cohortFilter: false, tables: [{ id: 'health', title: 'Health outcomes and SDQ', sheet: 'Health outcomes and SDQ', groupSheet: 'Health and SDQ by group' }] },
  { id: 'leavers', title: 'Care leavers (OC3)', cohortFilter: false, tables: [{ id: 'leavers', title: 'Care leavers: in touch, in education, employment or training, in suitable accommodation', sheet: 'Care leavers', groupSheet: 'Care leavers by group' }] },
  { id: 'missing', title: 'Missing from care', cohortFilter: false, tables: [{ id: 'missing', title: 'Missing and away from placement without authorisation', sheet: 'Missing and away from placement', groupSheet: 'Missing and away by group' }] },
];
