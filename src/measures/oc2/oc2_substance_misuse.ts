import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'oc2_substance_misuse',
  family: 'oc2',
  title: 'Substance misuse identified',
  shortTitle: 'Substance misuse',
  unit: 'percent',
  definition: '% of the OC2 cohort identified as having a substance misuse problem.',
  source: DFE_OUT,
  population: POP.OC2,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: { file: 'oc2_health.csv', column: 'pt_substance_misuse', label: '% of CLA 12 months identified as having a substance misuse problem', population: POP.OC2 },
  report: { section: 'health', table: 'health', order: 60 },
  aggregate: { numerator: "count(*) FILTER (WHERE SUBSTANCE_MISUSE = '1')", denominator: 'count(*) FILTER (WHERE SUBSTANCE_MISUSE IS NOT NULL)' },
});
