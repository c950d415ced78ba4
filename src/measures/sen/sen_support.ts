import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'sen_support',
  family: 'sen',
  title: 'SEN support',
  shortTitle: 'SEN support',
  unit: 'percent',
  definition: '% of KS4 pupils on SEN support in the census of the KS4 year.',
  source: DFE_OUT,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'neutral',
  benchmark: null,
  report: { section: 'sen', table: 'sen', order: 20 },
});
