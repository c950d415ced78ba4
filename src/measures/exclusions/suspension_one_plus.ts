import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'suspension_one_plus',
  family: 'exclusions',
  title: 'One or more suspensions',
  shortTitle: 'One or more suspensions',
  unit: 'percent',
  definition: '% of school-age children of the cohort (state-funded schools) with one or more suspensions in the academic year; also by school phase.',
  source: DFE_OUT,
  population: POP.SCHOOL_AGE_YEAR,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'lower',
  // the outcomes publication's exclusion and SEN tables for children looked after are not among the
  // bundled DfE files (data/benchmarks/README.md), so there is no England figure to set beside it
  benchmark: null,
  report: { section: 'exclusions', table: 'exclusions', order: 10, trend: 'table' },
  aggregate: { numerator: 'count(*) FILTER (WHERE n_susp > 0)', denominator: 'count(*)' },
});
