import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_em_5plus',
  family: 'ks4',
  title: 'English and maths grade 5+',
  shortTitle: 'English and maths 5+',
  unit: 'percent',
  definition: '% with grade 5+ in both English and maths.',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks4_cla12m.csv', column: 'pt_l2basics_95', label: '% grade 5 or above in English and maths', population: POP.KS4 },
  allPupils: { file: 'england_all_pupils.csv', column: 'pt_l2basics_95', label: '% grade 5 or above in English and maths, all pupils in state-funded schools', population: POP.KS4_ALL },
  report: { section: 'ks4', table: 'ks4-headline', order: 60 },
  factorColumn: 'em5',
});
