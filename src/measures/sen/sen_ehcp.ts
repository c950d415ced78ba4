import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'sen_ehcp',
  family: 'sen',
  title: 'EHC plan',
  shortTitle: 'EHC plan',
  unit: 'percent',
  definition: '% of school-age children of the cohort with an EHC plan (or statement) in the spring census of the year (else the latest census record of the year); also by school phase.',
  source: DFE_OUT,
  population: POP.SCHOOL_AGE_YEAR,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'neutral',
  // the outcomes publication's exclusion and SEN tables for children looked after are not among the
  // bundled DfE files (data/benchmarks/README.md), so there is no England figure to set beside it
  benchmark: null,
  report: { section: 'sen', table: 'sen', order: 10 },
  aggregate: { numerator: "count(*) FILTER (WHERE in_census AND sen IN ('E', 'S'))", denominator: 'count(*) FILTER (WHERE in_census AND sen IS NOT NULL)' },
});
