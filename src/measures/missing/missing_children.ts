import { defineMeasure, POP, DFE_CLA } from '../define.js';

export default defineMeasure({
  id: 'missing_children',
  family: 'missing',
  title: 'Children who went missing',
  shortTitle: 'Children who went missing',
  unit: 'count',
  definition: 'Number of children looked after with at least one missing episode (MISSING M) that started in the year ending 31 March.',
  source: DFE_CLA,
  population: POP.CLA_IN_YEAR,
  denominatorUnit: 'none',
  suppressionCount: 'value',
  direction: 'neutral',
  benchmark: null,
  report: { section: 'missing', table: 'missing', order: 10, trend: 'table' },
  aggregate: { numerator: "count(DISTINCT CHILD) FILTER (WHERE MISSING = 'M')" },
});
