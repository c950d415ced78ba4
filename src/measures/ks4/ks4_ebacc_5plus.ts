import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_ebacc_5plus',
  family: 'ks4',
  title: 'EBacc achieved (grade 5+)',
  shortTitle: 'EBacc achieved 5+',
  unit: 'percent',
  definition: '% achieving the EBacc at grade 5+.',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: null,
  report: { section: 'ks4', table: 'ks4-headline', order: 90 },
  factorColumn: 'ebacc5',
});
