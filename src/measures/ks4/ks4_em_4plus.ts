import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_em_4plus',
  family: 'ks4',
  title: 'English and maths grade 4+',
  shortTitle: 'English and maths 4+',
  unit: 'percent',
  definition: '% with grade 4+ in both English and maths.',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks4_cla12m.csv', column: 'pt_l2basics_94', label: '% grade 4 or above in English and maths', population: POP.KS4 },
  allPupils: { file: 'england_all_pupils.csv', column: 'pt_l2basics_94', label: '% grade 4 or above in English and maths, all pupils in state-funded schools', population: POP.KS4_ALL },
  report: { section: 'ks4', table: 'ks4-headline', order: 50, benchmarkChart: true, trend: 'table' },
  factorColumn: 'em4',
});
