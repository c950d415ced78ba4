import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'oc2_health_assessment',
  family: 'oc2',
  title: 'Health assessment up to date',
  shortTitle: 'Health assessment',
  unit: 'percent',
  definition: '% of the OC2 cohort with an up-to-date health assessment.',
  source: DFE_OUT,
  population: POP.OC2,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'oc2_health.csv', column: 'pt_health_assessment', label: '% of CLA 12 months who had their annual health assessment', population: POP.OC2 },
  report: { section: 'health', table: 'health', order: 10, trend: 'table' },
  aggregate: { numerator: "count(*) FILTER (WHERE HEALTH_ASSESSMENT = '1')", denominator: 'count(*) FILTER (WHERE HEALTH_ASSESSMENT IS NOT NULL)' },
});
