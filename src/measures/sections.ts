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
  tables: { id: string; title: string }[];
}

export const SECTIONS: readonly SectionShape[] = [
  { id: 'profile', title: 'Cohort profile', cohortFilter: false, tables: [{ id: 'profile-cla', title: 'Children looked after' }, { id: 'profile-linkage', title: 'Linkage to pupil records' }] },
  { id: 'school', title: 'Children of school age', cohortFilter: true, tables: [{ id: 'school-cohort', title: 'Children of school age by key stage and school location' }] },
  { id: 'ks1', title: 'Key stage 1', cohortFilter: true, tables: [{ id: 'ks1-headline', title: 'KS1 headline measures' }] },
  { id: 'ks2', title: 'Key stage 2', cohortFilter: true, tables: [{ id: 'ks2-headline', title: 'KS2 expected and higher standard' }, { id: 'ks2-progress', title: 'KS1 to KS2 progress' }] },
  { id: 'ks4', title: 'Key stage 4', cohortFilter: true, tables: [{ id: 'ks4-headline', title: 'KS4 headline measures' }, { id: 'ks4-a8p8', title: 'Attainment 8 and Progress 8' }] },
  { id: 'attendance', title: 'Attendance', cohortFilter: true, tables: [{ id: 'attendance', title: 'Absence' }] },
  { id: 'exclusions', title: 'Suspensions and exclusions', cohortFilter: true, tables: [{ id: 'exclusions', title: 'Suspensions and permanent exclusions' }] },
  { id: 'sen', title: 'Special educational needs', cohortFilter: true, tables: [{ id: 'sen', title: 'SEN provision' }] },
  { id: 'stability', title: 'Stability', cohortFilter: false, tables: [{ id: 'stability', title: 'Placement and school stability' }] },
  { id: 'health', title: 'Health and wellbeing (OC2)', cohortFilter: false, tables: [{ id: 'health', title: 'Health outcomes and SDQ' }] },
  { id: 'leavers', title: 'Care leavers (OC3)', cohortFilter: false, tables: [{ id: 'leavers', title: 'Care leavers: in touch, in education, employment or training, in suitable accommodation' }] },
  { id: 'missing', title: 'Missing from care', cohortFilter: false, tables: [{ id: 'missing', title: 'Missing and away from placement without authorisation' }] },
];
