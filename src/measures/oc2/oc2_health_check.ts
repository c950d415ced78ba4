import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'oc2_health_check',
  family: 'oc2',
  title: 'Development checks (under 5)',
  shortTitle: 'Development checks (under 5)',
  unit: 'percent',
  definition: '% of the OC2 cohort aged under 5 with development assessments up to date.',
  source: DFE_OUT,
  population: POP.OC2_UNDER5,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'oc2_health.csv', column: 'pt_health_check', label: '% of CLA 12 months aged 0 to 4 with development assessments up to date', population: POP.OC2_UNDER5 },
  report: { section: 'health', table: 'health', order: 40 },
  aggregate: { numerator: "count(*) FILTER (WHERE HEALTH_CHECK = '1' AND age < 5)", denominator: 'count(*) FILTER (WHERE HEALTH_CHECK IS NOT NULL AND age < 5)' },
});
