import { defineMeasure, POP, DFE_CARE_LEAVERS } from '../define.js';

export default defineMeasure({
  id: 'oc3_eet_17_18',
  family: 'leavers',
  title: 'Care leavers 17–18 in education, employment or training',
  shortTitle: 'Leavers 17-18 in EET',
  unit: 'percent',
  definition: '% of care leavers aged 17 or 18 (OC3) in education, employment or training (ACTIV F1, P1, F2, P2, F4, P4, F5 or P5). Denominator: every care leaver of that age in the OC3 table of the return, including those not in touch or whose activity or accommodation is not known (as the DfE publishes).',
  source: DFE_CARE_LEAVERS,
  population: POP.CARE_LEAVERS_17_18,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'care_leavers.csv', column: 'pt_eet_17_18', label: '% of care leavers aged 17 to 18 in education, employment or training', population: POP.CARE_LEAVERS_17_18 },
  report: { section: 'leavers', table: 'leavers', order: 20, trend: 'table' },
  aggregate: { numerator: "count(*) FILTER (WHERE age BETWEEN 17 AND 18 AND ACTIV IN ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5'))", denominator: 'count(*) FILTER (WHERE age BETWEEN 17 AND 18)' },
});
