import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'absence_severe',
  family: 'absence',
  title: 'Severely absent (50%+)',
  shortTitle: 'Severely absent',
  unit: 'percent',
  definition: '% of KS4 pupils missing 50% or more of possible sessions (Years 10–11).',
  source: DFE_OUT,
  population: POP.KS4_Y10_11,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'lower',
  // The DfE's absence figures are for every school-age child over one academic year; this one is over
  // KS4 pupils in Years 10–11, so it is not set beside them (different population).
  benchmark: null,
  report: { section: 'attendance', table: 'attendance', order: 40 },
});
