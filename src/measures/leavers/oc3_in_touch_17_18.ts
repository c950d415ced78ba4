import { defineMeasure, POP, DFE_CARE_LEAVERS } from '../define.js';

export default defineMeasure({
  id: 'oc3_in_touch_17_18',
  family: 'leavers',
  title: 'Care leavers 17–18 in touch',
  shortTitle: 'Leavers 17-18 in touch',
  unit: 'percent',
  definition: '% of care leavers aged 17 or 18 (OC3) whose LA was in touch with them (IN_TOUCH YES). Denominator: every care leaver of that age in the OC3 table of the return, including those not in touch or whose activity or accommodation is not known (as the DfE publishes).',
  source: DFE_CARE_LEAVERS,
  population: POP.CARE_LEAVERS_17_18,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: null,
  report: { section: 'leavers', table: 'leavers', order: 10 },
  aggregate: { numerator: "count(*) FILTER (WHERE age BETWEEN 17 AND 18 AND IN_TOUCH = 'YES')", denominator: 'count(*) FILTER (WHERE age BETWEEN 17 AND 18)' },
});
