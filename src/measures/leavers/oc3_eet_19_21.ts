import { defineMeasure, POP, DFE_CARE_LEAVERS } from '../define.js';

export default defineMeasure({
  id: 'oc3_eet_19_21',
  family: 'leavers',
  title: 'Care leavers 19–21 in education, employment or training',
  shortTitle: 'Leavers 19-21 in EET',
  unit: 'percent',
  definition: '% of care leavers aged 19 to 21 (OC3) in education, employment or training (ACTIV F1, P1, F2, P2, F4, P4, F5 or P5). Denominator: every care leaver of that age in the OC3 table of the return, including those not in touch or whose activity or accommodation is not known (as the DfE publishes).',
  source: DFE_CARE_LEAVERS,
  population: POP.CARE_LEAVERS_19_21,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'care_leavers.csv', column: 'pt_eet_19_21', label: '% of care leavers aged 19 to 21 in education, employment or training', population: POP.CARE_LEAVERS_19_21 },
  report: { section: 'leavers', table: 'leavers', order: 50, trend: 'table' },
  aggregate: { numerator: "count(*) FILTER (WHERE age BETWEEN 19 AND 21 AND ACTIV IN ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5'))", denominator: 'count(*) FILTER (WHERE age BETWEEN 19 AND 21)' },
});
