import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'absence_unauthorised',
  family: 'absence',
  title: 'Unauthorised absence (% sessions)',
  shortTitle: 'Unauthorised absence',
  unit: 'percent',
  definition: 'Unauthorised absence: % of possible sessions, KS4 pupils over Years 10–11.',
  source: DFE_OUT,
  population: POP.KS4_Y10_11,
  denominatorUnit: 'sessions',
  suppressionCount: 'children',
  direction: 'lower',
  // The DfE's absence figures are for every school-age child over one academic year; this one is over
  // KS4 pupils in Years 10–11, so it is not set beside them (different population).
  benchmark: null,
  report: { section: 'attendance', table: 'attendance', order: 20 },
});
