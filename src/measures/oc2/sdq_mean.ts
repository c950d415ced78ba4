import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'sdq_mean',
  family: 'oc2',
  title: 'Mean SDQ score',
  shortTitle: 'Mean SDQ score',
  unit: 'mean',
  definition: 'Mean SDQ total difficulties score of the OC2 cohort aged 5–16 at 31 March with a score (the DfE publication range; four-year-olds are not counted).',
  source: DFE_OUT,
  population: POP.OC2_SDQ,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: { file: 'oc2_health.csv', column: 'sdq_average', label: 'average SDQ score, CLA 12 months aged 5 to 16 with a score', population: POP.OC2_SDQ },
  report: { section: 'health', table: 'health', order: 70, trend: 'table' },
  aggregate: { numerator: 'sum(SDQ_SCORE::INTEGER) FILTER (WHERE SDQ_SCORE IS NOT NULL AND age BETWEEN 5 AND 16)', denominator: 'count(*) FILTER (WHERE SDQ_SCORE IS NOT NULL AND age BETWEEN 5 AND 16)' },
});
