import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'oc2_immunisations',
  family: 'oc2',
  title: 'Immunisations up to date',
  shortTitle: 'Immunisations',
  unit: 'percent',
  definition: '% of the OC2 cohort with immunisations up to date.',
  source: DFE_OUT,
  population: POP.OC2,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'oc2_health.csv', column: 'pt_immunisations', label: '% of CLA 12 months with immunisations up to date', population: POP.OC2 },
  report: { section: 'health', table: 'health', order: 20, trend: 'table' },
  aggregate: { numerator: "count(*) FILTER (WHERE IMMUNISATIONS = '1')", denominator: 'count(*) FILTER (WHERE IMMUNISATIONS IS NOT NULL)' },
});
