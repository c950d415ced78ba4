import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'exclusion_permanent',
  family: 'exclusions',
  title: 'Permanent exclusion',
  shortTitle: 'Permanent exclusion',
  unit: 'percent',
  definition: '% of school-age children of the cohort (state-funded schools) permanently excluded in the academic year; also by school phase.',
  source: DFE_OUT,
  population: POP.SCHOOL_AGE_YEAR,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'lower',
  // the outcomes publication's exclusion and SEN tables for children looked after are not among the
  // bundled DfE files (data/benchmarks/README.md), so there is no England figure to set beside it
  benchmark: null,
  report: { section: 'exclusions', table: 'exclusions', order: 20 },
  aggregate: { numerator: 'count(*) FILTER (WHERE perm = 1)', denominator: 'count(*)' },
});
