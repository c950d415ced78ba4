import { defineMeasure, POP, DFE_OUT } from '../define.js';

/**
 * The virtual school's cohort: how many children of the cohort are of school age, by key stage, and
 * how many go to a school in the authority or outside it (the real reports' "N pupils (77%) attend
 * the authority's schools and N (23%) schools out of county"). Key stage from the NC year of the
 * latest census record of the year (Years 1–2 KS1, 3–6 KS2, 7–9 KS3, 10–11 KS4), else from the age
 * on 31 August (5–6, 7–10, 11–13, 14–15); school location from that record's LA against the
 * responsible LA (unknown where the census has no LA). Counts, so no England figure.
 */
export default defineMeasure({
  id: 'school_age_pupils',
  family: 'school',
  title: 'Children of school age',
  shortTitle: 'Children of school age',
  unit: 'count',
  definition: 'School-age children of the cohort (aged 5–15 at 31 August, else NC Years 1–11 when no date of birth) with a census or absence record of the year at a state-funded school; by key stage (NC year of the latest census record, else age) and by school location (the census record\'s LA against the responsible LA).',
  source: DFE_OUT,
  population: POP.SCHOOL_AGE_YEAR,
  denominatorUnit: 'none',
  suppressionCount: 'value',
  direction: 'neutral',
  benchmark: null,
  report: { section: 'school', table: 'school-cohort', order: 10 },
});
