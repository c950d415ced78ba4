import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'suspension_one_plus',
  family: 'exclusions',
  title: 'One or more suspensions',
  shortTitle: 'One or more suspensions',
  unit: 'percent',
  definition: '% of KS4 pupils with one or more suspensions in Years 10–11.',
  source: DFE_OUT,
  population: POP.KS4_Y10_11,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: null,
  report: { section: 'exclusions', table: 'exclusions', order: 10, trend: 'table' },
});
