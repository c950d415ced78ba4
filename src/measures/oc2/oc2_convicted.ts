import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'oc2_convicted',
  family: 'oc2',
  title: 'Convicted (aged 10+)',
  shortTitle: 'Convicted (aged 10+)',
  unit: 'percent',
  definition: '% of the OC2 cohort aged 10 or over convicted or subject to a youth caution in the year.',
  source: DFE_OUT,
  population: POP.OC2_10PLUS,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: { file: 'oc2_health.csv', column: 'pt_convicted', label: '% of CLA 12 months aged 10 to 17 convicted or subject to youth cautions during the year', population: POP.OC2_10PLUS },
  report: { section: 'health', table: 'health', order: 50 },
  aggregate: { numerator: "count(*) FILTER (WHERE CONVICTED = '1' AND age >= 10)", denominator: 'count(*) FILTER (WHERE CONVICTED IS NOT NULL AND age >= 10)' },
});
