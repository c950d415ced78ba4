import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'suspension_days_mean',
  family: 'exclusions',
  title: 'Mean days of suspension',
  shortTitle: 'Mean days of suspension',
  unit: 'mean',
  definition: 'Mean days of suspension per KS4 pupil in Years 10–11 (sessions ÷ 2).',
  source: DFE_OUT,
  population: POP.KS4_Y10_11,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: null,
  report: { section: 'exclusions', table: 'exclusions', order: 30 },
});
