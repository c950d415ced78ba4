import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'sdq_band_concern',
  family: 'oc2',
  title: 'SDQ score a cause for concern (17–40)',
  shortTitle: 'SDQ cause for concern',
  unit: 'percent',
  definition: '% of SDQ scores of the OC2 cohort aged 5–16 that are a cause for concern (17–40).',
  source: DFE_OUT,
  population: POP.OC2_SDQ,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: { file: 'oc2_health.csv', column: 'pt_sdq_concern', label: '% of SDQ scores that are a cause for concern (17-40)', population: POP.OC2_SDQ },
  report: { section: 'health', table: 'health', order: 80 },
  aggregate: { numerator: 'count(*) FILTER (WHERE SDQ_SCORE::INTEGER >= 17 AND age BETWEEN 5 AND 16)', denominator: 'count(*) FILTER (WHERE SDQ_SCORE IS NOT NULL AND age BETWEEN 5 AND 16)' },
});
