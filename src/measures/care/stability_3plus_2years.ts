import { defineMeasure, POP } from '../define.js';
import { april1 } from '../../domain/years.js';
import { threePlusPlacementsIn2Years } from '../../derive/care/stability/three-plus-placements-in-2-years.js';

export default defineMeasure({
  id: 'stability_3plus_2years',
  family: 'care',
  title: '3+ placements in 2 years',
  shortTitle: '3+ placements in 2 years',
  unit: 'percent',
  definition: '% of children looked after continuously for 2 years at 31 March with 3 or more placements in the 2 years.',
  source: 'DfE, Stability measures for children looked after',
  population: POP.CLA_2Y,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: { file: 'placement_stability.csv', column: 'pt_3plus_2years', label: '% of CLA 2 years on 31 March with 3 or more placements during the previous 2 years', population: POP.CLA_2Y },
  report: { section: 'stability', table: 'stability', order: 20 },
  // looked after every day from 1 April Y−2, and the placement spells overlapping those two years
  care: { perChild: (h, _child, year, options) => threePlusPlacementsIn2Years(h, year, options), window: (year) => april1(year - 2) },
});
