import { defineMeasure, POP } from '../define.js';

export default defineMeasure({
  id: 'linkage_match_rate',
  family: 'linkage',
  title: 'Children matched to a pupil record',
  shortTitle: 'Matched to a pupil record',
  unit: 'percent',
  definition: '% of 903 children of school age whose UPN matched a pupil record.',
  source: 'cla-analyse linkage (definitions.md)',
  population: POP.EVER_CLA_SCHOOL_AGE,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: null,
  report: { section: 'profile', table: 'profile-linkage', order: 10 },
});
