import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'suspension_days_mean',
  family: 'exclusions',
  title: 'Mean days of suspension',
  shortTitle: 'Mean days of suspension',
  unit: 'mean',
  definition: 'Mean days of suspension per school-age child of the cohort (state-funded schools) in the academic year (sessions ÷ 2); also by school phase.',
  source: DFE_OUT,
  population: POP.SCHOOL_AGE_YEAR,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'lower',
  // the outcomes publication's exclusion and SEN tables for children looked after are not among the
  // bundled DfE files (data/benchmarks/README.md), so there is no England figure to set beside it
  benchmark: null,
  report: { section: 'exclusions', table: 'exclusions', order: 30 },
  aggregate: { numerator: 'sum(susp_sessions) / 2', denominator: 'count(*)' },
});
