import { defineMeasure, POP, DFE_CLA } from '../define.js';

export default defineMeasure({
  id: 'away_children',
  family: 'missing',
  title: 'Children away without authorisation',
  shortTitle: 'Away without authorisation',
  unit: 'count',
  definition: 'Number of children looked after with at least one episode away from placement without authorisation (MISSING A) that started in the year ending 31 March.',
  source: DFE_CLA,
  population: POP.CLA_IN_YEAR,
  denominatorUnit: 'none',
  suppressionCount: 'value',
  direction: 'neutral',
  benchmark: null,
  report: { section: 'missing', table: 'missing', order: 30 },
  aggregate: { numerator: "count(DISTINCT CHILD) FILTER (WHERE MISSING = 'A')" },
});
