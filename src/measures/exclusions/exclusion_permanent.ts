import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'exclusion_permanent',
  family: 'exclusions',
  title: 'Permanent exclusion',
  shortTitle: 'Permanent exclusion',
  unit: 'percent',
  definition: '% of KS4 pupils permanently excluded in Years 10–11.',
  source: DFE_OUT,
  population: POP.KS4_Y10_11,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: null,
  report: { section: 'exclusions', table: 'exclusions', order: 20 },
});
