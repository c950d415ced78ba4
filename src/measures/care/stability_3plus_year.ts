import { defineMeasure, POP } from '../define.js';
import { april1 } from '../../domain/years.js';
import { threePlusPlacementsInYear } from '../../derive/care/stability/three-plus-placements-in-year.js';

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
  // the placement spells overlapping 1 April Y−1 – 31 March Y, under the run's placement-change definition
  care: { perChild: (h, _child, year, options) => threePlusPlacementsInYear(h, year, options), window: (year) => april1(year - 1) },
});
