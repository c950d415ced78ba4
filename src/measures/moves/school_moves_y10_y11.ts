import { defineMeasure, POP } from '../define.js';

export default defineMeasure({
  id: 'school_moves_y10_y11',
  family: 'moves',
  title: 'School move in Years 10–11',
  shortTitle: 'School move in Years 10–11',
  unit: 'percent',
  definition: '% of KS4 pupils with a school change in Years 10–11 (consecutive census records at different URNs).',
  source: 'Rees Centre (Sebba et al. 2015); definitions.md',
  population: POP.KS4_Y10_11,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: null,
  report: { section: 'stability', table: 'stability', order: 40 },
  factorColumn: 'school_change_y10_y11',
});
