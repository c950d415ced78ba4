import { defineMeasure, POP } from '../define.js';

export default defineMeasure({
  id: 'stability_3plus_year',
  family: 'care',
  title: '3+ placements in the year',
  shortTitle: '3+ placements in year',
  unit: 'percent',
  definition: '% of children looked after at 31 March with 3 or more placements in the year.',
  source: 'DfE, Stability measures for children looked after',
  population: POP.CLA_31MAR,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: { file: 'placement_stability.csv', column: 'pt_3plus_year', label: '% of CLA on 31 March with 3 or more placements during the year', population: POP.CLA_31MAR },
  report: { section: 'stability', table: 'stability', order: 10, trend: 'table' },
});
