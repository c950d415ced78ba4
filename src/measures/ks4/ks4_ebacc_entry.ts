import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_ebacc_entry',
  family: 'ks4',
  title: 'EBacc entry',
  shortTitle: 'EBacc entry',
  unit: 'percent',
  definition: '% entered for every EBacc component.',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks4_cla12m.csv', column: 'pt_ebacc_e_ptq_ee', label: '% entering the EBacc', population: POP.KS4 },
  report: { section: 'ks4', table: 'ks4-headline', order: 70 },
  factorColumn: 'ebacc_entry',
});
