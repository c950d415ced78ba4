import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'ks4_pupils',
  family: 'ks4',
  title: 'KS4 pupils in the cohort',
  shortTitle: 'KS4 pupils',
  unit: 'count',
  definition: 'Pupils at the end of key stage 4 in the cohort.',
  source: DFE_OUT,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'value',
  direction: 'neutral',
  benchmark: null,
  report: { section: 'ks4', table: 'ks4-headline', order: 5 },
});
