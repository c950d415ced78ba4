import { defineMeasure, POP } from '../define.js';
import { longTermStability, twoAndAHalfYearsBefore31March } from '../../derive/care/stability/long-term-stability.js';

export default defineMeasure({
  id: 'stability_long_term',
  family: 'care',
  title: 'Same placement 2+ years (long-term)',
  shortTitle: 'Same placement 2+ years',
  unit: 'percent',
  definition: '% of children under 16 looked after for 2½ years or more at 31 March living with the same carer for at least 2 years.',
  source: 'DfE, Stability measures for children looked after',
  population: POP.CLA_LONG_TERM,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'placement_stability.csv', column: 'pt_long_term', label: '% of CLA under 16 in care 2.5+ years living with the same carer for 2+ years', population: POP.CLA_LONG_TERM },
  report: { section: 'stability', table: 'stability', order: 30 },
  // under 16 on 31 March needs a date of birth: a child with none is in neither count
  care: { perChild: (h, child, year) => (child?.dob ? longTermStability(h, child.dob, year) : { inDenominator: false, inNumerator: false }), window: twoAndAHalfYearsBefore31March },
});
