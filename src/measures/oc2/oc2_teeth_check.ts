import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'oc2_teeth_check',
  family: 'oc2',
  title: 'Teeth checked',
  shortTitle: 'Teeth checked',
  unit: 'percent',
  definition: '% of the OC2 cohort whose teeth were checked by a dentist.',
  source: DFE_OUT,
  population: POP.OC2,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'oc2_health.csv', column: 'pt_teeth_check', label: '% of CLA 12 months who had their teeth checked by a dentist', population: POP.OC2 },
  report: { section: 'health', table: 'health', order: 30, trend: 'table' },
  aggregate: { numerator: "count(*) FILTER (WHERE TEETH_CHECK = '1')", denominator: 'count(*) FILTER (WHERE TEETH_CHECK IS NOT NULL)' },
});
