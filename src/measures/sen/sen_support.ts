import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'sen_support',
  family: 'sen',
  title: 'SEN support',
  shortTitle: 'SEN support',
  unit: 'percent',
  definition: '% of school-age children of the cohort on SEN support in the spring census of the year (else the latest census record of the year); also by school phase.',
  source: DFE_OUT,
  population: POP.SCHOOL_AGE_YEAR,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'neutral',
  // the outcomes publication's exclusion and SEN tables for children looked after are not among the
  // bundled DfE files (data/benchmarks/README.md), so there is no England figure to set beside it
  benchmark: null,
  report: { section: 'sen', table: 'sen', order: 20 },
  aggregate: { numerator: "count(*) FILTER (WHERE in_census AND sen = 'K')", denominator: 'count(*) FILTER (WHERE in_census AND sen IS NOT NULL)' },
});
