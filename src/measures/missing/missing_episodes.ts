import { defineMeasure, POP, DFE_CLA } from '../define.js';

export default defineMeasure({
  id: 'missing_episodes',
  family: 'missing',
  title: 'Missing episodes',
  shortTitle: 'Missing episodes',
  unit: 'count',
  definition: 'Number of missing episodes (MISSING M) of children looked after that started in the year ending 31 March.',
  source: DFE_CLA,
  population: POP.CLA_IN_YEAR,
  denominatorUnit: 'none',
  suppressionCount: 'value',
  direction: 'neutral',
  benchmark: null,
  report: { section: 'missing', table: 'missing', order: 20 },
  aggregate: { numerator: "count(DISTINCT CHILD || '|' || MIS_START) FILTER (WHERE MISSING = 'M')" },
});
