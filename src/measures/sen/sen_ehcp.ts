import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'sen_ehcp',
  family: 'sen',
  title: 'EHC plan',
  shortTitle: 'EHC plan',
  unit: 'percent',
  definition: '% of KS4 pupils with an EHC plan (or statement) in the census of the KS4 year.',
  source: DFE_OUT,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'neutral',
  benchmark: null,
  report: { section: 'sen', table: 'sen', order: 10 },
});
