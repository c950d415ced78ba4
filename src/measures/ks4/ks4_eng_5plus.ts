import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_eng_5plus',
  family: 'ks4',
  title: 'English grade 5+',
  shortTitle: 'English grade 5+',
  unit: 'percent',
  definition: '% with grade 5+ in English language or literature.',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: null,
  report: { section: 'ks4', table: 'ks4-headline', order: 20 },
  factorColumn: 'eng5',
});
