import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_ebacc_aps',
  family: 'ks4',
  title: 'EBacc average point score',
  shortTitle: 'EBacc average point score',
  unit: 'mean',
  definition: 'Mean EBacc average point score.',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks4_cla12m.csv', column: 'avg_ebaccaps', label: 'average EBacc point score', population: POP.KS4 },
  report: { section: 'ks4', table: 'ks4-headline', order: 100 },
  factorColumn: 'ebaccaps',
});
