import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_ebacc_4plus',
  family: 'ks4',
  title: 'EBacc achieved (grade 4+)',
  shortTitle: 'EBacc achieved 4+',
  unit: 'percent',
  definition: '% achieving the EBacc at grade 4+.',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: null,
  report: { section: 'ks4', table: 'ks4-headline', order: 80 },
  factorColumn: 'ebacc4',
});
